"""Cameroonian street lines without a house number.

Campost delivers to boxes ("BP 1234 Douala", ``address_westafrica``); a house is found by its
street, crossroads or quarter and the town, with no number: "rue Joss, Douala", "route de
Mvan, Yaoundé", "carrefour Ndokoti\\nDouala", "avenue de l'Indépendance, Littoral, Edéa",
sometimes with the region between the two ("..., Sud-Ouest, Limbé"), or before a box line
("carrefour Ndokoti\nBP 12 Douala").

With no number to anchor, the line counts only when it closes on one of Cameroon's larger towns
(``_TOWNS``, the prefilter gate: posts without one pay nothing) right after the street, the
region at most between them, and the town ends the clause. A street word in lower case with a
capitalised name before it ("route de Mvan", "carrefour Ndokoti") is the street (a town on a
line of its own after it needs no clause end: a flattened post runs on); a town alone
("livré à Douala.") or a landmark with no street word ("près de l'hôpital Laquintinie,
Douala") stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

# Cameroon's regional capitals and larger towns (INS), as written with and without accents.
_TOWNS = (
    "Douala", "Yaoundé", "Yaounde", "Limbé", "Limbe", "Kribi", "Edéa", "Edea", "Bafoussam",
    "Garoua", "Bamenda", "Maroua", "Buea", "Buéa", "Ngaoundéré", "Ngaoundere", "Bertoua",
    "Ebolowa", "Kumba", "Nkongsamba", "Dschang", "Foumban", "Mbalmayo", "Sangmélima",
    "Sangmelima", "Kousséri", "Kousseri", "Tiko", "Mbouda", "Bafang", "Bafia", "Obala",
    "Batouri", "Meiganga", "Guider", "Mokolo", "Yagoua", "Kumbo", "Mamfe", "Bangangté",
    "Bangangte", "Foumbot", "Mbanga", "Loum", "Tibati", "Akonolinga", "Ambam", "Abong-Mbang",
)
_REGIONS = (
    r"(?:Adamaoua|Centre|Est|Extrême-Nord|Extreme-Nord|Littoral|Nord|Nord-Ouest|Ouest|Sud|"
    r"Sud-Ouest)"
)
_UP = "A-ZÀ-ÖØ-ÞŒ"
_NAME = rf"[{_UP}][\w'’-]*"
# The street word, in either case; "quartier" too (Douala's quarters are addresses there).
_TYPE = (
    r"(?i:rue|route|avenue|av\.|boulevard|bd|carrefour|rond-point|quartier|montée|montee|"
    r"descente|allée|allee|impasse|ruelle|chemin|entrée|entree)"
)
_LINK = r"(?:(?:de[ \t]la|de|du|des|d['’]|l['’]|la|le)[ \t]?)"
_TOWN = rf"(?:{'|'.join(sorted(_TOWNS, key=len, reverse=True))})(?![\w'’-])"
_LINE = re.compile(
    rf"(?<![\w'’-]){_TYPE}[ \t]{_LINK}{{0,2}}{_NAME}(?:[ \t-]{_LINK}{{0,2}}{_NAME}){{0,2}}"
    # the town closes the clause after a comma; on a line of its own it is the line's end
    rf"(?:(?:,[ \t](?:{_REGIONS},[ \t])?{_TOWN}(?=[ \t]*(?:$|[\n.;,!?)]))"
    rf"|[ \t]*\n[ \t]*(?:{_REGIONS},[ \t])?{_TOWN})"
    # or the street line before a box line, which ``address_westafrica`` takes with its town
    r"|(?=(?:,[ \t]|[ \t]*\n[ \t]*)(?:BP|B\.P\.?)[ \t]?\d))"
)
prefilter.register("cm_town", set(_TOWNS))


def cameroonian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for unnumbered street lines that close on a Cameroonian town at ``spans``
    (the ``cm_town`` keywords)."""
    regions = prefilter.windows(text, spans, before=90, after=2)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_LINE, text, regions)]
