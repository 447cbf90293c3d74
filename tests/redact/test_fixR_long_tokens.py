"""Review 18 F13: one long whitespace-free token (a dotted URL, a JSON number vector, a base64
data URI) costs time in proportion to its length. ``prefilter.windows`` searched to the next
whitespace once per anchor (quadratic in the token); a region already reaching past the anchor's
window is no longer searched again. Timings are compared as a ratio of two sizes in one test
(best of three each, 10k against 40k characters), never against an absolute bound."""

from __future__ import annotations

import random
import time

import pytest

from trainer.redact import Redactor, prefilter

_RNG = random.Random(18)
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
SHAPES = {
    "dotted url": "https://cdn.example.org/" + "/".join(f"r{i}.{i}.js" for i in range(9000)),
    "json vector": "[" + ",".join(f"{_RNG.uniform(-1, 1):.4f}" for _ in range(12000)) + "]",
    "data uri": "data:image/png;base64," + "".join(_RNG.choice(_ALPHABET) for _ in range(80000)),
}


def _best_of_three(redactor: Redactor, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        redactor.redact(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("shape", SHAPES)
def test_a_long_token_costs_time_in_proportion_to_its_length(shape: str) -> None:
    redactor = Redactor.from_members(["Jane Doe"], name_tagger=False)
    redactor.redact("warm up a.b 1234567")
    token = SHAPES[shape]
    small = _best_of_three(redactor, f"See {token[:10000]} thanks")
    large = _best_of_three(redactor, f"See {token[:40000]} thanks")
    # four times the length: linear costs about x4, the quadratic search cost x12-25; x8 leaves
    # room for a loaded machine's noise without letting a quadratic step through
    assert large < 8 * max(small, 0.002), (shape, small, large)


def _windows_searching_every_anchor(text, spans, *, before, after):
    """``prefilter.windows`` as it was before the fix: one search per anchor."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - before), min(len(text), end + after)
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def test_windows_merges_anchors_inside_one_token_as_before() -> None:
    text = "a " + "x.y" * 50 + " b c.d e"
    anchors = [(i, i + 1) for i in range(2, 152, 3)] + [(len(text) - 3, len(text) - 2)]
    assert prefilter.windows(text, anchors, before=2, after=4) == [(0, 154), (155, 160)]
    assert prefilter.windows(text, [(2, 3)], before=0, after=0) == [(2, 152)]
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("ab. \n1") for _ in range(rng.randint(1, 80)))
        starts = rng.sample(range(len(text)), k=min(3, len(text)))
        spans = sorted((a, a + rng.randint(0, 3)) for a in starts)
        spans = [(a, min(b, len(text))) for a, b in spans if a < len(text)]
        before, after = rng.randint(0, 6), rng.randint(0, 6)
        expected = _windows_searching_every_anchor(text, spans, before=before, after=after)
        assert prefilter.windows(text, spans, before=before, after=after) == expected, text
