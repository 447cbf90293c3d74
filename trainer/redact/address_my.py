"""Malaysian street lines, as Pos Malaysia writes them: the house or lot number with a comma
("No. 12,", "23A,"), the road type first ("Jalan", "Jln", "Lorong", "Lrg", "Persiaran",
"Lebuh", "Lebuhraya") and its name, which may hold section codes ("Jalan SS 15/4", "Jalan
Setia Prima U13/S"), an estate line ("Taman Melati"), then the five-digit postcode and the town
("50450 Kuala Lumpur").

"Jalan Ampang" alone is a road named in prose (a landmark): a line counts only with the house
number before the type or the postcode after the name. The name may be typed in lower case only
when the type is too ("12, jalan melur, 50450 kuala lumpur").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_TYPE = r"(?i:jalan|jln\.?|lorong|lrg\.?|persiaran|lebuhraya|lebuh)"
_NAME_WORD = r"[^\W_][\w/'’-]*"
_TOWN = r"[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2}"
_MY_LINE = re.compile(
    r"(?<![\w/.-])(?P<house>(?i:no\.?\s?)?\d{1,5}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?,?\s{1,2})?"
    rf"(?P<type>{_TYPE})\s(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,3}}?)"
    r"(?=[,.;:!?)\n–]|$|\s+\d{5}\b|\s+[–-]\s)"
    rf"(?P<estate>,\s(?i:taman|tmn\.?)\s{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}?(?=[,.;\n]|$))?"
    rf"(?P<code>(?:,|[ \t]*[–-])?\s{{1,2}}\d{{5}}(?!\d)\s+{_TOWN})?"
)
prefilter.register(
    "my_street", {"jalan", "jln", "lorong", "lrg", "persiaran", "lebuh", "lebuhraya"}
)


def malaysian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Malaysian street lines whose road type keyword is at ``spans``."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=14, after=110)
    for m in prefilter.finditer_in(_MY_LINE, text, regions):
        if not (m.group("house") or m.group("code")):
            continue  # "Jalan Ampang is busy": a road named in prose
        words = m.group("name").split()
        if m.group("type")[0].isupper() and any(w[0].islower() for w in words):
            continue  # the name runs into prose: the road line stops at its capitals
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits
