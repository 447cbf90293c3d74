"""Parcel tracking numbers proven by their own check digit, so their digits are read as no phone.

Two formats whose check digit a person's number passes by chance only 1 time in 10 or 11, and
whose letters no phone, card or national id has in those places:

- UPS: "1Z", six shipper characters, a two-digit service code, seven package digits and a
  check digit (letters count (ord - 63) mod 10, every second character doubled, mod 10),
  written solid or in UPS's printed groups ("1Z 999 AA1 01 2345 6784").
- UPU S10 (postal items worldwide, "RR 123 456 785 DE"): two service letters, eight serial
  digits, a check digit (weights 8 6 4 2 3 5 9 7, mod 11), the ISO country code.

``inside_tracking_number`` tells the phone, card and id detectors that a digit run they found
is part of such a number (``national_ids.is_reference``).
"""

from __future__ import annotations

import re

from trainer.redact.lookalike_air_waybills import air_waybill

_UPS = re.compile(r"(?<![0-9A-Za-z])1[Zz](?: ?[0-9A-Za-z]){16}(?![0-9A-Za-z])")
_S10 = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}(?![0-9A-Za-z])")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def ups_ok(value: str) -> bool:
    """A UPS 1Z number (18 characters, no spaces) whose last digit checks the 15 before it."""
    if len(value) != 18 or value[:2].upper() != "1Z" or not value.isalnum() or not value.isascii():
        return False
    body, check = value[2:17].upper(), value[17]
    if not check.isdigit() or not body[6:8].isdigit():
        return False
    total = 0
    for i, ch in enumerate(body):
        v = ord(ch) - 48 if ch.isdigit() else (ord(ch) - 63) % 10
        total += v * 2 if i % 2 else v
    return (10 - total % 10) % 10 == ord(check) - 48


def s10_ok(value: str) -> bool:
    """A UPU S10 item id (13 characters, no spaces): its ninth digit checks the eight before."""
    if len(value) != 13 or not value[2:11].isdigit():
        return False
    digits = value[2:11]
    check = 11 - sum(w * (ord(d) - 48) for w, d in zip(_S10_WEIGHTS, digits, strict=False)) % 11
    return {10: 0, 11: 5}.get(check, check) == ord(digits[8]) - 48


def inside_tracking_number(text: str, start: int) -> bool:
    """``start`` lies inside a check-valid UPS or S10 number (the phone regex finds the last
    digit groups of "1Z 999 AA1 01 2345 6784" on their own)."""
    if text[start + 3 : start + 4] == "-" and air_waybill(text, start):
        return True  # "Tracking shows 125-30421086": an air waybill (``lookalike_air_waybills``)
    lo, hi = max(0, start - 24), min(len(text), start + 24)
    if "1Z" in (near := text[lo:hi]) or "1z" in near:  # the window, not the text: linear
        for m in _UPS.finditer(text, lo, hi):
            if m.start() <= start < m.end() and ups_ok(m.group().replace(" ", "")):
                return True
    if text[start].isdigit() and start >= 2 and text[max(0, start - 3) : start].strip().isalpha():
        for m in _S10.finditer(text, lo, hi):
            if m.start() <= start < m.end() and s10_ok(m.group().replace(" ", "")):
                return True
    return False
