"""Training of the learned name tagger (the shipped opt-in ``trainer.redact.name_tagger``) for
``scripts/train_name_tagger.py`` and the leave-one-generator-out experiment
(``trainer_dev.tagger_experiment``); not part of the redactor.

The model is a multinomial logistic regression (classes O, NAME, ADDR) over hashed features of
CANDIDATE tokens (``trainer.redact.name_tagger_features``): [2**BITS, 3] weights. Training:
Adagrad on the summed bucket weights, mini-batches, a few epochs, sparse updates (only the
buckets a batch touches), numpy on one thread. The tokenizer, features and scoring live in
``trainer.redact.name_tagger`` (one copy); training stays here.
"""

from __future__ import annotations

import numpy as np

from trainer.redact.name_tagger import CLASSES, NAME, Tagger, softmax  # noqa: F401  (re-exported)
from trainer.redact.name_tagger_features import (  # noqa: F401
    BITS,
    WIDTH,
    Featurizer,
    Lexicon,
    tokenize,
    window,
)


def train(
    feats: np.ndarray,
    labels: np.ndarray,
    *,
    bits: int = BITS,
    epochs: int = 3,
    lr: float = 0.3,
    seed: int = 0,
    row_weight: np.ndarray | None = None,
) -> np.ndarray:
    """Multinomial logistic regression on summed bucket weights (Adagrad, mini-batches of
    2,048 rows, sparse updates, numpy on one thread); returns [2**bits, 3] float32 weights.
    ``row_weight`` (float32 per row) scales each row's loss (v8: PII-free rows count more);
    None is the unweighted loss, computed exactly as before it existed (v5-v7 rebuild bit for
    bit)."""
    rng = np.random.default_rng(seed)
    ids = feats.astype(np.intp)
    size, k = 1 << bits, len(CLASSES)
    weights = np.zeros((size, k), dtype=np.float32)
    accum = np.full((size, k), 1e-6, dtype=np.float32)
    onehot = np.eye(k, dtype=np.float32)[labels]
    batch = 2048
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for s in range(0, len(order), batch):
            sel = order[s : s + batch]
            rows = ids[sel]  # (b, width)
            z = weights[rows].sum(axis=1)  # (b, k)
            grad_out = (softmax(z) - onehot[sel]) / len(sel)
            if row_weight is not None:
                grad_out *= row_weight[sel, None]
            used, inverse = np.unique(rows.ravel(), return_inverse=True)
            per_row = np.repeat(np.arange(len(sel)), rows.shape[1])
            grad = np.stack(
                [np.bincount(inverse, grad_out[per_row, c], len(used)) for c in range(k)], axis=1
            ).astype(np.float32)
            accum[used] += grad * grad
            weights[used] -= lr * grad / np.sqrt(accum[used])
    return weights


def bias_bucket() -> int:
    """The bucket of the bias feature (the last id of every candidate, whatever its context)."""
    rows = np.zeros((5, 16), dtype=np.uint64)  # one candidate and its two pad rows each side
    return int(window(rows, np.array([0], dtype=np.intp))[0, -1])


def logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))


def shift_operating_point(weights: np.ndarray, *, raw: float, shipped: float) -> np.ndarray:
    """A copy of ``weights`` whose P(NAME) reaches ``shipped`` where the raw model's reached
    ``raw``: P(NAME) = sigmoid(z_NAME - logsumexp(z_O, z_ADDR)), so adding logit(shipped) -
    logit(raw) to the NAME weight of the bias bucket (shared by every candidate) moves every
    token's log-odds alike and keeps its ranking; exact up to the float16 rounding of one weight.
    """
    if not (0.0 < raw < 1.0 and 0.0 < shipped < 1.0):
        raise ValueError(f"operating points must lie in (0, 1), not {raw!r} and {shipped!r}")
    out = weights.copy()
    out[bias_bucket(), NAME] += logit(shipped) - logit(raw)
    return out


def tag_spans(
    text: str, tokens: list, probs: np.ndarray, threshold: float, classes: tuple[int, ...] = (1,)
) -> list[tuple[str, int, int]]:
    """Merged (class name, start, end) spans of tokens whose probability of any of ``classes``
    reaches ``threshold``; tokens joined by whitespace only merge."""
    spans: list[list] = []
    if not len(tokens):
        return []
    score = probs[:, list(classes)].sum(axis=1)
    for i in np.flatnonzero(score >= threshold).tolist():
        _tok, start, end = tokens[i]
        kind = CLASSES[max(classes, key=lambda c: probs[i, c])]
        if spans and not text[spans[-1][2] : start].strip():
            spans[-1][2] = end
        else:
            spans.append([kind, start, end])
    return [(k, s, e) for k, s, e in spans]
