"""The shared path's fast paths give exactly what the plain definitions give: the region
builder every detector calls (``prefilter.windows``), the per-type counts of ``redact_batch``
(counted once per batch) and the result of a post with nothing to redact (returned as given)."""

from __future__ import annotations

import random
import re

import pytest

from trainer.redact import Redactor, prefilter

_SPACE = re.compile(r"\s")


def _plain_windows(text, spans, *, before, after):
    """The region builder written with min()/max() and merged[-1] (its earlier form)."""
    merged = []
    n = len(text)
    for start, end in spans:
        lo, hi = max(0, start - before), min(n, end + after)
        if merged and lo <= merged[-1][1] >= hi:
            continue
        if hi < n and not text[hi].isspace():
            space = _SPACE.search(text, hi)
            hi = space.start() if space else n
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


@pytest.mark.parametrize(
    ("text", "spans", "before", "after", "expected"),
    [
        ("", [], 3, 3, []),
        ("call me on 0301 2345", [(11, 15)], 5, 2, [(6, 20)]),  # grown to the token's end
        ("ab cd ef gh", [(0, 2), (3, 5)], 0, 1, [(0, 8)]),  # overlapping regions join
        ("ab cd ef gh", [(0, 2), (9, 11)], 0, 0, [(0, 2), (9, 11)]),  # apart: two regions
        ("ab cdefgh ij", [(0, 2), (1, 2)], 0, 2, [(0, 9)]),  # inside the last: skipped
        ("abcdef", [(2, 3)], 10, 10, [(0, 6)]),  # clipped to the text
    ],
)
def test_windows_examples(text, spans, before, after, expected):
    assert prefilter.windows(text, iter(spans), before=before, after=after) == expected
    assert _plain_windows(text, spans, before=before, after=after) == expected


def test_windows_equals_plain_definition_on_random_inputs():
    rng = random.Random(20261203)
    for _ in range(20000):
        n = rng.randint(0, 40)
        text = "".join(rng.choice("ab \n\t") for _ in range(n))
        spans = [(s, s + rng.randint(0, 4)) for s in (rng.randint(0, n) for _ in range(5))]
        if rng.random() < 0.5:
            spans.sort()
        before, after = rng.randint(0, 8), rng.randint(0, 8)
        assert prefilter.windows(text, spans, before=before, after=after) == _plain_windows(
            text, spans, before=before, after=after
        )


_POSTS = [
    "Lunch with the team today, nothing else to report.",  # nothing to redact
    "Write to jonas.brekke@example.org or call +49 30 1234 5678.",  # an email and a phone
    "Thanks @brekke_j for the review!",  # a mention
    "Nothing here either \u200b at all &amp; more.",  # normalised, still nothing
    "Mail: ana.quiroga@example.com \u2014 and ana.quiroga@example.com again.",  # two emails
]


@pytest.mark.parametrize("enabled", [None, ["EMAIL", "MENTION"]])
def test_batch_counts_equal_the_spans_of_each_post(enabled):
    redactor = Redactor.from_members(["Jonas Brekke"], enabled_types=enabled, name_tagger=False)
    texts, counts = redactor.redact_batch(_POSTS)
    results = [redactor.redact(text) for text in _POSTS]
    assert texts == [r.text for r in results]
    expected = {t: 0 for t in redactor.config_summary()["enabled_types"]}
    for result in results:
        for span in result.spans:
            expected[span.type] += 1
    assert dict(counts) == expected
    assert list(counts) == list(expected)  # every enabled type, in the engine's order
    assert counts["EMAIL"] == 3


def test_a_post_with_nothing_to_redact_comes_back_as_given():
    redactor = Redactor.from_members([], name_tagger=False)
    for text in (_POSTS[0], _POSTS[3]):
        result = redactor.redact(text)
        assert result.text == text
        assert result.spans == []
