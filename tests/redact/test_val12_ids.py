"""val12: EMŠO/JMBG, rodné číslo, RUT/RUN, RUC and KRA PIN by their structure and check; the
new id cues (document number, número de documento, C.C., kitambulisho, a bare "ID"); account
labels of transfers; an amount after a balance label; a routing number beside an account.
Every value is made up, its check digit computed by the issuer's rule."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_accounts import find_accounts
from trainer.redact.ids_structured import emso_ok, rodne_cislo_ok, rrn_ok, ruc_ok, rut_ok


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


def test_checks_by_the_issuers_rules() -> None:
    assert emso_ok("1503985501233") and not emso_ok("1503985501234")
    assert emso_ok("0307925050120")
    assert not emso_ok("3213985501233")  # no 32nd day
    assert not emso_ok("1503500501233")  # year digits 500: no birth year
    assert rodne_cislo_ok("905815/1234") and not rodne_cislo_ok("905815/1235")
    assert rodne_cislo_ok("8503124564")
    assert rut_ok("12.345.678-5") and rut_ok("12345678-5") and not rut_ok("12.345.678-6")
    assert rut_ok("10000013-K") and rut_ok("10000013-k") and not rut_ok("999999-3")
    assert ruc_ok("20123456786") and ruc_ok("10456789124") and not ruc_ok("20123456787")
    assert not ruc_ok("30123456786")  # no RUC type 30
    assert rrn_ok("85031512369") and rrn_ok("85.03.15-123.69") and not rrn_ok("85031512370")
    assert not rrn_ok("85131512369")  # no 13th month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EMŠO with no cue, by date and check; a wrong check, an impossible date, a barcode
        ("Kadrovska je zahtevala 1503985501233.", "Kadrovska je zahtevala [ID]."),
        ("Kadrovska je zahtevala 1503985501234.", "Kadrovska je zahtevala 1503985501234."),
        ("EMŠO: 0307925050120", "EMŠO: [ID]"),
        ("EAN 1503985501233 na škatli", "EAN 1503985501233 na škatli"),
        # rodné číslo with its slash is typed ID when the check holds, else the phone rule's
        ("The form said 905815/1234.", "The form said [ID]."),
        ("The form said 905815/1235.", "The form said [PHONE]."),
        ("Moje rodné číslo je 905815/1235.", "Moje rodné číslo je [ID]."),  # its cue
        ("Rodné číslo 9058151234", "Rodné číslo [ID]"),
        # Belgian national register number by date and mod 97; a bis month only as printed
        ("Op het formulier stond 85031512369.", "Op het formulier stond [ID]."),
        ("Rijksregisternummer: 85.03.15-123.69", "Rijksregisternummer: [ID]"),
        # the cue of the Slovenian tax number takes its value
        ("Moja davčna številka je 12345679.", "Moja davčna številka je [ID]."),
        # a Croatian OIB written solid by its ISO 7064 check; a wrong check, an order's number
        ("Na obrascu je pisalo 29384756103.", "Na obrascu je pisalo [ID]."),
        ("Na obrascu je pisalo 29384756104.", "Na obrascu je pisalo [PHONE]."),  # phone rule
        ("Narudžba 29384756103 je stigla.", "Narudžba 29384756103 je stigla."),
        # RUT/RUN: the hyphenated check digit or K decides
        ("Para verificación: 12.345.678-5.", "Para verificación: [ID]."),
        ("Para verificación: 12.345.678-6.", "Para verificación: [PHONE]."),
        ("RUN 10000013-K", "RUN [ID]"),
        ("Código 10000013-5", "Código [PHONE]"),
        # RUC by its check; after an order cue it is the order's
        ("Mi RUC es 20123456786.", "Mi RUC es [ID]."),
        ("Pedido 20123456786 enviado", "Pedido 20123456786 enviado"),
        # KRA PIN: A or P, nine digits, a letter
        ("KRA PIN A123456789Z", "KRA PIN [ID]"),
        ("Code B123456789Z", "Code B123456789Z"),
    ],
)
def test_structured_ids(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID 31928986.", "ID [ID]."),
        ("My ID is 31928986", "My ID is [ID]"),
        ("Order ID 31928986.", "Order ID 31928986."),
        ("Ticket ID: 31928986", "Ticket ID: 31928986"),
        ("Kitambulisho changu ni 31928986.", "Kitambulisho changu ni [ID]."),
        ("Documento 67539929.", "Documento [ID]."),
        ("Mi número de documento es 16393872.", "Mi número de documento es [ID]."),
        ("C.C. 461.734.372", "C.C. [ID]"),
        ("Document number: 20020913.", "Document number: [ID]."),
        ("Asked for my national ID, it's 34076736.", "Asked for my national ID, it's [ID]."),
        ("documento 12", "documento 12"),  # too short to identify anyone
    ],
)
def test_id_cues(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a balance or amount label names money, not the account
        ("account balance on Monday: 1234567", "account balance on Monday: 1234567"),
        ("Account balance: 1234567", "Account balance: 1234567"),
        ("Account for the refund: 12345678", "Account for the refund: [IBAN]"),
        ("account 12345678 please", "account [IBAN] please"),
        # where a transfer goes
        ("CCI 193-12345678-0-12.", "CCI [IBAN]."),
        ("Datos para la transferencia: 21053076", "Datos para la transferencia: [IBAN]"),
        ("Wire to 1180177230455. Thanks", "Wire to [IBAN]. Thanks"),
        ("Transfer details: 1180807587673.", "Transfer details: [IBAN]."),
        ("Refund to my account, 0150018318298.", "Refund to my account, [IBAN]."),
    ],
)
def test_account_labels(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no count or amount opens with a zero: a trunk 0 and a dotted 3-3-3 is a phone
        ("Pokličite me na 041.234.567.", "Pokličite me na [PHONE]."),
        ("Prodali smo 1.234.000 vstopnic.", "Prodali smo 1.234.000 vstopnic."),
    ],
)
def test_dotted_number_with_a_leading_zero(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


def test_routing_number_is_no_account_part() -> None:
    """A US routing number printed with the account it routes to is part of the holder's payment
    details and goes too (fail closed); without an account after it, it names the bank and stays
    (the routing look-alike rule)."""
    text = "routing 011000015, acct 7304418826 Office"
    assert [text[a:b] for _, a, b in find_accounts(text)] == ["011000015", "7304418826"]
    text = "routing 011000015 for the branch downtown"
    assert [text[a:b] for _, a, b in find_accounts(text)] == []
    text = "acct 7304418826, IFSC ABCD0123456"
    # an IFSC written on after its account is read with it (``lookalike_labelled_codes``
    # keeps an IFSC hit lying wholly inside "IFSC" and its code)
    assert [text[a:b] for _, a, b in find_accounts(text)] == [
        "7304418826",
        "7304418826, IFSC ABCD0123456",
    ]
