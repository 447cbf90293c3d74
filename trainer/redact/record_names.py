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
and structured fields (CSV, JSON, vCard) are taken whole.
"""

from __future__ import annotations

import re

from trainer.redact.companies import is_company_token
from trainer.redact.folding import fold
from trainer.redact.person_words import PARTICLE_SET, TITLES

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
    "atendimento|receçao|rececao".split("|")
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


def organisation(item: str) -> bool:
    """True when a list item under a generic person key names a team, unit or company."""
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
    return False
