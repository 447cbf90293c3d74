"""Address classes of the midday session (made-up examples, several locales and forms): a
numberless type-first street named as a place in prose (a preposition of place before it, the
clause going on in lower case after it) is kept; a residence, delivery, visit or first-person
word before it, a house number or a number later in the clause, a unit word or an address line
after it keeps it redacted.
"""

from __future__ import annotations

import pytest

ROSTER = ("Wilhelmina Achterberg",)


@pytest.fixture(scope="module")
def r(redactor_for):
    return redactor_for(ROSTER)


@pytest.mark.parametrize(
    "text",
    [
        "Engarrafamento na Avenida Brasil, como de costume.",
        "Feira de vinil na Rua Augusta este sábado.",
        "Obras na Praça Tiradentes, outra vez.",
        "Festa junina na Rua Maria Antónia Ferreira este mês.",
        "Cola enorme en la calle Alcalá, como cada lunes.",
        "Embouteillages sur le boulevard Haussmann, comme toujours.",
        "Brocante sur les quai de Seine ce dimanche.",
    ],
)
def test_numberless_street_named_as_a_place_is_kept(r, assert_kept, text):
    assert_kept(r, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # residence, delivery, pickup, visit and first-person words before the street
        ("Moro na Rua Augusta, perto do metrô.", "Moro na [ADDRESS], perto do metrô."),
        (
            "Vivo en la calle Alcalá, al lado del parque.",
            "Vivo en la [ADDRESS], al lado del parque.",
        ),
        ("J'habite rue Oberkampf, au troisième.", "J'habite [ADDRESS], au troisième."),
        ("Entrega na Rua Augusta, por favor.", "Entrega na [ADDRESS], por favor."),
        ("Retirada na Rua Augusta, perto do metrô.", "Retirada na [ADDRESS], perto do metrô."),
        ("Estamos na Rua Augusta, ao lado do banco.", "Estamos na [ADDRESS], ao lado do banco."),
        (
            "Nossa loja fica na Rua Augusta, perto do metrô.",
            "Nossa loja fica na [ADDRESS], perto do metrô.",
        ),
        ("I'm staying in Rua Augusta, near the park.", "I'm staying in [ADDRESS], near the park."),
        ("Visitez-nous boulevard Philippe Dupont demain.", "Visitez-nous [ADDRESS] demain."),
        # a house number, a unit or a number later in the clause; an address line after it
        ("Trânsito na Rua Augusta, 1500, como sempre.", "Trânsito na [ADDRESS], como sempre."),
        ("Trânsito na Rua Augusta, apto 12.", "Trânsito na [ADDRESS]."),
        (
            "Obras na Rua Augusta, entre os números 120 e 300.",
            "Obras na [ADDRESS], entre os números 120 e 300.",
        ),
        ("Obras na Rua Augusta, Centro, São Paulo.", "Obras na [ADDRESS], Centro, São Paulo."),
    ],
)
def test_street_with_a_cue_or_a_number_still_goes(r, assert_exact, text, expected):
    assert_exact(r, text, expected)
