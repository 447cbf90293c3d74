"""Two privacy gaps closed the fail-closed way (task P1, forty-sixth session): a payment card
after a product cue, and a house number with a letter before the comma of its street line.
Every number here is made up (random digits completed to their check digit)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.card_schemes import gs1_key, scheme_card

_REDACTOR = Redactor.from_members([])


def _redact(text: str) -> str:
    return _REDACTOR.redact(text).text


# --- a card after a product cue (``references._card_in_run``, ``card_schemes``) ---------------
# A product's cue (Serial, SKU, Model, Lot, Part, Version ...) kept any number after it; a
# Luhn-valid number in a scheme's IIN range and of a length that scheme issues is a card there.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serial number 4160993829800154", "Serial number [CARD]"),  # Visa, 16
        ("SKU 5002848516752770 in stock", "SKU [CARD] in stock"),  # Maestro 50, 16
        ("Model 2717891635874219", "Model [CARD]"),  # Mastercard 2-series
        ("Part 379519576264537 fits.", "Part [CARD] fits."),  # Amex, 15
        ("Lot 6011193951415824", "Lot [CARD]"),  # Discover
        ("Artikelnummer 3558992831615297", "Artikelnummer [CARD]"),  # JCB
        ("Version 6202469080335116721", "Version [CARD]"),  # UnionPay, 19
        ("Item 4160993829800154/01", "Item [CARD]/01"),  # the card opens the run
        ("Serial 670987054681", "Serial [CARD]"),  # Maestro, 12
    ],
)
def test_card_after_product_cue_is_a_card(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Serial number 4102546006834867",  # Visa's range, Luhn fails
        "Serial 42684762646264",  # Luhn-valid, but Visa issues no 14-digit number
        "Model 3701031654985069",  # Amex's range at 16 digits: no Amex number
        "SKU 1346744803095649",  # UATP issues 15 digits only
        "timestamp 1701234567890123",  # a microsecond epoch: no scheme opens with 17
        "Serial 353456789012345",  # an IMEI's 15 digits in JCB's range (JCB: 16-19)
        "EAN 4006381333931",  # a GS1-valid EAN-13
        "GTIN 36354655532504",  # GTIN-14 (Diners' range, Luhn-valid too): the barcode
        "UPC 676846955158",  # UPC-A (Maestro's range, Luhn-valid too): the barcode
        "Barcode 585136211230456543",  # an SSCC (GS1, 18 digits) after a barcode cue
    ],
)
def test_product_number_that_is_no_card_is_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same Luhn-valid GS1 keys after a cue that names no barcode are cards
        ("Serial 36354655532504", "Serial [CARD]"),
        ("Model 676846955158", "Model [CARD]"),
    ],
)
def test_gs1_key_is_a_barcode_only_after_a_barcode_cue(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order's run opened by a card: the card goes, the count stays
        ("Order 4160993829800154 2 pcs", "Order [CARD] 2 pcs"),
        ("Bestellnummer 5002848516752770 3 Stück", "Bestellnummer [CARD] 3 Stück"),
        # an order number that is no card stays
        ("Order 4515754014 2 pcs", "Order 4515754014 2 pcs"),
        # Luhn-valid in Maestro's range, but grouped 3-3-3-3: no card's layout
        ("Order 503-982-597-919 shipped", "Order 503-982-597-919 shipped"),
        # a checksum-valid IBAN after an order or invoice cue is an IBAN
        ("Order GB49WEST30647281956043 arrived", "Order [IBAN] arrived"),
        ("Invoice DE66370501980028461937 paid", "Invoice [IBAN] paid"),
    ],
)
def test_order_and_invoice_cues_keep_no_card_or_iban(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_scheme_card_reads_lengths_per_scheme() -> None:
    assert scheme_card("379519576264537")  # Amex 15
    assert not scheme_card("3701031654985069")  # Amex 16
    assert scheme_card("6202469080335116721")  # UnionPay 19
    assert not scheme_card("4444444444444448"[:1] * 16)  # one repeated digit
    assert gs1_key("585136211230456543")  # SSCC, 18
    assert not gs1_key("585136211230456544")


# --- a house number with a letter before the comma (``address_words.HOUSE_SUFFIX``) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliver to 12-A, Baker Street, London NW1 6XE.", "Deliver to [ADDRESS]."),
        ("Deliver to 12/A, Baker Street, London.", "Deliver to [ADDRESS]."),
        ("Deliver to 12 bis, Baker Street.", "Deliver to [ADDRESS]."),
        ("Send it to 12 B, Baker Street please.", "Send it to [ADDRESS] please."),
        ("Ship to 45 B, Main Road, Nairobi.", "Ship to [ADDRESS]."),
        ("Ship to 7 C, Ocean Drive, Miami FL 33139.", "Ship to [ADDRESS]."),
        # the Bahamas and Belize: in no development set
        ("Ship to 14 B, Bay Street, Nassau.", "Ship to [ADDRESS]."),
        ("Deliver to 27/B, Queen Street, Belize City.", "Deliver to [ADDRESS]."),
        # Romance type-first streets
        ("Envoyez au 12 B, rue de la Paix.", "Envoyez au [ADDRESS]."),
        ("Mándelo a 12 B, Calle Mayor, Madrid.", "Mándelo a [ADDRESS], Madrid."),
        ("Spedire a 8/B, Via Roma, Torino.", "Spedire a [ADDRESS], Torino."),
        ("Mi casa: 33 C, Avenida Bolívar, Caracas.", "Mi casa: [ADDRESS], Caracas."),
    ],
)
def test_lettered_house_number_before_comma_goes_with_its_street(
    text: str, expected: str
) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gate 12 A, Terminal 2",
        "Table 12 A, row 3",
        "Grade 12 A, Physics",
        "Gate 12 B, Terminal 2",
        "Row 12 B, Seat 4",
        "Grade 12 B, Physics",
        "in 3 a Main Street",  # a lower-case "a" after a space is no house letter
    ],
)
def test_lettered_numbers_with_no_street_survive(text: str) -> None:
    assert _redact(text) == text


# "12 A," "12 V," "12 W,": the letter is also an SI unit; ``lookalike_ratings`` keeps the hit
# when it runs on past the comma.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliver to 12 A, Baker Street, London NW1 6XE.", "Deliver to [ADDRESS]."),
        ("Send it to 12A, Baker Street please.", "Send it to [ADDRESS] please."),
        ("Envoyez au 12 A, rue de la Paix.", "Envoyez au [ADDRESS]."),
    ],
)
def test_unit_letter_house_number_before_comma(text: str, expected: str) -> None:
    assert _redact(text) == expected
