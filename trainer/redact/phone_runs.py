"""Phones hidden in a longer run of digit groups (review rev16 F1, F13).

The phone regex reads up to eight groups as one candidate, so two phones in a row ("Tel 030
1234567 0151 2345678") or a phone right after another number ("Kundennummer 5390 0754 7034
0151 2345678", "PLZ 10115 0151 2345678") fail as one number and used to survive whole. A run
that fails is split here at the group boundaries, a group that opens with a trunk 0 or a "+"
first, and each part is read on its own; a part kept as a reference no longer keeps the rest.
After a phone word a number may also wrap onto the next line ("call 0151\\n23456789").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.personal_numbers import valid_international, valid_phone
from trainer.redact.phone_layouts import national_layout
from trainer.redact.quantities import calendar_date

PhoneCheck = Callable[..., bool]  # ``phones._is_phone(text, start, end, *, intl)``
CueCheck = Callable[[str, int], bool]  # ``phones._phone_cue(text, start)``
IsPhone = Callable[[int, int], bool]

# A group that a phone opens with: a trunk 0 and an area code, "00" and a country code, "+".
_TRUNK_GROUP = re.compile(r"\+|0[1-9]|00[1-9]")
_GAP = re.compile(r"[ \u00a0]+")
_MAX_GROUPS = 8  # the regex reads at most eight groups: at most seven cuts


def ticket_number(text: str, start: int, core: str) -> bool:
    """A number right after "#" with no phone word before it: a ticket, listing or order number
    ("Ticket #28374651994", "Listing #089872206"), unless it is written as a phone: a trunk 0 and
    ten digits at least ("Order #07912345678"), or grouped as its country's plan writes it
    ("Order #876-555-0142"). Review rev16 F2: "Tel #0151 2345678" has its phone word."""
    if text[start - 1 : start] != "#":
        return False
    if core[0] == "0":
        return sum(ch.isdigit() for ch in core) < 10
    return not national_layout(core)


def _phone_at(text: str, check: PhoneCheck) -> IsPhone:
    """``check`` on a part of ``text``, international when it opens with "+" or "00" (and then
    only a valid number of its country: "8100 0012 3456 7890" holds no "+1 234 567 890")."""

    def is_phone(s: int, e: int) -> bool:
        intl = text[s] == "+" or text.startswith("00", s)
        if intl and not valid_international(
            "".join(ch for ch in text[s:e] if ch.isdigit())[0 if text[s] == "+" else 2 :]
        ):
            return False
        return e - s > 1 and check(text, s, e, intl=intl)

    return is_phone


def split_run(text: str, start: int, end: int, check: PhoneCheck) -> list[tuple[int, int]]:
    """The phones inside the failed run ``text[start:end]``, cut at its spaces. Cuts before a
    trunk group are tried alone (the part after it may be a phone whatever precedes it); other
    cuts only where both parts are phones ("212-555-0142 646-555-0199")."""
    cuts = [m for m in _GAP.finditer(text, start, end) if m.end() < end]
    if not cuts or len(cuts) >= _MAX_GROUPS:
        return []
    if any(calendar_date(token) for token in text[start:end].split()):
        return []  # the parts beside a date are read apart already (``phones._date_pieces``)
    memo: dict[tuple[int, int], list[tuple[int, int]]] = {}
    return _split(text, start, end, cuts, _phone_at(text, check), memo)


def _split(
    text: str,
    start: int,
    end: int,
    cuts: list[re.Match[str]],
    is_phone: IsPhone,
    memo: dict[tuple[int, int], list[tuple[int, int]]],
) -> list[tuple[int, int]]:
    key = (start, end)
    if key in memo:
        return memo[key]
    memo[key] = []
    inner = [c for c in cuts if start < c.start() and c.end() < end]
    for cut in inner:  # a trunk group after the cut: read what follows it on its own
        if not _TRUNK_GROUP.match(text, cut.end()) or not _lead_ok(text, start, end, cut, is_phone):
            continue
        right = [(cut.end(), end)] if is_phone(cut.end(), end) else []
        right = right or _split(text, cut.end(), end, cuts, is_phone, memo)
        if right:
            left = [(start, cut.start())] if is_phone(start, cut.start()) else []
            left = left or _split(text, start, cut.start(), cuts, is_phone, memo)
            memo[key] = left + right
            return memo[key]
    for cut in inner:  # two phones laid out alike, side by side
        same = _shape(text[start : cut.start()]) == _shape(text[cut.end() : end])
        if same and is_phone(start, cut.start()) and is_phone(cut.end(), end):
            memo[key] = [(start, cut.start()), (cut.end(), end)]
            return memo[key]
    return memo[key]


def _lead_ok(text: str, start: int, end: int, cut: re.Match[str], is_phone: IsPhone) -> bool:
    """What precedes a trunk group is a phone, or ends in a group of four digits or more (a
    postcode, a customer number): not the short groups of an id or a barcode whose inner
    group opens with 0 ("86 095 742 718", "4 006381 333931")."""
    last = text.rfind(" ", start, cut.start()) + 1 or start
    if cut.start() - max(last, start) >= 4 or is_phone(start, cut.start()):
        return True
    # ... or the rest is an area code and a subscriber number, ten digits at least: "Zimmer 12
    # 0151 23456789"
    rest = text[cut.end() : end].split()
    return len(rest) == 2 and sum(len(group) for group in rest) >= 10


def _shape(part: str) -> list[str]:
    """The layout of a number: each digit becomes "9" ("212-555-0142" -> "999-999-9999")."""
    return [ch if not ch.isdigit() else "9" for ch in part]


# A number broken by one line break after a phone word: "call 0151\n23456789 please".
_WRAPPED = re.compile(
    r"(?<![\w+])(\+?\d[\d .\-]{1,14}\d|\d{2,})[ \t]*\n[ \t]*(\d[\d .\-]{1,14}\d)(?!\w)"
)


# ``_WRAPPED``'s break: its first line ends in a digit, its second opens with one
_BREAK_THEN_DIGIT = re.compile(r"\n[ \t]*\d")  # led by the newline: the scan skips to each
_DIGIT = re.compile(r"\d")


def _may_wrap(text: str) -> bool:
    """False only where ``_WRAPPED`` cannot match: no line break stands between a digit and a
    digit, blanks aside (each break tested once, where the scan tried every digit)."""
    for m in _BREAK_THEN_DIGIT.finditer(text):
        i = m.start()
        while i and text[i - 1] in " \t":
            i -= 1
        if i and _DIGIT.match(text, i - 1):
            return True
    return False


def wrapped_phones(text: str, cued: CueCheck, check: PhoneCheck) -> list[tuple[int, int]]:
    """Both lines of a number broken across a line break after a phone word, where the first
    line alone is no phone and the two read together are one."""
    if "\n" not in text or not _may_wrap(text):
        return []
    is_phone = _phone_at(text, check)
    out: list[tuple[int, int]] = []
    for m in _WRAPPED.finditer(text):
        first, second = m.span(1), m.span(2)
        if not cued(text, first[0]):
            continue
        if is_phone(*first) and not _short_head(text, first, second):
            continue
        if is_phone(first[0], second[1]):
            out += [first, second]
    return out


_DIGITS_ONLY_LINE = re.compile(r"[ \t]*[.,;]?[ \t]*(?:\n|\Z)")


def _short_head(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """A cued phone that is itself a phone but short ("Handy: 0171 234\n56 78", rev22 #12):
    at most eight digits, and its tail is a line of digit groups alone that makes it a valid
    number of ten to fifteen digits. A second number of its own (a trunk 0 or "+") is none."""
    head = sum(ch.isdigit() for ch in text[slice(*first)])
    tail = sum(ch.isdigit() for ch in text[slice(*second)])
    return (
        head <= 8
        and 10 <= head + tail <= 15
        and text[second[0]] != "0"
        and _DIGITS_ONLY_LINE.match(text, second[1]) is not None
        and valid_phone("".join(ch for ch in text[first[0] : second[1]] if ch.isdigit()))
    )
