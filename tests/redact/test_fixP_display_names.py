"""Roster display names parsed as professional networks write them: credentials, taglines,
pronouns, emoji, index order and quoted nicknames; surname-first and initial handles; each
inner surname of an Iberian name; apostrophe-free O'/D' surnames."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.display_names import is_credential, undecorate
from trainer.redact.names import given_keys, name_keys, surname_keys


@pytest.mark.parametrize(
    ("display", "name", "nicks"),
    [
        ("Abena Owusu, CFA", "Abena Owusu", []),
        ("Sigrid Lunde, MBA, PMP", "Sigrid Lunde", []),
        ("Ngozi Eze - Hiring!", "Ngozi Eze", []),
        ("Chloé Martin – Design @ Qonto", "Chloé Martin", []),
        ("🚀 Ngozi Eze | Growth @ Paystack", "Ngozi Eze", []),
        ("Sam Okoro (they/them)", "Sam Okoro", []),
        ('Aravind "Ravi" K.', "Aravind K.", ["Ravi"]),
        ("Lunde, Sigrid", "Sigrid Lunde", []),
        ("OWUSU, ABENA", "ABENA OWUSU", []),
        ("Abena Owusu, Founder", "Abena Owusu", []),
    ],
)
def test_display_names_are_undecorated(display, name, nicks):
    assert undecorate(display) == (name, nicks)


def test_credentials_are_told_from_given_names():
    assert is_credential("MBA, PMP".split(",")[0]) and is_credential("Ph.D.")
    assert not is_credential("Abena") and not is_credential("ABENA", all_caps=True)


def test_the_surname_before_a_credential_or_tagline_is_a_surname_key():
    assert surname_keys("Abena Owusu, CFA") == {"owusu"}
    assert surname_keys("Ngozi Eze - Hiring!") == {"eze"}
    assert not any("qonto" in key for key in name_keys("Chloé Martin – Design @ Qonto"))
    assert "ravi" in given_keys('Aravind "Ravi" Krishnan')


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    roster = [
        "Abena Owusu, CFA",
        "Ngozi Eze - Hiring!",
        "Chloé Martin – Design @ Qonto",
        'Aravind "Ravi" Krishnamurthy',
        "Ana Belén Echeverría Soto",
        "Siobhan O'Callaghan",
        "Tariq D'Mello",
        "Vikram Bhattacharya",
        "Mark Fisher",
    ]
    return Redactor.from_members(roster, name_tagger=False)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Owusu shared a post.", "Owusu"),
        ("Thanks Ravi for the review.", "Ravi"),
        ("Echeverría presentó el plan.", "Echeverría"),
        ("OCallaghan reviewed it.", "OCallaghan"),
        ("dmello approved", "dmello"),
        ("ig: bhattacharya.vikram", "bhattacharya"),
        ("bhattacharyavikram on teams", "bhattacharyavikram"),
        ("bhattacharya.v on teams", "bhattacharya"),
        ("vikram.b on teams", "vikram.b"),
    ],
)
def test_member_forms_go(redactor, text, gone):
    assert gone not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I passed CFA level II this summer.",
        "Hiring senior engineers in Lagos!",
        "Design teams at Qonto are growing.",
        "We checked the mark.f value.",
        "The soto ward is closed.",
    ],
)
def test_taglines_credentials_and_word_handles_are_kept(redactor, text):
    assert redactor.redact(text).text == text
