"""Postcodes that must go with the address they belong to, written from the postal standards
(Correos floor and door parts, Deutsche Post's floor line, Correios' 8-digit CEP, UPU S42's
locality line written before the street), and the prose that must stay beside them."""

from __future__ import annotations

import pytest

EXACT = [
    # Correos: floor and door ("2.º 1.ª", "ático", "3.º izda.") sit between number and postcode
    (
        "Oficina: Calle Mayor, 12, 2.º 1.ª, 28013 Madrid.",
        "Oficina: [ADDRESS].",
    ),
    ("Oficina: Calle Mayor, 12, ático, 28013 Madrid.", "Oficina: [ADDRESS]."),
    ("Oficina: Paseo del Prado, 7, 3.º izda., 28014 Madrid", "Oficina: [ADDRESS]"),
    ("Dirección: C/ Gran Vía 28, planta 4, 28013 Madrid (Madrid)", "Dirección: [ADDRESS]"),
    # Deutsche Post: "2. Etage links" between the street line and the postcode line
    ("Hauptstraße 5, 2. Etage links, 69123 Heidelberg", "[ADDRESS]"),
    ("Hinter der Mauer 107, 3. OG rechts, 69117 Heidelberg", "[ADDRESS]"),
    # La Poste: "1er étage"
    ("Bureau : 12 rue Paul Bert, 1er étage, 69003 Lyon", "Bureau : [ADDRESS]"),
    # Correios: the CEP written as eight bare digits after the city and UF
    ("Alameda Santos, 1205 – Belo Horizonte (MG) – 31953698", "[ADDRESS]"),
    ("Estrada das Pedras, 318, ap. 14 - Centro, Niterói - RJ, 24020005", "[ADDRESS]"),
    # The locality line first, the street line after it
    ("Kom langs: 3046 DM Rotterdam, Zandveld 18-2", "Kom langs: [ADDRESS]"),
    ("Kom langs: 6516TW Nijmegen, Molenwerf 207-1.", "Kom langs: [ADDRESS]."),
    ("Kom langs: 8025 ZB ZWOLLE, KORENSTATE 22BIS", "Kom langs: [ADDRESS]"),
    ("Kom langs: 2014 LT Haarlem, Berkenhof 367 hs", "Kom langs: [ADDRESS]"),
    ("Wir sitzen in 10115 Berlin, Hauptstraße 5.", "Wir sitzen in [ADDRESS]."),
    # the postcode and town in brackets after the street line
    ("Oficina: Calle Mayor 5 (28013 Madrid) abierta", "Oficina: [ADDRESS] abierta"),
]

KEPT_AFTER = [
    # after "postcode town" a year, a counted noun or prose is no street line
    ("Wir sitzen in 10115 Berlin, seit 2019 schon.", ", seit 2019 schon."),
    ("Wir sitzen in 10115 Berlin, Sommer 2024.", ", Sommer 2024."),
    ("Wir sitzen in 10115 Berlin, Team 12 Leute.", ", Team 12 Leute."),
    ("Estamos en 28013 Madrid, Top 10 ideas.", ", Top 10 ideas."),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_postcode_goes_with_its_street(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(("text", "tail"), KEPT_AFTER)
def test_prose_after_postcode_and_town_stays(redactor, text, tail):
    out = redactor.redact(text).text
    assert "[ADDRESS]" in out and out.endswith(tail), out
