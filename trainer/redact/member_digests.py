"""The member dictionary's compact form: a sorted table of 64-bit polynomial digests of the
folded name keys and of their boundary prefixes (see ``names.MemberNames``), and the helpers that
build it and digest spans of a text."""

from __future__ import annotations

import numpy as np

from trainer.polyhash import power_table

# Digest of a string: sum((ord(c) + 1) * BASE**i) modulo 2**64 (polynomial, over code points),
# computed for any span of a text from its prefix sums. A table entry is the digest shifted left
# by two (its top bits drop: the low bits of a polynomial digest are its weakest, the first
# character's low bits live there) with the flags (key, boundary prefix) in the two freed bits.
_BASE = 0x9E3779B97F4A7C15  # odd, hence invertible modulo 2**64
_BASE_INV = pow(_BASE, -1, 1 << 64)
_KEY, _PREFIX = np.uint64(1), np.uint64(2)
_FLAGS = np.uint64(3)
_HIGH = ~_FLAGS
_TWO = np.uint64(2)
_HIGH_INT = (1 << 64) - 4
_MASK = (1 << 64) - 1
_ASCII_ALNUM_BYTES = bytes(chr(c).isalnum() for c in range(256))  # for bytes.translate
_POWER_CACHE = 1 << 16  # power tables are kept up to this text length
_cached_alnum: list[np.ndarray] = []


class _KeyDigests:
    """Read-only view of the key digests; compares by value (pickle round trips)."""

    __slots__ = ("_digests",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, digests: np.ndarray) -> None:
        self._digests = digests

    def __len__(self) -> int:
        return len(self._digests)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _KeyDigests):
            return NotImplemented
        return bool(np.array_equal(self._digests, other._digests))


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**i and BASE**-i modulo 2**64 for i < n (cached up to ``_POWER_CACHE``)."""
    return (
        power_table(_BASE, n, cache_limit=_POWER_CACHE),
        power_table(_BASE_INV, n, cache_limit=_POWER_CACHE),
    )


def _alnum_table() -> np.ndarray:
    """``chr(c).isalnum()`` for every code point (1.1 MB, built on first non-ASCII text)."""
    if not _cached_alnum:
        table = np.empty(0x110000, dtype=bool)
        for block in range(0, 0x110000, 0x10000):  # by blocks: a few MB transient, not ~170
            chars = "".join(map(chr, range(block, block + 0x10000)))
            table[block : block + 0x10000] = np.fromiter(map(str.isalnum, chars), dtype=bool)
        _cached_alnum.append(table)
    return _cached_alnum[0]


def _digest_batch(keys: set[str], parts: list[np.ndarray], lead: set[str]) -> int:
    """Append the flagged digests of ``keys`` and of their boundary prefixes; the longest key."""
    ordered = list(keys)
    lengths = np.fromiter(map(len, ordered), dtype=np.int64, count=len(ordered))
    key_ends = np.cumsum(lengths)
    key_starts = key_ends - lengths
    joined = "".join(ordered)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    n = len(codes)
    power, inverse = _powers(n + 1)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    terms = np.multiply(codes, power[:n], dtype=np.uint64)
    terms += power[:n]
    np.cumsum(terms, out=prefix[1:])

    def digests(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        return (prefix[hi] - prefix[lo]) * inverse[lo] << _TWO

    breaks = np.flatnonzero(~_alnum_table()[codes])
    owner = np.searchsorted(key_ends, breaks, side="right")
    lead.update(joined[i] for i in key_starts[np.isin(key_starts, breaks)].tolist())
    inside = breaks > key_starts[owner]
    parts.append(digests(key_starts, key_ends) | _KEY)
    parts.append(np.unique(digests(key_starts[owner[inside]], breaks[inside])) | _PREFIX)
    return int(lengths.max())


def _merge(parts: list[np.ndarray]) -> np.ndarray:
    """One sorted table: an entry per distinct digest, its flags OR-ed."""
    if not parts:
        return np.empty(0, dtype=np.uint64)
    every = np.concatenate(parts)
    every.sort()
    high = every & _HIGH
    first = np.flatnonzero(np.concatenate(([True], high[1:] != high[:-1])))
    table = high[first] | np.bitwise_or.reduceat(every & _FLAGS, first)
    if table[-1] & _HIGH != _HIGH:  # a sentinel (no flags): every lookup lands in the table
        table = np.append(table, _HIGH)
    return table
