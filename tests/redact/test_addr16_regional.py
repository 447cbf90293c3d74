"""Icelandic street lines, francophone West African boxes and estates, Costa Rican estates and
señas, Paraguayan corners, Ecuadorian quadrant numbers, GhanaPost codes before their bracketed
street and Baltic locative street types (session addr16). Values are made up; each rule has a
same-shape look-alike that stays."""

import pytest

from trainer.redact import Redactor, prefilter
from trainer.redact.address_corners import corners


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Íslandspóstur: street (nominative or dative) with its number, then "NNN Town"
        (
            "Við hittumst á Skólavörðustíg 41, 101 Reykjavík, klukkan tvö.",
            "Við hittumst á [ADDRESS], klukkan tvö.",
        ),
        ("Nýja heimilisfangið: Bjarkargata 7, 603 Akureyri", "Nýja heimilisfangið: [ADDRESS]"),
        ("Pakkinn fer á Ránargötu 12. Þakka ykkur.", "Pakkinn fer á [ADDRESS]. Þakka ykkur."),
        ("Skrifstofan: Suðurlandsbraut 16b.", "Skrifstofan: [ADDRESS]."),
        # unnumbered, after a place preposition, with an unmistakable type
        ("Við hittumst við Skipholtsveg á morgun.", "Við hittumst við [ADDRESS] á morgun."),
        # francophone West Africa: estate and villa, quarter, box and town
        (
            "Adresse : Cité Fass Mbao, villa n° 88, Pikine, BP 3310 Dakar.",
            "Adresse : [ADDRESS].",
        ),
        ("Livraison au Sicap Baobabs, villa n° 4501, Dakar.", "Livraison au [ADDRESS]."),
        ("Écrire à BP 77 Kaolack svp.", "Écrire à [ADDRESS] svp."),
        ("Siège : HLM Grand Médine, lot 12, BP 2210 Dakar", "Siège : [ADDRESS]"),
        ("On se retrouve rue 12 x 17 à la Médina.", "On se retrouve [ADDRESS] à la Médina."),
        (
            "| T-1 | Cité Fadia, villa n° 12, Ouakam, BP 8012 Dakar | 4 216 000 FCFA |",
            "| T-1 | [ADDRESS] | 4 216 000 FCFA |",
        ),
        # Costa Rica: estate and house, places, five-digit code; señas with places before
        (
            "Mandad la tarjeta a Residencial Las Acacias, casa 41, Moravia 11401 y ya.",
            "Mandad la tarjeta a [ADDRESS] y ya.",
        ),
        (
            "Quedamos en Heredia centro, del parque central 300 metros al sur, Barrio San Martín, "
            "casa 8.",
            "Quedamos en [ADDRESS].",
        ),
        (
            "Envíen el paquete a Sabanilla, costado norte del templo, casa 14, San José 11502.",
            "Envíen el paquete a [ADDRESS].",
        ),
        # Paraguay: street, number, corner, places and the bracketed code
        (
            "Dirección: Avda. Mcal. Estigarribia 2211 c/ Brasil, Sajonia, Asunción (1554)",
            "Dirección: [ADDRESS]",
        ),
        # Ecuador: quadrant number and cross street, town and six-digit code
        (
            "Enviar a Av. Seis de Diciembre N41-77 y calle Gaspar de Villarroel, Quito 170507",
            "Enviar a [ADDRESS]",
        ),
        # GhanaPost GPS before the street and area it stands for
        ("Located at GT-412-9981 (Cedar Avenue, Teshie)", "Located at [ADDRESS]"),
        # Baltic locatives
        ("Tiekamies: Skolas ielā 21, Cēsis, LV-4101", "Tiekamies: [ADDRESS]"),
        ("Susitinkame ten: Vilniaus gatvėje 14, LT-01402 Vilnius.", "Susitinkame ten: [ADDRESS]."),
    ],
)
def test_redacted(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year after an Icelandic street word, no postcode line; no street type at all
        "Sýningin Vesturvegur 2019 var frábær, það er satt.",
        "Við fórum til Akureyri 3 sinnum í sumar.",
        # blood pressure, a company's results, a room's size
        "The BP 2024 results were strong. BP 120/80 is fine.",
        "La pièce fait 3 x 4 m, pas plus.",
        # a villa or house number without its estate word; a walk with no address beside it
        "Tenemos 3 casas en la casa 5 de la lista.",
        "Después de la cena caminamos 200 metros al norte.",
        "Nos vemos en Madrid, frente al museo, a las 18:30.",
        # a part number with quadrant shape and no street
        "Pedimos el modelo S10-5 y el repuesto.",
        # a GhanaPost-shaped part number before a bracket that names no street
        "Order part GA-123-4567 (Rev B) today.",
        # a Latvian locative with no house number
        "Tiekamies Rīgā ielā pie parka.",
    ],
)
def test_kept(redactor, text):
    assert redactor.redact(text).text == text


def test_corner_needs_a_street():
    """A corner word after a number with no street type or title before it is no corner (a
    price "con IVA"); the same shape after a street is one."""
    no_street = "Precio 5000 c/ IVA incluido."
    assert corners(no_street, prefilter.keywords(no_street)) == []
    street = "Queda en calle Ficticia 5000 c/ Ibiza, Luque (2060)."
    assert [street[s:e] for _, s, e in corners(street, prefilter.keywords(street))] == [
        "calle Ficticia 5000 c/ Ibiza, Luque (2060)"
    ]
