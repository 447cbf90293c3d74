"""Street lines typed in lower case or capitals without a postcode (Correos, Correios, Poste
Italiane, Deutsche Post, PostNL), Catalan street types, and La Poste's types that are also
words ("parc", "villa", "mail") after a house number; with the prose they must leave alone."""

from __future__ import annotations

import pytest

EXACT = [
    ("📍 c/ alfarería, 60, bajo Nuestra oficina", "📍 [ADDRESS] Nuestra oficina"),
    ("📍 paseo de las acacias, 36, esc. b, 6º Móvil", "📍 [ADDRESS] Móvil"),
    (
        "oficina: travesía de velarde, 41, piso 5, puerta 2\nhasta luego",
        "oficina: [ADDRESS]\nhasta luego",
    ),
    ("vieni in via mazzini 47", "vieni in [ADDRESS]"),
    ("moro na rua sete de abril, 918, apto 944", "moro na [ADDRESS]"),
    ("cep 20636506 – rua dos timbiras, s/n", "cep [ADDRESS] – [ADDRESS]"),
    ("wir wohnen in der kasseler straße 158-14 seit mai", "wir wohnen in der [ADDRESS] seit mai"),
    ("bitte an bremer weg 75b schicken", "bitte an [ADDRESS] schicken"),
    ("lieferung: fliederpfad 52", "lieferung: [ADDRESS]"),
    ("ADRESSE: KÖPENICKER DAMM 165", "ADRESSE: [ADDRESS]"),
    ("kom naar prinsengracht 12", "kom naar [ADDRESS]"),
    ("Oficina: AVINGUDA DE GAUDÍ, S/N, 3º B, 08025 BARCELONA", "Oficina: [ADDRESS]"),
    ("📍 Avinguda de Gaudí, nº 59 - 08025 BARCELONA", "📍 [ADDRESS]"),
    ("Venez au 23B parc des Lilas demain.", "Venez au [ADDRESS] demain."),
    ("Venez au 62B villa Montmorency demain.", "Venez au [ADDRESS] demain."),
    ("Venez au 98B, rond-point des Arts – 75011 Paris", "Venez au [ADDRESS]"),
    ("Venez au 86 ter Mail Jean-Jaurès\n38000 GRENOBLE", "Venez au [ADDRESS]"),
    ("Venez au 107 ter Parc des Sources.", "Venez au [ADDRESS]."),
    ("Venez au 85B, CITÉ DES FLEURS", "Venez au [ADDRESS]"),
]

KEPT = [
    "sent via email 3 times",
    "we talked via zoom 2 days ago",
    "ping me via slack 2",
    "the route via london 2 hours",
    "la calle principal 3 veces",
    "ho seguito il corso di inglese 2 volte",
    "la avenida 5 de mayo",
    "immer weg 5 minuten",
    "unser platz 2",
    "der string 2 is long",
    "er ist weg 5 mal",
    "PIN 12345678",
    "I bought 2 Villa Park tickets.",
    "We walked 3 Passage Points.",
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_typed_street_lines(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_prose_with_street_words_stays(redactor, text):
    assert redactor.redact(text).text == text


# India Post: the PIN glued to its town ("kochi-682 040"), a market area as the road line.
INDIA = [
    (
        "Office: h.no. 8-2-120, lake view heights, station road,\nkochi-682 011",
        ["8-2-120", "lake view", "station road", "682 011"],
    ),
    ("Office: B-12, Shanti Nivas, Nehru Bazaar, Jaipur", ["B-12", "Shanti", "Nehru"]),
    ("Office: plot 12, nehru bazaar, jaipur, rajasthan 302001", ["nehru", "302001"]),
]


@pytest.mark.parametrize(("text", "pieces"), INDIA)
def test_indian_lines_lose_house_road_and_pin(redactor, text, pieces):
    out = redactor.redact(text).text
    assert not [piece for piece in pieces if piece in out], out


# USPS, Royal Mail, Australia Post lines in lower case; PostNL streets in -wal, -burg, -markt.
MORE = [
    ("ship to 5120 birch ct", "ship to [ADDRESS]"),
    ("ship to 7711 w magnolia ter", "ship to [ADDRESS]"),
    ("Office: 58 wattle circuit, kingston", "Office: [ADDRESS], kingston"),
    ("Office: 10 acacia circuit braddon act 2612", "Office: [ADDRESS]"),
    ("ship to 12 rowan hill, leeds, ls6 2jf", "ship to [ADDRESS]"),
    ("Kom: LANGEWAL 304BIS", "Kom: [ADDRESS]"),
    ("Kom: Julianamarkt 286 hs", "Kom: [ADDRESS]"),
    ("Kom: Oranjeburg 1bis\n2011 WP HAARLEM", "Kom: [ADDRESS]"),
    ("Kom: Herenwal 37-III", "Kom: [ADDRESS]"),
    ("Kom: Prinseswal 49-1", "Kom: [ADDRESS]"),
]
MORE_KEPT = [
    "Hamburg 2-1 win",
    "Freiburg 12",
    "Renewal 2",
    "there are 3 more rd trips",
    "we drove 2 lane roads",
    "top 10 memory lane moments",
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_street_lines(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", MORE_KEPT)
def test_more_prose_stays(redactor, text):
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al. Itu, s/n, ap. 205", "[ADDRESS]"),  # Correios: Alameda, abbreviated
        ("Al. Lorena, 1200", "[ADDRESS]"),
        ("Al. Gore 2000 was close", "Al. Gore 2000 was close"),
        ("et al. Smith 2 found", "et al. Smith 2 found"),
    ],
)
def test_correios_alameda(redactor, text, expected):
    assert redactor.redact(text).text == expected
