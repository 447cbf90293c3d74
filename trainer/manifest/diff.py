"""What changed between two runs: config, code, consent policy, data selected, redaction, privacy,
metrics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer.manifest.io import canonical_json, file_sha256, json_safe, read_id_list, read_manifest
from trainer.manifest.why_removed import removal_reasons

ABSENT = "(absent)"
# Sections compared key by key (flattened); the id lists are compared as sets below.
SECTIONS = {
    "run": lambda m: {k: (m.get("run") or {}).get(k) for k in ("git", "packages", "seed",
                                                                "dry_run")},
    "config": lambda m: (m.get("config") or {}).get("resolved"),
    "consent": lambda m: m.get("consent"),
    "data": lambda m: _data_counts(m.get("data")),
    # what was redacted and by which rules (engine version, digest of the shipped rule files)
    "redaction": lambda m: m.get("redaction"),
    "privacy": lambda m: {k: v for k, v in (m.get("privacy") or {}).items()
                          if k not in ("history", "statement")} or None,
    "model": lambda m: m.get("model"),
    "metrics": lambda m: m.get("metrics"),
}


def flatten(d: Any, prefix: str = "") -> dict[str, Any]:
    """`{"a": {"b": 1}}` -> `{"a.b": 1}`; lists and empty dicts stay values."""
    if not isinstance(d, dict) or (prefix and not d):
        return {prefix: d}
    out: dict[str, Any] = {}
    for k, v in d.items():
        out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    return out


def changed(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Flattened keys whose values differ: `{key: {"a": value, "b": value}}`, sorted by key."""
    fa, fb = flatten(a or {}), flatten(b or {})
    fa.pop("", None)
    fb.pop("", None)
    out = {}
    for key in sorted(fa.keys() | fb.keys()):
        va, vb = fa.get(key, ABSENT), fb.get(key, ABSENT)
        if canonical_json(json_safe(va)) != canonical_json(json_safe(vb)):
            out[key] = {"a": va, "b": vb}
    return out


def diff_runs(a_dir: Path | str, b_dir: Path | str, *, reasons: bool = True) -> dict[str, Any]:
    """Differences between the runs in `a_dir` and `b_dir` (b relative to a).

    `members`/`posts` hold the ids added (in b only) and removed (in a only), or None where a run
    has no such list; `warnings` names any id list that is missing or fails its digest. With
    `reasons`, `members.removed_reasons` says which rule excluded each removed member in b, at
    b's snapshot (re-run on b's source files; unknown when they are gone or changed).
    """
    ma, mb = read_manifest(a_dir), read_manifest(b_dir)
    out: dict[str, Any] = {
        "a": _identity(a_dir, ma),
        "b": _identity(b_dir, mb),
    }
    for name, pick in SECTIONS.items():
        if (pick(ma) is None) != (pick(mb) is None):
            out[name] = {"": {"a": _state(pick(ma)), "b": _state(pick(mb))}}
        else:
            out[name] = changed(pick(ma), pick(mb))
    warnings: list[str] = []
    for name in ("included_members", "included_posts"):
        ids_a = _ids(Path(a_dir), ma, name, warnings)
        ids_b = _ids(Path(b_dir), mb, name, warnings)
        key = name.removeprefix("included_")
        if ids_a is None or ids_b is None:
            out[key] = None
            continue
        out[key] = {
            "added": sorted(ids_b - ids_a),
            "removed": sorted(ids_a - ids_b),
            "unchanged": len(ids_a & ids_b),
        }
    if reasons and out["members"] is not None:
        out["members"]["removed_reasons"] = removal_reasons(mb, out["members"]["removed"])
    out["warnings"] = warnings
    return out


def differs(result: dict[str, Any]) -> bool:
    """Whether a `diff_runs` result shows any difference (for `--exit-code`)."""
    if any(result[section] for section in SECTIONS):
        return True
    for key in ("members", "posts"):
        sets = result[key]
        if sets is not None and (sets["added"] or sets["removed"]):
            return True
    return False


def _identity(run_dir: Path | str, m: dict) -> dict[str, Any]:
    run = m.get("run") or {}
    return {"run_dir": str(run_dir), "run_id": run.get("id"), "status": run.get("status")}


def _state(section: Any) -> str:
    return "(not recorded)" if section is None else "(recorded)"


def _data_counts(data: dict | None) -> dict | None:
    if not data:
        return None
    return {
        "sources": {s.get("table"): {"sha256": s.get("sha256"), "rows": s.get("rows"),
                                     "path": s.get("path")} for s in data.get("sources", [])},
        "posts_read": data.get("posts_read"),
        "excluded": data.get("excluded"),
        "quarantined": data.get("quarantined"),
        "included_posts": (data.get("included_posts") or {}).get("count"),
        "included_members": (data.get("included_members") or {}).get("count"),
    }


def _ids(run_dir: Path, m: dict, name: str, warnings: list[str]) -> set[str] | None:
    entry = (m.get("data") or {}).get(name)
    if not entry:
        return None
    path = run_dir / entry["file"]
    if not path.is_file():
        warnings.append(f"{path}: missing; {name} not compared")
        return None
    if file_sha256(path) != entry.get("sha256"):
        warnings.append(f"{path}: sha256 mismatch; the ids compared may not be the run's")
    return set(read_id_list(path))
