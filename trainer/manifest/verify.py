"""Recompute everything a manifest claims and say exactly what differs.

Checks: schema, manifest digest, HMAC signature (with a key), run status, resolved config and
`config.yaml`, each id list (digest, count, sorted), the train/eval split, each output and
checkpoint file (digest, size, inside the run dir), the consent funnel arithmetic, the privacy
ledger (steps, epsilon recomputed from the history, sigma, target, resume) and, with
`check_data`, eligibility re-run on the recorded source files and snapshot.

Without a key, a passing verify proves integrity only (the files match a manifest whose sha256
anyone can recompute), not authenticity; with the key, the HMAC proves who wrote it.
"""

from __future__ import annotations

import hmac
import math
import re
from pathlib import Path
from typing import Any

import yaml

from trainer.data.eligibility import REASONS
from trainer.manifest.checks import Check, VerifyReport, id_digest
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
from trainer.manifest.rerun import check_rerun
from trainer.privacy.accounting import PrivacyAccountant

__all__ = ["REASONS", "Check", "VerifyReport", "id_digest", "recompute_epsilon", "verify_run"]

ID_LISTS = ("included_posts", "included_members", "train_members", "eval_members")
CHECKPOINT_DIR = "checkpoint"
STEP_DIR = re.compile(r"step-[0-9]+")  # checkpoint/step-NNNNNNN/: one folder per checkpoint
# epsilon may exceed its target by float noise only (calibration guarantees <=).
TARGET_RTOL, TARGET_ATOL = 1e-9, 1e-12


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
    _guarded(report, "privacy", _check_guarantee, report, m, allow_reproducible,
             allow_non_private)
    _guarded(report, "config", _check_config, report, run_dir, m.get("config") or {})
    data = m.get("data")
    if isinstance(data, dict):
        _guarded(report, "data", _check_id_lists, report, run_dir, data)
        _guarded(report, "data", _check_funnel, report, data)
    if isinstance(m.get("outputs"), list):
        _guarded(report, "outputs", _check_files, report, run_dir, m["outputs"])
    _guarded(report, "checkpoint", _check_checkpoint, report, run_dir, m)
    if isinstance(m.get("privacy"), dict):
        _guarded(report, "privacy", _check_privacy, report, m)
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


def guarantee(m: dict) -> str | None:
    """"reproducible", "non_private" or None: whether the run disclaims a DP guarantee.

    Read from the privacy section and, for runs that stopped before it, the resolved config
    (not for a dry run: it trains nothing, so it has no guarantee to lose).
    """
    p = m.get("privacy") if isinstance(m.get("privacy"), dict) else {}
    resolved = ((m.get("config") or {}).get("resolved") or {}).get("privacy") or {}
    if (m.get("run") or {}).get("dry_run"):
        resolved = {}
    if p.get("dp") is False or resolved.get("enabled") is False:
        return "non_private"
    if p.get("reproducible_noise") or resolved.get("reproducible_noise"):
        return "reproducible"
    return None


NO_GUARANTEE = {
    "non_private": ("privacy.dp: false: this run is NOT differentially private (no clipping, no "
                    "noise); its adapter may reveal any member's posts", "--allow-non-private"),
    "reproducible": ("privacy.reproducible_noise: true: the noise was derived from the recorded "
                     "seed (tests only), so this run carries NO differential-privacy guarantee",
                     "--allow-reproducible"),
}


def _check_guarantee(report: VerifyReport, m: dict, allow_reproducible: bool,
                     allow_non_private: bool) -> None:
    kind = guarantee(m)
    if kind is None:
        return
    why, option = NO_GUARANTEE[kind]
    allowed = allow_non_private if kind == "non_private" else allow_reproducible
    if allowed:
        report.warn("privacy.guarantee", f"{why} (accepted by {option})")
    else:
        report.add("privacy.guarantee", False, f"{why}; pass {option} to accept it")


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


def _check_id_lists(report: VerifyReport, run_dir: Path, data: dict) -> None:
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


def _check_files(report: VerifyReport, run_dir: Path, files: list) -> None:
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


def _check_checkpoint(report: VerifyReport, run_dir: Path, m: dict) -> None:
    """Checkpoint files are listed (signed with the manifest) and match; none are unlisted."""
    ckpt = checkpoint_record(m)
    listed = {str(o.get("path")) for o in m.get("outputs") or [] if isinstance(o, dict)}
    if ckpt is not None:
        files = ckpt.get("files") or []
        _check_files(report, run_dir, files)
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


def _check_privacy(report: VerifyReport, m: dict) -> None:
    p = m["privacy"]
    if guarantee(m) == "non_private":
        report.add("privacy.epsilon", p.get("epsilon") is None,
                   f"privacy.epsilon: {p.get('epsilon')} claimed for a run without DP (privacy.dp: "
                   "false); it must be null")
        return
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
    sigma = p.get("noise_multiplier")
    other = sorted({h[0] for h in history if h[0] != sigma})
    report.add("privacy.noise_multiplier", not other,
               f"privacy.history: noise multiplier {', '.join(f'{s:g}' for s in other)} differs "
               f"from privacy.noise_multiplier {sigma}: the steps were not all taken with the "
               "calibrated noise")
    rate = p.get("sample_rate")
    other = sorted({h[1] for h in history if h[1] != rate})
    report.add("privacy.sample_rate", not other,
               f"privacy.history: sample rate {', '.join(f'{q:g}' for q in other)} differs from "
               f"privacy.sample_rate {rate}: the steps were not all taken at the planned rate")
    target = p.get("target_epsilon")
    if target is not None:
        within = not math.isinf(eps) and eps <= target * (1 + TARGET_RTOL) + TARGET_ATOL
        report.add("privacy.target_epsilon", within,
                   f"privacy.epsilon: {eps:.6g} exceeds privacy.target_epsilon {target:g}: the "
                   "run spent more than its budget")
    _check_ledger(report, m, steps)


def _check_ledger(report: VerifyReport, m: dict, steps: int) -> None:
    """The ledger covers every step the adapter took: resume and checkpoint never exceed it."""
    resumed = (m.get("run") or {}).get("resumed_from")
    if isinstance(resumed, dict):
        at = resumed.get("step")
        report.add("run.resumed_from", isinstance(at, int) and at <= steps,
                   f"run.resumed_from.step: {at} steps carried over, but the privacy ledger "
                   f"holds only {steps}: privacy spent before the resume was dropped")
    ckpt = checkpoint_record(m)
    if ckpt is not None and "step" in ckpt:
        at = ckpt.get("step")
        report.add("checkpoint.step", isinstance(at, int) and at <= steps,
                   f"checkpoint.step: the checkpoint is at step {at}, but the privacy ledger "
                   f"holds only {steps} steps: privacy spent was not recorded")


def recompute_epsilon(*, accountant: str, history: list, delta: float) -> float:
    """Epsilon of a history of `(noise_multiplier, sample_rate, steps)` entries, computed by the
    same accountant code training used (`trainer.privacy.accounting`); inf if unbounded."""

    acc = PrivacyAccountant(kind=accountant)
    acc.load_state_dict({"kind": accountant, "history": [list(h) for h in history]})
    return acc.epsilon(delta=delta)


def _short(digest: Any) -> str:
    return f"{digest[:12]}..." if isinstance(digest, str) else str(digest)


def proves(report: VerifyReport) -> str:
    """What a passing report establishes, in words: integrity only, or also authenticity."""
    if report.signature == "valid":
        return "integrity and authenticity: HMAC signature valid"
    if report.signature == "not_checked":
        return "integrity only, not authenticity: signature NOT CHECKED"
    return "integrity only, not authenticity: unsigned manifest"
