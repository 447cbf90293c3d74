"""Colombian grid addresses (nomenclatura urbana, NTC 5493/Catastro): the type of the way
("Calle", "Carrera", "Avenida", "Diagonal", "Transversal" and their abbreviations "Cl.",
"Cra.", "Kr.", "Av.", "Dg.", "Tv."), its number with letter, "Bis" and quadrant ("12B",
"7 Sur", "45 Bis B") or a name ("Transversal Ceiba"), then "#" or "No." and the crossing
way's number with the distance in metres ("# 34-56"), a unit ("apto 301", "oficina 2",
"casa 3", "local 2", "interior 4"), the town and the six-digit código postal (4-72: the first
two digits are the department's DANE code).

The type word anchors the rule (``address_keyed``); the "# NN-NN" plate is the grid's own
shape, so a match needs it ("La Calle 15 es la mejor" stays).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÑÜ"
_TYPE = (
    r"(?:(?:Avenida|Av\.?)[ \t](?:Calle|Carrera)|Calle|Cl\.|Cll\.?|Carrera|Cra\.?|Kra\.?|Kr\.?|"
    r"Cr\.|Avenida|Av\.|Diagonal|Dg\.|Diag\.|Transversal|Tv\.|Tr\.|Transv\.|Circular|Cq\.)"
)
_QUADRANT = r"(?:[ \t](?:Sur|Este|Norte|Oeste|Bis(?:[ \t]?[A-Z])?)\b)*"
_WAY = (
    rf"(?:\d{{1,3}}[ \t]?[A-Z]?(?![\w]){_QUADRANT}"
    rf"|[{_UP}][\w'’.-]+(?:[ \t][{_UP}][\w'’.-]+){{0,2}})"
)
_PLATE = (
    r"[ \t]?(?:#|No\.?|N[°º]\.?|Núm\.?)[ \t]?\d{1,3}[ \t]?[A-Z]?(?:[ \t]?Bis)?"
    rf"[ \t]?-[ \t]?\d{{1,3}}(?!\d){_QUADRANT}"
)
_UNIT = (
    r"(?:,?[ \t](?i:apto\.?|apartamento|apt\.?|oficina|of\.|ofc\.?|casa|local|interior|int\.|"
    r"piso|torre|bloque|bl\.)[ \t]?[\w-]{1,5}(?![\w]))"
)
_TOWN = rf"[{_UP}][\w'’-]+(?:[ \t](?:de[ \t])?[{_UP}][\w'’-]+){{0,2}}"
_CO_GRID = re.compile(
    rf"(?<![\w.]){_TYPE}[ \t]{_WAY}{_PLATE}{_UNIT}{{0,2}}"
    # the town (and department), with its código postal or closing the line or sentence
    rf"(?:,[ \t]?{_TOWN}(?:,[ \t]?{_TOWN})?(?:,?[ \t]\d{{6}}(?![\d,.-]\d)|"
    r"(?=[ \t]*(?:$|[\n.,;!?)]))))?"
)
# Keywords as ``prefilter`` folds them.
prefilter.register(
    "co_grid",
    {
        "calle", "cl", "cll", "carrera", "cra", "kra", "kr", "cr", "avenida", "av", "diagonal",
        "dg", "diag", "transversal", "tv", "tr", "transv", "circular", "cq",
    },
)


def colombian_grid(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for grid addresses near the type words at ``spans``."""
    if "-" not in text:  # every plate has its hyphen: "# 9-71"
        return []
    regions = prefilter.windows(text, spans, before=0, after=120)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_CO_GRID, text, regions)]
