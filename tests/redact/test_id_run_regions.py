"""Id families that search only the regions of the post's digit runs (or letter-digit contacts)
instead of the whole text find what the whole-text scan found: the old scans are kept here as
the reference and compared on random and shaped made-up texts."""

from __future__ import annotations

import random

from trainer.redact import ids_mz_bi, ids_nhi, ids_rw_ml_ph, national_ids, prefilter
from trainer.redact.checksums import luhn_ok
from trainer.redact.hits import Hit

_PIECES = [
    "1 1990 8 0123456 0 12", "1199080123456012", "2200570000012345", "12345678901234 K",
    "12345678901234 k", "1234-5678-9012-3456", "4539-1488-0343-6467", "110100123456A",
    "A123456789012", "19850714123", "-", ".", ",", "/", " ", "  ", "\n", "ab", "Z", "K", "7",
    "12", "1234", "0", "é", "'", "’", "(", "+", "ABC1234", "XYZ7890", "abc1234", "ZZZ0000",
    "RSSMRALPTLMALNPS", "RSS MRA LP T LM A LNP S", "ABCDEFGHIJKLMNOP", "QRSTUVLMNPQRSTUV",
    "CODICE", "FISCALE", "ITALIA", "È",
]
_CHARS = "0123456789" * 3 + " -./,\n'AKZazLMNPQ"


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


def _nhi_reference(text: str, gives_way) -> list[Hit]:
    """``find_nhis`` as it read at engine 1.30.0: ``_NHI`` over the whole text."""
    n = ids_nhi
    if not n._may_hold_nhi(text):
        return []
    return [
        ("NATIONAL_ID", m.start(), m.end())
        for m in n._NHI.finditer(text)
        if n.nhi_ok(m.group())
        and n._HANDED_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not gives_way(text, m.start())
    ]


def test_nhi_at_mask_offsets_finds_what_the_scan_found():
    shapes = 0
    for text in random_texts(2, 10_000):
        assert [m.span() for m in ids_nhi._nhi_shapes(text)] == [
            m.span() for m in ids_nhi._NHI.finditer(text)
        ], text
        shapes += len(list(ids_nhi._NHI.finditer(text)))
        text = "Noted: " + text
        assert ids_nhi.find_nhis(text, gives_way=_never) == _nhi_reference(text, _never), text
    assert shapes > 100


def test_mz_bi_gate_on_the_longest_run():
    found = 0
    for text in random_texts(3, 10_000):
        mixed = prefilter.letter_digit_contacts(text)
        expected = [
            ("NATIONAL_ID", m.start(), m.end())
            for m in prefilter.finditer_in(
                ids_mz_bi._BI, text, prefilter.windows(text, mixed, before=12, after=1)
            )
            if not _odd_starts(text, m.start())
            and not ids_mz_bi.ORDER_BEFORE.search(text, max(0, m.start() - 32), m.start())
            and not ids_mz_bi.PRODUCT_BEFORE.search(text, max(0, m.start() - 32), m.start())
        ]
        assert ids_mz_bi.find_mz_bi(text, mixed, gives_way=_odd_starts) == expected, text
        found += len(expected)
    assert found > 20


def test_codice_fiscale_without_digits_mask_gate():
    found = 0
    for text in random_texts(4, 10_000):
        expected = (
            [m.span() for m in national_ids._CF_NO_DIGIT.finditer(text)]
            if prefilter.ascii_upper_count(text) >= 16
            else []
        )
        assert [m.span() for m in national_ids._cf_without_digits(text)] == expected, text
        found += len(expected)
    assert found > 20
