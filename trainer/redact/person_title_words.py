"""Honorifics that are everyday words of another language we redact, in lower case.

Pattern (general knowledge of the languages): the Malay and Indonesian titles "cik" (Miss)
and "pak" (Sir, from "bapak") are also Latvian "cik" (how many: "cik daudz", "cik ilgi") and
Czech and Slovak "pak" (then: "pak jsme šli"). Malay and Indonesian are written in plain Latin
letters; Latvian and Czech texts carry letters those alphabets lack (ā ē ī ū ļ ņ ķ ģ; ě ř ů
ď ť ň). So in a post written with such letters, a lower-case "cik"/"pak" before a lower-case
word that no name list holds opens a phrase, not a name.

Fail closed: a capitalised title ("Cik Daudz", "Pak Wiryawan"), a listed given name or surname
after it ("pak budi"), or a post in plain Latin letters ("terima kasih cik zulkarnaini") keeps
the honorific rule as it was.
"""

from __future__ import annotations

import re

from trainer.redact.person_words import GIVEN, SURNAMES

_WORD_TITLES = ("cik ", "pak ")
_CS_LV_LETTER = re.compile("[ěřůďťňāēīūļņķģĚŘŮĎŤŇĀĒĪŪĻŅĶĢ]")


def title_is_word(text: str, start: int, name: str) -> bool:
    """The honorific at ``start`` is the Latvian or Czech word, not a title, before ``name``."""
    if text[start : start + 4] not in _WORD_TITLES or not name.islower():
        return False
    if name.title() in GIVEN or name.title() in SURNAMES:
        return False
    return _CS_LV_LETTER.search(text) is not None
