"""Per-unit gradients of peft LoRA weights, captured inside one backward pass.

For a LoRA linear `y = B(A(x))` (no bias) the gradient of a row's loss with respect to a weight W
of the module `out = x @ W.T` is `g_r.T @ x_r`, with x_r (T, d_in) the module's input and g_r
(T, d_out) the gradient at its output for that row. A forward hook keeps x (autograd keeps it
anyway) and registers a tensor hook on `out`; the tensor hook receives g during backward and turns
(x, g) into per-unit gradients at once, so g is freed as in a normal backward.

Cost: the per-row batched matmul has the same FLOPs as the ordinary weight gradient (R*T*r*d per
weight), and the (R, d_out, d_in) result is small because r is small. The ghost-norm trick costs
T^2 (d_in + d_out) per row instead of T d_in d_out, which is cheaper only when T < ~r, so LoRA
always materialises (see docs/perf-notes.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import Tensor, nn
from torch.utils.hooks import RemovableHandle

from trainer.errors import UserError


@dataclass
class LoraWeight:
    """One trainable LoRA weight and what its hooks captured since the last backward."""

    name: str
    module: nn.Linear
    inputs: list[Tensor] = field(default_factory=list)  # each (R, T, d_in) module input
    outputs: list[Tensor] = field(default_factory=list)  # each (R, T, d_out) module output
    per_unit: Tensor | None = None  # (U, d_out, d_in) fp32, filled during backward
    # Whether backward asks for this output's gradient explicitly. A lora_B output is not asked
    # for when its lora_A is trainable: the path to A's small (R, T, r) output runs through it,
    # and not asking means autograd.grad does not hold B's large (R, T, d_out) gradient.
    request_grad: bool = True

    @property
    def param(self) -> nn.Parameter:
        return self.module.weight


class PerUnitGradCapture:
    """Hooks on every trainable LoRA A/B linear; `backward()` yields per-unit weight gradients.

    Refuses any model with a trainable parameter that is not such a weight: its gradient would
    escape per-unit clipping.
    """

    def __init__(self, model: nn.Module):
        self.weights = find_lora_weights(model)
        self._in_backward = False
        self._unit_index: Tensor | None = None  # (R,) row -> unit, None when row r is unit r
        self._num_units = 0
        self._handles: list[RemovableHandle] = [
            w.module.register_forward_hook(self._make_forward_hook(w)) for w in self.weights
        ]

    def remove(self) -> None:
        """Detach the hooks (the model then trains as a normal, non-private model)."""
        for handle in self._handles:
            handle.remove()
        self._handles.clear()

    def clear(self) -> None:
        """Forget captured activations (e.g. after an exception mid-step)."""
        for w in self.weights:
            w.inputs.clear()
            w.outputs.clear()
            w.per_unit = None

    def backward(self, *, row_loss: Tensor, unit_index: Tensor, num_units: int) -> list[Tensor]:
        """Run one backward of `row_loss.sum()`; return each weight's (U, d_out, d_in) fp32 grads.

        Rows with `unit_index == -1` are excluded from the sum, so they contribute nothing.
        """
        captured = [out for w in self.weights if w.request_grad for out in w.outputs]
        for w in self.weights:
            if len(w.outputs) > 1:
                raise RuntimeError(
                    f"{w.name} ran {len(w.outputs)} forwards since the last DP backward; run "
                    "exactly one forward per accumulate() (gradient checkpointing is unsupported)"
                )
            for x in w.inputs:
                if x.dim() < 2 or x.shape[0] != row_loss.shape[0]:
                    raise RuntimeError(
                        f"{w.name} saw a batch of {x.shape[0]} rows but the loss has "
                        f"{row_loss.shape[0]}: losses must come from the last forward"
                    )
        rows = row_loss.shape[0]
        identity = rows == num_units and bool(
            (unit_index == torch.arange(rows, device=unit_index.device)).all()
        )  # the common unit=post case: row r is unit r, no padding
        if identity:
            total = row_loss.sum()
        else:
            weight = (unit_index >= 0).to(row_loss.dtype)  # (R,) 0 for padding rows
            total = (row_loss * weight).sum()
        self._unit_index = None if identity else unit_index
        self._num_units, self._in_backward = num_units, True
        try:
            if captured and total.requires_grad:
                # Ask only for the small LoRA outputs: the engine runs the backward through the
                # whole body but skips every weight gradient (the tensor hooks do that work).
                torch.autograd.grad(total, captured, allow_unused=True)
            grads = [self._take(w, num_units) for w in self.weights]
        finally:
            self._unit_index, self._in_backward = None, False
            self.clear()
        return grads

    def _take(self, w: LoraWeight, num_units: int) -> Tensor:
        if w.per_unit is None:  # module not used by this loss: zero gradient for every unit
            return w.param.new_zeros((num_units, *w.param.shape))
        return w.per_unit

    def _make_forward_hook(self, w: LoraWeight):
        def forward_hook(module: nn.Module, args: tuple, out: Tensor) -> None:
            if not (torch.is_grad_enabled() and out.requires_grad):
                return  # evaluation or frozen: nothing to clip
            if self._in_backward:
                raise RuntimeError(f"{w.name} ran forward during the DP backward (recompute?)")
            w.inputs.append(args[0])
            w.outputs.append(out)
            out.register_hook(self._make_grad_hook(w, args[0]))

        return forward_hook

    def _make_grad_hook(self, w: LoraWeight, x: Tensor):
        def grad_hook(g: Tensor) -> None:
            if not self._in_backward:
                raise RuntimeError(
                    f"backward reached {w.name} outside DPLoRAGradient.accumulate(); a plain "
                    "loss.backward() would write unclipped gradients"
                )
            w.per_unit = per_unit_grads(
                x=x, g=g, unit_index=self._unit_index, num_units=self._num_units
            )

        return grad_hook


def per_unit_grads(
    *, x: Tensor, g: Tensor, unit_index: Tensor | None, num_units: int
) -> Tensor:
    """Per-unit gradient of `out = x @ W.T`: sum over the unit's rows of g_r.T @ x_r (>= fp32).

    x: (R, ..., d_in), g: (R, ..., d_out), unit_index: (R,) in [-1, num_units), or None when
    row r is unit r (then the per-row gradients are the per-unit ones).
    """
    rows = x.shape[0]
    x = x.reshape(rows, -1, x.shape[-1])  # (R, T, d_in)
    g = g.reshape(rows, -1, g.shape[-1])  # (R, T, d_out)
    dtype = torch.promote_types(x.dtype, g.dtype)  # the dtype autograd would use for dW
    acc = torch.promote_types(dtype, torch.float32)
    per_row = torch.bmm(g.transpose(1, 2).to(dtype), x.to(dtype)).to(acc)  # (R, d_out, d_in)
    if unit_index is None:
        return per_row
    per_unit = per_row.new_zeros((num_units, *per_row.shape[1:]))  # (U, d_out, d_in)
    real = unit_index >= 0  # (R,)
    return per_unit.index_add_(0, unit_index[real], per_row[real])


def find_lora_weights(model: nn.Module) -> list[LoraWeight]:
    """Every trainable `lora_A[adapter]`/`lora_B[adapter]` linear; refuse other trainable params."""
    weights: list[LoraWeight] = []
    understood: set[int] = set()
    for name, module in model.named_modules():
        parts = name.split(".")
        if len(parts) < 2 or parts[-2] not in ("lora_A", "lora_B"):
            continue
        if not (type(module) is nn.Linear and module.weight.requires_grad):
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
    a_names = {w.name for w in weights if ".lora_A." in f".{w.name}"}
    for w in weights:
        w.request_grad = not (".lora_B." in f".{w.name}" and
                              w.name.replace("lora_B", "lora_A") in a_names)
    if not weights:
        raise UserError("the model has no trainable LoRA weights: wrap it with LoRA first")
    return weights
