"""A street line with no type word before a four-digit postcode and its locality: "Groenplaats
12, 2050 Antwerpen", "Grote Markt 7, 9000 Gent", "Bahnhofquai 3, 8001 Zürich".

bpost, Pošta Slovenije, Swiss Post, Post AG and the Nordic posts write "<street> <house number>,
<four-digit code> <locality>" on one line. A street named without a type ("Groenplaats", "Grote
Markt") is an address only by that shape, so the code must be followed by a locality that is no
frequent word or plural noun (``address_tail_codes.town_after_code``: "Level 3, 2024 users"
stays), no count or unit may follow it, the house number is no year and the word before it takes
no number ("Chapter 12"). A code that reads as a year ("2050 Antwerpen", "1950 Kraainem") also
needs an address cue before the street: a label's colon or a residence, delivery or place word
(``address_numbers.residence_before``), so "Chapter 12, 1999 Annual Report" stays.
"""

from __future__ import annotations

import re

from trainer.redact.address_numbers import count_after, number_taker, residence_before
from trainer.redact.address_tail_codes import town_after_code
from trainer.redact.address_words import CAPITALS
from trainer.redact.hits import Hit
from trainer.redact.quantities import UNIT_AFTER, is_year

# Particles inside Dutch, French and German street names ("Rue de la Loi", "Oude God").
_PARTICLE = r"(?:de|der|den|het|van|la|le|les|du|des|am|an|im|zum|zur|'t)"
_LINE_TO_CODE = re.compile(
    rf"(?<![\w'’.-])[{CAPITALS}][\w'’.-]*(?:[ \t](?:[{CAPITALS}][\w'’.-]*|{_PARTICLE})){{0,3}}"
    r"[ \t](?P<num>\d{1,4})[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
    # bpost's box after the house number: "Groenplaats 12 bus 3", "Rue Haute 5 bte 2"
    r"(?:[ \t](?:bus|bte\.?|boîte)[ \t]?\d{1,4}[A-Za-z]?)?(?:,[ \t]?|[ \t]*\r?\n)$"
)
# The code opening the line after the street line (UPU S42's own layout, and the Nordic posts':
# "Smedeholm 41\n6700 Esbjerg"); the line before must close on its house number.
_LINE_CODE = re.compile(r"\n(?=\d{4}[ \t][A-ZÀ-Þ])")
_HOUSE_CLOSES = re.compile(r"\d[A-Za-z]?$").search
_LABEL_BEFORE = re.compile(r":[ \t]*$").search


def four_digit_code_at(text: str, digit: int) -> bool:
    """Four digits at ``digit`` after ", " and before a capitalised word (``addresses`` anchors;
    character tests only)."""
    return (
        text[digit - 2 : digit] == ", "
        and text[digit : digit + 4].isdigit()
        and text[digit + 4 : digit + 5] == " "
        and text[digit + 5 : digit + 6].isupper()
        and text[digit - 3 : digit - 2].isalnum()
    )


def line_four_digit_codes(text: str) -> list[int]:
    """Anchors of four-digit codes that open a line after a line closing on a house number
    (a digit, or a digit and one letter: "41", "41b")."""
    return [m.end() for m in _LINE_CODE.finditer(text) if _HOUSE_CLOSES(text, 0, m.start())]


def four_digit_lines(text: str, anchors: list[int]) -> list[Hit]:
    """ADDRESS hits for the street lines that end before the four-digit codes at ``anchors``."""
    hits: list[Hit] = []
    for digit in anchors:
        town_end = town_after_code(text, digit)
        if town_end is None or UNIT_AFTER.match(text, digit + 4) or count_after(text, digit + 4):
            continue
        m = _LINE_TO_CODE.search(text, max(0, digit - 70), digit)
        if m is None or is_year(m.group("num")):
            continue
        if number_taker(text[m.start() : m.start("num")].split()[-1]):
            continue  # "Chapter 12, 3000 Copies Sold"
        cue = _LABEL_BEFORE(text, max(0, m.start() - 4), m.start()) or residence_before(
            text, m.start()
        )
        if is_year(text[digit : digit + 4]) and not cue:
            continue  # "Windows 11, 2023 Edition"
        hits.append(("ADDRESS", m.start(), town_end))
    return hits
