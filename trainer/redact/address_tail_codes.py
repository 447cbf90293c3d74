"""Two readings the postcode walk of ``address_tail`` needs after a street line.

A unit word's number is the unit's, never the postcode: UPU S42 puts the flat, office or box
right after the house number ("Av. Larco 410, dpto 1502, Jesús María 15072", bpost's box "bus 3",
"P.O. Box 2345, Mombasa"), so four digits there are no four-digit postcode.

The four-digit posts (bpost, Pošta Slovenije, Swiss Post, Post AG, Australia Post ...) hand out
codes that read as years ("2050 Antwerpen", "1920 Martigny"). Such a code is the postcode when it
follows a house number and a comma and a locality that is no frequent word closes the line or the
clause after it ("Kerkstraat 12, 2050 Antwerpen, eerste verdieping"), or the locality is listed
for the code's leading digits (``address_towns``); "Level 3, 2024 users" is a count.
"""

from __future__ import annotations

import re

from trainer.redact.address_numbers import count_after, frequent_or_plural
from trainer.redact.address_towns import town_after
from trainer.redact.address_words import UNIT_WORDS
from trainer.redact.quantities import UNIT_AFTER, year_like

# UNIT_WORDS and the unit words of the Spanish posts (Correos de Chile, Serpost, 4-72) and
# bpost's box ("bus", "boîte"), which the shared list lacks or keeps for the number-first rules.
_UNITS = UNIT_WORDS | frozenset(
    "departamento apartamento oficina of ofic dep depto dpto bus boîte boite bte".split()
) | frozenset("stanovanje stan nadstropje byt".split())  # Pošta Slovenije, Česká pošta: flat, floor
# English or short words: a unit only with their "." (bpost writes its box "bte" bare)
_MARKED = frozenset("of dep stan byt".split())
_UNIT_NUMBER = re.compile(r"[ \t]{1,2}(?:n[°º]\.?[ \t]?|#[ \t]?)?\d{1,4}[A-Za-z]?(?![\w-]|[.,]\d)")


def unit_number_end(text: str, word: str, end: int) -> int | None:
    """End of the number after the unit word ``word`` (which ends at ``end``), else None."""
    folded = word.lower()
    if folded.endswith((".", ":")):
        folded = folded[:-1]
    elif folded in _MARKED:
        return None
    if folded not in _UNITS:
        return None
    m = _UNIT_NUMBER.match(text, end)
    return m.end() if m else None


# The house number, or the floor part that UPU S42 writes after it ("12, 3e étage, 1950 Sion"),
# then a comma or the line's end ("Smedeholm 41\n6700 Esbjerg")
_AFTER_HOUSE_NUMBER = re.compile(
    r"(?:\d[A-Za-z]?|\d(?:e|er|ème|re|\.)?[ \t](?i:étage|etage|stock|og|piso|piano|floor))"
    r"(?:,[ \t]*|[ \t]*\r?\n)$"
)
_TOWN_AFTER = re.compile(
    r"[ \t]{1,2}([A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þa-zß-ÿ][^\W\d_]+)*)"
    # the line, the clause or the sentence ends, or prose in lower case goes on ("..., 2050
    # Antwerpen bij de kerk")
    # (or a district's letter: Post Danmark's "8000 Aarhus C", "1050 København K")
    r"(?:[ \t]([A-ZÀ-Þ][^\W\d_]*))?(?=[ \t]*(?:$|[\r\n,;!?)]|\.(?:\s|$))|[ \t]+[a-zß-ÿ])"
)


def town_after_code(text: str, p: int) -> int | None:
    """End of the locality after the four digits at ``p`` when they follow a house number and a
    comma and the locality is no frequent word or plural noun ("12, 2050 Antwerpen"), else None."""
    if _AFTER_HOUSE_NUMBER.search(text, max(0, p - 12), p) is None:
        return None
    town = _TOWN_AFTER.match(text, p + 4)
    if town is None or any(w and frequent_or_plural(w.lower()) for w in town.groups()):
        # a town listed for the code's leading digits, whatever follows it ("..., 2050
        # Antwerpen Tot dan ..."): the list proves the pair (``address_towns``)
        if text[p + 4 : p + 5] == " " and text[p + 5 : p + 6].isupper():
            return town_after(text, p, p + 4)
        return None
    return town.end()


# A street line that ends in its house number, then the line break before the postcode.
_HOUSE_LINE_END = re.compile(
    r"[^\W\d_][ \t](?P<num>\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?)[ \t]*\r?\n[ \t]*$"
)
_TOWN_CLOSES = re.compile(
    r"[ \t]([A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)?)"
    r"(?=[ \t]*(?:$|[\r\n,;!?)]|\.(?:\s|$)))"
)


def town_closing_code_line(text: str, s: int, e: int) -> int | None:
    """End of the locality after the five-digit code ``text[s:e]`` when the code opens the line
    after a street line that ends in its house number and the locality closes its own line
    (UPU S42: "Pikk 12\n10123 Tallinn", the street named without a type word), else None.
    "Sprint 14\n10000 Users" is a count: the word is plural or frequent, or a count follows."""
    if e - s != 5 or (house := _HOUSE_LINE_END.search(text, max(0, s - 16), s)) is None:
        return None
    if year_like(house.group("num")) or UNIT_AFTER.match(text, e) or count_after(text, e):
        return None
    town = _TOWN_CLOSES.match(text, e)
    if town is None or any(frequent_or_plural(w.lower()) for w in re.split("[ -]", town[1])):
        return None
    return town.end()


def year_like_code_ok(text: str, p: int) -> bool:
    """The four digits at ``p`` are a four-digit post's code, not a year (``town_after_code``)."""
    return town_after_code(text, p) is not None
