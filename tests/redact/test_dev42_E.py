"""Ids and phones by checks and structure (fortieth and forty-first development sets): the
passport, licence and health-card cue families in many languages, relative-clause links, the
copula bridge, routing / account pairs, the account a payment goes into, New Zealand's NHI by
its check, passport-layout numbers, Quebec's RAMQ by its date, the number-noun phone label
checked against every region's plan, a bracketed trunk and area code. Values are made up in
the published shapes; each class has a text in a country no development set holds (said in
its comment) and a same-shape text that must stay as written."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_nhi import nhi_ok


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passport by its Portuguese and Spanish names, a relative clause before the value
        (
            "O meu número de passaporte é 12345678, obrigado.",
            "O meu número de passaporte é [ID], obrigado.",
        ),
        (
            "Pidieron mi número de pasaporte, que es 87654321, en el mostrador.",
            "Pidieron mi número de pasaporte, que es [ID], en el mostrador.",
        ),
        # Timor-Leste (no development set): Portuguese "passaporte" and "do"
        (
            "Para o visto, o número do passaporte: 40217783.",
            "Para o visto, o número do passaporte: [ID].",
        ),
        # Croatian/Bosnian "putovnica", Polish "paszport" (the family, accents as written)
        ("Broj putovnice: 099123456.", "Broj putovnice: [ID]."),
        ("Mój paszport: 77 123 4561, ważny do 2030.", "Mój paszport: [ID], ważny do 2030."),
        # Dutch "dus" (so) links the cue and its value
        (
            "Ze vroegen mijn paspoortnummer, dus 55012349.",
            "Ze vroegen mijn paspoortnummer, dus [ID].",
        ),
        # the driving licence in Spanish, words and a copula between ("para la nómina es")
        (
            "Mi licencia de conducir para la nómina es 9474731.",
            "Mi licencia de conducir para la nómina es [ID].",
        ),
        # the copula "est" is read whole (it was read as "es" and the value lost)
        (
            "Mon numéro fiscal pour la paie est 1234567890123.",
            "Mon numéro fiscal pour la paie est [ID].",
        ),
        # Mali's NINA after its name, the key letter with it
        (
            "Le NINA pour le contrat : 23447484726546 S.",
            "Le NINA pour le contrat : [ID].",  # its key letter too (``ids_rw_ml_ph``)
        ),
        # health-card names: "NHI number", "numéro RAMQ"
        (
            "Vendor registration asks for the NHI number: QXD2211.",
            "Vendor registration asks for the NHI number: [ID].",
        ),
        # words of the families that are other words stay: "pasos" (steps), a given name
        ("Los pasos 1234567 del manual.", "Los pasos 1234567 del manual."),
        ("Nina 2024 was great, Nina 20245 too.", "Nina 2024 was great, Nina 20245 too."),
        ("Pasaporte vigente hasta 2030.", "Pasaporte vigente hasta 2030."),
    ],
)
def test_cue_families(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a routing number (ABA check) and its account joined by a slash go whole
        (
            "Direct deposit details: 021000021 / 12345678.",
            "Direct deposit details: [IBAN].",
        ),
        # Guam banks route by ABA too (no development set): the routing number after its cue
        # is the bank's and stays, the account after the slash goes
        (
            "Routing 021000021 / 12345678 for the refund.",
            "Routing 021000021 / [IBAN] for the refund.",
        ),
        # nine digits that fail the ABA check and a slash: a count of pages stays as it was
        ("Pages 123 / 200 of the scan.", "Pages 123 / 200 of the scan."),
    ],
)
def test_routing_slash_account(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # New Zealand's bank-branch-account-suffix, Sierra Leone's bank-account-key layout
        ("Pay the appearance fee into 01-0902-0068389-00.", "Pay the appearance fee into [IBAN]."),
        ("Pay the appearance fee into 123-456789012-34.", "Pay the appearance fee into [IBAN]."),
        # Papua New Guinea (no development set): hyphen groups
        ("Pay the school fees into 1001-2345-6789.", "Pay the school fees into [IBAN]."),
        # an amount paid in, a date, a reference paid: they stay
        ("Pay 1 250 000 000 XOF into the pot.", "Pay 1 250 000 000 XOF into the pot."),
        ("We paid on 2024-05-12 for 3 nights.", "We paid on 2024-05-12 for 3 nights."),
        (
            "Please pay the invoice INV-2024 before 12 May.",
            "Please pay the invoice INV-2024 before 12 May.",
        ),
    ],
)
def test_paid_into(redact, text, expected):
    assert redact(text) == expected


def test_nhi_check():
    # the Ministry of Health's published test number, and one digit off
    assert nhi_ok("ZAC5361")
    assert not nhi_ok("ZAC5362")
    assert not nhi_ok("ZIC5361")  # no I or O in an NHI


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Added ZAC5361 to the file.", "Added [ID] to the file."),
        # the same shape failing the check, and a passing one after an order cue, stay
        ("The code ZAC5362 is wrong.", "The code ZAC5362 is wrong."),
        ("Order ZAC5361 shipped.", "Order ZAC5361 shipped."),
        ("ZAC5361 is a fine model.", "ZAC5361 is a fine model."),
        # after a noun it is a course's or a callsign's code: it stays
        ("Ele está inscrito em disciplina ZAC5361.", "Ele está inscrito em disciplina ZAC5361."),
    ],
)
def test_nhi(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one or two capitals and seven or eight digits, handed over bare
        ("Here it is again: C86922911.", "Here it is again: [ID]."),
        ("Aqui vai outra vez: N4848113.", "Aqui vai outra vez: [ID]."),
        ("As requested, AB1234567.", "As requested, [ID]."),
        # Bangladesh (no development set): one letter and eight digits, alone on its line
        ("Details below\nA01234567\nThanks", "Details below\n[ID]\nThanks"),
        # after a verb or a noun in running text it is as often a reference: it stays (the
        # first version read it everywhere and lost orders, claims, policies and HS codes of
        # eleven development sets)
        ("Noted A3346972 on the sheet.", "Noted A3346972 on the sheet."),
        ("The clerk wrote A01234567 on the receipt.", "The clerk wrote A01234567 on the receipt."),
        ("A nota R4410937 já foi paga.", "A nota R4410937 já foi paga."),
        ("Claim file KT4471902 is reopened.", "Claim file KT4471902 is reopened."),
        ("Polizze QW5510288 wird bald verlängert.", "Polizze QW5510288 wird bald verlängert."),
        # the dotted pass joins "HS 6403.15.26" into a capital-and-digit run: a tariff code stays
        ("Classify the parts under HS 6109.82.41.", "Classify the parts under HS 6109.82.41."),
        # named by a reference or patent cue, glued to more, or a model's three letters: stay
        ("Order A1234567 shipped.", "Order A1234567 shipped."),
        ("Invoice #B511320 attached.", "Invoice #B511320 attached."),
        ("Patent EP1234567 was granted.", "Patent EP1234567 was granted."),
        ("Train ICE1234567 leaves at 9.", "Train ICE1234567 leaves at 9."),
        ("Szkoda nr EM1472051 zgłoszona.", "Szkoda nr EM1472051 zgłoszona."),
        ("Code A1111111 is a test.", "Code A1111111 is a test."),
        # two letters and six digits: a requisition's or a UK company's code, bare or not
        ("The figure agreed was JR311778.", "The figure agreed was JR311778."),
        ("Per the handbook, CRN SC524984.", "Per the handbook, CRN SC524984."),
    ],
)
def test_passport_layout(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four letters, birth date (a woman's month + 50), two digits
        ("Comme demandé : TREM 9012 2512.", "Comme demandé : [ID]."),
        ("Numéro RAMQ: LAVC 8562 1434", "Numéro RAMQ: [ID]"),
        # no month 24 or 40: a code and two years stay
        ("Code ABCD 2024 2025 applies.", "Code ABCD 2024 2025 applies."),
        ("Room ABCD 9940 1234.", "Room ABCD 9940 1234."),
        # an ISRC written solid has the RAMQ's letters and digits: it stays after its cue
        (
            "Código de pista COAB12550123 para el reporte.",
            "Código de pista COAB12550123 para el reporte.",
        ),
    ],
)
def test_ramq(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number noun and a purpose word before the colon, the value dotted
        ("Mejor número para producción: 602.5716686.", "Mejor número para producción: [PHONE]."),
        ("Najlepszy numer do produkcji: 577.434.911.", "Najlepszy numer do produkcji: [PHONE]."),
        ("A produkció legjobb száma: 06.1.014.6233.", "A produkció legjobb száma: [PHONE]."),
        # Equatorial Guinea (no development set): nine digits, valid only in its own plan
        ("Mejor número para el chofer: 222.123.456.", "Mejor número para el chofer: [PHONE]."),
        # an order's number, a count's number: they stay
        ("Número de pedido: 602.5716686.", "Número de pedido: 602.5716686."),
        ("Numer zamówienia: 577.434.911.", "Numer zamówienia: 577.434.911."),
        ("Our order number: 577.434.911", "Our order number: 577.434.911"),
        (
            "Charity Number: 1012345 | Scottish charity",
            "Charity Number: 1012345 | Scottish charity",
        ),
        ("Number of seats this year: 1.250.", "Number of seats this year: 1.250."),
    ],
)
def test_number_label_phone(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hungary's trunk 06 and area code in one bracket
        ("A turnémenedzser mobilja: (06 62) 979 094.", "A turnémenedzser mobilja: [PHONE]."),
        ("hívjátok ezt: (06 1) 287 4263.", "hívjátok ezt: [PHONE]."),
        # Ukraine (no development set): "(0 44)"
        ("Melden Sie sich: (0 44) 123 45 67.", "Melden Sie sich: [PHONE]."),
        # a bracket of two numbers with no trunk 0 stays
        ("Scores (10 12) 14 16 and 18.", "Scores (10 12) 14 16 and 18."),
        ("See pages (12 14) 287 of the book.", "See pages (12 14) 287 of the book."),
    ],
)
def test_bracketed_trunk(redact, text, expected):
    assert redact(text) == expected
