"""Polish and Italian identity cards by their published layout, taken written bare
(``national_ids`` calls this behind its letter-digit gate).

- Polish dowód osobisty (Ministry of Digital Affairs): three letters (the series) and six
  digits, "ABC123456" or "ABC 123456"; the first digit is the check: with letters valued
  A = 10 ... Z = 35, the nine characters weighted 7 3 1 9 7 3 1 7 3 sum to 0 mod 10.
- Polish passport: two letters and seven digits, the first digit the check (weights
  7 3 9 1 7 3 1 7 3, the same letter values), within 40 characters after "paszport" (the
  shape alone is a claim's or policy's reference too).
- Italian carta d'identità elettronica (Istituto Poligrafico, CIE 3.0): "CA12345AB", the
  letter C, a series letter, five digits, two letters. It carries no check digit; its shape
  (C + letter + five digits + two letters) is the card's alone, so it is taken bare unless a
  reference's cue stands before it (fail closed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

# a slash after the digits goes on into another code ("MF 1234567/A/M/000", a Tunisian
# matricule fiscal)
_DOWOD = re.compile(r"(?<![\w-])[A-Z]{3}[ ]?\d{6}(?![\w/-]|[.,]\d)")
_PASZPORT = re.compile(r"(?<![\w-])[A-Z]{2}[ ]?\d{7}(?![\w/-]|[.,]\d)")
# two letters and seven digits is also a claim's or a policy's reference ("LN8968205"): the
# passport is taken only after its Polish name
_PASZPORT_CUE = re.compile(r"(?i)paszport\w*")
_CIE = re.compile(r"(?<![\w-])C[A-Z][ ]?\d{5}[ ]?[A-Z]{2}(?![\w-])")
_DOWOD_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)
_PASZPORT_WEIGHTS = (7, 3, 9, 1, 7, 3, 1, 7, 3)


def _weighted_ok(value: str, weights: tuple[int, ...]) -> bool:
    """Letters valued A = 10 ... Z = 35, digits their value; the weighted sum is 0 mod 10."""
    total = 0
    for w, ch in zip(weights, value, strict=True):
        total += w * (ord(ch) - 55 if "A" <= ch <= "Z" else ord(ch) - 48)
    return total % 10 == 0


def dowod_ok(value: str) -> bool:
    """A Polish identity card number (three letters, six digits) with its check digit."""
    value = value.replace(" ", "")
    return len(value) == 9 and _weighted_ok(value, _DOWOD_WEIGHTS)


def paszport_ok(value: str) -> bool:
    """A Polish passport number (two letters, seven digits) with its check digit."""
    value = value.replace(" ", "")
    return len(value) == 9 and _weighted_ok(value, _PASZPORT_WEIGHTS)


def _passport_named(text: str, start: int) -> bool:
    return _PASZPORT_CUE.search(text, max(0, start - 40), start) is not None


def find_pl_it_cards(
    text: str,
    runs: tuple[tuple[int, int], ...],
    mixed: tuple[tuple[int, int], ...],
    *,
    gives_way: Callable[[str, int], bool],
) -> list[Hit]:
    """NATIONAL_ID hits of the cards above: written solid, around a letter touching a digit
    (``mixed``: ``prefilter.letter_digit_contacts``); with a space, at a run of six or seven
    digits (``runs``: ``prefilter.digit_runs``)."""
    hits: list[Hit] = []
    for a, b in runs:
        if b - a in (6, 7) and text[a - 1 : a] == " ":
            pattern, ok = (_DOWOD, dowod_ok) if b - a == 6 else (_PASZPORT, paszport_ok)
            lo = a - (4 if b - a == 6 else 3)
            m = pattern.match(text, lo) if lo >= 0 else None
            if m is None or not ok(m.group()) or gives_way(text, lo):
                continue
            if pattern is _DOWOD or _passport_named(text, lo):
                hits.append(("NATIONAL_ID", lo, m.end()))
    if not mixed:
        return hits
    regions = prefilter.windows(text, mixed, before=4, after=8)
    for pattern, check in ((_DOWOD, dowod_ok), (_PASZPORT, paszport_ok), (_CIE, None)):
        for m in prefilter.finditer_in(pattern, text, regions):
            if " " in m.group() and check is not None:
                continue  # taken at its digit run above
            if pattern is _PASZPORT and not _passport_named(text, m.start()):
                continue
            if (check is None or check(m.group())) and not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
