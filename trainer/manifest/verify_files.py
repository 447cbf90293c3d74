"""Verify the run dir's files against what its manifest lists: each must stay inside the run dir
and match its recorded digest (and size or count).

Covers `config.yaml` against the resolved config, each id list (digest, count, sorted) and the
train/eval split, the legal-basis file, each output, and the checkpoint folder (every file listed,
none unlisted). Each ``check_*`` adds its results to a ``VerifyReport``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from trainer.manifest.checks import VerifyReport
from trainer.manifest.diff import changed
from trainer.manifest.io import config_sha256, file_sha256, id_list_bytes, read_id_list

ID_LISTS = ("included_posts", "included_members", "train_members", "eval_members")
CHECKPOINT_DIR = "checkpoint"
STEP_DIR = re.compile(r"step-[0-9]+")  # checkpoint/step-NNNNNNN/: one folder per checkpoint


def inside(run_dir: Path, rel: Any) -> Path | str:
    """`run_dir/rel` if it stays inside `run_dir` (symlinks resolved), else why not (a str)."""
    if not isinstance(rel, str) or not rel:
        return f"{rel!r}: not a relative path"
    path = Path(rel)
    if path.is_absolute() or ".." in path.parts or "\\" in rel:
        return f"{rel}: path outside the run dir (absolute or with ..); not followed"
    full = run_dir / path
    try:
        resolved = full.resolve(strict=False)
        root = run_dir.resolve(strict=True)
    except (OSError, RuntimeError):
        return f"{rel}: cannot be resolved (symlink loop?); not followed"
    if not resolved.is_relative_to(root):
        return f"{rel}: a symlink leads outside the run dir; not followed"
    return full


def check_config(report: VerifyReport, run_dir: Path, config: dict) -> None:
    resolved = config.get("resolved")
    if not isinstance(resolved, dict):
        report.add("config", False, "config: no resolved config recorded")
        return
    report.add("config", config_sha256(resolved) == config.get("sha256"),
               "config: resolved config digest mismatch (config.sha256 does not match "
               "config.resolved)")
    name = config.get("file")
    if not name:
        return
    path = inside(run_dir, name)
    if isinstance(path, str):
        report.add(str(name), False, path)
        return
    if not path.is_file():
        report.add(name, False, f"{name}: missing from the run dir")
        return
    try:
        on_disk = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        report.add(name, False, f"{name}: not valid YAML")
        return
    if not isinstance(on_disk, dict):
        report.add(name, False, f"{name}: does not hold a mapping")
        return
    keys = list(changed(resolved, on_disk))
    report.add(name, not keys, f"{name}: differs from config.resolved at {', '.join(keys)}")


def _id_entries(data: dict) -> dict[str, dict]:
    split = data.get("split") or {}
    entries = {name: data.get(name) or split.get(name) for name in ID_LISTS}
    return {k: v for k, v in entries.items() if isinstance(v, dict)}


def check_id_lists(report: VerifyReport, run_dir: Path, data: dict) -> None:
    lists: dict[str, set[str]] = {}
    for name, entry in _id_entries(data).items():
        file = str(entry.get("file"))
        path = inside(run_dir, entry.get("file"))
        if isinstance(path, str):
            report.add(file, False, path)
            continue
        if not path.is_file():
            report.add(file, False, f"{file}: missing from the run dir")
            continue
        ok = report.add(file, file_sha256(path) == entry.get("sha256"), f"{file}: sha256 mismatch")
        ids = read_id_list(path)
        count_ok = len(ids) == entry.get("count")
        report.add(f"{file} count", count_ok,
                   f"{file}: manifest says {entry.get('count')} ids, file has {len(ids)}")
        try:
            well_formed = id_list_bytes(ids) == path.read_bytes()
        except ValueError:
            well_formed = False
        report.add(f"{file} format", well_formed,
                   f"{file}: not sorted unique ids one per line with a trailing newline")
        if ok and count_ok:
            lists[name] = set(ids)
    basis = data.get("consent_basis")
    if basis is not None:
        _check_consent_basis(report, run_dir, basis, lists.get("included_members"))
    if {"train_members", "eval_members", "included_members"} <= lists.keys():
        train, held_out = lists["train_members"], lists["eval_members"]
        within = (train | held_out) <= lists["included_members"]
        report.add("split", within and not (train & held_out),
                   f"split: {len(train & held_out)} members in both train and eval, "
                   f"{len((train | held_out) - lists['included_members'])} not included")


def _check_consent_basis(report: VerifyReport, run_dir: Path, entry: dict,
                         included: set[str] | None) -> None:
    """The legal-basis file: its digest, and exactly one opt-in per included member."""
    file = str(entry.get("file"))
    path = inside(run_dir, entry.get("file"))
    if isinstance(path, str) or not path.is_file():
        report.add(file, False, path if isinstance(path, str) else f"{file}: missing")
        return
    data = path.read_bytes()
    if not report.add(file, file_sha256(path) == entry.get("sha256"), f"{file}: sha256 mismatch"):
        return
    rows = [line.split("\t") for line in data.decode("utf-8").split("\n") if line]
    members = [r[0] for r in rows]
    ok = all(len(r) == 3 for r in rows) and members == sorted(set(members))
    if included is not None:
        ok = ok and set(members) == included
    report.add(f"{file} members", ok,
               f"{file}: not exactly one admitting opt-in per included member")


def check_files(report: VerifyReport, run_dir: Path, files: list) -> None:
    """Each `{path, sha256, bytes}` entry: inside the run dir, present, same size and digest."""
    for out in files:
        rel = str(out.get("path"))
        path = inside(run_dir, out.get("path"))
        if isinstance(path, str):
            report.add(rel, False, path)
            continue
        if not path.is_file():
            report.add(rel, False, f"{rel}: missing from the run dir")
            continue
        size = path.stat().st_size
        if size != out.get("bytes"):
            report.add(rel, False, f"{rel}: size mismatch (manifest {out.get('bytes')}, "
                                   f"file {size} bytes)")
            continue
        report.add(rel, file_sha256(path) == out.get("sha256"), f"{rel}: sha256 mismatch")


def checkpoint_record(m: dict) -> dict | None:
    """The manifest's `checkpoint` section (`{step, files}`), or None if not recorded."""
    ckpt = m.get("checkpoint")
    return ckpt if isinstance(ckpt, dict) else None


def check_checkpoint(report: VerifyReport, run_dir: Path, m: dict) -> None:
    """Checkpoint files are listed (signed with the manifest) and match; none are unlisted."""
    ckpt = checkpoint_record(m)
    listed = {str(o.get("path")) for o in m.get("outputs") or [] if isinstance(o, dict)}
    if ckpt is not None:
        files = ckpt.get("files") or []
        check_files(report, run_dir, files)
        listed |= {str(f.get("path")) for f in files}
    folder = run_dir / CHECKPOINT_DIR
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        report.add(CHECKPOINT_DIR, False, f"{CHECKPOINT_DIR}: not a plain directory; not followed")
        return
    if not folder.is_dir():
        return
    listed_dirs = {str(Path(p).parent) for p in listed}
    unlisted = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(run_dir).as_posix()
        if path.is_dir() or rel in listed:
            continue
        parent = Path(rel).parent
        superseded = (ckpt is not None and parent.parent.as_posix() == CHECKPOINT_DIR
                      and STEP_DIR.fullmatch(parent.name) and str(parent) not in listed_dirs)
        if not superseded:  # an older kept checkpoint is never resumed from: not read
            unlisted.append(rel)
    report.add(CHECKPOINT_DIR, not unlisted,
               f"{CHECKPOINT_DIR}: {', '.join(unlisted)} not listed in the manifest: not covered "
               "by its digest or signature, so a resume from it would be unchecked")

