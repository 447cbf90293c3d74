"""Where one run of digit groups is cut into the pieces ``phones`` reads as numbers apart: a
sentence end after a digit, a spaced slash (but the German area-code layout), and, new
(issue #10), the runs of groups joined by " - " that ``phones`` may read whole. Moved out of
``phones`` unchanged but for the spaced hyphen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from trainer.redact import prefilter


def sentence_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run cut at ". " after a digit: "612 345 678. 699 111 222" is two numbers."""
    pieces = []
    cut = text.find(". ", start, end)
    while cut != -1:
        if text[cut - 1].isdigit():  # not "ext. 12"
            pieces.append((start, cut))
            start = cut + 2
        cut = text.find(". ", cut + 2, end)
    pieces.append((start, end))
    return pieces


# The German traditional layout "0711 / 983027" (DIN 5008 before 2011): a trunk 0 and an area
# code, a spaced slash, the subscriber number. Any other run joined by " / " ("0621 123456 /
# 0171 1234567", "12 / 2019") is read piece by piece, as before the spaced slash was a separator.
_AREA_SLASH = re.compile(r"0[1-9]\d{1,4} / \d{3,8}(?:-\d{1,5})?")


def slash_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each piece cut at " / ", unless it is the area-code layout above."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cut = text.find(" / ", start, end)
        if cut == -1 or _AREA_SLASH.fullmatch(text, start + (text[start] == " "), end):
            out.append((start, end))
            continue
        while cut != -1:
            out.append((start, cut))
            start = cut + 3
            cut = text.find(" / ", start, end)
        out.append((start, end))
    return out


# Digit groups joined by " - " (three groups at least), an optional "+" before the first.
_SPACED_HYPHEN = re.compile(
    r"(?<![\w+/,#$€£¥₹.-])\+?\d{1,5}(?: - \d{1,5}){2,7}(?![\w%]|[.,:/-]\d| - \d)"
)


def _spaced_hyphen_starts(text: str) -> Iterator[int]:
    """Where a ``_SPACED_HYPHEN`` match can start: one to six characters ("+" and five digits)
    before a " - ", ascending."""
    last = -1
    for sep in prefilter.substring_offsets(text, " - "):
        yield from range(max(sep - 6, last + 1), sep)
        last = sep - 1


def spaced_hyphen_runs(text: str) -> list[tuple[int, int]]:
    """Groups joined by " - " ("07 - 5454 - 873 - 59"), short as a phone is grouped (five
    digits a group at most, seven to fifteen in all). ``phones`` reads one as a phone only
    after a phone word or with an international prefix; the phone regex itself stops at " - ",
    so a range ("10115 - 10117") or two phones ("0612345678 - 0687654321") are read apart."""
    runs: list[tuple[int, int]] = []
    for m in prefilter.finditer_at(_SPACED_HYPHEN, text, _spaced_hyphen_starts(text)):
        digits = sum(ch.isdigit() for ch in m.group())
        if 7 <= digits <= 15:
            runs.append(m.span())
    return runs
