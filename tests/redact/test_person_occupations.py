"""A name in apposition to a trade or role noun (``person_occupations``): close, between
commas, after a copula. Made-up names and posts, written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plumber Tembo came at nine.", "The plumber [NAME] came at nine."),
        ("El fontanero, Wilfredo, viene el jueves.", "El fontanero, [NAME], viene el jueves."),
        ("O porteiro é Anselmo, muito simpático.", "O porteiro é [NAME], muito simpático."),
        ("Le serrurier Mbarga passe demain.", "Le serrurier [NAME] passe demain."),
        ("Der Hausmeister Ohlendorf kommt morgen.", "Der Hausmeister [NAME] kommt morgen."),
        ("Our treasurer is Ottilie Brandvold.", "Our treasurer is [NAME]."),
        (
            "L'ancien locataire, Gaspard, a rendu les clés.",
            "L'ancien locataire, [NAME], a rendu les clés.",
        ),
    ],
)
def test_occupation_apposition_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The landlord is happy with the repairs.",
        "The tenant is French.",
        "The plumber, as usual, was late.",
        "The electrician Monday morning was late.",
        "The secretary of the board signed.",
        "Our agent Orange campaign ended.",
        "The owner is Acme Ltd.",
    ],
)
def test_occupation_words_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)
