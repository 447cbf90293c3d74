"""Review 16, finding 8: ids typed in lower case or after cues the id cue list lacked.

Made-up values; each leak is a redaction test, each same-shape ordinary text a keep test, and
``redact`` must agree with ``redact_batch``.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _both(text: str) -> str:
    single = _R.redact(text).text
    assert _R.redact_batch([text])[0][0] == single
    return single


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ghanacard gha-804512367-3 for the form", "ghanacard [ID] for the form"),
        ("Ghana card: Gha-804512367-3 attached", "Ghana card: [{}] attached"),
        ("my nin is cf87012345xkqd", "my nin is [ID]"),
        ("cédula de identidad 3456781", "cédula de identidad [ID]"),
        ("Cédula de identidad civil: 3456781", "Cédula de identidad civil: [ID]"),
        ("DIMEX 184000123456", "DIMEX [ID]"),
        ("voter id XQZ4412873", "voter id [ID]"),
        ("Voter's ID card number: XQZ4412873 ok", "Voter's ID card number: [{}] ok"),
    ],
)
def test_ids_in_lower_case_or_after_new_cues_are_redacted(text: str, expected: str) -> None:
    # "{}": the value is gone whichever detector's tag it gets (a card-like run reads as [CARD])
    assert _both(text) in {expected.format(tag) for tag in ("ID", "CARD")}


@pytest.mark.parametrize(
    "text",
    [
        "The gha team shipped 12 boards.",  # no nine digits after it
        "Cable length 25 cm, weight 3 kg.",
        "Order cm1234abcd shipped.",  # too short for a NIN
        "Mixed case Cm12345678Abcd is no NIN shape.",
        "Bring your voter id to the polling station on Monday.",
    ],
)
def test_same_shapes_without_a_value_stay(text: str) -> None:
    assert _both(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my mobile is 824 7613", "my mobile is [PHONE]"),
        ("My cell is 0151 23456789, call after six", "My cell is [PHONE], call after six"),
        ("our phone is 555 0142", "our phone is [PHONE]"),
    ],
)
def test_my_mobile_is_cues_the_number(text: str, expected: str) -> None:
    # review 16, finding 3: "my mobile number is" was a cue, "my mobile is" was not
    assert _both(text) == expected


@pytest.mark.parametrize(
    "text",
    ["my phone is 5 years old", "our phone is dead, battery at 20 %", "my cell is 2 km away"],
)
def test_my_phone_is_before_an_age_or_amount_stays(text: str) -> None:
    assert _both(text) == text
