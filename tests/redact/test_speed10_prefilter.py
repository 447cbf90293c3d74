"""Speed steps of issue #10 in ``prefilter``: each must return what the plain code returned, and
a post's own cached results must outlive the views the spoken-number reader caches."""

from __future__ import annotations

import random
import re

from trainer.redact import Redactor, prefilter

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _random_text(rng: random.Random) -> str:
    pieces = ["Call", "me", "on", "0791", "12", "34-56", "ID", "AB12", "é", "٣٤٥", "12.3", "x"]
    return " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


def test_digit_runs_same_as_plain_regex():
    rng = random.Random(11)
    plain = re.compile(r"\d(?:[ \-–_./()\u00a0]{0,3}\d){5,}")
    for _ in range(3000):
        text = _random_text(rng)
        expected = tuple(m.span() for m in plain.finditer(text))
        assert prefilter.digit_runs(text) == expected, text
    assert prefilter.digit_runs("born 1985, 3 kids") == ()  # five digits: no scan, no run
    assert prefilter.digit_runs("call 0791 123") == ((5, 13),)


def test_letter_digit_contacts_same_as_plain_regex():
    rng = random.Random(12)
    plain = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")
    for _ in range(3000):
        text = _random_text(rng).replace(" ", rng.choice(["", " ", "-"]), rng.randint(0, 3))
        expected = tuple(m.span() for m in plain.finditer(text))
        assert prefilter.letter_digit_contacts(text) == expected, text
    assert prefilter.letter_digit_contacts("order 12345 on 3 May") == ()  # no contact: no scan


def test_post_outlives_the_spoken_readers_views():
    """Twelve dictated numbers give the reader twelve views, each a new text for the caches;
    none may push out the post's own results (with 8 entries the keyword copy and keywords of
    the post were computed two and three times): every miss is then a text seen once."""
    numbers = [
        " ".join(_WORDS[int(d)] for d in f"07{i:02d}{i * 7919 % 10**7:07d}") for i in range(12)
    ]
    text = " ".join(f"Ring {number} today." for number in numbers)
    caches = [f for f in vars(prefilter).values() if hasattr(f, "cache_clear")]
    for cache in caches:
        cache.cache_clear()
    result = Redactor.from_members(["Anna Berg"], name_tagger=False).redact(text)
    assert result.text.count("[PHONE]") == 12
    for cache in caches:
        info = cache.cache_info()
        assert info.misses == info.currsize, (cache.__name__, info)
