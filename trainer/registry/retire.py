"""The retirement log: append-only JSON Lines next to the registry, one entry per retired run.

Each entry carries `prev_sha256` (the previous entry's digest) and its own `sha256` over the
canonical JSON of the entry without `sha256`/`hmac_sha256`, so an edited or removed entry breaks
the chain; `hmac_sha256` (keyed by TRAINER_MANIFEST_KEY) shows who wrote it. The registry keeps
the head digest and count, so a truncated tail is caught too. A retired run's adapter must not
be used: `refuse_if_retired` is what the adapter loaders call.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer.errors import UserError
from trainer.manifest.io import KEY_ENV, canonical_json, key_from_env
from trainer.registry.db import default_registry_path

LOG_SUFFIX = ".retirements.jsonl"
DEFAULT_LOG_NAME = "registry" + LOG_SUFFIX
_UNSIGNED = ("sha256", "hmac_sha256")


def log_path(registry: Path | str) -> Path:
    """The retirement log that belongs to the registry file `registry`."""
    registry = Path(registry)
    return registry.with_name(registry.stem + LOG_SUFFIX)


def entry_digest(entry: dict[str, Any]) -> str:
    return hashlib.sha256(_body(entry)).hexdigest()


def _body(entry: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in entry.items() if k not in _UNSIGNED})


def _hmac(entry: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), _body(entry), hashlib.sha256).hexdigest()


def read_log(path: Path, *, key: str | None) -> tuple[list[dict[str, Any]], list[str]]:
    """(entries, problems): every chain, digest and (with `key`) signature problem, in order."""
    if not path.is_file():
        return [], []
    entries, problems, prev = [], [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            entry = json.loads(line)
            if not isinstance(entry, dict):
                raise ValueError
        except ValueError:
            problems.append(f"{path}:{n}: not a JSON object")
            continue
        where = f"{path}:{n} (run {entry.get('run_id')})"
        if entry.get("seq") != len(entries) + 1:
            problems.append(f"{where}: seq is {entry.get('seq')}, expected {len(entries) + 1}: "
                            "an entry was removed or reordered")
        if entry.get("prev_sha256") != prev:
            problems.append(f"{where}: prev_sha256 does not match the entry before it: "
                            "the chain is broken")
        if entry.get("sha256") != entry_digest(entry):
            problems.append(f"{where}: sha256 mismatch: the entry was edited after writing")
        signature = entry.get("hmac_sha256")
        if key is not None and not signature:
            problems.append(f"{where}: unsigned, but {KEY_ENV} is set: its origin cannot be "
                            "confirmed")
        elif key is not None and not hmac.compare_digest(str(signature), _hmac(entry, key)):
            problems.append(f"{where}: signature mismatch: edited, or signed with another key")
        entries.append(entry)
        prev = entry_digest(entry)  # the next entry must chain to what this one really says
    return entries, problems


def append_retirement(registry: Path, db: sqlite3.Connection, *, run: dict[str, Any],
                      reason: str) -> dict[str, Any]:
    """Append a signed, chained entry retiring `run` (a registry row); returns the entry."""
    if not reason.strip() or "\n" in reason:
        raise UserError("--reason must be one non-empty line saying why the run is retired")
    path, key = log_path(registry), key_from_env()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # one writer at a time; released on close
        entries, problems = read_log(path, key=None)
        problems += _head_problems(db, path, entries)
        if problems:
            raise UserError(f"{path}: the retirement log fails its checks ({problems[0]}); "
                            "nothing appended. Run `python -m trainer.registry verify`")
        if any(e.get("run_id") == run["run_id"] for e in entries):
            raise UserError(f"run {run['run_id']} is already retired (see {path})")
        entry = {
            "seq": len(entries) + 1,
            "run_id": run["run_id"],
            "run_dir": run["run_dir"],
            "manifest_sha256": run["manifest_sha256"],
            "adapter_sha256": run["adapter_sha256"],
            "reason": reason.strip(),
            "retired_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "prev_sha256": entries[-1]["sha256"] if entries else None,
        }
        entry["sha256"] = entry_digest(entry)
        entry["hmac_sha256"] = _hmac(entry, key) if key else None
        fh.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    db.execute("INSERT OR REPLACE INTO meta VALUES ('retirement_head', ?)",
               (json.dumps({"count": entry["seq"], "sha256": entry["sha256"]}),))
    return entry


def _head_problems(db: sqlite3.Connection, path: Path, entries: list[dict]) -> list[str]:
    """A log shorter than the head the registry recorded was truncated."""
    row = db.execute("SELECT value FROM meta WHERE key = 'retirement_head'").fetchone()
    if row is None:
        return []
    head = json.loads(row[0])
    if len(entries) < head["count"] or entries[head["count"] - 1].get("sha256") != head["sha256"]:
        return [f"{path}: the registry recorded {head['count']} entries ending in "
                f"{head['sha256'][:12]}..., the log does not: entries were removed"]
    return []


def verify_log(registry: Path, db: sqlite3.Connection | None, *,
               key: str | None) -> tuple[list[dict], list[str]]:
    """Every problem with the log of `registry`: chain, digests, signatures, truncation."""
    path = log_path(registry)
    entries, problems = read_log(path, key=key)
    if db is not None:
        problems += _head_problems(db, path, entries)
    return entries, problems


def retired_runs(logs: list[Path]) -> dict[str, dict[str, Any]]:
    """run id -> retirement entry, from every log in `logs` that exists.

    A log whose chain is broken cannot say which runs are retired: UserError (fail closed).
    Unsigned entries still count: honouring a retirement never weakens privacy.
    """
    retired: dict[str, dict[str, Any]] = {}
    for path in logs:
        entries, problems = read_log(path, key=None)
        if problems:
            raise UserError(f"{problems[0]}; cannot tell which runs are retired. "
                            "Run `python -m trainer.registry verify`")
        for entry in entries:
            retired.setdefault(str(entry.get("run_id")), {**entry, "log": str(path)})
    return retired


def logs_for(run_dir: Path | None, registry: Path | None = None) -> list[Path]:
    """The logs that may retire a run: the given/default registry's, and one in any ancestor
    directory of `run_dir` (a registry kept at the output root the run was written under)."""
    found = [log_path(registry or default_registry_path())]
    if run_dir is not None:
        found += [parent / DEFAULT_LOG_NAME for parent in Path(run_dir).resolve().parents]
    unique: list[Path] = []
    for path in found:
        if path.is_file() and path.resolve() not in {p.resolve() for p in unique}:
            unique.append(path)
    return unique


def retirement_of(run_id: str | None, *, run_dir: Path | None = None,
                  registry: Path | None = None) -> dict[str, Any] | None:
    """The retirement entry of `run_id`, or None; UserError if a log cannot be trusted."""
    if not run_id:
        return None
    return retired_runs(logs_for(run_dir, registry)).get(run_id)


def refuse_if_retired(run_dir: Path | str, *, allow_retired: bool,
                      registry: Path | None = None) -> None:
    """Refuse (UserError) to use the adapter of a retired run unless `allow_retired`."""
    run_dir = Path(run_dir)
    try:
        manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
        run_id = (manifest.get("run") or {}).get("id")
    except (OSError, ValueError, AttributeError):
        run_id = None  # the loader itself reports a missing or broken manifest
    entry = retirement_of(run_id, run_dir=run_dir, registry=registry)
    if entry is None:
        return
    what = (f"run {run_id} was retired at {entry['retired_at']} (reason: {entry['reason']}; "
            f"log {entry['log']})")
    if not allow_retired:
        raise UserError(f"{what}: its adapter must not be used. Use the run that replaces it, "
                        "or pass allow_retired=true (--allow-retired) to load it anyway, e.g. "
                        "for an audit")
    print(f"warning: {what}; loading it anyway because allow_retired is set", file=sys.stderr)


def retirement_note(manifest: dict[str, Any]) -> dict[str, Any] | None:
    """For `manifest show`: {reason, retired_at, log} if the run is retired, {error} if a
    retirement log cannot be trusted, else None. Looks in the default registry's log."""
    run_id = (manifest.get("run") or {}).get("id")
    try:
        entry = retirement_of(run_id)
    except UserError as err:
        return {"error": str(err)}
    return entry and {k: entry[k] for k in ("reason", "retired_at", "log")}
