"""A flight number after the word for a flight: "the flight LH 917", "le vol AF 1193", "vliegen
met KL 1860", "Penerbangan QG 6687". It names a scheduled service, not a place or a line, so
``keep_flight_numbers`` drops an ADDRESS or PHONE hit lying wholly on the word and the number
(an address rule read the designator and the digits as a street and a house number).

Standard: IATA Resolution 762 (the flight designator): the airline's two-character designator
(two letters, or a letter and a digit either way round: "LH", "U2", "6E"), then one to four
digits and an optional operational suffix letter. The word before it is the noun or verb of
flying in the languages the engine reads (``_FLIGHT``); one short preposition or article may
stand between ("met", "avec le", "with").

Fail closed: only ADDRESS and PHONE hits are dropped, only where they lie wholly on the word
and the designator (a hit running on into the next line or an address stays whole), and the
designator must hold a letter (a bare number after "vol" may be a street number).
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_FLIGHT = (
    r"flight|flights|flying|fly|flew|landing|flug|fliege|flieg\w*|vol|vuelo|volo|vlucht|"
    r"vliegen|vlieg|voo|lot|lotem|let|letem|letom|penerbangan|u[çc]u[şs]|lento|flyg|flyget|"
    r"flyet|fly|rejs|repül\w*|j[aá]rat"
)
_FLIGHT_NUMBER = re.compile(
    r"(?<![\w-])(?i:" + _FLIGHT + r")[ \t]+"
    r"(?:(?i:with|on|met|mit|avec|con|com|na|the|le|la|el|il|de|du|by|par)[ \t]+){0,2}"
    r"(?P<code>(?=[A-Z\d]{2}[ \t]?\d)(?:[A-Z]{2}|[A-Z]\d|\d[A-Z]))[ \t]?\d{1,4}[A-Z]?(?!\w)"
)
_DROPPED = frozenset({"ADDRESS", "PHONE"})
_REACH = 40  # characters before a hit where the flight word may start


def keep_flight_numbers(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the ADDRESS and PHONE hits lying wholly on a flight word and designator."""
    if not any(h[0] in _DROPPED for h in hits):
        return hits
    return [h for h in hits if not (h[0] in _DROPPED and _on_flight(text, h))]


def _on_flight(text: str, hit: Hit) -> bool:
    _, start, end = hit
    if not any(ch.isdigit() for ch in text[start:end]):
        return False
    for m in _FLIGHT_NUMBER.finditer(text, max(0, start - _REACH), end):
        if m.start() <= start and end <= m.end():
            return True
    return False
