"""An English street with no house number, named in prose as where someone lives, moved or met:
"we live on Elmwood Avenue", "she moved to Birchwood Lane", "we met on Harlow Road near the
park". The street narrows a person down to a few dozen houses, so it goes even without a number.

A street named in prose is usually a place, not an address ("traffic near Oak Street", "the
parade on Fifth Avenue", "Wall Street fell"), so the street counts only right after a residence
or meeting verb with its preposition (``_STREET``: "live on", "moved to", "met on", "our house
on", "grew up on"; the verbs are the prefilter gate); the name is one to three capitalised
words before a full English street type (the abbreviations are also words), and no
capitalised word follows the type ("Elm Street Bakery" is a company). Streets that stand for an
industry or a show ("Wall Street", "Madison Avenue", "Sesame Street", ``_FIGURATIVE``) stay, and
so does a type before a letter ("Avenue Q").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_TYPES = (
    "Street|Avenue|Road|Boulevard|Drive|Lane|Court|Place|Terrace|Parkway|Crescent|Close|Mews|"
    "Gardens|Grove|Square|Circle|Way|Row|Alley|Heights"
)
_CUE_WORDS = (
    "live|lives|lived|living|moved|move|moves|moving|reside|resides|resided|residing|house|home|"
    "flat|apartment|grew|grow|growing"
)
# Meeting verbs count only with "on" (along the street: "we met on Elmwood Avenue"); "met at
# Florence Place" names a venue, a place kept by tests/redact/test_addr4_street_places.py.
_MEET_WORDS = "met|meet|meets|meeting"
_FIGURATIVE = frozenset(
    """wall street|downing street|fleet street|madison avenue|sesame street|abbey road|
    easy street|main street|bond street|harley street|savile row|skid row|park avenue|
    threadneedle street|lombard street|baker street""".replace("\n", " ").split("|")
)
_STREET = re.compile(
    rf"(?<![\w'’-])(?:(?i:{_CUE_WORDS})(?:[ \t]up)?[ \t](?:on|at|to|into|in)|(?i:{_MEET_WORDS})"
    r"(?:[ \t](?:up|him|her|them|us|you))?[ \t]on)[ \t]"
    rf"(?P<street>(?:[A-Z][a-z'’-]+[ \t]){{1,3}}(?:{_TYPES}))"
    # not a company or a longer name after the type ("Elm Street Bakery"), nor a number (the
    # numbered rules take "Elm Street 4")
    r"(?![\w'’-]|[ \t]+(?:[A-Z]|\d))"
)
prefilter.register("en_residence", set(_CUE_WORDS.split("|")) | set(_MEET_WORDS.split("|")))


def prose_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for a street named after a residence or meeting cue at ``spans`` (the
    ``en_residence`` keywords)."""
    regions = prefilter.windows(text, spans, before=0, after=60)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_STREET, text, regions):
        street = m.group("street")
        if " ".join(street.lower().split()) in _FIGURATIVE or street.startswith("The "):
            continue
        hits.append(("ADDRESS", m.start("street"), m.end("street")))
    return hits
