"""Given names of the hand-written customs supplement (``given_names_customs.txt``: Akan day
names in Ivorian spellings, Swahili virtue names), and a lower-case given name opening a
sentence (``person_alone.lower_subject``). Made-up full names and posts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day name before a surname no list holds
        ("Bravo à Amoin Gbaguidi pour la tombola.", "Bravo à [NAME] pour la tombola."),
        ("La marraine est Kouakou Zadi.", "La marraine est [NAME]."),
        # a day name opening a clause, alone
        ("Merci. Affoué a tenu la caisse samedi.", "Merci. [NAME] a tenu la caisse samedi."),
        # a Swahili virtue name
        ("Faraja Mwakyusa will lead the briefing.", "[NAME] will lead the briefing."),
    ],
)
def test_custom_given_names_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kurz gesagt.\nleopold sagt, der Saal ist frei.",
            "Kurz gesagt.\n[NAME] sagt, der Saal ist frei.",
        ),
        ("Bonjour. ghislaine a financé la course.", "Bonjour. [NAME] a financé la course."),
    ],
)
def test_lower_given_opening_sentence_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "django is the framework we use.",
        "london is calling.",
        "paris est magnifique.",
        "ok so the plan is simple.",
        "Fondation Félix Houphouët-Boigny",
    ],
)
def test_lower_words_opening_sentence_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)
