"""Compressed member sets: integer member keys cut into chunks of 4,096, one container per chunk.

A container is the set of low 12 bits of the keys in one chunk: a sorted little-endian uint16
array when it holds fewer than ARRAY_MAX keys, else a 512-byte bitmap (the Roaring layout, in
numpy). So a container never exceeds 512 bytes, and its length alone says which kind it is.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Iterator

import numpy as np

CHUNK_BITS = 12
CHUNK_SIZE = 1 << CHUNK_BITS
BITMAP_BYTES = CHUNK_SIZE // 8  # 512
ARRAY_MAX = BITMAP_BYTES // 2  # an array of this many uint16 would be as big as the bitmap
_LITTLE = sys.byteorder == "little"


def split(keys: np.ndarray) -> Iterator[tuple[int, bytes]]:
    """(chunk, container bytes) for each chunk holding some of `keys` (unique, any order)."""
    keys = np.unique(np.asarray(keys, dtype=np.int64))
    if len(keys) and keys[0] < 0:
        raise ValueError("member keys must be >= 0")
    chunks = keys >> CHUNK_BITS
    bounds = np.flatnonzero(np.diff(chunks)) + 1
    for part in np.split(keys, bounds) if len(keys) else []:
        yield int(part[0] >> CHUNK_BITS), encode(part & (CHUNK_SIZE - 1))


def encode(lows: np.ndarray) -> bytes:
    """One container for sorted unique values in [0, CHUNK_SIZE)."""
    if len(lows) < ARRAY_MAX:
        return np.asarray(lows, dtype="<u2").tobytes()
    bits = np.zeros(CHUNK_SIZE, dtype=bool)
    bits[lows] = True
    return np.packbits(bits, bitorder="little").tobytes()


def decode(data: bytes) -> np.ndarray:
    """The sorted low values held by a container (int64)."""
    if len(data) == BITMAP_BYTES:
        bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")
        return np.flatnonzero(bits).astype(np.int64)
    return np.frombuffer(data, dtype="<u2").astype(np.int64)


def contains(data: bytes, low: int) -> bool:
    """Whether one container holds `low` (no numpy: this is the find-member inner loop)."""
    if len(data) == BITMAP_BYTES:
        return bool(data[low >> 3] >> (low & 7) & 1)
    if _LITTLE:
        values = memoryview(data).cast("H")
        i = bisect_left(values, low)
        return i < len(values) and values[i] == low
    return bool(np.isin(low, decode(data)))


def contains_many(data: bytes, lows: np.ndarray) -> np.ndarray:
    """A boolean mask: which of `lows` one container holds."""
    if len(data) == BITMAP_BYTES:
        bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")
        return bits[lows].astype(bool)
    values = np.frombuffer(data, dtype="<u2")
    pos = np.minimum(np.searchsorted(values, lows), max(len(values) - 1, 0))
    return (values[pos] == lows) if len(values) else np.zeros(len(lows), dtype=bool)


def join(chunk: int, data: bytes) -> np.ndarray:
    """The full member keys held by one container of `chunk`."""
    return (np.int64(chunk) << CHUNK_BITS) + decode(data)
