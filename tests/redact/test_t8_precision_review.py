"""Over-redactions found by review: an organisation after a person label, a street after an
occupation, charity registration numbers. The person next to them is still redacted. Made-up
examples only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

RULES = Redactor.from_members([], name_tagger=False)
TAGGED = Redactor.from_members([])

CASES = [
    ("Donors: Red Cross", "Donors: Red Cross"),
    ("Spender: Rotes Kreuz", "Spender: Rotes Kreuz"),
    (
        "The carpenter, Hope Street, fixed the stairs.",
        "The carpenter, Hope Street, fixed the stairs.",
    ),
    (
        "Shelter Trust (Registered Charity No. 1123456) thanks you.",
        "Shelter Trust (Registered Charity No. 1123456) thanks you.",
    ),
    (
        "Charity Number: 1012345 | Scottish charity SC045678",
        "Charity Number: 1012345 | Scottish charity SC045678",
    ),
    # a person beside them is still redacted
    ("Donors: Red Cross and Amelia Cross.", "Donors: Red [NAME] and [NAME]."),
    ("Donors: Red Smith", "Donors: [NAME]"),
    (
        "Ms Hope Street called the charity, no. 1123456.",
        "Ms [NAME] Street called the charity, no. 1123456.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_over_redactions(text: str, expected: str) -> None:
    assert RULES.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donors: Red Cross", "Donors: Red Cross"),
        (
            "The carpenter, Hope Street, fixed the stairs.",
            "The carpenter, Hope Street, fixed the stairs.",
        ),
        ("Donors: Red Cross and Amelia Cross.", "Donors: Red [NAME] and [NAME]."),
    ],
)
def test_review_over_redactions_with_the_tagger(text: str, expected: str) -> None:
    assert TAGGED.redact(text).text == expected
