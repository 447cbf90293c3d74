"""MaltaPost addresses (``address_mt``): Maltese street lines led by their type word, and the
three-letter locality code with four digits that closes an address. Values are made up."""

import pytest

from trainer.redact import Redactor
from trainer.redact.address_mt import maltese_code_at


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one line: number, street, locality, code
        (
            "Send it to 7, Triq il-Ħarruba, Żebbuġ ZBG 3307 before Friday.",
            "Send it to [ADDRESS] before Friday.",
        ),
        # flat and block parts before the house number
        (
            "Our new home: Flat 2, Block C, 41, Triq tas-Sajjieda, Marsaskala MSK 2120",
            "Our new home: [ADDRESS]",
        ),
        # street line and locality line
        ("Drop by 23, Triq Santu Rokku\nMellieħa MLH 4417\nThanks!", "Drop by [ADDRESS]\nThanks!"),
        # a house name instead of a number, Gozo after the locality
        ("Write to Dar il-Paċi, Vjal il-Ħelsien, Xagħra, Gozo XRA 1019", "Write to [ADDRESS]"),
        # no postcode: the house number makes the street an address; the next sentence stays
        (
            "Office moved to 5, Triq Ġorġ Borg Please call first.",
            "Office moved to [ADDRESS] Please call first.",
        ),
        # an English street line closed by a MaltaPost code
        ("Flat 5, Seaview Mansions, Marsaxlokk MXK 1831", "[ADDRESS]"),
    ],
)
def test_maltese_addresses_are_redacted(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a street named with neither a house number nor a postcode is a place
        "The festa on Triq il-Ħarruba was lovely.",
        # three capitals and four digits in prose, after a reference noun, or a year after a
        # capitalised word with no Maltese street before it
        "Order MSK 2120 shipped, the PLA 1250 filament spool and Ticket ZRQ 4411 closed.",
        "Annual PTA 2025 meeting, the ISO 9001 audit and a EUR 1500 budget.",
    ],
)
def test_look_alikes_of_maltese_addresses_stay(redactor, text):
    assert redactor.redact(text).text == text


def test_a_code_needs_a_maltapost_locality_and_a_place_before_it():
    text = "Żurrieq ZRQ 4417 and Żurrieq QQQ 4417 and the ZRQ 4417"
    assert maltese_code_at(text, 8) == (8, 16, True)
    assert maltese_code_at(text, 29) is None  # no MaltaPost locality
    assert maltese_code_at(text, 46) is None  # prose before it


def test_a_year_like_code_needs_a_maltese_street_before_it():
    street = "12, Triq il-Ħarruba, Żebbuġ ZBG 2024"
    assert maltese_code_at(street, street.index("ZBG"))
    plain = "Żebbuġ ZBG 2024 was fun"
    assert maltese_code_at(plain, plain.index("ZBG")) is None
