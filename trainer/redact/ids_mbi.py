"""US Medicare Beneficiary Identifier (MBI), as CMS specifies it: eleven characters, printed
4-3-4 with hyphens ("1EG4-TE5-MK73") or solid.

Positions (CMS "MBI format specifications"): 1 a digit 1-9; 2, 5, 8 and 9 a letter; 3 and 6 a
letter or digit; 4, 7, 10 and 11 a digit. The letters S, L, O, I, B and Z are never used. There
is no check digit, but the layout is narrow: a hyphenated value of this shape is an MBI with or
without a cue, and so is a solid one in capitals unless a reference cue (order, invoice, ticket
...) stands right before it. Written in lower case it needs an MBI or Medicare cue before it on
its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_L = "AC-HJKMNP-RT-Y"  # A-Z less S, L, O, I, B, Z
_MBI = re.compile(
    rf"(?<![\w-])[1-9][{_L}][{_L}0-9]\d(?P<sep>-?)[{_L}][{_L}0-9]\d(?P=sep)[{_L}]{{2}}\d\d"
    r"(?![\w-]|[.,/]\d)",
    re.IGNORECASE,
)
_CUE = re.compile(r"(?i)\b(?:MBI|medicare)\b")


def find_mbi(
    text: str, mixed: tuple[tuple[int, int], ...], *, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID hits: MBIs by their CMS layout, searched around the letter-digit contacts
    ``mixed`` (the first is at most three characters in; ``gives_way``: a reference cue)."""
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_MBI, text, prefilter.windows(text, mixed, before=3, after=0)):
        value = m.group()
        if not value.isupper():
            line = text.rfind("\n", 0, m.start()) + 1
            if not _CUE.search(text, max(line, m.start() - 60), m.start()):
                continue
        elif not m.group("sep") and gives_way(text, m.start()):
            continue  # "Order 1EG4TE5MK73": a reference's code
        hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
