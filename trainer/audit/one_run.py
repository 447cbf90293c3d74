"""Empirical epsilon lower bound from one training run (Steinke, Nasr, Jagielski, 2023).

"Privacy Auditing with One (1) Training Run", arXiv:2305.08846. Each of ``m`` canaries is
included by an independent fair coin. After training, an auditor scores every canary, guesses
"in" for the ``k_in`` highest scores and "out" for the ``k_out`` lowest, and abstains on the
rest. Under (eps, delta)-DP the number of correct guesses among ``r = k_in + k_out`` is
stochastically dominated by Binomial(r, e^eps / (1 + e^eps)), up to a delta term (the paper's
Theorem 5.2). The largest eps whose p-value for the observed count is below 1 - confidence is
rejected: that eps is the lower bound.

The p-value is a port of ``_one_run_p_value`` in google-deepmind/jax_privacy
(``jax_privacy/auditing.py``); the guess sizes are a fixed grid with a Bonferroni correction,
so that choosing the best guess after seeing the scores does not inflate the bound.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.optimize
import scipy.special
import scipy.stats

# The tests tried: k_in = fraction * m, with k_out = 0 (only "in" guesses: when few included
# canaries were sampled at all, their scores stand out but the rest do not) or k_out = k_in.
GUESS_FRACTIONS = (1 / 16, 1 / 8, 1 / 4, 1 / 2)


def p_value(*, m: int, guesses: int, correct: int, epsilon: float, delta: float) -> float:
    """P[at least `correct` of `guesses` right] under an (epsilon, delta)-DP mechanism.

    beta is the Binomial(guesses, sigmoid(epsilon)) tail at `correct`; the delta term is
    ``2 m delta * max_i (P[X >= correct - i] - beta) / i`` (Theorem 5.2 of the paper).
    """
    _check_counts(m=m, guesses=guesses, correct=correct)
    if correct == 0:
        return 1.0
    q = scipy.special.expit(epsilon)
    binom = scipy.stats.binom
    beta = float(binom.sf(correct - 1, guesses, q))
    if delta == 0:
        return beta
    i = np.arange(1, correct + 1)
    alpha = float(np.max((binom.sf(correct - i - 1, guesses, q) - beta) / i, initial=0.0))
    return min(beta + alpha * delta * 2 * m, 1.0)


def epsilon_for_counts(
    *, m: int, guesses: int, correct: int, significance: float, delta: float
) -> float:
    """The largest epsilon rejected at `significance` by `correct` of `guesses`; 0 if none."""
    if not 0.0 < significance < 1.0:
        raise ValueError(f"significance must be in (0, 1), got {significance}")
    if not 0.0 <= delta <= 1.0:
        raise ValueError(f"delta must be in [0, 1], got {delta}")

    def objective(eps: float) -> float:  # > 0 while the eps-DP claim is rejected
        return significance - p_value(m=m, guesses=guesses, correct=correct, epsilon=eps,
                                      delta=delta)

    if objective(0.0) <= 0:
        return 0.0
    lo, hi = 0.0, 1.0
    while objective(hi) > 0:  # bounded: p -> 1 as eps grows unless every guess is right
        lo, hi = hi, hi * 2
        if hi > 1e3:
            return lo
    return float(scipy.optimize.brentq(objective, lo, hi, xtol=1e-6))


def guess_counts(
    scores: Sequence[float], included: Sequence[bool], *, k_in: int, k_out: int
) -> tuple[int, int]:
    """(guesses, correct): "in" for the k_in highest scores, "out" for the k_out lowest."""
    s = np.asarray(scores, dtype=float)
    inc = np.asarray(included, dtype=bool)
    if s.shape != inc.shape or s.ndim != 1:
        raise ValueError("scores and included must be 1-D and of equal length")
    if k_in < 0 or k_out < 0 or k_in + k_out > s.size:
        raise ValueError(f"k_in={k_in} and k_out={k_out} must be >= 0 and sum to <= {s.size}")
    order = np.argsort(-s, kind="stable")  # highest first; canary order is random already
    correct = int(inc[order[:k_in]].sum()) + int((~inc[order[s.size - k_out :]]).sum())
    return k_in + k_out, correct


@dataclass(frozen=True)
class AuditBound:
    """The reported bound and the test that gave it."""

    epsilon_lower_bound: float
    confidence: float
    k_in: int
    k_out: int
    guesses: int
    correct: int
    tests: int  # guess sizes tried (Bonferroni: each at (1 - confidence) / tests)


def epsilon_lower_bound(
    scores: Sequence[float],
    included: Sequence[bool],
    *,
    confidence: float = 0.95,
    delta: float,
    fractions: Sequence[float] = GUESS_FRACTIONS,
) -> AuditBound:
    """The best bound over the guesses in `fractions`, valid at `confidence` (Bonferroni)."""
    m = len(scores)
    if m < 2:
        raise ValueError("the one-run audit needs at least 2 canaries")
    ks = sorted({max(1, min(m // 2, round(f * m))) for f in fractions})
    tests = [(k, k_out) for k in ks for k_out in (0, k)]  # "in" only, and "in" + "out"
    significance = (1.0 - confidence) / len(tests)
    best: AuditBound | None = None
    for k_in, k_out in tests:
        guesses, correct = guess_counts(scores, included, k_in=k_in, k_out=k_out)
        eps = epsilon_for_counts(m=m, guesses=guesses, correct=correct,
                                 significance=significance, delta=delta)
        if best is None or eps > best.epsilon_lower_bound:
            best = AuditBound(eps, confidence, k_in, k_out, guesses, correct, len(tests))
    assert best is not None
    return best


def _check_counts(*, m: int, guesses: int, correct: int) -> None:
    if not 0 <= correct <= guesses <= m:
        raise ValueError(f"need 0 <= correct ({correct}) <= guesses ({guesses}) <= m ({m})")
