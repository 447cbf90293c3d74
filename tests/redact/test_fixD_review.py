"""fixD review: the names13 function-word lists (Slovenian, Hindi/Urdu in Latin letters) lose
every listed given name and give way to a listed surname after them; member_proper_names.txt
holds no word a Hunspell dictionary derives by its affix rules. Made-up values and phrasing."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.member_words import proper_name
from trainer.redact.person_function_words import function_word


def _redact(text: str, members: list[str] | None = None) -> str:
    return Redactor.from_members(members or [], name_tagger=False).redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bo andersson will bring the food", "andersson"),
        ("wali khan will bring the food", "khan"),
        ("samo kranjc je prinesel ključe", "kranjc"),
        ("samo novak bo prišel jutri", "novak"),
    ],
)
def test_lower_case_given_name_of_a_function_word_list_is_redacted(text: str, name: str) -> None:
    out = _redact(text)
    assert text.split()[0] not in out.split() and name not in out


def test_listed_surname_after_a_lower_case_function_word_makes_it_a_name() -> None:
    text = "har nowak kommer imorgon"
    assert not function_word(text, "har", 3)
    assert "nowak" not in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Team, ek baar check kar lo the sheet.",  # same shapes, function words
        "Vaša stran že leta ni bila.",
        "har kommit hem",
    ],
)
def test_function_word_phrase_is_kept(text: str) -> None:
    assert _redact(text) == text


# --- member_proper_names.txt: affix-derived forms are words ------------------------------------
@pytest.mark.parametrize("key", ["rather", "younger", "slowly", "sharing", "weniger", "schneller"])
def test_derived_dictionary_form_is_no_proper_name(key: str) -> None:
    assert not proper_name(key)


@pytest.mark.parametrize(
    ("text", "word"),
    [("I would rather stay home", "rather"), ("My younger sister called.", "younger")],
)
def test_derived_word_of_a_member_surname_is_kept(text: str, word: str) -> None:
    assert word in _redact(text, ["Dan Rather", "Tom Younger"])


def test_true_proper_name_of_a_member_is_still_redacted_alone() -> None:
    assert _redact("Ontem diogo publicou o relatório.", ["Diogo Mendes"]) == (
        "Ontem [NAME] publicou o relatório."
    )
