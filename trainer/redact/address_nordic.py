"""Swedish and Finnish street lines: a street name written as one word with its type ending
("Rosenvägen", "Ekstigen", "Tervakatu", "Pajukuja"; ``address_words.NORDIC_ENDINGS``), a house
number, the entrance and flat parts, and the postcode and town after them.

PostNord writes "Majorsgatan 3 lgh 1307" (the flat's four-digit lägenhetsnummer) or "3 B" (the
entrance), then "416 64 Göteborg"; Posti writes "Pajukuja 3 B 12" (staircase and flat) or
"Haapatie 21 as. 3" (asunto), then "33100 Tampere". ``addresses._anchored`` finds the anchors
(a house number after such a word) in its one pass over " <digit>"; the lines before a
postcode are also taken by ``postal`` through the same endings.

Some endings also end words of prose ("Partie 2", "Ingången 3", "Laboratori 4", "Dachrinne"):
without a flat part, a postcode line or an address label, only the endings that name nothing
but streets count, on a word that is no dictionary word of the languages we read.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_words import NORDIC_ENDINGS
from trainer.redact.hits import Hit
from trainer.redact.names import given_names, word_list
from trainer.redact.quantities import year_like

# Directions and sizes that open a name ("Norra Ågatan", "Pohjoinen Rautatiekatu").
_LEAD = (
    r"(?:(?:Södra|Norra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre|Pohjoinen|Eteläinen|"
    r"Itäinen|Läntinen|Iso|Pieni|Vanha|Uusi)\s)?"
)
_ENDINGS = "|".join(sorted(NORDIC_ENDINGS, key=len, reverse=True))
_STREET = re.compile(
    rf"(?<![\w'’-]){_LEAD}(?P<name>[A-ZÅÄÖÜÉa-zåäöüé][\w'’-]*?(?i:{_ENDINGS}))"
    r"\s(?P<num>\d{1,4}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?)"
    # entrance or staircase letter (and flat), "as. 4", "lgh 1307", "2 tr" (the floor)
    r"(?P<unit>(?:,?\s(?:[A-H](?:\s\d{1,3})?\b|as\.?\s?\d{1,3}\b|lgh\.?\s?\d{4}\b|"
    r"\d\s?tr\b\.?|bst\.?\s?\d{1,3}\b))*)"
    r"(?![\w]|[.,/-]\d)"
    # the postcode line: "114 55 Stockholm", "SE-114 55", "00100 Helsinki", "FI-00100"
    r"(?P<code>(?:,[ \t]?|[ \t]*\n[ \t]*|[ \t])(?:(?:SE|FI|S)-)?(?:\d{3}[ \t]\d{2}|\d{5})"
    r"[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t][A-ZÅÄÖ][\w-]*)?)?"
)
# Endings that end no word of prose in our languages: they anchor a street without a frame.
_PLAIN_ENDINGS = tuple(
    "gatan vägen stigen gränd gränden torget katu kuja polku väylä aukio kaari raitti tie".split()
)
# An address label before a year-like house number ("Adress: Tallgatan 1998").
_LABEL_BEFORE = re.compile(
    r"(?i:adress|address|osoite|kotiosoite|postiosoite|besöksadress|postadress)\s?:?\s*$"
).search


def nordic_streets(text: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for the street lines around ``anchors`` (the space before a house number
    that follows a word with a Swedish or Finnish street ending)."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, anchors, before=48, after=72)
    for m in prefilter.finditer_in(_STREET, text, regions):
        name = m.group("name")
        if name in given_names() or len(name) < 6:
            continue  # "Katie 3", "Tori 2": a person, not "...tie", "...tori"
        framed = (
            m.group("unit")
            or m.group("code")
            or _LABEL_BEFORE(text, max(0, m.start() - 24), m.start())
        )
        plain = name.lower().endswith(_PLAIN_ENDINGS) and name.lower() not in word_list(
            "common_words.txt"  # "Partie 2", "Garantie 3"
        )
        if not plain and (not framed or name[0].islower()):
            continue  # typed in lower case ("storgatan 12" in a chat) only the plain endings
        if not framed and year_like(m.group("num")):
            continue  # "Stortorget 2024 var fullt": a year
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits
