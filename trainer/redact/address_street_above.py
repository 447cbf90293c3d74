"""The number-first street line right above a postcode-and-town line: "69 Kauri Mall\\nNelson
7010", "12 Station Walk\\nLEEDS LS1 4DY".

UPU S42 puts the street line on the line above the locality line. A line that is a house
number, capitalised name words and any street type of ``address_en_types`` (the weak and
listicle ones too: "Mall", "Walk", "View"), closing its line right above a hit that holds a
postcode, is that street line whatever its type: a listicle's title is not followed by a
postcode line. A number that reads as a year or counts the words after it stays.
"""

from __future__ import annotations

import re

from trainer.redact.address_en_types import LISTICLE, STRONG, WEAK
from trainer.redact.quantities import is_year

_TYPES = frozenset(STRONG | WEAK | LISTICLE)
_LINE_ABOVE = re.compile(
    r"(?<![\w.,/-])(?P<num>\d{1,5}[A-Za-z]?)[ \t](?:[A-Z][\w'’-]*[ \t]){1,3}"
    r"(?P<type>[A-Za-z]+)\.?[ \t]*\r?\n[ \t]*$"
).search
_CODE = re.compile(r"\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}").search


def street_line_above(text: str, start: int, end: int) -> int | None:
    """Start of the street line above the hit ``text[start:end]`` when the hit opens its line
    and holds a postcode, else None."""
    if start < 8 or text[start - 1] != "\n" or _CODE(text, start, end) is None:
        return None
    m = _LINE_ABOVE(text, max(0, start - 80), start)
    if m is None or m.group("type").lower() not in _TYPES or is_year(m.group("num")):
        return None
    return m.start()
