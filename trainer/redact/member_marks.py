"""Vietnamese tone marks tell words apart: a word written with them matches a roster name only
when it is spelled as the roster spells it.

The member layer matches names folded (case and marks aside), so that "Diem" and "DIỄM" are
written forms of the member "Vương Diễm Linh". In Vietnamese the marks are part of the word:
"điểm" (a mark, a grade), "đình" (a communal house, in "gia đình", family) and "thiếu"
(lacking) fold to "diem", "dinh" and "thieu" as the names "Diễm", "Đinh" and "Hiếu" with an
initial ("T. Hiếu" -> "thieu") do. A hit of the member layer whose words carry Vietnamese
marks is dropped when none of its words is a roster word as the roster writes it (case aside)
or a word the roster writes without marks ("Diem" in the roster: "Diễm" is it with its marks
added), and one of them is not either: written with marks, differently, it is another word.
Names written without marks, in other scripts, or in hashtags and handles are left alone, and
so is a roster word written capitalised with other marks ("Bạn Đinh", "Gặp Diếm"): a name,
the member's with a typo or a namesake's (fail closed); only the lower-case word is another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.language_evidence import VIETNAMESE, vietnamese_text

_WORD = re.compile(r"[^\W\d_]+")


def roster_spellings(display_names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the roster's words written with Vietnamese marks, lower case; the folded roster words
    written without them)."""
    marked: set[str] = set()
    plain: set[str] = set()
    for name in display_names:
        for word in _WORD.findall(name):
            if VIETNAMESE.search(word):
                marked.add(word.lower())
            else:
                plain.add(fold(word))
    return frozenset(marked), frozenset(plain)


def _spelled_as_roster(word: str, marked: frozenset[str], plain: frozenset[str]) -> bool:
    """``word`` is a roster word as written, one written without marks there, or roster words
    run together ("HữuHiếu")."""
    low = word.lower()
    if low in marked or fold(word) in plain or not VIETNAMESE.search(word):
        return True
    rest = low
    while rest:  # greedy: the roster's words glued, the longest prefix first
        for k in range(len(rest), 0, -1):
            if rest[:k] in marked:  # a set lookup per prefix, not a scan of the roster
                rest = rest[k:]
                break
        else:
            return False
    return True


@lru_cache(maxsize=8)
def _folded(marked: frozenset[str]) -> frozenset[str]:
    """The roster's marked words folded, once per roster (a frozenset keeps its hash)."""
    return frozenset(fold(m) for m in marked)


def drop_mark_conflicts(
    text: str, hits: list[Hit], marked: frozenset[str], plain: frozenset[str]
) -> list[Hit]:
    """``hits`` less those spelled with other Vietnamese marks than the roster's (docstring)."""
    if not hits or not marked or not vietnamese_text(text):
        return hits
    return [h for h in hits if not _conflicts(text, h, marked, plain)]


def _conflicts(text: str, hit: Hit, marked: frozenset[str], plain: frozenset[str]) -> bool:
    start, end = hit[1], hit[2]
    if text[start - 1 : start] in ("#", "@"):
        return False  # a hashtag or a handle: their own rules
    words = _WORD.findall(text, start, end)
    if not any(VIETNAMESE.search(w) for w in words):
        return False
    spelled = [_spelled_as_roster(w, marked, plain) for w in words]
    folded = _folded(marked)
    if any(
        not s and w[:1].isupper() and fold(w) in folded for s, w in zip(spelled, words, strict=True)
    ):
        return False  # "Chị Điểm", "Bạn Đinh": capitalised, a name with other marks (a typo)
    return not any(
        s and (w.lower() in marked or fold(w) in plain) for s, w in zip(spelled, words, strict=True)
    ) and not all(spelled)
