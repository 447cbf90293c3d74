"""Postcodes mentioned with their town and no street (India Post PINs, five-digit codes of La
Poste, Deutsche Post, Correos and Poste Italiane), and streets named as places in prose; the
functions of ``address_mentions`` are called directly, the redactor end to end."""

from __future__ import annotations

import pytest

from trainer.redact.address_mentions import prose_street, town_mentions

MENTIONS = [
    ("Our office is in Koramangala, Bengaluru 560034.", "Koramangala, Bengaluru 560034"),
    ("Our office is in Bengaluru - 560 034.", "Bengaluru - 560 034"),
    ("Ship to Andheri East, Mumbai - 400069 today", "Andheri East, Mumbai - 400069"),
    ("Moved to Erode-638001 last year", "Erode-638001"),
    ("Sede central: 28013 Madrid.", "28013 Madrid"),
    ("Oficina (28013 Madrid) abierta.", "28013 Madrid"),
    ("Nos vemos en Madrid, 28013.", "Madrid, 28013"),
    ("Siège : 75008 Paris CEDEX 08", "75008 Paris CEDEX 08"),
    ("BP 123, 75008 Paris Cedex 08", "75008 Paris Cedex 08"),
    ("Unser Büro (10115 Berlin) ist offen.", "10115 Berlin"),
    ("Ufficio: 20121 Milano (MI)", "20121 Milano (MI)"),
    ("Anschrift:\n10115 Berlin", "10115 Berlin"),
]

NOT_MENTIONS = [
    "Mumbai 400001 is our base.",  # a capitalised word before six digits: usually an id
    "Order 400001 shipped",
    "Invoice - 560034",
    "Room 560034",
    "Call 560 034 now",
    "Score: 12000 Punkte",
    "Top: 10000 Users",
    "(25000 Besucher)",
    "Flight LH 12345 Frankfurt",
    "Ticket: 12345 Support",
    "Ergebnis: 12345 Euro",
    "Version 2024: 12345 Downloads",
    "Top rated (12345 Reviews) this week",
    "Petition: 25123 Signatures",
    "Our Q3 update (12501 Signups) is out.",
    "Ranking: 10234 Global, 512 Local.",
    "Welcome, 12345 Friends!",
    "Key: 40012 Alpha",
    "Hello Anna, 12345.",
]


@pytest.mark.parametrize(("text", "mention"), MENTIONS)
def test_postcode_and_town_found(text, mention):
    assert [text[s:e] for _, s, e in town_mentions(text)] == [mention]


@pytest.mark.parametrize("text", NOT_MENTIONS)
def test_ids_and_counts_are_no_mentions(text):
    assert town_mentions(text) == []


def _street(text: str, street: str) -> bool:
    start = text.index(street)
    return prose_street(text, start, start + len(street))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Investors in Piazza Affari cheered.", "Piazza Affari"),
        ("Rua Augusta's shops are busy.", "Rua Augusta's"),
        ("Avenida Paulista is the business district.", "Avenida Paulista"),
        ("We walked along Avenida Paulista.", "Avenida Paulista"),
        ("Os bares da Rua Augusta fecham tarde.", "Rua Augusta"),
        ("Protesto na Avenida Paulista reuniu milhares.", "Avenida Paulista"),
        ("Il titolo in Piazza Affari ha chiuso in rialzo.", "Piazza Affari"),
    ],
)
def test_streets_of_prose(text, street):
    assert _street(text, street)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Moro na Rua Augusta, Consolação, São Paulo", "Rua Augusta"),
        ("Send it to rue Astrid Blot please.", "rue Astrid Blot"),
        ("Moramos na Rua Ana Silva. Fim", "Rua Ana Silva"),
        ("Rua Siqueira.", "Rua Siqueira"),
        ("Rua Augusta\nSão Paulo", "Rua Augusta"),
        ("Schick es an der Via Appia bitte", "Via Appia"),
        ("Visit us at boulevard Philippe Dupont yesterday.", "boulevard Philippe Dupont"),
        ("The workshop is held at chemin Philippe Maury asap.", "chemin Philippe Maury"),
    ],
)
def test_streets_of_addresses(text, street):
    assert not _street(text, street)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kom: Lange Gracht 91A, 8011CE Zwolle", ["Lange Gracht 91A, 8011CE Zwolle"]),
        ("Kom: Dorpsweg 5, 1234 AB Ons Dorp", ["Dorpsweg 5, 1234 AB Ons Dorp"]),
        ("Versie 12, 2024 AI Amsterdam", []),
    ],
)
def test_postnl_street_and_postcode(text, found):
    assert [text[s:e] for _, s, e in town_mentions(text)] == found
