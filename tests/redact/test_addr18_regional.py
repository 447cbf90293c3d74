"""Address forms of Guatemala, Serbia, Costa Rica, Paraguay, francophone West Africa, Zambia,
India, Jamaica and Catalonia (made-up values of the standards' shapes), each with a same-shape
negative that must stay."""

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
        # Guatemala: grid nomenclature and its zone, the neighbourhood and town after it
        (
            "Entregar en 4a. Avenida 12-31, zona 9, Colonia Las Flores, Mixco. Gracias",
            "Entregar en [ADDRESS]. Gracias",
        ),
        (
            "Retiro en calle 5 8-14 zona 3, Residenciales Monte Verde, Ciudad de Guatemala",
            "Retiro en [ADDRESS]",
        ),
        ("Oficina: Calzada Roosevelt 22-43, zona 11", "Oficina: [ADDRESS]"),
        # Serbia: house and flat after a slash, round postcode, town; "Bulevar" in the locative
        (
            "Nalazimo se u Kolarčevoj 12/3, 11000 Beograd, drugi sprat.",
            "Nalazimo se u [ADDRESS], drugi sprat.",
        ),
        (
            "Nalazimo se u Bulevaru kralja Petra 71, 21000 Novi Sad, drugi sprat.",
            "Nalazimo se u [ADDRESS], drugi sprat.",
        ),
        # Serbia in Cyrillic: the same line, Pošta Srbije's round code
        ("Адреса: Кнеза Милоша 12/3, 11000 Београд", "Адреса: [ADDRESS]"),
        ("Živim u Кнеза Милоша 12, 11000 Београд, sprat 2.", "Živim u [ADDRESS], sprat 2."),
        # Costa Rica: grid street and house, the distance before its landmark, postal code
        (
            "Envíen a Barrio Norte, calle 12 140, 100 metros al sur de la escuela, Heredia 40101. "
            "Gracias",
            "Envíen a [ADDRESS]. Gracias",
        ),
        (
            "Lugar: Condominio Los Pinos, apto. 12, 50 metros al sur del parque, Cartago 30101",
            "Lugar: [ADDRESS]",
        ),
        # Paraguay: a street without a type word, its number and the corner word
        ("Entregar en Colón 1234 casi Perú, Luque. Gracias", "Entregar en [ADDRESS]. Gracias"),
        ("Retiro en Avda. España 455 casi Brasil, Asunción", "Retiro en [ADDRESS]"),
        ("Obra: Avenida Mcal. Estigarribia esq. Brasil, Luque\nChau", "Obra: [ADDRESS]\nChau"),
        # francophone West Africa: estate without its word, landmark, îlot and lot, box quarter
        ("Livraison : Belair, villa n° 123, Kaolack. Merci", "Livraison : [ADDRESS]. Merci"),
        ("Retrait : Cocody Danga, près du marché, ilot 12 lot 345", "Retrait : [ADDRESS]"),
        ("Adresse : 08 BP 1234 Abidjan 08, Cocody Danga\nMerci", "Adresse : [ADDRESS]\nMerci"),
        ("Écrire à B.P. 1234 Dakar, quartier Médina\nMerci", "Écrire à [ADDRESS]\nMerci"),
        # Zambia, India: a marked house number and its place segments, a landmark among them
        ("Deliver to House 9, Parklands, Kitwe. Thanks", "Deliver to [ADDRESS]. Thanks"),
        (
            "Pickup at No. 52, Lakshmi Nagar, near Shiva temple, Pune 411004. Thanks",
            "Pickup at [ADDRESS]. Thanks",
        ),
        # Jamaica: the Kingston postal district on the next line
        ("Find us at 12 Spring Road\nKingston 7, upstairs.", "Find us at [ADDRESS], upstairs."),
        ("We meet at 12 Spring Road\nMandeville, St. Ann. Thanks", "We meet at [ADDRESS]. Thanks"),
        # Catalonia: the floor word between number and postcode
        ("Lloc: Carrer de la Pau, 12, baixos, 08301 Mataró. Gràcies", "Lloc: [ADDRESS]. Gràcies"),
    ],
)
def test_address_is_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "la zona 4 es segura y la calle 12 también",  # a zone without a grid house
        "marcador 3-1 zona 5",  # a score before a zone
        "Vivo en la zona 10 desde hace años",
        "Sprint 14/2, 10000 Points were earned.",  # a count after a slash number
        "Golf 7/2, 12000 EUR",
        "después de la cena caminamos 200 metros al norte del parque, y listo",  # a walk
        "Ana, Luis, 200 metros al norte del parque, bonito",  # no grid, house or code
        "El partido quedó 3 casi empatado",  # "casi" in prose
        "Juan 10 casi listo",  # no capitalised cross street
        "Le lot 3 est vendu",  # a lot without its places
        "House 3, Season 2 was great",  # one segment, a digit in the next
        "Kingston 7 is a district.",  # a district without its street
        "Спринт 14, 10000 поена",  # a count: the word after the round number is lower case
    ],
)
def test_look_alike_is_kept(redact, text):
    assert redact(text) == text


def test_box_takes_no_prose_after_it(redact):
    assert redact("Écrire à BP 1234 Dakar, Merci beaucoup") == "Écrire à [ADDRESS], Merci beaucoup"


def test_a_saint_alone_is_no_parish():
    """"St. Ann" closes a Jamaican address; "Ann" alone on the next line is a person."""
    text = "We meet at 12 Spring Road\nAnn opens the door."
    spans = Redactor.from_members([], name_tagger=False).redact(text).spans
    assert [text[s.start : s.end] for s in spans if s.type == "ADDRESS"] == ["12 Spring Road"]
