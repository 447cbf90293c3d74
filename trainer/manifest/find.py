"""Which runs trained on a member: the models to retrain or retire when consent is withdrawn.

A run is reported as `included` only after its manifest digest (and, with a key, its HMAC) and
its `included_members.txt` digest check out; a run whose manifest or list cannot be verified is
reported as `unverifiable` (never silently skipped), since it may hold the member. Symlinked run
directories are followed (each run is reported once).
"""

from __future__ import annotations

import hmac
import json
import os
from pathlib import Path
from typing import Any

from trainer.errors import UserError
from trainer.manifest.io import (
    MANIFEST_FILE,
    file_sha256,
    json_safe,
    manifest_digest,
    read_id_list,
    sign,
)

CHECKPOINT_DIR = "checkpoint"


def manifest_paths(roots: list[Path | str]) -> list[Path]:
    """Every `manifest.json` under `roots`, following symlinked directories (multirun job
    folders included; hidden dirs skipped; a run reached twice is listed once)."""
    found: dict[str, Path] = {}
    for root in map(Path, roots):
        if not root.is_dir():
            raise UserError(f"{root}: no such directory")
        seen: set[str] = set()
        for folder, dirs, files in os.walk(root, followlinks=True):
            real = os.path.realpath(folder)
            if real in seen:  # a symlink loop or a second way to the same folder
                dirs.clear()
                continue
            seen.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            if MANIFEST_FILE in files:
                found.setdefault(real, Path(folder) / MANIFEST_FILE)
    return sorted(found.values())


def find_member(member_id: str, roots: list[Path | str], *,
                key: str | None = None) -> list[dict[str, Any]]:
    """Runs under `roots` whose included members contain `member_id`, plus unverifiable runs.

    Each entry: run_dir, run_id, status, match ("included" | "unverifiable"), role ("train",
    "eval", "dry run", or None when the run stopped before its split), reason (why
    unverifiable), adapters (output files), checkpoints (files under checkpoint/), snapshot_at,
    epsilon. Role "eval": the member's posts only measured the model; "dry run": no model.
    With `key`, a run whose manifest is unsigned or whose HMAC does not match is unverifiable.
    """
    if not member_id or "\n" in member_id:
        raise UserError("MEMBER_ID must be a non-empty single-line id")
    hits = []
    for path in manifest_paths(roots):
        entry = _match(path.parent, member_id, key)
        if entry is not None:
            hits.append(entry)
    return hits


def _match(run_dir: Path, member_id: str, key: str | None) -> dict[str, Any] | None:
    try:
        m = json.loads((run_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return _entry(run_dir, {}, "unverifiable", reason=f"{MANIFEST_FILE}: unreadable")
    if not isinstance(m, dict):
        return _entry(run_dir, {}, "unverifiable", reason=f"{MANIFEST_FILE}: not a manifest")
    if manifest_digest(json_safe(m)) != (m.get("integrity") or {}).get("sha256"):
        return _entry(run_dir, m, "unverifiable", reason=f"{MANIFEST_FILE}: sha256 mismatch")
    if key is not None:
        signature = (m.get("integrity") or {}).get("hmac_sha256")
        if not signature:
            return _entry(run_dir, m, "unverifiable", reason=f"{MANIFEST_FILE}: unsigned")
        if not hmac.compare_digest(str(signature), sign(json_safe(m), key)):
            return _entry(run_dir, m, "unverifiable",
                          reason=f"{MANIFEST_FILE}: signature mismatch (stale or forged)")
    data = m.get("data")
    if not isinstance(data, dict):
        return None  # stopped before data preparation: trained on no one
    included = _verified_ids(run_dir, data.get("included_members"))
    if isinstance(included, str):
        return _entry(run_dir, m, "unverifiable", reason=included)
    if member_id not in included:
        return None
    role = "dry run" if (m.get("run") or {}).get("dry_run") else None
    if isinstance(data.get("split"), dict):
        train = _verified_ids(run_dir, data["split"].get("train_members"))
        if isinstance(train, str):
            return _entry(run_dir, m, "unverifiable", reason=train)
        role = "train" if member_id in train else "eval"
    return _entry(run_dir, m, "included", role=role)


def _verified_ids(run_dir: Path, entry: Any) -> set[str] | str:
    """The ids of a list whose digest checks out, or a reason (str) why it cannot be trusted."""
    if not isinstance(entry, dict) or "file" not in entry:
        return "no member list recorded"
    path = run_dir / str(entry["file"])
    if not path.is_file():
        return f"{entry['file']}: missing"
    if file_sha256(path) != entry.get("sha256"):
        return f"{entry['file']}: sha256 mismatch"
    return set(read_id_list(path))


def _entry(run_dir: Path, m: dict, match: str, *, role: str | None = None,
           reason: str | None = None) -> dict[str, Any]:
    run = m.get("run") or {}
    outputs = m.get("outputs") or []
    ckpt = run_dir / CHECKPOINT_DIR
    return {
        "run_dir": str(run_dir),
        "run_id": run.get("id"),
        "status": run.get("status"),
        "match": match,
        "role": role,
        "reason": reason,
        "adapters": [str(run_dir / o["path"]) for o in outputs if isinstance(o, dict)],
        "checkpoints": sorted(str(p) for p in ckpt.rglob("*") if p.is_file())
        if ckpt.is_dir() else [],
        "snapshot_at": (m.get("consent") or {}).get("snapshot_at"),
        "epsilon": (m.get("privacy") or {}).get("epsilon"),
    }
