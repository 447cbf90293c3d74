"""A given name joined to a person by a coordinating conjunction: "Marta Kowalczyk i Piotr",
"Piotr and Dr Lindqvist", "Maren und Sofie Brandvold".

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

from trainer.redact.companies import company_follows
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_alone import attested_given
from trainer.redact.person_words import AND_WORDS, UPPER

_CONJUNCTIONS = "|".join(re.escape(w) for w in sorted(AND_WORDS | {"oraz", "a", "&"}))
_NAME = rf"[{UPPER}][^\W\d_]+"
_JOINED_AFTER = re.compile(rf"[ \t]+(?:{_CONJUNCTIONS})[ \t]+(?P<name>{_NAME})(?![\w@'’-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w@#.'’&-])(?P<name>{_NAME})[ \t]+(?:{_CONJUNCTIONS})[ \t]+$")
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{UPPER}]")


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
        if m is not None and _alone_name(text, m.start("name"), m.end("name"), before=True):
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
