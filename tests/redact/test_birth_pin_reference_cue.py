"""A Trinidad and Tobago birth PIN stays an id after a "reference" word (``ids_birth_pin``,
fail closed); a number stamped with a recent year stays a reference. Made-up values."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _ids(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _R.redact(text).spans if s.type == "NATIONAL_ID"]


@pytest.mark.parametrize(
    "text",
    ["Tax reference for the form: 19770412318", "Reference 19990101007 on the vetting form"],
)
def test_pin_after_reference_word_goes(text: str) -> None:
    assert _ids(text)


@pytest.mark.parametrize(
    "text", ["Reference 20240412318 on the invoice", "Ref 19771312318 is on file"]
)
def test_recent_stamp_or_no_date_stays(text: str) -> None:
    assert not _ids(text)
