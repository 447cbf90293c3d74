"""Where one run of digit groups is cut into the pieces ``phones`` reads as numbers apart: a
sentence end after a digit, a spaced slash (but the German area-code layout), and groups
joined by " - " (read whole only after a phone word, issue #10). Moved out of ``phones``
unchanged but for the spaced hyphen, which is new."""

from __future__ import annotations

import re
from collections.abc import Callable

_DIGIT_GROUP = re.compile(r"\d+")


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


def spaced_hyphen_pieces(
    text: str, pieces: list[tuple[int, int]], *, cue: Callable[[str, int], bool]
) -> list[tuple[int, int]]:
    """Groups joined by " - " ("07 - 5454 - 873 - 59") are one phone only after a phone word
    (``cue``: the phone rule's cue test) or with an international prefix, and only short
    groups (five digits at most, fifteen in all, as a number is grouped); otherwise each side
    is read alone, as before " - " joined groups ("10115 - 10117": a range of postcodes;
    "0612345678 - 0687654321": two phones)."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if text.find(" - ", start, end) == -1:
            out.append((start, end))
            continue
        lead = start + (text[start] == " ")
        groups = _DIGIT_GROUP.findall(text, lead, end)
        short = max(map(len, groups)) <= 5 and sum(map(len, groups)) <= 15
        intl = text[lead] == "+" or text.startswith("00", lead)
        if short and (intl or cue(text, lead)):
            out.append((start, end))
            continue
        cut = text.find(" - ", start, end)
        while cut != -1:
            out.append((start, cut))
            start = cut + 3
            cut = text.find(" - ", start, end)
        out.append((start, end))
    return out
