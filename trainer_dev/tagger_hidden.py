"""Training of the name tagger's optional hidden layer (``trainer.redact.name_tagger_hidden``)
together with its linear part, for ``trainer_dev.tagger_recipe`` and
``scripts/train_name_tagger.py``; not part of the redactor.

The model: z = sum_j W[id_j] + tanh(sum_j E[id_j] + b) @ V over the SAME hashed ids as the
linear model (``trainer_dev.tagger.train``). W and E share one table [2**bits, 3 + H], so a
batch gathers and updates each bucket's row once; Adagrad for everything, mini-batches of 2,048
rows, sparse updates of the buckets a batch touches, numpy on one thread. E and b start at zero
(a bucket never trained adds nothing at inference, as in W), V from a seeded normal, so the
same rows and seed give the same weights bit for bit. With ``cols`` (e.g. ``OWN_COLS``) only
those columns' ids feed the hidden layer (and only their E rows are updated); the linear part
reads every id as before.
"""

from __future__ import annotations

import numpy as np

from trainer.redact.name_tagger import CLASSES, softmax
from trainer.redact.name_tagger_hashing import BITS
from trainer.redact.name_tagger_hidden import Hidden

BATCH = 2048


def train_hidden(
    feats: np.ndarray,
    labels: np.ndarray,
    *,
    size: int,
    bits: int = BITS,
    epochs: int = 3,
    lr: float = 0.3,
    lr_dense: float = 0.05,
    seed: int = 0,
    row_weight: np.ndarray | None = None,
    cols: np.ndarray | None = None,
) -> tuple[np.ndarray, Hidden]:
    """(linear weights [2**bits, 3], hidden layer of ``size`` units), float32; ``lr`` for the
    bucket table (W and E), ``lr_dense`` for V and b; ``row_weight`` scales each row's loss;
    ``cols``: the feature columns that feed the hidden layer (None: all)."""
    if size < 1:
        raise ValueError(f"a hidden layer needs at least one unit, not {size}")
    if cols is not None:
        return _train_cols(feats, labels, size=size, bits=bits, epochs=epochs, lr=lr,
                           lr_dense=lr_dense, seed=seed, row_weight=row_weight,
                           cols=np.asarray(cols, dtype=np.intp))
    rng = np.random.default_rng(seed)
    ids = feats.astype(np.intp)
    k = len(CLASSES)
    table = np.zeros((1 << bits, k + size), dtype=np.float32)  # [W | E]
    table_acc = np.full_like(table, 1e-6)
    out = (rng.standard_normal((size, k)) * 0.1).astype(np.float32)  # V
    bias = np.zeros(size, dtype=np.float32)  # b
    out_acc, bias_acc = np.full_like(out, 1e-6), np.full_like(bias, 1e-6)
    onehot = np.eye(k, dtype=np.float32)[labels]
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for s in range(0, len(order), BATCH):
            sel = order[s : s + BATCH]
            rows = ids[sel]  # (b, width)
            summed = table[rows].sum(axis=1)  # (b, k + H)
            hid = np.tanh(summed[:, k:] + bias)  # (b, H)
            grad_z = (softmax(summed[:, :k] + hid @ out) - onehot[sel]) / len(sel)
            if row_weight is not None:
                grad_z *= row_weight[sel, None]
            grad_pre = (grad_z @ out.T) * (1.0 - hid * hid)  # (b, H)
            grad_out, grad_bias = hid.T @ grad_z, grad_pre.sum(axis=0)
            per_row = np.concatenate([grad_z, grad_pre], axis=1)  # each id's gradient
            used, inverse = np.unique(rows.ravel(), return_inverse=True)
            at = np.repeat(np.arange(len(sel)), rows.shape[1])
            grad = np.stack(
                [np.bincount(inverse, per_row[at, c], len(used)) for c in range(k + size)],
                axis=1,
            ).astype(np.float32)
            table_acc[used] += grad * grad
            table[used] -= lr * grad / np.sqrt(table_acc[used])
            out_acc += grad_out * grad_out
            out -= lr_dense * grad_out / np.sqrt(out_acc)
            bias_acc += grad_bias * grad_bias
            bias -= lr_dense * grad_bias / np.sqrt(bias_acc)
    weights = np.ascontiguousarray(table[:, :k])
    return weights, Hidden(np.ascontiguousarray(table[:, k:]), bias, out)


def _train_cols(
    feats, labels, *, size, bits, epochs, lr, lr_dense, seed, row_weight, cols
) -> tuple[np.ndarray, Hidden]:
    """``train_hidden`` with only ``cols``' ids into the hidden layer: W gathers and updates
    every id's row, E only the ``cols`` ids' rows (same Adagrad, batches and seeding)."""
    rng = np.random.default_rng(seed)
    ids = feats.astype(np.intp)
    k = len(CLASSES)
    table = np.zeros((1 << bits, k + size), dtype=np.float32)  # [W | E]
    table_acc = np.full_like(table, 1e-6)
    out = (rng.standard_normal((size, k)) * 0.1).astype(np.float32)  # V
    bias = np.zeros(size, dtype=np.float32)  # b
    out_acc, bias_acc = np.full_like(out, 1e-6), np.full_like(bias, 1e-6)
    onehot = np.eye(k, dtype=np.float32)[labels]
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for s in range(0, len(order), BATCH):
            sel = order[s : s + BATCH]
            rows = ids[sel]  # (b, width)
            own = rows[:, cols]  # (b, len(cols))
            hid = np.tanh(table[own, k:].sum(axis=1) + bias)  # (b, H)
            grad_z = (softmax(table[rows, :k].sum(axis=1) + hid @ out) - onehot[sel]) / len(sel)
            if row_weight is not None:
                grad_z *= row_weight[sel, None]
            grad_pre = (grad_z @ out.T) * (1.0 - hid * hid)  # (b, H)
            grad_out, grad_bias = hid.T @ grad_z, grad_pre.sum(axis=0)
            for part, cells, per_row in ((rows, slice(0, k), grad_z),
                                         (own, slice(k, k + size), grad_pre)):
                used, inverse = np.unique(part.ravel(), return_inverse=True)
                at = np.repeat(np.arange(len(sel)), part.shape[1])
                grad = np.stack(
                    [np.bincount(inverse, per_row[at, c], len(used))
                     for c in range(per_row.shape[1])], axis=1,
                ).astype(np.float32)
                table_acc[used, cells] += grad * grad
                table[used, cells] -= lr * grad / np.sqrt(table_acc[used, cells])
            out_acc += grad_out * grad_out
            out -= lr_dense * grad_out / np.sqrt(out_acc)
            bias_acc += grad_bias * grad_bias
            bias -= lr_dense * grad_bias / np.sqrt(bias_acc)
    weights = np.ascontiguousarray(table[:, :k])
    return weights, Hidden(np.ascontiguousarray(table[:, k:]), bias, out, cols.copy())
