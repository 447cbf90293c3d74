"""Estate-and-block addresses (Honduras' colonia, bloque and casa; Panama's street, building and
floor; the Dominican residencial), made-up values; a building and one floor in prose stay."""

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
            "Me mudé a Col. Miraflores, Bloque F, Casa #27, Tegucigalpa, M.D.C. Saludos",
            "Me mudé a [ADDRESS]. Saludos",
        ),
        ("Barrio El Centro, Casa 814, Comayagua", "[ADDRESS]"),
        (
            "Oficina: Calle 63, Edificio Torres del Mar, Piso 8, Ciudad de Panamá. Gracias",
            "Oficina: [ADDRESS]. Gracias",
        ),
        (
            "Vivo en Vía Brasil, Edificio Las Acacias, Apto. 7C, corregimiento de San Francisco.",
            "Vivo en [ADDRESS].",
        ),
        ("Residencial Los Cedros, Manzana 4, Casa 9", "[ADDRESS]"),
    ],
)
def test_estate_block_lines_are_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La reunión es en el Edificio Central, Piso 3. Traigan café.",
        "El Barrio Chino tiene buena comida.",
        "La Torre Norte abre a las 9.",
    ],
)
def test_a_building_and_one_floor_stay(redact, text):
    assert redact(text) == text
