"""Type-first streets with the house number behind a number mark ("#86", "N° 1361", "n.º 12"),
streets named after a date ("Av. 27 de Febrero"), and French types after an elided article
("34 cours de l'Intendance"); made-up values, with same-shape text that stays."""

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
        (
            "Enviad el paquete a Av. Tiradentes #41, Bonao 42000. Gracias",
            "Enviad el paquete a [ADDRESS]. Gracias",
        ),
        ("Mi dirección nueva es Av. Saavedra N° 1745.", "Mi dirección nueva es [ADDRESS]."),
        # a year-like house number counts after its mark
        ("Mi dirección nueva es Av. Saavedra N° 2031.", "Mi dirección nueva es [ADDRESS]."),
        ("Visita en Calle Potosí N° 322, piso 4, toquen.", "Visita en [ADDRESS], toquen."),
        ("Entreguen en Av. 16 de Julio #210, Moca 56000.", "Entreguen en [ADDRESS]."),
        ("Envie para Rua Amílcar Cabral, n.º 45, Luanda.", "Envie para [ADDRESS]."),
        ("Il habite au 8 cours de l'Argonne, au fond.", "Il habite au [ADDRESS], au fond."),
        (
            "Lleven todo a Calle de los Pasos 14-20, zona 2, Antigua Guatemala 03001.",
            "Lleven todo a [ADDRESS].",
        ),
    ],
)
def test_marked_and_dated_streets_are_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El 27 de Febrero es fiesta nacional.",
        "J'ai suivi 3 cours de l'Université cette année.",
        "Pedido #4521 enviado, llega el lunes.",
        "Piazza Affari 2024: i migliori titoli.",
    ],
)
def test_marks_and_dates_without_a_street_stay(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rev21 F10: a street type with only the number mark and number, no name
        ("Avenida N° 12 casa 3", "[ADDRESS]"),
        ("vive en Avenida N° 12 casa 3.", "vive en [ADDRESS]."),
        ("Avenida Nº 12 casa 3", "[ADDRESS]"),
        ("Avenida n.º 12", "[ADDRESS]"),
        ("Calle No. 12 casa 3", "[ADDRESS]"),
        ("Avenida Brasil N° 1361", "[ADDRESS]"),
    ],
)
def test_number_mark_without_a_street_name(redact, text, expected):
    assert redact(text) == expected
