"""Czech and Slovak pickup, delivery and residence labels before a street; an English possessive
before "gate"; the counted nouns of every language in one list (made-up values; each with a
same-shape negative)."""

from __future__ import annotations

import pytest

from trainer.redact.address_numbers import count_after, counted_noun
from trainer.redact.addresses import find_addresses


def _found(text: str) -> list[str]:
    return sorted({text[s:e] for kind, s, e in find_addresses(text) if kind == "ADDRESS"})


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Vyzvednutí: Jabloňová 17", "Jabloňová 17"),
        ("Místo vyzvednutí: Jabloňová 17", "Jabloňová 17"),
        ("Doručení: Jabloňová 17", "Jabloňová 17"),
        ("Vyzdvihnutie: Ľubová 17", "Ľubová 17"),
        ("Bydlisko: Jabloňová 17", "Jabloňová 17"),
        # a Norwegian genitive before "gate": no frequent word, no English apostrophe
        ("Jeg bor i Hagens gate 12 i sentrum.", "Hagens gate 12"),
        ("Meet at Dahls gate 12, 0170 Oslo", "Dahls gate 12, 0170 Oslo"),
    ],
)
def test_labelled_or_genitive_street(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Vyzvednutí: Sál 12",  # a room after the label, no street
        "Doručení do 12 dnů.",
        "Boarding at Arrivals gate 4 now.",  # an English word before "gate"
        "Wait by Smith's gate 3 please.",  # the English possessive
    ],
)
def test_same_shape_stays(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "pos", "counted"),
    [
        ("Nørregade 2 dage", 11, True),  # Danish, once in address_dkno
        ("Calea Moșilor 5 zile", 15, True),  # Romanian, once in address_ro
        ("po 5 osób", 4, True),  # Polish, once in address_lower_line
        ("Hauptstraße 5 let me know", 13, False),  # Czech "let" is also an English verb
        ("Via Roma 5 ore 21", 10, False),  # "ore 21" is a time: a number follows
    ],
)
def test_count_after_one_list(text: str, pos: int, counted: bool) -> None:
    assert count_after(text, pos) is counted


def test_counted_noun_whole_word() -> None:
    assert counted_noun("osób") and counted_noun("Tage")
    assert not counted_noun("berlin") and not counted_noun("osóbka")
