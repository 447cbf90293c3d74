"""Id families that search only the regions of the post's digit runs (or letter-digit contacts)
instead of the whole text find what the whole-text scan found: the old scans are kept here as
the reference and compared on random and shaped made-up texts."""

from __future__ import annotations

import random

from trainer.redact import ids_rw_ml_ph
from trainer.redact.checksums import luhn_ok
from trainer.redact.hits import Hit

_PIECES = [
    "1 1990 8 0123456 0 12", "1199080123456012", "2200570000012345", "12345678901234 K",
    "12345678901234 k", "1234-5678-9012-3456", "4539-1488-0343-6467", "110100123456A",
    "A123456789012", "19850714123", "-", ".", ",", "/", " ", "  ", "\n", "ab", "Z", "K", "7",
    "12", "1234", "0", "é", "'", "’", "(", "+",
]
_CHARS = "0123456789" * 3 + " -./,\n'AKZaz"


def random_texts(seed: int, n: int) -> list[str]:
    """Made-up texts of digits, separators, letters and id-shaped pieces."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        if rng.random() < 0.3:
            texts.append("".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 120))))
        else:
            texts.append(
                "".join(
                    rng.choice(_PIECES) if rng.random() < 0.5 else rng.choice(_CHARS)
                    for _ in range(rng.randint(1, 30))
                )
            )
    return texts


def _never(text: str, start: int) -> bool:
    return False


def _odd_starts(text: str, start: int) -> bool:
    return start % 2 == 1


def _rw_ml_ph_reference(text: str, gives_way) -> list[Hit]:
    """``find_rw_ml_ph_ids`` as it read at engine 1.30.0: each pattern over the whole text."""
    m_ = ids_rw_ml_ph
    hits: list[Hit] = []
    for pattern in (m_._RW_SPACED, m_._RW_SOLID, m_._NINA, m_._PCN):
        for m in pattern.finditer(text):
            if pattern is m_._PCN and luhn_ok(m.group().replace("-", "")):
                continue
            if not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def test_rw_ml_ph_regions_find_what_the_whole_text_scan_found():
    found = 0
    for text in random_texts(1, 20_000):
        for gives_way in (_never, _odd_starts):
            expected = _rw_ml_ph_reference(text, gives_way)
            assert ids_rw_ml_ph.find_rw_ml_ph_ids(text, gives_way=gives_way) == expected, text
            found += len(expected)
    assert found > 500  # the pieces do make values


def test_rw_ml_ph_made_up_values():
    find = ids_rw_ml_ph.find_rw_ml_ph_ids
    assert find("NID: 1 1990 8 0123456 0 12.", gives_way=_never) == [("NATIONAL_ID", 5, 26)]
    assert find("NINA 12345678901234 K, merci", gives_way=_never) == [("NATIONAL_ID", 5, 21)]
    assert find("PCN 1234-5678-9012-3456", gives_way=_never) == [("NATIONAL_ID", 4, 23)]
    assert find("card 4539-1488-0343-6467", gives_way=_never) == []  # Luhn: the card's
