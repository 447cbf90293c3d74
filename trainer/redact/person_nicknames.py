"""A nickname between a given name and a surname (review rev22 #19): "Oluwaseun (Seun)
Adeyemi", 'Thandiwe "Tandi" Nkosi', "Katarzyna „Kasia” Wróbel", "Robert ‘Bob’ Smith".

The three words are one person: a listed given name (or one no list holds), a capitalised word
in brackets or quotes, a surname (a listed one, even a word: "Wróbel"; or one no list holds).
Each of the three is redacted, the brackets and quotes stay ("[NAME] ([NAME]) [NAME]").
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_follows
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    invented,
)

# (opening, closing) marks around a nickname
_MARKS = (
    r"""\((?P<n1>{w})\)|"(?P<n2>{w})"|“(?P<n3>{w})”|„(?P<n4>{w})[“”]|'(?P<n5>{w})'|"""
    r"""‘(?P<n6>{w})’|«\s?(?P<n7>{w})\s?»"""
)
_NICK = rf"{CAP}(?:[ -]{CAP})?"
_NICKNAMED = re.compile(
    rf"(?P<given>{CAP})[ \t]+(?:{_MARKS.format(w=_NICK)})[ \t]+(?P<surname>{CAP}(?:-{CAP})?)"
    r"(?![\w@'’-])"
)
_GROUPS = tuple(f"n{i}" for i in range(1, 8))


def nicknamed_names(text: str, starts: list[tuple[int, int]]) -> list[Hit]:
    """NAME hits over the given name, the nickname and the surname of each "Given (Nick)
    Surname" whose given name starts at one of ``starts`` (given-name keyword spans)."""
    hits: list[Hit] = []
    for start, _ in starts:
        if not text[start].isupper() or (m := _NICKNAMED.match(text, start)) is None:
            continue  # most keywords are lower-case words
        if start and (text[start - 1].isalnum() or text[start - 1] in "@#.'’&-"):
            continue
        if not _given(m["given"]):
            continue
        # a given name that is also a word ("Apple (AAPL) Stock") needs a surname that is none
        if not _surname(m["surname"], word_ok=m["given"] not in GIVEN_AMBIGUOUS):
            continue
        if company_follows(text, m.end()):
            continue  # "Anna (Annie) Schmidt GmbH"
        nick = next(g for g in _GROUPS if m[g] is not None)
        if not (m["given"][0].isupper() and m[nick][0].isupper() and m["surname"][0].isupper()):
            continue  # Latin Extended-A in ``CAP`` holds lower-case letters too
        if m[nick].isupper():
            continue  # "(AAPL)", "(CEO)": an acronym, no nickname
        hits += [
            ("NAME", *m.span("given")),
            ("NAME", *m.span(nick)),
            ("NAME", *m.span("surname")),
        ]
    return hits


def _given(word: str) -> bool:
    if word.lower() in TOP:
        return False
    listed = word in GIVEN or word in GIVEN_AMBIGUOUS
    return listed or (word.lower() not in COMMON and invented(word))


def _surname(word: str, *, word_ok: bool) -> bool:
    """A surname: listed (even a word, "Wróbel", when ``word_ok``) or in no list."""
    first = word.split("-")[0]
    if first.lower() in TOP:
        return False
    if first in SURNAMES and (word_ok or first not in SURNAME_WORDS):
        return True
    return invented(first)
