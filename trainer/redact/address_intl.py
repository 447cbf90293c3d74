"""Four-digit postcodes and the address parts of the posts that use them, one table for all.

Posts with four-digit codes (UPU Postal Addressing Systems): Austria, Switzerland,
Liechtenstein, Belgium, Luxembourg, Denmark, Norway, Hungary, Slovenia, Bulgaria, Cyprus,
Georgia, North Macedonia, Tunisia, the Philippines, New Zealand, South Africa (and Australia,
the Netherlands: ``postal``). Portugal's CTT writes four digits, a hyphen and three
("1000-001 Lisboa"). A four-digit number is also a year, a price, a count or a model, so
here it is an anchor only where the national format frames it:

- with a country prefix and a locality after it ("A-1010 Wien", "CH-8001 Zürich", "L-1528
  Luxembourg"): strong, as the old European style;
- Portugal's "1234-567 Locality": strong (no count or price is written so);
- before a locality that closes its line ("4030 Linz", "3107 St. Pölten,"), or after a
  locality and a comma or a space, closing the line ("Randburg, 2125", "Wellington
  6035"): weak, so ``postal_blocks`` takes it only behind a street or unit line;
- never a year (1900-2099) nor a number followed by a unit or a counted noun.
A postcode with a listed town and no street ("5026 Salzburg", "Tauranga 3110") is
``address_towns``' (the town's own code prefixes decide).

Austrian door parts after a house number, as Austrian addresses write them (Österreichische Post):
"17/2/8" (house/stair/door), "12/Top 4", ", Stiege 2": ``DOOR`` extends a street.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.address_numbers import count_after
from trainer.redact.quantities import GROUPED_QUANTITY_AFTER, UNIT_AFTER, is_year

# Country prefixes written before a four-digit code (the old European style, CEPT).
_PREFIX_BEFORE = re.compile(r"(?:^|(?<=[\s,(:]))(?:A|AT|CH|FL|LI|B|BE|L|LU|DK|N|NO|H|SI)-$")
_PT_TAIL = re.compile(r"-\d{3}(?![\d-])").match
_LINE_END = re.compile(r"[ \t]*(?:$|[\n,;:!?)]|\.(?:\s|$))").match
_PLACE_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:,[ \t]?|[ \t])$").search
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:(?:St\.|Sankt|Bad|Le|La|Les|San|Santa|Klein|Groß)[ \t])?[A-ZÀ-Þ][\w'’-]+"
    r"(?:[ \t-](?:am|an|im|in|bei|an der|de|del|di|la|le|sur|[A-ZÀ-Þ][\w'’-]+)){0,3}"
    r"(?:[ \t]+\([A-ZÀ-Þ][\w'’ -]{1,24}\))?"
)
# An airline designator before a flight number (IATA: two characters), no locality: "Vuelo XQ
# 4401", "Flight ZB 1820". Not three letters (ICAO): Maltese postcodes are three letters too.
_DESIGNATOR = re.compile(r"[A-Z\d]{2}").fullmatch
# Austrian door parts after the house number.
DOOR = r"(?:(?:/\d{1,3}){1,2}(?![\d/])|/Top[ \t]?\d{1,3}|,?[ \t](?:Top|Stiege|Stg\.)[ \t]\d{1,3})"


def four_digit_code(
    text: str, s: int, e: int, *, locality_follows: Callable[[str, int], bool]
) -> tuple[int, int, bool] | None:
    """(start, end, strong) of the four-digit postcode at ``text[s:e]``, or None. The caller
    has ruled out an Australian state or a PostNL code before or after it."""
    code = text[s:e]
    nxt = text[e : e + 1]
    if is_year(code) or not (nxt in " \t-,.;:!?)\n" or e == len(text)):
        return None
    if nxt == " " and not text[e + 1 : e + 2].isupper() or _counted(text, e):
        return None  # "4030 Linz": a capitalised locality; "1500 Euro", "2500 Besucher"
    prefix = _PREFIX_BEFORE.search(text, max(0, s - 4), s)
    if prefix and text[e : e + 1] != "-" and locality_follows(text, e):
        return (prefix.start(), e, True)
    if text[e : e + 1] == "-":
        tail = _PT_TAIL(text, e)
        if tail and (s == 0 or not text[s - 1].isdigit() and text[s - 1] != "-"):
            place = _PLACE_AFTER.match(text, tail.end())
            if place:
                return (s, tail.end(), True)  # CTT: "1200-195 Lisboa"
        return None
    place = _PLACE_AFTER.match(text, e)
    if place and _LINE_END(text, place.end()):
        return (s, e, False)  # "4030 Linz", "3107 St. Pölten, ..."
    before = _PLACE_BEFORE(text, max(0, s - 40), s) if _LINE_END(text, e) else None
    if before and not _DESIGNATOR(before.group().rstrip(", \t")):
        return (s, e, False)  # "Randburg, 2125", "Wellington 6035"; not "Flight ZB 1820"
    return None


def plain_four_digits(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` (four digits) may be a postcode: no year, unit or count."""
    return not is_year(text[s:e]) and not _counted(text, e) and text[e : e + 1] != "-"


# Before a code and its town: a preposition or a label's colon ("an 8010 Graz", "to 6035
# Wellington", "Adresse: 1030 Wien").
_LEAD_BEFORE = re.compile(
    r"(?:[:(]|\b(?:in|an|nach|aus|von|bei|to|from|at|à|a|en|em|para|naar|in der|an die))[ \t]*$"
).search


def pair_framed(text: str, s: int, end: int) -> bool:
    """A four-digit code and its town (``text[s:end]``) stand as an address fragment: led by
    a preposition or a label, at a line start, or closing the clause ("3000 Bern fans" stays).
    With ``end == s`` only what leads counts."""
    line_start = text[text.rfind("\n", 0, s) + 1 : s].strip() == ""
    closes = end > s and _LINE_END(text, end) is not None
    return bool(line_start or closes or _LEAD_BEFORE(text, max(0, s - 12), s))


def _counted(text: str, e: int) -> bool:
    """A unit, a currency or a counted noun after the number ("1500 Euro", "2500 Besucher")."""
    return bool(
        UNIT_AFTER.match(text, e) or GROUPED_QUANTITY_AFTER.match(text, e) or count_after(text, e)
    )

