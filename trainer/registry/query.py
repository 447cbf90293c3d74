"""What the registry answers: which runs hold a member, which runs are active, what to erase."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np

from trainer.errors import UserError
from trainer.registry import bitmaps
from trainer.registry.db import ROLE_TRAIN, ROLES

RUN_COLUMNS = ("run_key", "run_dir", "run_id", "manifest_sha256", "verified", "problem",
               "members_known", "status", "dry_run", "snapshot_at", "started_at", "privacy",
               "policy", "adapter_path", "adapter_sha256", "checkpoint", "n_train", "replaces")


def runs(db: sqlite3.Connection, where: str = "1", params: tuple = ()) -> list[dict[str, Any]]:
    rows = db.execute(f"SELECT {', '.join(RUN_COLUMNS)} FROM runs WHERE {where} "
                      "ORDER BY started_at, run_dir", params).fetchall()
    out = [dict(zip(RUN_COLUMNS, row, strict=True)) for row in rows]
    for r in out:
        r["privacy"] = json.loads(r["privacy"]) if r["privacy"] else None
        r["policy"] = json.loads(r["policy"]) if r["policy"] else None
    return out


def find_run(db: sqlite3.Connection, run: str) -> dict[str, Any]:
    """A registry row by run id or run directory; UserError if none or ambiguous."""
    path = Path(run)
    found = runs(db, "run_dir = ?", (str(path.resolve()),)) if path.is_dir() else []
    found = found or runs(db, "run_id = ?", (run,))
    if not found:
        raise UserError(f"run {run!r} is not in the registry; pass a run id or run directory, "
                        "and `index` its output root first")
    if len(found) > 1:
        dirs = ", ".join(r["run_dir"] for r in found)
        raise UserError(f"run id {run!r} is recorded for several directories ({dirs}); "
                        "pass the run directory instead")
    return found[0]


def model_of(run: dict[str, Any]) -> str:
    """What model weights the run left: the thing to retire or delete."""
    if run["adapter_path"]:
        return "adapter"
    if run["checkpoint"]:
        return "checkpoint only"
    if run["dry_run"]:
        return "none (dry run)"
    return "none (stopped before training)" if run["status"] != "running" else "none yet"


def member_key(db: sqlite3.Connection, member_id: str) -> int | None:
    if not member_id or "\n" in member_id:
        raise UserError("MEMBER_ID must be a non-empty single-line id")
    row = db.execute("SELECT member_key FROM members WHERE member_id = ?", (member_id,)).fetchone()
    return row[0] if row else None


def find_member(db: sqlite3.Connection, member_id: str,
                retired: dict[str, dict]) -> dict[str, Any]:
    """{hits: runs listing the member with their role, unknown: runs whose lists are unknown}."""
    key = member_key(db, member_id)
    roles: dict[int, str] = {}
    if key is not None:
        low = key & (bitmaps.CHUNK_SIZE - 1)
        for run_key, role, data in db.execute(
                "SELECT run_key, role, data FROM containers WHERE chunk = ?",
                (key >> bitmaps.CHUNK_BITS,)):
            if bitmaps.contains(data, low):
                roles[run_key] = ROLES[role]
    hits = []
    if roles:
        marks = ", ".join("?" * len(roles))
        for run in runs(db, f"run_key IN ({marks})", tuple(roles)):
            hits.append(_describe(run, retired, role=roles[run["run_key"]]))
    unknown = [_describe(r, retired, role=None) for r in runs(db, "members_known = 0")]
    return {"member_id": member_id, "known": key is not None, "hits": hits, "unknown": unknown}


def _describe(run: dict[str, Any], retired: dict[str, dict], *, role: str | None) -> dict:
    entry = retired.get(run["run_id"] or "")
    privacy = run["privacy"] or {}
    return {
        "run_dir": run["run_dir"], "run_id": run["run_id"], "status": run["status"],
        "role": role, "snapshot_at": run["snapshot_at"], "verified": bool(run["verified"]),
        "problem": run["problem"], "model": model_of(run), "adapter": run["adapter_path"],
        "adapter_sha256": run["adapter_sha256"], "epsilon": privacy.get("epsilon"),
        "retired": entry and {k: entry[k] for k in ("reason", "retired_at")},
        "replaces": run["replaces"],
    }


def active_runs(db: sqlite3.Connection, retired: dict[str, dict]) -> list[dict[str, Any]]:
    """Runs whose weights are in use: not retired, not dry runs, trained members recorded."""
    return [r for r in runs(db, "n_train IS NOT NULL AND coalesce(dry_run, 0) = 0")
            if (r["run_id"] or "") not in retired and model_of(r) != "none (stopped before "
            "training)"]


def members_in_runs(db: sqlite3.Connection, keys: np.ndarray, run_keys: set[int], *,
                    role: int = ROLE_TRAIN) -> dict[int, np.ndarray]:
    """run_key -> the subset of member `keys` the run holds in `role` (one query per chunk;
    the chunk's bitmaps are tested as one matrix, its arrays one by one)."""
    keys = np.unique(np.asarray(keys, dtype=np.int64))
    hit_runs: list[np.ndarray] = []  # (run_key, member_key) pairs, as two parallel arrays
    hit_keys: list[np.ndarray] = []
    chunks = keys >> bitmaps.CHUNK_BITS
    bounds = np.flatnonzero(np.diff(chunks)) + 1
    for part in np.split(keys, bounds) if len(keys) else []:
        lows = part & (bitmaps.CHUNK_SIZE - 1)
        dense_runs, dense = [], []
        for run_key, data in db.execute(
                "SELECT run_key, data FROM containers WHERE chunk = ? AND role = ?",
                (int(part[0] >> bitmaps.CHUNK_BITS), role)):
            if run_key not in run_keys:
                continue
            if len(data) == bitmaps.BITMAP_BYTES:
                dense_runs.append(run_key)
                dense.append(data)
                continue
            hit = part[bitmaps.contains_many(data, lows)]
            hit_runs.append(np.full(len(hit), run_key, dtype=np.int64))
            hit_keys.append(hit)
        if dense:
            matrix = np.frombuffer(b"".join(dense), dtype=np.uint8).reshape(len(dense), -1)
            held = (matrix[:, lows >> 3] >> (lows & 7).astype(np.uint8)) & 1  # (runs, keys)
            rows, cols = np.nonzero(held)
            hit_runs.append(np.asarray(dense_runs, dtype=np.int64)[rows])
            hit_keys.append(part[cols])
    if not hit_runs:
        return {}
    all_runs, all_keys = np.concatenate(hit_runs), np.concatenate(hit_keys)
    order = np.argsort(all_runs, kind="stable")
    runs_hit, starts = np.unique(all_runs[order], return_index=True)
    return {int(r): hit for r, hit in zip(runs_hit, np.split(all_keys[order], starts[1:]),
                                          strict=True) if len(hit)}


def ids_of(db: sqlite3.Connection, keys: np.ndarray) -> dict[int, str]:
    """member_key -> member_id for `keys`."""
    out: dict[int, str] = {}
    keys = [int(k) for k in keys]
    for i in range(0, len(keys), 900):  # SQLite's default limit on bound parameters
        batch = keys[i:i + 900]
        out.update(db.execute(f"SELECT member_key, member_id FROM members WHERE member_key "
                              f"IN ({', '.join('?' * len(batch))})", batch).fetchall())
    return out


def keys_of(db: sqlite3.Connection, member_ids: list[str]) -> dict[str, int]:
    """member_id -> member_key for the ids the registry knows."""
    out: dict[str, int] = {}
    for i in range(0, len(member_ids), 900):
        batch = member_ids[i:i + 900]
        out.update(db.execute(f"SELECT member_id, member_key FROM members WHERE member_id "
                              f"IN ({', '.join('?' * len(batch))})", batch).fetchall())
    return out


def erasure_plan(db: sqlite3.Connection, member_id: str,
                 retired: dict[str, dict]) -> dict[str, Any]:
    """Every run, file and model naming the member, and what to do about each. Ids only."""
    found = find_member(db, member_id, retired)
    items = []
    for hit in found["hits"]:
        run_dir = Path(hit["run_dir"])
        files = [name for name, roles in (("included_members.txt", None),
                                          ("train_members.txt", {"train"}),
                                          ("eval_members.txt", {"eval"}))
                 if (run_dir / name).is_file() and (roles is None or hit["role"] in roles)]
        items.append({**hit, "files": files, "actions": _actions(hit)})
    for hit in found["unknown"]:
        items.append({**hit, "files": [], "actions": [
            f"check by hand: the run does not verify ({hit['problem']}) and its member lists "
            "cannot be read; treat it as holding the member until shown otherwise"]})
    registry_note = (["the registry's members table names the id: after the run directories "
                      "above are deleted, `index --rebuild` (or delete the registry and index "
                      "again) removes it"] if found["known"] else [])
    return {"member_id": member_id, "runs": items, "registry": registry_note}


def _actions(hit: dict[str, Any]) -> list[str]:
    run, actions = hit["run_id"] or hit["run_dir"], []
    trained = hit["role"] == "train" and hit["model"] in ("adapter", "checkpoint only")
    if trained and not hit["retired"]:
        actions.append(f"retire: `python -m trainer.registry retire {run} --reason "
                       "\"erasure request\"` (its weights were trained on the member)")
    if trained:
        actions.append(f"retrain: `python -m trainer.registry retrain {run}` (a new snapshot "
                       "leaves the member out, if their consent or account is gone)")
    if hit["role"] == "eval" and hit["model"] != "none (dry run)":
        actions.append("the member's posts only measured the model (held out): no weights to "
                       "retire")
    if hit["model"] == "checkpoint only":
        actions.append("delete checkpoint/ (weights trained on the member)")
    actions.append("delete the run directory once replaced: its manifest digests the member "
                   "lists, so the id cannot be cut from them without invalidating the run")
    return actions
