"""The privacy plan refuses budgets that protect nobody, on every path, before any training."""

from __future__ import annotations

import math

import pytest

from trainer.errors import UserError
from trainer.privacy.accounting import MAX_TARGET_EPSILON, epsilon_for
from trainer.privacy.plan import MECHANISM_FIELDS, make_plan

BASE = dict(enabled=True, unit="member", num_units=1000, expected_batch_units=16, steps=30,
            epochs=1.0, target_epsilon=8.0, noise_multiplier=None, max_grad_norm=1.0,
            delta=1e-5, accountant="prv", reproducible_noise=False, max_posts_per_member=1,
            seed=0, train_members_sha256="a" * 64, included_posts_sha256="b" * 64)


def plan(**kw):
    return make_plan(**{**BASE, **kw})


def test_calibrated_plan_meets_its_target_and_pins_the_accountant():
    p = plan()
    assert p.dp and p.sample_rate == 16 / 1000 and p.planned_steps == 30
    assert p.expected_epsilon <= 8.0
    assert p.expected_epsilon == epsilon_for(noise_multiplier=p.noise_multiplier,
                                             sample_rate=p.sample_rate, steps=30, delta=1e-5,
                                             accountant="prv")
    assert p.acknowledgements == ()


@pytest.mark.parametrize("sigma", [0.05, 1e-9])
def test_a_fixed_noise_multiplier_is_capped_like_a_target(sigma):
    """Audit: sigma=0.05 trained at epsilon 600, sigma=1e-9 trained without noise."""
    with pytest.raises(UserError, match=f"above the cap of {MAX_TARGET_EPSILON:g}"):
        plan(target_epsilon=None, noise_multiplier=sigma)


def test_delta_must_be_tiny_against_the_number_of_units():
    with pytest.raises(UserError, match="below 1/"):
        plan(num_units=1000, delta=0.5)
    with pytest.raises(UserError, match=r"n\*delta = 0.92"):  # the audit's 3e-3 with 307 units
        plan(num_units=307, expected_batch_units=8, delta=3e-3)
    p = plan(num_units=307, expected_batch_units=8, delta=1e-3, acknowledge=["large_delta"])
    assert p.acknowledgements == ("large_delta",)
    with pytest.raises(UserError, match="remove it"):  # an unneeded acknowledgement
        plan(delta=1e-6, acknowledge=["large_delta"])


def test_too_few_units_need_an_acknowledgement():
    with pytest.raises(UserError, match="few_units"):
        plan(num_units=60, expected_batch_units=6, delta=1e-4)
    p = plan(num_units=60, expected_batch_units=6, delta=1e-4, acknowledge=["few_units"])
    assert p.acknowledgements == ("few_units",)


def test_the_baseline_plan_has_no_noise_and_no_epsilon():
    p = plan(enabled=False, target_epsilon=None)
    assert not p.dp and p.noise_multiplier == 0.0 and p.expected_epsilon is None
    assert p.acknowledgements == ("non_private",)


def test_reproducible_noise_is_recorded_as_an_acknowledgement():
    assert plan(reproducible_noise=True).acknowledgements == ("reproducible_noise",)


def test_a_checkpoint_of_another_mechanism_is_named_field_by_field():
    p = plan()
    saved = p.to_dict()
    assert p.mismatches(saved) == []
    for field, value in [("included_posts_sha256", "c" * 64), ("seed", 1),
                         ("max_posts_per_member", 2), ("noise_multiplier", 0.9),
                         ("num_units", 999)]:
        bad = {**saved, field: value}
        (msg,) = p.mismatches(bad)
        assert msg.startswith(field)
    assert set(MECHANISM_FIELDS) <= set(saved)
    assert math.isclose(saved["sample_rate"], 0.016)
