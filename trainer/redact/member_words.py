"""The folded word keys the member rules test a roster name against, built once per process
and shared (``member_given`` tiers a name by them, ``member_inflections`` drops a declined
form that spells one), and ``word_key``, the one way those rules write a folded token as a
keyword key (as the prefilter writes keywords: runs of other characters become one space).
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact.address_towns import postal_towns
from trainer.redact.member_lists import word_list
from trainer.redact.name_keys import fold
from trainer.redact.person_greetings import MEMBER_GREETINGS
from trainer.redact.person_words import (
    COMMON,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    NOT_SURNAME,
    PLACE_SURNAMES,
    STREET_WORDS,
    TOP,
)

_NOT_ALNUM = re.compile(r"[\W_]+")

# Greetings and sign-offs that are also given names somewhere ("Hallo", "Olá"): the shared
# list's, folded (person_greetings).
GREETINGS = MEMBER_GREETINGS


def word_key(folded: str) -> str:
    """A folded token as a keyword key ("jean-pierre" -> "jean pierre")."""
    return " ".join(_NOT_ALNUM.sub(" ", folded).split())


@cache
def word_keys() -> frozenset[str]:
    """Tier 3: given names that are words, places or street words, folded."""
    lists = GIVEN_AMBIGUOUS | PLACE_SURNAMES | STREET_WORDS | NOT_SURNAME | HONORIFIC_SET
    words = {word_key(fold(w)) for w in lists}
    return frozenset(words | {word_key(fold(w)) for w in TOP} | GREETINGS)


@cache
def common_keys() -> frozenset[str]:
    """The frequent words of each language (``common_words.txt``), folded."""
    return frozenset(word_key(fold(w)) for w in COMMON)


@cache
def top_keys() -> frozenset[str]:
    """The most frequent words of each language, folded: never a name in lower case."""
    return frozenset(word_key(fold(w)) for w in TOP)


def is_word(key: str) -> bool:
    """Whether a folded key is a word of some list ("marks", "roses", "parks")."""
    return key in word_keys() or key in common_keys() or key in top_keys()


@cache
def _proper_keys() -> frozenset[str]:
    return word_list("member_proper_names.txt") - postal_towns().keys()


def proper_name(key: str) -> bool:
    """Whether a folded key is a frequent word only as a name: ``common_words.txt`` holds it,
    no dictionary writes it in lower case (``member_proper_names.txt``, built by
    ``member_build_words``) and it names no listed town ("teresa", "joshi", "cabrera")."""
    return key in _proper_keys()
