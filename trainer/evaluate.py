"""Held-out evaluation: token-weighted next-token loss and perplexity of a model on some units."""

from __future__ import annotations

import math

import torch

from trainer.batching import Units, chunks_by_rows, collate
from trainer.device import autocast
from trainer.losses import per_sequence_loss


@torch.no_grad()
def evaluate(
    model: torch.nn.Module,
    units: Units,
    *,
    pad_id: int,
    max_seq_len: int,
    rows_per_batch: int,
    device: torch.device,
    autocast_dtype: torch.dtype | None,
    fixed_shapes: bool = False,
) -> dict[str, float]:
    """Mean loss per target token over every row of `units`, and its perplexity.

    `fixed_shapes` pads every batch to (rows_per_batch, max_seq_len), as in training.
    """
    was_training = model.training
    model.eval()
    total_loss, total_tokens = torch.zeros((), dtype=torch.float64, device=device), 0
    all_units = torch.arange(units.num_units)
    pad_to = dict(pad_to_rows=rows_per_batch, pad_to_len=max_seq_len) if fixed_shapes else {}
    for chunk in chunks_by_rows(units, all_units, rows_per_batch):
        batch = collate(units, chunk, pad_id=pad_id, max_seq_len=max_seq_len, **pad_to)
        inputs = batch.to(device)
        with autocast(device, autocast_dtype):
            losses = per_sequence_loss(
                model,
                input_ids=inputs.input_ids,
                attention_mask=inputs.attention_mask,
                loss_mask=inputs.loss_mask,
                static_shapes=fixed_shapes,
            )  # (R,) mean over each row's targets
        tokens = inputs.loss_mask.sum(dim=1)  # (R,)
        total_loss += (losses.double() * tokens).sum()
        total_tokens += int(batch.loss_mask.sum())
    model.train(was_training)
    if total_tokens == 0:
        return {"eval_loss": float("nan"), "perplexity": float("nan"), "tokens": 0}
    loss = float(total_loss) / total_tokens
    return {"eval_loss": loss, "perplexity": math.exp(min(loss, 50.0)), "tokens": total_tokens}
