"""Scans tried only where a match can start (``prefilter.finditer_at``) find what the
whole-text scan found: the old ``finditer`` is kept here as the reference and compared on random
made-up texts built from the pieces the patterns hold (and their case variants)."""

from __future__ import annotations

import random

from trainer.redact import member_joined, prefilter
from trainer.redact.person_hashtags import HASHTAG

_PIECES = [
    "#", "##", "&#", "#a", "#Maria", "#katharina_obermaier", "#2024", "#_x", "#é", "x#y",
    "home", "HOME", "Home", "users", "USERS", "uſers", "Users", "/", "\\", "//", "\\\\",
    "/home/jdoe", "C:\\Users\\jdoe", "jdoe", "a.b-c", "_", "-", ".", " ", "\n", "é", "ß",
    "Łucja", "K", "1", "12", "x", "ab",
]
_CHARS = "#/\\ homeusrHOMEUSR._-\n1aZé"


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
