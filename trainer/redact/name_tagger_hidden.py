"""The optional hidden layer of the name tagger: an embedding bag over the SAME hashed feature
ids as the linear part, one tanh layer, added to the linear logits (a "wide and deep" model).

    z = sum_j W[id_j]  +  tanh(sum_j E[id_j] + b) @ V          (W: [2**BITS, 3], E: [2**BITS, H])

The linear part alone cannot express conjunctions of features ("a capitalised unknown word" AND
"after a verb of speech" AND "not in a table column"); the hidden units can, from the same ids,
without new features. A bucket never seen in training holds zeros in E (trained from zero), so
it adds nothing, as in W. numpy only, one thread, deterministic: the same ids give the same
logits.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

_SUM = np.add.reduce


class Hidden(NamedTuple):
    """E [2**BITS, H], b [H], V [H, classes] (float32 in memory, float16 on disk)."""

    embed: np.ndarray
    bias: np.ndarray
    out: np.ndarray


def as_float32(hidden: Hidden) -> Hidden:
    return Hidden(*(np.ascontiguousarray(a, dtype=np.float32) for a in hidden))


def hidden_logits(hidden: Hidden, ids: np.ndarray) -> np.ndarray:
    """[n, classes] contribution of the hidden layer for [n, WIDTH] bucket ids."""
    at = ids.view(np.int64) if ids.dtype == np.uint64 else ids.astype(np.int64)
    pre = _SUM(np.take(hidden.embed, at, axis=0), axis=1)  # (n, WIDTH, H) -> (n, H)
    return np.tanh(pre + hidden.bias) @ hidden.out
