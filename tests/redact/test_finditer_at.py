"""Scans tried only where a match can start (``prefilter.finditer_at``) find what the
whole-text scan found: the old ``finditer`` is kept here as the reference and compared on random
made-up texts built from the pieces the patterns hold (and their case variants)."""

from __future__ import annotations

import random

from trainer.redact import (
    address_lettered,
    detectors,
    ids_nhi,
    member_joined,
    normalize,
    phone_pieces,
    prefilter,
)
from trainer.redact.person_hashtags import HASHTAG

_PIECES = [
    "#", "##", "&#", "#a", "#Maria", "#katharina_obermaier", "#2024", "#_x", "#é", "x#y",
    "home", "HOME", "Home", "users", "USERS", "uſers", "Users", "/", "\\", "//", "\\\\",
    "/home/jdoe", "C:\\Users\\jdoe", "jdoe", "a.b-c", "_", "-", ".", " ", "\n", "é", "ß",
    "Łucja", "K", "1", "12", "x", "ab", "@", "@@", ".@", "+@", "@jane.doe", "@a-b_c.", "HT",
    "HT1110", "HTHT1234", "-HT1234", "HT12345", "HT1234.5", " - ", "07 - 5454 - 873 - 59",
    "+49 - 30 - 1234 - 5678", "123456 - 1 - 2", "$1 - 2 - 3", "1 - 2 - 3%", "٤٥٦", "४", "০",
    "\u0660", "\u065f", "\uff11", "²", "½", "Ⅻ",
]
_CHARS = "#/\\ homeusrHOMEUSR._-\n1aZé@+HT0123456789 - ٤"


def random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        if rng.random() < 0.3:
            texts.append("".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 80))))
        else:
            texts.append(
                "".join(
                    rng.choice(_PIECES) if rng.random() < 0.6 else rng.choice(_CHARS)
                    for _ in range(rng.randint(0, 30))
                )
            )
    return texts


def _read(matches) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


def test_hashtags_tried_at_each_hash_only() -> None:
    for text in random_texts(1, 4000):
        starts = prefilter.char_offsets(text, "#")
        assert _read(prefilter.finditer_at(HASHTAG, text, starts)) == _read(
            HASHTAG.finditer(text)
        ), text


def test_home_paths_tried_before_each_slash_only() -> None:
    pattern = member_joined._HOME
    for text in random_texts(2, 4000):
        new = prefilter.finditer_at(pattern, text, member_joined._home_starts(text))
        assert _read(new) == _read(pattern.finditer(text)), text


def test_char_offsets() -> None:
    for text in random_texts(3, 500):
        for chars in ("#", "/\\", "\\/", "x"):
            assert prefilter.char_offsets(text, chars) == [
                i for i, ch in enumerate(text) if ch in chars
            ]


def test_mentions_tried_at_each_at_sign_only() -> None:
    pattern = detectors._MENTION
    for text in random_texts(4, 4000):
        new = prefilter.finditer_at(pattern, text, prefilter.char_offsets(text, "@"))
        assert _read(new) == _read(pattern.finditer(text)), text


def test_spaced_hyphen_runs_tried_before_each_spaced_hyphen_only() -> None:
    pattern = phone_pieces._SPACED_HYPHEN
    for text in random_texts(5, 6000):
        new = prefilter.finditer_at(pattern, text, phone_pieces._spaced_hyphen_starts(text))
        assert _read(new) == _read(pattern.finditer(text)), text


def test_haitian_codes_tried_at_each_ht_only() -> None:
    pattern = address_lettered._HAITIAN
    for text in random_texts(6, 4000):
        new = prefilter.finditer_at(pattern, text, prefilter.substring_offsets(text, "HT"))
        assert _read(new) == _read(pattern.finditer(text)), text


def test_substring_offsets() -> None:
    for text in random_texts(7, 500):
        for needle in ("HT", " - ", "aa", "#"):
            assert prefilter.substring_offsets(text, needle) == [
                i for i in range(len(text)) if text.startswith(needle, i)
            ]


def test_other_digit_gate_matches_the_old_pattern() -> None:
    """Every code point, and random texts: the range-first gate finds what ``_OTHER_DIGIT``
    finds."""
    old, new = normalize._OTHER_DIGIT, normalize._OTHER_DIGIT_GATE
    for cp in range(0x110000):
        ch = chr(cp)
        assert (old.fullmatch(ch) is None) == (new.fullmatch(ch) is None), hex(cp)
    for text in random_texts(8, 4000):
        assert _read(new.finditer(text)) == _read(old.finditer(text)), text


def test_nhi_letter_first_matches_the_old_pattern() -> None:
    old, new = ids_nhi._NHI, ids_nhi._NHI_LETTER_FIRST
    rng = random.Random(9)
    pieces = ["ABC1234", "ZZZ0000", "IOQ1234", "-ABC1234", "_ABC1234", "ABCD1234", "ABC12345",
              "ABC1234.5", "ABC1234,", "éABC1234", "ÉABC1234", "٤", "AB", "C", "1234", " ", "-"]
    texts = random_texts(10, 2000) + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(4000)
    ]
    hits = 0
    for text in texts:
        expected = _read(old.finditer(text))
        hits += bool(expected)
        assert _read(new.finditer(text)) == expected, text
    assert hits > 300  # the shaped texts hold a match often enough
