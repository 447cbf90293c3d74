"""Verify a manifest's privacy claims: whether the run disclaims a DP guarantee, and its ledger
(steps, epsilon recomputed from the history by training's own accountant, sigma, sample rate,
target, and resume and checkpoint steps covered by it)."""

from __future__ import annotations

import math

from trainer.manifest.checks import VerifyReport
from trainer.manifest.verify_files import checkpoint_record
from trainer.privacy.accounting import PrivacyAccountant

# epsilon may exceed its target by float noise only (calibration guarantees <=).
TARGET_RTOL, TARGET_ATOL = 1e-9, 1e-12


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


def check_guarantee(report: VerifyReport, m: dict, allow_reproducible: bool,
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


def check_privacy(report: VerifyReport, m: dict) -> None:
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
