"""The digit and hyphen anchors that replaced substring gates (session 47) decide as the
substring tests did, on random strings made of the characters those gates look at."""

from __future__ import annotations

import random

import pytest

from trainer.redact import ids_country_shapes, ids_letter_codes, prefilter

_PA_OLD = ("E-", "N-", "-AV-", "-PI-", "-NT-", "-SB-")
_LETTER_CODE_OLD = (b"a" + b"d" * 6, b"a" * 4 + b"d" * 4, b"a" * 4 + b"s" + b"d" * 4)


def _texts(seed: int, alphabet: str, n: int, max_len: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len))) for _ in range(n)
    ]


@pytest.mark.parametrize("seed", range(3))
def test_panama_marks_as_substrings(seed: int) -> None:
    for text in _texts(seed, "ENAVPISBTx- ", 20000, 12):
        old = any(mark in text for mark in _PA_OLD)
        assert (ids_country_shapes._PA_MARKS.search(text) is not None) == old, text


@pytest.mark.parametrize("seed", range(3))
def test_letter_code_masks_as_substrings(seed: int) -> None:
    for text in _texts(seed, "aaddds.", 20000, 16):
        classes = text.encode()
        old = any(mask in classes for mask in _LETTER_CODE_OLD)
        assert (ids_letter_codes._GATE_MASKS.search(classes) is not None) == old, text


@pytest.mark.parametrize("seed", range(3))
def test_letter_digit_contacts_gate(seed: int) -> None:
    """No contact exactly where the class mask holds neither "ad" nor "da"."""
    for text in _texts(seed, "aZ09 -.é", 20000, 10):
        prefilter.letter_digit_contacts.cache_clear()
        found = prefilter.letter_digit_contacts(text)
        classes = prefilter.ascii_classes(text)
        if classes is not None and prefilter.digit_bounds(text) is not None:
            assert bool(found) == (b"ad" in classes or b"da" in classes), text
