"""One digest over every file the redactor ships, for the manifest.

The engine version names a release of the rules, but rule modules, word and name lists and the
tagger's weights change between releases (and a local edit changes them without a release). A
reviewer comparing two runs needs to know whether the same rules redacted both, so the manifest
records the number of shipped files and a sha256 over their names and contents. Two runs with the
same digest were redacted by byte-identical rule files (the third-party data they read, such as
phonenumbers' metadata, is pinned by the package versions in ``run.packages``); `manifest diff`
shows a different one.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

# What the redactor reads at run time: its code, its lists and the tagger's weights.
SHIPPED_SUFFIXES = (".py", ".txt", ".npz", ".json")


def rule_files_digest(root: Traversable) -> tuple[int, str]:
    """(file count, sha256) over ``name NUL sha256(content) LF`` of each shipped file in ``root``
    (not its subfolders), in name order."""
    files = sorted(
        (entry for entry in root.iterdir()
         if entry.is_file() and entry.name.endswith(SHIPPED_SUFFIXES)),
        key=lambda entry: entry.name,
    )
    outer = hashlib.sha256()
    for entry in files:
        inner = hashlib.sha256(entry.read_bytes()).hexdigest()
        outer.update(f"{entry.name}\0{inner}\n".encode())
    return len(files), outer.hexdigest()


@cache
def rule_files_summary() -> str:
    """``N files, sha256 DIGEST`` of the installed trainer.redact package (computed once)."""
    count, digest = rule_files_digest(resources.files("trainer.redact"))
    return f"{count} files, sha256 {digest}"
