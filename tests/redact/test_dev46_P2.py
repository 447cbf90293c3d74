"""The adversarial audit of the look-alike keeps (session 46, P2): a card, an IBAN, a checked
id or a phone as its plan writes it, put where a keep holds a code (after "SKU", "Batch",
"Company No.", "serial number", "UEN", "Lotto numbers", a cargo word ...), stays redacted
(``keep_veto``); the genuine code in the same position is still kept. Values are made up in
the published shapes (cards and ids with valid check digits, phones valid for their plan)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.keep_veto import card_number, personal_value, personal_value_at


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product cue ("SKU", "serial", "model", "version", "timestamp") kept any number
        ("Hello, SKU 4539871206347524 thanks.", "Hello, SKU [CARD] thanks."),
        ("Hello, part number 5423 1890 7765 4316 thanks.", "Hello, part number [CARD] thanks."),
        ("Hello, serial number 0151 23456789 thanks.", "Hello, serial number [PHONE] thanks."),
        ("Hello, Serial No. 06 12 34 56 78 thanks.", "Hello, Serial No. [PHONE] thanks."),
        ("Seriennummer 0891234567", "Seriennummer [PHONE]"),  # formerly pinned kept (r5)
        ("serial 0612345678", "serial [PHONE]"),  # formerly pinned kept (separator leaks)
        ("Hello, model (415) 829-3746 thanks.", "Hello, model [PHONE] thanks."),
        ("Hello, version 850714-2316 thanks.", "Hello, version [ID] thanks."),
        ("Hello, timestamp: 198507142316 thanks.", "Hello, timestamp: [ID] thanks."),
        ("Hello, timestamp: 0151 23456789 thanks.", "Hello, timestamp: [PHONE] thanks."),
        # a weak check (SIN/BSN, 1 in 10) in its printed groups
        ("Hello, SKU 271 548 307 thanks.", "Hello, SKU [ID] thanks."),
        ("Hello, SKU 371.548.305 thanks.", "Hello, SKU [ID] thanks."),
        # a lot or batch number: a DNI, a personnummer
        ("Hello, Batch 48213957T thanks.", "Hello, Batch [ID] thanks."),
        ("Hello, LOT 850714-2316 thanks.", "Hello, LOT [ID] thanks."),
        # company registers and register slots
        ("Hello, Company No. 06 12 34 56 78 thanks.", "Hello, Company No. [PHONE] thanks."),
        ("Hello, Supplier EIN 06 12 34 56 78 thanks.", "Hello, Supplier EIN [PHONE] thanks."),
        ("Hello, KvK 48213957T thanks.", "Hello, KvK [ID] thanks."),
        ("Hello, UEN 48213957T thanks.", "Hello, UEN [ID] thanks."),
        ("Hello, SIREN 0612345678 thanks.", "Hello, SIREN [PHONE] thanks."),
        # a register's value that goes on past the register's shape is asked in full
        ("Hello, HRB 0151 23456789 thanks.", "Hello, HRB [PHONE] thanks."),
        ("Hello, USDOT 850714-2316 thanks.", "Hello, USDOT [ID] thanks."),
        # a lottery draw that is a French phone as printed
        ("Hello, Lotto numbers 06 12 34 56 78 thanks.", "Hello, Lotto numbers [PHONE] thanks."),
        ("Hello, EuroMillions 07 19 23 41 50 thanks.", "Hello, EuroMillions [PHONE] thanks."),
        # a unit after a French phone as printed (no amount opens with a trunk 0)
        ("Hello, it weighs 06 12 34 56 78 kg.", "Hello, it weighs [PHONE] kg."),
    ],
)
def test_personal_value_in_a_kept_position_is_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hello, SKU 4006381333931 thanks.",  # a GTIN-13
        "Hello, UPC 039123456784 on the can.",  # a GTIN-12 opening with 0, after its cue
        "Hello, part number 4006 3813 3393 1 thanks.",
        "Hello, serial number 4515754014 thanks.",  # solid, no trunk 0: an order's shape
        "Hello, Serial No. K285-1434-LJ70 thanks.",
        "Hello, model T220001293 thanks.",
        "Hello, build 10.0.22631.3296 thanks.",
        "Hello, ts=1767225600 thanks.",
        "Hello, SKU 271548307 thanks.",  # a weak check on a solid run: an order's shape
        "Hello, Batch A12B345 thanks.",
        "Hello, LOT 24A0815 thanks.",
        "Hello, Company No. SC123456 thanks.",
        "Hello, Supplier EIN 12-3456789 thanks.",
        "Hello, KvK 12345678 thanks.",
        "Hello, HRB 12345 B thanks.",
        "Hello, RCS Lyon 016 329 945 thanks.",  # the register's label proves it, no Luhn asked
        "Hello, UEN 201912345K thanks.",
        "Hello, SIREN 732 829 320 thanks.",  # its Luhn (a SIN's too) proves the register
        "Hello, RCS Paris 732 829 320 thanks.",
        "Hello, Lotto numbers 04 11 23 35 42 49 thanks.",
        "Track the air waybill 125-3042 1086 please.",
        "Container 057-3042 1086 cleared the gate.",  # an airline prefix opening with 0
        "Hello, it weighs 1 234 567 kg.",
        "Hello, ear tag DE 01 234 56789 thanks.",  # the country code opens the tag
        "Hello, Order 1234 5678 9012 3456 thanks.",  # sixteen digits failing Luhn
        "Refund was raised under Invoice 6805 7352 4332 7287.",  # not an Aadhaar's 4-4-4
        "Tag 840 003 924 007 179 was read at the yard.",  # ISO 11784
        "E-ticket number 057-3793555961 on the booking.",  # thirteen digits: no national phone
        "E-ticket number 016-5123456789 on the receipt.",
        "Hello, P.IVA 04571230582 in fattura.",  # Luhn, opening with 0
        "Hello, BCE 0456.789.133 thanks.",  # mod 97
        "The journal is registered as ISSN 0317-8471.",
        "Hello, Order 2024/818900 thanks.",
        "Hello, Rechnung 2026-0412 thanks.",
        "Hello, routing number 021000021 thanks.",
        "Please pay with reference RF18 5390 0754 7034 today.",
        # its mod 97 proves the reference: a group opening with 0 is no trunk
        "Zahlungsreferenz RF08 0917 2264 153 bitte angeben.",
        # a serial glued to the funder's acronym: one code, no phone
        "Financiado por el proyecto 462-2024-FONDECYT.",
    ],
)
def test_genuine_code_in_the_same_position_is_kept(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("value", "personal"),
    [
        ("4539871206347524", True),  # Visa, Luhn
        ("4539871206347525", False),  # Luhn fails
        ("9539871206347523", False),  # Luhn holds, no issuer opens with 9
        ("DE39370502991234567890", True),
        ("DE39 3705 0299 1234 5678 90", True),
        ("DE40370502991234567890", False),  # mod 97 fails
        ("anna.k@example.com", True),
        ("48213957T", True),  # DNI letter
        ("48213957A", False),
        ("850714-2316", True),  # personnummer: date and Luhn
        ("850714-2317", False),
        ("8507142316", False),  # solid ten digits: as often an order number
        ("271 548 307", True),  # SIN in its groups
        ("271548307", False),
        ("+34 612 345 678", True),
        ("0151 23456789", True),  # the trunk 0
        ("0612345678", True),
        ("612345678", False),  # solid, no trunk: left to the keeps' own phone checks
        ("2024/818900", False),
    ],
)
def test_personal_value(value, personal):
    assert personal_value(value) is personal


def test_register_checked_values_ask_only_cards_ibans_and_written_phones():
    # a SIREN's Luhn is a SIN's: with its register's check the id checks are not asked
    assert personal_value("271 548 307", checked=True) is False
    assert personal_value("0612345678", checked=True) is False  # a P.IVA may open with 0
    assert personal_value("+33 6 12 34 56 78", checked=True) is True
    assert personal_value("48213957T", checked=True) is True  # a check letter
    assert personal_value("4539871206347524", checked=True) is True


def test_value_at_reads_a_card_before_a_quantity_and_a_bracketed_area_code():
    assert personal_value_at("Invoice 4539 8712 0634 7524 2 pcs", 8) is True
    assert personal_value_at("model (415) 829-3746", 7) is True
    assert personal_value_at("Order 1234 5678 9012 3456 2 pcs", 6) is False


def test_card_number_needs_an_issuer_range_of_its_length():
    assert card_number("371528946102838")  # American Express, fifteen digits
    assert not card_number("57108409665315")  # Luhn holds; 57 is no Maestro IIN
