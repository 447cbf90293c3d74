"""A member's surname with a forename the roster and the short-form table lack: "Tizzy Brennan",
"Mags Okoro" for a roster's Tiziana Brennan, Magdalena Okoro.
Fail closed: the capitalised word right before a member's surname written alone is part of
the name when no word list holds it and it opens no business, place or title ("Thanks Okoro",
"Dr Okoro", "Praxis Okoro", German "Guten Tag Okoro" keep their first word). A short form that
is a word ("Con", "Kit") counts only through the table of ``member_nicknames``.
"""

from __future__ import annotations

import re

from trainer.redact.companies import opens_company
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.member_cue_words import CUE_WORDS, ROLE_WORDS
from trainer.redact.member_titles import WRITTEN_OUT
from trainer.redact.person_words import (
    COMMON,
    FUNCTION_WORDS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    STREET_WORDS,
    SURNAMES,
    TITLES,
    TOP,
    TOP_NODICT,
)

# Greetings and thanks that no name list holds ("Kiitos", "Dziękuję"); a cue word that is also a
# listed name ("Bel", "Selam", "Tack") may still be a forename (fail closed).
_LISTED = GIVEN | GIVEN_AMBIGUOUS | SURNAMES
_CUES_NO_NAME = frozenset(w for w in CUE_WORDS if w.capitalize() not in _LISTED)
del _LISTED
_WORD_BEFORE = re.compile(r"(?<![\w@#.'’-])(?P<word>[^\W\d_]{2,})[ \t]$")


def forenames_before(text: str, hits: list[Hit], surnames: frozenset[str]) -> list[Hit]:
    """Member hits on a surname alone, grown over the forename right before it."""
    grown: list[Hit] = []
    for kind, start, end in hits:
        m = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if m and fold(text[start:end]) in surnames and _forename(text, m):
            start = m.start()
        grown.append((kind, start, end))
    return grown


def _forename(text: str, m: re.Match[str]) -> bool:
    """A capitalised word that no word list holds and that opens no business, place or title
    ("Tizzy", "Mags"; not "Casa", "Praxis", "Pr", "Tag"), nor a greeting or thanks of any of
    our languages ("Kiitos", "Dziękuję": review R20)."""
    word = m.group("word")
    if not (word[0].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    return not (
        low in COMMON
        or low in TOP
        or low in TOP_NODICT
        or low in _CUES_NO_NAME
        or low in FUNCTION_WORDS
        or low in ROLE_WORDS  # "Vermieterin X", "Pfarrer X": a role, no forename
        or low in WRITTEN_OUT  # "Senyora X", "Zonja X"
        or word in NOT_SURNAME
        or word in TITLES
        or word in STREET_WORDS
        or opens_company(word)
    )
