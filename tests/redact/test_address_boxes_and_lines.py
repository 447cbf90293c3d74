"""Post-office boxes by their postal names ("Private Bag", "Apartado Postal", "Casilla de
Correo", "S.L.P.", "Postbus") and a round postcode on the line after the street (Pošta
Srbije); made-up values, with same-shape words that stay."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Post it to Private Bag 0417, Maun.", "Post it to [ADDRESS]."),
        ("Private Bag X2093, Polokwane", "[ADDRESS]"),
        ("Escriba al Apartado Postal 3318, San Pedro Sula", "Escriba al [ADDRESS]"),
        ("Casilla de Correo 2291, Cochabamba", "[ADDRESS]"),
        ("Tuma barua kwa S.L.P. 7720, Arusha", "Tuma barua kwa [ADDRESS]"),
        ("Pošaljite na Karađorđeva 58\n34000 Kragujevac. Hvala", "Pošaljite na [ADDRESS]. Hvala"),
        ("Pošaljite na Karađorđeva 58b\n34000 Kragujevac. Hvala", "Pošaljite na [ADDRESS]. Hvala"),
    ],
)
def test_boxes_and_next_line_codes_are_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The private bag 3 was lost at the gym.",
        "Ver el apartado 3 del contrato y marcar la casilla 12.",
    ],
)
def test_box_words_in_prose_stay(redact, text):
    assert redact(text) == text
