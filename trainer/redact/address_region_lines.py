"""A street line closed by its town and its region or country: "Coral Road, Nassau, New
Providence", "Village Road\\nFreeport, Grand Bahama"; with a house number, any capitalised
street name, with a type word or none ("Kaya Palu di Lechi 14, Santa Rosa, Curaçao",
"Bloemweg Zuid 8\\nNoord, Aruba").

Where houses carry no plate number (the Bahamas, much of the Caribbean and Africa) the UPU S42
address is the street line, the locality and the region (island, parish, state) or the country,
and no postcode. The region and country names come from Google's address metadata
(``postal_regions.txt``, built by ``build_postal_formats``): a name that a post lists as a
first-level region of some country, or a country's own name. A capitalised name with an English
street type of ``address_en_types.NUMBERLESS`` opens the match, then the town, then the region,
which must close the line, the clause or a table cell. With a house number the street's words
need no type (many streets have none, or one in a language no list here holds): one to four
capitalised words, the number, then the town and the region closing the clause.

Kept: a numbered name and a town alone ("Terminal 2, Schiphol."); a street and a town alone
("We walked down Abbey Road, London."; ``address_unnumbered`` reads those after a delivery
cue); a town and region with no street before them ("Nassau, New Providence" in a travel post).
Redacted although no one's home may be meant: a landmark street named with its town and state
("Sunset Boulevard, Los Angeles, California."), and a numbered name with a town and a state
("Apollo 11, Houston, Texas."): the form is an address's, and a miss costs more than the words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from trainer.redact import prefilter
from trainer.redact.address_anchors import spaced_numbers
from trainer.redact.address_en_types import NUMBERLESS
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first

_DATA = Path(__file__).with_name("postal_regions.txt")
_TYPE = rf"(?:{'|'.join(longest_first(w.capitalize() for w in NUMBERLESS))})\.?"
_WORD = r"[A-ZÀ-Þ][\w'’.-]+"
_PLACE = rf"{_WORD}(?:[ \t](?:of[ \t]|de[ \t]|la[ \t])?{_WORD}){{0,2}}"
_NAME = r"[A-ZÀ-Þ][\w'’-]+"  # a region's word, no stop: "..., New Providence."
_REGION = rf"{_NAME}(?:[ \t](?:of[ \t]|de[ \t]|la[ \t])?{_NAME}){{0,2}}"
_BREAK = r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)"
_LINE = re.compile(
    rf"(?<![\w.-]){_WORD}(?:[ \t]{_WORD}){{0,2}}[ \t]{_TYPE}{_BREAK}"
    rf"{_PLACE},[ \t]*(?P<region>{_REGION})(?=[ \t]*(?:[.;|)]|\r?\n|$))"
)

# After a house number: the town and the region closing the clause ("14, Santa Rosa, Curaçao.")
_NUMBERED_TAIL = re.compile(
    rf"\d{{1,4}}[a-zA-Z]?(?:-\d{{1,3}})?{_BREAK}{_PLACE},[ \t]*(?P<region>{_REGION})"
    r"(?=[ \t]*(?:[.,;|)]|\r?\n|$))"  # (a comma too: "..., Curaçao, niet naar de dealer.")
)
# the street's capitalised words right before the number's blank (particles between them)
_NAME_BEFORE = re.compile(
    rf"(?<![\w.'’-]){_NAME}(?:[ \t](?:(?:di|de|del|da|van|der|den|la|le|of)[ \t])*{_NAME}){{0,3}}$"
)


def _key(name: str) -> str:
    """A name without accents, case folded: "Curaçao" and Google's "Curacao" meet."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Every region and country name of ``postal_regions.txt``, as ``_key`` writes it."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(_key(line.split("\t")[0]) for line in lines if not line.startswith("#"))


def region_closed_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for "<street>, <town>, <region>" near the English street types at
    ``spans`` (a capitalised type word right before a comma or a line break)."""
    near = [(s, e) for s, e in spans if text[s].isupper() and text[e : e + 1] in (",", "\n")]
    if not near:
        return []
    regions = prefilter.windows(text, near, before=60, after=70)
    return [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_LINE, text, regions)
        if _key(m.group("region")) in region_names()
    ]


def numbered_region_lines(text: str) -> list[Hit]:
    """ADDRESS hits for "<Name words> <number>, <town>, <region>" closing a clause, read at the
    blanks before the text's numbers (``address_anchors.spaced_numbers``): one character test
    each (a comma or a line break after the number) before any pattern runs."""
    hits: list[Hit] = []
    for space in spaced_numbers(text):
        digit = space + 1
        end = digit
        while end < len(text) and text[end].isdigit() and end - digit < 5:
            end += 1
        if text[end : end + 1] not in (",", "\n") and not text[end : end + 1].isalpha():
            continue
        if not text[space - 1 : space].isalpha():
            continue
        tail = _NUMBERED_TAIL.match(text, digit)
        if tail is None or _key(tail.group("region")) not in region_names():
            continue
        name = _NAME_BEFORE.search(text, max(0, space - 60), space)
        if name is not None:
            hits.append(("ADDRESS", name.start(), tail.end()))
    return hits
