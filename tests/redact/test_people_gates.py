"""Gates in front of the person rules skip only texts where the rule finds nothing (speed):
each gate's pieces come from the words its rule reads, and the rule gives the same hits with
the gate as without it on made-up texts."""

from __future__ import annotations

import random

from trainer.redact import people, prefilter
from trainer.redact import person_role_slots as rs


def test_compound_head_gate_holds_a_piece_of_every_head() -> None:
    for head in rs.COMPOUND_HEADS:
        assert rs._HEAD_GATE.search(head), head
        assert rs._HEAD_GATE.search(prefilter.folded(head.upper()))


class _Open:
    """A gate that lets every text through."""

    @staticmethod
    def search(_text: str) -> bool:
        return True


_ROLE_WORDS = [
    "Kontoinhaber", "Kontoinhaberin", "KONTOINHABER", "kontoinnehavare", "Kontoinnehaver",
    "kontoindehaver", "Rekeninghouder", "tilinhaltija", "TILINHALTIJA", "haver", "have",
    "behave", "holder", "ist", "är", "er", "is", "on", "Anna", "Schmidt", "Lindqvist", "Virtanen",
    "Jansen", "Der", "Die", "the", "account", ":", ",", "unknown",
]


def test_role_slot_names_same_with_the_head_gate_open(monkeypatch) -> None:
    rng = random.Random(3)
    texts = [
        " ".join(rng.choice(_ROLE_WORDS) for _ in range(rng.randint(2, 9))) + rng.choice(".\n")
        for _ in range(3000)
    ]
    for _ in range(2000):  # a determiner, a compound role noun, a copula, a value
        det, noun = rng.choice(["Der", "Die", "The"]), rng.choice(_ROLE_WORDS[:11])
        value = " ".join(rng.choice(_ROLE_WORDS[18:23]) for _ in range(rng.randint(1, 2)))
        texts.append(f"{det} {noun} {rng.choice(['ist', 'är', 'is', 'on', ':'])} {value}.")
    gated = [rs.role_slot_names(t, prefilter.keywords(t)) for t in texts]
    monkeypatch.setattr(rs, "_HEAD_GATE", _Open)
    assert [rs.role_slot_names(t, prefilter.keywords(t)) for t in texts] == gated
    assert sum(map(bool, gated)) > 500


def _cased_after_ungated(text: str, end: int):
    after = people.SURNAME_AFTER.match(text, end)
    if after is None or not people._capital(after.group("last")):
        return None
    middle = after.group("middle")
    return after if middle is None or people._capital(middle) else None


_AFTER_WORDS = [
    "Anna", "are", "and", "van", "von", "de", "der", "della", "dos", "d'Amico", "d’Angelo",
    "di", "in", "'t", "in 't", "Hof", "Ó", "Floinn", "Mac", "Diarmada", "Castro", "łowi", "đến",
    "Ávila", "al", "ibn", "zu", "op", "het", "te", "J.", "X", "x", "ab", "We", "Berlin", "dr",
]


def test_cased_after_same_as_the_pattern_alone() -> None:
    rng = random.Random(8)
    seen = 0
    for _ in range(4000):
        text = "".join(
            rng.choice(_AFTER_WORDS) + rng.choice([" ", " ", " ", "-", "\t", "\n", "  ", ", "])
            for _ in range(rng.randint(2, 7))
        )
        for end in range(len(text) + 1):
            got = people._cased_after(text, end)
            want = _cased_after_ungated(text, end)
            assert (got and got.span()) == (want and want.span()), (text, end)
            seen += want is not None
    assert seen > 2000
