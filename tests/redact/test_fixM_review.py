"""Review fixes for the regional address rules (session fixM): Icelandic street lines without
ð/þ in the post, Costa Rican señas with the place after the directions, Senegalese estates in
lower case after a locative, and GhanaPost GPS codes standing alone. Values are made up; each
probe has a look-alike that stays, and every case is checked through ``redact_batch`` too."""

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members(["Oddný Hrafnsdóttir"], name_tagger=True)


def _both(redactor, text: str) -> str:
    single = redactor.redact(text).text
    batch = redactor.redact_batch([text])[0][0]
    assert (batch.text if hasattr(batch, "text") else batch) == single
    return single


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. Icelandic: no ð/þ anywhere in the post
        ("Heimilisfang: Bergstaðavegur 17, 101 Reykjavík", "Heimilisfang: [ADDRESS]"),
        ("Ég bý á Hofsvallavegi 23, 107 Reykjavík.", "Ég bý á [ADDRESS]."),
        ("Address: Skolavordustigur 38, 101 Reykjavik", "Address: [ADDRESS]"),
        ("We stayed at Hringbraut 77 last week.", "We stayed at [ADDRESS] last week."),
        ("Skutuvogur 9\n104 Reykjavik", "[ADDRESS]"),
        ("Sendu til: 600 Akureyri", "Sendu til: [ADDRESS]"),
        # 2. Costa Rica: landmark, directions, then the house or the province
        (
            "De la Escuela Juan Rafael Mora, 150 m sur y 25 oeste, casa esquinera, San José",
            "[ADDRESS]",
        ),
        (
            "Del Parque Central de Barva 200 metros al norte y 50 al este, portón negro",
            "[ADDRESS]",
        ),
        (
            "Desde la Iglesia de San Isidro, 300 m oeste, 100 m sur, casa 31, Heredia",
            "[ADDRESS]",
        ),
        # 3. Senegal: lower-case estate word after a locative, the villa or lot number anchors
        ("J'habite à la cité Mame Diarra, villa n°71, Dakar.", "J'habite à la [ADDRESS]."),
        ("Nous habitons au quartier Médina, lot 58, Thiès", "Nous habitons au [ADDRESS]"),
        ("J'habite villa n°63, Rufisque.", "J'habite [ADDRESS]."),
        # 4. GhanaPost GPS code with a region letter, after a sentence end
        (
            "Find me at House No. 9, Lagoon Road, Osu, Accra. GA-274-3019",
            "Find me at [ADDRESS]. [ADDRESS]",
        ),
        ("Deliver to AK-061-7742 please", "Deliver to [ADDRESS] please"),
    ],
)
def test_redacted(redactor, text, expected):
    assert _both(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Icelandic look-alikes: endings other languages share, years, distances, rooms, times
        "Carmel 12 was great",
        "Blind 2 is a film",
        "Laugavegur 2024 festival",
        "Laugavegur 200 m further on",
        "Meet at 12:30 on the square",
        "Room 101 Reykjavik hotel",
        "Over 200 Reykjavik residents came",
        # Costa Rican directions in event posts
        "Del Teatro Nacional, 100 metros al norte, Restaurante La Esquina",
        "Del Estadio Nacional 200 m sur nos vemos a las 5",
        "Este evento es a 200 m de la estación",
        # French: lots and villas that are no homes
        "J'ai acheté un lot de 12 stylos",
        "La villa 3 du tournoi",
        "On loue au lot 3 du marché",
        "Rendez-vous à la cité universitaire, salle 12",
        # part numbers, orders, SKUs, and codes without a GhanaPost region letter
        "Part no. GA-183-8164 is out of stock",
        "SKU: GA-520-1187",
        "Order #GA-311-9902 shipped",
        "See ZZ-123-4567 for details",
        "QA-123-4567 ticket",
    ],
)
def test_kept(redactor, text):
    assert _both(redactor, text) == text
