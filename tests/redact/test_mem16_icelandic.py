"""mem16: Icelandic case forms of roster names (``member_icelandic`` via ``member_inflections``),
both ways: the accusative, dative and genitive of given names, patronymics and matronymics are
redacted, written with or without accents; a word that merely starts like one and the forms of
a name outside the roster are kept. Made-up rosters and phrasing."""

from __future__ import annotations

import re

import pytest

from trainer.redact.member_given import find_members
from trainer.redact.member_icelandic import icelandic_forms, umlaut_base, umlaut_stem
from trainer.redact.member_inflections import declined_base
from trainer.redact.names import MemberNames

ROSTER = [
    "Sigurður Hrafnsson",
    "Guðrún Kolbeinsdóttir",
    "Jóhanna Vésteinsdóttir",
    "Ketill Brandsson",
    "Hrafnkell Önundarson",
    "Þórhildur Ásgeirsdóttir",
    "Snorri Geirmundsson",
    "Styrmir Halldórsson",
]


def _found(roster: list[str], text: str) -> list[str]:
    members = MemberNames(roster)
    hits = find_members(text, members)
    words = re.finditer(r"\w+", text)
    return sorted(
        w.group() for w in words if any(s <= w.start() and w.end() <= e for _, s, e in hits)
    )


def test_the_table_by_nominative_ending():
    assert {"sigurð", "sigurði", "sigurðar", "sigurðs"} <= icelandic_forms("sigurður")
    assert {"hrafnssyni", "hrafnssonar"} <= icelandic_forms("hrafnsson")
    assert "kolbeinsdottur" in icelandic_forms("kolbeinsdottir")
    assert {"guðrunu", "guðrunar", "guðruni"} <= icelandic_forms("guðrun")
    assert "snorra" in icelandic_forms("snorri")
    assert {"ketil", "ketili", "ketils", "ketli"} <= icelandic_forms("ketill")
    assert {"styrmi", "styrmis"} <= icelandic_forms("styrmir")
    assert umlaut_stem("johanna") == "johonn" and umlaut_base("johonnu") == "johanna"
    assert umlaut_stem("maria") is None  # the stem's last vowel is no a: "Maríu"
    assert umlaut_base("bonus") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Við erum stolt af Sigurði Hrafnssyni!", ["Hrafnssyni", "Sigurði"]),
        ("Án Sigurðar hefði þetta aldrei tekist.", ["Sigurðar"]),
        ("Spyrjið Sigurð um samferð.", ["Sigurð"]),
        ("Ræða Jóhönnu Vésteinsdóttur var frábær.", ["Jóhönnu", "Vésteinsdóttur"]),
        ("Kærar þakkir til Johonnu Vesteinsdottur!", ["Johonnu", "Vesteinsdottur"]),
        ("Gaman að fá Guðrúnu í hópinn.", ["Guðrúnu"]),
        ("Allar upplýsingar fást hjá Snorra.", ["Snorra"]),
        ("Ég þakka Þórhildi fyrir.", ["Þórhildi"]),
        ("Bókin er gjöf Önundarsonar.", ["Önundarsonar"]),
    ],
)
def test_forms_of_roster_names_are_the_member(text, words):
    assert _found(ROSTER, text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Við fórum á Sigurðarhátíð í gær.",  # starts like a form, is a longer word
        "Jóhönnugata er lokuð.",
        "Ræða Önnu var frábær.",  # Anna is no roster name here
        "Við erum stolt af Páli.",  # the form of a name outside the roster
    ],
)
def test_same_shape_words_are_kept(text):
    assert _found(ROSTER, text) == []


def test_nothing_reads_back_outside_the_roster():
    members = MemberNames(ROSTER)
    for key in ("onnu", "pali", "helga", "olafssyni"):
        assert declined_base(key, members.given, members.surnames) is None
    assert declined_base("johonnu", members.given, members.surnames) == "johanna"


def test_the_estonian_partitive_of_a_consonant_final_or_ne_name():
    roster = ["Kristjan Kaasik", "Mirjam Lõokene"]
    assert _found(roster, "Õnnitleme Kristjanit ja Lõokest!") == ["Kristjanit", "Lõokest"]
    assert _found(roster, "Õnnitleme Kristjanitaja veel.") == []  # a longer word
