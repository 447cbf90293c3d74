"""Messenger ids after their label: "Skype: live:jane.doe", "WeChat ID: wxid_abc123", "微信:
jane_1990", "LINE ID: jane.d", "Discord: jane#1234" (or the newer plain "jane.d"), Telegram,
Signal, Viber, Threema, KakaoTalk.

The label names the value a contact, as "Tel:" names a phone: the token after it is redacted
(the label stays). Read as people type it: with or without "ID"/"username", a colon, "is", an
equals sign or only a space ("add me on WeChat jane_1990"). Fail closed after a colon, "ID" or
"is": the token goes unless it is an ordinary word ("Skype: tomorrow"). After a bare space the
token must look like an id (a digit, or ".", "_", "#", ":" or "@" inside it): "on Skype
tomorrow", "on Discord and Slack" keep their words. "Line" and "Signal" are words too: only
"LINE"/"Line"/"Signal" with a colon or "ID" after them count, and not before a bare number
("Line: 42" is a line of code).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.label_values import value_after
from trainer.redact.person_words import COMMON

_LABELS = frozenset(
    """skype wechat weixin discord telegram viber threema kakao kakaotalk line signal qq
    wickr""".split()
)
prefilter.register("messenger_label", _LABELS)
# Chinese, Korean and Japanese labels are glued to the words around them: a substring test.
_CJK_LABEL = re.compile(r"微信号?|微信|威信|ウィーチャット|카카오톡|카톡|카카오|ライン")
_CJK_TRIGGERS = ("微信", "威信", "ウィーチャット", "카카오", "카톡", "ライン")
# labels that are ordinary words as well: only written as a label, before a strong separator
_WORD_LABELS = {"line": ("LINE", "Line"), "signal": ("Signal", "SIGNAL"), "qq": ("QQ",)}

_AFTER = re.compile(
    r"(?P<idw>[ \t]*(?:[-_ ]?(?:ID|Id|id|ＩＤ|username|user[ -]?name|handle|name|號|号|아이디|"
    r"番号))\b\.?)?"
    r"[ \t]*(?P<sep>[:：=]|[-–](?=[ \t])|(?:is|es|é|est|ist|là|是)(?=[ \t]))?[ \t]*"
    r"(?P<val>live:[^\s,;()<>\[\]\"'“”]+|[^\s,;:：()<>\[\]\"'“”]+)"
)
_CJK_AFTER = re.compile(
    r"(?P<idw>[ \t]*(?:ID|id|号|號|아이디)?)[ \t]*(?P<sep>[:：=]|是|는|은)?[ \t]*"
    r"(?P<val>[A-Za-z0-9][\w.\-#@]*)"
)
_ID_SHAPE = re.compile(r"\d|\w[._#:@]\w")


def find_messenger_ids(text: str) -> list[Hit]:
    """MENTION hits on the value after each messenger label (a keyword the prefilter already
    looked up, or a CJK label behind a substring test)."""
    hits: list[Hit] = []
    for start, end in prefilter.keywords(text).get("messenger_label", ()):
        word = text[start:end]
        allowed = _WORD_LABELS.get(word.lower())
        if allowed is not None and word not in allowed:
            continue
        if (span := _value_after(text, end, _AFTER, strict=allowed is not None)) is not None:
            hits.append(("MENTION", *span))
    if not text.isascii() and any(t in text for t in _CJK_TRIGGERS):
        for m in _CJK_LABEL.finditer(text):
            if (span := _value_after(text, m.end(), _CJK_AFTER, strict=False)) is not None:
                hits.append(("MENTION", *span))
    return hits


def _value_after(text: str, end: int, pattern: re.Pattern, *, strict: bool) -> tuple | None:
    """The id token after a label ending at ``end``, or None when what follows is a word."""
    return value_after(text, end, pattern, strict=strict, dash_is_weak=False, accepts=_is_id)


def _is_id(text: str, end: int, value: str, strong: bool, strict: bool) -> bool:
    if len(value) < 2 or not any(c.isalnum() for c in value):
        return False
    if strict and value.isdigit() and text[end - 2 : end] != "QQ":
        return False  # "Line: 42", "Signal: 5" (a QQ number is digits)
    if _ID_SHAPE.search(value):
        return True
    # "on Skype tomorrow", "Skype: tomorrow at 3"
    return strong and not (value.isalpha() and value.lower() in COMMON)
