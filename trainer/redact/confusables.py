"""Cyrillic and Greek letters that look like Latin ones, folded to Latin inside mixed-script
words, for detection only ("L\u0430ura F\u0456scher" is read as "Laura Fischer"; review rev16
F13).

Each fold is one code point for one code point, so an offset into the folded copy is an offset
into the text and spans map back unchanged. A word wholly in Cyrillic or Greek ("Мария") is
left alone: only a word that also holds a Latin letter is folded. Texts without any of these
letters (nearly all) cost one C-level scan.
"""

from __future__ import annotations

import re

# Look-alikes by shape: Cyrillic, then Greek (capitals and the small letters that share a glyph).
_PAIRS = (
    "аa еe оo рp сc уy хx іi јj ѕs ԁd һh ӏl ɑa "
    "АA ВB ЕE КK МM НH ОO РP СC ТT ХX ІI ЈJ ЅS ԌG ԜW "
    "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX οo νv ιi κk"
)
_TABLE = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split()})
_LOOKALIKE = re.compile("[" + "".join(pair[0] for pair in _PAIRS.split()) + "]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# A mixed-script word has a Latin letter touching a Greek or Cyrillic one somewhere: the gate.
_CONTACT = re.compile(
    r"[A-Za-z\u00c0-\u024f][\u0370-\u03ff\u0400-\u052f]"
    r"|[\u0370-\u03ff\u0400-\u052f][A-Za-z\u00c0-\u024f]"
)


def fold_confusables(text: str) -> str:
    """``text`` with the look-alike letters of each mixed-script word folded to Latin; the
    same length, every other character as written."""
    if text.isascii() or _LOOKALIKE.search(text) is None or _CONTACT.search(text) is None:
        return text
    pieces: list[str] = []
    pos = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if _LOOKALIKE.search(word) is None or _LATIN.search(word) is None:
            continue
        pieces += [text[pos : m.start()], word.translate(_TABLE)]
        pos = m.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)
