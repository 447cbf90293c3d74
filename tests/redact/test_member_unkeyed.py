"""Every roster display name of one to four tokens in Latin, Cyrillic, Greek, Han, Hangul, Thai,
Arabic or Hebrew script yields a key; ``MemberNames.unkeyed`` counts those that yield none
(the pipeline refuses a run on them unless acknowledged), by the one test ``has_key``. A one-word
name too short for a key of its own is judged as a given name written alone. Names are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.member_unkeyed import has_key, keyed
from trainer.redact.name_keys import given_keys
from trainer.redact.names import MemberNames


@pytest.mark.parametrize(
    "name",
    [
        "Ana", "Li", "Bo", "Ivo", "Zoë", "Bùi", "Юн", "Ян", "Νίκη", "Ηώ", "王", "金", "이",
        "สม", "علي", "דן", "דוד", "Ng Li", "Ян Ли", "Lê Bo", "Dr. Li", "Li (she/her)",
        "Maria do Carmo Reis", "O'Neil", "Иван Петров", "Γιώργος Παπάς", "张伟", "김민수",
        "สมชาย ใจดี", "محمد علي", "דוד כהן",
    ],
)
def test_every_short_or_long_name_has_a_key(name: str) -> None:
    assert keyed(name)
    assert MemberNames([name]).unkeyed == 0


def test_unkeyed_counts_each_display_name_without_a_key() -> None:
    roster = ["Jane Doe", "J.", "", "Ana", "X", "J.", "  ", "Ω"]
    assert [name for name in roster if not keyed(name)] == ["J.", "", "X", "J.", "  ", "Ω"]
    assert MemberNames(roster).unkeyed == 6  # every display name counts, a repeat too
    assert Redactor.from_members(["J.", "Ana"], name_tagger=False).member_names_without_keys == 1


def test_has_key_reads_precomputed_keys() -> None:
    assert not has_key(set(), set(), set(), set())
    assert has_key({"jane doe"}, set(), set(), set())
    assert has_key(set(), {"李娜"}, set(), set())
    assert has_key(set(), set(), {"ana"}, set())
    assert has_key(set(), set(), set(), {"oyelaran"})


def test_unkeyed_refuses_a_non_string() -> None:
    with pytest.raises(TypeError):
        MemberNames(["Ana", None])  # type: ignore[list-item]


def test_a_short_one_word_name_is_a_given_key_a_longer_one_is_not() -> None:
    assert given_keys("Ana") == {"ana"}
    assert given_keys("Zoë") == {"zoe"}
    assert given_keys("Anouk") == set()  # a full key of its own already
    assert given_keys("J.") == set()


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(["Ana", "Li", "Юн"], name_tagger=False)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Ask Ana about the keys.", "Ask [NAME] about the keys."),
        ("Юн принесёт ключи.", "[NAME] принесёт ключи."),
        ("Thanks Li, all sorted.", "Thanks [NAME], all sorted."),
    ],
)
def test_a_short_one_word_member_is_redacted(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.parametrize(
    "text",
    [
        "The li-ion battery is charged.",  # a short name that is a word, no person cue
        "Banana bread for everyone.",  # inside a longer word
    ],
)
def test_a_short_name_inside_words_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
