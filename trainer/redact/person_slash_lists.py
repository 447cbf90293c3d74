"""Surnames joined by slashes after a cue that names people (review rev22 #20): "Tagging:
Okafor/Lindqvist/Ferreira", "cc Brandt/Nowak", "Reviewers: Hoffmann/Okafor".

A slash list is a list of anything ("Samsung/Sony/Xiaomi" and "Honda/Toyota" are spelt like
surnames and listed as such), so only a cue that names people makes its parts names: a tagging,
review or ownership label, a person cue ("cc", "thanks to") or a list-of-people label
("Attendees"), on the same line, shortly before the list. Then, when every part is a listed
given name or surname (no weekday, no listed company: "Bosch") and one of them is no word
("Okafor"; "Red/Blue/Green", "Alice/Bob" stay), every part is redacted, the slashes stay.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_calendar import CALENDAR
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
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
            if not all(_name_part(p) for p in parts) or not any(map(_sure_name, parts)):
                continue
            pos = m.start()
            for part in parts:
                hits.append(("NAME", pos, pos + len(part)))
                pos += len(part) + 1
            done = m.end()
    return hits


def _name_part(part: str) -> bool:
    """A part a name list holds, capitalised, no sentence word, weekday or listed company."""
    if not part[0].isupper() or not part[1:].islower() or part.lower() in TOP:
        return False  # "TCP/IP", "DevOps"
    if part in CALENDAR or is_eponymous_company(part, 0, len(part)):
        return False  # "Monday/Tuesday", "Bosch/Siemens"
    return part in GIVEN or part in GIVEN_AMBIGUOUS or part in SURNAMES


def _sure_name(part: str) -> bool:
    """A listed given name or surname that is no word ("Okafor", "Taylor"; not "Green")."""
    if part.lower() in COMMON:
        return False
    return part in GIVEN or (part in SURNAMES and part not in SURNAME_WORDS)
