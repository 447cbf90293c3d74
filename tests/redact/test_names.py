"""Member names (dictionary), @mentions and best-effort non-member names."""

from __future__ import annotations

import pickle

import pytest

from trainer.redact import Redactor
from trainer.redact.names import MemberNames, fold, name_keys


@pytest.mark.parametrize(
    "mention",
    [
        "José Núñez",
        "jose nunez",
        "JOSE NUÑEZ",
        "Jose Nunez",
        "Søren Müller-Schmidt",
        "Soeren Mueller-Schmidt",
        "soren muller schmidt",
        "María López",
        "maria garcia",
        "jane.doe",
        "jane_doe",
        "janedoe",
        "Aoife O’Brien",
        "aoife.obrien",
    ],
)
def test_member_name_variants(values, mention):
    assert values(f"Great talk by {mention}, thanks!") == [("NAME", mention)]


def test_boundaries_exact():
    names = MemberNames(["Jane Doe"])
    assert names.find("Janedoes are fine") == []
    assert names.find("xjane.doe") == []
    assert names.find("ping jane-doe.") == [("NAME", 5, 13)]


def test_fold_keeps_length_and_strips_accents():
    text = "ÉLODIE Ñúñez Łukasz Øre’s"
    assert len(fold(text)) == len(text)
    assert fold(text) == "elodie nunez lukasz ore's"


def test_short_single_token_names_are_not_keys():
    assert name_keys("Al") == set()
    assert name_keys("Cher") == {"cher"}
    assert "jdoe" in name_keys("Jane Doe") and "doe, jane" in name_keys("Jane Doe")


def test_member_names_pickle_round_trip():
    names = MemberNames(["José Núñez"])
    clone = pickle.loads(pickle.dumps(names))
    assert clone.keys == names.keys
    assert clone.find("hi jose nunez") == [("NAME", 3, 13)]


@pytest.mark.parametrize("handle", ["@janedoe", "@jane-doe", "@jane.doe", "@randomperson_42"])
def test_any_mention_is_redacted(values, handle):
    assert values(f"cc {handle} please") == [("MENTION", handle)]


def test_email_is_not_a_mention(values):
    assert values("write to jane@example.com") == [("EMAIL", "jane@example.com")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Huge thanks to Priya Raman for the review", "Priya Raman"),
        ("Dr. Okafor explained it", "Okafor"),
        ("My manager Xiomara Tzul approved", "Xiomara Tzul"),
        ("thanks Tomasz!", "Tomasz"),
        ("Met Anna van der Berg today", "Anna van der Berg"),
        ("John F. Kennedy said", "John F. Kennedy"),
    ],
)
def test_non_member_people(values, text, name):
    assert values(text) == [("NAME", name)]


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Connor Inc. filed",
        "We use Google Docs and Microsoft Teams",
        "Will Python 3.13 ship?",
        "Maria Foundation grants",
        "Louis Vuitton opened a store",
    ],
)
def test_company_like_phrases_are_kept(redactor, text):
    assert redactor.redact(text).spans == []


def test_no_members_still_works():
    assert Redactor.from_members(None, name_tagger=False).redact("jane doe").spans == []


def test_initials_and_surname_first_forms():
    names = MemberNames(["Jane Doe"])
    text = "J. Doe, jdoe and Doe, Jane; the young jane"
    assert [text[s:e] for _, s, e in names.find(text)] == ["J. Doe", "jdoe", "Doe, Jane"]


def test_whitespace_variants_between_first_and_last():
    assert MemberNames(["Jane Doe"]).find("Jane\nDoe") == [("NAME", 0, 8)]


def test_display_name_decoration_is_stripped():
    assert "jane doe" in name_keys("Dr. Jane Doe, PhD")
    assert "jane doe" in name_keys("Jane Doe (she/her)")
    assert name_keys("Jane Doe | Data Scientist") == name_keys("Jane Doe")


@pytest.mark.parametrize(
    ("member", "written"),
    [
        ("S. te Pas", "te Pas"),  # Dutch "te": missing from the member keys' particles before
        ("Joris op den Akker", "op den Akker"),
        ("Anna vom Hofe", "vom Hofe"),
        ("Giulia dalla Costa", "dalla Costa"),
        ("Marco dei Rossi", "dei Rossi"),
    ],
)
def test_particle_surname_alone_is_a_member_key(member, written):
    """One particle list (names.SURNAME_PARTICLES) serves the member keys and the non-member
    rules: a member's particle surname written on its own is redacted."""
    redactor = Redactor.from_members([member], name_tagger=False)
    assert redactor.redact(f"Lunch with {written} today").text == "Lunch with [NAME] today"
