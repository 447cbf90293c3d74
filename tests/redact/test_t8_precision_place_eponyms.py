"""Buildings and landmarks named after people, right after or before their place noun, are the
place; a title or a person verb beside the same name keeps it redacted. Made-up places only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.place_eponyms import eponym_place

RULES = Redactor.from_members([], name_tagger=False)
TAGGED = Redactor.from_members([])

KEPT = [
    "Quedamos en el Aeropuerto Carlos Mendoza a las ocho.",
    "Der Flughafen Klaus Wendt ist geschlossen.",
]


@pytest.mark.parametrize("text", KEPT)
def test_place_named_after_a_person_survives(text: str) -> None:
    assert RULES.redact(text).text == text
    assert TAGGED.redact(text).text == text


REDACTED = [
    ("Dr Carlos Mendoza llega mañana.", "Dr [NAME] llega mañana."),
    (
        "Habló con Carlos Mendoza, que dirige el Estadio.",
        "Habló con [NAME], que dirige el Estadio.",
    ),
    ("I met Michael Harrington at the bridge.", "I met [NAME] at the bridge."),
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_person_beside_a_place_noun_stays_redacted(text: str, expected: str) -> None:
    assert RULES.redact(text).text == expected
    tagged = TAGGED.redact(text).text  # the tagger may take the title too
    assert "Carlos" not in tagged and "Mendoza" not in tagged and "Harrington" not in tagged


@pytest.mark.parametrize(
    ("text", "start", "end", "kept"),
    [
        ("near Aeropuerto Carlos Mendoza today", 16, 30, True),
        ("landed at Jomo Kenyatta International Airport.", 10, 23, True),
        ("near Estadio Carlos Mendoza, que juega hoy", 13, 27, False),  # relative clause
        ("near Estadio Carlos Mendoza Ruiz Vega Soto 5", 13, 27, False),  # the run goes on
        ("met Dr Carlos Mendoza Stadium", 4, 21, False),  # a title in the name
        ("thanks Carlos Mendoza for the help", 7, 21, False),  # no place noun
        ("Aeropuerto Carlos 12", 11, 17, False),  # one word of name
    ],
)
def test_eponym_place(text: str, start: int, end: int, kept: bool) -> None:
    assert eponym_place(text, start, end) is kept
