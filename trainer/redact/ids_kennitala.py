"""Iceland's kennitala (national identification number) by its published structure and check.

Standard (Registers Iceland, Þjóðskrá): ten digits, DDMMYY, two serial digits, a check digit
and the century (9: 1900s, 0: 2000s, 8: 1800s), written solid or as DDMMYY-NNNN. Check: the
first eight digits weighted 3, 2, 7, 6, 5, 4, 3, 2; eleven minus their sum modulo 11 is the
check digit (11 reads 0; 10 is never issued). A company's number adds 40 to the day and names
a firm, not a person: it is not read here. A run of that structure is read without a cue (one
random ten-digit run in about 200 passes the date, century and check); after a reference's
cue (``gives_way``) it is that reference.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit

_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_KENNITALA = re.compile(r"(?<![\w./+-])\d{6}-?\d{4}(?![\w-]|[.,/]\d)")


def kennitala_ok(digits: str) -> bool:
    """A person's kennitala: a calendar date, a valid century digit and the mod-11 check."""
    if len(digits) != 10 or not digits.isdigit() or digits[9] not in "980":
        return False
    if not day_of_month_ok(int(digits[:2]), int(digits[2:4])):
        return False
    check = 11 - sum(w * int(d) for w, d in zip(_WEIGHTS, digits, strict=False)) % 11
    return (0 if check == 11 else check) == int(digits[8])


def find_kennitolur(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """Kennitölur among the digit runs of ten or eleven characters (``prefilter``)."""
    hits: list[Hit] = []
    for a, b in prefilter.digit_runs(text):
        if b - a not in (10, 11):
            continue
        m = _KENNITALA.match(text, a)
        if (
            m is not None
            and m.end() == b
            and kennitala_ok(m.group().replace("-", ""))
            and not gives_way(text, a)
        ):
            hits.append(("NATIONAL_ID", a, b))
    return hits
