"""The review of engine 1.15.0, value side: each leak it found is a redaction test, and each
look-alike the fix must keep a keep test (made-up values, check digits computed here)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.normalize import normalize


def _cnp(body: str) -> str:
    weights = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
    rest = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return body + str(1 if rest == 10 else rest)


CNP = _cnp("185031240123")  # a man born 1985-03-12, county 40, serial 123
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(["Ana Ruiz"], name_tagger=False)


def redact(redactor: Redactor, text: str) -> str:
    out = redactor.redact(text).text
    assert redactor.redact_batch([text])[0] == [out]
    return out


@pytest.mark.parametrize("table", [None, ARABIC_INDIC, DEVANAGARI])
def test_a_check_digit_id_in_any_script_s_digits_is_redacted(redactor, table):
    value = CNP.translate(table) if table else CNP
    assert redact(redactor, f"CNP: {value}") == "CNP: [ID]"


def test_other_scripts_digits_read_as_ascii_one_for_one():
    norm = normalize("tel ٠٤١٢ ३४५ 678")
    assert norm.text == "tel 0412 345 678"
    assert norm.span_in_input(4, 8) == (4, 8)  # the offsets stand


def test_a_currency_after_an_account_shaped_number_does_not_make_it_an_amount(redactor):
    text = "Account for the fee: 0012345678 EUR"
    assert redact(redactor, text) == "Account for the fee: [IBAN] EUR"


def test_a_currency_after_an_amount_keeps_it(redactor):
    text = "Account for the fee: 4821337 EUR"
    assert redact(redactor, text) == text


@pytest.mark.parametrize(
    "text",
    ["Reembolso total: 1500000 aprobado ayer.", "Deposit amount: 2500000 as agreed."],
)
def test_an_amount_word_after_a_destination_word_names_an_amount(redactor, text):
    assert redact(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deposit amount: 25000000 as agreed.", "Deposit amount: [IBAN] as agreed."),
        ("Reembolso total: 0012345678", "Reembolso total: [IBAN]"),
        ("Reembolso: 1500000", "Reembolso: [IBAN]"),
    ],
)
def test_an_account_shaped_value_after_a_destination_stays_an_account(redactor, text, expected):
    assert redact(redactor, text) == expected
