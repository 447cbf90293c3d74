"""Estate-and-block addresses of Central America and the Caribbean, where a house is found by its
neighbourhood and building rather than a street number.

Honducor writes the colonia, the block and the house ("Col. Palmira, Bloque C, Casa #12,
Tegucigalpa, M.D.C."); Panama has no postcodes in use and writes the street, the building and
its floor ("Vía España, Edificio Los Robles, Piso 3, Apto. 4B, corregimiento de Bella Vista");
the Dominican Republic its residencial and sector ("Residencial Las Palmas, Apto. 3B"). The
anchor is an estate or building word before a capitalised name, then its parts with a number
("Bloque C", "Casa #12", "Piso 3", "Apto. 4B", "Manzana 4", "Lote 7"). One part alone reads as
a place in prose ("la reunión es en Edificio Central, piso 3"), so a street line before the
estate, a second part or the town after it must come with it.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÑÜ"
_NAME = rf"[{_UP}][\w'’-]+"
_PARTICLE = r"(?:de|del|la|las|los|el|y)"
_PLACE = rf"{_NAME}(?:[ \t](?:{_PARTICLE}[ \t]){{0,2}}{_NAME}){{0,3}}"
_ESTATE = (
    r"(?:Colonia|Col\.|Residencial|Res\.|Barrio|Bo\.|Urbanización|Urb\.|Lotificación|"
    r"Condominio|Edificio|Edif\.|Torre|Ensanche|Ens\.)"
)
# A street line before the estate: its type and a name or a number ("Calle 50", "Vía España").
_STREET = (
    r"(?:(?:Calle|Avenida|Av\.|Ave\.|Vía|Via|Bulevar|Blvd\.)[ \t]"
    rf"(?:\d{{1,3}}[A-Z]?(?!\w)|{_PLACE})"
    r"(?:[ \t](?:#|No\.?|N°)[ \t]?\d{1,4}[A-Za-z]?)?,[ \t])"
)
_PART = (
    r"(?:Bloque|Blq\.|Casa|Lote|Manzana|Mz\.|Senda|Pasaje|Etapa|Piso|Apto\.?|Apartamento|Local|"
    r"Oficina|Of\.|Dpto\.?|Departamento)[ \t]?(?:#|No\.?|N°)?[ \t]?"
    r"(?:\d{1,4}[A-Za-z]?|[A-Z](?:-?\d{1,3})?)(?![\w-])"
)
_TOWN = (
    rf",[ \t](?:(?i:corregimiento|distrito|municipio|sector)[ \t](?:de[ \t])?)?{_PLACE}"
    r"(?:,?[ \t](?:M\.D\.C\.|D\.N\.|D\.C\.))?"
)
_ESTATE_LINE = re.compile(
    rf"(?<![\w.])(?P<street>{_STREET})?{_ESTATE}[ \t]{_PLACE}"
    rf"(?P<parts>(?:,?[ \t]{_PART})+)(?P<town>{_TOWN})?"
)
_DIGIT = re.compile(r"\d").search
_PARTS = re.compile(_PART).findall
prefilter.register(
    "estate_block",
    {"colonia", "col", "residencial", "res", "barrio", "bo", "urbanizacion", "urb",
     "lotificacion", "condominio", "edificio", "edif", "torre", "ensanche", "ens"},
)


def estate_blocks(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for estate-and-block lines near the ``estate_block`` keywords at ``spans``:
    a numbered part, and a street before, a second part or a town after."""
    regions = prefilter.windows(text, spans, before=60, after=140)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_ESTATE_LINE, text, regions):
        parts = m.group("parts")
        if not _DIGIT(parts):
            continue
        if m.group("street") or m.group("town") or len(_PARTS(parts)) > 1:
            hits.append(("ADDRESS", m.start(), m.end()))
    return hits
