"""Street lines named by a lead phrase instead of a type word, with the house number before or
after: POST Luxembourg's number-first lines with Luxembourgish and German prepositional names
("26, Am Bongert, Mersch", "12, Op der Bleech\\nL-9999 Wuelessen", "7, Um Knapp, Hosingen"), and
the industrial and business zones that the Romance posts address like streets (CTT's "Zona
Industrial de Xisto, 12", La Poste's and POST Luxembourg's "5, Zone Industrielle Haart",
Correos' "Polígono Industrial El Lirio, 8", Poste Italiane's "Zona Industriale Sud, 4").

A lead phrase and a capitalised name alone are a place ("Am Bongert" is a field, "Zona
Industrial de Xisto" a site), so a house number must stand next to it with the post's comma:
before it ("26, Am ...", "5, Zone ...") or after it ("Zona ... de Xisto, 12"). A number-first
line also needs its locality after it: a comma and a capitalised town closing the clause, or
POST Luxembourg's "L-NNNN" code. A number that a counting noun takes ("Seite 26, Am Ende, ...")
or that reads as a year stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import number_taker
from trainer.redact.hits import Hit
from trainer.redact.quantities import is_year

# Luxembourgish (Op, Um, Beim, Iwwer, Ënner) and German prepositional street names
_LU_LEADS = (
    r"(?:Am|An|An[ \t]der|An[ \t]den|Op|Op[ \t]der|Op[ \t]de|Op[ \t]dem|Um|Um[ \t]der|Im|"
    r"In[ \t]der|In[ \t]den|Auf[ \t]der|Auf[ \t]dem|Beim|Bei[ \t]der|Zum|Zur|Hinter[ \t]der|"
    r"Iwwer[ \t]der|Ënner[ \t]der)"
)
prefilter.register(
    "lu_lead",
    {
        "am",
        "an der",
        "an den",
        "op",
        "op der",
        "op de",
        "op dem",
        "um",
        "um der",
        "im",
        "beim",
        "bei der",
        "zum",
        "zur",
        "auf der",
        "auf dem",
        "in der",
        "in den",
        "iwwer der",
    },
)
_ZONE_LEADS = (
    r"(?:Zona[ \t]Industrial|Zona[ \t]Industriale|Zona[ \t]Artesanal|Zona[ \t]Franca|"
    r"Zone[ \t]Industrielle|Zone[ \t]Artisanale|Zone[ \t]Commerciale|Zone[ \t]Portuaire|"
    r"Zone[ \t]d['’]Activit[ée]s?|Zone[ \t]d['’]activit[ée]s?|Parque[ \t]Industrial|"
    r"Parque[ \t]Empresarial|Pol[íi]gono[ \t]Industrial|Pol[íi]gono|[ÁA]rea[ \t]Industrial)"
)
prefilter.register(
    "zone_lead",
    {
        "zona industrial",
        "zona industriale",
        "zona artesanal",
        "zona franca",
        "zone industrielle",
        "zone artisanale",
        "zone commerciale",
        "zone portuaire",
        "zone d activites",
        "zone d activite",
        "parque industrial",
        "parque empresarial",
        "poligono industrial",
        "polígono industrial",
        "poligono",
        "polígono",
        "area industrial",
        "área industrial",
    },
)
_ZONE_LEAD = re.compile(_ZONE_LEADS).fullmatch
_NAME = r"[A-ZÀ-Þ][\w'’-]*"
_PARTICLE = r"(?:de|da|do|das|dos|del|della|di|du|des|la|le|d['’]|l['’])"
_ZONE_NAME = rf"(?:[ \t]{_PARTICLE})?(?:[ \t]|(?<=['’])){_NAME}(?:[ \t]{_NAME}){{0,2}}"
_HOUSE = r"(?P<num>\d{1,4}[A-Za-z]?)"
_TOWN = rf"{_NAME}(?:[ \t-](?:{_NAME}|sur|sous|am|an|le|la)){{0,3}}"
_CLOSE = r"(?=[ \t]*(?:$|\r?\n|[.;!?)|](?:\s|$)|,[ \t])|[ \t][a-zäöüßéè]{3,}[.!?](?:\s|$))"
# (a line's or a cell's start, a label's colon or a word, then the number and its comma)
_NUMBER_FIRST = re.compile(
    rf"(?<![\w.,/-]){_HOUSE},[ \t](?P<lead>{_LU_LEADS}|{_ZONE_LEADS})"
    rf"(?P<name>{_ZONE_NAME})"
    rf"(?P<town>,[ \t]{_TOWN}{_CLOSE}|(?:,[ \t]*|[ \t]*\r?\n[ \t]*)L-\d{{4}}(?![\w-])"
    rf"(?:[ \t]{_TOWN})?)?"
)
_NAME_FIRST = re.compile(
    rf"(?<![\w-]){_ZONE_LEADS}{_ZONE_NAME},[ \t](?:(?i:lote|lt\.?|n\.?[º°o]\.?)[ \t]?)?"
    r"(?P<num>\d{1,4}[A-Za-z]?)(?![\w-]|[.,]\d)"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)[ \t]+$").search


def led_streets(text: str, found: dict[str, list[tuple[int, int]]]) -> list[Hit]:
    """ADDRESS hits of lead-named street lines near the ``lu_lead`` and ``zone_lead`` keywords."""
    hits: list[Hit] = []
    spans = found.get("lu_lead", []) + found.get("zone_lead", [])
    if not spans:
        return hits
    regions = prefilter.windows(text, sorted(spans), before=12, after=70)
    for m in prefilter.finditer_in(_NUMBER_FIRST, text, regions):
        zone = _ZONE_LEAD(m.group("lead")) is not None  # a zone is an address line by itself
        if not (m.group("town") or zone) or _counted(text, m):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    if "zone_lead" in found:
        zones = prefilter.windows(text, found["zone_lead"], before=0, after=80)
        hits += [
            ("ADDRESS", m.start(), m.end())
            for m in prefilter.finditer_in(_NAME_FIRST, text, zones)
            if not is_year(m.group("num"))
        ]
    return hits


def _counted(text: str, m: re.Match[str]) -> bool:
    """The number is a year, or a noun before it takes it ("Seite 26, Am Ende, Berlin")."""
    if is_year(m.group("num").rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        return True
    word = _WORD_BEFORE(text, max(0, m.start() - 24), m.start())
    return word is not None and number_taker(word.group(1))
