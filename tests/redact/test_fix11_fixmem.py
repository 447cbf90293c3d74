"""fix11 (fixmem): a member's name gets the same span as anyone's (no title absorbed, so the
output does not reveal membership); declined forms of roster names that are towns or brands
need a person cue. Made-up names and phrasings only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(["Tomáš Novák", "Otto Fischer"])
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ing. Tomáš Novák a Ing. Radek Svoboda.", "Ing. [NAME] a Ing. [NAME]."),
        ("Ing. Radek Svoboda a Ing. Tomáš Novák.", "Ing. [NAME] a Ing. [NAME]."),
        ("Prof. Otto Fischer and Prof. Lena Mendes met.", "Prof. [NAME] and Prof. [NAME] met."),
    ],
)
def test_a_member_and_a_non_member_with_a_title_look_the_same(redact, text, expected):
    assert redact(text) == expected


def test_title_shape_is_the_same_for_member_and_non_member(redact):
    member = redact("Dr. Otto Fischer replied today.")
    other = redact("Dr. Lena Mendes replied today.")
    assert member == other == "Dr. [NAME] replied today."


def test_a_title_before_a_surname_alone_stays_for_members_too(redact):
    assert redact("Prof. Fischer said so.") == "Prof. [NAME] said so."
    assert redact("Prof. Mendes said so.") == "Prof. [NAME] said so."
