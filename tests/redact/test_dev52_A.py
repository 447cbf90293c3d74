"""dev52 A: bank accounts by their national layouts (New Zealand's bank-branch-account-suffix,
South Africa's universal branch code and account, Canada's transit, major institution and
account with spaces) found bare; a bank-details label then what the details became. Made-up
values and posts only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # New Zealand: bank 01-38, branch, seven-digit account, suffix of two or three
        ("Please use 02-0100-0123456-001 today.", "Please use [IBAN] today."),
        ("Noted 12 3100 7654321 05 for her.", "Noted [IBAN] for her."),
        ("Send it to 06 0901 1234567 00 please.", "Send it to [IBAN] please."),
        # South Africa: a universal branch code, a slash or space, the account
        ("Wages: see 632005/4012345678 below.", "Wages: see [IBAN] below."),
        ("Send it to 470010 1234567890 please.", "Send it to [IBAN] please."),
        # Canada with spaces: transit, a major institution's number, the account
        ("Virez-le au 12345 815 1234567 svp.", "Virez-le au [IBAN] svp."),
        # a bank-details label, then what the details became
        ("Her bank details changed to 0123456789012.", "Her bank details changed to [IBAN]."),
        (
            "Ses coordonnées bancaires sont maintenant 0123456789012.",
            "Ses coordonnées bancaires sont maintenant [IBAN].",
        ),
    ],
)
def test_national_account_layouts(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # bank code 45, a wrong part length, an unknown branch code: stay
        "The part is 45-1234-1234567-12 in the list.",
        "The part is 12-1234-123456-12 in the list.",
        "Batch 123456/1234567890 is in the list.",
        "Lot 12345 555 1234567 is in the list.",
        "My account is now 3 weeks old.",
    ],
)
def test_other_layouts_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number a payment is to use, in a few languages
        ("Use 0123456789 for the travel advance.", "Use [IBAN] for the travel advance."),
        (
            "Utilisez 0123 4567 8901 pour le remboursement.",
            "Utilisez [IBAN] pour le remboursement.",
        ),
        ("Usa 0123456789 para el anticipo.", "Usa [IBAN] para el anticipo."),
        # a Luhn-valid card keeps the card's type
        ("Please use 4111 1111 1111 1111 for the deposit.", "Please use [CARD] for the deposit."),
        # a payment into a nine-digit bank code and its account, whatever the code's check
        ("Pay the rent into 151234567 0123456781.", "Pay the rent into [IBAN]."),
        # a round sum, a date: they stay
        ("Use 250000000 for the deposit.", "Use 250000000 for the deposit."),
        ("Use 2024-03-15 for the payment date.", "Use 2024-03-15 for the payment date."),
    ],
)
def test_used_for_a_payment(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the US A-Number after its cue, in each printed form, and grouped with no cue
        ("Her A-Number is A012345678 now.", "Her A-Number is [ID] now."),
        ("Alien registration number: 012-345-678.", "Alien registration number: [ID]."),
        ("USCIS # 12345678 on the receipt.", "USCIS # [ID] on the receipt."),
        ("He wrote A-012-345-678 on the form.", "He wrote [ID] on the form."),
        ("Check A012 345 678 first.", "Check [ID] first."),
        # a solid A and nine digits with no cue, or after an order cue: an order's number
        ("Our order A723456781 is on its way.", "Our order A723456781 is on its way."),
        ("He wrote A723456781 on the form.", "He wrote A723456781 on the form."),
    ],
)
def test_us_a_number(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "n.º" (folded to "n.o") links a cue to its value; a phrase after the link words
        ("O bilhete de identidade n.º 123457 consta.", "O bilhete de identidade n.º [ID] consta."),
        (
            "O bilhete de identidade n.º do cliente é 123457.",
            "O bilhete de identidade n.º do cliente é [ID].",
        ),
        # the taxpayer's number by its French name
        (
            "Le numéro d'identification fiscale 2000123457 est faux.",
            "Le numéro d'identification fiscale [ID] est faux.",
        ),
    ],
)
def test_cue_links(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a checked NHI or a person's CUIL after a bare "Reference:" stays a person's
        ("| Mon | Reference: ZAC5361 |", "| Mon | Reference: [ID] |"),
        ("Referencia: 20-12345678-6", "Referencia: [ID]"),
        # the same NHI after a ticket cue, a failing check, a firm's CUIT: they stay
        ("| Mon | Ticket: ZAC5361 |", "| Mon | Ticket: ZAC5361 |"),
        ("| Mon | Reference: ZAC5362 |", "| Mon | Reference: ZAC5362 |"),
    ],
)
def test_checked_after_reference(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
