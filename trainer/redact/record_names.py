"""The names in a name value of a record, and when a generic person key holds no name.

A name value may list several people ("Wicklund, Ottilie; Jarrah Brackenbury", "Ana Vidal,
Rui Paz"): it is cut at ``;`` and conjunctions, and at commas between items of two words or
more ("Surname, Given" stays one name). A leading title stays outside the name, as the name
detectors write it ("Mr [NAME]", "Dr. [NAME]").

A generic person key ("Contact:", "Attendees:", "Name:") also labels teams, projects and
companies in forms and minutes ("Contact: Support Team", "Participants: Bluefield Logistics").
On a ``Key: value`` line such an item is no person when it holds an organisation word or a
company word (``companies.is_company_token``), or a lower-case word after a capitalised one
("Hunter Valley wines"); keys that name a part of a name ("Surname", "Nachname", "Apellidos")
and structured fields (CSV, JSON, vCard) are taken whole. A job title or team name written
with no person's name ("From: Release Manager", "Owner: Data Platform") names nobody either
(``record_roles``).
"""

from __future__ import annotations

import re

from trainer.redact.companies import is_company_token
from trainer.redact.folding import fold
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PARTICLE_SET,
    SURNAMES,
    TITLES,
)
from trainer.redact.record_roles import job_title

_ITEM_SEP = re.compile(r"\s*;\s*|\s+(?:and|und|et|y|e|en|&)\s+")
_WORD = re.compile(r"\S+")
# Units of an organisation in our seven languages (folded).
ORGANISATION_WORDS = frozenset(
    "team|teams|project|projects|support|department|dept|sales|marketing|finance|hr|it|legal|"
    "operations|ops|management|board|committee|office|group|staff|service|services|desk|"
    "helpdesk|admin|administration|accounts|accounting|billing|logistics|analytics|"
    "solutions|systems|partners|consulting|customer service|reception|security|facilities|"
    "abteilung|vertrieb|kundenservice|kundendienst|buchhaltung|verwaltung|einkauf|personal|"
    "equipe|direction|comptabilite|accueil|equipo|departamento|soporte|ventas|contabilidad|"
    "recepcion|squadra|ufficio|reparto|vendite|contabilita|assistenza|afdeling|verkoop|"
    "klantenservice|administratie|boekhouding|equipa|suporte|vendas|contabilidade|"
    "atendimento|receçao|rececao|empfang|inkoop|inkoper|invoicing|payroll|noreply|"
    "no reply|newsletter|info".split("|")
)


def name_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into the names it lists, each without a leading title."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for sep in [*_ITEM_SEP.finditer(text, start, end), None]:
        stop = end if sep is None else sep.start()
        pieces += _comma_items(text, pos, stop)
        if sep is not None:
            pos = sep.end()
    return [span for span in (_untitled(text, s, e) for s, e in pieces) if span[0] < span[1]]


def _comma_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, pos = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == ",":
            parts.append((pos, i))
            pos = i + 1
    if len(parts) > 1 and all(len(text[s:e].split()) >= 2 for s, e in parts):
        return [_strip(text, s, e) for s, e in parts]
    return [_strip(text, start, end)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,":
        start += 1
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end


def _untitled(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a leading title ("Mr", "Dr.", "Frau"): the name detectors leave titles."""
    m = _WORD.match(text, start, end)
    if m is not None and m.end() < end and m.group().rstrip(".") in TITLES:
        return _strip(text, m.end(), end)
    return start, end


def names_nobody(item: str) -> bool:
    """True when a value under a generic person key ("name", "host", "contact") is no
    person's name: technical (a token with "_", ".", "/", ":" or a lower-case hyphenated
    one: "nginx-deployment", "db.internal") whose parts spell no name, an organisation, or
    common words only with no listed given name or surname among them ("Widget")."""
    words = [w.strip(".,'’\"()") for w in item.split()]
    words = [w for w in words if w]
    if not words or organisation(item):
        return True
    for word in words:
        if any(c in word for c in "_/:") or "." in word.rstrip("."):
            return not _slug_names(word)
        if "-" in word and not all(part[:1].isupper() for part in word.split("-") if part):
            return not _slug_names(word)
    return all(
        w.lower() in COMMON
        and w.title() not in GIVEN
        and w.title() not in GIVEN_AMBIGUOUS
        and w.title() not in SURNAMES
        for w in words
        if w.lower() not in PARTICLE_SET
    )


_SLUG_PART = re.compile(r"[-_./:@\d]+|(?<=[a-z])(?=[A-Z])")


def _slug_names(word: str) -> bool:
    """A technical token that spells a person's name in its parts ("kasia-nowicka-laptop",
    "tomekDev"): a listed given name of four letters or more, or a surname of five or more,
    that is no dictionary word ("api", "redis", "main" are no evidence). Three-letter given
    names are left out ("tom-dev", "ola-api" stay: "dev", "api", "pg" are listed given names
    too), a documented residual."""
    for part in _SLUG_PART.split(word):
        lower = part.lower()
        if len(part) < 4 or lower in COMMON:
            continue
        title = lower.title()
        if title in GIVEN or len(part) >= 5 and title in SURNAMES:
            return True
    return False


def organisation(item: str) -> bool:
    """True when a list item under a person key names a team, unit or company, or is a job
    title written with no person's name ("Lead Researcher": ``record_roles.job_title``)."""
    words = item.split()
    capital_seen = False
    for word in words:
        bare = word.strip(".,'’\"()")
        if not bare:
            continue
        if fold(bare) in ORGANISATION_WORDS or is_company_token(bare):
            return True
        if bare[0].isupper():
            capital_seen = True
        elif capital_seen and bare.lower() not in PARTICLE_SET:
            return True  # "Hunter Valley wines": a name has no lower-case word after capitals
    return job_title(item)
