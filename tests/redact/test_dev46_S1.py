"""dev46 S1: the name stages' speed work changes no output.

``member_roster_slots._slavic_keys`` is kept across posts (an ``lru_cache`` keyed by the word
alone): the roster keys a Slavic possessive adjective may come from are a function of the word,
never of the roster, so two rosters in one process still read the same word differently.
"""

from __future__ import annotations

import random
import re

import pytest

from trainer.redact import Redactor
from trainer.redact import member_roster_slots as rs

_RADKA = Redactor.from_members(["Radka Nováková"], name_tagger=False)
_PETR = Redactor.from_members(["Petr Svoboda"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "radka", "petr"),
    [
        # each roster redacts its own member's possessive adjective and keeps the other's
        ("Radčin seznam je hotový.", "[NAME] seznam je hotový.", "Radčin seznam je hotový."),
        ("Petrův návrh je dobrý.", "Petrův návrh je dobrý.", "[NAME] návrh je dobrý."),
        (
            "Radčin seznam a Petrův návrh.",
            "[NAME] seznam a Petrův návrh.",
            "Radčin seznam a [NAME] návrh.",
        ),
        # a capitalised word with a possessive ending that no roster key explains stays
        ("Zítra Berlin je zavřený.", "Zítra Berlin je zavřený.", "Zítra Berlin je zavřený."),
    ],
)
def test_slavic_possessives_per_roster_with_the_shared_cache(text, radka, petr):
    # each redactor twice, interleaved: a cache that kept a roster's answer would leak it
    for _ in range(2):
        assert _RADKA.redact(text).text == radka
        assert _PETR.redact(text).text == petr


@pytest.mark.parametrize(
    ("word", "keys"),
    [
        ("Radčin", ("radca", "radc", "radka")),  # the stem, then č -> k undone
        ("Petrův", ("petr",)),
        ("Annin", ("anna", "ann")),
        ("Hanin", ("hana", "han")),
        ("Novákova", ("novak",)),
        ("Berlin", ("berla", "berl")),
        ("Praha", ()),
    ],
)
def test_slavic_keys_exact(word, keys):
    assert rs._slavic_keys(word) == keys
    assert rs._slavic_keys.__wrapped__(word) == keys  # the cached answer is the computed one


# -- member_roster_slots: the owner and Slavic gates open with a literal, same sites ------------

_CHRISTIAN = Redactor.from_members(["Christian Morel", "Radka Nováková"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Où en est la commande de Christian ?", "Où en est la commande de [NAME] ?"),
        ("la commande\tde\tChristian", "la commande\tde\t[NAME]"),  # tabs are blanks too
        ("la commande des Christian", "la commande des [NAME]"),
        ("la commande de Christian Dior", "la commande de Christian Dior"),  # a capital after
        ("Radčin\tseznam je hotový.", "[NAME]\tseznam je hotový."),
        ("Radčin seznam", "[NAME] seznam"),
        ("Zítra Radčin Seznam", "Zítra Radčin Seznam"),  # no lower-case noun after it
    ],
)
def test_owner_and_slavic_slots_exact(text, expected):
    assert _CHRISTIAN.redact(text).text == expected


# the gates as they were written before (a blank first), built from the same words
_OLD_OWNER_GATE = re.compile(rf"[ \t](?:{'|'.join(rs._OWNER_OF)})[ \t]")
_OLD_SLAVIC_GATE = re.compile(
    rf"[ \t](?<=(?:{'|'.join(rs._SLAVIC_TAILS)})[ \t])(?={rs._LOWER_FIRST})"
)


def _random_texts(alphabet: str, n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("word", rs._OWNER_OF)
def test_owner_gate_agrees_with_the_blank_first_gate(word):
    for text in (f"x {word} y", f"x\t{word}\tY", f"{word} x", f"x {word}", f"x{word} y"):
        assert (rs._OWNER_GATE.search(text) is None) == (_OLD_OWNER_GATE.search(text) is None)
    assert rs.may_own(f"la commande {word} Christian")
    assert not rs.may_own(f"la commande {word.upper()} Christian")  # the pattern is cased


def test_owner_gate_agrees_on_random_text():
    for text in _random_texts("dDeaoiusl \t\nx", 30000, 7):
        assert (rs._OWNER_GATE.search(text) is None) == (_OLD_OWNER_GATE.search(text) is None)


def test_slavic_gate_sites_agree_on_random_text():
    for text in _random_texts("inaoyuvůřčšžIANOVŮ \t\nx.ǅ", 30000, 11):
        new = [m.end() for m in rs._SLAVIC_GATE.finditer(text)]
        assert new == [m.start() for m in _OLD_SLAVIC_GATE.finditer(text)], text
