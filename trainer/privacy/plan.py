"""The privacy plan: everything that fixes the DP mechanism of a run, decided once, before training.

`make_plan` checks the budget (delta floor, minimum number of units, the epsilon cap on every
path) and calibrates the noise; the frozen `PrivacyPlan` it returns is then used by the loop,
written into the checkpoint, and reported in the manifest. A resume must find the same plan.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from trainer.errors import UserError
from trainer.privacy.accounting import (
    MAX_TARGET_EPSILON,
    calibrate_noise_multiplier,
    epsilon_for,
)

# The privacy units (privacy.unit): a member (user-level DP, the default) or a single post.
UNITS: tuple[str, ...] = ("member", "post")
# Acknowledgements (policy.acknowledge) that belong to the privacy plan.
PRIVACY_ACKNOWLEDGEMENTS: tuple[str, ...] = ("few_units", "large_delta", "non_private")
MIN_UNITS = 100  # fewer training units than this: acknowledge `few_units` to train anyway
DELTA_FACTOR = 10  # delta <= 1 / (10 n) unless `large_delta` is acknowledged
# Plan fields that identify the mechanism; a checkpoint resumes only under the same values.
MECHANISM_FIELDS = ("dp", "unit", "num_units", "sample_rate", "planned_steps", "noise_multiplier",
                    "max_grad_norm", "delta", "accountant", "reproducible_noise",
                    "max_posts_per_member", "seed", "train_members_sha256",
                    "included_posts_sha256")


@dataclass(frozen=True)
class PrivacyPlan:
    """The DP mechanism of one run (or, with dp=False, the non-private baseline's loop)."""

    dp: bool  # False: the non-private baseline (no clipping, no noise, no guarantee)
    unit: str  # one of UNITS
    num_units: int  # training units; treated as public (it sets the rate and the noise)
    sample_rate: float  # Poisson rate q = expected_batch_units / num_units
    planned_steps: int
    noise_multiplier: float  # sigma; 0.0 when dp is False
    max_grad_norm: float  # C; unused (no clipping) when dp is False
    delta: float
    accountant: str
    target_epsilon: float | None
    expected_epsilon: float | None  # epsilon after planned_steps; None when dp is False
    reproducible_noise: bool  # True: noise seeded from `seed`, so NO guarantee holds
    max_posts_per_member: int
    seed: int
    train_members_sha256: str
    included_posts_sha256: str
    acknowledgements: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["acknowledgements"] = list(self.acknowledgements)
        return d

    def mismatches(self, saved: dict[str, Any]) -> list[str]:
        """The mechanism fields where `saved` (a checkpoint's plan) differs from this plan."""
        out = []
        for name in MECHANISM_FIELDS:
            mine, theirs = getattr(self, name), saved.get(name)
            if isinstance(mine, float) and isinstance(theirs, int | float):
                same = math.isclose(mine, float(theirs), rel_tol=1e-9, abs_tol=0.0)
            else:
                same = mine == theirs
            if not same:
                out.append(f"{name} ({theirs!r} in the checkpoint, {mine!r} now)")
        return out


def make_plan(
    *,
    enabled: bool,
    unit: str,
    num_units: int,
    expected_batch_units: int,
    steps: int | None,
    epochs: float,
    target_epsilon: float | None,
    noise_multiplier: float | None,
    max_grad_norm: float,
    delta: float,
    accountant: str,
    reproducible_noise: bool,
    max_posts_per_member: int,
    seed: int,
    train_members_sha256: str,
    included_posts_sha256: str,
    acknowledge: tuple[str, ...] | list[str] = (),
) -> PrivacyPlan:
    """Check the budget and calibrate the noise; UserError (one line, naming the option) if the
    plan would protect nobody."""
    acks = set(acknowledge)
    recorded: list[str] = []
    if num_units < 1:
        raise UserError("no training units: every eligible member went to evaluation; lower "
                        "data.eval_fraction or include more members")
    sample_rate = expected_batch_units / num_units
    if sample_rate > 1.0:
        raise UserError(f"train.expected_batch_units={expected_batch_units} exceeds the "
                        f"{num_units} training units; lower it")
    planned_steps = steps if steps is not None else math.ceil(epochs / sample_rate)
    common = dict(unit=unit, num_units=num_units, sample_rate=sample_rate,
                  planned_steps=planned_steps, max_grad_norm=float(max_grad_norm),
                  delta=float(delta), accountant=accountant, target_epsilon=target_epsilon,
                  reproducible_noise=bool(reproducible_noise),
                  max_posts_per_member=int(max_posts_per_member), seed=int(seed),
                  train_members_sha256=train_members_sha256,
                  included_posts_sha256=included_posts_sha256)
    if not enabled:
        return PrivacyPlan(dp=False, noise_multiplier=0.0, expected_epsilon=None,
                           acknowledgements=("non_private",), **common)

    if num_units < MIN_UNITS:
        if "few_units" not in acks:
            raise UserError(
                f"only {num_units} training units: DP-SGD with fewer than {MIN_UNITS} units gives "
                "each one an outsized influence and little utility; include more members, or "
                "pass policy.acknowledge=[few_units] to train anyway (recorded in the manifest)")
        recorded.append("few_units")
    delta_cap = 1.0 / (DELTA_FACTOR * num_units)
    if not 0.0 < delta < 1.0 / num_units:
        raise UserError(
            f"privacy.delta={delta!r} must be > 0 and below 1/(number of units) = 1/{num_units}: "
            f"with a larger delta a run could reveal one unit's data outright; set "
            f"privacy.delta to at most {_floor_1eN(delta_cap):.0e}")
    if "few_units" in acks and num_units >= MIN_UNITS:
        raise UserError(f"policy.acknowledge names few_units, but the run has {num_units} units "
                        f"(>= {MIN_UNITS}); remove it")
    if "large_delta" in acks and delta <= delta_cap:
        raise UserError("policy.acknowledge names large_delta, but privacy.delta is within "
                        "1/(10 n); remove it")
    if delta > delta_cap:
        if "large_delta" not in acks:
            raise UserError(
                f"privacy.delta={delta:g} is above 1/(10 x {num_units} units) = {delta_cap:.3g} "
                f"(n*delta = {num_units * delta:.2g}); set privacy.delta to at most "
                f"{_floor_1eN(delta_cap):.0e}, or pass policy.acknowledge=[large_delta]")
        recorded.append("large_delta")

    if noise_multiplier is None:
        sigma = calibrate_noise_multiplier(target_epsilon=target_epsilon, delta=delta,
                                           sample_rate=sample_rate, steps=planned_steps,
                                           accountant=accountant)
    else:
        sigma = float(noise_multiplier)
    expected = epsilon_for(noise_multiplier=sigma, sample_rate=sample_rate,
                           steps=planned_steps, delta=delta, accountant=accountant)
    if not expected <= MAX_TARGET_EPSILON:
        raise UserError(
            f"privacy.noise_multiplier={sigma:g} gives epsilon "
            f"{'unbounded' if math.isinf(expected) else f'{expected:.3g}'} after {planned_steps} "
            f"steps, above the cap of {MAX_TARGET_EPSILON:g} where the guarantee means nothing; "
            "raise privacy.noise_multiplier or set privacy.target_epsilon instead")
    if reproducible_noise:
        recorded.append("reproducible_noise")
    return PrivacyPlan(dp=True, noise_multiplier=sigma, expected_epsilon=expected,
                       acknowledgements=tuple(recorded), **common)


def _floor_1eN(x: float) -> float:
    """The largest power of ten <= x (a round delta to suggest)."""
    return 10.0 ** math.floor(math.log10(x))
