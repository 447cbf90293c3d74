"""A given name joined to a person by a coordinating conjunction: "Marta Kowalczyk i Piotr",
"Piotr and Dr Lindqvist", "Maren und Sofie Brandvold", "Linda und Horst Baumgartner"; the
first surname of Spanish index order, "García y Pérez, María del Carmen".

Every language coordinates people with "and"; when one side is a name the other rules found,
the other side is a person too if it is a well-attested given name written alone
(``person_alone.attested_given``: capitalised, in some country's top 2000, no sentence word, no
listed town). The conjunctions are those of the languages we redact: en de fr it es pt nl pl
cs sv da nb fi tr ro ms ("and", "und", "et", "e", "y", "en", "i", "oraz", "a", "och", "og",
"ja", "ve", "și", "dan", "&"). Joined to a place preposition's object by accident ("Anna i
Lund"), a listed town stays. A longer proper noun ("Anna and Hyde Park"), a company after it
("Ben & Jerry's" is listed) or a possessive keep the word.
"""

from __future__ import annotations

import re

from trainer.redact.address_towns import postal_towns
from trainer.redact.companies import company_follows
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_alone import attested_given
from trainer.redact.person_calendar import CALENDAR
from trainer.redact.person_hashtags import GREETING_CUES
from trainer.redact.person_words import (
    AND_WORDS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    invented,
)

_CONJUNCTIONS = "|".join(re.escape(w) for w in sorted(AND_WORDS | {"oraz", "a", "&"}))
_NAME = rf"[{UPPER}][^\W\d_]+"
_JOINED_AFTER = re.compile(rf"[ \t]+(?:{_CONJUNCTIONS})[ \t]+(?P<name>{_NAME})(?![\w@'’-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w@#.'’&-])(?P<name>{_NAME})[ \t]+(?:{_CONJUNCTIONS})[ \t]+$")
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{UPPER}]")
# "Linda und Horst Baumgartner": a given name, a conjunction (Vietnamese "và" too; not "a",
# a preposition of es pt it fr as often: "Bienvenida a Julio César Arnaiz"), a given name and
# a surname; no capitalised word before it ("Santa Clara and Easter Monday").
_COUPLE_AND = "|".join(re.escape(w) for w in sorted(AND_WORDS | {"oraz", "&", "và"}))
_CAPITAL_BEFORE = re.compile(rf"[{UPPER}][^\W\d_]*[ \t]$")
_COUPLE = re.compile(
    rf"(?P<first>{_NAME})[ \t]+(?:{_COUPLE_AND})[ \t]+(?P<given>{_NAME})[ \t]+"
    rf"(?P<surname>{_NAME}(?:-{_NAME})?)(?![\w@'’-])"
)


def joined_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Given names alone joined by a conjunction to a NAME hit, before or after it."""
    found: list[Hit] = []
    for kind, start, end in hits:
        if kind != "NAME":
            continue
        m = _JOINED_AFTER.match(text, end)
        if m is not None and _alone_name(text, m.start("name"), m.end("name")):
            if not is_eponymous_company(text, start, m.end("name")):
                found.append(("NAME", m.start("name"), m.end("name")))
        m = _JOINED_BEFORE.search(text, max(0, start - 40), start)
        if m is not None and (
            _alone_name(text, m.start("name"), m.end("name"), before=True)
            or (" " in text[start:end] and _couple_given(text, m.start("name"), m.end("name")))
            or (_index_order(text, start, end) and _surname(m["name"]))
        ):
            if not is_eponymous_company(text, m.start("name"), end):
                found.append(("NAME", m.start("name"), m.end("name")))
    return found


def _alone_name(text: str, start: int, end: int, *, before: bool = False) -> bool:
    """``text[start:end]`` is an attested given name standing alone (no capitalised word right
    after it, no company after it, no possessive)."""
    if not attested_given(text[start:end]):
        return False
    if not before and (
        _CAPITAL_NEXT.match(text, end)
        or text.startswith(("'s", "’s"), end)
        or company_follows(text, end)
    ):
        return False
    return True


def _couple_given(text: str, start: int, end: int) -> bool:
    """Before a full name ("Linda und Horst Baumgartner", a couple sharing the surname), a
    listed given name that is also a word ("Linda", Spanish "pretty"; "Gloria") is a person
    too: no sentence word, no listed town."""
    token = text[start:end]
    if len(token) < 3 or not token.istitle() or token.lower() in TOP:
        return False
    if token.lower() in GREETING_CUES:
        return False  # "Bienvenida y ...", "Welcome and ..."
    return (token in GIVEN or token in GIVEN_AMBIGUOUS) and token.lower() not in postal_towns()


def couple_names(text: str, starts: list[tuple[int, int]]) -> list[Hit]:
    """"Linda und Horst Baumgartner", "Gloria y Carlos Ortega": two listed given names (word
    ones too) joined by a conjunction, the second before a surname (a listed one that is no
    word, or one no list holds), are two people. ``starts``: given-name keyword spans."""
    hits: list[Hit] = []
    for start, _ in starts:
        if not text[start].isupper() or (m := _COUPLE.match(text, start)) is None:
            continue  # most keywords are lower-case words
        if start and (text[start - 1].isalnum() or text[start - 1] in "@#.'’&-"):
            continue
        if _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Santa Clara and Easter Monday", "Final Cut Pro and ...": a longer noun
        if not _couple_given(text, *m.span("first")):
            continue
        if not _couple_given(text, *m.span("given")):
            continue
        surname = m["surname"]
        if not surname[0].isupper() or surname.lower() in TOP or surname in CALENDAR or not (
            (surname in SURNAMES and surname not in SURNAME_WORDS) or invented(surname)
        ):
            continue
        if company_follows(text, m.end()) or is_eponymous_company(text, m.start("given"), m.end()):
            continue
        hits += [("NAME", *m.span("first")), ("NAME", m.start("given"), m.end())]
    return hits


_FIRST_WORD_COMMA = re.compile(r"[^\W\d_][\w'’-]*, ")


def _index_order(text: str, start: int, end: int) -> bool:
    """A hit in index order, "Pérez, María del Carmen": its first word, then a comma."""
    m = _FIRST_WORD_COMMA.match(text, start, end)
    return m is not None and m.end() < end


def _surname(word: str) -> bool:
    """The first of two surnames in Spanish index order ("García y Pérez, María"): a listed
    surname that is no surname-word ("Berlin") or sentence word, or a word no list holds."""
    if not word.istitle() or word.lower() in TOP:
        return False
    return (word in SURNAMES and word not in SURNAME_WORDS) or invented(word)
