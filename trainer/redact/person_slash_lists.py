"""Surnames joined by slashes after a cue that names people (review rev22 #20): "Tagging:
Okafor/Lindqvist/Ferreira", "cc Brandt/Nowak", "Reviewers: Hoffmann/Okafor".

A slash list is a list of anything ("Samsung/Sony/Xiaomi" and "Honda/Toyota" are spelt like
surnames and listed as such), so only a cue that names people makes its parts names: a tagging,
review or ownership label, a person cue ("cc", "thanks to") or a list-of-people label
("Attendees"), on the same line, shortly before the list. Then every part that is spelt like a
name (a listed surname or given name that is no sentence word and no surname-word such as
"Berlin" or "Mac", or a word no list holds) is redacted, the slashes stay; a part that is a
listed company ("Bosch") or a word keeps the whole list.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    invented,
)

_CUES = frozenset(
    """tagging|tagged|tag|tags|cc|bcc|ping|pinging|owner|owners|reviewer|reviewers|reviewed by|
    assignee|assignees|assigned to|authors|team|members|people|shoutout|shout out|thanks|
    thanks to|kudos to|congrats to|families|family|parents|couple""".replace("\n", "").split("|")
)
prefilter.register("slash_cue", {c.strip() for c in _CUES})
_RUN = re.compile(rf"(?<![\w/@.:#-]){CAP}(?:/{CAP}){{1,7}}(?![\w/@-])")
_REACH = 48  # characters after the cue that the list may start within


def slash_list_names(text: str, cues: list[tuple[int, int]]) -> list[Hit]:
    """NAME hits over the parts of each slash list of names that follows one of ``cues``."""
    hits: list[Hit] = []
    done = -1
    for _, end in sorted(cues):
        if end < done:
            continue
        stop = text.find("\n", end, end + _REACH)
        for m in _RUN.finditer(text, end, end + _REACH if stop < 0 else stop):
            parts = m.group().split("/")
            if not all(_name_part(p) for p in parts):
                continue
            pos = m.start()
            for part in parts:
                hits.append(("NAME", pos, pos + len(part)))
                pos += len(part) + 1
            done = m.end()
    return hits


def _name_part(part: str) -> bool:
    if not part[0].isupper() or (len(part) > 1 and part.isupper()) or part.lower() in TOP:
        return False
    if part in SURNAME_WORDS or is_eponymous_company(part, 0, len(part)):
        return False  # "Berlin/Paris", "Bosch/Siemens"
    if part in SURNAMES or part in GIVEN:
        return True
    return part.lower() not in COMMON and invented(part)
