"""The shared power table behind both polynomial digests (post ids, member names)."""

import numpy as np
import pytest

from trainer import polyhash
from trainer.polyhash import power_table

BASES = [3, 0x100000001B3, 0x9E3779B97F4A7C15, pow(0x100000001B3, -1, 1 << 64)]


@pytest.mark.parametrize("base", BASES)
def test_powers_equal_python_integers_modulo_2_64(base):
    table = power_table(base, 3000)
    assert len(table) >= 3000
    for k in (0, 1, 2, 63, 64, 1023, 1024, 2999):
        assert int(table[k]) == pow(base, k, 1 << 64)


def test_the_inverse_table_undoes_the_power_table():
    base = 0x9E3779B97F4A7C15
    power = power_table(base, 5000)
    inverse = power_table(pow(base, -1, 1 << 64), 5000)
    assert np.all(power[:5000] * inverse[:5000] == np.uint64(1))


def test_a_request_over_the_cache_limit_is_exact_and_not_kept():
    base = 0xABCDEF01  # a base no other code uses, so the cache starts empty for it
    polyhash._tables.pop(base, None)
    big = power_table(base, 5000, cache_limit=4096)
    assert len(big) == 5000 and int(big[4999]) == pow(base, 4999, 1 << 64)
    assert base not in polyhash._tables
    small = power_table(base, 100, cache_limit=4096)
    assert polyhash._tables[base] is small and len(small) == 1024


def test_an_even_base_is_refused():
    with pytest.raises(ValueError, match="odd"):
        power_table(2, 10)
