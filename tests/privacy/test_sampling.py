"""Poisson sampling: batch-size statistics, reproducibility, and exact resume."""

from __future__ import annotations

import math

import pytest
import torch

from trainer.privacy.sampling import PoissonSampler


def _sampler(seed: int = 0, n: int = 1000, q: float = 0.03) -> PoissonSampler:
    return PoissonSampler(num_units=n, sample_rate=q, generator=torch.Generator().manual_seed(seed))


def test_batch_sizes_have_binomial_mean_and_variance():
    n, q, draws = 1000, 0.03, 4000
    sampler = _sampler(n=n, q=q)
    sizes = torch.tensor([len(sampler.sample()) for _ in range(draws)], dtype=torch.float64)
    mean, var = n * q, n * q * (1 - q)  # Binomial(n, q): 30 and 29.1
    assert abs(sizes.mean().item() - mean) < 4 * math.sqrt(var / draws)  # 4 standard errors
    # the sample variance's standard error is about var * sqrt(2 / draws) for a near-normal law
    assert abs(sizes.var().item() - var) < 4 * var * math.sqrt(2 / draws)
    assert sizes.min() < mean < sizes.max()  # sizes vary: not a fixed batch


def test_each_unit_is_included_at_the_sample_rate():
    n, q, draws = 50, 0.2, 4000
    sampler = _sampler(n=n, q=q)
    counts = torch.zeros(n)
    for batch in sampler:
        counts[batch] += 1
        if sampler.draws == draws:
            break
    se = math.sqrt(q * (1 - q) / draws)
    assert (counts / draws - q).abs().max() < 4.5 * se  # every unit, not just on average


def test_batches_are_sorted_distinct_int64_and_may_be_empty():
    sampler = _sampler(n=20, q=0.05)
    batches = [next(sampler) for _ in range(200)]
    for b in batches:
        assert b.dtype == torch.long and b.ndim == 1
        assert torch.equal(b, torch.unique(b))  # sorted, no repeats
        assert b.numel() == 0 or (0 <= b.min() and b.max() < 20)
    assert any(b.numel() == 0 for b in batches)  # (1 - 0.05)^20 = 36% of draws are empty
    assert _sampler(n=5, q=1.0).sample().tolist() == [0, 1, 2, 3, 4]


def test_same_seed_same_batches_other_seed_other_batches():
    a, b, c = _sampler(seed=7), _sampler(seed=7), _sampler(seed=8)
    seq_a = [a.sample().tolist() for _ in range(20)]
    assert seq_a == [b.sample().tolist() for _ in range(20)]
    assert seq_a != [c.sample().tolist() for _ in range(20)]


def test_state_dict_holds_the_draw_count_and_never_the_generator_state():
    sampler = _sampler(seed=3)
    for _ in range(12):
        sampler.sample()
    state = sampler.state_dict()
    assert state == {"num_units": 1000, "sample_rate": 0.03, "draws": 12}
    resumed = _sampler(seed=999)
    resumed.load_state_dict(state)
    assert resumed.draws == 12


def test_state_for_another_mechanism_is_refused():
    state = _sampler(n=1000, q=0.03).state_dict()
    with pytest.raises(ValueError, match="sampling"):
        _sampler(n=999, q=0.03).load_state_dict(state)
    with pytest.raises(ValueError, match="sampling"):
        _sampler(n=1000, q=0.04).load_state_dict(state)
    with pytest.raises(ValueError):
        _sampler().load_state_dict({"draws": 1})


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(num_units=0),
        dict(num_units=2.0),
        dict(sample_rate=0.0),
        dict(sample_rate=1.5),
        dict(generator=None),
    ],
)
def test_arguments_are_validated(kwargs):
    base = dict(num_units=10, sample_rate=0.1, generator=torch.Generator().manual_seed(0))
    with pytest.raises(ValueError):
        PoissonSampler(**{**base, **kwargs})
