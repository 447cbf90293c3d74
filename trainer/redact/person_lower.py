"""Word tests for names written in lower case: surname particles and elisions ("dalla torre",
"van den heuvel", "o'donovan") and whether a neighbour word is one of a language we redact
(the common-word list holds some frequent verbs only inflected). ``person_shapes.lower_name``
and ``person_tail`` use them.

The writer's own casing: in every language we redact written in the Latin, Greek or Cyrillic
script, proper names and sentence openings are capitalised together; a writer who opens each
sentence with a capital letter writes names with one too, so a lower-case pair in such a post
is a phrase ("Fajnie, ale drogo.", "Rado bih došla."), not a name, unless a cue stands before it
or the surname is a listed one (a slip of the shift key: "Dank an anke hoffmann"; see
``capitalised_writer``). Posts written all in lower case ("met maren lindqvist today. she
was great") open a sentence in lower case and keep the lower-case name rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact.person_cues import OBJECT_PHRASES
from trainer.redact.person_words import (
    COMMON,
    PARTICLES,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    TOP_NODICT,
    WORD_BEFORE,
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


# A sentence opening: the start of the post or of a line, or after a full stop, question or
# exclamation mark and a space; quotes, brackets and list marks before the first letter.
_OPENING = re.compile(r"(?:^|[.!?…]\s+|\n\s*)[\"'“”‘’«»(¿¡*•>\-–— \t]*(?P<letter>[^\W\d_])")


@lru_cache(maxsize=16)  # asked for each lower-case pair and title of a post: scanned once
def capitalised_writer(text: str) -> bool:
    """Every sentence opening of ``text`` that starts with a letter starts with a capital one,
    and there is at least one: the writer uses capitals, names included. An abbreviation's dot
    before a lower-case word ("e.g. the") counts as a lower-case opening: no guard (fail closed)."""
    seen = False
    for m in _OPENING.finditer(text):
        if m["letter"].islower():
            return False
        seen = seen or m["letter"].isupper()
    return seen


def cased_title(text: str, start: int) -> bool:
    """The honorific at ``start`` is capitalised ("Me", "Dr") in a post whose writer uses
    capitals (``capitalised_writer``): a name after it would be capitalised too. "mrs
    brandvold" in a post written in lower case keeps its name."""
    return (
        text[start].isupper() and text[start + 1 : start + 2].islower() and capitalised_writer(text)
    )


# A verb whose object is a person ("spoke to", "conocí a") right before a pair: a cue.
_OBJECT_BEFORE = re.compile(
    r"(?<![\w'’])(?i:"
    + "|".join(re.escape(p) for p in sorted(OBJECT_PHRASES, key=len, reverse=True))
    + r")\s$"
)


def object_verb_before(text: str, start: int) -> bool:
    """A verb whose object is a person ends right before ``start`` ("I spoke to ")."""
    return _OBJECT_BEFORE.search(text, max(0, start - 32), start) is not None


_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")
# Short words that show the language in strict mode: sentence words of every list (``TOP``,
# ``TOP_NODICT``), the one-letter prepositions and conjunctions of pl and cs ("z", "w", "i",
# "a", "v") and chat tokens. Not the two-letter function words of the languages with no
# dictionary ("og", "vi"): the mark of a clause in such a language ("Vi deler benzinen og").
_SHORT_WORDS = TOP | TOP_NODICT | set("zwiaouvks") | {"ok", "cc", "hi"}


def known_words_around(text: str, start: int, end: int, *, strict: bool = False) -> bool:
    """The words either side of a lower-case name are in a language we know ("maren lindqvist
    joined the team"); text in another language is a run of unknown words ("amet optio
    voluptas"), where a lower-case given name next to an unknown word means nothing.
    ``strict``: at least one such word must be there (punctuation on both sides is no evidence
    of the language), and a one- or two-letter one must be a sentence word (``_SHORT_WORDS``):
    the word lists hold short words of every kind ("og", "ve": abbreviations there, "and" in
    Danish and Turkish)."""
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    if strict and before is None and after is None:
        return False
    return all(
        m is None
        or (
            m.group("word").lower() in _SHORT_WORDS
            if strict and len(m.group("word")) < 3
            else inflected_word(m.group("word").lower())
        )
        for m in (before, after)
    )
