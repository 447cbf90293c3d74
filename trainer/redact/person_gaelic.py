"""Irish and Scottish Gaelic surnames by their particle: "Ó Floinn", "Ní Mhaolagáin", "Nic
Giolla Easpaig", "Mac Diarmada", "Uí Bhriain", "Mhic Ruairí". Irish writes a married or
unmarried woman's surname with "Ní", "Nic", "Uí" or "Mhic" before a lenited stem (an "h" after
its first consonant), a man's with "Ó" or "Mac"; the form is a surname wherever it stands,
alone ("Dear Ó Floinn,", "Mac Diarmada's checklist") or after a given name. Written without
the fada ("Niall O Floinn"), the bare "O" is a particle only right after a name hit.

The stem must be spelt like a name no word list holds, or be a census surname that is no
word ("Mac Mini", "Mac Pro" stay: Apple's products).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    CAP,
    COMMON,
    NOT_SURNAME,
    SURNAME_WORDS,
    SURNAMES,
    invented,
)

_PARTICLE = re.compile(
    rf"(?<![\w@#.'’-])(?P<particle>Ó|Ní|Nic|Uí|Mhic|Mac|Ua)[ \t](?P<stem>{CAP})"
    rf"(?:[ \t](?P<second>{CAP}))?(?![\w@])"
)
_LENITING = frozenset({"Ní", "Nic", "Uí", "Mhic"})
_GATE = ("Ó ", "Ní ", "Nic ", "Uí ", "Mhic ", "Mac ", "Ua ")
# _PARTICLE needs its particle as a whole word ("Ó" is the keyword "o"): without the keyword
# it cannot match, and the substring tests are skipped (speed).
prefilter.register("gaelic_particle", {g.strip() for g in _GATE})


def _stem(word: str) -> bool:
    return word not in NOT_SURNAME and (
        invented(word) or (word in SURNAMES and word not in SURNAME_WORDS)
    )


def _lenited(word: str) -> bool:
    """ "Mhaolagáin", "Bhriain": an "h" after the first consonant (vowels take no lenition)."""
    return word[0] in "AEIOUÁÉÍÓÚ" or (len(word) > 2 and word[1] == "h")


def gaelic_surnames(text: str) -> list[Hit]:
    """NAME hits for surnames that a Gaelic particle opens (see the module docstring)."""
    hits: list[Hit] = []
    if "gaelic_particle" not in prefilter.keywords(text) or not any(g in text for g in _GATE):
        return hits
    for m in _PARTICLE.finditer(text):
        particle, stem = m.group("particle"), m.group("stem")
        if particle in _LENITING and not _lenited(stem):
            continue
        if not _stem(stem) or (particle in ("Mac", "Ua") and stem.lower() in COMMON):
            continue
        end = m.end("stem")
        # "Nic Giolla Easpaig", "Mac Giolla Phádraig": a second stem completes the surname.
        if (second := m.group("second")) and invented(second):
            end = m.end("second")
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2  # CAP reads "Diarmada's" as one word: the possessive is no part of it
        hits.append(("NAME", m.start(), end))
    return hits


_BARE_O = re.compile(rf"[ \t]O[ \t](?P<stem>{CAP})(?![\w@])")


def bare_o_tail(text: str, hit: Hit) -> Hit:
    """ "[Niall] O Floinn": the fada-less "O" and an invented stem after a name hit."""
    m = _BARE_O.match(text, hit[2])
    if m is not None and invented(m.group("stem")) and m.group("stem") not in NOT_SURNAME:
        return (hit[0], hit[1], m.end())
    return hit
