"""Tests on one candidate name that ``people.find_people`` asks as it decides: cue words
before a name, list lines, the all-caps forms, particles, and the openers that make a place or
a business of a name ("São José dos Campos", "Studio Lucia Ferrandino").
"""

from __future__ import annotations

import re

from trainer.redact.companies import (
    BELGIAN_HOSPITALS,
    company_after,
    company_before,
    company_follows,
    is_company_token,
    is_legal_form,
    opens_company,
)
from trainer.redact.hits import Hit
from trainer.redact.lookalike_places import opens_place, place_before
from trainer.redact.name_business import business_name
from trainer.redact.names import word_list
from trainer.redact.person_cues import cue_after
from trainer.redact.person_shapes import lower_name
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    PARTICLE_SET,
    PARTICLES,
    TOP,
    UPPER,
    invented,
    is_surname,
)

PERSON_CUE = re.compile(
    r"(?i:thanks|thank\syou|thx|kudos\sto|shout-?out\sto|congrats|congratulations|props\sto|"
    r"h/t|hat\stip\sto|cc|hi|hey|hello|dear|welcome|met|meet|ask|asked|told|ping|pinged|"
    r"interviewed|hired|mentored|introduced\sme\sto|i'm|i\sam|this\sis|ft\.?|feat\.?)"
    r",?\s(?:to\s)?$"
)
# An all-caps given name, particles and an all-caps surname: the particle makes it one.
CAPS_PARTICLE = re.compile(
    rf"\s(?:(?i:{PARTICLES})\s){{1,3}}(?P<last>[{UPPER}]{{2,}}(?:['’-][{UPPER}]+)?)(?![\w@])"
)


def word_given_before_verb(text: str, start: int, end: int, found: dict) -> Hit | None:
    """ "hunter kettleworth and i presented", "summer ashgrove joined the team": a lower-case
    given name that is also a word, a census surname that is no word, then a person verb."""
    token = text[start:end]
    if token.title() not in GIVEN_AMBIGUOUS:
        return None
    hit = lower_name(text, start, end, token, cued_at=frozenset(), word_given=True)
    if hit is None or not cue_after(text, hit[2], found):
        return None
    last = text[hit[1] : hit[2]].split()[-1]
    return None if last in COMMON else hit


# A line that holds only a name, after a list marker or none: programmes, panels, signatures
# ("- Lotte Dommeldijk (moderator)", "1. Benoît Lareuil", "--\nSienna Kingsford | Consultant").
_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·>]|\d{1,2}[.)])?[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:$|\n|[(|–—·,:]|-\s)")


def list_item(text: str, start: int, end: int) -> bool:
    return (
        _ITEM_BEFORE.search(text, max(0, start - 8), start) is not None
        and _ITEM_AFTER.match(text, end) is not None
    )


_FIRST_WORD = re.compile(r"\s*\S+")


def opens_with_given(text: str, start: int) -> bool:
    """The hit starting at ``start`` opens with a given name that is not also a word ("Paul" of
    "Paul Smith"; not "Casas" of "Casas Bahia", "Hunter" of "Hunter Douglas")."""
    first = _FIRST_WORD.match(text, start)
    return first is not None and first.group().lstrip().rstrip(",.;:!?") in GIVEN


# A saint's or a place word before a name makes a place of it: "São José dos Campos", "Santa
# Cruz de Tenerife", "San José", "Porto Alegre", "Sankt Peter".
PLACE_OPENER = re.compile(
    r"(?:^|[\s(])(?:São|Sao|San|Santa|Santo|Saint|Sainte|Sankt|St\.?|Ste\.?|Vila|Villa|Porto|"
    r"Puerto|Rio|Río|Monte|Mount|Fort|Cape)\s$"
)


def opens_with_company(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    return (
        opens_company(words[0])
        or company_before(text, start)
        or business_name(text, start, end)  # "Hundesalon Wuschelkopf" (name_business)
        or is_legal_form(words[-1])  # "Barros Ltda": a list's junk surname "Ltda"
        # a hit that took the place noun opening the name with it ("Gimnazija Ivana ...")
        or (len(words) > 1 and opens_place(words[0]) and place_before(text, _second(text, start)))
        # "bij [AZ Jan Verhoeven]": a Belgian hospital when a Dutch word leads to it (companies)
        or (
            len(words) > 1
            and words[0] in BELGIAN_HOSPITALS
            and company_before(text, _second(text, start))
        )
    )


def _second(text: str, start: int) -> int:
    """Where the second word of the hit at ``start`` begins."""
    space = start
    while not text[space].isspace():
        space += 1
    while text[space].isspace():
        space += 1
    return space


def all_caps_name(text: str, token: str, after: re.Match[str] | None) -> int | None:
    """End of "JOHN SMITH": an all-caps given name before an all-caps census surname, or after
    a person cue ("thanks MARIA LOPEZ")."""
    last = after.group("last") if after else None
    if not (last and last.isupper() and after.group("middle") is None):
        return None
    if last.title() in NOT_SURNAME:
        return None
    start = after.start() - len(token)
    if token.lower() in TOP or last.lower() in TOP or company_after(text, after.end("last")):
        return None  # "ANNA SAID", "MAREN LINDQVIST GMBH"
    cue = PERSON_CUE.search(text, max(0, start - 24), start)
    # A known surname, or one that is no common word ("MAREN LINDQVIST", invented surnames).
    if last.title() in word_list("surnames.txt") or cue or invented(last):
        return after.end("last")
    return None


_PAIR_AT = re.compile(rf"(?P<first>{CAP})\s(?P<last>{CAP})(?![\w@])")


def person_at(text: str, pos: int) -> bool:
    """A known given name and a capitalised non-company word start at ``pos``."""
    m = _PAIR_AT.match(text, pos)
    return (
        m is not None
        and (m.group("first") in GIVEN or m.group("first") in GIVEN_AMBIGUOUS)
        and is_surname(m.group("last"))
        and not is_company_token(m.group("last"))
        and not company_follows(text, m.end())
    )


def is_surname_middle(after: re.Match[str]) -> bool:
    middle = after.group("middle")
    return middle is None or middle.endswith(".") or is_surname(middle)


def after_particle(text: str, after: re.Match[str]) -> bool:
    """ "Mirte van Dommelen": a particle before the surname makes even a word one."""
    words = text[after.start() : after.start("last")].split()
    return bool(words) and words[-1] in PARTICLE_SET


# Words that put a person after them ("thanks to Till Reinholz", "Merci à Amandine
# Roquefeuil", "mit Till Reinholz"): an ambiguous given name there counts before a surname no
# list holds ("Excited about Bayern Munich", "Will Terraform ...?", "flew to Sri Lanka" are
# kept: a bare "to", "a", "from" puts places there as often as people).
PERSON_PREPOSITION = re.compile(
    r"(?:^|\s)(?:thanks(?:\sto)?|thank\syou|grazie(?:\sa)?|merci(?:\sà)?|dank(?:e)?(?:\san)?|"
    r"gracias(?:\sa)?|obrigad[oa](?:\sao?)?|bedankt(?:\saan)?|with|mit|con|avec|met|com|by|"
    r"recommend|alongside)\s$",
    re.IGNORECASE,
)
