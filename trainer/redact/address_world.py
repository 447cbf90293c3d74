"""Postcodes of posts with no rule elsewhere, one table row per format (UPU Postal Addressing
Systems and each post's own guide). ``postal._classify`` asks ``world_postcode`` about digit
runs of three or seven digits, ``postal_blocks`` then takes the street lines before the code.

| post | format | example |
|---|---|---|
| Poczta Polska | NN-NNN before the locality | "00-950 Warszawa" |
| PostNord Sverige | NNN NN before the locality | "114 55 Stockholm" |
| Japan Post | NNN-NNNN, with or without 〒 | "〒100-0001 Chiyoda-ku", "100-0001 Tokyo" |
| Correos de Chile | NNNNNNN before the commune | "8320000 Santiago" |
| Singapore Post | "Singapore NNNNNN" closing the address | "Singapore 238823" |
| Correo Argentino (CPA) | A NNNN AAA before the locality | "C1425DQF CABA" |
| Correo Argentino (short) | A NNNN before the locality | "E3100 Paraná" |

A bare shape with a capitalised word after it is also a score, a range or a phone fragment
("10-150 Teilnehmer", "123 45 Kronor"), so such a code is weak: ``postal_blocks`` keeps it
only behind a street or unit line. Japan's 〒 mark, Singapore's "Singapore NNNNNN" and
Argentina's CPA (a letter, four digits, three letters) name a postcode by their form alone;
its short form (the province letter and four digits) is weak, as a model number can read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.address_words import CAPITALS

# (name, pattern at the digit run's start: the run's first digit is the match start, strong)
_FORMATS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("PL", re.compile(r"(?<![\d-])\d{2}-\d{3}(?![\d-])"), False),
    ("SE", re.compile(r"(?<!\d)(?<!\d )\d{3} \d{2}(?!\d| \d)"), False),
    ("JP", re.compile(r"(?<![\d-])\d{3}-\d{4}(?![\d-])"), False),
    ("CL", re.compile(r"(?<![\d.,-])\d{7}(?![\d.,-])"), False),
)
_JP_MARK = re.compile(r"〒[ \t]?$")
_SG = re.compile(r"\bSingapore[ \t]?$")
_CPA = re.compile(r"(?<![\w-])[A-HJ-NP-Z]\d{4}[A-Z]{3}(?![\w-])")
# The CPA's older short form, the province letter and the four-digit code ("E3100 Paraná"),
# before a capitalised locality.
_CPA_SHORT = re.compile(rf"(?<![\w-])[A-HJ-NP-Z]\d{{4}}(?=[ \t]+[{CAPITALS}][\w'’-])")
_LINE_END = re.compile(r"[ \t]*(?:$|[\n,;)]|\.(?:\s|$))").match


_PL_SE_AT = re.compile(rf"(?:\d\d-\d{{3}}|\d{{3}} \d\d)\s[{CAPITALS}]").match
_PL_SE_GAPS = frozenset([f"-{d}" for d in "0123456789"] + [f"{d} " for d in "0123456789"])


def pl_se_code_at(text: str, pos: int) -> bool:
    """A Polish "NN-NNN" or Swedish "NNN NN" code and a capitalised word at ``pos`` (for the
    street-number-postcode lines of ``addresses``; the gap test first, the regex after)."""
    return text[pos + 2 : pos + 4] in _PL_SE_GAPS and _PL_SE_AT(text, pos) is not None


def pl_se_code_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of a Polish "NN-NNN" (``text[s:e]`` its last three digits) or Swedish "NNN NN"
    (its first three) code followed by a capitalised word, or None."""
    if s >= 3 and text[s - 1] == "-" and text[s - 3 : s - 1].isdigit():
        start, end = s - 3, e
    elif text[e : e + 1] == " " and text[e + 1 : e + 3].isdigit():
        start, end = s, e + 3
    else:
        return None
    if start and (text[start - 1].isalnum() or text[start - 1] in "-+/.,€$£#"):
        return None  # part of a longer number, a phone or an amount
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return None
    return start, end


def world_postcode(
    text: str, s: int, e: int, *, locality_follows: Callable[[str, int], bool]
) -> tuple[int, int, bool] | None:
    """(start, end, strong) of a postcode of the table whose digits start at ``s`` (the digit
    run ``text[s:e]``), or None."""
    n = e - s
    if n == 6:
        if (sg := _SG.search(text, max(0, s - 12), s)) and _LINE_END(text, e):
            return (sg.start(), e, True)  # "Singapore 238823" closes a Singaporean address
        return None
    nxt = text[e : e + 1]
    pl = n == 3 and text[s - 1 : s] == "-"  # "00-950": the run is the code's second half
    if not (pl or n == 7 or (n == 3 and nxt in (" ", "-") and text[e + 1 : e + 2].isdigit())):
        return None  # the cheap test: what stands beside the run must fit some format
    start = s - 3 if pl else s
    for _name, pattern, strong in _FORMATS:
        m = pattern.match(text, start)
        if m is None:
            continue
        if _JP_MARK.search(text, max(0, start - 2), start):
            return (text.rfind("〒", 0, start), m.end(), True)
        if locality_follows(text, m.end()):
            return (start, m.end(), strong)
    return None


def cpa_codes(text: str) -> list[tuple[int, int, bool]]:
    """Argentinian CPAs ("C1425DQF"): strong anchors wherever they stand, searched only where
    a letter touches a digit; the short form ("E3100 Paraná") as a weak one."""
    found = []
    for p, _ in prefilter.letter_digit_contacts(text):
        if not (p and text[p - 1].isupper() and text[p : p + 4].isdigit()):
            continue
        if text[p + 4 : p + 5].isupper() and (m := _CPA.match(text, p - 1)):
            found.append((m.start(), m.end(), True))
        elif text[p + 4 : p + 5] in (" ", "\t") and (m := _CPA_SHORT.match(text, p - 1)):
            found.append((m.start(), m.end(), False))
    return found
