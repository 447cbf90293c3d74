"""The one-run epsilon lower bound (Steinke, Nasr, Jagielski 2023): pinned values and shape."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.stats

from trainer.audit.one_run import (
    epsilon_for_counts,
    epsilon_lower_bound,
    guess_counts,
    p_value,
)


def _naive_p_value(m, guesses, correct, eps, delta):
    """jax_privacy's reference loop (tests/auditing_test.py), kept independent of the port."""
    q = 1 / (1 + math.exp(-eps))
    beta = scipy.stats.binom.sf(correct - 1, guesses, q)
    alpha, alpha_sum = 0.0, 0.0
    for i in range(1, correct + 1):
        alpha_sum += scipy.stats.binom.pmf(correct - i, guesses, q)
        if alpha_sum > i * alpha:
            alpha = alpha_sum / i
    return min(beta + alpha * delta * 2 * m, 1)


@pytest.mark.parametrize("m,guesses,correct", [(10, 10, 10), (100, 10, 9), (1000, 100, 90),
                                               (100, 100, 60)])
@pytest.mark.parametrize("eps", [0.0, 0.5, 1.0, 3.0])
@pytest.mark.parametrize("delta", [0.0, 1e-6, 1e-3, 0.1])
def test_p_value_matches_the_reference_loop(m, guesses, correct, eps, delta):
    assert p_value(m=m, guesses=guesses, correct=correct, epsilon=eps, delta=delta) == \
        pytest.approx(_naive_p_value(m, guesses, correct, eps, delta), rel=1e-9, abs=1e-12)


def test_all_correct_without_delta_has_a_closed_form():
    # r guesses all right: p = sigmoid(eps)^r, so the bound is logit(significance^(1/r)).
    for r in (10, 50, 200):
        q = 0.05 ** (1 / r)
        expected = math.log(q / (1 - q))
        got = epsilon_for_counts(m=r, guesses=r, correct=r, significance=0.05, delta=0.0)
        assert got == pytest.approx(expected, abs=1e-5)


def test_all_guesses_right_with_many_canaries_gives_a_high_bound():
    rng = np.random.default_rng(0)
    included = rng.random(1000) < 0.5
    scores = included + rng.random(1000) * 0.1  # perfectly separated
    bound = epsilon_lower_bound(scores, included, delta=1e-5)
    assert bound.correct == bound.guesses >= 500
    assert bound.epsilon_lower_bound > 4.4  # logit((0.05 / 8) ** (1 / 500)) = 4.50 at most


def test_random_guesses_give_about_zero():
    bounds = []
    for seed in range(20):
        rng = np.random.default_rng(seed)
        included = rng.random(500) < 0.5
        bounds.append(epsilon_lower_bound(rng.random(500), included, delta=1e-5)
                      .epsilon_lower_bound)
    assert np.mean(bounds) < 0.05  # mostly exactly 0; at 95 % at most about 1 in 20 above
    assert sum(b > 0 for b in bounds) <= 3


def test_bound_is_monotone_in_correct_guesses_and_in_confidence():
    eps = [epsilon_for_counts(m=200, guesses=100, correct=c, significance=0.05, delta=1e-5)
           for c in range(50, 101, 5)]
    assert all(a <= b for a, b in zip(eps, eps[1:], strict=False)) and eps[-1] > eps[0]
    loose = epsilon_for_counts(m=200, guesses=100, correct=90, significance=0.2, delta=1e-5)
    tight = epsilon_for_counts(m=200, guesses=100, correct=90, significance=0.01, delta=1e-5)
    assert tight < loose


def test_delta_only_lowers_the_bound():
    no_delta = epsilon_for_counts(m=1000, guesses=100, correct=95, significance=0.05, delta=0.0)
    big_delta = epsilon_for_counts(m=1000, guesses=100, correct=95, significance=0.05,
                                   delta=1e-4)
    assert 0 < big_delta < no_delta


def test_the_bound_never_exceeds_a_true_epsilon_in_simulation():
    """Randomised response at eps=1 is exactly eps-DP: the 95 % bound should stay below 1."""
    eps_true, exceed = 1.0, 0
    for seed in range(40):
        rng = np.random.default_rng(100 + seed)
        included = rng.random(400) < 0.5
        keep = rng.random(400) < 1 / (1 + math.exp(-eps_true))
        scores = np.where(keep, included, ~included) + rng.random(400) * 1e-3
        exceed += epsilon_lower_bound(scores, included, delta=0.0).epsilon_lower_bound > eps_true
    assert exceed <= 4  # ~5 % allowed by the confidence level; typically 0


def test_guess_counts():
    scores = [0.9, 0.8, 0.1, 0.2, 0.5]
    included = [True, False, False, True, True]
    assert guess_counts(scores, included, k_in=2, k_out=2) == (4, 2)
    assert guess_counts(scores, included, k_in=1, k_out=0) == (1, 1)
    with pytest.raises(ValueError):
        guess_counts(scores, included, k_in=3, k_out=3)
