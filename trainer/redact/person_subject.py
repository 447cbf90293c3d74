"""A full name that opens a sentence as the subject of a clause written in lower case: "Hazel
Pascual ran the numbers", "Marte Dahl regnet på dette", "Mei Chong dari pihak vendor", "Iker
Gil, del lado del proveedor, se suma", "MARTE ERIKSEN regnet ...".

Every language we redact capitalises a name at the head of a sentence and leaves the verb or
preposition after it in lower case (German nouns aside: they are capitalised, so they never
look like the lower-case clause this rule asks for). A given name of the gazetteer, also one
that is a word ("Hazel", "Grace"), followed by a census surname that is no word, street word
or place there (or by a token spelt like a name that no list holds), then that clause, is a
person. Gate: the given-name keywords the prefilter found; a capital at a sentence start.
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.member_cues import sentence_start
from trainer.redact.person_alone import clause_follows
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    invented,
    is_surname,
)

_SECOND = re.compile(r"[ \t](?P<word>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)(?![\w'’@.-])")


def subject_names(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """Full names opening a sentence before a lower-case clause (see the module docstring);
    ``spans``: the given-name keywords."""
    hits: list[Hit] = []
    for start, end in spans:
        if start > 1 and text[start - 1] == " " and text[start - 2].isalnum():
            continue  # mid-sentence ("met Anna"): sentence_start's answer, without the call
        if not text[start].isupper() or not sentence_start(text, start):
            continue
        token = text[start:end]
        upper = token.isupper() and len(token) > 1
        title = token.title() if upper else token
        if title.lower() in TOP or title in STREET_WORDS:
            continue
        if title not in GIVEN and title not in GIVEN_AMBIGUOUS:
            continue
        m = _SECOND.match(text, end)
        if m is None or not _surname(m["word"], upper=upper):
            continue
        if title not in GIVEN and not _listed_surname(m["word"], upper=upper):
            continue  # "Meet Varnhagn tomorrow", "Zet Wiebke in de cc": a verb, then a name
        if not clause_follows(text, m.end()) or company_follows(text, m.end()):
            continue
        if is_eponymous_company(text, start, m.end()):
            continue
        hits.append(("NAME", start, m.end()))
    return hits


def _listed_surname(word: str, *, upper: bool) -> bool:
    """After a given name that is also a word: a census surname that is no given name."""
    title = word.title() if upper else word
    return title in SURNAMES and title not in GIVEN and title not in GIVEN_AMBIGUOUS


def _surname(word: str, *, upper: bool) -> bool:
    """A census surname that is no word, street word or place, or an invented token, cased
    like the given name before it."""
    if upper != (word.isupper()):
        return False
    title = word.title() if upper else word
    if not title[:1].isupper() or not title[1:].islower() and "-" not in title:
        return False
    low = title.lower()
    if low in TOP or low in COMMON and title not in SURNAMES:
        return False
    if title in SURNAME_WORDS or title in PLACE_SURNAMES or title in STREET_WORDS:
        return False
    if not is_surname(title) or is_company_token(title):
        return False
    return title in SURNAMES or invented(title)
