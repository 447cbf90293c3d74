"""Review fixes (fixB): an amount word only keeps a number after an account label when it names
the label's amount; EMŠO, a person's RUC and a RUT ending in K never give way to an order cue;
a bare "ID" is a thing's only after a thing's word; a bare "routing" keeps no valid 9-digit
phone; digit groups glued to a routing number are the account. Every value is made up, its
check computed here by the issuer's rule."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_structured import emso_ok, ruc_ok, rut_ok
from trainer.redact.lookalike_routing import aba_ok

EMSO = "1507985501239"  # 15.07.1985, region 50 (Slovenia), serial 123, check 9
PESEL = "85031201233"  # 12.03.1985, check 3
RUC_PERSON = "10472351686"  # type 10: a person's RUC, the DNI 47235168 inside
RUC_COMPANY = "20123456786"  # type 20: a company's
RUT_K = "14723516-K"
RUT_DIGIT = "14723517-8"
ABA = "021000021"
ABA_MADE_UP = "071234504"
ES_MOBILE_ABA = "612345674"  # a Spanish mobile that also passes the ABA check (district 61)
PL_LANDLINE_ABA = "123456706"  # a Kraków landline shape in district 12, where most banks are


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


def test_values_are_valid() -> None:
    from trainer.redact.checksums_nordic_east import pesel_ok
    from trainer.redact.lookalike_routing import _nine_digit_phone

    assert emso_ok(EMSO) and not emso_ok(EMSO[:-1] + "8")
    assert pesel_ok(PESEL)
    assert ruc_ok(RUC_PERSON) and ruc_ok(RUC_COMPANY) and not ruc_ok(RUC_PERSON[:-1] + "7")
    assert rut_ok(RUT_K) and rut_ok(RUT_DIGIT) and not rut_ok("14723516-9")
    assert aba_ok(ABA) and aba_ok(ABA_MADE_UP) and aba_ok(ES_MOBILE_ABA)
    assert aba_ok(PL_LANDLINE_ABA) and _nine_digit_phone(PL_LANDLINE_ABA)
    assert _nine_digit_phone(ES_MOBILE_ABA) and not _nine_digit_phone(ABA)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding 1: an amount word further on says what the account is for
        ("Account for the fee: 48213377", "Account for the fee: [IBAN]"),
        ("Akaun untuk jumlah: 48213377", "Akaun untuk jumlah: [IBAN]"),
        # right after the label, eight digits with no currency are still an account
        ("Account balance on Monday: 48213377", "Account balance on Monday: [IBAN]"),
        ("Account balance on Monday: 48 213 377", "Account balance on Monday: [IBAN]"),
        # the keep still keeps money: under eight digits right after the label, or a currency
        ("Account balance on Monday: 1234567", "Account balance on Monday: 1234567"),
        ("Akaun baki: 4821337", "Akaun baki: 4821337"),
        ("Account for the fee: 48213377 EUR", "Account for the fee: 48213377 EUR"),
        ("Account for the fee: 4821337 USD", "Account for the fee: 4821337 USD"),
        # seven digits after an amount word that is not the label's own stay an account
        ("Account for the fee: 4821337", "Account for the fee: [IBAN]"),
    ],
)
def test_amount_label(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding 2: a birth date and a check make an id whatever the cue
        (f"Order {EMSO} arrived.", "Order [ID] arrived."),
        (f"Narudžba {EMSO} je stigla.", "Narudžba [ID] je stigla."),
        (f"Order {PESEL} arrived.", "Order [ID] arrived."),
        (f"Orden {RUC_PERSON} lista.", "Orden [ID] lista."),
        (f"Pedido {RUT_K} listo.", "Pedido [ID] listo."),
        # what still gives way: a wrong EMŠO check, a barcode, a company's RUC, a solid RUT
        # with a digit check after an order cue
        (f"Order {EMSO[:-1]}8 arrived.", f"Order {EMSO[:-1]}8 arrived."),
        (f"EAN {EMSO} na škatli", f"EAN {EMSO} na škatli"),
        (f"Orden {RUC_COMPANY} lista.", f"Orden {RUC_COMPANY} lista."),
        (f"Pedido {RUT_DIGIT} listo.", f"Pedido {RUT_DIGIT} listo."),
        # with no cue they are ids as before
        (f"Mi RUC es {RUC_COMPANY}.", "Mi RUC es [ID]."),
        (f"RUN {RUT_DIGIT}", "RUN [ID]"),
    ],
)
def test_ids_with_a_birth_date_do_not_give_way(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding 3: a person's word, or any word but a thing's, makes "ID" a cue
        ("Patient ID 48213377 admitted.", "Patient ID [ID] admitted."),
        ("Student ID: 20194481", "Student ID: [ID]"),
        ("scan of ID 48213377 attached", "scan of ID [ID] attached"),
        ("Employee ID: 48213377", "Employee ID: [ID]"),
        ("Customer ID 48213377", "Customer ID [ID]"),
        ("Voter ID 48213377", "Voter ID [ID]"),
        ("Kunden-ID: 48213377", "Kunden-ID: [ID]"),
        # a thing's word keeps its id
        ("Order ID 48213377", "Order ID 48213377"),
        ("Transaction ID: 48213377", "Transaction ID: 48213377"),
        ("Ticket ID 48213377", "Ticket ID 48213377"),
        ("Session ID: 48213377", "Session ID: 48213377"),
        ("Build ID 48213377", "Build ID 48213377"),
        ("Besprechungs-ID: 48213377", "Besprechungs-ID: 48213377"),
    ],
)
def test_bare_id(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding 4: a bare "routing" keeps no valid nine-digit phone
        (f"Routing: {ES_MOBILE_ABA}", "Routing: [PHONE]"),
        (f"call routing: {ES_MOBILE_ABA}", "call routing: [PHONE]"),
        # a cue naming the number still keeps it; a routing number that is no phone too
        (f"Routing number: {ES_MOBILE_ABA}", f"Routing number: {ES_MOBILE_ABA}"),
        (f"Routing #: {ES_MOBILE_ABA}", f"Routing #: {ES_MOBILE_ABA}"),
        (f"ABA {ES_MOBILE_ABA}", f"ABA {ES_MOBILE_ABA}"),
        (f"Routing: {ABA}", f"Routing: {ABA}"),
        (f"Routing: {ABA_MADE_UP}", f"Routing: {ABA_MADE_UP}"),
        # a phone shape in the districts of most banks stays a routing number after its cue
        (
            f"Refunds to my account 7304418826 (routing {PL_LANDLINE_ABA})",
            f"Refunds to my account [IBAN] (routing {PL_LANDLINE_ABA})",
        ),
    ],
)
def test_routing_cue(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding 5: digit groups glued to a routing number are the account
        (f"Routing: {ABA} 4567 8901 is my account", f"Routing: {ABA} [IBAN] is my account"),
        (f"Info: {ABA} 4567 8901", "Info: [IBAN]"),
        (f"Routing: {ABA_MADE_UP} 4567-8901", f"Routing: {ABA_MADE_UP} [IBAN]"),
        (f"account {ABA_MADE_UP} 4567 8901", "account [IBAN]"),
        # the routing number printed with its labelled account is the holder's payment details
        # and goes with it (fail closed; 2026-12-03 evening); alone it stays the bank's
        (f"Routing {ABA}, account 4567 8901", "Routing [IBAN], account [IBAN]"),
        # a count after an account is no part of it
        ("account 0123456789 83% of it", "account [IBAN] 83% of it"),
    ],
)
def test_account_glued_to_routing_number(redact, text: str, expected: str) -> None:
    assert redact(text) == expected
