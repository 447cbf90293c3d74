"""Review C: privacy leaks and over-redactions found in the look-alike keep rules. Made-up
values only; each keep has a same-shape counterpart that must still be redacted.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_parcels import _fedex_express_ok, _fedex_ground_ok

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


# --- 1. a parcel word keeps a number only when it labels it, with the carrier's check digit --


def test_fedex_check_digits_worked_by_hand() -> None:
    # 1234567890 1: weights 1,3,7 from the right -> 178; 178 mod 11 = 2; 2 mod 10 = 2
    assert _fedex_express_ok("123456789012")
    assert not _fedex_express_ok("123456789013")
    # 4490443041378 2: weights 3,1 from the right over 14 digits -> 89; (10 - 9) mod 10 = 1
    assert _fedex_ground_ok("449044304137821")
    assert not _fedex_ground_ok("449044304137822")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paket kommt morgen, Fahrer Jonas 491701234567", "Fahrer Jonas [PHONE]"),
        ("Te envío los datos de Juan 541123456789 para coordinar", "Juan [PHONE] para"),
        ("Il pacco lo ritira Marco 393471234567", "ritira Marco [PHONE]"),
        ("Tracking issues go to our driver 919812345678 anytime", "driver [PHONE] anytime"),
        # directly labelled, but the check digit fails: a valid phone stays redacted
        ("Tracking no. 491701234567", "Tracking no. [PHONE]"),
        # passes the check digit but the parcel word does not label it
        ("Paket kommt morgen, Fahrer Jonas 491701234564", "Fahrer Jonas [PHONE]"),
    ],
)
def test_unlabelled_or_unchecked_numbers_after_parcel_words_redacted(
    text: str, expected: str
) -> None:
    assert expected in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tracking number: 123456789012",
        "Sendungsnummer 123456789012",
        "Tracking no. 491701234564",
        "FedEx Ground tracking # 449044304137821 arrives Monday.",
    ],
)
def test_labelled_checked_tracking_numbers_kept(text: str) -> None:
    assert _redact(text) == text


# --- 2. a currency beside an account-shaped value (or after a label and colon) is no amount ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Account for refunds: 19138472910523 USD", "Account for refunds: [IBAN] USD"),
        ("Konto für die Miete: 38291045 EUR", "Konto für die Miete: [IBAN] EUR"),
        ("Mi cuenta USD 19138472910523 en el BCP", "Mi cuenta USD [IBAN] en el BCP"),
        ("Deposit goes to 0012345678 EUR", "Deposit goes to [IBAN] EUR"),
        ("Reembolso a 191-38472910-5-23 PEN", "Reembolso a [IBAN] PEN"),
        # 4: a bare "deposit is" takes eight digits or more
        ("The deposit is 25000000, due Friday.", "The deposit is [IBAN], due"),
        ("Deposit: 1234567 then", "Deposit: [IBAN] then"),  # a labelling colon: any length
    ],
)
def test_account_shaped_values_beside_a_currency_redacted(text: str, expected: str) -> None:
    assert expected in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deposit goes to 12345678 USD tomorrow.",  # amount-shaped, a currency beside it
        "cuenta USD 1500000 en total",
        "The deposit is 2500000, due Friday.",  # 4: seven digits after a bare copula
        "deposit 2024-03-15 confirmed",  # 4: an ISO date
        "El depósito es 15/03/2024, gracias.",
    ],
)
def test_amounts_and_dates_after_destination_words_kept(text: str) -> None:
    assert _redact(text) == text


# --- 3. a bare "number" before a counting run is no phone cue; "my number is" still is ---


def test_counting_after_a_bare_number_word_kept() -> None:
    text = "Table number five six seven eight nine one two"
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My number is five six seven eight nine one two", "My number is [PHONE]"),
        ("my number is, uh, five six seven eight nine one two", "my number is, uh, [PHONE]"),
        ("Call me tomorrow, five six seven eight nine one two", "Call me tomorrow, [PHONE]"),
    ],
)
def test_counting_shaped_runs_after_a_phone_cue_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected
