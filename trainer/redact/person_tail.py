"""Where a name hit ends: a second census surname ("Julio César Arnaiz Prieto"), surname parts
joined by particles ("Ramos Le Moulin", "Weijters-van der Meulen") and a saint's abbreviation
completed by the surname after it ("Jacob St. Clair"). ``people.find_people`` extends every hit.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.names import word_list
from trainer.redact.person_lower import LOWER_ELIDED, LOWER_PARTICLES, particle_surname
from trainer.redact.person_words import (
    CAP,
    COMMON,
    PARTICLE_SET,
    PARTICLES,
    PLACE_SURNAMES,
    SURNAME_WORDS,
    TOP,
    UPPER,
    is_surname,
)

# A surname part joined by particles after a name: "Alain Lacroix de la Carlier", "Ian
# Weijters-van der Meulen", "Hamza van Gemert-de la Fleche", "Isaac Ramos Le Moulin".
_PARTICLE_TAIL = re.compile(rf"[-\s](?:(?i:{PARTICLES})[\s-]){{1,3}}(?P<cap>{CAP})(?![\w@])")
_AFTER_PARTICLE = re.compile(rf"\s(?P<cap>{CAP})(?![\w@])")

# "Jacob St. Clair", "B. St. John", "Ste. Marie": a saint's abbreviation ends a hit that the
# surname after it completes.
_SAINT_TAIL = re.compile(rf"\.[ \t]?(?P<cap>{CAP})(?![\w@])")
# Catalan double surnames joined by "i" ("Jordi Vila i Roca") and French elided particles
# written lower case ("Clémence d'Argenson", "Louis-Marie d’Estrées").
_JOINED_TAIL = re.compile(rf" (?:i (?P<cat>{CAP})|d['’](?P<elided>[{UPPER}][^\W\d_]+))(?![\w@])")


# "[chiara] dalla torre", "[seán] ó ceallaigh": a lower-case name found by a cue or a member
# rule, then a lower-case particle and a surname.
_LOWER_TAIL = re.compile(
    rf" (?P<particles>(?:{LOWER_PARTICLES} ){{1,3}})"
    rf"(?P<last>(?:{LOWER_ELIDED})?[a-zà-öø-ÿ][^\W\d_]+)(?![\w@]|\.\w)"
)


def with_particle_tail(text: str, hit: Hit) -> Hit:
    end = hit[2]
    if text[hit[1] : end].islower() and (m := _LOWER_TAIL.match(text, end)):
        if particle_surname(m.group("last"), m.group("particles")):
            return (hit[0], hit[1], m.end())
        return hit
    if (
        text[end : end + 1] == "."
        and text[end - 3 : end].endswith(("St", "Ste"))
        and text[hit[1] : end].rsplit(None, 1)[-1] in ("St", "Ste")
        and (m := _SAINT_TAIL.match(text, end))
        and is_surname(m.group("cap"))
    ):
        return (hit[0], hit[1], m.end())
    if text[end : end + 1] not in (" ", "-"):
        return hit  # most names end at punctuation or the end of the text
    if text[end + 1 : end + 2] in ("i", "d") and (m := _JOINED_TAIL.match(text, end)):
        if (cat := m.group("cat")) and cat in word_list("surnames.txt") and is_surname(cat):
            return (hit[0], hit[1], m.end())
        if (elided := m.group("elided")) and elided.lower() not in TOP and is_surname(elided):
            return (hit[0], hit[1], m.end())
    caps = text[hit[1] : end].isupper()  # "ROCÍO GOIBERRIA GARCÍA": compare title case

    def norm(token: str) -> str:
        return token.title() if caps and token.isupper() else token

    # "Julio César Arnaiz Prieto": a second census surname (Spanish and Portuguese names).
    # "Jonas Müllers Idee", "Anna Kettlitz' Team": after a genitive the noun it governs follows.
    if (
        (m := _AFTER_PARTICLE.match(text, end))
        and not (text[end - 1] in "s'’" and m.group("cap").lower() in COMMON)
        and _second_surname(norm(m.group("cap")))
    ):
        end = m.end()
    last = text[hit[1] : end].rsplit(None, 1)[-1]
    if last.lower() in PARTICLE_SET and (m := _AFTER_PARTICLE.match(text, end)):
        if m.group("cap").lower() not in TOP and is_surname(norm(m.group("cap"))):
            end = m.end()  # "Ramos Le" + "Moulin"
    while (m := _PARTICLE_TAIL.match(text, end)) and (
        m.group("cap").lower() not in TOP and is_surname(norm(m.group("cap")))
    ):
        end = m.end()
    return hit if end == hit[2] else (hit[0], hit[1], end)


def _second_surname(token: str) -> bool:
    return (
        token in word_list("surnames.txt")
        and token not in SURNAME_WORDS
        and token not in PLACE_SURNAMES
        and token.lower() not in TOP
        and is_surname(token)
    )
