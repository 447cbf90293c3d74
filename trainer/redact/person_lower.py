"""Word tests for names written in lower case: surname particles and elisions ("dalla torre",
"van den heuvel", "o'donovan") and whether a neighbour word is one of a language we redact
(the common-word list holds some frequent verbs only inflected). ``person_shapes.lower_name``
and ``person_tail`` use them.

The writer's own casing: in every language we redact written in the Latin, Greek or Cyrillic
script, proper names and sentence openings are capitalised together; a writer who opens each
sentence with a capital letter writes names with one too, but slips happen. In such a post a
lower-case pair whose surname no list holds is a phrase only on evidence: its sentence is in a
language with no word list here ("Fajnie, ale drogo.", "Rado bih došla.") or its second word
is a word of ours, and no cue or name slot stands beside it ("My name is ...", "Best, ...",
"by ..."; see ``phrase_in_capitalised_post``). Posts written all in lower case ("met maren
lindqvist today. she was great") open a sentence in lower case and keep the lower-case name
rules.
"""

from __future__ import annotations

import re

from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.person_cues import OBJECT_PHRASES
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    PARTICLES,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    TOP_NODICT,
    WORD_BEFORE,
    invented,
    known_word,
)
from trainer.redact.sentence_window import sentence_start, sentence_stop

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


class WriterCasing:
    """``capitalised_writer`` of one post, computed at most once: ``find_people`` makes one per
    call and drops it on return (a cache that outlives the call would hold the raw post), so a
    post dense in lower-case pairs is scanned once, not once per pair."""

    __slots__ = ("_text", "_value")

    def __init__(self, text: str) -> None:
        self._text = text
        self._value: bool | None = None

    def __call__(self) -> bool:
        if self._value is None:
            self._value = capitalised_writer(self._text)
        return self._value


# Honorifics that are also sentence words at a sentence opening: Spanish, French, Italian and
# Portuguese "Me" ("Me avisan cuando ..."), Spanish "Dame" ("Dame el libro"), English "Miss"
# ("Miss you all"), Polish "Pani", "Pana", "Panu", "Panią" (the formal "you": "Pani wie").
_WORD_TITLES = frozenset("Me Dame Miss Pani Pana Panu Panią".split())
_LETTERS = re.compile(r"[^\W\d_]+")


def cased_title(text: str, start: int, word: str) -> bool:
    """The lower-case ``word`` after the capitalised honorific at ``start`` is no name, in a
    post whose writer uses capitals (``capitalised_writer``): the honorific is also a sentence
    word ("Me avisan", "Me cobran"), or ``word`` is a word of ours that no list holds as a
    surname or given name ("Dr said"). "Thanks. Mr smith will call", "Dr halvorsen" keep their
    names; "mrs brandvold" in a post written in lower case too."""
    if not (text[start].isupper() and text[start + 1 : start + 2].islower()):
        return False
    if _LETTERS.match(text, start).group() not in _WORD_TITLES and (
        word.title() in SURNAMES or word.title() in GIVEN or not _word_of_ours(word)
    ):
        return False
    return capitalised_writer(text)


# A verb whose object is a person ("spoke to", "conocí a") right before a pair: a cue.
_OBJECT_BEFORE = re.compile(
    r"(?<![\w'’])(?i:"
    + literal_alternation(OBJECT_PHRASES, blank=None)
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


# Where a person's name stands in the languages with a word list here, as lower_name's
# capitalised-writer guard reads them (not cues of the informal rules): a self-introduction
# ("my name is", "I am", "je suis"), a sign-off ("Best,", "Regards,", "Saludos,"), a
# preposition of company or authorship ("with", "by", "next to", "mit", "avec", "por").
_NAME_SLOT = re.compile(
    r"(?<![^\W\d_])(?i:name\sis|i\sam|i['’]m|je\ssuis|ich\sbin|ik\sben|soy|sou|sono|best|"
    r"regards|sincerely|yours|cordialement|amitiés|saludos|saludo|atentamente|grüße|groeten|"
    r"groet|saluti|cumprimentos|abraços|by|with|next\sto|alongside|mit|von|avec|par|con|por|"
    r"com|door)[,:]?\s+$"
)
# An appositive or a list around the pair: "The tutor, x y, was", "Tom, x y and Ana".
_COMMA_BEFORE = re.compile(r"[^\W\d_],[ \t]+$")
_LIST_AFTER = re.compile(r",|[ \t]+(?:and|und|et|y|e|en|&)[ \t]")


def name_slot(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` stands where a name does (``_NAME_SLOT``), or between
    commas or a comma and "and" (an appositive, a list)."""
    window = max(0, start - 24)
    if _NAME_SLOT.search(text, window, start):
        return True
    return bool(_COMMA_BEFORE.search(text, window, start) and _LIST_AFTER.match(text, end))


# Words of two letters or more; the two-letter ones are shared by too many languages ("je",
# "en") and count only as one of the pl sv fi tr sentence words ("är", "på", "że").
_SENTENCE_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…\n]")
_LETTER = re.compile(r"[^\W\d_]")


def _word_of_ours(word: str) -> bool:
    """A sentence word of en de fr es it pt nl: one of the most frequent, or (four letters or
    more: the lists hold short abbreviations of every kind) a listed word or its inflection;
    never one of the pl sv fi tr sentence words."""
    if word in TOP_NODICT:
        return False
    return word in TOP or (len(word) > 3 and inflected_word(word))


def sentence_of_ours(text: str, start: int, end: int) -> bool:
    """The sentence around ``text[start:end]`` is in a language with a word list here: two
    words of ours or more (``_word_of_ours``), three times as many as the other words or more
    ("Reminder that ... is on leave"). A sentence of pl hr sl hu sv is mostly words no list
    holds ("Hvaležna sem tej skupnosti"). A capitalised word inside the sentence is a name or
    a place (the lists hold many: "Petra", "Turk") and counts only when it is a sentence word;
    the sentence's first word counts as a lower-case one ("Fajnie, ...")."""
    left = sentence_start(text, start, ends=_SENTENCE_END, reach=200)
    right = sentence_stop(text, end, ends=_SENTENCE_END, reach=200)
    head = text[left:start]
    ours = other = 0
    for m in _SENTENCE_WORD.finditer(head + " " + text[end:right]):
        word = m.group()
        low = word.lower()
        opening = m.start() < len(head) and not _LETTER.search(head, 0, m.start())
        if len(word) == 2:
            other += low in TOP_NODICT
        elif word[0].islower() or opening:
            if _word_of_ours(low):
                ours += 1
            else:
                other += 1
        elif low in TOP and low not in TOP_NODICT:  # "... until Monday", "Petra Turk": neither
            ours += 1
    return ours >= max(2, 3 * other)


def phrase_in_capitalised_post(
    text: str, start: int, end: int, last: str, *, casing: WriterCasing | None = None
) -> bool:
    """An uncued lower-case pair ``text[start:end]`` whose surname ``last`` no list holds is a
    phrase in a post whose writer uses capitals (``capitalised_writer``) only on evidence: its
    second word is a word of ours (``_word_of_ours``) or its sentence is not in a language
    with a word list here ("Fajnie, ale drogo."). Never where a name stands (``name_slot``:
    "My name is ...", "Best, ...", "by ...", "The tutor, ..., was"); capitalised openings
    alone prove nothing: "Reminder that jana prokesovska is on leave" (fail closed).
    ``casing``: the post's ``WriterCasing``, when the caller asks about several pairs."""
    return (
        not name_slot(text, start, end)
        and (casing() if casing is not None else capitalised_writer(text))
        and (_word_of_ours(last) or not sentence_of_ours(text, start, end))
    )
