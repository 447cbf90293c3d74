"""Recompute everything a manifest claims and say exactly what differs.

Checks: schema, manifest digest, HMAC signature (with a key), run status, resolved config and
`config.yaml`, each id list (digest, count, sorted), the train/eval split, each output and
checkpoint file (digest, size, inside the run dir), the consent funnel arithmetic, the privacy
ledger (steps, epsilon recomputed from the history, sigma, target, resume) and, with
`check_data`, eligibility re-run on the recorded source files and snapshot.

Without a key, a passing verify proves integrity only (the files match a manifest whose sha256
anyone can recompute), not authenticity; with the key, the HMAC proves who wrote it.

This module drives the sections and checks what the manifest alone shows (digest, signature,
status, funnel); ``verify_files`` checks the run dir's files, ``verify_privacy`` the privacy claims.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

from trainer.data.eligibility import REASONS
from trainer.manifest.checks import Check, VerifyReport, id_digest
from trainer.manifest.io import json_safe, manifest_digest, read_manifest, schema_errors, sign
from trainer.manifest.rerun import check_rerun
from trainer.manifest.verify_files import (
    check_checkpoint,
    check_config,
    check_files,
    check_id_lists,
    inside,
)
from trainer.manifest.verify_privacy import (
    check_guarantee,
    check_privacy,
    guarantee,
    recompute_epsilon,
)

__all__ = ["REASONS", "Check", "VerifyReport", "guarantee", "id_digest", "inside", "proves",
           "recompute_epsilon", "verify_run"]


def verify_run(
    run_dir: Path | str,
    *,
    key: str | None,
    check_data: bool,
    require_signature: bool = False,
    allow_incomplete: bool = False,
    allow_reproducible: bool = False,
    allow_non_private: bool = False,
) -> VerifyReport:
    """Recompute every digest and invariant of the run in `run_dir` (UserError if no manifest).

    Fails closed: a run that is not `completed`, carries no DP guarantee (reproducible noise or
    `privacy.dp: false`) or, with `require_signature`, is not proven authentic by `key`, fails
    unless the matching `allow_*` option accepts it (then it is reported as a warning).
    """
    run_dir = Path(run_dir)
    m = read_manifest(run_dir)
    report = VerifyReport(run_dir)
    errors = schema_errors(m)
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    report.add("schema", not errors, "schema: " + "; ".join(errors[:5]) + more)
    _guarded(report, "integrity", _check_integrity, report, m, key, require_signature)
    _guarded(report, "run", _check_status, report, m, allow_incomplete)
    _guarded(report, "privacy", check_guarantee, report, m, allow_reproducible,
             allow_non_private)
    _guarded(report, "config", check_config, report, run_dir, m.get("config") or {})
    data = m.get("data")
    if isinstance(data, dict):
        _guarded(report, "data", check_id_lists, report, run_dir, data)
        _guarded(report, "data", _check_funnel, report, data)
    if isinstance(m.get("outputs"), list):
        _guarded(report, "outputs", check_files, report, run_dir, m["outputs"])
    _guarded(report, "checkpoint", check_checkpoint, report, run_dir, m)
    if isinstance(m.get("privacy"), dict):
        _guarded(report, "privacy", check_privacy, report, m)
    if check_data:
        _guarded(report, "data.rerun", check_rerun, report, m)
    return report


def _guarded(report: VerifyReport, section: str, check, *args: Any) -> None:
    """Run one section's checks; a section too malformed to check is itself a failed check."""
    try:
        check(*args)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError) as err:
        report.add(section, False, f"{section}: malformed, cannot be checked "
                                   f"({type(err).__name__}); see the schema check")


def _check_integrity(report: VerifyReport, m: dict, key: str | None,
                     require_signature: bool) -> None:
    integrity = m.get("integrity") if isinstance(m.get("integrity"), dict) else {}
    recorded = integrity.get("sha256")
    actual = manifest_digest(json_safe(m))
    report.add("manifest", recorded == actual,
               f"manifest: sha256 mismatch (recorded {_short(recorded)}, actual {_short(actual)}): "
               "the manifest was edited after it was written")
    signature = integrity.get("hmac_sha256")
    if key is None:
        report.signature = "not_checked" if signature else "unsigned"
        if signature:
            why = ("signature: the manifest is signed but no key was given, so its origin is NOT "
                   "CHECKED (set TRAINER_MANIFEST_KEY or pass --key-env)")
        else:
            why = ("signature: unsigned manifest: integrity only, not authenticity (anyone who "
                   "can write the run dir can recompute a sha256)")
        if require_signature:
            report.add("signature", False, why + "; --require-signature was given")
        else:
            report.skip("signature", why)
    elif not signature:
        report.signature = "unsigned"
        report.add("signature", False, "signature: unsigned, but a key was given: the manifest "
                   "carries no HMAC, so its origin cannot be confirmed")
    else:
        good = hmac.compare_digest(str(signature), sign(json_safe(m), key))
        report.signature = "valid" if good else "invalid"
        report.add("signature", good, "signature: mismatch: the manifest was changed after "
                   "signing, or signed with another key")


def _check_status(report: VerifyReport, m: dict, allow_incomplete: bool) -> None:
    status = (m.get("run") or {}).get("status")
    if status == "completed":
        report.add("run.status", True)
        return
    why = (f"run.status: {status}, not completed: the manifest may not record everything the "
           "run spent or wrote")
    if allow_incomplete:
        report.warn("run.status", why + " (accepted by --allow-incomplete)")
    else:
        report.add("run.status", False, why + "; pass --allow-incomplete to check it anyway")


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


def _short(digest: Any) -> str:
    return f"{digest[:12]}..." if isinstance(digest, str) else str(digest)


def proves(report: VerifyReport) -> str:
    """What a passing report establishes, in words: integrity only, or also authenticity."""
    if report.signature == "valid":
        return "integrity and authenticity: HMAC signature valid"
    if report.signature == "not_checked":
        return "integrity only, not authenticity: signature NOT CHECKED"
    return "integrity only, not authenticity: unsigned manifest"
