"""End to end, once ``addresses`` calls them: postcode-and-town mentions without a street,
streets named as places in prose (kept), and references that only look like a country-prefixed
postcode ("Order #A-51364-14", kept)."""

from __future__ import annotations

import pytest

EXACT = [
    ("Our office is in Koramangala, Bengaluru 560034.", "Our office is in [ADDRESS]."),
    ("Our office is in Bengaluru - 560 034.", "Our office is in [ADDRESS]."),
    ("Sede central: 28013 Madrid.", "Sede central: [ADDRESS]."),
    ("Oficina (28013 Madrid) abierta.", "Oficina ([ADDRESS]) abierta."),
    ("Siège : 75008 Paris CEDEX 08", "Siège : [ADDRESS]"),
    ("Unser Büro (10115 Berlin) ist offen.", "Unser Büro ([ADDRESS]) ist offen."),
    ("Ufficio: 20121 Milano (MI)", "Ufficio: [ADDRESS]"),
    ("Kom: Lange Gracht 91A, 8011CE Zwolle", "Kom: [ADDRESS]"),
    ("Büro: D-10115 Berlin", "Büro: [ADDRESS]"),
    # addresses that stay addresses
    ("Moro na Rua Augusta, Consolação, São Paulo", "Moro na [ADDRESS], Consolação, São Paulo"),
    ("Send it to rue Astrid Blot please.", "Send it to [ADDRESS] please."),
    ("Rua Augusta, 2024 - Consolação", "[ADDRESS] - Consolação"),
    ("Moramos na Rua Ana Silva. Fim", "Moramos na [ADDRESS]. Fim"),
]

KEPT = [
    # streets named as places in prose, without a number or postcode
    "Investors in Piazza Affari cheered.",
    "Rua Augusta's shops are busy.",
    "Avenida Paulista is the business district.",
    "We walked along Avenida Paulista.",
    "Os bares da Rua Augusta fecham tarde.",
    "Piazza Affari 2024: i migliori titoli.",  # a year after the name, no house number
    # references shaped like "D-10115"
    "Order #A-51364-14 shipped.",
    "Ref D-53699 arrived",
    "Número de pedido Order #B-46904-11 para las entradas.",
    # ids and counts after a town-like word
    "Mumbai 400001 is our base.",
    "Ticket: 12345 Support",
    "Score: 12000 Punkte",
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_mentions_and_addresses(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_places_and_references_stay(redactor, text):
    assert redactor.redact(text).text == text
