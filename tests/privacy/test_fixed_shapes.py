"""Fixed physical shapes, no host syncs, and torch.compile for the DP step.

Fixed shapes: padding a micro-batch with rows (unit_index -1) and columns must not change the
DP gradient. No host syncs: `HostSyncProbe` sees every op that would make the host wait for a
GPU, so a CPU test proves the step never does. Compile: layers compiled around the per-row LoRA
weights give the same gradient as eager, without graph breaks.
"""

from __future__ import annotations

import math

import pytest
import torch
from tiny_lora import make_batch, separate_and_packed, tiny_lora_model

from trainer.losses import per_sequence_loss
from trainer.models.compile import compile_layers
from trainer.privacy.dp_step import DPLoRAGradient
from trainer_dev.host_sync import HostSyncProbe

UNITS = torch.tensor([0, 0, 1, 2, 2, 3])  # units 0 and 2 span two rows


def pad(b, unit_index, *, rows, seq):
    """Append padding columns and padding rows (no real token, unit_index -1): a fixed shape."""
    out = {}
    for k, v in b.items():
        grown = torch.zeros(rows, seq, dtype=v.dtype)
        grown[: v.shape[0], : v.shape[1]] = v
        out[k] = grown
    index = torch.full((rows,), -1, dtype=torch.long)
    index[: len(unit_index)] = unit_index
    return out, index


def dp_step(model, b, unit_index, *, static, c=0.05, nm=0.0):
    dp = DPLoRAGradient(model, max_grad_norm=c, noise_multiplier=nm,
                        generator=torch.Generator().manual_seed(0))
    with dp.rows(b["input_ids"].shape[0]):
        losses = per_sequence_loss(model, **b, static_shapes=static)
    stats = dp.step(losses=losses, unit_index=unit_index, num_units=int(unit_index.max()) + 1,
                    expected_units=2.5)
    grad = torch.cat([p.grad.reshape(-1) for p in model.parameters() if p.requires_grad])
    model.zero_grad(set_to_none=True)
    dp.remove_hooks()
    return grad, stats


def test_padding_to_a_fixed_shape_does_not_change_the_dp_gradient():
    model, b = tiny_lora_model(), make_batch(rows=6)
    want, want_stats = dp_step(model, b, UNITS, static=False)
    fixed, index = pad(b, UNITS, rows=9, seq=16)
    got, stats = dp_step(model, fixed, index, static=True)
    torch.testing.assert_close(got, want, rtol=1e-10, atol=1e-13)
    assert stats.num_units == want_stats.num_units == 4
    assert math.isclose(stats.mean_norm, want_stats.mean_norm, rel_tol=1e-10)


@pytest.mark.parametrize("static", [False, True])
def test_packing_a_units_posts_does_not_change_the_dp_gradient(static):
    separate, packed = separate_and_packed()  # posts 0, 1 -> unit 0; post 2 -> unit 1
    model = tiny_lora_model()
    want, _ = dp_step(model, separate, torch.tensor([0, 0, 1]), static=False, c=0.02)
    got, stats = dp_step(model, packed, torch.tensor([0, 1]), static=static, c=0.02)
    assert stats.num_units == 2 and stats.frac_clipped == 1.0  # both clipped: the test bites
    torch.testing.assert_close(got, want, rtol=1e-10, atol=1e-13)


def test_the_static_dp_step_never_makes_the_host_wait():
    model = tiny_lora_model(torch.float32)
    fixed, index = pad(make_batch(rows=6), UNITS, rows=8, seq=12)
    _, packed = separate_and_packed()
    dp = DPLoRAGradient(model, max_grad_norm=0.05, noise_multiplier=1.0,
                        generator=torch.Generator().manual_seed(0))
    with HostSyncProbe() as probe:
        for _ in range(2):  # two micro-batches of one logical step
            with dp.rows(8):
                losses = per_sequence_loss(model, **fixed, static_shapes=True)
            dp.accumulate(losses=losses, unit_index=index, num_units=4)
        with dp.rows(2):  # and a packed one
            losses = per_sequence_loss(model, **packed, static_shapes=True)
        dp.accumulate(losses=losses, unit_index=torch.tensor([0, 1]), num_units=2)
        stats = dp.finalize(expected_units=2.5)
    assert dict(probe.hits) == {}
    assert stats.num_units == 10 and stats.norms.shape == (10,)


def test_the_probe_sees_the_syncs_of_the_gathering_path():
    model, b = tiny_lora_model(torch.float32), make_batch(rows=6)
    with HostSyncProbe() as probe:
        per_sequence_loss(model, **b)  # validation bool()s, boolean gather, transformers' mask
        torch.ones(3).sum().item()
    hits = " ".join(probe.hits)
    assert "nonzero" in hits or "index.Tensor" in hits
    assert "_local_scalar_dense" in hits and "test_fixed_shapes.py" in hits


@pytest.mark.slow
def test_compiled_layers_give_the_eager_gradient_without_graph_breaks():
    from torch._dynamo.utils import counters

    torch._dynamo.reset()
    counters.clear()
    fixed, index = pad(make_batch(rows=6), UNITS, rows=8, seq=12)
    # 4 layers: layers 1-3 share one compiled graph, each with its own per-row LoRA weights
    want, _ = dp_step(tiny_lora_model(torch.float32, layers=4), fixed, index, static=True, nm=1.0)
    model = tiny_lora_model(torch.float32, layers=4)
    assert compile_layers(model) == 4
    first, _ = dp_step(model, fixed, index, static=True, nm=1.0)
    again, _ = dp_step(model, fixed, index, static=True, nm=1.0)  # reuses the compiled graphs
    torch.testing.assert_close(first, want, rtol=1e-4, atol=1e-6)
    torch.testing.assert_close(again, first, rtol=0, atol=0)
    assert dict(counters["graph_break"]) == {}
    # layer 0's input does not require grad (frozen embeddings), later layers' does: 2 graphs
    # for any depth, compiled once and then reused
    assert counters["stats"]["unique_graphs"] == 2


@pytest.mark.gpu
def test_cuda_dp_step_never_waits_for_the_device():
    device = torch.device("cuda")
    model = tiny_lora_model(torch.float32).to(device)
    fixed, index = pad(make_batch(rows=6), UNITS, rows=8, seq=12)
    fixed = {k: v.to(device) for k, v in fixed.items()}
    dp = DPLoRAGradient(model, max_grad_norm=0.05, noise_multiplier=1.0,
                        generator=torch.Generator(device=device).manual_seed(0))
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], fused=True)

    def step():
        with dp.rows(8), torch.autocast("cuda", dtype=torch.bfloat16):
            losses = per_sequence_loss(model, **fixed, static_shapes=True)
        dp.accumulate(losses=losses, unit_index=index, num_units=4)
        dp.finalize(expected_units=2.5)
        opt.step()
        opt.zero_grad(set_to_none=True)

    step()  # first use initialises CUDA libraries
    torch.cuda.synchronize()
    torch.cuda.set_sync_debug_mode("error")
    try:
        step()
    finally:
        torch.cuda.set_sync_debug_mode("default")
    assert all(bool(torch.isfinite(p).all()) for p in model.parameters())
