"""mem13: a roster name that the frequent-word list holds only because dictionaries list it as a
proper name (``member_proper_names.txt``) is a name wherever it stands as a word, in lower case
and at a sentence's start too; one that a dictionary writes in lower case keeps the cue-asking
treatment. Made-up rosters and phrasing."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.member_words import proper_name


def _redact(members: list[str], text: str) -> str:
    return Redactor.from_members(members, name_tagger=False).redact(text).text


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("diogo", True),  # no dictionary writes it in lower case
        ("hanne", True),  # one lenient dictionary only (sv): still a name
        ("joshi", True),  # "cabrera" left: French "cabrer" derives it (fixD)
        ("mark", False),  # English "mark"
        ("grace", False),  # English "grace"
        ("luka", False),  # lower-case in two lenient dictionaries (hr, pl ...): a word
    ],
)
def test_proper_name_list(key: str, expected: bool) -> None:
    assert proper_name(key) is expected


def test_lower_case_proper_name_is_redacted() -> None:
    assert _redact(["Diogo Mendes"], "Ontem diogo publicou o relatório.") == (
        "Ontem [NAME] publicou o relatório."
    )
    assert _redact(["Charles Tabone"], "I will ask charles about it tomorrow.") == (
        "I will ask [NAME] about it tomorrow."
    )


def test_lower_case_dictionary_word_is_kept() -> None:
    # same shape, but "mark" is a lower-case English word
    text = "Please mark the date in your calendar."
    assert _redact(["Mark Ellison"], text) == text
    text = "Zračna luka je blizu."
    assert _redact(["Luka Perić"], text) == text


def test_sentence_start_proper_name_is_redacted() -> None:
    assert _redact(["Felipe Araya"], "Felipe sabe los detalles mejor que yo.") == (
        "[NAME] sabe los detalles mejor que yo."
    )
    assert _redact(["Hanne Verbeke"], "Hanne kent de details beter dan ik.") == (
        "[NAME] kent de details beter dan ik."
    )
    assert _redact(["Priya Joshi"], "Joshi, de comunicaciones, atendió todo.") == (
        "[NAME], de comunicaciones, atendió todo."
    )


def test_sentence_start_word_name_still_asks_for_a_cue() -> None:
    text = "Mark your calendars for the launch."
    assert _redact(["Mark Ellison"], text) == text


def test_after_to_proper_name_is_redacted() -> None:
    # "charles" left the list (Spanish "charlar" derives it, fixD): a name the list still holds
    assert _redact(["Felipe Tabone"], "Questions go to Felipe.") == "Questions go to [NAME]."


def test_proper_name_before_a_digit_keeps_the_old_treatment() -> None:
    # a number after it may make it a street or a date: only a cue makes it the member
    text = "We verhuizen naar Hanne 12 volgende week."
    assert _redact(["Hanne Verbeke"], text) == text
