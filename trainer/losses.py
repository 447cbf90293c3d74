"""Per-sequence next-token loss that never materialises the full (R, T, V) logits.

Convention (shared with `trainer/batching.py`): `loss_mask[r, t] = 1` iff `input_ids[r, t]` is a
real token that is a prediction target, predicted from positions `< t`; so `loss_mask[:, 0]` is
always 0 and the hidden state at position `t - 1` predicts `input_ids[:, t]`.

The model body runs once; the output head is applied to the target positions only, a chunk of
tokens at a time, by `_FusedLinearCrossEntropy`, which computes each chunk's loss and its gradient
with respect to the hidden states in the forward pass and keeps only that (N, H) gradient. Peak
memory is one (chunk, V) logits block instead of (R, T, V), and there is no recomputation.

`static_shapes=True` is for fixed-shape batches on accelerators and compiled models: every
position goes through the head (targets weighted by the mask, instead of gathered), the attention
mask is built here as a 4D boolean tensor (instead of by transformers, which inspects its values),
and the checks are asynchronous device assertions. Nothing then depends on the values of the
batch, so the host never waits for the device.

Packed rows (`segment_ids`, `position_ids`; see `trainer.batching.collate`) hold several posts of
one unit as segments: a block-diagonal causal mask keeps each post to itself, and the row's loss
is the sum of its segments' mean losses, the same as those posts on separate rows.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from trainer.errors import UserError
from trainer.models.layout import decoder_and_head

LOGITS_BLOCK_ELEMENTS = 1 << 24  # default chunk: ~16M logits (64 MiB in fp32) at a time


def per_sequence_loss(
    model: nn.Module,
    *,
    input_ids: Tensor,
    attention_mask: Tensor | None,
    loss_mask: Tensor,
    segment_ids: Tensor | None = None,
    position_ids: Tensor | None = None,
    chunk_size: int | None = None,
    static_shapes: bool = False,
) -> Tensor:
    """Mean next-token cross-entropy of each row's targets -> (R,) fp32 (fp64 for fp64 models).

    Rows without targets get 0 and no gradient. `attention_mask=None` means no padding at all
    (SDPA's causal kernels, e.g. flash attention, can then run). Packed rows pass `segment_ids`
    (R, T) (0 = padding) and `position_ids`: each segment attends only to itself, and the row's
    loss is the *sum of its segments' mean losses*, exactly what the same posts give as
    separate rows of one unit.

    `model` is a Hugging Face causal LM, optionally wrapped by peft. Rows are independent, so the
    gradient of `loss[r]` depends on row r only (what per-unit clipping needs).
    """
    _check_batch(input_ids=input_ids, attention_mask=attention_mask, loss_mask=loss_mask,
                 segment_ids=segment_ids, position_ids=position_ids, asynchronous=static_shapes)
    body, head = decoder_and_head(model)
    mask = attention_mask
    if segment_ids is not None:
        if not _uses_sdpa(body):
            raise UserError("packed rows (train.pack_posts=true) need a model with SDPA attention")
        mask = _segment_mask(segment_ids)  # (R, 1, T, T) bool
    elif static_shapes and attention_mask is not None and _uses_sdpa(body):
        mask = _segment_mask(attention_mask)  # (R, 1, T, T) bool: one segment per row
    hidden = body(input_ids=input_ids, attention_mask=mask, position_ids=position_ids,
                  use_cache=False).last_hidden_state
    # hidden: (R, T, H); the hidden state at t predicts input_ids[:, t + 1]
    if chunk_size is None:
        chunk_size = max(1, LOGITS_BLOCK_ELEMENTS // _vocab_size(head))
    targets = loss_mask[:, 1:]  # (R, T-1)
    weight = _target_weights(targets, None if segment_ids is None else segment_ids[:, 1:])

    if static_shapes:  # every position, weighted: shapes fixed by (R, T) alone
        rows, width = targets.shape
        h = hidden[:, :-1].reshape(rows * width, -1)  # (R*(T-1), H)
        y = torch.where(targets.bool(), input_ids[:, 1:], 0).reshape(-1)  # (R*(T-1),)
        token_loss = token_cross_entropy(head, h, y, chunk_size=chunk_size)  # fp32
        return (token_loss.view(rows, width) * weight.to(token_loss.dtype)).sum(dim=1)  # (R,)

    selected = targets.bool()  # (R, T-1)
    h = hidden[:, :-1][selected]  # (N, H) only positions that predict a target
    y = input_ids[:, 1:][selected]  # (N,)
    rows = torch.arange(input_ids.shape[0], device=input_ids.device)
    row_of = rows[:, None].expand_as(selected)[selected]  # (N,)
    token_loss = token_cross_entropy(head, h, y, chunk_size=chunk_size)  # (N,) fp32
    weighted = token_loss * weight[selected].to(token_loss.dtype)  # (N,)
    return token_loss.new_zeros(input_ids.shape[0]).index_add(0, row_of, weighted)  # (R,)


def _target_weights(targets: Tensor, segments: Tensor | None) -> Tensor:
    """(R, T-1) weight of each target: 1 / (targets in its row, or in its row's segment)."""
    t = targets.to(torch.float64)
    if segments is None:
        return t / t.sum(dim=1, keepdim=True).clamp(min=1)
    width = segments.shape[1]
    counts = t.new_zeros(t.shape[0], width + 2).scatter_add_(1, segments, t)  # (R, ids)
    return t / counts.gather(1, segments).clamp(min=1)


def _segment_mask(segment_ids: Tensor) -> Tensor:
    """(R, T) segment ids (0 = padding) -> (R, 1, T, T) bool, True where query t may attend to
    key s: s <= t, same segment, key not padding.

    A query that would see no key at all (padding) attends to every key instead, so that softmax
    stays finite; such positions are never targets, and no real position attends to them.
    """
    width = segment_ids.shape[1]
    causal = torch.ones(width, width, dtype=torch.bool, device=segment_ids.device).tril()
    seg = segment_ids.long()
    same = seg[:, :, None] == seg[:, None, :]  # (R, T, T)
    mask = (causal[None] & same & (seg[:, None, :] > 0))[:, None]  # (R, 1, T, T)
    return mask | ~mask.any(dim=-1, keepdim=True)


def _uses_sdpa(body: nn.Module) -> bool:
    return getattr(getattr(body, "config", None), "_attn_implementation", None) == "sdpa"


def token_cross_entropy(head: nn.Module, h: Tensor, y: Tensor, *, chunk_size: int) -> Tensor:
    """Cross-entropy of `head(h)` against `y`, per token -> (N,) >= fp32, in chunks of tokens."""
    if isinstance(head, nn.Linear) and head.bias is None and not head.weight.requires_grad:
        return _FusedLinearCrossEntropy.apply(h, head.weight, y, chunk_size)
    # A trainable or non-linear head: plain autograd per chunk (keeps each chunk's logits).
    parts = [
        F.cross_entropy(_at_least_fp32(head(h[s : s + chunk_size])), y[s : s + chunk_size],
                        reduction="none")
        for s in range(0, h.shape[0], chunk_size)
    ]
    return torch.cat(parts) if parts else h.new_zeros(0, dtype=torch.float32)


def _at_least_fp32(t: Tensor) -> Tensor:
    return t.to(torch.promote_types(t.dtype, torch.float32))


class _FusedLinearCrossEntropy(torch.autograd.Function):
    """Per-token CE of `h @ W.T`, W frozen; d loss/d h is computed chunk by chunk in forward."""

    @staticmethod
    def forward(ctx, h: Tensor, weight: Tensor, y: Tensor, chunk_size: int) -> Tensor:
        need_grad = ctx.needs_input_grad[0]
        acc = torch.promote_types(h.dtype, torch.float32)  # fp32, or fp64 for fp64 models
        losses = torch.empty(h.shape[0], dtype=acc, device=h.device)  # (N,)
        grad_h = torch.empty_like(h) if need_grad else None  # (N, H)
        for s in range(0, h.shape[0], chunk_size):
            hc, yc = h[s : s + chunk_size], y[s : s + chunk_size]  # (n, H), (n,)
            logits = (hc @ weight.T).to(acc)  # (n, V); autocast picks the matmul dtype
            lse = torch.logsumexp(logits, dim=-1)  # (n,)
            losses[s : s + chunk_size] = lse - logits.gather(1, yc[:, None]).squeeze(1)
            if need_grad:
                probs = logits.sub_(lse[:, None]).exp_()  # (n, V) softmax, in place
                probs[torch.arange(yc.shape[0], device=yc.device), yc] -= 1.0
                grad_h[s : s + chunk_size] = (probs.to(weight.dtype) @ weight).to(h.dtype)
        ctx.save_for_backward(grad_h)
        return losses

    @staticmethod
    def backward(ctx, grad_losses: Tensor):
        (grad_h,) = ctx.saved_tensors  # (N, H)
        return grad_losses[:, None].to(grad_h.dtype) * grad_h, None, None, None


def _vocab_size(head: nn.Module) -> int:
    weight = getattr(head, "weight", None)
    return int(weight.shape[0]) if weight is not None else int(head.out_features)


def _check_batch(*, input_ids: Tensor, attention_mask: Tensor | None, loss_mask: Tensor,
                 segment_ids: Tensor | None, position_ids: Tensor | None,
                 asynchronous: bool) -> None:
    if input_ids.dim() != 2:
        raise ValueError(f"input_ids must be (R, T), got shape {tuple(input_ids.shape)}")
    if (segment_ids is None) != (position_ids is None):
        raise ValueError("packed rows need both segment_ids and position_ids")
    for name, t in (("attention_mask", attention_mask), ("loss_mask", loss_mask),
                    ("segment_ids", segment_ids), ("position_ids", position_ids)):
        if t is not None and t.shape != input_ids.shape:
            raise ValueError(f"{name} shape {tuple(t.shape)} != input_ids {tuple(input_ids.shape)}")
    checks = []
    if input_ids.shape[1]:
        checks.append((~loss_mask[:, 0].bool().any(),
                       "loss_mask[:, 0] must be 0: nothing predicts the first token"))
    if attention_mask is not None:
        checks.append((~(loss_mask.bool() & ~attention_mask.bool()).any(),
                       "loss_mask marks a padding position (attention_mask 0) as a target"))
    if segment_ids is not None and input_ids.shape[1]:
        crossing = loss_mask[:, 1:].bool() & (segment_ids[:, 1:] != segment_ids[:, :-1])
        checks.append((~crossing.any(),
                       "loss_mask marks a segment's first token as a target (it would be "
                       "predicted from another post)"))
        checks.append((((segment_ids >= 0) & (segment_ids <= input_ids.shape[1])).all(),
                       "segment_ids must lie in [0, T]"))
    for ok, message in checks:
        if asynchronous:  # raised by the device when it gets there; the host does not wait
            torch._assert_async(ok, message)
        elif not bool(ok):
            raise ValueError(message)
