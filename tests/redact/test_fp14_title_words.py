"""Issue #10, precision (fp14): lower-case "cik"/"pak" are Latvian "how many" and Czech "then" in
a post written with those languages' letters (person_title_words), and stay Malay/Indonesian
titles before a listed name, in capitals or in a post of plain Latin letters. Made-up names.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.person_title_words import title_is_word

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Prieks redzēt, cik daudz esam paveikuši.",
        "Nevím, pak jsme šli domů.",
    ],
)
def test_the_latvian_and_czech_words_are_no_titles(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudah bicara dengan pak budi kemarin.", "pak [NAME] kemarin"),  # a listed name
        ("Sudah bicara dengan Pak Wiryawan kemarin.", "Pak [NAME] kemarin"),  # capitalised
        ("terima kasih cik zulkarnaini", "cik [NAME]"),  # plain Latin letters: Malay
        ("Děkuji, pak novák přijde", "pak [NAME] přijde"),  # a listed surname after it
    ],
)
def test_the_titles_still_open_a_name(text: str, expected: str) -> None:
    assert expected in _redact(text)


def test_title_is_word_needs_all_three_conditions() -> None:
    assert title_is_word("cik daudz ā", 0, "daudz")
    assert not title_is_word("cik daudz a", 0, "daudz")  # no Latvian letter in the post
    assert not title_is_word("Cik Daudz ā", 0, "Daudz")  # capitalised
    assert not title_is_word("ms daudz ā", 0, "daudz")  # another title
