"""The per-post shortcuts taken for speed never change what is found.

Each cheap signature in ``prefilter`` is compared with the plain regex it replaces, and the
detectors the engine skips on a text are shown to find nothing there, on random strings made
of the characters those rules look at.
"""

from __future__ import annotations

import random
import re

import pytest

from trainer.redact import engine, prefilter

_ALPHABET = "aZx0123456789 -./()–_\u00a0٣éAB:@"
_DIGIT_RUN = re.compile(r"\d(?:[ \-–_./()\u00a0]{0,3}\d){5,}")
_LETTER_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")


def _texts(seed: int, n: int, max_len: int) -> list[str]:
    rng = random.Random(seed)
    sizes = [rng.randint(0, max_len) for _ in range(n)]
    return ["".join(rng.choice(_ALPHABET) for _ in range(size)) for size in sizes]


def _old_dotted(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    letters, digits = [], []
    pos = text.find(".", 1)
    while pos != -1:
        if pos + 1 < len(text):
            a, b = text[pos - 1], text[pos + 1]
            if a.isascii() and b.isascii() and a.isalnum():
                if b.isalpha():
                    letters.append(pos - 1)
                elif a.isdigit() and b.isdigit():
                    digits.append(pos - 1)
        pos = text.find(".", pos + 1)
    return tuple(letters), tuple(digits)


@pytest.mark.parametrize("seed", [0, 1])
def test_signatures_equal_the_regexes_they_replace(seed: int) -> None:
    for text in _texts(seed, 4000, 24):
        assert prefilter.has_digit(text) == (re.search(r"\d", text) is not None)
        assert prefilter.digit_runs(text) == tuple(m.span() for m in _DIGIT_RUN.finditer(text))
        assert prefilter.letter_digit_contacts(text) == tuple(
            m.span() for m in _LETTER_DIGIT.finditer(text)
        )
        assert prefilter.dotted(text) == _old_dotted(text), text
        assert prefilter.ascii_upper_count(text) == sum("A" <= ch <= "Z" for ch in text)
    ascii_only = "".join(chr(c) for c in range(128))
    rng = random.Random(seed)
    for _ in range(4000):  # the ASCII class-mask path against the regexes, every ASCII char
        text = "".join(rng.choice(ascii_only) for _ in range(rng.randint(0, 24)))
        assert prefilter.digit_runs(text) == tuple(m.span() for m in _DIGIT_RUN.finditer(text))
        assert prefilter.letter_digit_contacts(text) == tuple(
            m.span() for m in _LETTER_DIGIT.finditer(text)
        )


def test_skipped_detectors_find_nothing() -> None:
    rng = random.Random(3)
    pieces = ["4111 1111 1111 1111", "123-45-6789", "DE89 3704 0044 0532 0130 00", "+49 30 1234567",
              "2024-03-15", "order 123456", "AB12", "SSN", "Visa", " ", "x", "7"]  # fmt: skip
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        for fn in engine._skipped_detectors(text):
            assert fn(text) == [], (fn.__name__, text)


def test_longest_run_digits_counts_the_digits_of_the_longest_run() -> None:
    for text in _texts(5, 3000, 30):
        runs = prefilter.digit_runs(text)
        expected = max((sum(ch.isdecimal() for ch in text[a:b]) for a, b in runs), default=0)
        assert prefilter.longest_run_digits(text) == expected, text


def test_phone_after_a_card_needs_twenty_characters() -> None:
    # find_phones tries ``cards.card_lead`` only on pieces of 20 characters or more: a shorter
    # piece never splits into a whole card and a phone (13 + 1 + 6 at least).
    from trainer.redact import cards, phones

    rng = random.Random(7)
    leads = ["4111111111111111", "378282246310005", "4222222222222", "5555 5555 5555 4444"]
    for _ in range(3000):
        text = rng.choice(leads) + " " + "".join(rng.choice("0123456789 ") for _ in range(8))
        text = text[: rng.randint(14, 19)].rstrip()
        lead = cards.card_lead(text, 0, len(text))
        assert lead is None or not phones._is_phone(text, lead, len(text), intl=False), text


def test_card_lead_gate_skips_nothing_on_the_tuning_sets() -> None:
    # Differential: on every phone-shaped piece of the tuning posts, the 20-character gate in
    # find_phones never skips a split that would have found a phone.
    from trainer.redact import cards, phones
    from trainer_dev.redaction_sets.heldout import make_heldout
    from trainer_dev.redaction_sets.synthetic import make_examples

    texts = [e.text for e in make_examples(seed=7, n=1500)[1]]
    texts += [e.text for e in make_heldout(seed=7, n=1500)[1]]
    checked = 0
    for text in texts:
        for m in phones._in_windows(phones._PHONE, text):
            for start, end in phones._sentence_pieces(text, m.start(), m.end()):
                if end - start >= 20 or end - start < 2:
                    continue
                checked += 1
                lead = cards.card_lead(text, start, end)
                assert lead is None or not phones._is_phone(text, lead, end, intl=False), text
    assert checked > 500
