"""The comma-separated segments around an address hit: house numbers, localities, landmarks.

Where streets are not the whole address (India, Zambia, francophone Africa, Costa Rica), the
line names the house, then the locality and a landmark, then the town and its code, each after
a comma (UPU S42 allows a line of descriptive elements): "No. 14, Lakshmi Nagar, near the bus
stand, Pune 411004", "House 9, Parklands, Kitwe". The rules find a street, a box or a town with
its code; this module takes what belongs to the same line around them:

* ``house_areas``: a marked house, plot, shed or unit number (a unit only in an estate: "Unit
  35, Peenya Industrial Area, Mumbai") with two place segments after it ("House 9,
  Parklands, Kitwe", "Plot 14, Rhodes Park, Lusaka"): the number and the two names are an
  address line; one segment, or a segment with a digit, is not ("House 3, Season 2");
* ``joined_segments``: two ADDRESS hits of one line with only place names and landmark phrases
  ("near ...", "opp. ...", "près de ...", "cerca de ...") or a post-office box line between them
  become one hit, and a hit takes back the segments before it up to a marked house number
  ("No. 14, Nagar, near ..., ");
  Jamaica Post's Kingston postal district ("Kingston 8", on the line or the next), or a town
  and its parish ("Mandeville, Manchester"), closes a hit.

Nothing is taken across a sentence end, and a segment is a capitalised place name or a
landmark phrase, never a lower-case clause.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŒ"
_NAME = rf"[{_UP}][\w'’.-]*"
_PARTICLE = r"(?:de|des|du|d'|d’|la|le|les|el|del|of|the)"
_PLACE = rf"{_NAME}(?:[ \t](?:{_PARTICLE}[ \t]?)?{_NAME}){{0,3}}"
_LANDMARK = (
    r"(?:near|opp\.?|opposite|behind|beside|next[ \t]to|close[ \t]to|off|"
    r"près[ \t]d[eu']|pres[ \t]d[eu']|en[ \t]face[ \t]d[eu']|derrière|à[ \t]côté[ \t]d[eu']|"
    r"cerca[ \t]de|frente[ \t]a|detrás[ \t]de|junto[ \t]a)[ \t]?[^,.;:!?\n\d]{2,40}"
)
_SEGMENT = rf"(?:{_PLACE}|{_LANDMARK})"
_HOUSE_MARK = (
    r"(?:(?i:house|plot|stand|flat|farm|shed|godown|gala|h\.?[ \t]?no\.?)[ \t]?(?:No\.?[ \t]?)?|"
    r"Unit[ \t]?(?:No\.?[ \t]?)?|No\.[ \t]?|Nº[ \t]?)"
    r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?"
)
# What may stand between two hits of one line: only segments.
# Or a post-office box line between a street line and its postcode line ("Via Campagna 5\n
# Casella postale 12\n6900 Lugano"): the street and the code are hits, the box joins them.
_BOX_WORD = (
    r"(?:Casella[ \t]postale|Case[ \t]postale|C\.P\.|CP|Postfach|Apartado(?:[ \t]Postal)?|"
    r"Caixa[ \t]Postal|P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]Box|Box|B\.P\.|BP|Kutia[ \t]Postare|"
    r"Postbus|Private[ \t]Bag)"
)
_BRIDGE = re.compile(
    rf",[ \t](?:{_SEGMENT},[ \t]){{0,3}}"
    rf"|(?:,[ \t]|[ \t]*\n[ \t]*){_BOX_WORD}[ \t]?(?:No\.?[ \t]?|n°[ \t]?)?\d{{1,6}}"
    r"(?:,[ \t]|[ \t]*\n[ \t]*)"
)
# The segments before a hit, up to the marked house number that opens them.
_BACK = re.compile(rf"(?<![\w.])(?:{_HOUSE_MARK}),[ \t](?:{_SEGMENT},[ \t]){{1,3}}$")
_HOUSE_AREA = re.compile(
    rf"(?<![\w.])(?:{_HOUSE_MARK}),[ \t]{_PLACE},[ \t]{_PLACE}(?=[ \t]*(?:$|[\n.,;:!?)]))"
)
_KINGSTON = re.compile(r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)Kingston[ \t](?:[1-9]|1\d|20)(?![\w.,]\d|\w)")
# Jamaica Post closes an address with its town and parish ("Mandeville, Manchester"; the
# fourteen parishes).
_PARISH_LINE = re.compile(
    rf"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:{_PLACE},[ \t])?(?:(?:St\.?|Saint)[ \t](?:Andrew|Thomas|"
    r"Mary|Ann|James|Elizabeth|Catherine)|Portland|Trelawny|Hanover|Westmoreland|Manchester|"
    r"Clarendon)(?![\w'’-])"
)
_ESTATE_WORD = re.compile(
    r"\b(?:Industrial|Estate|Area|Nagar|Layout|Phase|Sector|Park|Complex|Colony|Enclave)\b"
).search
prefilter.register(
    "house_area", {"house", "plot", "stand", "flat", "farm", "shed", "godown", "gala", "unit", "no"}
)


def house_areas(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for "House 9, Parklands, Kitwe" lines after the ``house_area`` keywords at
    ``spans`` (a digit right after the keyword)."""
    near = [
        (s, e)
        for s, e in spans
        if text[e + 1 : e + 2].isdigit()
        or text[e + 2 : e + 3] == "."
        or (text[e : e + 2] == ". " and text[e + 2 : e + 3].isdigit())  # "No. 14"
    ]
    if not near:
        return []
    regions = prefilter.windows(text, near, before=0, after=80)
    return [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_HOUSE_AREA, text, regions)
        # "Unit 3" also numbers a course or a book: only with an estate word ("Unit 35,
        # Peenya Industrial Area, Mumbai"; not "Unit 3, Chapter One, Oxford")
        if not m.group().startswith("Unit") or _ESTATE_WORD(m.group())
    ]


def joined_segments(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` and, where they differ from its hits, the ADDRESS hits of one line joined over
    the segments between them, widened back to a marked house number that opens their segments,
    and on to a Kingston district after them."""
    if not hits:
        return hits
    kingston = "Kingston" in text
    if (
        len(hits) == 1
        and not kingston
        and not _after_comma(text, hits[0][1])
        and text[hits[0][2] : hits[0][2] + 1] not in (",", "\n")
    ):
        return hits  # most posts: one hit, no segment around it to take (no scan)
    spans = sorted((start, end) for kind, start, end in hits if kind == "ADDRESS")
    if not spans:
        return hits
    chains: list[list[int]] = []
    for start, end in spans:
        last = chains[-1] if chains else None
        if last and last[1] < start - 1 and start - last[1] < 140 and _BRIDGE.fullmatch(
            text, last[1], start
        ):
            last[1] = max(end, last[1])
            last[2] = 1
        elif last and start <= last[1]:
            last[1] = max(end, last[1])
        else:
            chains.append([start, end, 0])
    out = list(hits)
    for start, end, changed in chains:
        line = text.rfind("\n", 0, start) + 1
        if (
            start - line > 8
            and _after_comma(text, start)
            and (back := _BACK.search(text, max(line, start - 140), start))
        ):
            start, changed = back.start(), 1
        if kingston and (district := _KINGSTON.match(text, end)):
            end, changed = district.end(), 1
        elif text[end : end + 1] in (",", "\n") and (parish := _PARISH_LINE.match(text, end)):
            end, changed = parish.end(), 1
        if changed:
            out.append(("ADDRESS", start, end))
    return out


def _after_comma(text: str, start: int) -> bool:
    """Whether ``start`` follows ", " (where a segment before a hit ends)."""
    return start >= 2 and text[start - 2] == "," and text[start - 1] in " \t"
