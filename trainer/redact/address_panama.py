"""Panamanian address lines: the street, then the building and its number, then the
corregimiento and the town ("Vía España, Edificio Plaza Real 12, Bella Vista, Panamá", "Calle
50, PH Torre Azul 3, Obarrio"; Correos de Panamá, and the way Panama City writes them: PH is a
propiedad horizontal, a block of flats).

The street line alone ("Vía España,") has no number of its own, so the street rules see only
the building ("Edificio Plaza Real 12") and the street's name is left. Here the building word
(``_BUILDING``, the prefilter gate) with a capitalised name and a number anchors, and the street
segment right before it (a street type and a capitalised name, one comma between) is taken with
it, with the floor, office or flat parts after the number and the place segments that close the
clause ("..., Bella Vista, Panamá."), or a province or town on the next line. A building
with no number ("el PH Vista Mar es caro") is no address, unless its floor follows ("Edificio
Torre C, Piso 9"). El Salvador writes the colonia or residencial the same way ("Colonia
Miramonte, Casa 27\nSan Salvador, CP 1101"). Honduras and Panama also write a
unit of a street with no number of its own in the same place ("Bulevar del Norte, local 8,
Puerto Cortés, Cortés").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÑÜ"
_NAME = rf"[{_UP}][\w'’.-]*"
_LINK = r"(?:de|del|la|las|los|el|y)"
_WORDS = rf"{_NAME}(?:[ \t](?:{_LINK}[ \t])?{_NAME}){{0,3}}"
_BUILDING = r"(?:PH|P\.H\.|Edificio|Edif\.|Torre|Condominio)"
# A unit of a street with no number of its own (Honduras, Panama: "Avenida Circunvalación,
# bodega 15, Choloma"; "Bulevar del Norte, local 8").
_UNIT = r"(?i:bodega|local|galera|nave|oficina|casa|lote|apartamento|apto\.)"
_STREET = (
    r"(?:Vía|Via|Calle|Avenida|Avda\.|Av\.|Ave\.|Boulevard|Bulevar|Blvd\.|Urbanización|"
    r"Urbanizacion|Urb\.|Residencial|Barriada|Colonia|Col\.|Barrio|Reparto|Lotificación|Pasaje)"
)
_FLOOR = r"(?:Piso|Oficina|Of\.|Local|Apto\.?|Apartamento)"
# The provinces and the larger towns (INEC).
_TOWNS = (
    r"(?:Panamá|Panama|Ciudad[ \t]de[ \t]Panamá|Panamá[ \t]Oeste|Colón|Chiriquí|David|Boquete|"
    r"Bocas[ \t]del[ \t]Toro|Coclé|Herrera|Los[ \t]Santos|Veraguas|Darién|Santiago|Chitré|"
    r"Las[ \t]Tablas|La[ \t]Chorrera|Penonomé|Aguadulce|Arraiján|San[ \t]Miguelito|"
    # El Salvador's departments and larger municipalities (Correos de El Salvador), Honduras'
    # larger towns (Honducor)
    r"San[ \t]Salvador|Santa[ \t]Ana|San[ \t]Miguel|La[ \t]Libertad|Soyapango|Santa[ \t]Tecla|"
    r"Antiguo[ \t]Cuscatlán|Mejicanos|Apopa|Ilopango|Usulután|Sonsonate|Ahuachapán|"
    r"Chalatenango|La[ \t]Paz|Cuscatlán|Cabañas|San[ \t]Vicente|Morazán|La[ \t]Unión|"
    r"Tegucigalpa|San[ \t]Pedro[ \t]Sula|La[ \t]Ceiba|Choloma|Comayagua|Choluteca|"
    r"El[ \t]Progreso|Puerto[ \t]Cortés|Danlí|Juticalpa)(?![\w'’-])"
    # El Salvador's four-digit code after its label: "Santa Ana, CP 2201"
    r"(?:,?[ \t](?i:CP|C\.P\.)[ \t]?\d{4,5}(?!\d))?"
)
_LINE = re.compile(
    rf"(?<![\w.]){_STREET}[ \t](?:(?:{_LINK}[ \t])?{_WORDS}|\d{{1,3}}(?:[ \t]{_WORDS})?),[ \t]"
    rf"(?:(?:{_BUILDING}[ \t]{_WORDS}[ \t]|{_UNIT}[ \t])"
    r"(?:(?:No\.?|N°|#)[ \t]?)?\d{1,4}[A-Z]?(?![\w/.,-]\d|\w)"
    # a building named by a letter or a word, with its floor after it: "Edificio Torre C, Piso 9"
    rf"|{_BUILDING}[ \t]{_WORDS}(?=,?[ \t]{_FLOOR}[ \t]\w))"
    rf"(?:,?[ \t]{_FLOOR}[ \t]\w{{1,5}}(?!\w))*"
    # the corregimiento, the district or the town, each after a comma or a line break, when they
    # close the clause
    rf"(?:(?:,[ \t]{_WORDS}(?:[ \t]\d{{5}}(?![\w/.,-]\d|\w))?){{1,3}}(?=[ \t]*(?:$|[\n.;!?)])))?"
    # on the next line only a province or a larger town (a capitalised line may be a greeting)
    rf"(?:[ \t]*\n[ \t]*{_TOWNS}(?=[ \t]*(?:$|[\n.;!?)])))?"
)
prefilter.register(
    "pa_building",
    {"ph", "p h", "edificio", "edif", "torre", "condominio", "bodega", "local", "galera", "nave",
     "oficina", "casa", "lote", "apartamento", "apto"},
)


def panamanian_lines(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for a street segment and the building after it, at the ``pa_building``
    keywords ``spans``."""
    regions = prefilter.windows(text, spans, before=50, after=120)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_LINE, text, regions)]
