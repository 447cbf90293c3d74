"""Companies, products and institutions named after people (issue 10, look-alikes): a listed
company as the value of a company or venue field, its product in common words, a Romance
institution noun opening a venue field, a German institution compound hyphenated throughout.
Negative tests (review R3-R5 forms reworded): a person who shares a listed name after other
delimiters, an institution noun in running text, a member after an institution noun, a
double surname, a surname after a brand."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members(["Maren Lindqvist", "Ilse Brandvold"], name_tagger=False)


def _out(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # the value of a company or venue field: JSON, iCalendar, YAML, "key=value"
        '{"vendor": "Giorgio Armani", "total": "310.00"}',
        '  "merchant": "Jean Paul Gaultier",',
        "LOCATION:Dr. Martens",  # iCalendar property
        "supplier: McDonald's",
        "Où: Christian Dior's boutique",
        # a venue field: the listed name, a comma, a room word and a room code
        "Ort: Mercedes-Benz, Raum 2.14",
        "Lieu : Christian Dior, Salle B12",
        "Lugar: Ferrari, Sala 3",
        "Venue: Ben & Jerry's, Room 4.01",
        # a product or venue in common words after the listed name
        "We met at Tommy Hilfiger Village",
        "Bought it at Calvin Klein Jeans, Berlin",
    ],
)
def test_listed_company_survives(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a German institution compound hyphenated throughout (§ 50)
        "Praktikum am Ottmar-Lindner-Institut",
        "Abitur am Ottmar-Lindner-Gymnasium",
    ],
)
def test_institution_named_after_a_person_survives(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Romance institution noun before a person-shaped name, even as a venue field's value:
        # nothing proves the name is an eponym and not a person (fail closed; the lead withdrew
        # this keep after review R4)
        ("Dónde: Hospital Ramiro Olazábal", "Dónde: Hospital [NAME]"),
        ("Lugar: Museo Ottavio Ranieri", "Lugar: Museo [NAME]"),
        ("Lieu : Lycée Gaspard Lemercier", "Lieu : Lycée [NAME]"),
    ],
)
def test_institution_before_a_person_shaped_name_fails_closed(text: str, expected: str) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person whose given name is a brand: the surname after it is no product
        ("my colleague Ford Hansen joined", "my colleague [NAME] joined"),
        ("my colleague Dell Brown joined", "my colleague [NAME] joined"),
        # an honorific or salutation before a listed name makes it a person
        ("Dear Ralph Lauren, thank you", "Dear [NAME], thank you"),
        # a listed full name after a delimiter that is no company field (review R3)
        ("cc:Ted Baker", "cc:[NAME]"),
        ("Signed,Laura Ashley", "Signed,[NAME]"),
        ("B7781,Paul Smith,Leeds", "B7781,[NAME],Leeds"),
        ("<i>Ted Baker</i> joined the team", "<i>[NAME]</i> joined the team"),
        ("«Laura Ashley» abita qui accanto", "«[NAME]» abita qui accanto"),
        ("ATTENDEE;CN=Ted Baker:mailto:tb@example.org", "ATTENDEE;CN=[NAME]:mailto:[EMAIL]"),
        # a room word with no room code after it is a given name after a comma
        ("Where: Ferrari, Sala", "Where: [NAME]"),  # "Sala Ferrari": a person
        # an institution noun in running text: a person may open the next clause (review R4)
        (
            "Trabajo en el Hospital Ramiro Olazábal es mi jefe",
            "Trabajo en el Hospital [NAME] es mi jefe",
        ),
        (
            "Je suis passée au Collège Gaspard Lemercier hier",
            "Je suis passée au Collège [NAME] hier",
        ),
        (
            "Ich bin im Institut Ottmar Lindner wartet schon",
            "Ich bin im Institut [NAME] wartet schon",
        ),
        # members stay redacted after an institution noun, whole or given name alone
        ("Dónde: Hospital Maren Lindqvist", "Dónde: Hospital [NAME]"),
        ("merchant: Maren Lindqvist", "merchant: [NAME]"),
        ("Where: Maren Lindqvist, Room 4.01", "Where: [NAME], Room 4.01"),
        ("LOCATION:Maren", "LOCATION:[NAME]"),
        # a possessive in a venue field: someone's place (review R3b)
        ("LOCATION:Paul Smith's studio, 1st floor", "LOCATION:[NAME] studio, 1st floor"),
        ("Fui al Hospital Maren Lindqvist ayer", "Fui al Hospital [NAME] ayer"),
        ("Hospital Maren", "Hospital [NAME]"),
        # a compound written with a space may be a double surname (review R5)
        ("Ottmar Lindner-Gymnasium ruft an", "[NAME] ruft an"),
        ("Gespräch mit Ottmar Lindner-Krause", "Gespräch mit [NAME]"),
    ],
)
def test_people_near_company_forms_still_go(text: str, expected: str) -> None:
    assert _out(text) == expected
