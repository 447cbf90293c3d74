"""Haitian street lines that the typed-street rules do not read.

Port-au-Prince's side streets are numbered off their main road ("Delmas 33", "Tabarre 27",
"Pèlerin 5"), and the house takes a "#" number after them: "Delmas 33, #12, Port-au-Prince".
The road's name, its number and the "#" house number frame the line when the road is one of
Port-au-Prince's numbered roads or a listed commune closes the line (with Poste Haïti's "HT"
code, ``address_lettered``, or without). "Delmas 33" alone names a district, as in "le bureau
de Delmas 33", and stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_lettered import HAITIAN_COMMUNES
from trainer.redact.address_words import CAPITALS
from trainer.redact.hits import Hit

_NAME = rf"[{CAPITALS}][^\W\d_]*(?:-[^\W\d_]+)*"  # no elision: "J'habite Delmas 33" starts at D
_NUMBERED_ROAD = re.compile(
    rf"(?<![\w'’-]){_NAME}(?:[ \t](?:de[ \t]|des[ \t]|du[ \t])?{_NAME}){{0,2}}[ \t]\d{{1,3}}[A-Z]?"
    r",?[ \t]+#[ \t]?\d{1,4}[A-Za-z]?(?![\w-])"
    rf"(?:,[ \t]*(?P<commune>{_NAME}(?:[ \t-]{_NAME}){{0,2}})(?:[ \t]HT\d{{4}})?(?![\w-]))?"
)
# Port-au-Prince's numbered roads beside the communes that number theirs ("Delmas 33", "Tabarre
# 27"): "Windows 10 #1 OS", "In Game 7, #23 scored", "Chapter 3, #12" are no road and house.
_ROADS = HAITIAN_COMMUNES | frozenset(
    "pèlerin pelerin clercine santo thomassin frères freres bourdon martissant fontamara".split()
)


def haitian_streets(text: str) -> list[Hit]:
    """ADDRESS hits for "<road> <number>, #<house>" lines (``_NUMBERED_ROAD``)."""
    if "#" not in text:
        return []
    marks = [(m.start(), m.end()) for m in _HASH_NUMBER.finditer(text)]
    regions = prefilter.windows(text, marks, before=60, after=60)
    return [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_NUMBERED_ROAD, text, regions)
        if any(_listed(word) for word in m.group().split("#", 1)[0].split())
        or _listed(m.group("commune") or "")
    ]


def _listed(name: str) -> bool:
    """``name`` is a numbered road's name or a Haitian commune (``_ROADS``)."""
    return name.lower() in _ROADS


_HASH_NUMBER = re.compile(r"#[ \t]?\d")
