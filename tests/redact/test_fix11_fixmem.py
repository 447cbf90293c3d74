"""fix11 (fixmem): a member's name gets the same span as anyone's (no title absorbed, so the
output does not reveal membership); declined forms of roster names that are towns or brands
need a person cue. Made-up names and phrasings only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(["Tomáš Novák", "Otto Fischer"], name_tagger=False)
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


PLACE_ROSTER = ["Adam Berlin", "Eva Madrid", "Tom London", "Nina Bremen", "Ji-woo Park", "Sam Ford"]


@pytest.fixture(scope="module")
def redact_places():
    roster = [*PLACE_ROSTER, "Jana Dvořáková", "Radim Kolář"]
    redactor = Redactor.from_members(roster, name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Sutra putujem u Berlinu na sajam.",
        "Stigli smo iz Madrida jučer.",
        "U Londonu opet pada kiša.",
        "Tavaly Madridban dolgoztam.",
        "Jövő héten Berlinre repülünk.",
        "Biegam rano w Parku Skaryszewskim.",
        "Koupil jsem si starého Forda.",
        "Loni jsme byli v Bremenu.",
    ],
)
def test_a_declined_town_or_brand_named_like_a_member_stays(redact_places, text):
    assert redact_places(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Včera jsem mluvila s Janou Dvořákovou.", "Včera jsem mluvila s [NAME]."),
        ("Předal jsem to Dvořákové osobně.", "Předal jsem to [NAME] osobně."),
        ("Poslal jsem to Kolářovi.", "Poslal jsem to [NAME]."),
        ("Mluvil jsem dnes s Kolářem.", "Mluvil jsem dnes s [NAME]."),
        ("Děkuji Berlinovi za pomoc.", "Děkuji [NAME] za pomoc."),  # a thanks: the member
    ],
)
def test_a_declined_ordinary_member_name_is_still_redacted(redact_places, text, expected):
    assert redact_places(text) == expected
