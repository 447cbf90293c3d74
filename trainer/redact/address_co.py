"""Colombian grid addresses (nomenclatura urbana, NTC 5493/Catastro): the type of the way
("Calle", "Carrera", "Avenida", "Diagonal", "Transversal" and their abbreviations "Cl.",
"Cra.", "Kr.", "Av.", "Dg.", "Tv."), its number with letter, "Bis" and quadrant ("12B",
"7 Sur", "45 Bis B") or a name ("Transversal Ceiba"), then "#" or "No." and the crossing
way's number with the distance in metres ("# 34-56"), a unit ("apto 301", "oficina 2",
"casa 3", "local 2", "interior 4"), the town and the six-digit código postal (4-72: the first
two digits are the department's DANE code).

The type word anchors the rule (``address_keyed``); the "# NN-NN" plate is the grid's own
shape, so a match needs it ("La Calle 15 es la mejor" stays). ``colombian_codes`` reads the
código postal on its own, after its label or after a town, when its first two digits are a
department.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import frequent_or_plural
from trainer.redact.address_words import CAPITALS
from trainer.redact.hits import Hit

_UP = CAPITALS
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


# 4-72's códigos postales: six digits led by the DANE code of the department (DIVIPOLA).
_DANE_DEPARTMENTS = frozenset(
    """05 08 11 13 15 17 18 19 20 23 25 27 41 44 47 50 52 54 63 66 68 70 73 76 81 85 86 88 91 94
    95 97 99""".split()
)
# Before the code: its label ("CP 050021", "Código postal: 110111"), or a town that a comma sets
# off from a house or unit number ("... 12B, Soledad 083001", "apto 301, Cali 760001"); a
# bare "Pedido 050021" is an order number.
_CO_CODE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?i:c\.?p\.?|c[óo]digo[ \t]postal)[ \t]?:?[ \t]?|"
    rf"(?:(?<=\d)|(?<=\d[A-Za-z])),[ \t]?(?P<town>{_TOWN}),?[ \t])$"
)


def colombian_codes(text: str) -> list[Hit]:
    """ADDRESS hits for 4-72 postcodes with a valid department: runs of exactly six digits
    (``prefilter.digit_runs``, cached) after their label or a town."""
    hits: list[Hit] = []
    for s, e in prefilter.digit_runs(text):
        if e - s != 6 or text[s : s + 2] not in _DANE_DEPARTMENTS or not text[s:e].isdigit():
            continue
        after = text[e : e + 2]
        if after[:1].isalnum() or after[:1] in "-_" or (after[:1] in ".," and after[1:].isdigit()):
            continue  # glued to a reference or the head of a longer number
        m = _CO_CODE_BEFORE.search(text, max(0, s - 60), s)
        if m is None:
            continue
        town = m.group("town")
        if town and frequent_or_plural(town.split()[0].lower()):
            continue  # ", Total 050021": a frequent word, no town
        hits.append(("ADDRESS", m.start("town") if town else s, e))
    return hits


def colombian_grid(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for grid addresses near the type words at ``spans``."""
    if "-" not in text:  # every plate has its hyphen: "# 9-71"
        return []
    regions = prefilter.windows(text, spans, before=0, after=120)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_CO_GRID, text, regions)]
