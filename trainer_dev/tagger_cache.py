"""What a cached tagger row file or held-out file depends on, as one short digest in its name,
so that a cache filled under other word lists, other features, other labels, another generator
or other rules is never read back as if it were today's (``trainer_dev.tagger_recipe``'s
``set_part`` and ``heldout``, reused by ``scripts/train_name_tagger.py --cache``).

A file's key covers: the lexicon digest the weights' meta records (``lexicon_sha256``), the
features (``name_tagger_features``' WIDTH and BITS and the source of every trainer.redact module
it imports, transitively), the labels and augmented copies (the source of tagger_experiment,
tagger_augment and tagger_declension), the set's generator (the source of its modules under
trainer_dev.redaction_sets, transitively) and, for a held-out file, the rules (every .py and
.txt file under trainer/redact). A change anywhere there gives a new name: the old file is not
read (it stays on disk; delete the folder to reclaim it). Over-keying costs a recomputation,
never a wrong row.
"""

from __future__ import annotations

import ast
import functools
import hashlib
from pathlib import Path

from trainer.redact import name_tagger_features as ntf

ROOT = Path(__file__).resolve().parent.parent
REDACT = ROOT / "trainer" / "redact"
# the modules whose source decides a row's label or its augmented copies
LABEL_MODULES = (
    "trainer_dev.tagger_experiment", "trainer_dev.tagger_augment", "trainer_dev.tagger_declension",
)
KEY_LEN = 16  # hex digits of the digest in a file name


def _path(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def source_closure(modules: tuple[str, ...], within: str) -> tuple[Path, ...]:
    """The source files of ``modules`` and of every module whose dotted name starts with
    ``within`` that they import (top-level or function-local, transitively), sorted; a
    package's ``__init__.py`` is included but not followed (it re-exports the whole engine)."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        name = todo.pop()
        path = _path(name)
        if name in seen or path is None:
            continue
        seen[name] = path
        if path.name == "__init__.py":
            continue  # a package's own file counts, not everything it re-exports
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                todo.append(node.module)
                todo += [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                todo += [a.name for a in node.names]
        todo = [t for t in todo if t.startswith(within)]
    return tuple(sorted(set(seen.values())))


def digest_files(paths, *extra: str) -> str:
    """sha256 over each file's path (from the repository root) and bytes, then ``extra``."""
    h = hashlib.sha256()
    for path in paths:
        h.update(str(Path(path).relative_to(ROOT)).encode() + b"\0")
        h.update(Path(path).read_bytes() + b"\0")
    for item in extra:
        h.update(item.encode() + b"\0")
    return h.hexdigest()


@functools.cache
def features_version() -> str:
    """The features' description and a digest of their source (trainer.redact, transitively)."""
    files = source_closure(("trainer.redact.name_tagger_features",), "trainer.redact")
    desc = f"name_tagger_features: {ntf.WIDTH} ids, 2**{ntf.BITS} buckets"
    return f"{desc}; source {digest_files(files)[:KEY_LEN]}"


@functools.cache
def labels_digest() -> str:
    return digest_files(source_closure(LABEL_MODULES, "trainer_dev.tagger"))


@functools.cache
def generator_digest(name: str) -> str:
    """The set's generator: its modules under trainer_dev.redaction_sets, transitively."""
    module = f"trainer_dev.redaction_sets.{name}"
    return digest_files(source_closure((module,), "trainer_dev.redaction_sets"))


@functools.cache
def rules_digest() -> str:
    """Every .py and .txt file under trainer/redact (the rules and their word lists)."""
    files = sorted(p for p in REDACT.rglob("*") if p.suffix in (".py", ".txt") and p.is_file())
    return digest_files(files)


def rows_key(name: str) -> str:
    """The key of ``name``'s training rows (any part, size and seed: those are in the name)."""
    h = hashlib.sha256("\0".join((
        ntf.lexicon_sha256(), features_version(), labels_digest(), generator_digest(name),
    )).encode())
    return h.hexdigest()[:KEY_LEN]


def heldout_key(name: str) -> str:
    """The key of ``name``'s held-out file: its rows' key and the rules that made its spans."""
    h = hashlib.sha256(f"{rows_key(name)}\0{rules_digest()}".encode())
    return h.hexdigest()[:KEY_LEN]
