"""Bolivian cédula numbers and Tanzanian NIDA numbers by their published layout;
``national_ids`` calls this behind its digit-run gate.

- Bolivia, cédula de identidad (SEGIP): five to eight digits, an optional complement after a
  hyphen (a digit and a letter, "-1A", given where two people got one number), then the
  department that issued it, as printed on the card and on every form: LP La Paz, SC Santa
  Cruz, CB Cochabamba, OR Oruro, PT Potosí, CH Chuquisaca, TJ Tarija, BE Beni, PD Pando
  ("4567891 LP", "4567891-LP", "4567891-1A SC"). The department code in capitals right after
  the digits is the cue; lower case ("123456 or ...") is a word.
- Tanzania, NIDA national identification number: twenty digits printed 8-5-5-2, the first
  eight the holder's birth date YYYYMMDD ("19850412-23456-00001-23"), or written solid. A
  birth date from 1900 to this century's first decades makes it one without a cue.

Both give way to a reference's cue right before them (``gives_way``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit

_BO_CI = re.compile(
    r"(?<![\w.,/+-])\d{5,8}(?:-\d[A-Z])?[ -](?:LP|SC|CB|OR|PT|CH|TJ|BE|PD)(?![\w-])"
)
_NIDA = re.compile(r"(?<![\w.,/+-])(?:19|20)\d{6}(?:-\d{5}-\d{5}-\d{2}|\d{12})(?![\w-]|[.,/]\d)")
_DEPARTMENTS = frozenset(("LP", "SC", "CB", "OR", "PT", "CH", "TJ", "BE", "PD"))


def nida_date_ok(digits: str) -> bool:
    """The first eight digits are a birth date from 1900 to 2029."""
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    return 1900 <= year <= 2029 and day_of_month_ok(day, month)


def find_bo_tz_ids(
    text: str,
    runs: tuple[tuple[int, int], ...],
    *,
    longest: int,
    gives_way: Callable[[str, int], bool],
) -> list[Hit]:
    """Bolivian cédulas where a department code follows a run of six to eight digits; NIDA
    numbers in runs of twenty digits (``runs``, ``longest``: ``prefilter``'s digit runs)."""
    hits: list[Hit] = []
    for a, b in runs:  # six digits at least (a five-digit cédula needs its cue: "C.I.")
        # the department code right after the digits, or after a "-1A" complement (whose digit
        # the run takes in: "3216549-1")
        if b - a <= 10 and (
            text[b + 1 : b + 3] in _DEPARTMENTS
            or text[b + 2 : b + 4] in _DEPARTMENTS
            or text[b + 4 : b + 6] in _DEPARTMENTS
        ):
            m = _BO_CI.match(text, a)
            if m is not None and not gives_way(text, a):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    if longest >= 20:
        for a, b in runs:
            if b - a < 20:
                continue
            for m in _NIDA.finditer(text, a, b):
                # printed 8-5-5-2 with a birth date it is no reference's layout: it stays an id
                # after a reference's cue ("Reference 19850412-23456-00001-23 on the form")
                spaced = "-" in m.group()
                if nida_date_ok(m.group()) and (spaced or not gives_way(text, m.start())):
                    hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
