"""``informal_pairs`` reads each keyword's shape and given-name class from a per-word cache and
may be handed only the given-name keywords that are no sentence word (``find_people``, speed):
the same hits as the rule written out in full over every keyword, on made-up one-case and mixed
texts with cues, commas, particles and initials."""

from __future__ import annotations

import random

from trainer.redact import person_informal as pi
from trainer.redact import prefilter
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS, TOP

_WORDS = [
    "hazel",
    "Hazel",
    "HAZEL",
    "lindgren",
    "Lindgren",
    "LINDGREN",
    "maeve",
    "green",
    "Green",
    "rose",
    "garden",
    "will",
    "Will",
    "joy",
    "JOY",
    "callaghan",
    "okafor",
    "Okafor",
    "faith",
    "Faith",
    "dalla",
    "torre",
    "van",
    "der",
    "berg",
    "paolo",
    "della",
    "pazienza",
    "the",
    "new",
    "and",
    "you",
    "knowledge",
    "senior",
    "Berlin",
    "sharing",
    "engineers",
    "ciao",
    "Ciao",
    "thanks",
    "hi",
    "cc",
    "CC",
    "ask",
    "met",
    "spoke",
    "to",
    "referred",
    "by",
    "grazie",
    "a",
    "ottavia",
    "russo",
    "hosts",
    "t.",
    "T.",
    "r.",
    "black",
    "BLACK",
    "Mia",
    "mia",
    "2thanks",
]
_GLUE = [" ", " ", " ", ", ", ",", "\n", ": ", " - ", " — ", "! ", ". ", "\t", "🙌"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(2, 12)):
            parts += [rng.choice(_WORDS), rng.choice(_GLUE)]
        out.append("".join(parts).strip())
    return out


def _written_out(text: str, spans) -> list:
    """The rule as it read before the cache: every check in line, on every keyword."""
    hits = []
    for start, end in spans:
        if end - start < 3:
            continue
        token = text[start:end]
        if token in TOP or len(token) < 3:
            continue
        if "," not in text[max(0, start - 3) : start] and (
            token in GIVEN or text[end : end + 1] not in (" ", "\t")
        ):
            continue
        shape = pi._shape(token)
        if shape is None or token.lower() in TOP or len(token) < 3:
            continue
        if pi._is_cue(token):
            continue
        title = token.title()
        strict = title not in GIVEN
        if strict and title not in GIVEN_AMBIGUOUS:
            continue
        if not (shape == "title" and not strict) and (
            hit := pi._pair_after(text, start, end, shape=shape, strict=strict)
        ):
            hits.append(hit)
        elif hit := pi._pair_before(text, start, end, shape=shape):
            hits.append(hit)
    return hits


def test_informal_pairs_same_as_written_out() -> None:
    found_any = 0
    for text in _texts(6000, 11):
        found = prefilter.keywords(text)
        given = list(found.get("given", ()))
        ambiguous = list(found.get("given_ambiguous", ()))
        every = [*given, *ambiguous]
        # find_people drops the given-name keywords that are sentence words before the call
        worded = [
            s for s in given if not (text[s[0] : s[1]] in TOP and text[s[0] : s[1]].islower())
        ]
        expected = _written_out(text, every)
        assert pi.informal_pairs(text, every) == expected, text
        assert pi.informal_pairs(text, [*worded, *ambiguous]) == expected, text
        found_any += bool(expected)
    assert found_any > 150  # the texts reach the rule's hits, not only its early exits


def test_informal_pairs_examples() -> None:
    for text, name in (
        ("hi hazel lindgren, see you", "hazel lindgren"),
        ("CC JOY CALLAGHAN - ok", "JOY CALLAGHAN"),
        ("thanks to okafor, faith", "okafor, faith"),
        ("grazie a ottavia russo!", "ottavia russo"),
    ):
        spans = [
            *prefilter.keywords(text).get("given", ()),
            *prefilter.keywords(text).get("given_ambiguous", ()),
        ]
        assert [text[s:e] for _, s, e in pi.informal_pairs(text, spans)] == [name], text
    assert pi.informal_pairs("hi maeve will you", [(3, 8)]) == []
    assert pi.informal_pairs("grazie a paolo della pazienza", [(9, 14)]) == []
