"""Speed changes with the output unchanged: each new gate or shared view against the code
path it replaces, on random made-up texts."""

from __future__ import annotations

import random

import pytest

from trainer.redact import prefilter
from trainer.redact.person_shapes import _TITLE_TAILS, HONORIFIC, honorific_names
from trainer.redact.person_words import CASED_HONORIFICS, DOTTED_HONORIFICS, HONORIFICS

_TITLES = [*HONORIFICS, *DOTTED_HONORIFICS, *CASED_HONORIFICS, "Me", "Pr", "D", "Sig", "Dott"]
_TAILS = [" ", "  ", "\t", "\n", "\u00a0", ".", ". ", ".ra ", ".ssa ", "ª ", ".ª ", ".a ",
          ".o ", "/a. ", "(a). ", "(a) ", ":", ": ", ",", ", ", "!", "?", "-", "'", "’",
          "\u0301 ", ""]  # fmt: skip
_NAMES = ["Halvorsen", "van der Berg", "Okafor-Lind", "smith", "J. Pryce", "ÉMILE", "and", "x"]


def _honorific_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            title = rng.choice(_TITLES)
            title = rng.choice([title, title.lower(), title.upper()])
            lead = rng.choice(["", " ", "for ", "x", "(", "\n", "lesson for "])
            parts.append(lead + title + rng.choice(_TAILS) + rng.choice(_NAMES))
        texts.append(rng.choice(["", " "]).join(parts))
    return texts


def test_honorific_gate_skips_only_keywords_no_match_starts_at() -> None:
    """Every honorific keyword the tail gate skips is one where ``HONORIFIC`` cannot match
    (the loop did nothing there before the gate), so the hits are the same."""
    skipped = 0
    for text in _honorific_texts(4000, seed=52):
        for start, end in prefilter.keywords(text).get("honorific", ()):
            tail = text[end : end + 1]
            if not (tail in _TITLE_TAILS or tail.isspace()):
                skipped += 1
                assert HONORIFIC.match(text, start) is None, (text, start)
    assert skipped > 500  # the property was exercised


def test_honorific_names_still_finds_titles() -> None:
    for text, name in [
        ("Thanks to Dr. Halvorsen for the talk", "Halvorsen"),
        ("Sig.ra Bellucci left early", "Bellucci"),
        ("Frau Brandvold\tsaid so", "Brandvold"),
    ]:
        spans = prefilter.keywords(text)["honorific"]
        assert [text[s:e] for _, s, e in honorific_names(text, spans)] == [name]
    text = "Huge lesson for me: talk to users"
    assert honorific_names(text, prefilter.keywords(text).get("honorific", [])) == []


def _digit_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["123456", "9876 5432 10", "+41 79 123 45 67", "DE89 3704", "x", "ab", " ", "-",
              "(", ")", "/", ".", "\n", "12", "0000000000000", "é", "٣٤٥٦٧٨٩٠", "#"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("seed", [1, 2])
def test_run_windows_is_the_windows_each_ids_module_computed(seed: int) -> None:
    for text in _digit_texts(3000, seed):
        old = prefilter.windows(text, prefilter.digit_runs(text), before=2, after=2)
        assert list(prefilter.run_windows(text)) == old, text


def _spaced_before(text: str) -> str:
    """``prefilter.spaced`` as written before the one-table ASCII path (the reference)."""
    lower = text.lower() if text.isascii() else prefilter.folded(text)
    if lower.isascii():
        return f" {lower.encode().translate(prefilter._ASCII_SPACE_TABLE).decode()} "
    return f" {text.translate(prefilter._FOLD_SPACE_TABLE)} "


def test_spaced_lowers_ascii_in_its_table_as_lower_did() -> None:
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(128)] + ["é", "Ä", "ß", "İ", "ǅ", "Ω", "😀", "\u00a0"]
    texts = ["".join(chr(c) for c in range(128))]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert prefilter.spaced(text) == _spaced_before(text), repr(text)
