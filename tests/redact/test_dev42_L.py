"""Look-alikes kept and value false positives (engineer L, session 42): an e-ticket number or
booking reference after its cue, a firm's register number in a register slot, a price in any
ISO 4217 currency, and the legal forms read from one set. Each keep is tested both ways: the
look-alike survives exactly as written, and the personal value beside it is still redacted.
Values are made up in the shapes of the schemes; a test marked "not in any development set"
uses a country no development set holds (Togo, Fiji, Belize, Greece)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_company_words import COMPANY_WORD


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(["Maren Oyelaran", "Kwame Boateng"], name_tagger=True)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "E-ticket number 081-4402918375 on the receipt.",
        "Ticketnummer 220-1234509876 steht auf der Rechnung.",
        "Numéro de billet 016-5520917364 sur le reçu.",
        "Boleto electrónico 139-7702215849 en el recibo.",
        "Biljettnummer 117-3049182756 på kvittot.",
        # Togo (fr_TG, not in any development set): the cue family, not a country's phrase
        "Numéro de billet électronique 071-5539012846 pour le vol de Lomé.",
        # Greece (el_GR, not in any development set), written in English
        "Your flight is booked. Ticket no. 050-2219384756 for Athens.",
    ],
)
def test_eticket_number_after_its_cue_stays(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own ticket: fail closed
        (
            "My e-ticket number 081-4402918375 is on the receipt.",
            "My e-ticket number [PHONE] is on the receipt.",
        ),
        # no ticket cue: thirteen digits are a dialled number (an international prefix first)
        ("Call 001-7814287401 after six.", "Call [PHONE] after six."),
        # the ticket stays, the phone beside it does not
        (
            "Ticket 081-4402918375, ring +44 20 7946 0958 if it fails.",
            "Ticket 081-4402918375, ring [PHONE] if it fails.",
        ),
    ],
)
def test_eticket_keep_fails_closed(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Booking reference J3K7M2. Fingers crossed.",
        "Buchungscode A4B9C1. Für Tipps bin ich dankbar.",
        # Fiji (en_FJ, not in any development set)
        "PNR R8T2W5 for the Nadi connection.",
    ],
)
def test_booking_reference_after_its_cue_stays(redact, text):
    assert redact(text) == text


def test_booking_under_an_id_is_redacted(redact):
    assert (
        redact("Booking under passport number X1234567 please.")
        == "Booking under passport number [ID] please."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a campus prefix not on the IRS list: the label and the company decide, not the prefix
        "The tour company is registered as EIN 70-5992872.",
        "The supplier is registered as EIN 07-4816305.",
        "me: The tour company is registered as EIN 75-6915248.",
        "The tour company is registered as Business Reg. No. 937376-22.",
        "La agencia está registrada como RUC 0494642565001. El abordaje empezó tarde.",
        "Our company number: 566449435 RT0001. Doors open at six.",
        "Nuestro registro tributario: NIT 800.504.257-1.",
        "Adószámunk: 29867893-4-19.",
        "Notre numéro d'entreprise : NIF 404554408D.",
        "Our company number: TIN 8464405107.",
        # Togo (fr_TG) and Belize (en_BZ), not in any development set
        "Notre numéro d'entreprise : NIF 1000123456.",
        "The travel agency is registered as TIN 501234567.",
    ],
)
def test_firm_register_in_a_register_slot_stays(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My tax number is 29867893-4-19.", "My tax number is [ID]."),
        ("Our SSN: 123-45-6789.", "Our SSN: [SSN]."),
        # a checksum fails (the VKN's), a person's CUIT type (20), a Polish possessive after
        ("Tedarikçinin kaydı: Vergi No: 7318450929.", "Tedarikçinin kaydı: Vergi No: [PHONE]."),
        (
            "Referencia: CUIT 20-31234567-7, la empresa lo pide.",
            "Referencia: CUIT [ID], la empresa lo pide.",
        ),
        ("Biuro prosi o mój NIP 891-174-17-74.", "Biuro prosi o mój NIP [ID]."),
        (
            "Vendor registration asks for the SSN: 609-65-7014. Guest list closes.",
            "Vendor registration asks for the SSN: [SSN]. Guest list closes.",
        ),
        (
            "The company has tax number 123456789 for Kwame Boateng.",
            "The company has tax number [ID] for [NAME].",
        ),
        (
            "Our registration number: 1234567890, my phone 0612 345 678.",
            "Our registration number: [PHONE], my phone [PHONE].",
        ),
    ],
)
def test_register_slot_fails_closed(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le surclassement a coûté 750 FCFA. Bonne route à tous.",
        # Fiji (en_FJ) and Togo (fr_TG), not in any development set
        "The ferry cost 120 FJD. Harbour Road was busy.",
        "Le taxi a coûté 2500 XOF. Avenue calme ce soir.",
    ],
)
def test_price_in_any_iso_currency_is_no_street(redact, text):
    assert redact(text) == text


def test_street_after_a_number_is_still_an_address(redact):
    assert redact("She lives at 12 Harbour Road, Suva.") == "She lives at [ADDRESS]."


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Kovács és Társa Kft. pays", "Kft."),
        ("Nowak sp. z o.o. ma", "sp. z o.o."),
        ("Lindqvist AB har", "AB"),
        ("Brandstetter GmbH hat", "GmbH"),
    ],
)
def test_company_word_reads_the_one_set_of_legal_forms(text, form):
    m = COMPANY_WORD.search(text)
    assert m is not None and m.group() == form


@pytest.mark.parametrize("text", ["Brazilian MEI holder", "send your CV", "tell ME now"])
def test_person_words_are_no_legal_forms(text):
    assert COMPANY_WORD.search(text) is None
