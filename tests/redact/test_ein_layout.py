"""The IRS employer identification number's 2-7 layout is no phone without a phone word
(``personal_numbers.cueless_phone``); with one it is a phone (fail closed). Made-up numbers."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.personal_numbers import cueless_phone

_R = Redactor.from_members([], name_tagger=False)


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _R.redact(text).spans if s.type == "PHONE"]


def test_layout() -> None:
    assert not cueless_phone("47-1234567", "471234567")
    assert cueless_phone("471-234-567", "471234567")  # another layout: unchanged
    assert cueless_phone("04-71234567", "0471234567")  # a trunk 0: unchanged


@pytest.mark.parametrize(
    "text",
    ["Registered charity no. 47-1234567", "Our nonprofit, 23-7654321, files in May."],
)
def test_registration_numbers_stay(text: str) -> None:
    assert not _phones(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [("Call me at 47-1234567 tonight", "47-1234567"), ("Tel: 23-7654321", "23-7654321")],
)
def test_after_a_phone_word_it_goes(text: str, number: str) -> None:
    assert number in _phones(text)
