"""Names anchored on a person cue the prefilter found: after a cue ("met Hendrik Castro",
"congrats to Ayla Kapoor"), after "with" ("Ho parlato con Telemaco Campano") and before a
person verb ("Rocco Santoro rejoint notre équipe"). ``people.find_people`` merges their hits.
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_follows
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.names import word_list
from trainer.redact.person_cues import NEUTRAL_BEFORE
from trainer.redact.person_office_words import office_word
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PARTICLES,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_WORDS,
    TOP,
    is_surname,
    surname_like,
)

_AFTER_CUE = re.compile(rf",?\s(?P<first>{CAP})\s(?:{PARTICLES}\s){{0,2}}(?P<last>{CAP})(?![\w@])")


_COMPANION_NAME = re.compile(
    rf"(?i:with|con|avec|com|met)\s(?P<first>{CAP})\s(?:{PARTICLES}\s){{0,2}}(?P<last>{CAP})"
    r"(?![\w@])"
)


def companion_surnames(text: str, companions: list[tuple[int, int]]) -> list[Hit]:
    """ "Ho parlato con Telemaco Campano": after "with" (in the languages we redact), a
    capitalised word that is no common word before a census surname that is no word."""
    hits: list[Hit] = []
    surnames = word_list("surnames.txt")
    for start, _ in companions:
        if (m := _COMPANION_NAME.match(text, start)) is None:
            continue
        first, last = m.group("first"), m.group("last")
        if (
            last in surnames
            and last not in SURNAME_WORDS
            and last not in PLACE_SURNAMES
            and first.lower() not in COMMON
            and last.lower() not in COMMON  # "with Johnson Controls": no word either
            and is_surname(first)
            and is_surname(last)
            and not company_follows(text, m.end())
        ):
            hits.append(("NAME", m.start("first"), m.end()))
    return hits


_LONE_AFTER_CUE = re.compile(rf"[,:]?\s(?P<last>{CAP})(?=['’]s?(?![\w@])|(?![\w@'’-]))")
_SPACES = re.compile(r"\s+")


def cued_lone_surnames(text: str, cues: list[tuple[int, int]]) -> list[Hit]:
    """ "Thanks to Kennaway for the help", "Grazie a Castellucci!", "thanks to Kennaway's
    help": after a cue said of people (not "together with"), a census surname written alone,
    also with a possessive, when it is no word, given name, place or company."""
    if not cues:
        return []
    hits: list[Hit] = []
    surnames = word_list("surnames.txt")
    for start, end in cues:
        if (m := _LONE_AFTER_CUE.match(text, end)) is None:
            continue
        last = m.group("last")
        if (
            last in surnames
            and last not in SURNAME_WORDS
            and last not in PLACE_SURNAMES
            and last not in GIVEN
            and last not in GIVEN_AMBIGUOUS
            and last.lower() not in COMMON
            and surname_like(last)
            and is_surname(last)
            and _SPACES.sub(" ", text[start:end].lower()) not in NEUTRAL_BEFORE
            and not company_follows(text, m.end())
            and not is_eponymous_company(text, m.start("last"), m.end())
        ):
            hits.append(("NAME", m.start("last"), m.end()))
    return hits


def cued_surnames(text: str, cues: list[tuple[int, int]]) -> list[Hit]:
    """ "met Hendrik Castro", "congrats to Ayla Kapoor": after a person cue, any capitalised
    word before a census surname is a first name, even one the gazetteer lacks."""
    hits: list[Hit] = []
    surnames = word_list("surnames.txt")
    for _, end in cues:
        m = _AFTER_CUE.match(text, end)
        last = m.group("last") if m else None
        if not m or last not in surnames or last in PLACE_SURNAMES or last in SURNAME_WORDS:
            continue
        first, last = m.group("first"), m.group("last")
        if first in STREET_WORDS or (
            (first.lower() in COMMON or office_word(first))
            and first not in GIVEN
            and first not in GIVEN_AMBIGUOUS
        ):
            continue  # "Félicitations à Air France", "grazie Servizi Generali": no first name
        if is_surname(first) and is_surname(last) and not company_follows(text, m.end()):
            hits.append(("NAME", m.start("first"), m.end()))
    return hits


_BEFORE_VERB = re.compile(
    rf"(?<![\w@#.'’-])(?P<first>{CAP})\s(?:{PARTICLES}\s){{0,2}}(?P<last>{CAP})\s$"
)


def names_before_verb(text: str, verbs: list[tuple[int, int]]) -> list[Hit]:
    """ "Rocco Santoro rejoint notre équipe", "Flora Bignami si è unita al team": before a
    person verb, a capitalised word and a census surname, or a given name (even one that is a
    word) and a surname-like token."""
    hits: list[Hit] = []
    surnames = word_list("surnames.txt")
    for start, _ in verbs:
        m = _BEFORE_VERB.search(text, max(0, start - 60), start + 1)
        if m is None:
            continue
        first, last = m.group("first"), m.group("last")
        if (
            first.lower() in TOP
            or last.lower() in TOP
            or not (is_surname(first) and is_surname(last))
        ):
            continue
        known = last in surnames and last not in SURNAME_WORDS and last not in PLACE_SURNAMES
        given = first in GIVEN or first in GIVEN_AMBIGUOUS
        if last in PLACE_SURNAMES or first in STREET_WORDS:
            continue  # "Ajax Amsterdam is nieuw", "Monte Carlo joins"
        if not (known or (given and (surname_like(last) or last in surnames))):
            continue
        if company_follows(text, m.end("last")):
            continue
        hits.append(("NAME", m.start("first"), m.end("last")))
    return hits
