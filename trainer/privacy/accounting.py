"""Privacy accounting: a validating wrapper over the Opacus 1.6 PRV and RDP accountants.

The mechanism accounted for is the Poisson-subsampled Gaussian mechanism of DP-SGD under
add/remove-one-unit adjacency (a unit is a member or a post, see `trainer.batching`): each
step samples every unit independently with probability `sample_rate`, clips each sampled
unit's gradient to `max_grad_norm` and adds N(0, (noise_multiplier * max_grad_norm)^2) noise.

Epsilons are upper bounds, never estimates:
- ``rdp``: Opacus' RDP analysis at its default orders, converted to (epsilon, delta) with
  Balle et al. 2020 (Thm. 21); a valid bound at every order, so when the best order is at the
  edge of the grid the bound is only looser, never wrong (Opacus' warning about it is muted).
- ``prv``: Opacus' PRV accountant (Gopi et al. 2021) returns ``eps_upper``, the numerical
  estimate plus its discretisation error (``eps_error=0.01``, ``delta_error=delta/1000``, the
  Opacus defaults, so stock Opacus reproduces our numbers exactly).

Calibration evaluates exactly the history the training loop will record, one entry
``(noise_multiplier, sample_rate, steps)``, so the epsilon reported after the planned steps is
the very number the calibration checked against the target.
"""

from __future__ import annotations

import math
import numbers
import warnings
from typing import Any, Literal

import numpy as np
from opacus.accountants import PRVAccountant, RDPAccountant

from trainer.errors import UserError

AccountantKind = Literal["prv", "rdp"]
KINDS: tuple[str, ...] = ("prv", "rdp")

MAX_NOISE_MULTIPLIER = 100.0  # beyond this the gradient is all noise: refuse rather than train
MAX_TARGET_EPSILON = 100.0  # e^100: no meaningful guarantee, and PRV gets slow down there
PRV_EPS_ERROR = 0.01  # absolute slack in PRV's epsilon upper bound (Opacus default)
CALIBRATION_REL_TOL = 1e-3  # calibrated epsilon lands within 0.1% below the target ...
CALIBRATION_SIGMA_REL_TOL = 1e-6  # ... or the noise multiplier is pinned to 1e-6 relative

History = list[tuple[float, float, int]]


def check_delta(*, delta: float, num_units: int) -> None:
    """Refuse a delta that is not in (0, 1/num_units): larger deltas allow leaking a whole unit."""
    _check_count(num_units, "num_units")
    if not _is_real(delta) or not 0.0 < delta < 1.0 / num_units:
        raise UserError(
            f"privacy.delta={delta!r} must be > 0 and below 1/(number of privacy units) = "
            f"1/{num_units} = {1.0 / num_units:.3g}: with a larger delta a run could reveal one "
            f"unit's data outright and still meet the guarantee; set privacy.delta to at most "
            f"{_suggest_delta(num_units):.0e}"
        )


def calibrate_noise_multiplier(
    *,
    target_epsilon: float,
    delta: float,
    sample_rate: float,
    steps: int,
    accountant: AccountantKind,
) -> float:
    """Smallest noise multiplier (to ~0.1%) whose epsilon after exactly `steps` steps is <= target.

    Searches on the same accountant and history `PrivacyAccountant` will hold after the planned
    steps; the returned value has been evaluated there and satisfies epsilon <= target_epsilon.
    Targets above MAX_TARGET_EPSILON are refused: they promise no meaningful privacy.
    """
    if not _is_real(target_epsilon) or not 0.0 < target_epsilon < math.inf:
        raise UserError(
            f"privacy.target_epsilon={target_epsilon!r} must be a finite number > 0 "
            "(epsilon = 0 would mean infinite noise)"
        )
    if not _is_real(delta) or not 0.0 < delta < 1.0:
        raise UserError(f"privacy.delta={delta!r} must be between 0 and 1 (exclusive)")
    if target_epsilon > MAX_TARGET_EPSILON:
        raise UserError(
            f"privacy.target_epsilon={target_epsilon:g} is above {MAX_TARGET_EPSILON:g}, where "
            "the guarantee means nothing (a factor of e^epsilon); choose a smaller target"
        )
    _check_sample_rate(sample_rate)
    _check_count(steps, "steps")
    _check_kind(accountant)

    seen: dict[float, float] = {0.0: math.inf}

    def eps(sigma: float) -> float:
        """Epsilon after exactly `steps` steps at `sigma` (inf where the accountant gives up)."""
        if sigma not in seen:
            history = [(sigma, float(sample_rate), int(steps))]
            try:
                seen[sigma] = _epsilon_of(accountant, history, float(delta))
            except (ValueError, RuntimeError, FloatingPointError):
                seen[sigma] = math.inf  # cannot be bounded: treat as over budget
        return seen[sigma]

    # RDP is cheap at any sigma; PRV is slow at small sigma, so start it from RDP's answer
    # (PRV is the tighter bound: its sigma is typically 5-10% below RDP's).
    start, factor = 1.0, 2.0
    if accountant == "prv":
        try:
            start = calibrate_noise_multiplier(
                target_epsilon=target_epsilon,
                delta=delta,
                sample_rate=sample_rate,
                steps=steps,
                accountant="rdp",
            )
        except UserError:
            start = MAX_NOISE_MULTIPLIER  # PRV may still fit where RDP does not
        factor = 1.1
    bracket = _bracket(lambda s: eps(s) <= target_epsilon, start=start, factor=factor)
    if bracket is None:
        raise UserError(
            f"privacy.target_epsilon={target_epsilon:g} cannot be met with privacy.delta="
            f"{delta:g} over {steps} steps at sample rate {sample_rate:.4g}: it would need a "
            f"noise multiplier above {MAX_NOISE_MULTIPLIER:g}, which drowns the gradient; raise "
            "privacy.target_epsilon, plan fewer steps (train.steps or train.epochs), or lower "
            "the sample rate (train.expected_batch_units)"
        )
    sigma = _shrink(eps, *bracket, target=target_epsilon)
    if not eps(sigma) <= target_epsilon:  # the invariant of _shrink; never return a bad sigma
        raise RuntimeError(f"calibration failed: epsilon {eps(sigma)} > {target_epsilon}")
    return sigma


def _bracket(fits, *, start: float, factor: float) -> tuple[float, float] | None:
    """(lo, hi) with fits(hi) and not fits(lo); None if even MAX_NOISE_MULTIPLIER does not fit."""
    hi = min(start, MAX_NOISE_MULTIPLIER)
    while not fits(hi):
        if hi >= MAX_NOISE_MULTIPLIER:
            return None
        hi = min(hi * factor, MAX_NOISE_MULTIPLIER)
    lo = hi / factor
    while fits(lo):
        hi, lo = lo, lo / factor
        if lo < 1e-3:  # a budget so loose that (almost) no noise meets it
            return 0.0, hi
    return lo, hi


def _shrink(eps, lo: float, hi: float, *, target: float) -> float:
    """Narrow eps(lo) > target >= eps(hi) until eps(hi) is within CALIBRATION_REL_TOL of target.

    Secant steps through the two latest probes in log-log space (where epsilon is nearly linear
    in sigma) converge in a few evaluations; bisection takes over if they stall.
    """
    aim = target * (1 - CALIBRATION_REL_TOL / 2)  # land just inside the target
    probes, widths = [lo, hi], [hi - lo]
    while (
        target - eps(hi) > CALIBRATION_REL_TOL * target and hi - lo > CALIBRATION_SIGMA_REL_TOL * hi
    ):
        stalled = len(widths) >= 4 and widths[-1] > widths[-4] / 4
        guess = None if stalled else _secant(probes[-2], probes[-1], eps, aim)
        if guess is None:
            mid = (lo + hi) / 2
        else:  # strictly inside the bracket
            mid = min(max(guess, lo + 1e-3 * (hi - lo)), hi - 1e-3 * (hi - lo))
        if eps(mid) <= target:
            hi = mid
        else:
            lo = mid
        probes.append(mid)
        widths.append(hi - lo)
    return hi


def _secant(x1: float, x2: float, eps, aim: float) -> float | None:
    """Where log(epsilon) reaches log(aim) on the line through two probes in log-log space."""
    e1, e2 = eps(x1), eps(x2)
    if min(x1, x2, e1, e2) <= 0 or not math.isfinite(e1 + e2) or e1 == e2:
        return None
    f1, f2 = math.log(e1 / aim), math.log(e2 / aim)
    x = math.log(x1) - f1 * (math.log(x2) - math.log(x1)) / (f2 - f1)
    return math.exp(x) if math.isfinite(x) else None


class PrivacyAccountant:
    """The run's privacy ledger: a history of (noise_multiplier, sample_rate, steps) entries.

    Consecutive steps with identical settings share one entry, exactly as in Opacus, so a run
    resumed from `state_dict()` reports bit-for-bit the epsilon of an uninterrupted run.
    """

    def __init__(self, kind: AccountantKind = "prv") -> None:
        _check_kind(kind)
        self.kind: str = kind
        self._history: History = []
        self._cache: tuple[tuple[tuple[float, float, int], ...], float, float] | None = None

    def step(self, *, noise_multiplier: float, sample_rate: float, num_steps: int = 1) -> None:
        """Record `num_steps` DP-SGD steps taken with this noise multiplier and sample rate."""
        _check_noise(noise_multiplier)
        _check_sample_rate(sample_rate)
        _check_count(num_steps, "num_steps")
        entry = (float(noise_multiplier), float(sample_rate))
        if self._history and self._history[-1][:2] == entry:
            self._history[-1] = (*entry, self._history[-1][2] + int(num_steps))
        else:
            self._history.append((*entry, int(num_steps)))

    def epsilon(self, *, delta: float) -> float:
        """Upper bound on epsilon spent so far at this delta (0.0 before the first step)."""
        if not _is_real(delta) or not 0.0 < delta < 1.0:
            raise ValueError(f"delta must be in (0, 1), got {delta!r}")
        if not self._history:
            return 0.0
        key = tuple(self._history)
        if self._cache is not None and self._cache[:2] == (key, delta):
            return self._cache[2]
        eps = _epsilon_of(self.kind, self._history, float(delta))
        self._cache = (key, float(delta), eps)
        return eps

    @property
    def history(self) -> History:
        """A copy of the ledger: one (noise_multiplier, sample_rate, steps) per run of settings."""
        return list(self._history)

    @property
    def steps(self) -> int:
        """Total number of steps recorded."""
        return sum(n for _, _, n in self._history)

    def state_dict(self) -> dict[str, Any]:
        """Everything needed to continue the ledger: the accountant kind and its history."""
        return {"kind": self.kind, "history": [list(h) for h in self._history]}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        """Restore a ledger; ValueError (and nothing loaded) if of another kind or malformed."""
        if not isinstance(state, dict) or set(state) != {"kind", "history"}:
            raise ValueError("accountant state must be a dict with exactly 'kind' and 'history'")
        if state["kind"] != self.kind:
            raise ValueError(
                f"accountant state is of kind {state['kind']!r} but this accountant is "
                f"{self.kind!r}; epsilon from different accountants cannot be continued"
            )
        if not isinstance(state["history"], list | tuple):
            raise ValueError("accountant state 'history' must be a list of entries")
        restored = PrivacyAccountant(self.kind)
        for i, entry in enumerate(state["history"]):
            if not isinstance(entry, list | tuple) or len(entry) != 3:
                raise ValueError(f"accountant history entry {i} must be [noise, rate, steps]")
            try:
                restored.step(noise_multiplier=entry[0], sample_rate=entry[1], num_steps=entry[2])
            except ValueError as err:
                raise ValueError(f"accountant history entry {i} is invalid: {err}") from None
        self._history = restored._history
        self._cache = None


def epsilon_for(*, noise_multiplier: float, sample_rate: float, steps: int, delta: float,
                accountant: AccountantKind) -> float:
    """Epsilon after `steps` steps at fixed settings; inf where the accountant cannot bound it."""
    _check_kind(accountant)
    if not _is_real(noise_multiplier) or not noise_multiplier > 0 or math.isinf(noise_multiplier):
        return math.inf
    try:
        return _epsilon_of(accountant, [(float(noise_multiplier), float(sample_rate), int(steps))],
                           float(delta))
    except (ValueError, RuntimeError, FloatingPointError, OverflowError):
        return math.inf


# What the manifest releases without DP, and why each is acceptable for an internal record.
NOT_COVERED: tuple[tuple[str, str], ...] = (
    ("member and post id lists (included, train, eval)",
     "who was trained on is the accountability record itself; needed to answer erasure requests"),
    ("eligibility, quarantine and redaction counts",
     "aggregate counts over the whole input; show that the consent policy was applied"),
    ("number of training units, posts per member cap and posts capped",
     "fix the sample rate and the noise; treated as public, as in every DP-SGD analysis"),
    ("held-out eval loss (base and trained)",
     "computed without noise on <= train.eval_max_members consenting held-out members, who are "
     "never trained on; too few for a useful DP estimate; internal quality check"),
)


def privacy_statement(*, epsilon: float | None, delta: float, unit: Literal["member", "post"],
                      dp: bool = True, reproducible_noise: bool = False) -> str:
    """The exact guarantee, scoped to what it covers, in plain words."""
    if unit not in ("member", "post"):
        raise ValueError(f"unit must be 'member' or 'post', got {unit!r}")
    if not dp:
        return ("NOT differentially private: a non-private baseline (privacy.enabled=false), "
                "trained without clipping or noise. The adapter may reveal training posts; it is "
                "for comparisons only and must not be released.")
    if reproducible_noise:
        return ("NO DP guarantee: the noise was derived from the recorded seed "
                "(privacy.reproducible_noise=true), so anyone can regenerate and remove it. For "
                "tests and debugging only; never release this adapter.")
    if not _is_real(delta) or not 0.0 < delta < 1.0:
        raise ValueError(f"delta must be in (0, 1), got {delta!r}")
    if epsilon is None or not _is_real(epsilon) or epsilon < 0 or math.isnan(epsilon):
        raise ValueError(f"epsilon must be a number >= 0, got {epsilon!r}")
    who = "any one member (all of their posts together)" if unit == "member" else "any one post"
    if math.isinf(epsilon):
        return f"No privacy guarantee: {who} may have changed the adapter without bound."
    factor = f"{math.exp(epsilon):.4g}" if epsilon < 700 else f"10^{epsilon / math.log(10):.0f}"
    not_covered = "; ".join(item for item, _ in NOT_COVERED)
    return (
        f"Covers the adapter, any suggestions generated from it, and the training checkpoint: "
        f"{who} changed the probability of any of their outcomes by at most a factor of "
        f"e^{epsilon:.2f} ≈ {factor}, except with probability at most {delta:.3g}. "
        f"Not covered (released in this manifest without DP, for reviewers): {not_covered}."
    )


# --- the math: Opacus, evaluated on a given history -----------------------------------------


def _epsilon_of(kind: str, history: History, delta: float) -> float:
    """Epsilon upper bound of the Opacus accountant `kind` over `history`, at `delta`."""
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        # q = 1 takes log(0) inside Opacus' PRV (handled there); RDP's "optimal order is the
        # smallest/largest alpha" only says the (still valid) bound could be tighter.
        warnings.filterwarnings("ignore", message="Optimal order is the")
        if kind == "rdp":
            acc = RDPAccountant()
            acc.history = list(history)
            eps = acc.get_epsilon(delta=delta)
        else:
            acc = PRVAccountant()
            acc.history = list(history)
            eps = acc.get_epsilon(delta=delta, eps_error=PRV_EPS_ERROR)
    eps = float(eps)
    if math.isnan(eps):
        raise ValueError(f"the {kind} accountant returned NaN for history {history}")
    return max(eps, 0.0)


# --- validation -------------------------------------------------------------------------------


def _is_real(x: Any) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, bool)


def _check_count(n: Any, name: str) -> None:
    if not isinstance(n, numbers.Integral) or isinstance(n, bool) or n < 1:
        raise ValueError(f"{name} must be an integer >= 1, got {n!r}")


def _check_sample_rate(q: Any) -> None:
    if not _is_real(q) or not 0.0 < q <= 1.0:
        raise ValueError(f"sample_rate must be in (0, 1], got {q!r}")


def _check_noise(sigma: Any) -> None:
    if not _is_real(sigma) or not 0.0 < sigma < math.inf:
        raise ValueError(
            f"noise_multiplier must be a finite number > 0, got {sigma!r} (zero noise: no privacy)"
        )


def _check_kind(kind: Any) -> None:
    if kind not in KINDS:
        raise ValueError(f"accountant must be one of {', '.join(KINDS)}, got {kind!r}")


def _suggest_delta(num_units: int) -> float:
    """A round delta well below 1/num_units (at most 1/(10 n), a power of ten)."""
    return 10.0 ** math.floor(math.log10(1.0 / (10 * num_units)))
