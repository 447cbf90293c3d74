"""Machine-readable zones of passports, visas and identity cards (ICAO Doc 9303), pasted from a
scan or an OCR app: "P<D<<BRANDT<<LUKAS<<<...\\nC01X00T478D<<9002112M3003150<<<...6".

An MRZ holds the holder's names, the document number, the birth date and the expiry, so the
whole zone goes, not only the fields another rule happens to type. Its lines are runs of
capitals, digits and "<" fillers: TD3 (passports, 2 x 44), TD2 (2 x 36) and TD1 (cards, 3 x 30).
A block is an MRZ when one of its lines is a data line: its birth and expiry fields are dates
(YYMMDD) and the check digit of at least one field holds (the 7-3-1 weighted sum of ICAO 9303
part 3, "<" = 0, A = 10 ... Z = 35): document number, birth date or expiry; or a TD1 first line
whose document number passes its check. A name line alone ("P<GBR" or "I<FRA" and surnames
parted from given names by "<<") is one too: no other text is written so. OCR lengths vary
by a character or two, so lines of 28 to 46 characters are read, field positions from the
start. Gated on "<<" (one substring test for posts without it). A zone typed in lower case is
read as its capitals.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

# One MRZ line: capitals, digits and fillers, with at least one filler, set off from words.
# Typed or OCR'd in lower case ("p<gbrsmith<<john<<<...") it is read as its capitals.
_LINE = re.compile(r"(?<![\w<])(?=[A-Za-z0-9<]{0,45}<)[A-Za-z0-9<]{28,46}(?![\w<])")
# Between two lines of one zone: a line break, maybe spaces or a quote marker around it.
_BETWEEN = re.compile(r"[ \t>]*\r?\n[ \t>]*")
# The first line of a TD3/TD2 passport or visa, or of a TD1 card: document code, issuing state
# (fillers allowed: "D<<" is Germany), then for TD3/TD2 the primary identifier and "<<".
_NAME_LINE = re.compile(r"[PVIAC][A-Z<](?:[A-Z]{3}|D<<)[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<")
# The TD1 first line opens with the document code and the issuing state.
_TD1_HEAD = re.compile(r"[IAC][A-Z<](?:[A-Z]{3}|D<<)")
# The TD1 third line: surnames "<<" given names, fillers to the end.
_TD1_NAMES = re.compile(r"[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<*")
_WEIGHTS = (7, 3, 1)


def _value(ch: str) -> int:
    if ch.isdigit():
        return ord(ch) - 48
    if ch == "<":
        return 0
    return ord(ch) - 55  # A = 10 ... Z = 35


def check_digit_ok(field: str, check: str) -> bool:
    """ICAO 9303 check digit of ``field`` (7-3-1 weights, mod 10) equals ``check``."""
    if not check.isdigit() or not field or field.strip("<") == "":
        return False
    total = sum(_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(field))
    return total % 10 == int(check)


# Where each layout's fields lie, from the start of a line: (start, end, check digit).
_TD32_DOCUMENT, _TD32_BIRTH, _TD32_EXPIRY = (0, 9, 9), (13, 19, 19), (21, 27, 27)
_TD1_DOCUMENT, _TD1_BIRTH, _TD1_EXPIRY = (5, 14, 14), (0, 6, 6), (8, 14, 14)
_LAYOUTS = (
    (_TD32_DOCUMENT, _TD32_BIRTH, _TD32_EXPIRY),  # TD3/TD2 second line
    (_TD1_BIRTH, _TD1_EXPIRY),  # TD1 second line
)


def _date(field: str) -> bool:
    """YYMMDD with a real month and day."""
    return field.isdigit() and 1 <= int(field[2:4]) <= 12 and 1 <= int(field[4:6]) <= 31


def _checked(line: str, field: tuple[int, int, int]) -> bool:
    lo, hi, check = field
    return len(line) > check and check_digit_ok(line[lo:hi], line[check])


def _data_line(line: str) -> bool:
    """A TD3/TD2 second line or a TD1 second line: its birth and expiry fields are dates, and
    at least one field's check digit holds; or a TD1 first line (document code, state) whose
    document number (with a digit) passes its check."""
    for layout in _LAYOUTS:
        dates = [f for f in layout if f[1] - f[0] == 6]
        if all(_date(line[lo:hi]) for lo, hi, _ in dates) and any(
            _checked(line, f) for f in layout
        ):
            return True
    lo, hi, _ = _TD1_DOCUMENT
    return (
        _TD1_HEAD.match(line) is not None
        and any(ch.isdigit() for ch in line[lo:hi])
        and _checked(line, _TD1_DOCUMENT)
    )


def find_mrz(text: str) -> list[Hit]:
    """Each machine-readable zone: every line of a block that has a checked data line or a
    passport/card name line."""
    if "<<" not in text:
        return []
    hits: list[Hit] = []
    block: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if block and not _BETWEEN.fullmatch(text, block[-1][1], m.start()):
            hits += _zone(text, block)
            block = []
        block.append(m.span())
    hits += _zone(text, block)
    return hits


def _zone(text: str, block: list[tuple[int, int]]) -> list[Hit]:
    lines = [text[s:e].upper() for s, e in block]
    if not any(
        _data_line(line) or _NAME_LINE.match(line) or _TD1_NAMES.fullmatch(line) and i > 0
        for i, line in enumerate(lines)
    ):
        return []
    return [("NATIONAL_ID", block[0][0], block[-1][1])]
