"""Per-row gradients of peft LoRA weights, as ordinary autograd outputs of one backward pass.

Inside `PerRowLoRA.rows(R)` every trainable LoRA A/B linear multiplies row r of its input by its
own copy of the weight: a leaf `W.detach().expand(R, d_out, d_in)` (stride 0, no memory), used by
`out = bmm(x, W_rows^T)`. Autograd's gradient with respect to that leaf is exactly the per-row
gradient `g_r^T @ x_r` (R, d_out, d_in): the same FLOPs as the ordinary weight gradient, computed
by the same kind of kernel, in the same single backward. Because it is plain autograd (no hooks
firing during backward, no Python side effects), the decoder layers around it can be
`torch.compile`d into whole graphs and replayed.

Outside `rows()`, the modules compute `F.linear(x, W)` as before (evaluation, generation). A
backward that reaches a LoRA weight itself can only come from a plain `loss.backward()` outside
the DP step, which would write unclipped gradients: a hook on each weight raises instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torch.utils.hooks import RemovableHandle

from trainer.errors import UserError


class PerRowLinear(nn.Linear):
    """An `nn.Linear` (no bias) that uses `per_row[r]` as the weight for input row r when set."""

    per_row: Tensor | None  # (R, d_out, d_in) leaf (an expanded view of the weight), or None

    def forward(self, x: Tensor) -> Tensor:
        w = self.per_row
        if w is None:
            return F.linear(x, self.weight)
        if x.shape[0] != w.shape[0]:
            raise RuntimeError(
                f"a LoRA layer got {x.shape[0]} rows inside DP rows({w.shape[0]}); run each "
                "micro-batch's forward inside rows(R) with R = its number of rows"
            )
        xs = x.reshape(w.shape[0], -1, x.shape[-1])  # (R, T, d_in)
        out = torch.bmm(xs, w.transpose(1, 2))  # (R, T, d_out)
        return out.reshape(*x.shape[:-1], w.shape[1])


@dataclass
class LoraWeight:
    """One trainable LoRA weight and the per-row leaf it uses inside `rows()`."""

    name: str
    module: PerRowLinear

    @property
    def param(self) -> nn.Parameter:
        return self.module.weight


class PerRowLoRA:
    """Turns every trainable LoRA A/B linear into a `PerRowLinear`; yields per-row gradients.

    Refuses any model with a trainable parameter that is not such a weight: its gradient would
    escape per-unit clipping.
    """

    def __init__(self, model: nn.Module):
        self.weights = find_lora_weights(model)
        self._rows = 0  # R of the last rows() block; 0 = none since the last grads()
        self._leaves: list[Tensor] = []  # that block's per-row leaves, in `weights` order
        self._handles: list[RemovableHandle] = []
        for w in self.weights:
            w.module.__class__ = PerRowLinear  # same layout as nn.Linear; forward differs
            w.module.per_row = None
            self._handles.append(w.param.register_hook(_refuse_plain_backward(w.name)))

    @contextlib.contextmanager
    def rows(self, num_rows: int) -> Iterator[None]:
        """Forwards inside use a per-row leaf weight for each of `num_rows` input rows."""
        if not (isinstance(num_rows, int) and num_rows >= 1):
            raise ValueError(f"rows must be an int >= 1, got {num_rows!r}")
        if self._rows:
            raise RuntimeError("the previous rows() block was never accumulated; call "
                               "accumulate() after each micro-batch's forward (or reset())")
        self._leaves = []
        for w in self.weights:
            leaf = w.param.detach().unsqueeze(0).expand(num_rows, *w.param.shape)
            w.module.per_row = leaf.requires_grad_()  # (R, d_out, d_in), no copy
            self._leaves.append(w.module.per_row)
        self._rows = num_rows
        try:
            yield
        finally:  # the leaves stay referenced by the autograd graph until grads() runs
            for w in self.weights:
                w.module.per_row = None

    def grads(self, *, total: Tensor, num_rows: int) -> list[Tensor]:
        """Per-row gradients of `total` for each weight -> (R, d_out, d_in) each (>= fp32).

        `total` must come from forwards run inside the last `rows(num_rows)` block.
        """
        if self._rows == 0:
            raise RuntimeError("no forward ran inside DP rows(R) since the last step: run the "
                               "micro-batch's forward inside it, then accumulate()")
        if num_rows != self._rows:
            raise RuntimeError(f"the loss has {num_rows} rows but the forward ran inside "
                               f"rows({self._rows})")
        leaves, self._leaves, self._rows = self._leaves, [], 0
        grads: list[Tensor | None] = [None] * len(leaves)
        if total.requires_grad:
            grads = list(torch.autograd.grad(total, leaves, allow_unused=True))
        out = []
        for w, leaf, g in zip(self.weights, leaves, grads, strict=True):
            acc = torch.promote_types(w.param.dtype, torch.float32)
            out.append(leaf.new_zeros(leaf.shape, dtype=acc) if g is None else g.to(acc))
        return out

    def clear(self) -> None:
        """Forget the last rows() block (e.g. after an exception mid-step)."""
        self._rows, self._leaves = 0, []

    def remove(self) -> None:
        """Restore plain `nn.Linear` modules and drop the guard hooks (non-DP training)."""
        for handle in self._handles:
            handle.remove()
        self._handles.clear()
        for w in self.weights:
            if type(w.module) is PerRowLinear:
                del w.module.per_row
                w.module.__class__ = nn.Linear


def _refuse_plain_backward(name: str):
    def hook(grad: Tensor) -> Tensor:
        raise RuntimeError(
            f"backward reached {name} outside the DP step; a plain loss.backward() would write "
            "unclipped gradients (run the forward inside DPLoRAGradient.rows() and accumulate())"
        )

    return hook


def find_lora_weights(model: nn.Module) -> list[LoraWeight]:
    """Every trainable `lora_A[adapter]`/`lora_B[adapter]` linear; refuse other trainable params."""
    weights: list[LoraWeight] = []
    understood: set[int] = set()
    for name, module in model.named_modules():
        parts = name.split(".")
        if len(parts) < 2 or parts[-2] not in ("lora_A", "lora_B"):
            continue
        if type(module) not in (nn.Linear, PerRowLinear) or not module.weight.requires_grad:
            continue
        if module.bias is not None:
            raise UserError(f"{name} has a bias (lora_bias=True); the DP step supports plain LoRA")
        weights.append(LoraWeight(name=f"{name}.weight", module=module))
        understood.add(id(module.weight))
    for name, param in model.named_parameters():
        if param.requires_grad and id(param) not in understood:
            raise UserError(
                f"trainable parameter {name} is not a LoRA A/B linear weight, so its gradient "
                "could not be clipped per unit (privacy would not hold): freeze it"
            )
        if param.requires_grad and param.dtype not in (torch.float32, torch.float64):
            raise UserError(f"LoRA parameter {name} is {param.dtype}; keep LoRA weights in fp32 "
                            "(clipping and noise are computed in fp32)")
    if not weights:
        raise UserError("the model has no trainable LoRA weights: wrap it with LoRA first")
    return weights
