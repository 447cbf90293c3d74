"""German streets written with a separate type word or led by a preposition: "Dessauer Ufer 61",
"Strausberger Platz 6", "Am Lessingpark 12", "Unter den Linden 77, 10117 Berlin".

Split from ``addresses`` (which calls these when the prefilter saw a ``de_type`` or a
``de_preposition`` keyword). A house number that reads as a year, or a day, month or time of day
before it ("Am Montag 15 Leute"), makes it prose unless a postcode and city follow.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like as _year_like

# After a street line: ", 10115 Berlin", " D-10115 Berlin", " 1017 GC Amsterdam".
POSTCODE_CITY_AFTER = re.compile(
    r",?\s(?:D-)?(?:\d{5}|\d{4}\s?[A-Z]{2},?)\s[A-ZÄÖÜ][\wäöüß-]+(?:[ -][A-ZÄÖÜ][\wäöüß-]*)?"
)

# German street types written as their own word ("Dessauer Ufer 61", "Strausberger Platz 6").
# Types that are also English words count only after an "-er" adjective ("Neuer Markt 3").
_DE_TYPES = (
    "Straße Strasse Str. Platz Weg Allee Gasse Damm Ufer Chaussee Steig Pfad Brücke Graben Kai "
    "Anger Steinweg Landstraße Ring Markt Hof Wall Tor Berg Promenade Zeile Lände Gürtel"
).split()  # Austria (Post AG, Vienna's street types): "Mariahilfer Zeile", "Rossauer Lände"
# "Am Lessingpark 12", "Unter den Linden 77": a preposition, a capitalised name, a house number.
_DE_PREPOSITIONS = (
    "Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Unter den|Zum|Zur|Hinter der|Vor dem"
)
_DE_PREPOSITION_STREET = re.compile(  # also in capitals, as the last lines often are
    # in capitals not after a clock time, on one line: "10:40 AM\nSeat 7A" is no "Am Seat 7A"
    rf"\b(?:(?:{_DE_PREPOSITIONS})\s|(?<![:.]\d\d\s)(?:{_DE_PREPOSITIONS.upper()})[ \t])"
    r"[A-ZÄÖÜ][\wäöüß-]+\s(?P<num>\d{1,4})(?:\s?[a-zA-Z]\b)?"
    r"(?:\s?[-/]\s?\d{1,4})?(?![\w.,]\d)"
)
prefilter.register(
    "de_preposition",
    {
        "am",
        "an der",
        "an den",
        "auf dem",
        "auf der",
        "im",
        "in der",
        "in den",
        "unter den",
        "zum",
        "zur",
        "hinter der",
        "vor dem",
    },
)
_DE_TYPES_ENGLISH_LIKE = frozenset("Ring Markt Hof Wall Tor Berg Promenade".split())
_DE_SEPARATE_STREET = re.compile(
    r"(?:\b(?:Am|An der|Auf dem|Im|In der|Unter den|Zum|Zur|Alte|Alter|Neue|Neuer)\s)?"
    r"\b(?P<first>[A-ZÄÖÜ][\wäöüß-]+)(?:\s[A-ZÄÖÜ][\wäöüß-]+)?\s"
    rf"(?P<type>{'|'.join(re.escape(t) for t in _DE_TYPES)})\s"
    # Austria writes the staircase and door after the house number: "124/2/13"
    r"(?P<num>\d{1,4})(?:\s?[a-z]\b)?(?:\s?[-/]\s?\d{1,4}[a-z]?)?(?:/\d{1,3}){0,2}(?![\w.,]\d)"
)
prefilter.register("de_type", {t.lower() for t in _DE_TYPES})

# "Am Montag 15 Leute", "Im Januar 12 Tage": days, months and times of day are no street names.
_DE_TIME_WORDS = frozenset(
    """montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende ende anfang abend
    morgen mittag nachmittag vormittag tag jahr monat januar februar märz april mai juni juli
    august september oktober november dezember sommer winter herbst frühling schnitt""".split()
)


def _de_time_phrase(text: str, m: re.Match[str]) -> bool:
    """The word before the house number is a day, month or time ("Am Montag 12 - 14 Uhr"); the
    word is read before the number, so a range ("12 - 14") does not hide it."""
    before = text[m.start() : m.start("num")].split()
    return bool(before) and before[-1].lower() in _DE_TIME_WORDS


def german_separate(text: str, types: list[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    regions = prefilter.windows(text, types, before=60, after=20)
    for m in prefilter.finditer_in(_DE_SEPARATE_STREET, text, regions):
        after = POSTCODE_CITY_AFTER.match(text, m.end())
        if m.group("type") in _DE_TYPES_ENGLISH_LIKE and not m.group("first").endswith("er"):
            continue
        if _year_like(m.group("num")) and not after:
            continue
        hits.append(("ADDRESS", m.start(), after.end() if after else m.end()))
    return hits


def german_preposition_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """Preposition-led streets near the ``de_preposition`` keyword ``spans``."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=0, after=40)
    for m in prefilter.finditer_in(_DE_PREPOSITION_STREET, text, regions):
        after = POSTCODE_CITY_AFTER.match(text, m.end())
        if after or not (_year_like(m.group("num")) or _de_time_phrase(text, m)):
            hits.append(("ADDRESS", m.start(), after.end() if after else m.end()))
    return hits
