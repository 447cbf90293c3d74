"""The name tagger's feature ids (``name_tagger_features``): which cells of a candidate's
base rows and its neighbours' make its ``WIDTH`` features, and how they hash into 2**BITS
buckets.

A base row has 16 columns (``W`` .. ``LC``): ``BASE`` context-free ones, hashed once per token
string, then the positional ones of the candidate itself. A candidate's features are the
form/shape/case/lists of itself and its neighbours at -2..+2 (``SINGLES``), its affixes and
record key, a few conjunctions of two cells (``PAIRS``) and a bias; ``window_of`` turns the
five rows around each candidate into its bucket ids in a handful of numpy calls. numpy only.
"""

from __future__ import annotations

import zlib

import numpy as np

BITS = 19
MASK = np.uint64((1 << BITS) - 1)


def h64(s: str) -> int:
    """Two 32-bit checksums of the UTF-8 bytes; a lone surrogate (which strict UTF-8 refuses)
    is encoded as its three bytes, so valid text hashes as before and no text raises."""
    data = s.encode("utf-8", "surrogatepass")
    return zlib.crc32(data) | (zlib.adler32(data) << 32)


# base-row columns: context-free (cached per token string), then positional
W, S, C, L, P2, P3, P4, X2, X3, X4, T, B, K, KC, G, LC = range(16)
BASE = 11
SINGLES = [(off, k) for off in (-2, -1, 0, 1, 2) for k in (W, S, C, L)] + [
    (0, k) for k in (P2, P3, P4, X2, X3, X4, K)
]
PAIRS = (  # (offset, column) x (offset, column) conjunctions
    ((0, C), (0, B)), ((0, K), (0, C)), ((0, KC), (0, L)), ((0, KC), (0, C)),
    ((-1, C), (0, C)), ((0, C), (1, C)), ((-1, W), (0, C)), ((0, C), (1, W)),
    ((0, L), (0, C)), ((-1, L), (0, L)), ((0, L), (1, L)), ((-1, T), (0, C)),
    ((-2, T), (0, C)), ((0, G), (0, S)), ((-2, W), (-1, W)), ((0, K), (0, S)),
    ((0, LC), (0, C)), ((0, LC), (0, L)),
)
WIDTH = len(SINGLES) + len(PAIRS) + 1  # + bias
NO_IDS = np.zeros((0, WIDTH), dtype=np.uint64)
_S_OFF, _S_COL = (np.array(x) for x in zip(*SINGLES, strict=True))
_A_OFF, _A_COL = (np.array(x) for x in zip(*(a for a, _ in PAIRS), strict=True))
_B_OFF, _B_COL = (np.array(x) for x in zip(*(b for _, b in PAIRS), strict=True))
_SLOTS = np.arange(1, WIDTH + 1, dtype=np.uint64)
# flat offsets into a row-major [n + 4, 16] table, relative to a candidate's own row
_GATHER = np.concatenate([_S_OFF * 16 + _S_COL, _A_OFF * 16 + _A_COL, _B_OFF * 16 + _B_COL])
PAD = np.array([h64(f"{k}:<pad>") for k in range(16)], dtype=np.uint64)
P1, P2_, P3_ = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)
_M64 = (1 << 64) - 1
_NS, _NA = len(SINGLES), len(PAIRS)
# The gather of ``window_of``, relative to a candidate's first row (its own is the third):
# singles, pairs' left sides, any cell for the bias (its factor below is 0), pairs' right sides.
_GATHER5 = np.concatenate([_GATHER[: _NS + _NA] + 32, [B], _GATHER[_NS + _NA :] + 32])
# (v * P1 + slot * P3) for a single, ((a * P2 + b) * P1 + slot * P3) for a pair, mod 2**64:
# one factor per gathered value and the slot terms (the bias: v = 0)
_FACTOR = np.array(
    [int(P1)] * _NS + [int(P2_) * int(P1) & _M64] * _NA + [0] + [int(P1)] * _NA, dtype=np.uint64
)
_SLOT_TERM = np.array([int(s) * int(P3_) & _M64 for s in _SLOTS], dtype=np.uint64)
_S29, _S32 = np.uint64(29), np.uint64(32)


def window(rows: np.ndarray, cands: np.ndarray) -> np.ndarray:
    """[len(cands), WIDTH] bucket ids of the candidates from the padded base rows: one gather
    (single features and both sides of the conjunctions) and one hash mix."""
    got = rows.ravel()[(cands * 16 + 32)[:, None] + _GATHER]
    ns, na = len(SINGLES), len(PAIRS)
    h = np.empty((len(cands), WIDTH), dtype=np.uint64)
    h[:, :ns] = got[:, :ns]
    with np.errstate(over="ignore"):
        np.multiply(got[:, ns : ns + na], P2_, out=h[:, ns : ns + na])
        h[:, ns : ns + na] += got[:, ns + na :]
        h[:, -1] = 0  # bias
        h *= P1
        h += _SLOTS * P3_
        h ^= h >> np.uint64(29)
        h *= P1
        h ^= h >> np.uint64(32)
    return h & MASK


def window_of(rows: np.ndarray) -> np.ndarray:
    """``window`` of rows gathered five per candidate (-2..+2, its own third): the same
    bucket ids, in fewer numpy calls (the multiplications folded into ``_FACTOR``)."""
    m = len(rows) // 5
    got = rows.reshape(m, 80).take(_GATHER5, axis=1)
    got *= _FACTOR
    h = got[:, :WIDTH] + _SLOT_TERM
    h[:, _NS : _NS + _NA] += got[:, WIDTH:]
    h ^= h >> _S29
    h *= P1
    h ^= h >> _S32
    h &= MASK
    return h
