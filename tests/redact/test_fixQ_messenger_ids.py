"""Messenger ids after their label (``messenger_ids``): the value goes, the label stays; an
ordinary word after a label, or a label that is a word in prose, is kept. Made-up ids."""

from __future__ import annotations

import pytest

from trainer.redact.messenger_ids import find_messenger_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skype: live:kofi.adjei77", "Skype: [MENTION]"),
        ("add me on skype: kofiadjei_77", "add me on skype: [MENTION]"),
        ("WeChat ID: lihua1990", "WeChat ID: [MENTION]"),
        ("微信: li_hua_1990", "微信: [MENTION]"),
        ("我的微信是lihua1990", "我的微信是[MENTION]"),
        ("LINE ID: nok.s", "LINE ID: [MENTION]"),
        ("Discord: kofi#1234", "Discord: [MENTION]"),
        ("Discord: kofi.m", "Discord: [MENTION]"),
        ("Telegram: kofi_m", "Telegram: [MENTION]"),
        ("my telegram is kofim", "my telegram is [MENTION]"),
        ("Threema ID: ABCD1234", "Threema ID: [MENTION]"),
        ("KakaoTalk ID: minsu88", "KakaoTalk ID: [MENTION]"),
        ("ping me on WeChat lihua_90 later", "ping me on WeChat [MENTION] later"),
    ],
)
def test_messenger_value_after_label_is_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "let's talk on Skype tomorrow",
        "Skype: tomorrow at 3",
        "we chat on Discord and Slack",
        "Telegram channel is great",
        "the signal is weak",
        "Signal is weak today",
        "Stand in LINE: ok",
        "in line with the plan",
        "Line: 42 throws",
    ],
)
def test_sentence_word_after_a_label_is_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_a_qq_number_is_an_id_but_a_line_number_is_not():
    """Digits alone are a QQ number's whole shape; after "Line" they number a line."""
    assert find_messenger_ids("QQ: 2837465019") == [("MENTION", 4, 14)]
    assert find_messenger_ids("Line: 42 throws") == []
    assert find_messenger_ids("LINE: 42") == []
