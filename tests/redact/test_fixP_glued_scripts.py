"""Roster names in scripts written without spaces (Han, Kana, Hangul, Thai) match as
substrings, two characters are a name there, and a display name without keys is visible."""

from __future__ import annotations

import pickle
import warnings

import pytest

from trainer.redact import Redactor
from trainer.redact.names import MemberNames, name_keys

ROSTER = ["陈志强", "朴서연", "林美", "司马云飞", "山本花子", "สุดา มั่นคง", "Ingrid Halvorsen"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("陈志强", "陈志强"),
        ("Thanks 朴서연!", "朴서연"),
        ("朴서연이 발표했다.", "朴서연"),
        ("Congrats 林美 on the role", "林美"),
        ("祝贺司马云飞升职！", "司马云飞"),
        ("山本花子さん、ありがとう", "山本花子"),
        ("ขอบคุณคุณสุดาที่ช่วย", "สุดา"),
    ],
)
def test_glued_script_names_go_without_word_boundaries(redactor, text, gone):
    assert gone not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    ["今天的天气很好，我们去公园。", "美しい山の写真です。", "회의는 내일입니다.", "ขอบคุณมาก"],
)
def test_text_without_a_roster_name_is_kept(redactor, text):
    assert redactor.redact(text).text == text


def test_latin_members_are_still_found_beside_glued_ones(redactor):
    assert "Halvorsen" not in redactor.redact("Ingrid Halvorsen presented.").text


def test_every_roster_name_yields_a_key():
    for name in ROSTER:
        assert name_keys(name), name


def test_a_display_name_without_keys_is_counted_and_warned():
    with pytest.warns(UserWarning, match="1 roster display name"):
        # "Ed" has a key since member_unkeyed (short one-word names); initials alone have none
        redactor = Redactor.from_members(["Ingrid Halvorsen", "J."], name_tagger=False)
    assert redactor.config_summary()["member_names_without_keys"] == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        clean = Redactor.from_members(ROSTER, name_tagger=False)
    assert clean.config_summary()["member_names_without_keys"] == 0


def test_glued_keys_survive_pickling():
    members = pickle.loads(pickle.dumps(MemberNames(["林美"])))
    assert [h[1:] for h in members.find("祝林美好")] == [(1, 3)]
    table = pickle.loads(pickle.dumps(MemberNames(["林美"], compact=True)))
    assert [h[1:] for h in table.find("祝林美好")] == [(1, 3)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [("山本さんが発表しました。", "山本"), ("花子さん、ありがとう", "花子"), ("陈先生来了", "陈")],
)
def test_a_part_of_a_one_token_name_goes_before_an_honorific(redactor, text, gone):
    assert gone not in redactor.redact(text).text


def test_a_part_of_two_characters_goes_without_an_honorific_too(redactor):
    # Review 19 (fail closed): a member's surname or given name written alone is their name;
    # one character alone is no key ("山の写真" stays).
    assert redactor.redact("山本の写真です。").text == "[NAME]の写真です。"
    assert redactor.redact("山の写真です。").text == "山の写真です。"
