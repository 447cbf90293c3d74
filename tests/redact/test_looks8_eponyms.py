"""Companies, products and institutions named after people (issue 10, look-alikes): a listed
company written inside a record or a venue line, its product in common words, a Romance
institution noun before its eponym, a German hyphenated institution. Negative tests: a person
who shares a listed name, a member after an institution noun, a surname after a brand."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members(["Maren Lindqvist", "Ilse Brandvold"])


def _out(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # records and markup: the name after a quote, a colon or a CSV comma
        '{"vendor": "Louis Vuitton", "total": "310.00"}',
        "LOCATION:Dr. Martens",  # iCalendar property
        "sku,vendor\nQ-118,Jean Paul Gaultier",
        "supplier: McDonald's",
        # a venue line: the listed name, a comma, a room word and a room code
        "Ort: Mercedes-Benz, Raum 2.14",
        "Lieu : Louis Vuitton, Salle B12",
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
        "Llegada al Aeropuerto Clemente Ferrer a las 9",
        "Cita en el Hospital Ramiro Olazábal",
        "Visita ao Museu Duarte Pacheco",
        "Passeio na Ponte Duarte Pacheco",
        "Visita al Museo Ottavio Ranieri",
        "Inscrit au Lycée Gaspard Lemercier",
        "Praktikum am Ottmar-Lindner-Institut",  # de hyphenated compound
        "Abitur am Ottmar Lindner-Gymnasium",
    ],
)
def test_institution_named_after_a_person_survives(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person whose given name is a brand: the surname after it is no product
        ("my colleague Ford Hansen joined", "my colleague [NAME] joined"),
        ("my colleague Dell Brown joined", "my colleague [NAME] joined"),
        # an honorific or salutation before a listed name makes it a person
        ("Dear Ralph Lauren, thank you", "Dear [NAME], thank you"),
        ('{"contact": "Mr Ford"}', '{"contact": "Mr [NAME]"}'),
        # a room word is only a venue's room with a room code after it
        ("Where: Hugo Boss, Sala", "Where: Hugo Boss, Sala"),
        # members stay redacted after an institution noun, whole or given name alone
        ("Fui al Hospital Maren Lindqvist ayer", "Fui al Hospital [NAME] ayer"),
        ("Hospital Maren", "Hospital [NAME]"),
        ("Praktikum bei Ilse Brandvold im Institut", "Praktikum bei [NAME] im Institut"),
        # an institution noun after the name is no opener ("... the hospital")
        ("Ramiro Olazábal, Hospital director", "[NAME], Hospital director"),
        # a double surname is no institution compound
        ("Gespräch mit Ottmar Lindner-Krause", "Gespräch mit [NAME]"),
    ],
)
def test_people_near_company_forms_still_go(text: str, expected: str) -> None:
    assert _out(text) == expected
