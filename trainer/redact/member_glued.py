"""Roster names in scripts written without spaces between words (Han, Hiragana, Katakana,
Hangul, Thai, Lao, Khmer, Myanmar): such a name is matched as a substring of the folded text,
with no word boundary ("恭喜欧阳娜娜升职", "田中太郎さん", "김민수가", "ขอบคุณคุณสมชาย"), and a key of
two characters is a name there ("李娜"), so the four-character floor of ``name_keys`` does not
apply. Keys come from the undecorated display name (``display_names``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from trainer.redact.display_names import name_variants, undecorate
from trainer.redact.folding import fold
from trainer.redact.hits import Hit

# Unicode blocks of the scripts above (CJK ideographs and their extensions and compatibility
# forms, Kana, Hangul syllables and jamo, Thai, Lao, Myanmar, Khmer).
GLUED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)

# Honorifics written after a surname or given name: Japanese, Chinese, Korean.
_HONORIFICS = (
    "さん",
    "様",
    "さま",
    "先生",
    "氏",
    "君",
    "くん",
    "ちゃん",
    "老师",
    "女士",
    "님",
    "씨",
)
_HAN_HANGUL = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def _split_keys(token: str) -> set[str]:
    """A one-token Han or Hangul name of three or more characters split at one or two
    characters (the surname's length is not written): each part of two or more characters on
    its own ("小明", "민수": over-redaction inside a longer word is the lesser harm), each part
    before an honorific, with or without a space ("田中さん", "王先生", "민수 씨"), and surname
    and given name spaced ("王 小明")."""
    if len(token) < 3 or not _HAN_HANGUL.fullmatch(token):
        return set()
    splits = [(token[:1], token[1:]), (token[:2], token[2:])]
    parts = {part for split in splits for part in split} - {""}
    keys = {
        f"{part}{space}{title}" for part in parts for title in _HONORIFICS for space in ("", " ")
    }
    keys |= {part for part in parts if len(part) >= 2}
    keys |= {f"{surname} {given}" for surname, given in splits if given}
    return keys


def glued_keys(display_name: str) -> set[str]:
    """The folded keys of a name written in a glued script: the whole name with and
    without its spaces ("田中 太郎", "田中太郎"); each of its tokens of two or more
    characters when it has several ("สมชาย" of "สมชาย ใจดี"), or the parts of a one-token
    name (``_split_keys``); none for a name without such characters. Every written form of
    the display name counts ("张伟" of "Zhang Wei (张伟)", ``display_names``)."""
    name, nicks = undecorate(display_name)
    _, more = name_variants(display_name)
    keys: set[str] = set()
    for written in (name, *nicks, *more):
        folded = " ".join(fold(written).split())
        if not GLUED.search(folded):
            continue
        tokens = folded.split()
        keys |= {folded, "".join(tokens)}
        if len(tokens) > 1:
            keys |= {t for t in tokens if GLUED.search(t)}
        else:
            keys |= _split_keys(tokens[0])
    return {key for key in keys if len(key) >= 2}


def key_automaton(keys: Iterable[str]) -> ahocorasick.Automaton | None:
    """An automaton of ``keys`` (value: the key's length), None when there is none: the roster's
    word-bounded keys (``names``) and its glued ones alike."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def glued_hits(folded: str, matcher: ahocorasick.Automaton) -> list[Hit]:
    """Every key of ``matcher`` in ``folded`` as a substring (a post in Latin script only has
    none and costs one ``isascii``)."""
    if folded.isascii():
        return []
    return [("NAME", last - length + 1, last + 1) for last, length in matcher.iter(folded)]
