"""Filling the registry from run directories: verify each manifest, then index its members.

A run that does not verify is still recorded (verified=0, with the failed checks), and its
member lists are indexed as far as they can be read, flagged unverified: such a run may hold a
member, so it must show up when someone asks. The manifest stays the source of truth.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from trainer.manifest.find import manifest_paths
from trainer.manifest.io import (
    MANIFEST_FILE,
    json_safe,
    key_from_env,
    manifest_digest,
    read_id_list,
)
from trainer.manifest.verify import verify_run
from trainer.registry import bitmaps
from trainer.registry.db import ROLE_EVAL, ROLE_INCLUDED, ROLE_TRAIN, open_registry

ADAPTER_WEIGHTS = "adapter/adapter_model.safetensors"


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    unverifiable: list[tuple[str, str]] = field(default_factory=list)  # (run_dir, problem)
    removed: list[str] = field(default_factory=list)


def index_roots(db: sqlite3.Connection, roots: list[Path], *, rebuild: bool = False,
                key: str | None = None) -> IndexReport:
    """Index every run under `roots`; `rebuild` re-verifies runs already indexed unchanged.

    Runs recorded under a root whose directory is gone are removed from the registry.
    """
    report = IndexReport()
    run_dirs = [p.parent.resolve() for p in manifest_paths(roots)]
    cache = KeyCache(db) if len(run_dirs) > 1 else None
    for run_dir in run_dirs:
        index_run(db, run_dir, report=report, force=rebuild, key=key, cache=cache)
    seen = {str(d) for d in run_dirs}
    for root in roots:
        prefix = str(Path(root).resolve()) + "/"
        rows = db.execute("SELECT run_key, run_dir FROM runs WHERE substr(run_dir, 1, ?) = ?",
                          (len(prefix), prefix)).fetchall()
        for run_key, run_dir in rows:
            if run_dir not in seen and not (Path(run_dir) / MANIFEST_FILE).is_file():
                _delete_run(db, run_key)
                report.removed.append(run_dir)
    return report


def index_run(db: sqlite3.Connection, run_dir: Path, *, report: IndexReport | None = None,
              force: bool = False, key: str | None = None,
              manifest: dict[str, Any] | None = None, cache: KeyCache | None = None) -> None:
    """Verify one run and (re)write its registry rows in one transaction."""
    report = report if report is not None else IndexReport()
    run_dir = Path(run_dir).resolve()
    key = key if key is not None else key_from_env()
    m, problem = _load(run_dir, manifest)
    recorded = ((m.get("integrity") or {}).get("sha256")) if m else None
    old = db.execute("SELECT run_key, manifest_sha256, verified FROM runs WHERE run_dir = ?",
                     (str(run_dir),)).fetchone()
    if old and not force and old[2] and recorded and old[1] == recorded \
            and manifest_digest(json_safe(m)) == recorded:  # unchanged since it verified
        report.unchanged.append(str(run_dir))
        return
    if problem is None:
        checks = verify_digests(run_dir, key=key)
        failed = [c.message for c in checks.by_status("failed")]
        problem = "; ".join(failed[:3]) + (f" (and {len(failed) - 3} more)"
                                           if len(failed) > 3 else "") if failed else None
    members = _read_members(run_dir, m, verified=problem is None) if m else None
    row = _row(run_dir, m, problem, members is not None)
    db.execute("BEGIN IMMEDIATE")
    try:
        if old:
            _delete_run(db, old[0])
        columns = ", ".join(row)
        run_key = db.execute(f"INSERT INTO runs ({columns}) VALUES "
                             f"({', '.join('?' * len(row))})", list(row.values())).lastrowid
        if members:
            _insert_members(db, run_key, members, cache)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        if cache is not None:
            cache.__init__(db)  # keys handed out in the rolled-back transaction are void
        raise
    (report.updated if old else report.added).append(str(run_dir))
    if problem:
        report.unverifiable.append((str(run_dir), problem))


def verify_digests(run_dir: Path, *, key: str | None):
    """`verify_run` without the data re-run, accepting what the registry must still index:
    failed or interrupted runs, non-private and reproducible-noise runs (all trained on
    someone; their privacy summary says what they promise)."""
    return verify_run(run_dir, key=key, check_data=False, allow_incomplete=True,
                      allow_reproducible=True, allow_non_private=True)


def _load(run_dir: Path, given: dict[str, Any] | None) -> tuple[dict[str, Any] | None, str | None]:
    if given is not None:
        return given, None
    try:
        m = json.loads((run_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None, f"{MANIFEST_FILE}: unreadable or not JSON"
    if not isinstance(m, dict):
        return None, f"{MANIFEST_FILE}: not a manifest"
    return m, None


def _read_members(run_dir: Path, m: dict[str, Any], *,
                  verified: bool) -> dict[int, list[str]] | None:
    """role -> member ids, from the lists the manifest names; None if they cannot be read.

    A verified run's lists are sorted, unique, disjoint and inside the included list (verify
    checked), so they are taken as they are; an unverifiable run's lists are read as far as
    they can be and indexed too (its row is flagged), since it may hold a member."""
    data = m.get("data")
    if not isinstance(data, dict):
        return {}  # stopped before data preparation: included no one
    split = data.get("split") if isinstance(data.get("split"), dict) else {}
    entries = {"included": data.get("included_members"), "train": split.get("train_members"),
               "eval": split.get("eval_members")}
    lists: dict[str, list[str]] = {}
    for name, entry in entries.items():
        if entry is None:
            continue
        if verified and name == "included" and split and entry.get("count") == sum(
                (e or {}).get("count", -1) for e in (entries["train"], entries["eval"])):
            lists[name] = []  # exactly train + eval: nothing included outside the split
            continue
        try:
            lists[name] = read_id_list(run_dir / str(entry["file"]))
        except (OSError, UnicodeDecodeError, KeyError, TypeError, AttributeError):
            return None
    if "included" not in lists:
        return None
    train, held_out = lists.get("train", []), lists.get("eval", [])
    if verified:
        rest = sorted(set(lists["included"]) - set(train) - set(held_out))
        return {ROLE_TRAIN: train, ROLE_EVAL: held_out, ROLE_INCLUDED: rest}
    train_set, eval_set = set(train), set(held_out) - set(train)
    return {ROLE_TRAIN: sorted(train_set), ROLE_EVAL: sorted(eval_set),
            ROLE_INCLUDED: sorted(set(lists["included"]) - train_set - eval_set)}


def _row(run_dir: Path, m: dict[str, Any] | None, problem: str | None,
         members_known: bool) -> dict[str, Any]:
    m = m or {}
    run = m.get("run") if isinstance(m.get("run"), dict) else {}
    consent = m.get("consent") if isinstance(m.get("consent"), dict) else {}
    data = m.get("data") if isinstance(m.get("data"), dict) else {}
    split = data.get("split") if isinstance(data.get("split"), dict) else {}
    p = m.get("privacy") if isinstance(m.get("privacy"), dict) else None
    config = m.get("config") if isinstance(m.get("config"), dict) else {}
    resolved = config.get("resolved") if isinstance(config.get("resolved"), dict) else {}
    outputs = [o for o in m.get("outputs") or [] if isinstance(o, dict)]
    weights = [o for o in outputs if o.get("path") == ADAPTER_WEIGHTS]
    ckpt = run_dir / "checkpoint"

    def count(entry: Any) -> int | None:
        return entry.get("count") if isinstance(entry, dict) else None

    privacy = p and {k: p.get(k) for k in ("dp", "epsilon", "delta", "accountant", "unit",
                                           "steps", "noise_multiplier", "reproducible_noise")}
    policy = consent and {k: consent.get(k) for k in ("setting", "allowed_kinds",
                                                      "excluded_regions")}
    return {
        "run_dir": str(run_dir),
        "run_id": run.get("id"),
        "manifest_sha256": (m.get("integrity") or {}).get("sha256"),
        "verified": int(problem is None),
        "problem": problem,
        "members_known": int(members_known),
        "status": run.get("status"),
        "dry_run": None if run.get("dry_run") is None else int(bool(run["dry_run"])),
        "snapshot_at": consent.get("snapshot_at"),
        "started_at": run.get("started_at"),
        "ended_at": run.get("ended_at"),
        "config_sha256": config.get("sha256"),
        "sweep_id": run.get("sweep_id"),
        "job_num": run.get("job_num"),
        "privacy": json.dumps(privacy, sort_keys=True) if privacy else None,
        "policy": json.dumps(policy, sort_keys=True) if policy else None,
        "adapter_path": str(run_dir / "adapter") if weights else None,
        "adapter_sha256": weights[0].get("sha256") if weights else None,
        "checkpoint": int(ckpt.is_dir() and any(p.is_file() for p in ckpt.rglob("*"))),
        "n_included": count(data.get("included_members")),
        "n_train": count(split.get("train_members")),
        "n_eval": count(split.get("eval_members")),
        "indexed_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "replaces": run.get("replaces") or resolved.get("replaces"),
    }


class KeyCache:
    """member_id -> member_key for a bulk index: one read of the members table, then
    dictionary lookups (a single run instead joins through a temporary table)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.keys = dict(db.execute("SELECT member_id, member_key FROM members"))

    def keys_for(self, db: sqlite3.Connection, ids: list[str]) -> np.ndarray:
        new = sorted(i for i in ids if i not in self.keys)
        if new:
            start = db.execute("SELECT coalesce(max(member_key), 0) + 1 FROM members").fetchone()[0]
            db.executemany("INSERT INTO members VALUES (?, ?)", enumerate(new, start=start))
            self.keys.update(zip(new, range(start, start + len(new)), strict=True))
        get = self.keys.__getitem__
        return np.fromiter((get(i) for i in ids), dtype=np.int64, count=len(ids))


def _keys_by_join(db: sqlite3.Connection, ids: list[str]) -> np.ndarray:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming "
               "(member_id TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("DELETE FROM incoming")
    db.executemany("INSERT INTO incoming VALUES (?, ?)", ((m, n) for n, m in enumerate(ids)))
    db.execute("INSERT OR IGNORE INTO members (member_id) "
               "SELECT member_id FROM incoming ORDER BY member_id")
    rows = db.execute("SELECT i.n, m.member_key FROM incoming i "
                      "JOIN members m ON m.member_id = i.member_id").fetchall()
    db.execute("DELETE FROM incoming")
    keys = np.zeros(len(ids), dtype=np.int64)
    if rows:
        pairs = np.array(rows, dtype=np.int64)
        keys[pairs[:, 0]] = pairs[:, 1]
    return keys


def _insert_members(db: sqlite3.Connection, run_key: int, members: dict[int, list[str]],
                    cache: KeyCache | None) -> None:
    """Give new ids integer keys, then write one container per (chunk, role)."""
    for role, ids in members.items():
        if not ids:
            continue
        keys = cache.keys_for(db, ids) if cache is not None else _keys_by_join(db, ids)
        db.executemany("INSERT INTO containers VALUES (?, ?, ?, ?)",
                       ((chunk, run_key, role, data) for chunk, data in bitmaps.split(keys)))


def _delete_run(db: sqlite3.Connection, run_key: int) -> None:
    db.execute("DELETE FROM containers WHERE run_key = ?", (run_key,))
    db.execute("DELETE FROM runs WHERE run_key = ?", (run_key,))


def register_run(run_dir: Path, manifest: dict, *, registry: Path | None = None) -> None:
    """Record a finished run (completed, failed or interrupted) in the registry.

    Called by `trainer.train` at the end of every run. Never raises on registry trouble: the
    manifest is the source of truth and `index` can always rebuild the registry from it, so a
    problem here is a warning on stderr, not a failed run.
    """
    try:
        db = open_registry(registry)
        try:
            index_run(db, Path(run_dir), force=True)
        finally:
            db.close()
    except Exception as err:  # registry trouble (UserError included) never fails a run
        where = registry or "the default registry"
        print(f"warning: run {run_dir} was not recorded in {where} ({type(err).__name__}: "
              f"{err}); record it later with `python -m trainer.registry index {run_dir}`",
              file=sys.stderr)
