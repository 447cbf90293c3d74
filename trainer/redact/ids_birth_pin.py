"""Trinidad and Tobago's birth PIN by its published structure.

Standard: the Registrar General's birth certificate PIN, which the national identity card
carries, is eleven digits written solid: the holder's date of birth as YYYYMMDD and a
three-digit serial. A solid run of eleven digits whose first eight are a calendar date from
1900 to ``_LAST_BIRTH_YEAR`` is read as one without a cue. Order and invoice numbers stamped
with their own date carry a recent year, after ``_LAST_BIRTH_YEAR``, and stay; so do runs of
another length and runs with a glued letter. A reference's cue before it does not make it a
reference (issue #10, fail closed): people give the PIN where a form asks for a "reference"
("Tax reference: ...", "Reference ... on the background-check form"), and a reference stamped
with a date of 2012 or earlier is rare; it is read whatever stands before it.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit

_LAST_BIRTH_YEAR = 2012  # a holder who writes the PIN is ten or older; later years: a stamp
_PIN = re.compile(r"(?<![\w./+-])(?:19\d\d|20[01]\d)\d{7}(?![\w-]|[.,/]\d)")


def birth_pin_ok(digits: str) -> bool:
    """Eleven digits: a birth date YYYYMMDD (1900 to ``_LAST_BIRTH_YEAR``) and a serial."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    return 1900 <= year <= _LAST_BIRTH_YEAR and day_of_month_ok(day, month)


def find_birth_pins(text: str) -> list[Hit]:
    """Birth PINs among the digit runs of exactly eleven characters (``prefilter``)."""
    hits: list[Hit] = []
    for a, b in prefilter.digit_runs(text):
        if b - a != 11:
            continue
        m = _PIN.match(text, a)
        if m and m.end() == b and birth_pin_ok(m.group()):
            hits.append(("NATIONAL_ID", a, b))
    return hits
