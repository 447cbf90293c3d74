"""A numberless street used as a place in prose is kept; a street with a house number or a
postcode goes. The person finder took a street whose first word is also a given name
("Brigade Road", "Connaught ...") and a Dutch "<noun> op de <Street>" (read as a surname
particle) for names; ``address_places.street_place`` turns those down. Made-up examples."""

from __future__ import annotations

import pytest

from trainer.redact.address_places import street_place
from trainer.redact.engine import Redactor

R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Our bakery on Ashford Road closes at noon today.",
        "Coffee on Harrison Place before work.",
        "We met at Florence Place yesterday.",
        "Thee op de Havenkade na het werk.",
        "We moved off Melville Place last spring.",
        "Grabbed lunch at Harlow Square before the talk.",
        "Our stall near Tilbury Street was busy all week.",
        "Met the team along Kingsway Boulevard for a walk.",
        "Thee op de Marktsingel na de presentatie, aanrader.",
        "Lunch aan de Veerkade was gezellig.",
        "Fietsen op de Oostergracht is niet altijd handig.",
    ],
)
def test_numberless_street_as_place_is_kept(text):
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Send it to 14 Melville Place, Bristol BS1 4DJ.", "14"),
        ("Our office: 221 Ashford Road, Leeds LS6 2QT", "221"),
        ("Thee op de Marktsingel 42, 3011 AB Rotterdam.", "42"),
        ("Het pand aan de Veerkade 7 staat te koop.", "7"),
        ("Koffie op de Molenweg 12, 1234 AB Delft.", "1234"),
        ("Coffee at 9 Harrison Place, Leeds LS6 2QT.", "LS6"),
    ],
)
def test_street_with_number_or_postcode_goes(text, gone):
    out = _redact(text)
    assert "[ADDRESS]" in out or "[NAME]" in out, out
    assert gone not in out, out


def test_street_after_a_phone_number_is_kept():
    out = _redact("Bel me op 06 1234 5678. Thee op de Havenkade na het werk.")
    assert out == "Bel me op [PHONE]. Thee op de Havenkade na het werk."


def test_people_are_not_streets():
    # A real given name before "op de" keeps the particle reading; "Lane" is a surname.
    assert "Mirte" not in _redact("Mirte op de Beek schreef het verslag.")
    assert "Lane" not in _redact("Lunch with Diane Lane today.")


def test_predicate_fails_closed_on_digits():
    text = "Coffee on Melville Place 12 tomorrow."
    start = text.index("Melville")
    assert not street_place(text, start, start + len("Melville Place"))
    text = "Coffee on Melville Place tomorrow."
    assert street_place(text, start, start + len("Melville Place"))
    text = "Coffee at 12 Melville Place tomorrow."
    start = text.index("Melville")
    assert not street_place(text, start, start + len("Melville Place"))
    # No place preposition before it: not taken for a street here.
    text = "Melville Place said hello."
    assert not street_place(text, 0, len("Melville Place"))
