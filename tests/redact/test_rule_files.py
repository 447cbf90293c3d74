"""The manifest's digest over the redactor's shipped files tells rule sets apart."""

from __future__ import annotations

import hashlib

from trainer.redact import Redactor
from trainer.redact.rule_files import rule_files_digest


def _tree(tmp_path, files: dict[str, bytes]):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_digest_is_over_names_and_contents_in_name_order(tmp_path):
    root = _tree(tmp_path, {"b.txt": b"beta\n", "a.py": b"x = 1\n"})
    expected = hashlib.sha256()
    for name, data in (("a.py", b"x = 1\n"), ("b.txt", b"beta\n")):
        expected.update(f"{name}\0{hashlib.sha256(data).hexdigest()}\n".encode())
    assert rule_files_digest(root) == (2, expected.hexdigest())


def test_one_changed_byte_or_a_renamed_list_changes_the_digest(tmp_path):
    root = _tree(tmp_path, {"rules.py": b"KEEP = ('acme',)\n", "names.txt": b"anna\n"})
    before = rule_files_digest(root)
    (root / "names.txt").write_bytes(b"anne\n")
    edited = rule_files_digest(root)
    (root / "names.txt").rename(root / "given.txt")
    renamed = rule_files_digest(root)
    assert len({before, edited, renamed}) == 3


def test_files_the_redactor_does_not_read_are_not_counted(tmp_path):
    root = _tree(tmp_path, {"rules.py": b"pass\n"})
    before = rule_files_digest(root)
    (root / "notes.md").write_text("scratch")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    assert rule_files_digest(root) == before


def test_config_summary_records_the_installed_rules():
    summary = Redactor.from_members([], name_tagger=False).config_summary()
    count, _, digest = summary["rule_files"].partition(" files, sha256 ")
    assert int(count) > 50 and len(digest) == 64
