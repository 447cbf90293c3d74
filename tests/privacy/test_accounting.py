"""Accounting: pinned epsilons, calibration round trips, refusals, and an exact-resume ledger."""

from __future__ import annotations

import math

import pytest
from opacus.accountants import PRVAccountant, RDPAccountant

from trainer.errors import UserError
from trainer.privacy.accounting import (
    MAX_NOISE_MULTIPLIER,
    NOT_COVERED,
    PrivacyAccountant,
    calibrate_noise_multiplier,
    check_delta,
    epsilon_for,
    privacy_statement,
)

DELTA = 1e-5
# Opacus 1.6, sigma=1.0, q=0.01, 1000 steps, delta=1e-5 (PRV: eps_upper at eps_error=0.01).
PINNED = {"rdp": 2.1013652716430564, "prv": 1.838371637017295}


def _opacus_epsilon(kind: str, sigma: float, q: float, steps: int) -> float:
    acc = RDPAccountant() if kind == "rdp" else PRVAccountant()
    for _ in range(steps):  # step by step, as Opacus' own optimizer hook does
        acc.step(noise_multiplier=sigma, sample_rate=q)
    return float(acc.get_epsilon(delta=DELTA))


@pytest.mark.parametrize("kind", ["rdp", "prv"])
def test_epsilon_is_pinned_and_matches_stock_opacus(kind):
    acc = PrivacyAccountant(kind=kind)
    acc.step(noise_multiplier=1.0, sample_rate=0.01, num_steps=1000)
    eps = acc.epsilon(delta=DELTA)
    assert eps == pytest.approx(_opacus_epsilon(kind, 1.0, 0.01, 1000), rel=0, abs=1e-9)
    assert eps == pytest.approx(PINNED[kind], rel=0, abs=1e-6)


def test_prv_is_tighter_than_rdp_and_epsilon_grows_with_steps():
    eps = {}
    for kind in ("rdp", "prv"):
        acc = PrivacyAccountant(kind=kind)
        acc.step(noise_multiplier=1.0, sample_rate=0.01, num_steps=500)
        half = acc.epsilon(delta=DELTA)
        acc.step(noise_multiplier=1.0, sample_rate=0.01, num_steps=500)
        eps[kind] = acc.epsilon(delta=DELTA)
        assert 0 < half < eps[kind]
    assert eps["prv"] < eps["rdp"]


def test_no_steps_means_zero_epsilon():
    assert PrivacyAccountant(kind="prv").epsilon(delta=DELTA) == 0.0
    assert PrivacyAccountant(kind="rdp").steps == 0


# (kind, target epsilon, sample rate, steps): PRV cases chosen to calibrate in about a second
CALIBRATION_CASES = [
    ("rdp", 2.0, 0.01, 1000),
    ("prv", 2.0, 0.01, 1000),
    ("rdp", 4.0, 0.05, 100),
    ("rdp", 1.0, 1.0, 1),
    ("prv", 1.0, 1.0, 1),
]


@pytest.mark.parametrize(("kind", "target", "q", "steps"), CALIBRATION_CASES)
def test_calibrated_noise_meets_the_target_tightly(kind, target, q, steps):
    sigma = calibrate_noise_multiplier(
        target_epsilon=target, delta=DELTA, sample_rate=q, steps=steps, accountant=kind
    )
    acc = PrivacyAccountant(kind=kind)
    acc.step(noise_multiplier=sigma, sample_rate=q, num_steps=steps)
    eps = acc.epsilon(delta=DELTA)
    assert eps <= target
    assert eps >= 0.99 * target  # tight: not wasting budget on extra noise
    # and a little less noise would overspend: sigma is (near) the smallest that fits
    less = PrivacyAccountant(kind=kind)
    less.step(noise_multiplier=sigma * 0.99, sample_rate=q, num_steps=steps)
    assert less.epsilon(delta=DELTA) > target


def test_calibration_is_pinned_for_rdp():
    sigma = calibrate_noise_multiplier(
        target_epsilon=2.0, delta=DELTA, sample_rate=0.01, steps=1000, accountant="rdp"
    )
    assert sigma == pytest.approx(1.0225, abs=2e-3)  # the calibration may move only within tol


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(target_epsilon=1.0, delta=DELTA, sample_rate=1.0, steps=1000),  # needs sigma > 100
        dict(target_epsilon=0.05, delta=DELTA, sample_rate=0.01, steps=1000),
    ],
)
def test_impossible_budget_is_refused_with_advice(kwargs):
    with pytest.raises(UserError) as err:
        calibrate_noise_multiplier(**kwargs, accountant="rdp")
    msg = str(err.value)
    assert "privacy.target_epsilon" in msg and f"{MAX_NOISE_MULTIPLIER:g}" in msg
    assert "fewer steps" in msg and "sample rate" in msg


@pytest.mark.parametrize("target", [0.0, -1.0, math.inf, math.nan, 101.0])
def test_nonpositive_or_nonfinite_target_is_a_user_error(target):
    with pytest.raises(UserError, match="privacy.target_epsilon"):
        calibrate_noise_multiplier(
            target_epsilon=target, delta=DELTA, sample_rate=0.1, steps=10, accountant="prv"
        )


@pytest.mark.parametrize(
    "bad",
    [
        dict(sample_rate=0.0),
        dict(sample_rate=1.5),
        dict(steps=0),
        dict(steps=2.5),
        dict(steps=True),
        dict(accountant="gdp"),
    ],
)
def test_calibration_validates_its_arguments(bad):
    kwargs = dict(target_epsilon=8.0, delta=DELTA, sample_rate=0.1, steps=10, accountant="rdp")
    with pytest.raises(ValueError):
        calibrate_noise_multiplier(**{**kwargs, **bad})


def test_calibration_is_keyword_only():
    with pytest.raises(TypeError):
        calibrate_noise_multiplier(8.0, DELTA, 0.1, 10, "rdp")  # type: ignore[misc]


def test_delta_must_be_below_one_over_units():
    check_delta(delta=1e-5, num_units=1000)
    for delta in (1e-3, 2e-3, 0.0, -1e-6, 1.0):
        with pytest.raises(UserError, match="privacy.delta") as err:
            check_delta(delta=delta, num_units=1000)
        assert "1/1000" in str(err.value) and "at most 1e-04" in str(err.value)
    with pytest.raises(ValueError):
        check_delta(delta=1e-5, num_units=0)


def test_history_compresses_consecutive_identical_steps():
    acc = PrivacyAccountant(kind="rdp")
    for _ in range(3):
        acc.step(noise_multiplier=1.0, sample_rate=0.1)
    acc.step(noise_multiplier=1.0, sample_rate=0.1, num_steps=2)
    acc.step(noise_multiplier=2.0, sample_rate=0.1)
    acc.step(noise_multiplier=1.0, sample_rate=0.1)
    assert acc.history == [(1.0, 0.1, 5), (2.0, 0.1, 1), (1.0, 0.1, 1)]
    assert acc.steps == 7


@pytest.mark.parametrize(
    "bad",
    [
        dict(noise_multiplier=0.0),
        dict(noise_multiplier=-1.0),
        dict(noise_multiplier=math.inf),
        dict(sample_rate=0.0),
        dict(sample_rate=1.01),
        dict(num_steps=0),
    ],
)
def test_step_refuses_settings_without_privacy(bad):
    acc = PrivacyAccountant(kind="prv")
    with pytest.raises(ValueError):
        acc.step(**{**dict(noise_multiplier=1.0, sample_rate=0.1, num_steps=1), **bad})
    assert acc.history == []


@pytest.mark.parametrize("kind", ["rdp", "prv"])
def test_resume_from_state_dict_gives_exactly_the_uninterrupted_epsilon(kind):
    full = PrivacyAccountant(kind=kind)
    full.step(noise_multiplier=1.1, sample_rate=0.02, num_steps=300)

    first = PrivacyAccountant(kind=kind)
    for _ in range(120):
        first.step(noise_multiplier=1.1, sample_rate=0.02)
    resumed = PrivacyAccountant(kind=kind)
    resumed.load_state_dict(first.state_dict())
    resumed.step(noise_multiplier=1.1, sample_rate=0.02, num_steps=180)

    assert resumed.history == full.history
    assert resumed.epsilon(delta=DELTA) == full.epsilon(delta=DELTA)  # bit-for-bit


@pytest.mark.parametrize(
    "state",
    [
        {"kind": "rdp", "history": []},  # other accountant
        {"kind": "prv"},  # missing history
        {"kind": "prv", "history": [[1.0, 0.1]]},  # wrong shape
        {"kind": "prv", "history": [[1.0, 0.1, 0]]},  # zero steps
        {"kind": "prv", "history": [[0.0, 0.1, 3]]},  # no noise
        {"kind": "prv", "history": [[1.0, 2.0, 3]]},  # rate > 1
        {"kind": "prv", "history": [], "extra": 1},
        None,
    ],
)
def test_load_state_dict_validates_and_never_loads_partially(state):
    acc = PrivacyAccountant(kind="prv")
    acc.step(noise_multiplier=1.0, sample_rate=0.1, num_steps=3)
    with pytest.raises(ValueError):
        acc.load_state_dict(state)
    assert acc.history == [(1.0, 0.1, 3)]


def test_privacy_statement_is_scoped_to_what_the_guarantee_covers():
    s = privacy_statement(epsilon=8.0, delta=1e-5, unit="member")
    assert s.startswith(
        "Covers the adapter, any suggestions generated from it, and the training checkpoint: "
        "any one member (all of their posts together) changed the probability of any of their "
        "outcomes by at most a factor of e^8.00 ≈ 2981, except with probability at most 1e-05. "
        "Not covered (released in this manifest without DP, for reviewers): "
    )
    for item, _ in NOT_COVERED:  # every item released without DP is named
        assert item in s
    assert "any one post changed" in privacy_statement(epsilon=1.0, delta=1e-6, unit="post")
    assert "No privacy guarantee" in privacy_statement(epsilon=math.inf, delta=1e-5, unit="post")
    with pytest.raises(ValueError):
        privacy_statement(epsilon=1.0, delta=1e-5, unit="household")  # type: ignore[arg-type]


def test_statement_of_a_run_without_a_guarantee_says_so_first():
    assert privacy_statement(epsilon=None, delta=1e-5, unit="member", dp=False).startswith(
        "NOT differentially private")
    assert privacy_statement(epsilon=2.0, delta=1e-5, unit="member",
                             reproducible_noise=True).startswith("NO DP guarantee")


def test_epsilon_for_matches_the_accountant_and_is_inf_where_unbounded():
    acc = PrivacyAccountant(kind="prv")
    acc.step(noise_multiplier=1.1, sample_rate=0.01, num_steps=200)
    assert epsilon_for(noise_multiplier=1.1, sample_rate=0.01, steps=200, delta=1e-5,
                       accountant="prv") == acc.epsilon(delta=1e-5)
    assert epsilon_for(noise_multiplier=1e-9, sample_rate=0.1, steps=5, delta=1e-5,
                       accountant="rdp") > 1e6
    assert epsilon_for(noise_multiplier=0.0, sample_rate=0.1, steps=5, delta=1e-5,
                       accountant="prv") == math.inf
