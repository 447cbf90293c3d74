"""The prefilter gate of ``person_cues.cue_before`` is exact: over every cue phrase, written in
random case, with accents, multi-word spacing, punctuation and random text around it, the gated
test answers as the bare regex does at every position of the (NFKC-normalised) text."""

from __future__ import annotations

import random
import unicodedata

from trainer.redact import person_cues, prefilter
from trainer.redact.person_cues import _CUE_BEFORE, BEFORE_PHRASES, cue_before

_BEFORE = " ,;:!?¡¿(\"“«-'/.\n\t\u00a0"
_AFTER = ["", ",", ":", ";", "!", " ", "  "]
_SPACES = [" ", " ", " ", "\n", "\t", "\u00a0", "  "]
_WORDS = "Anna María Ölçer ıris Łukasz ſtraße Straße Élodie team équipe de la a à 12 x".split()


def _variant(rng: random.Random, phrase: str) -> str:
    out = []
    for ch in phrase:
        roll = rng.random()
        if ch == " ":
            out.append(rng.choice(_SPACES))
        elif roll < 0.2:
            out.append(ch.upper())
        elif roll < 0.25 and ch == "i":
            out.append(rng.choice("ıİ"))  # Python's IGNORECASE matches these to "i"
        else:
            out.append(ch)
    return "".join(out)


def _post(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        parts.append(" ".join(rng.choices(_WORDS, k=rng.randint(0, 4))))
        parts.append(rng.choice(_BEFORE))
        parts.append(_variant(rng, rng.choice(BEFORE_PHRASES)))
        parts.append(rng.choice(_AFTER))
        parts.append(rng.choice(_SPACES))
        parts.append(rng.choice(_WORDS))
    return unicodedata.normalize("NFKC", "".join(parts))


def test_gate_agrees_with_the_regex_everywhere() -> None:
    rng = random.Random(20261202)
    checked = found = 0
    for _ in range(2000):
        text = _post(rng)
        keys = prefilter.keywords(text)
        for start in range(1, len(text) + 1):
            bare = _CUE_BEFORE.search(text, max(0, start - 40), start) is not None
            assert cue_before(text, start, keys) == bare, (text, start)
            checked += 1
            found += bare
    assert found > 2000 and checked > found  # both answers were exercised


def test_every_phrase_is_found_through_the_gate() -> None:
    for phrase in BEFORE_PHRASES:
        # Upper case letter by letter: "ß".upper() is "SS", which IGNORECASE does not match.
        upper = "".join(c.upper() if len(c.upper()) == 1 else c for c in phrase)
        for text in (f"{phrase} Anna", f"«{upper}, Anna", f"x ({phrase}: Anna"):
            start = len(text) - len("Anna")
            assert cue_before(text, start, prefilter.keywords(text)), text


def test_gate_skips_the_regex_without_a_keyword_end(monkeypatch) -> None:
    calls = []

    class Spy:
        def search(self, *args):
            calls.append(args)
            return None

    monkeypatch.setattr(person_cues, "_CUE_BEFORE", Spy())
    text = "Grazie a tutti. Oggi Anna Rossi parla."
    keys = prefilter.keywords(text)
    assert keys.get("person_cue_before")
    assert not cue_before(text, text.index("Anna"), keys)
    assert calls == []
