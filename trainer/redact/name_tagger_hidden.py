"""The optional hidden layer of the name tagger: an embedding bag over the SAME hashed feature
ids as the linear part, one tanh layer, added to the linear logits (a "wide and deep" model).

    z = sum_j W[id_j]  +  tanh(sum_j E[id_j] + b) @ V          (W: [2**BITS, 3], E: [2**BITS, H])

The linear part alone cannot express conjunctions of features ("a capitalised unknown word" AND
"after a verb of speech" AND "not in a table column"); the hidden units can, from the same ids,
without new features. A layer may read only some of the WIDTH ids (``cols``, e.g. ``OWN_COLS``:
the candidate's own form, shape, lists, affixes and record key and the conjunctions among them,
not its neighbours'), which makes it cheaper: the linear part still reads all of them. A bucket
never seen in training holds zeros in E (trained from zero), so
it adds nothing, as in W. numpy only, one thread, deterministic: the same ids give the same
logits.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from trainer.redact.name_tagger_hashing import PAIRS, SINGLES

_SUM = np.add.reduce
# the feature columns (of WIDTH) that describe the candidate token alone: its single features at
# offset 0 and the conjunctions of two of its own cells (no neighbour, no bias)
OWN_COLS = np.array(
    [i for i, (off, _k) in enumerate(SINGLES) if off == 0]
    + [len(SINGLES) + i for i, (a, b) in enumerate(PAIRS) if a[0] == b[0] == 0],
    dtype=np.intp,
)


class Hidden(NamedTuple):
    """E [2**BITS, H], b [H], V [H, classes] (float32 in memory, float16 on disk); ``cols``:
    the WIDTH columns whose ids feed the layer (int, ascending), None for all of them."""

    embed: np.ndarray
    bias: np.ndarray
    out: np.ndarray
    cols: np.ndarray | None = None


def as_float32(hidden: Hidden) -> Hidden:
    cols = None if hidden.cols is None else np.ascontiguousarray(hidden.cols, dtype=np.intp)
    return Hidden(*(np.ascontiguousarray(a, dtype=np.float32) for a in hidden[:3]), cols)


def hidden_logits(hidden: Hidden, ids: np.ndarray) -> np.ndarray:
    """[n, classes] contribution of the hidden layer for [n, WIDTH] bucket ids."""
    at = ids.view(np.int64) if ids.dtype == np.uint64 else ids.astype(np.int64)
    if hidden.cols is not None:
        at = at[:, hidden.cols]
    pre = _SUM(np.take(hidden.embed, at, axis=0), axis=1)  # (n, WIDTH, H) -> (n, H)
    return np.tanh(pre + hidden.bias) @ hidden.out
