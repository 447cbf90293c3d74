"""Word tests for names written in lower case: surname particles and elisions ("dalla torre",
"van den heuvel", "o'donovan") and whether a neighbour word is one of a language we redact
(the common-word list holds some frequent verbs only inflected). ``person_shapes.lower_name``
and ``person_tail`` use them.
"""

from __future__ import annotations

import re

from trainer.redact.person_words import (
    COMMON,
    PARTICLES,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    invented,
    known_word,
)

# Lower-case surname particles and elisions ("dalla torre", "van den heuvel", "ó murchú",
# "o'donovan", "dall'olio"): Irish particles are capitalised when written with capitals.
LOWER_PARTICLES = rf"(?i:{PARTICLES})"
LOWER_ELIDED = r"(?:[od]|dell|dall)['’]"
_ELIDED_PREFIX = re.compile(LOWER_ELIDED)
# Particles that are no preposition of a sentence in the languages we redact (Romance "di",
# "da", "de la" and Dutch "van" are: "marco di sera", "anna van school").
_SURNAME_ONLY_PARTICLES = frozenset("ten ter te 't ’t von vom zu zum zur ó ní nic uí mac".split())


def particle_surname(word: str, particles: str = "", *, after_word: bool = False) -> bool:
    """The lower-case word after a surname particle ("groot" of "de groot", the stem of
    "o'donovan"): a surname when a surname list holds it and it is no word there, or (unless
    the name before the particle is a word too: "nace de conversaciones") when it is spelt like
    a name no list holds; after two particles ("van den heuvel") or one that is only ever a
    particle ("ten brink") also a listed surname that is a word. Never a sentence word no
    surname list holds ("di sera", "van school", "da lontano")."""
    if elided := _ELIDED_PREFIX.match(word):
        word = word[elided.end() :]
    if len(word) < 3:
        return False
    title = word.title()
    if (title in SURNAMES and title not in SURNAME_WORDS) or (invented(word) and not after_word):
        return True
    chain = particles.lower().split()
    return (
        title in SURNAMES
        and word not in TOP
        and (len(chain) > 1 or bool(chain) and chain[0] in _SURNAME_ONLY_PARTICLES)
    )


# The common-word list keeps the forms its dictionaries hold, so a frequent verb may be there
# only inflected ("recommended", not "recommend"; "validar", not "validad"): a neighbour counts
# when one of its regular inflections or its infinitive is listed.
_INFLECTIONS = ("ed", "d", "s", "es", "ing", "en", "e", "n")
_IMPERATIVES = (("ad", "ar"), ("ed", "er"), ("id", "ir"), ("ate", "are"), ("ete", "ere"))


def inflected_word(word: str) -> bool:
    """A word of a language we redact, or a regular inflection or imperative of one."""
    if known_word(word) or any(word + end in COMMON for end in _INFLECTIONS):
        return True
    return any(
        word.endswith(end) and word[: -len(end)] + infinitive in COMMON
        for end, infinitive in _IMPERATIVES
    )
