"""Powers of a base modulo 2**64: the one table behind the polynomial digests of post ids
(``trainer.data.stream.hash64``) and of member names (``trainer.redact.member_digests``).

A polynomial digest sum(c_i * B**i) mod 2**64 of any span of a text comes from prefix sums
multiplied by B**-start; both need B**k for every k up to the text's length."""

from __future__ import annotations

import numpy as np

_tables: dict[int, np.ndarray] = {}


def power_table(base: int, n: int, *, cache_limit: int | None = None) -> np.ndarray:
    """``base**k mod 2**64`` for ``k < n`` at least (the array may be longer).

    Tables are kept per base and grown by doubling; a request for more than ``cache_limit``
    entries is computed exactly and not kept (so one very long text does not pin its table).
    Threads may race to fill the cache; each builds an identical table, so the race is harmless."""
    if base % 2 == 0 or not 0 < base < 1 << 64:
        raise ValueError("power_table: the base must be odd and below 2**64 (invertible)")
    have = _tables.get(base)
    if have is not None and len(have) >= n:
        return have
    size = max(1 << 10, 1 << max(n - 1, 1).bit_length())
    keep = cache_limit is None or size <= cache_limit
    if not keep:
        size = n
    table = np.empty(size, dtype=np.uint64)
    table[0] = 1
    table[1:] = base
    np.multiply.accumulate(table, out=table)  # wraps modulo 2**64
    if keep:
        _tables[base] = table
    return table
