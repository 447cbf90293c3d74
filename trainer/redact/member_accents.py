"""A roster name written with a diacritic that no word spelled with those letters has
("Rosén" beside Swedish and German "rosen", "Ågren" beside "agren"): the marks are evidence
that the writer means the name, so it is read as a name no list holds as a word (tier 1 of
``member_given``), whatever the language. The word lists are folded when roster words are
matched, so without this check the name fell to the word's tier and needed a person cue.

Fail closed on the name: a spelling that a word list or a name-that-is-a-word list holds as
written ("Sé", "Mário" as listed) keeps its tier; plain-ASCII tokens are never read here.
"""

from __future__ import annotations

from trainer.redact.name_keys import fold
from trainer.redact.person_words import (
    COMMON,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    PLACE_SURNAMES,
    STREET_WORDS,
    TOP,
)

_LISTED_AS_WORDS = GIVEN_AMBIGUOUS | PLACE_SURNAMES | STREET_WORDS | NOT_SURNAME


def spelled_as_name(token: str) -> bool:
    """Whether the capitalised ``token`` carries a diacritic that no listed word spelled as
    written has (module doc)."""
    if token.isascii() or not token[:1].isupper():
        return False
    low = token.lower()
    if fold(low) == low or low in TOP or low in COMMON:
        return False
    return token not in _LISTED_AS_WORDS and token.title() not in _LISTED_AS_WORDS
