"""DP-SGD gradient for LoRA: per-unit clipping, Gaussian noise, scaling; writes `.grad`.

One logical step, in named steps (as in Opacus):

    rows               the forward uses a per-row leaf copy of each LoRA weight  (per_sample.py)
    per_unit_grads     one backward of sum(per-row loss) -> (R, d_out, d_in) per weight, rows
                       summed into their unit                   -> (U, d_out, d_in)
    clip_and_accumulate   per-unit norm over all LoRA weights, factor min(1, C / (norm + 1e-6)),
                       clipped sum added to fp32 buffers       (repeat for each micro-batch)
    add_noise          N(0, (noise_multiplier * C)^2) per coordinate, fp32, from `generator`
                       (re-seeded each step from OS entropy; four draws summed, see add_noise)
    scale              (clipped_sum + noise) / expected_units  -> param.grad

Usage in the training loop (one `rows()` forward per `accumulate`, each unit wholly inside one
micro-batch, `finalize` exactly once per sampled batch, even an empty one)::

    dp = DPLoRAGradient(model, max_grad_norm=1.0, noise_multiplier=nm, generator=gen)
    for batch in micro_batches:                      # the units Poisson-sampled for this step
        with dp.rows(batch.num_rows), torch.autocast("cuda", dtype=torch.bfloat16):
            losses = per_sequence_loss(model, input_ids=..., attention_mask=..., loss_mask=...)
        dp.accumulate(losses=losses, unit_index=batch.unit_index, num_units=batch.num_units)
    stats = dp.finalize(expected_units=sample_rate * num_units_total)
    optimizer.step(); optimizer.zero_grad(set_to_none=True)

`unit_index` is host-side batch structure and stays on the CPU: validating it there, and
everything else the step does, needs no device-to-host synchronisation, so a GPU step is queued
without waiting. `expected_units` is the expected number of sampled units (Opacus' convention
for Poisson sampling); dividing by the realised count would leak it. `StepStats` norms and the
clipped fraction come from the raw per-unit gradients: they are NOT private; use them for
debugging, never publish them (reading them synchronises with the device).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor, nn

from trainer.privacy.per_sample import PerRowLoRA

CLIP_EPS = 1e-6  # as Opacus: factor = C / (norm + 1e-6)
NOISE_DRAWS = 4  # Gaussian draws summed per coordinate (Opacus secure_mode); same total variance


@dataclass(frozen=True)
class StepStats:
    """Per-step diagnostics. `mean_norm` and `frac_clipped` are NOT differentially private.

    The norms stay on the device; reading `mean_norm` or `frac_clipped` synchronises with it.
    """

    num_units: int  # units clipped this step (all micro-batches)
    max_grad_norm: float
    norms: Tensor | None  # (num_units,) pre-clip per-unit gradient norms, None if no units

    @property
    def mean_norm(self) -> float:
        """Mean pre-clip per-unit gradient norm (nan if no units)."""
        return math.nan if self.norms is None else float(self.norms.mean())

    @property
    def frac_clipped(self) -> float:
        """Fraction of units whose norm exceeded max_grad_norm (nan if none)."""
        if self.norms is None:
            return math.nan
        return float((self.norms > self.max_grad_norm).float().mean())


class DPLoRAGradient:
    """Per-unit clipped, noised gradient of the LoRA weights of a peft model."""

    def __init__(
        self,
        model: nn.Module,
        *,
        max_grad_norm: float,
        noise_multiplier: float,
        generator: torch.Generator,
        clipping: bool = True,
        all_reduce: Callable[[Tensor], None] | None = None,
        adds_noise: bool = True,
    ):
        """clipping=False (with noise_multiplier=0) is the NON-PRIVATE baseline's gradient: the
        same per-unit computation, summed without clipping; only `privacy.enabled=false` asks.

        Several processes (trainer/distributed.py): `all_reduce` sums the flat (clipped sum +
        noise) buffer over ranks in place, and exactly one rank passes `adds_noise=True`, so the
        step's noise is drawn once in total (std noise_multiplier * C, not * sqrt(ranks))."""
        if not (isinstance(max_grad_norm, int | float) and math.isfinite(max_grad_norm)
                and max_grad_norm > 0):
            raise ValueError(f"max_grad_norm must be a finite number > 0, got {max_grad_norm!r}")
        if not (isinstance(noise_multiplier, int | float) and math.isfinite(noise_multiplier)
                and noise_multiplier >= 0):
            raise ValueError(f"noise_multiplier must be finite and >= 0, got {noise_multiplier!r}")
        if not isinstance(generator, torch.Generator):
            raise ValueError("generator must be a torch.Generator on the params' device, seeded "
                             "from OS entropy (trainer.privacy.randomness)")
        if not clipping and noise_multiplier != 0:
            raise ValueError("clipping=False is the non-private baseline: noise must be 0")
        self.clipping = bool(clipping)
        self.max_grad_norm = float(max_grad_norm)
        self.noise_multiplier = float(noise_multiplier)
        self.generator = generator
        self.all_reduce, self.adds_noise = all_reduce, bool(adds_noise)
        if all_reduce is None and not self.adds_noise:
            raise ValueError("adds_noise=False only with all_reduce: another rank adds the noise")
        self.per_row = PerRowLoRA(model)  # refuses non-LoRA trainable params
        self.params = [w.param for w in self.per_row.weights]
        if len({p.device for p in self.params}) > 1:
            raise ValueError("LoRA weights on several devices: the DP step needs them on one")
        self._reset()

    # -- the named steps -------------------------------------------------------------------

    def rows(self, num_rows: int):
        """Context for one micro-batch's forward of `num_rows` rows (see module docstring)."""
        return self.per_row.rows(num_rows)

    def accumulate(self, *, losses: Tensor, unit_index: Tensor, num_units: int) -> None:
        """Clip each unit of one micro-batch and add to the running clipped sum.

        losses: (R,) per-row losses from the forward just run inside `rows(R)`; unit_index: (R,)
        CPU LongTensor in [-1, num_units), -1 for padding rows; num_units: units in this
        micro-batch (each must own at least one row).
        """
        index = _check_micro_batch(losses=losses, unit_index=unit_index, num_units=num_units)
        self._follow_device()
        if num_units == 0:
            self.per_row.clear()
            return
        grads = self.per_unit_grads(losses=losses, unit_index=index, num_units=num_units)
        self.clip_and_accumulate(grads)
        self._units += num_units

    def per_unit_grads(self, *, losses: Tensor, unit_index, num_units: int) -> list[Tensor]:
        """One backward of the sum of real rows' losses; each unit's rows summed -> (U, ...)."""
        rows = losses.shape[0]
        identity = rows == num_units and bool((unit_index == np.arange(rows)).all())
        if identity:  # the common unit=post / one-post-per-member case: row r is unit r
            total = losses.sum()
        else:
            real = _to_device((unit_index >= 0).astype(np.float32), losses.device)  # (R,) 0: pad
            total = (losses * real.to(losses.dtype)).sum()
        per_row = self.per_row.grads(total=total, num_rows=rows)  # each (R, d_out, d_in)
        if identity:
            return per_row
        # padding rows go to a scratch slot U that is dropped: they contribute nothing at all
        slot = _to_device(np.where(unit_index >= 0, unit_index, num_units), losses.device)  # (R,)
        return [g.new_zeros((num_units + 1, *g.shape[1:])).index_add_(0, slot, g)[:num_units]
                for g in per_row]

    def clip_and_accumulate(self, per_unit: list[Tensor]) -> None:
        """Scale each unit's gradient (over all weights) to norm <= C and add it to the sum."""
        units = per_unit[0].shape[0]
        flat = torch.cat([g.reshape(units, -1) for g in per_unit], dim=1)  # (U, P)
        norms = torch.linalg.vector_norm(flat, dim=1)  # (U,)
        factor = (self.max_grad_norm / (norms + CLIP_EPS)).clamp(max=1.0)  # (U,)
        if not self.clipping:  # the non-private baseline: every unit at full weight
            factor = torch.ones_like(factor)
        self._summed.addmv_(flat.T, factor.to(flat.dtype))  # (P,) += sum_u factor_u * g_u
        self._norms.append(norms)

    def add_noise(self) -> None:
        """Add N(0, (noise_multiplier * C)^2) per coordinate to the clipped sum (fp32).

        The noise is the sum of four independent draws of std/2 each (Opacus' `secure_mode`
        recipe): one floating-point Gaussian sample has gaps and a skewed low-order bit pattern
        that can betray the value it was added to (Mironov 2012); the sum of four closes most of
        them. Same distribution, four draws instead of one (measured in scripts/bench_dpsgd.py).
        """
        if not _same_device(self.generator, self._summed):
            raise ValueError(
                f"noise generator is on {self.generator.device}, params on {self._summed.device}"
            )
        std = self.noise_multiplier * self.max_grad_norm
        if std == 0.0:  # the non-private baseline only (DPLoRAGradient(clipping=False))
            return
        for _ in range(NOISE_DRAWS):
            noise = torch.randn(self._summed.shape, generator=self.generator,
                                dtype=self._summed.dtype, device=self._summed.device)  # (P,)
            self._summed.add_(noise, alpha=std / NOISE_DRAWS**0.5)

    def scale(self, *, expected_units: float) -> None:
        """Write (clipped_sum + noise) / expected_units into each LoRA weight's `.grad` (fp32)."""
        self._summed.div_(expected_units)
        offset = 0
        for param in self.params:  # each .grad is a view of the flat buffer
            param.grad = self._summed[offset : offset + param.numel()].view_as(param)
            offset += param.numel()

    def finalize(self, *, expected_units: float) -> StepStats:
        """Noise once, sum over ranks, scale, write `.grad`; returns non-private diagnostics
        (of this rank's units) and resets."""
        if not (isinstance(expected_units, int | float) and math.isfinite(expected_units)
                and expected_units > 0):
            raise ValueError(f"expected_units must be > 0 (sample_rate * num_units), "
                             f"got {expected_units!r}")
        self._follow_device()
        if self.adds_noise:
            self.add_noise()
        if self.all_reduce is not None:
            self.all_reduce(self._summed)  # (P,) every rank's clipped sum + the one noise draw
        self.scale(expected_units=float(expected_units))
        stats = self._stats()
        self._reset()
        return stats

    def step(self, *, losses: Tensor, unit_index: Tensor, num_units: int,
             expected_units: float) -> StepStats:
        """One micro-batch that is the whole logical batch: accumulate then finalize."""
        self.accumulate(losses=losses, unit_index=unit_index, num_units=num_units)
        return self.finalize(expected_units=expected_units)

    def reset(self) -> None:
        """Drop the running sums and the pending micro-batch (e.g. after an error mid-step)."""
        self.per_row.clear()
        self._reset()

    def remove_hooks(self) -> None:
        """Restore plain LoRA layers (afterwards the model trains as an ordinary, non-DP model)."""
        self.per_row.remove()

    # -- internals --------------------------------------------------------------------------

    def _reset(self) -> None:
        # flat fp32 running sum over all LoRA weights in `self.params` order (fp64 in fp64 tests)
        first = self.params[0]
        numel = sum(p.numel() for p in self.params)
        self._summed = torch.zeros(numel, dtype=first.dtype, device=first.device)  # (P,)
        self._norms: list[Tensor] = []
        self._units = 0

    def _follow_device(self) -> None:
        """Re-create the (empty) sum buffer if the model was moved since the last step."""
        if self._summed.device != self.params[0].device:
            if self._norms:
                raise RuntimeError("the model changed device in the middle of a DP step")
            self._reset()

    def _stats(self) -> StepStats:
        norms = torch.cat(self._norms) if self._norms else None
        return StepStats(num_units=self._units, max_grad_norm=self.max_grad_norm, norms=norms)


def _to_device(array: np.ndarray, device: torch.device) -> Tensor:
    """A small host array on `device`; to CUDA from pinned memory, so the host does not wait."""
    t = torch.from_numpy(array)
    if device.type == "cuda":
        return t.pin_memory().to(device, non_blocking=True)
    return t.to(device)


def _same_device(generator: torch.Generator, t: Tensor) -> bool:
    g, d = generator.device, t.device
    return g.type == d.type and (g.index or 0) == (d.index or 0)


def _check_micro_batch(*, losses: Tensor, unit_index: Tensor, num_units: int) -> np.ndarray:
    """Validate one micro-batch on the host; returns unit_index as a numpy array."""
    if losses.dim() != 1:
        raise ValueError(f"losses must be per-row (R,), got shape {tuple(losses.shape)}")
    if not isinstance(unit_index, Tensor) or unit_index.device.type != "cpu":
        raise ValueError("unit_index must be a CPU LongTensor (host-side batch structure; "
                         "checking it on the device would stall the GPU)")
    if unit_index.shape != losses.shape or unit_index.dtype != torch.long:
        raise ValueError("unit_index must be a LongTensor shaped like losses (R,)")
    if not (isinstance(num_units, int) and num_units >= 0):
        raise ValueError(f"num_units must be an int >= 0, got {num_units!r}")
    index = unit_index.numpy()
    if index.size and (index.min() < -1 or index.max() >= num_units):
        raise ValueError(f"unit_index must lie in [-1, {num_units}); -1 marks padding rows")
    if num_units and np.unique(index[index >= 0]).size != num_units:
        raise ValueError(f"each of the {num_units} units must own at least one row of unit_index")
    return index
