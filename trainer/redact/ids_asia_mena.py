"""National identity numbers of China, Taiwan, Hong Kong, Egypt, Bangladesh and Sri Lanka by
their published structure and checks, with cues in the scripts people write them in.

- China resident identity number (GB 11643-1999): six-digit region (first digit 1-8), birth date
  YYYYMMDD, three-digit sequence and an ISO 7064 MOD 11-2 check ("X" for 10). Anywhere when
  check and date hold; after 身份证/身份證/公民身份号码 any 18 (or old 15) digit shape, the 18
  perhaps grouped by spaces.
- Taiwan national id: a letter (its region code, two digits), 1/2 (or 8/9 for a resident
  certificate) and eight digits; weights 1,9,8,...,1 over eleven digits, sum divisible by 10;
  one in ten order numbers of that shape passes, so an id word (ID, 身分證 ...) must precede it;
  right after 身分證/身份證 any such shape, and after an id word the letter may stand apart.
- Hong Kong HKID: one or two letters, six digits and a check in brackets, weights 9..2 mod 11
  ("A" for 10); without brackets only after "HKID"/身份證.
- Egypt national id: fourteen digits (century 2/3, birth date, governorate, serial, check; the
  check is not published), after الرقم القومي (English cues are ``national_ids``'s).
- Bangladesh NID: 10, 13 or 17 digits after "NID" or এনআইডি.
- Sri Lanka NIC: 9 digits + V/X or 12 digits, the day of the year (001-366, women +500) at
  their place; the V form anywhere (9 digits + X is an ISBN-10 too), the others after "NIC".
Each gives way to a reference cue right before it ("order no. ..."), as other shape-only ids do.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

prefilter.register("asia_mena_cue", {"hkid", "nid", "nic"})
_UPPER_CUES = ("HKID", "NID", "NIC")  # "nid" (French), "nic" (Polish) are words
_CN_CUES = ("身份证", "身份證", "公民身份号码")
_EG_CUES = ("الرقم القومي", "الرقم القومى", "رقم قومي")
_BD_CUES = ("এনআইডি", "জাতীয় পরিচয়পত্র")
# the words between a cue and its value: "号码：", "No.", "is", "#"
_GAP = re.compile(
    r"[ \t:：#.\-]*(?:(?:号码|號碼|号|號|字號|是|no|No|NO|number|Number|is|:)[ \t:：#.]*)*"
)
_DATE = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_CN_BARE = re.compile(rf"(?<![\w.,/-])[1-8]\d{{5}}{_DATE}\d{{3}}[\dXx](?![\w-]|[.,/]\d)")
# after its cue, the 18 characters may be grouped by spaces: "110105 19491231 002X" (region,
# birth date, sequence and check) or "110105 1949 1231 002X"
_CN_CUED = re.compile(
    r"(?:\d{17}[\dXx]|\d{6}[ \t](?:\d{8}|\d{4}[ \t]\d{4})[ \t]\d{3}[\dXx])(?![\w-])"
    r"|\d{15}(?![\w-])"
)
# an ASCII lookbehind: a Chinese character glued before the letter ("身分證是A1...") is no part
# of the id (review 19 F7); the letter may stand apart after a cue ("ID: A 123456789")
_TW = re.compile(r"(?<![A-Za-z0-9_./-])[A-Z][1289]\d{8}(?![\w-]|[.,/]\d)")
_TW_CUED = re.compile(r"[A-Z][ -]?[1289]\d{8}(?![\w-]|[.,/]\d)")
_TW_CUES = ("身分證", "身分证", "身份證")
_TW_SPACED = re.compile(r"(?<![A-Za-z0-9_./-])([A-Z])[ -]([1289]\d{8})(?![\w-]|[.,/]\d)")
_HK_BRACKET = re.compile(r"(?<![\w./-])([A-Z]{1,2})(\d{6}) ?\(([0-9A])\)")
_HK_CUED = re.compile(r"([A-Z]{1,2})(\d{6}) ?\(?([0-9A])\)?(?![\w-])")
_EG = re.compile(r"\d{14}(?!\d)")
_BD = re.compile(r"(?:\d{17}|\d{13}|\d{10})(?![\w-])")
# bare only with V: nine digits and X is also an ISBN-10 ("793043947X"); X after "NIC" only
_LK_OLD = re.compile(r"(?<![\w./-])\d\d[0-8]\d\d\d{4}V(?![\w-])")
_LK_CUED = re.compile(r"\d{9}[VvXx](?![\w-])|(?:19|20)\d\d[0-8]\d\d\d{5}(?![\w-])")
# a letter and nine digits is an order number's shape too ("Pöntun P..."): a cue before it
_TW_CUE = re.compile(r"\b(?:ID|Id|id|identity|national|ARC|UI No)\b|身分|身份|統一編號|居留證")
_TW_CODES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def find_asia_mena_ids(
    text: str, *, longest: int, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID hits; each shape runs only where a run of digits is long enough for it."""
    spans: list[tuple[int, int]] = []
    runs = prefilter.digit_runs(text)
    if longest >= 17:
        for a, _ in runs:
            m = _CN_BARE.match(text, a)
            if m and _cn_check_ok(m.group()):
                spans.append(m.span())
    if longest >= 6:  # the letters and the check touch digits: tried at those contacts only
        for digit, _ in prefilter.letter_digit_contacts(text):
            if text[digit + 1 : digit + 2] == "V" or (
                "A" <= text[digit - 1 : digit] <= "Z" and text[digit : digit + 6].isdigit()
            ):
                spans += _at_contact(text, digit, longest)
    if longest >= 9:
        for a, _ in runs:  # "Taiwan ID: A 123456789": the letter apart from its digits
            if a >= 2 and text[a - 1] in " -" and "A" <= text[a - 2] <= "Z":
                spans += _tw_cued(text, _TW_SPACED.match(text, a - 2))
    spans += _cued(text, longest)
    return [("NATIONAL_ID", a, b) for a, b in spans if not gives_way(text, a)]


def _at_contact(text: str, digit: int, longest: int) -> list[tuple[int, int]]:
    """Taiwanese id and HKID (a letter before ``digit``), Sri Lankan NIC (V after it)."""
    out = []
    if "A" <= text[digit - 1 : digit] <= "Z":  # a capital right before: "F2...", "K7..."
        if longest >= 9:
            out += _tw_cued(text, _TW.match(text, digit - 1))
        for lead in (digit - 1, digit - 2):
            if lead >= 0 and (m := _HK_BRACKET.match(text, lead)) and _hk_check_ok(*m.groups()):
                out.append(m.span())
    if text[digit + 1 : digit + 2] == "V" and (m := _LK_OLD.match(text, digit - 8)):
        if _lk_day_ok(m.group()[2:5]):
            out.append(m.span())
    return out


def _tw_cued(text: str, m: re.Match | None) -> list[tuple[int, int]]:
    """The Taiwanese id ``m`` when its check holds and an id word precedes it."""
    if m is None or not _tw_check_ok(m.group().replace(" ", "").replace("-", "")):
        return []
    return [m.span()] if _TW_CUE.search(text, max(0, m.start() - 40), m.start()) else []


def _cued(text: str, longest: int) -> list[tuple[int, int]]:
    """Values right after their cue (the cue names the number: no check asked)."""
    out: list[tuple[int, int]] = []
    cues: list[tuple[int, re.Pattern]] = []
    for start, end in prefilter.keywords(text).get("asia_mena_cue", ()):
        word = text[start:end]
        if word == "HKID":
            cues.append((end, _HK_CUED))
        elif word == "NID":
            cues.append((end, _BD))
        elif word == "NIC":
            cues.append((end, _LK_CUED))
    if not text.isascii():  # Chinese, Arabic and Bengali cues
        for words, pattern, digits in ((_CN_CUES, _CN_CUED, 15), (_EG_CUES, _EG, 14)):
            if longest >= digits:
                cues += [(m.end(), pattern) for c in words for m in re.finditer(c, text)]
        if longest >= 10:
            cues += [(m.end(), _BD) for c in _BD_CUES for m in re.finditer(c, text)]
        if longest >= 9:  # right after its cue, the shape is the id, its check kept or mistyped
            cues += [(m.end(), _TW_CUED) for c in _TW_CUES for m in re.finditer(c, text)]
    for end, pattern in cues:
        at = _GAP.match(text, end).end()
        if (m := pattern.match(text, at)) is not None:
            out.append(m.span())
    return out


def _cn_check_ok(value: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(value[:17], weights, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def _tw_check_ok(value: str) -> bool:
    code = _TW_CODES[value[0]]
    digits = [code // 10, code % 10] + [int(c) for c in value[1:]]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def _hk_check_ok(letters: str, digits: str, check: str) -> bool:
    values = [36 if len(letters) == 1 else ord(letters[0]) - 55]
    values += [ord(letters[-1]) - 55] + [int(c) for c in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def _lk_day_ok(day: str) -> bool:
    n = int(day)
    return 1 <= n <= 366 or 501 <= n <= 866
