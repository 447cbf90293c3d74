"""Recompute everything a manifest claims and say exactly what differs.

Checks: schema, manifest digest, HMAC signature (with a key), resolved config and `config.yaml`,
each id list (digest, count, sorted), the train/eval split, each output file (digest, size), the
consent funnel arithmetic, the privacy ledger (steps and epsilon recomputed from the history) and,
with `check_data`, eligibility re-run on the recorded source files and snapshot.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from trainer.manifest.diff import changed
from trainer.manifest.io import (
    config_sha256,
    file_sha256,
    id_list_bytes,
    json_safe,
    manifest_digest,
    read_id_list,
    read_manifest,
    schema_errors,
    sign,
)

REASONS = (
    "malformed", "unknown_member", "disallowed_kind", "after_snapshot", "deleted", "empty",
    "unknown_region", "excluded_region", "consent_unverifiable", "no_consent", "consent_withdrawn",
)
ID_LISTS = ("included_posts", "included_members", "train_members", "eval_members")
Status = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    message: str = ""


@dataclass
class VerifyReport:
    run_dir: Path
    checks: list[Check] = field(default_factory=list)

    def add(self, name: str, ok: bool, failure: str = "", success: str = "") -> bool:
        self.checks.append(Check(name, "ok" if ok else "failed", success if ok else failure))
        return ok

    def skip(self, name: str, why: str) -> None:
        self.checks.append(Check(name, "skipped", why))

    def by_status(self, status: Status) -> list[Check]:
        return [c for c in self.checks if c.status == status]

    @property
    def ok(self) -> bool:
        return not self.by_status("failed")


def verify_run(run_dir: Path | str, *, key: str | None, check_data: bool) -> VerifyReport:
    """Recompute every digest and invariant of the run in `run_dir` (UserError if no manifest)."""
    run_dir = Path(run_dir)
    m = read_manifest(run_dir)
    report = VerifyReport(run_dir)
    errors = schema_errors(m)
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    report.add("schema", not errors, "schema: " + "; ".join(errors[:5]) + more)
    _guarded(report, "integrity", _check_integrity, report, m, key)
    _guarded(report, "config", _check_config, report, run_dir, m.get("config") or {})
    data = m.get("data")
    if isinstance(data, dict):
        _guarded(report, "data", _check_id_lists, report, run_dir, data)
        _guarded(report, "data", _check_funnel, report, data)
    if isinstance(m.get("outputs"), list):
        _guarded(report, "outputs", _check_outputs, report, run_dir, m["outputs"])
    if isinstance(m.get("privacy"), dict):
        _guarded(report, "privacy", _check_privacy, report, m["privacy"])
    if check_data:
        from trainer.manifest.rerun import check_rerun

        _guarded(report, "data.rerun", check_rerun, report, m)
    return report


def _guarded(report: VerifyReport, section: str, check, *args: Any) -> None:
    """Run one section's checks; a section too malformed to check is itself a failed check."""
    try:
        check(*args)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError) as err:
        report.add(section, False, f"{section}: malformed, cannot be checked "
                                   f"({type(err).__name__}); see the schema check")


def _check_integrity(report: VerifyReport, m: dict, key: str | None) -> None:
    integrity = m.get("integrity") if isinstance(m.get("integrity"), dict) else {}
    recorded = integrity.get("sha256")
    actual = manifest_digest(json_safe(m))
    report.add("manifest", recorded == actual,
               f"manifest: sha256 mismatch (recorded {_short(recorded)}, actual {_short(actual)}): "
               "the manifest was edited after it was written")
    signature = integrity.get("hmac_sha256")
    if key is None:
        if signature:
            report.skip("signature", "signature: signed, but no key given; signature not checked")
        else:
            report.skip("signature", "signature: unsigned manifest; no key given")
    elif not signature:
        report.add("signature", False, "signature: unsigned, but a key was given: the manifest "
                   "carries no HMAC, so its origin cannot be confirmed")
    else:
        good = hmac.compare_digest(str(signature), sign(json_safe(m), key))
        report.add("signature", good, "signature: mismatch: the manifest was changed after "
                   "signing, or signed with another key")


def _check_config(report: VerifyReport, run_dir: Path, config: dict) -> None:
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
    path = run_dir / name
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


def _check_id_lists(report: VerifyReport, run_dir: Path, data: dict) -> None:
    lists: dict[str, set[str]] = {}
    for name, entry in _id_entries(data).items():
        file = str(entry.get("file"))
        path = run_dir / file
        if not path.is_file():
            report.add(file, False, f"{file}: missing from the run dir")
            continue
        ok = report.add(file, file_sha256(path) == entry.get("sha256"), f"{file}: sha256 mismatch")
        ids = read_id_list(path)
        count_ok = len(ids) == entry.get("count")
        report.add(f"{file} count", count_ok,
                   f"{file}: manifest says {entry.get('count')} ids, file has {len(ids)}")
        well_formed = id_list_bytes(ids) == path.read_bytes()
        report.add(f"{file} format", well_formed,
                   f"{file}: not sorted unique ids one per line with a trailing newline")
        if ok and count_ok:
            lists[name] = set(ids)
    if {"train_members", "eval_members", "included_members"} <= lists.keys():
        train, held_out = lists["train_members"], lists["eval_members"]
        inside = (train | held_out) <= lists["included_members"]
        report.add("split", inside and not (train & held_out),
                   f"split: {len(train & held_out)} members in both train and eval, "
                   f"{len((train | held_out) - lists['included_members'])} not included")


def _check_funnel(report: VerifyReport, data: dict) -> None:
    excluded = data.get("excluded") or {}
    missing = [r for r in REASONS if r not in excluded]
    report.add("data.excluded", not missing,
               f"data.excluded: reasons missing: {', '.join(missing)}")
    included = (data.get("included_posts") or {}).get("count")
    if not all(isinstance(v, int) for v in [included, data.get("posts_read"), *excluded.values()]):
        report.add("data.posts_read", False, "data.posts_read: counts are missing or not integers")
        return
    total = included + sum(excluded.values())
    report.add("data.posts_read", data["posts_read"] == total,
               f"data.posts_read: manifest says {data['posts_read']}, but included {included} + "
               f"excluded {sum(excluded.values())} = {total}")


def _check_outputs(report: VerifyReport, run_dir: Path, outputs: list) -> None:
    for out in outputs:
        rel = str(out.get("path"))
        path = run_dir / rel
        if not path.is_file():
            report.add(rel, False, f"{rel}: missing from the run dir")
            continue
        size = path.stat().st_size
        if size != out.get("bytes"):
            report.add(rel, False, f"{rel}: size mismatch (manifest {out.get('bytes')}, "
                                   f"file {size} bytes)")
            continue
        report.add(rel, file_sha256(path) == out.get("sha256"), f"{rel}: sha256 mismatch")


def _check_privacy(report: VerifyReport, p: dict) -> None:
    history = p.get("history") or []
    try:
        steps = sum(int(h[2]) for h in history)
        report.add("privacy.steps", steps == p.get("steps"),
                   f"privacy.steps: manifest says {p.get('steps')}, history sums to {steps}")
        eps = recompute_epsilon(accountant=p["accountant"], history=history, delta=p["delta"])
    except (KeyError, TypeError, ValueError, IndexError) as err:
        report.add("privacy.epsilon", False, f"privacy.epsilon: cannot recompute ({err})")
        return
    recorded = p.get("epsilon")  # null records an unbounded epsilon (JSON has no infinity)
    if recorded is None or math.isinf(eps):
        good = recorded is None and math.isinf(eps)
    else:
        good = isinstance(recorded, int | float) and math.isclose(recorded, eps, rel_tol=1e-6)
    report.add("privacy.epsilon", good,
               f"privacy.epsilon: manifest says {recorded}, the {p['accountant']} accountant "
               f"gives {eps:.6g} for privacy.history at delta={p['delta']}")


def recompute_epsilon(*, accountant: str, history: list, delta: float) -> float:
    """Epsilon of a history of `(noise_multiplier, sample_rate, steps)` entries, computed by the
    same accountant code training used (`trainer.privacy.accounting`); inf if unbounded."""
    from trainer.privacy.accounting import PrivacyAccountant

    acc = PrivacyAccountant(kind=accountant)
    acc.load_state_dict({"kind": accountant, "history": [list(h) for h in history]})
    return acc.epsilon(delta=delta)


def id_digest(ids: list[str]) -> str:
    """The sha256 an id-list file of `ids` would have."""
    return hashlib.sha256(id_list_bytes(ids)).hexdigest()


def _short(digest: Any) -> str:
    return f"{digest[:12]}..." if isinstance(digest, str) else str(digest)
