"""Inverted names, "Surname, Given" ("Lindqvist, Maren", "García López, María", "Castellano,
Priyanka"): the form of lists, programmes, badges and bylines. ``surname_comma`` finds one from
its given name; ``comma_surnames`` takes the surname into a name hit that another rule found
after "Capitalised, " ("Figueiredo, Raimundo Inscrições ..." where the given-name rule took
"Raimundo Inscrições").

A capitalised word before the comma is a surname unless it is a sentence word ("Danke, Anna",
"Also, Anna"), a greeting ("Congratulations, Anna"), an item of an enumeration ("Canada,
Germany, Anna") or a place: after a place preposition ("In Washington, Marisol said", "aus
Bern, Maria") or a listed city ("Paris, Anna").
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_before, company_near
from trainer.redact.folding import fold
from trainer.redact.hit_index import INDEX_MIN, SpanIndex
from trainer.redact.hits import Hit
from trainer.redact.person_caps_first import ACRONYMS
from trainer.redact.person_greetings import DAYTIME, GIVEN_NAME_GREETINGS, GREETINGS
from trainer.redact.person_words import (
    CAP,
    COMMON,
    FUNCTION_WORDS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PARTICLE_SET,
    PARTICLES,
    PLACE_SURNAMES,
    SURNAME_AFTER,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    WORD_BEFORE,
    derived_word,
    is_surname,
    patronymic,
    surname_like,
)
from trainer.redact.thing_heads import room_before_code

_SURNAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w@#.'’-])(?P<sur>(?:(?i:{PARTICLES})\s){{0,2}}{CAP}(?:[\s-]{CAP})?),\s$"
)
# A list of capitalised items is an enumeration, not "Surname, Given".
_ENUMERATION_AFTER = re.compile(rf"(?:,|\s(?:and|or|und|oder|et|ou|y|o|e|en|of))\s{CAP}")
_ENUMERATION_BEFORE = re.compile(r"(?P<item>[\w.)]+),\s$")  # "2024, Germany, India", "Canada, ..."
# Words that end a greeting, not a list item, before "Surname, Given": "Congratulations,
# Marcucci, Ilaria!", "Welkom in het team, Kuipers, Lotte!" (a lower-case word before the comma
# is no item of a capitalised list either).
# The shared list and times of day (person_greetings), not the greetings that are names too
# (but "Moin, ...", as before).
_GREETINGS = (GREETINGS | DAYTIME) - (GIVEN_NAME_GREETINGS - {"moin"})
# A word before "Surname, Given" that puts a place there ("in Paris, Anna", "aus Bern, Maria",
# "In Washington, Marisol said"); after any other word ("talk to Marshwick, Ximena", "comme dit
# souvent Montier, Ségolène") only a listed city is still a place.
_PLACE_WORDS_BEFORE = frozenset(
    "in im aus nach at en em no na nel nella a à au di da de bij uit naar te op near bei nahe "
    "vicino cerca perto près dans".split()
)


def _surname_word(word: str, *, relaxed: bool) -> bool:
    """``word`` can be (part of) the surname before the comma. A census surname that is no word
    in its own right counts even when some language has it as a word ("Russo", "Bakker");
    ``relaxed`` (the name after the comma is surely a given name) also admits census surnames
    that are words ("Castellano", "Washington"), but never a sentence word or a city."""
    low = word.lower()
    if low in PARTICLE_SET:
        return True
    if low in _GREETINGS or not is_surname(word):
        return False
    if surname_like(word) and (
        low not in COMMON or (word in SURNAMES and word not in SURNAME_WORDS)
    ):
        return True
    return relaxed and word in SURNAMES and low not in TOP and word not in PLACE_SURNAMES


def _cased(word: str) -> str:
    return word.capitalize() if word.isupper() and len(word) > 2 else word


def comma_surname_start(text: str, start: int, *, relaxed: bool) -> int | None:
    """Where the surname written before ``", "`` and ``start`` begins, or None when the
    capitalised words there are no surname (see the module docstring)."""
    m = _SURNAME_BEFORE_COMMA.search(text, max(0, start - 60), start)
    if m is None:
        return None
    if (item := _ENUMERATION_BEFORE.search(text, max(0, m.start() - 40), m.start())) and not (
        item.group("item")[0].islower() or item.group("item").lower() in _GREETINGS
    ):
        return None  # "Canada, Germany, France"
    if _acronym(m.group("sur")):
        return None  # "our MVP, Thandiwe", "the CEO, Maren": a role, not a surname
    begin = m.start()
    # "Dear WHITCOMBE, Marcus", "Frau KETTLITZ, Johanna": a surname in capitals reads as title case.
    words = [
        w.capitalize() if w.isupper() and len(w) > 2 else w
        for w in m.group("sur").replace("-", " ").split()
    ]
    # "Dear Whitcombe, Marcus": a greeting first; "Guten Morgen, Sanne!" then fails on "Morgen".
    # "Congrats Kettleby-Ward, Niamh": the word before a hyphenated surname is no part of it.
    raw = m.group("sur").split()
    if len(raw) == 2 and not _surname_word(_cased(raw[0]), relaxed=relaxed):
        begin = m.end("sur") - len(raw[1])  # "Ook Wijnaldum, Sanne": a sentence word first
        words = words[len(raw[0].split("-")) :]
    elif len(raw) == 1 and len(words) == 2 and not _surname_word(words[0], relaxed=relaxed):
        begin = m.end("sur") - len(words[1])
        words = words[1:]
    particle = any(w.lower() in PARTICLE_SET for w in words[:-1])  # "Ter Horst, Wietske"
    if not particle and not all(_surname_word(w, relaxed=relaxed) for w in words):
        return None  # "Morgen, Sanne", "Obrigado, João": a word, not a surname
    if not surname_like(words[-1]) and not relaxed:
        return None
    if before := WORD_BEFORE.search(text, max(0, begin - 20), begin):
        word = before.group("word")
        low = word.lower()
        # A surname in capitals ("loop in HAVERKAMP, Jeroen") is the administrative "SURNAME,
        # Given"; places are not written so in running text.
        caps = text[begin:start].rstrip(", ").replace("-", "").replace(" ", "").isupper()
        if low in TOP and not caps and (
            low in _PLACE_WORDS_BEFORE or (word.islower() and words[-1] in PLACE_SURNAMES)
        ):
            return None  # "in Paris, Anna", "In Washington, Marisol said"
    if company_before(text, begin):
        return None
    return begin


_VOWELS = frozenset("aeiouy")


def _acronym(surname: str) -> bool:
    """A surname whose last word, in capitals, is a listed acronym or has no vowel ("MVP",
    "our CEO"; "NG" is a surname)."""
    word = surname.split()[-1] if surname.strip() else ""
    return word.isupper() and (
        word in ACRONYMS or (len(word) > 2 and word.isalpha() and not set(fold(word)) & _VOWELS)
    )


def _sure_given(token: str) -> bool:
    return token in GIVEN and token not in GIVEN_AMBIGUOUS and token.lower() not in COMMON


def surname_comma(text: str, start: int, end: int) -> Hit | None:
    """ "Lindqvist, Maren", "García López, María": a surname-like token, a comma and a known
    given name that ends the name ("Berlin, Maria Lopez" is Maria Lopez; "In Paris, Anna" and
    "Danke, Anna" are not names)."""
    given = text[start:end]
    if given.lower() in TOP or given.isupper():
        return None  # "Danke, Anna", "CH, CY, CZ"
    if room_before_code(text, start, end):
        return None  # "Hospital Ramón y Cajal, Sala 0.03": a room of the building (thing_heads)
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha():
        return None  # "Dvořák, Ph.D.": a post-nominal degree's inner dots, no given name
    begin = comma_surname_start(text, start, relaxed=_sure_given(given))
    if begin is None:
        return None
    if _ENUMERATION_AFTER.match(text, end) and not (
        _sure_given(given) and _marked_surname(text[begin : start - 2])
    ):
        return None  # "German, Spanish and Italian"; not "KOVALENKO, Dimitri and Anna"
    stop = end
    after = SURNAME_AFTER.match(text, end)
    if (
        after
        and after.group("middle") is None
        and is_surname(after.group("last"))
        and not derived_word(after.group("last"))  # "Raimundo Inscrições abertas"
    ):
        if after.group("last") not in GIVEN:
            return None  # "Berlin, Maria Lopez": rule 1 takes "Maria Lopez"
        stop = after.end("last")  # "Lindqvist, Maren Sofie"
    if company_near(text, begin, stop):
        return None
    return ("NAME", begin, stop)


def _marked_surname(sur: str) -> bool:
    """A surname that its form marks as one: in capitals, after a particle ("Ó Dubhghaill"),
    or a Gaelic patronymic."""
    words = sur.split()
    return bool(words) and (
        sur.replace("-", "").replace(" ", "").isupper()
        or words[0] in PARTICLE_SET
        or patronymic(words[-1])
    )


_FIRST = re.compile(r"[^\W\d_]+")


def given_after_names(text: str, hits: list[Hit]) -> list[Hit]:
    """ "[Ní Bhraonáin], Ailbhe": the sure given name after a name hit and a comma is the
    given name of "Surname, Given" (or another person's: a name either way)."""
    out: list[Hit] = []
    for _, _, end in hits:
        if text.startswith(", ", end) and (m := _FIRST.match(text, end + 2)):
            word = m.group()
            if _sure_given(word) and word.lower() not in TOP and word[0].isupper():
                out.append(("NAME", end + 2, m.end()))
    return out


def comma_surnames(text: str, hits: list[Hit]) -> list[Hit]:
    """Each hit that opens with a given name right after "Capitalised, " takes that surname
    too ("Figueiredo, [Raimundo Inscrições]" -> "[Figueiredo, Raimundo Inscrições]")."""
    out = []
    for hit in hits:
        kind, start, end = hit
        if start >= 2 and text[start - 2 : start] == ", " and (m := _FIRST.match(text, start)):
            first = m.group()
            if (first in GIVEN or first in GIVEN_AMBIGUOUS) and not _ENUMERATION_AFTER.match(
                text, m.end()
            ):
                begin = comma_surname_start(text, start, relaxed=_sure_given(first))
                if begin is not None:
                    hit = (kind, begin, end)
        out.append(hit)
    return out


_LAST_WORD = re.compile(r"[^\W\d_][\w'’-]*$")


def _repeatable_surname(word: str) -> bool:
    return (
        len(word) > 2
        and word[0].isupper()
        and not word.isupper()
        and word.lower() not in TOP
        and word not in PLACE_SURNAMES
        and is_surname(word)
        and (surname_like(word) or word in SURNAMES)
    )


def _repeatable_given(word: str) -> bool:
    return (
        len(word) > 2
        and word in GIVEN
        and word not in GIVEN_AMBIGUOUS
        # "jane", "ana" are frequent words only as names: a plain given name repeats capitalised
        # unless it is a sentence word of some language
        and word.lower() not in TOP
        and word not in PLACE_SURNAMES
    )


_NOT_BEFORE = "@#.'’/-_"
_CAP_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")


_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
_OBJECTS = FUNCTION_WORDS | {"me", "us", "him", "her", "them", "it", "you", "up", "down", "off"}


def _object_follows(text: str, end: int) -> bool:
    """An article, a determiner or an object pronoun after the word: "Bill me", "Mark the"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group("word").lower() in _OBJECTS


def repeated_surnames(text: str, hits: list[Hit]) -> list[Hit]:
    """A post that names a person once usually names them again: once a full name is found
    ("Thiago Quintanilha", "Dr. Kennaway", "Hoogeveen, Pieter"), its surname written alone
    elsewhere in the post is the same person's in any case ("Quintanilha said",
    "quintanilha's slides", "QUINTANILHA") and with a genitive -s ("Hoogeveens voorstel",
    "Müllers Team"); its given name alone too when capitalised, a plain given name and no
    sentence word ("Priya will send", "Jane will call back"), unless an object follows a given
    name that is a word too ("Bill me later", "Mark the date": an imperative). Surnames that are
    sentence words or cities are left alone ("Anna Park ... the park"), given names that are
    words too ("Rose ... a rose")."""
    surnames: set[str] = set()
    givens: set[str] = set()
    for _, start, end in hits:
        span = text[start:end]
        words = span.split()
        if len(words) < 2:
            continue
        if "," in span:  # "Hoogeveen, Pieter"
            sur, _, given = span.partition(",")
            words = [*given.split(), *sur.split()]
            if not words or len(words) < 2:
                continue
        last = _LAST_WORD.search(words[-1])
        word = last.group() if last else ""
        if word.isupper() and len(word) > 2:
            word = word.capitalize()
        if _repeatable_surname(word):
            surnames.add(word)
        first = words[0].strip(",;:")
        first = first.capitalize() if first.isupper() else first
        if _repeatable_given(first):
            givens.add(first)
    if not surnames and not givens:
        return []
    # In code-point order, so the hits come out in the same order under every hash seed; a form
    # that is a surname in any spelling ("McKay" beside a given "Mckay") reads as one.
    lowered: dict[str, bool] = {}
    for w in sorted(surnames | givens):
        lowered[w.lower()] = lowered.get(w.lower(), False) or w in surnames
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): skip the rarity
        return []
    found: list[Hit] = []
    named = SpanIndex(hits) if len(hits) >= INDEX_MIN else None
    for form, is_sur in lowered.items():  # str.find per form: no regex to compile per post
        pos = folded.find(form)
        while pos != -1:
            stop = pos + len(form)
            genitive = is_sur and folded[stop : stop + 1] == "s"
            end = stop + 1 if genitive else stop
            base = text[pos:stop]
            if (
                (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in _NOT_BEFORE))
                and (end == len(text) or not (text[end].isalnum() or text[end] in "@_"))
                and not (base.islower() and (not is_sur or base in COMMON))  # "the baker"
                and not (not is_sur and _CAP_NEXT.match(text, end))  # "Chelsea FC"
                and not (not is_sur and form in COMMON and _object_follows(text, end))
                and not (named.contains(pos) if named else any(a <= pos < b for _, a, b in hits))
                and not company_near(text, pos, end)
            ):
                found.append(("NAME", pos, end))
            pos = folded.find(form, stop)
    return found
