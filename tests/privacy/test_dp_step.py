"""DPLoRAGradient: per-unit clipping, noise scale and seeding, refusals, references.

References: the ordinary gradient (no clipping, no noise), an explicit per-unit loop (one backward
per unit, clip, sum), and Opacus' hooks-mode DPOptimizer for unit = row.
"""

from __future__ import annotations

import math

import pytest
import torch
from tiny_lora import VOCAB, make_batch, tiny_lora_model

from trainer.errors import UserError
from trainer.losses import per_sequence_loss
from trainer.privacy.dp_step import DPLoRAGradient

UNITS = torch.tensor([0, 0, 1, 2, 2, 3, -1])  # units 0 and 2 span two rows; last row is padding


def dp_for(model, *, max_grad_norm=1e9, noise_multiplier=0.0, seed=0):
    return DPLoRAGradient(model, max_grad_norm=max_grad_norm, noise_multiplier=noise_multiplier,
                          generator=torch.Generator().manual_seed(seed))


def trainable(model):
    return [p for p in model.parameters() if p.requires_grad]


def flat_grad(model):
    return torch.cat([p.grad.reshape(-1) for p in trainable(model)])


def dp_gradient(model, b, *, unit_index=UNITS, expected_units=2.5, **kw):
    """Run one DP step on batch `b`; return the flat gradient it wrote (hooks then removed)."""
    dp = dp_for(model, **kw)
    with dp.rows(b["input_ids"].shape[0]):
        losses = per_sequence_loss(model, **b)
    num_units = int(unit_index.max()) + 1
    stats = dp.step(losses=losses, unit_index=unit_index, num_units=num_units,
                    expected_units=expected_units)
    dp.remove_hooks()
    grad = flat_grad(model)
    model.zero_grad(set_to_none=True)
    return grad, stats


def unit_gradients(model, b, unit_index=UNITS):
    """Reference: each unit's gradient by its own backward -> (U, P)."""
    grads = []
    for u in range(int(unit_index.max()) + 1):
        losses = per_sequence_loss(model, **b)
        g = torch.autograd.grad(losses[unit_index == u].sum(), trainable(model))
        grads.append(torch.cat([x.reshape(-1) for x in g]))
    return torch.stack(grads)


def clip_and_sum(per_unit, c):
    norms = per_unit.norm(dim=1, keepdim=True)
    return (per_unit * (c / (norms + 1e-6)).clamp(max=1.0)).sum(0)


def test_without_clipping_or_noise_equals_ordinary_gradient():
    model, b = tiny_lora_model(), make_batch()
    got, stats = dp_gradient(model, b, expected_units=2.5)
    losses = per_sequence_loss(model, **b)
    want = torch.autograd.grad(losses[UNITS >= 0].sum(), trainable(model))
    want = torch.cat([w.reshape(-1) for w in want]) / 2.5
    # (Scaling the loss by 1/2.5 before backward instead would differ by ~1e-7 relative:
    # Llama's RMSNorm computes in fp32 even in an fp64 model.)
    torch.testing.assert_close(got, want, rtol=1e-10, atol=1e-12)
    assert stats.num_units == 4 and stats.frac_clipped == 0.0


def test_per_unit_clipping_equals_explicit_loop():
    model, b = tiny_lora_model(), make_batch()
    per_unit = unit_gradients(model, b)  # (U, P)
    norms = per_unit.norm(dim=1)
    c = float(norms.median())  # some units clipped, some not
    got, stats = dp_gradient(model, b, max_grad_norm=c, expected_units=1.0)
    torch.testing.assert_close(got, clip_and_sum(per_unit, c), rtol=1e-10, atol=1e-12)
    assert stats.frac_clipped == float((norms > c).float().mean())
    assert math.isclose(stats.mean_norm, float(norms.mean()), rel_tol=1e-9)


def test_each_units_contribution_is_bounded_and_units_spanning_rows_are_clipped_once():
    model, b = tiny_lora_model(), make_batch()
    c = 1e-3  # far below every unit's norm: each contribution must have norm exactly c
    total, _ = dp_gradient(model, b, max_grad_norm=c, expected_units=1.0)
    contributions = []
    for u in range(4):
        only_u = torch.where(UNITS == u, 0, -1)  # every other row becomes padding
        g, stats = dp_gradient(model, b, unit_index=only_u, max_grad_norm=c, expected_units=1.0)
        assert stats.num_units == 1
        assert float(g.norm()) <= c * (1 + 1e-9)
        assert math.isclose(float(g.norm()), c, rel_tol=1e-3)  # two-row units: c, not 2c
        contributions.append(g)
    torch.testing.assert_close(total, torch.stack(contributions).sum(0), rtol=1e-9, atol=1e-15)


def test_matches_opacus_hooks_for_unit_equals_row():
    from opacus import GradSampleModule
    from opacus.optimizers import DPOptimizer

    model, b = tiny_lora_model(), make_batch(rows=5)
    rows = torch.arange(5)
    c = float(unit_gradients(model, b, rows).norm(dim=1).median())
    got, _ = dp_gradient(model, b, unit_index=rows, max_grad_norm=c, expected_units=5.0)

    gsm = GradSampleModule(model, loss_reduction="sum")
    opt = DPOptimizer(torch.optim.SGD(trainable(model), lr=0.0), noise_multiplier=0.0,
                      max_grad_norm=c, expected_batch_size=5, loss_reduction="sum")
    per_sequence_loss(gsm._module, **b).sum().backward()
    opt.pre_step()  # clip per sample, add (zero) noise; with reduction "sum" it does not divide
    want = flat_grad(model)
    gsm._close()
    torch.testing.assert_close(got * 5.0, want, rtol=1e-9, atol=1e-12)


def test_padding_rows_contribute_nothing():
    model, b = tiny_lora_model(), make_batch()
    got, _ = dp_gradient(model, b, max_grad_norm=0.05)
    other = {k: v.clone() for k, v in b.items()}
    other["input_ids"][-1] = torch.randint(0, VOCAB, (10,))  # the padding row: other tokens
    again, _ = dp_gradient(model, other, max_grad_norm=0.05)
    torch.testing.assert_close(got, again, rtol=1e-12, atol=1e-15)


def test_micro_batches_accumulate_to_the_same_gradient():
    model, b = tiny_lora_model(), make_batch()
    whole, _ = dp_gradient(model, b, max_grad_norm=0.05, expected_units=3.0)
    dp = dp_for(model, max_grad_norm=0.05)
    for rows, units in ((slice(0, 3), torch.tensor([0, 0, 1])),
                        (slice(3, 7), torch.tensor([0, 0, 1, -1]))):
        part = {k: v[rows] for k, v in b.items()}
        with dp.rows(len(units)):
            losses = per_sequence_loss(model, **part)
        dp.accumulate(losses=losses, unit_index=units, num_units=2)
    stats = dp.finalize(expected_units=3.0)
    assert stats.num_units == 4
    torch.testing.assert_close(flat_grad(model), whole, rtol=1e-10, atol=1e-14)


def test_noise_std_is_noise_multiplier_times_clip_over_expected_units():
    model = tiny_lora_model(torch.float32)
    nm, c, expected = 1.3, 0.7, 4.0
    dp = dp_for(model, max_grad_norm=c, noise_multiplier=nm)
    draws = []
    for _ in range(100):
        stats = dp.finalize(expected_units=expected)  # empty batch: the gradient is pure noise
        draws.append(flat_grad(model).double())
    assert stats.num_units == 0
    x = torch.cat(draws)
    n, sigma = x.numel(), nm * c / expected
    # chi-square: var(s^2 / sigma^2) = 2 / n; 5 standard deviations
    assert abs(float(x.var()) / sigma**2 - 1) < 5 * math.sqrt(2 / n)
    assert abs(float(x.mean())) < 5 * sigma / math.sqrt(n)


def test_same_seed_same_noise_other_seed_other_noise():
    model = tiny_lora_model(torch.float32)
    draws = []
    for seed in (7, 7, 8):
        dp_for(model, max_grad_norm=1.0, noise_multiplier=1.0, seed=seed).finalize(
            expected_units=1.0)
        draws.append(flat_grad(model).clone())
    assert torch.equal(draws[0], draws[1])
    assert not torch.equal(draws[0], draws[2])


def test_empty_batch_without_noise_gives_zero_gradient():
    model = tiny_lora_model()
    dp = dp_for(model, max_grad_norm=1.0)
    dp.accumulate(losses=torch.zeros(0), unit_index=torch.zeros(0, dtype=torch.long), num_units=0)
    stats = dp.finalize(expected_units=2.0)
    assert stats.num_units == 0 and math.isnan(stats.mean_norm)
    assert bool((flat_grad(model) == 0).all())


def test_refuses_a_trainable_parameter_that_is_not_lora():
    model = tiny_lora_model()
    model.get_base_model().model.norm.weight.requires_grad_(True)
    with pytest.raises(UserError, match="model.norm.weight"):
        dp_for(model)


@pytest.mark.parametrize("kw, match", [
    (dict(max_grad_norm=0.0), "max_grad_norm"),
    (dict(max_grad_norm=float("inf")), "max_grad_norm"),
    (dict(noise_multiplier=-1.0), "noise_multiplier"),
])
def test_validates_arguments(kw, match):
    with pytest.raises(ValueError, match=match):
        dp_for(tiny_lora_model(), **{"max_grad_norm": 1.0, **kw})


def test_rejects_misuse_that_would_leak_unclipped_gradients():
    model, b = tiny_lora_model(), make_batch()
    dp = dp_for(model, max_grad_norm=1.0)
    with pytest.raises(RuntimeError, match="unclipped"):
        per_sequence_loss(model, **b).sum().backward()  # a plain backward reaching LoRA weights
    assert all(p.grad is None for p in trainable(model))
    dp.reset()
    losses = per_sequence_loss(model, **b)  # forward outside rows(): nothing to clip
    with pytest.raises(RuntimeError, match="inside DP rows"):
        dp.accumulate(losses=losses, unit_index=UNITS, num_units=4)
    with dp.rows(7):
        losses = per_sequence_loss(model, **b)
    with pytest.raises(RuntimeError, match="never accumulated"), dp.rows(7):
        pass
    with pytest.raises(ValueError, match="unit_index"):
        dp.accumulate(losses=losses, unit_index=UNITS, num_units=3)
    with pytest.raises(ValueError, match="CPU"):
        dp.accumulate(losses=losses, unit_index=UNITS.to("meta"), num_units=4)
    with pytest.raises(ValueError, match="own at least one row"):
        dp.accumulate(losses=losses, unit_index=torch.where(UNITS == 1, -1, UNITS), num_units=4)
    dp.reset()
    with pytest.raises(RuntimeError, match="rows inside DP rows"), dp.rows(3):
        per_sequence_loss(model, **b)  # 7 rows in a rows(3) block
    dp.reset()
    with pytest.raises(ValueError, match="expected_units"):
        dp.finalize(expected_units=0.0)


def _bf16_vs_fp32(device):
    model, b = tiny_lora_model(torch.float32).to(device), make_batch()
    b = {k: v.to(device) for k, v in b.items()}
    units = UNITS
    want, _ = dp_gradient(model, b, unit_index=units, max_grad_norm=0.05)
    dp = DPLoRAGradient(model, max_grad_norm=0.05, noise_multiplier=0.0,
                        generator=torch.Generator(device=device).manual_seed(0))
    with dp.rows(7), torch.autocast(device.type, dtype=torch.bfloat16):
        losses = per_sequence_loss(model, **b)
    dp.step(losses=losses, unit_index=units, num_units=4, expected_units=2.5)
    got = flat_grad(model)
    assert all(p.grad.dtype == torch.float32 for p in trainable(model))
    assert float((got - want).norm() / want.norm()) < 3e-2


def test_bf16_autocast_matches_fp32_within_bf16_tolerance():
    _bf16_vs_fp32(torch.device("cpu"))


@pytest.mark.gpu
def test_bf16_autocast_on_cuda_matches_fp32():
    _bf16_vs_fp32(torch.device("cuda"))
