"""A person's name before a venue word read on into the sentence ("Anna Kowalska Hall monitor",
"Karen Miller Center of attention") is redacted whole, both its words, and the venue word stays
(review rev22 F22). A venue's name that closes at its venue word ("the Luciano Pavarotti Arena.")
is the institution's and kept (``name_institutions``, dev37 N); without this rule the company
rules' venue nouns (``companies.COMPANY_AFTER``) kept every name before one (review dev37).

The rule follows the privacy decision of ``place_keep``: a place named after a person carries
the person's name, so it is redacted like the name anywhere else ("near the Maren Oyelaran
Stadium"); before this rule the tagger took half of it ("[NAME] Pavarotti Arena") and kept the
other. The name is a listed given name (no word-like one: "Summer Music Hall") and a
capitalised word that is no frequent word of any language; a listed company named after a
person ("Mercedes Benz Arena") is left to the company rules.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.name_institutions import in_named_institution
from trainer.redact.namesake_places import namesake_place
from trainer.redact.person_words import GIVEN, TOP

_VENUES = ("Hall", "Arena", "Stadium", "Stadion", "Center", "Centre", "Theatre", "Theater",
           "Auditorium", "Pavilion")
_SPACED = re.compile(f" (?:{'|'.join(_VENUES)})")  # one search, not a substring test each
# On ASCII text a ``_VENUE_NAME`` match's venue word is a whole word of the keyword pass (a
# blank before it, no letter, digit, "_" or "-" after it: spaces in ``prefilter.spaced``), which
# the name rules ran already: most posts are closed by a dict lookup, not by ``_SPACED`` trying
# its words at every blank.
prefilter.register("venue_word", set(_VENUES))
_VENUE_NAME = re.compile(
    r"(?<![\w'’.-])(?P<given>[^\W\d_a-z][^\W\d_]+)[ \t]+(?P<last>[^\W\d_a-z][^\W\d_'’-]*"
    rf"(?:[-'’][^\W\d_]+)?)[ \t]+(?:{'|'.join(_VENUES)})(?![\w-])"
)


def _may_hold_venue(text: str) -> bool:
    """``_SPACED`` matches, looked up first on ASCII text as a whole venue word, which every
    ``_VENUE_NAME`` match there holds (a text this closes that ``_SPACED`` opened has none)."""
    if text.isascii() and "venue_word" not in prefilter.keywords(text):
        return False
    return _SPACED.search(text) is not None


def venue_names(text: str) -> list[Hit]:
    """NAME hits over a given name and a surname right before a venue word."""
    if not _may_hold_venue(text):
        return []  # most posts: no venue word
    hits: list[Hit] = []
    for m in _VENUE_NAME.finditer(text):
        given, last = m["given"], m["last"]
        if (
            given in GIVEN
            and last.lower() not in TOP
            and not last.isupper()
            and not is_eponymous_company(text, m.start(), m.end("last"))
            and not in_named_institution(text, m.start(), m.end("last"))
            and not namesake_place(text, m.start(), m.end("last"))  # "Sam Nujoma Stadium"
        ):
            hits.append(("NAME", m.start(), m.end("last")))
    return hits
