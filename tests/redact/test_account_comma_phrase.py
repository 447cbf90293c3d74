"""An account label, a short phrase and a comma before the account number ("refund to the same
account as before, ...": ``ids_accounts``). Made-up numbers."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _accounts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _R.redact(text).spans if s.type == "IBAN"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Send it to the same account as before, 30417265981123.", "30417265981123"),
        ("Use my salary account again, 5550123498761.", "5550123498761"),
    ],
)
def test_account_after_phrase_and_comma_goes(text: str, number: str) -> None:
    assert number in _accounts(text)


@pytest.mark.parametrize(
    "text",
    [
        "My account was hacked, 12345678 people saw it.",  # a count of eight digits
        "The account grew fast, 123456789012 followers later.",  # a word follows: a count
        "Account as usual, 2024-03-15 was the date.",  # a date
    ],
)
def test_counts_and_dates_stay(text: str) -> None:
    assert not _accounts(text)
