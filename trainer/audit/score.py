"""What a trained adapter remembers of each canary: membership scores, exposure, extraction.

All three go through the run's own model (`trainer.suggest.load_run_model`: the base rebuilt
from the manifest, digest-checked, plus the adapter) and the training loss; extraction samples
through `trainer.suggest.sample_continuations`, exactly what `suggest` shows users.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
import torch

from trainer.audit.canaries import Canary, draw_secret, exposure_bits
from trainer.batching import build_units, collate
from trainer.losses import per_sequence_loss
from trainer.redact.redacted import RedactedTexts
from trainer.suggest import sample_continuations

ROWS_PER_BATCH = 128


@torch.no_grad()
def post_losses(model, tokenizer, texts: RedactedTexts, *, max_seq_len: int) -> np.ndarray:
    """Mean token loss of each text, tokenized exactly as training does ([BOS] text [EOS])."""
    units = build_units(texts=texts, member_ids=[str(i) for i in range(len(texts))],
                        tokenizer=tokenizer, max_seq_len=max_seq_len, unit="post",
                        max_posts_per_member=1, seed=0)
    out = []
    for start in range(0, units.num_units, ROWS_PER_BATCH):
        idx = list(range(start, min(start + ROWS_PER_BATCH, units.num_units)))
        batch = collate(units, idx, pad_id=tokenizer.pad_token_id, max_seq_len=max_seq_len)
        b = batch.to(model.device)
        out.append(per_sequence_loss(model, input_ids=b.input_ids,
                                     attention_mask=b.attention_mask,
                                     loss_mask=b.loss_mask).double().cpu())
    return torch.cat(out).numpy() if out else np.zeros(0)


def membership_scores(model, tokenizer, trained_texts: RedactedTexts, *,
                      max_seq_len: int) -> np.ndarray:
    """Loss reduction of each canary's post (as training saw it) from the base to base+adapter:
    the one-run audit's score (higher = more likely trained on)."""
    with model.disable_adapter():
        base = post_losses(model, tokenizer, trained_texts, max_seq_len=max_seq_len)
    tuned = post_losses(model, tokenizer, trained_texts, max_seq_len=max_seq_len)
    return base - tuned


@torch.no_grad()
def secret_log_likelihoods(model, tokenizer, prefix: str, secrets: Sequence[str]) -> np.ndarray:
    """log P(" " + secret | [BOS] prefix) for each secret, summed over the secret's tokens."""
    bos = [tokenizer.bos_token_id] if tokenizer.bos_token_id is not None else []
    texts = [f"{prefix} {s}" for s in secrets]
    enc = tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True)
    rows, masks = [], []
    for ids, offsets in zip(enc["input_ids"], enc["offset_mapping"], strict=True):
        rows.append(bos + list(ids))
        masks.append([0] * len(bos) + [int(start >= len(prefix)) for start, _ in offsets])
    out = []
    for start in range(0, len(rows), ROWS_PER_BATCH):
        chunk = range(start, min(start + ROWS_PER_BATCH, len(rows)))
        width = max(len(rows[i]) for i in chunk)
        ids = torch.full((len(chunk), width), tokenizer.pad_token_id, dtype=torch.long)
        att = torch.zeros_like(ids)
        lm = torch.zeros_like(ids)
        for r, i in enumerate(chunk):
            ids[r, : len(rows[i])] = torch.tensor(rows[i])
            att[r, : len(rows[i])] = 1
            lm[r, : len(rows[i])] = torch.tensor(masks[i])
        lm[:, 0] = 0
        mean = per_sequence_loss(model, input_ids=ids.to(model.device),
                                 attention_mask=att.to(model.device),
                                 loss_mask=lm.to(model.device)).double().cpu()
        out.append(-mean * lm.sum(dim=1).double())  # sum of log-probs over the secret's tokens
    return torch.cat(out).numpy()


def exposures(model, tokenizer, canaries: Sequence[Canary], *, candidates: int,
              rng: random.Random) -> list[float]:
    """Each canary's exposure in bits: the rank of its secret's likelihood under base+adapter
    among `candidates` fresh secrets of the same format after the same prefix."""
    result = []
    for c in canaries:
        pool: list[str] = []
        while len(pool) < candidates:
            s = draw_secret(c.format, rng)
            if s != c.secret:
                pool.append(s)
        ll = secret_log_likelihoods(model, tokenizer, c.prefix, [c.secret, *pool])
        result.append(exposure_bits(float(ll[0]), ll[1:].tolist()))
    return result


def extractions(model, tokenizer, canaries: Sequence[Canary], *, samples: int,
                temperature: float, seed: int) -> list[bool]:
    """Whether any of `samples` continuations of the canary's prefix (sampled as `suggest`
    does, after the BOS token training rows begin with) contains its secret."""
    bos = tokenizer.bos_token or ""
    found = []
    for c in canaries:
        n_tokens = len(tokenizer(" " + c.secret, add_special_tokens=False)["input_ids"])
        texts = sample_continuations(model, tokenizer, prompt=bos + c.prefix, num=samples,
                                     max_new_tokens=n_tokens + 2, temperature=temperature,
                                     seed=seed + c.index)
        found.append(any(c.secret in " ".join(t.split()) for t in texts))
    return found
