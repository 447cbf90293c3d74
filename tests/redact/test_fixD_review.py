"""fixD review: the names13 function-word lists (Slovenian, Hindi/Urdu in Latin letters) lose
every listed given name and give way to a listed surname after them; member_proper_names.txt
holds no word a Hunspell dictionary derives by its affix rules. Made-up values and phrasing."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.person_function_words import function_word


def _redact(text: str, members: list[str] | None = None) -> str:
    return Redactor.from_members(members or []).redact(text).text


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
