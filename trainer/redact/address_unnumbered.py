"""Street lines without a house number, closed by a locality with its postcode or by a post-office
box: the UPU S42 order (street line, then the delivery line: box, locality, code) as Posta Kenya
writes it, where most streets carry no plate number ("Kaunda Street\\nP.O. Box 1234-40200, Kisii",
"Kenyatta Road, Milimani, Kisii 40200"), and as many posts allow for a street that a building
name or a box stands for.

Posta Kenya's box is "P.O. Box <box number>-<five-digit postal code>" and then the town; the
postcode after a town has five digits (Posta Kenya, USPS, and the other five-digit posts). A
capitalised English street type of ``address_en_types.NUMBERLESS`` (the strong types, which name
a street on their own, and a few estate types) opens the match, the box or the code closes it:
"Abbey Road is lovely in 2024" has neither and stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_en_types import NUMBERLESS
from trainer.redact.address_numbers import count_after, residence_word
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first
from trainer.redact.quantities import UNIT_AFTER
from trainer.redact.sentence_window import sentence_start

_TYPES = NUMBERLESS
_TYPE = rf"(?:{'|'.join(longest_first(w.capitalize() for w in _TYPES))})\.?"
_WORD = r"[A-Z][\w'’-]+"
_PLACE = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}"
_BREAK = r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)"
# Posta Kenya's box: its number, a hyphen, the five-digit code of the post office.
_BOX = r"(?i:P\.?[ \t]?O\.?[ \t]?Box|Box)[ \t]\d{1,6}[ \t]?[-–][ \t]?\d{5}(?![\w-]|[.,]\d)"
# A building (Posta Kenya's address line for a street without plates): "Nyayo House", "Anniversary
# Towers", "Sarit Centre"; any case for the building word.
_BUILDING_WORDS = (
    "House", "Towers", "Tower", "Plaza", "Centre", "Center", "Building", "Bldg", "Court",
    "Complex", "Mall", "Arcade", "Chambers", "Apartments", "Apts", "Flats", "Heights", "Estate",
    "Block", "Hse", "Suites", "Park",
)
_BUILDING_TYPES = "|".join(_BUILDING_WORDS)
_BUILDING = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}[ \t](?i:{_BUILDING_TYPES})\b"
_STREET_LINE = re.compile(
    rf"(?<![\w.-]){_WORD}(?:[ \t]{_WORD}){{0,2}}[ \t]{_TYPE}{_BREAK}"
    rf"(?:(?P<building>{_BUILDING}){_BREAK})?"
    # the box and its town ("P.O. Box 1234-40200, Milimani, Kisii"), or a town and its code
    rf"(?:{_BOX}(?:,?[ \t]{_PLACE}(?:,[ \t]?{_PLACE})?)?"
    rf"|(?:{_PLACE},[ \t]?){{0,2}}{_PLACE},?[ \t](?P<code>\d{{5}})(?![\w-]|[.,]\d)"
    # after a building, the estate and town close the line with no code ("Ngong Road, Nyayo
    # House, Upper Hill, Nairobi"): the line or the sentence ends there
    rf"|(?<=,[ \t]|.\n)(?P<places>{_PLACE}(?:,[ \t]?{_PLACE}){{0,2}})(?=[ \t]*(?:[.;|)#]|\r?\n|$)))"
)
_STREET_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}[ \t]{_TYPE}"
_CLOSE = r"(?=[ \t]*(?:[.;|)#]|\r?\n|$))"  # the line, the sentence or a table cell ends
_FLOOR = r"(?:\d{1,2}(?:st|nd|rd|th)[ \t](?i:floor)|(?i:floor)[ \t]\d{1,2}|(?i:ground[ \t]floor))"
# Two named parts of one address line frame it with no number: a street "off" another (Kenya's
# way of placing a street: "Riverside Drive, off Waiyaki Way, Westlands, Nairobi"), or a
# building, its floor and its street ("Kimathi House, 3rd Floor, Kimathi Street, Nairobi"); the
# places after them must close the line or the sentence.
_FRAMED_LINE = re.compile(
    rf"(?<![\w.-])(?:{_STREET_NAME},?[ \t](?i:off)[ \t]{_STREET_NAME}"
    rf"(?:(?:,[ \t]?{_PLACE}){{1,3}}{_CLOSE})?"
    # (a building and a street in a list of sights go on: "the Opera House, Abbey Road and ...")
    rf"|{_BUILDING}(?:,[ \t]{_FLOOR})?,[ \t]{_STREET_NAME}(?:,[ \t]?{_PLACE}){{0,3}}{_CLOSE})"
)
# "..., off Ngong Road, Nairobi" after an address hit: the road it is off, and the places that
# close the line.
# The gate of ``_FRAMED_LINE``: each match holds an "off" between blanks or a building word
# right before a comma (its ``(?i:...)`` words, registered with the keyword pass); the letters
# the ignore-case folds and the keyword pass may not (dotless and dotted I, long s, the Kelvin
# sign) open it.
_OFF_WORDS = ("off",)
prefilter.register("framed_off", frozenset(_OFF_WORDS))
prefilter.register("building_type", frozenset(_BUILDING_WORDS))
_CASE_ODD = "ıİſ\u212a"
_OFF_TAIL = re.compile(
    rf",?[ \t](?i:off)[ \t]{_STREET_NAME}(?:(?:,[ \t]?{_PLACE}){{1,3}}{_CLOSE})?"
)
_DIGIT = re.compile(r"\d").search
_BUILDING_AFTER = re.compile(rf"\.?{_BREAK}{_BUILDING}").match
# A house number right before the street's name words ("12 Kaunda Street", "4B, Ngong Lane"); a
# digit further back ("Lunch at 12:30. Venue: Kaunda Street") numbers something else.
_NUMBER_BEFORE = re.compile(rf"\d[\w/-]*,?[ \t]+(?:{_WORD}[ \t]+){{0,3}}$").search
_BREAK_AT = re.compile(r"\.?(?:,|[ \t]*\r?\n)").match  # the line ends after the type word
# A box with its code, with no street line before it: still the whole box and its town.
_BOX_LINE = re.compile(rf"(?<![\w-]){_BOX}(?:,?[ \t]{_PLACE}(?:,[ \t]?{_PLACE})?)?")


def unnumbered_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for numberless street lines near the English street types at ``spans``."""
    near = [
        (s, e)
        for s, e in spans
        if text[s].isupper()
        and _BREAK_AT(text, e) is not None
        and text[s:e].lower() in _TYPES
        and (_DIGIT(text, e, e + 110) or _BUILDING_AFTER(text, e))
        # "12 Kaunda Street, ...": a numbered street line is the number-first rules'
        and not _NUMBER_BEFORE(text, max(0, s - 40, text.rfind("\n", 0, s)), s)
    ]
    if not near:
        return []
    regions = prefilter.windows(text, near, before=40, after=110)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_STREET_LINE, text, regions):
        if m.group("places") and not m.group("building"):
            continue  # "Abbey Road, London.": a street and a town, no building, box or code
        if m.group("code") and (UNIT_AFTER.match(text, m.end()) or count_after(text, m.end())):
            continue  # "Abbey Road, London 10000 people": a count
        hits.append(("ADDRESS", *m.span()))
    return hits


# A street and its town that close a clause after a residence or delivery cue ("The notice went
# to Lenana Road, Kisumu.", "Our new address is Digo Road, Mombasa."): where plates are rare the
# street and town are the whole address; without the cue ("We walked down Abbey Road, London.")
# they stay.
_STREET_TOWN = re.compile(rf"(?<![\w.-]){_STREET_NAME},[ \t]?{_PLACE}{_CLOSE}")
# A property cue holds the street in any way ("My property is on ..."); a mail cue only as the
# destination, "to" or "at" right before the street ("The notice went to ..."): "Loved your post
# about Abbey Road, London", "I saw a post on Moi Avenue", "reply with photos of ..." send nothing.
_PROPERTY_CUE = re.compile(r"(?i:\b(?:property|premises)\b)").search
_DELIVERY_CUE = re.compile(
    r"(?i:\b(?:letters?|notices?|post|posted|mail|mailed|parcels?|forward\w*|reply|write)\b)"
).search
_DESTINATION = re.compile(r"(?<![\w-])(?i:to|at)[ \t]+$").search
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-Z])|\r?\n")


def cued_street_towns(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for "<street>, <town>" closing a clause that a residence or delivery cue opens
    (``_STREET_TOWN``), near the English street types at ``spans``."""
    near = [(s, e) for s, e in spans if text[s].isupper() and text[e : e + 1] in (",", ".")]
    if not near:
        return []
    hits: list[Hit] = []
    regions = prefilter.windows(text, near, before=60, after=50)
    for m in prefilter.finditer_in(_STREET_TOWN, text, regions):
        if _street_town_cue(text, m.start()):
            hits.append(("ADDRESS", *m.span()))
    return hits


def _street_town_cue(text: str, start: int) -> bool:
    """A residence or property word, or a delivery word with "to"/"at" right before ``start``,
    in the sentence before ``start`` (at most 90 characters back)."""
    lo = sentence_start(text, start, ends=_SENTENCE_END, reach=90)
    return bool(
        residence_word(text, lo, start)
        or _PROPERTY_CUE(text, lo, start)
        or (_DELIVERY_CUE(text, lo, start) and _DESTINATION(text, max(lo, start - 8), start))
    )


def kenyan_boxes(text: str) -> list[Hit]:
    """ADDRESS hits for Posta Kenya boxes with their postal code and town."""
    if "-" not in text and "–" not in text:
        return []
    return [("ADDRESS", *m.span()) for m in _BOX_LINE.finditer(text)]


def framed_lines(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for "street, off street" and "building, street" lines near the English
    street types at ``spans``."""
    if not _may_frame(text):
        return []
    regions = prefilter.windows(text, spans, before=90, after=90)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_FRAMED_LINE, text, regions)]


def _may_frame(text: str) -> bool:
    """False only when ``_FRAMED_LINE`` cannot match in ``text`` (a gate: the same hits): no
    "off" word, and no building word with a comma right after it."""
    found = prefilter.keywords(text)
    if "framed_off" in found:
        return True
    if any(text.startswith(",", end) for _, end in found.get("building_type", ())):
        return True
    return any(c in text for c in _CASE_ODD)


def off_road_tails(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each ADDRESS hit widened over an "off <road>" part right after it."""
    out: list[Hit] = []
    for kind, start, end in hits:
        if kind == "ADDRESS" and (tail := _OFF_TAIL.match(text, end)):
            end = tail.end()
        out.append((kind, start, end))
    return out
