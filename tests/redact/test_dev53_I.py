"""dev53 I: ids, accounts, addresses and phones (recall). Made-up values and posts only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an IFSC written right after its account goes with it
        ("Please pay A/c 123456789012, IFSC ABCD0123456!", "Please pay A/c [IBAN]!"),
        ("Details: A/c 98765432109876 IFSC WXYZ0A1B2C3.", "Details: A/c [IBAN]."),
        # an IFSC alone names a branch and stays
        ("The branch uses IFSC ABCD0123456.", "The branch uses IFSC ABCD0123456."),
        # in brackets, an aside naming the account's branch
        (
            "Refund to account 123456789012 (IFSC ABCD0123456).",
            "Refund to account [IBAN] (IFSC ABCD0123456).",
        ),
    ],
)
def test_ifsc_after_its_account(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-over phrases: as asked, here it is, the number asked for, what it is for
        ("As requested: 12345678.", "As requested: [ID]."),
        ("Le voici : A1234567.", "Le voici : [ID]."),
        ("The number they wanted was 87654321.", "The number they wanted was [ID]."),
        ("Para verificación: 123.456.789.", "Para verificación: [ID]."),
        ("For the paperwork: 7654321098", "For the paperwork: [ID]"),
        # copied or read out from a paper, six digits too
        ("Pasted from the intake form: 246813.", "Pasted from the intake form: [ID]."),
        ("He read it out as 9753124.", "He read it out as [ID]."),
        ("Copiado da ficha: 135792.", "Copiado da ficha: [ID]."),
        ("Copy of the invoice: 12345678.", "Copy of the invoice: 12345678."),
        # ... or a passport's layout copied out
        ("Pasted from the intake form: A123456789.", "Pasted from the intake form: [ID]."),
        ("Lo pego aquí para no perderlo: E12345678.", "Lo pego aquí para no perderlo: [ID]."),
        ("Copied from the form: order AB1234567", "Copied from the form: order AB1234567"),
        # the number the writer used or gave
        ("Form filled, number used: 30123499.", "Form filled, number used: [ID]."),
        ("The desk asked, I gave them 12345678.", "The desk asked, I gave them [ID]."),
        ("I gave them 1234567 reasons to stay.", "I gave them 1234567 reasons to stay."),
        # dots between groups of three, after a hand-over phrase
        ("Aquí está: 1.234.567.891.", "Aquí está: [ID]."),
        # a number put on a record after a verb
        ("Noted 12345678 on the sheet.", "Noted [ID] on the sheet."),
        ("Agregué 1.234.567.891 al expediente.", "Agregué [ID] al expediente."),
        ("Il a noté 1000123457 au dos du formulaire.", "Il a noté [ID] au dos du formulaire."),
        ("Habe 87654321 in die Akte eingetragen.", "Habe [ID] in die Akte eingetragen."),
        # named, counted or no record: stays
        ("As requested, order 12345678 is attached.", "As requested, order 12345678 is attached."),
        ("We had 1234567 visitors last year.", "We had 1234567 visitors last year."),
        ("Noted A3346972 on the sheet.", "Noted A3346972 on the sheet."),
    ],
)
def test_handed_over_and_put_on_a_record(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
