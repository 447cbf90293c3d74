"""Guatemalan addresses: the municipal grid nomenclature and its zones.

Guatemala City and the towns that adopted its nomenclature (Mixco, Villa Nueva, Quetzaltenango,
Antigua ...) number the streets ("calles") and avenues ("avenidas") of each zone, and a house by
the cross street and its distance from it, joined by a dash: "6a. Avenida 19-77, zona 4" (on
6th avenue, between 19th and 20th street, house 77), or the type first with its number after it
("Avenida 19 24-56 zona 18", "Calle 7 4-37"). Correos de Guatemala writes the zone after the
house ("zona 10", municipal zones 1-25), then the neighbourhood (colonia, residenciales, barrio,
condominio, lotificación, aldea), the town and the five-digit postal code ("01010").

The zone is the anchor (the ``gt_zona`` keyword): a street-type word, its ordinal or number,
and the dashed house number must stand right before it, so "zona 4" alone ("la zona 4 es
segura") or "calle 12" alone stays; the neighbourhood and town segments after it are taken.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÑÜ"
_ORDINAL = r"\d{1,2}(?:a|ª|o|º|va|ma|ra)\.?"
_TYPE = r"(?i:calle|avenida|av\.|avda\.|calzada|diagonal|bulevar|boulevard|blvd\.|vía|via)"
_NAME = rf"[{_UP}][\w'’-]*"
_PARTICLE = r"(?:de|del|la|las|los|el|y)"
_PLACE = rf"{_NAME}(?:[ \t](?:{_PARTICLE}[ \t])*{_NAME}){{0,3}}"
# The street's own number or name after its type ("Avenida 19", "Calle 7 A", "Calzada Roosevelt").
# A name may open with a particle ("Calle del Arco 28-67, zona 1").
_STREET_REF = (
    rf"(?:\d{{1,2}}(?:[ \t]?\"?[A-Z]\"?(?![\w]))?|(?:{_PARTICLE}[ \t]){{0,2}}{_NAME}"
    rf"(?:[ \t](?:{_PARTICLE}[ \t]){{0,2}}{_NAME})?)"
)
_HOUSE = r"\d{1,3}(?:[ \t]?\"?[A-Z]\"?)?-\d{1,3}[A-Za-z]?(?![\w-])"
_ESTATE = (
    r"(?:Colonia|Col\.|Residenciales|Residencial|Barrio|Condominio|Lotificación|Lotificacion|"
    r"Aldea|Cantón|Canton|Sector|Urbanización|Urbanizacion)"
)
_TAIL = (
    rf"(?:,[ \t](?:{_ESTATE}[ \t])?{_PLACE}(?![\w'’-])){{0,3}}(?:,?[ \t](?:C\.?P\.?[ \t])?\d{{5}}"
    r"(?![\w-]))?"
)
_GRID = re.compile(
    rf"(?<![\w-])(?:{_ORDINAL}[ \t]{_TYPE}|{_TYPE}[ \t]{_STREET_REF}),?[ \t](?:No\.?[ \t]|#[ \t]?)?"
    rf"{_HOUSE},?[ \t](?i:zona)[ \t]\d{{1,2}}(?!\d){_TAIL}"
)
prefilter.register("gt_zona", {"zona"})


def guatemalan_addresses(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for grid addresses before the ``gt_zona`` keywords at ``spans`` ("... 12-37,
    zona 15, Colonia ..."): the street and house within 50 characters before the zone."""
    regions = prefilter.windows(text, spans, before=50, after=110)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_GRID, text, regions)]
