"""A member's name opening a sentence before a modal verb ("X can confirm", "X puede
confirmarlo"): the finite verb of a statement follows its subject (``member_cues.SUBJECT_AFTER``);
and the personal "a" of the Romance languages before a surname ("Escríbanle a X"), which is no
English article (``member_given._NOUN_ARTICLES``)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

ROSTER = ["Olivia Wainwright", "Lukas Pellegrini", "Jan Fischer"]


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(ROSTER, name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wainwright can confirm the dates.", "[NAME] can confirm the dates."),
        ("Pellegrini puede confirmarlo mañana.", "[NAME] puede confirmarlo mañana."),
        ("Olivia kan het morgen bevestigen.", "[NAME] kan het morgen bevestigen."),
        ("Lukas muss das noch prüfen.", "[NAME] muss das noch prüfen."),
        ("Olivia może to potwierdzić.", "[NAME] może to potwierdzić."),
    ],
)
def test_a_member_before_a_modal_verb_is_the_subject(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wainwright Road can flood after rain.",  # a street: another capitalised word after it
        "Wainwright canned goods are on sale.",  # no modal verb: a word that starts like one
    ],
)
def test_a_modal_verb_alone_makes_no_subject(redact, text):
    assert redact(text) == text


def test_the_personal_a_before_a_surname_is_no_article(redact):
    assert redact("Escríbanle a Pellegrini para más detalles.") == (
        "Escríbanle a [NAME] para más detalles."
    )
    # an article before a capitalised surname that is also a frequent word still keeps it
    assert redact("Ask for the Wainwright archive.") == "Ask for the Wainwright archive."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wainwright, it was a pleasure.", "[NAME], it was a pleasure."),
        ("Pellegrini, het was een plezier.", "[NAME], het was een plezier."),
        ("Pellegrini, ce fut un plaisir.", "[NAME], ce fut un plaisir."),
        ("Wainwright, bilo je lijepo.", "[NAME], bilo je lijepo."),
    ],
)
def test_a_member_set_off_before_a_clause_is_addressed(redact, text, expected):
    assert redact(text) == expected


def test_a_comma_before_no_clause_makes_no_vocative(redact):
    text = "Wainwright, canvas and paint are on the table."  # a list: no verb after the comma
    assert redact(text) == text
