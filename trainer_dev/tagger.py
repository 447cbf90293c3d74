"""A small learned token tagger for person names (and addresses), for the experiment of
issue #10 (``trainer_dev.tagger_experiment``); not part of the redactor.

Tokens come from one regex (words with inner hyphens/apostrophes, digit runs, single
punctuation marks), each with its character offsets. Each token gets seven base features:
lower-cased form, shape (case pattern, runs collapsed), case class, membership in the
redactor's own name and word lists (read from ``trainer/redact/*.txt``, never changed), a
3-letter prefix and suffix, and whether it starts a sentence (the lists: given names,
surnames, common words, top common words, address towns, words of eponymous company names).
A token's feature set is its own base features plus those of its neighbours at -2..+2 and a
few conjunctions (case of the neighbour x case of the token, cue word before x case, list
flags x case), 30 in all, hashed into 2**18 buckets. The model is a multinomial logistic
regression over those buckets (classes O, NAME, ADDR): 2**18 x 3 float32 weights, 3 MiB.
Training: Adagrad on the summed bucket weights, mini-batches, a few epochs, numpy on one
thread. Inference is numpy only, texts featurized in batches. The tokenizer, features and scoring
live in ``trainer.redact.name_tagger`` (the shipped opt-in tagger); training stays here.
"""

from __future__ import annotations

import numpy as np

# The tokenizer, features and scoring ship with the redactor (the opt-in name tagger); one copy.
from trainer.redact.name_tagger import (  # noqa: F401  (re-exported for the experiment)
    BITS,
    CLASSES,
    Featurizer,
    Lexicon,
    Tagger,
    softmax,
    tokenize,
)
from trainer.redact.name_tagger import logits as _logits


def train(
    feats: np.ndarray, labels: np.ndarray, *, epochs: int = 3, lr: float = 0.3, seed: int = 0
) -> np.ndarray:
    """Multinomial logistic regression on summed bucket weights (Adagrad, mini-batches of
    2,048 tokens, numpy on one thread); returns [2**BITS, 3] float32 weights."""
    rng = np.random.default_rng(seed)
    ids = feats.astype(np.intp)
    size, k, width = 1 << BITS, len(CLASSES), ids.shape[1]
    weights = np.zeros((k, size), dtype=np.float32)
    accum = np.full((k, size), 1e-6, dtype=np.float32)
    onehot = np.eye(k, dtype=np.float32)[labels]
    batch = 2048
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for s in range(0, len(order), batch):
            sel = order[s : s + batch]
            rows = ids[sel]
            grad_out = (softmax(_logits(weights, rows)) - onehot[sel]) / len(sel)
            flat = rows.ravel()
            grad = np.stack(
                [np.bincount(flat, np.repeat(grad_out[:, c], width), size) for c in range(k)]
            ).astype(np.float32)
            accum += grad * grad
            weights -= lr * grad / np.sqrt(accum)
    return np.ascontiguousarray(weights.T)


def tag_spans(
    text: str, tokens: list, probs: np.ndarray, threshold: float, classes: tuple[int, ...] = (1,)
) -> list[tuple[str, int, int]]:
    """Merged (class name, start, end) spans of tokens whose probability of any of ``classes``
    reaches ``threshold``; tokens joined by whitespace only merge."""
    spans: list[list] = []
    score = probs[:, list(classes)].sum(axis=1) if len(tokens) else probs[:, 0]
    for (_tok, start, end), p, row in zip(tokens, score, probs, strict=True):
        if p < threshold:
            continue
        kind = CLASSES[max(classes, key=lambda c: row[c])]
        if spans and not text[spans[-1][2] : start].strip():
            spans[-1][2] = end
        else:
            spans.append([kind, start, end])
    return [(k, s, e) for k, s, e in spans]
