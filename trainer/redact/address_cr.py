"""Costa Rican addresses (Correos de Costa Rica): estates, houses and "señas".

Most Costa Rican homes are found by their housing estate and house number and by directions
from a landmark ("señas"), the way Correos' own address guide writes them:
"Urbanización Los Robles, casa 14, Moravia 11401" and "San Pedro, de la iglesia católica 200
metros al norte y 50 al oeste, Barrio X, casa 7". Province, canton and district come as
comma-separated place names; the five-digit postal code (province, canton, district) closes the
line. Estate words: barrio, urbanización, condominio, residencial, colonia, lotificación,
ciudadela. A house needs its estate word before it ("casa 12" alone is a count), a señas needs
its distance and a cardinal direction ("200 metros al norte", "100 m sur") after its landmark
(or before it: "50 metros al sur del parque"), and a place, estate, grid street ("calle 41",
San José's numbered calles and avenidas) or postal code beside it; a landmark's side
("costado sur del parque", "contiguo a", "frente a") the house, estate or code after it.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÑÜ"
_NAME = rf"[{_UP}][\w'’-]*"
_PARTICLE = r"(?:de|del|la|las|los|el|y)"
_PLACE = rf"{_NAME}(?:[ \t](?:{_PARTICLE}[ \t])*{_NAME}){{0,4}}(?:[ \t]centro)?"
_ESTATE = (
    r"(?:Barrio|Bo\.|Urbanización|Urbanizacion|Urb\.|Condominio|Residencial|Colonia|"
    r"Lotificación|Lotificacion|Ciudadela)"
)
_HOUSE = (
    r"(?:casa|apartamento|apto\.?|lote|local|bodega)[ \t](?:n[°º.][ \t]?)?\d{1,4}[A-Za-z]?(?![\w/])"
)
_CODE = r"[1-7]\d{4}(?!\d)"
_TAIL = rf"(?:,[ \t]{_PLACE}(?![\w'’-]))*(?:,?[ \t]{_CODE})?"
_LINKED = rf"(?:{_PARTICLE}[ \t])*{_NAME}"
_ESTATE_NAME = rf"{_ESTATE}[ \t]{_LINKED}(?:[ \t]{_LINKED}){{0,3}}"
_ESTATE_HOUSE = re.compile(rf"(?<![\w-]){_ESTATE_NAME},?[ \t]{_HOUSE}{_TAIL}")
_CARDINAL = r"(?:al[ \t])?(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)"
_DISTANCE = (
    r"(?:\d{2,4}|cien|doscientos|trescientos|cuatrocientos|quinientos|cincuenta|veinticinco)"
    r"[ \t]?(?:metros|mts\.?|m|varas)"
)
_UNITS = r"(?:metros|mts\.?|m|varas)"
_STEP = rf"{_DISTANCE}[ \t]{_CARDINAL}(?:[ \t]y[ \t]\d{{2,4}}(?:[ \t]?{_UNITS})?[ \t]{_CARDINAL})?"
# San José's numbered grid: "calle 41", "avenida 11 bis", with the house after it ("calle 4 159").
_GRID_REF = r"(?i:calle|avenida|avda\.?|av\.)[ \t]\d{1,3}(?:[ \t](?:bis|\d{1,4}[A-Za-z]?))?"
_PLACES = rf"(?:(?:{_PLACE}|{_GRID_REF}|{_HOUSE}),[ \t]){{1,3}}"
# The landmark: "de la iglesia católica", "del parque central", "de el Palí".
_SENAS = re.compile(
    rf"(?<![\w-])(?P<places>{_PLACES})?(?:de|del|desde)[ \t][^,.;:!?\n\d]{{2,48}}?"
    rf"[ \t]{_STEP}(?P<estate>,[ \t]{_ESTATE_NAME}(?:,?[ \t]{_HOUSE})?)?(?P<tail>{_TAIL})"
)
# The distance first, then its landmark ("Barrio Amón, calle 3 24, 50 metros al sur del parque,
# Heredia 40101"): an address with its grid street, its house or its postal code.
_STEP_FIRST = re.compile(
    rf"(?<![\w-])(?P<places>{_PLACES}){_STEP}[ \t](?:de|del|desde)[ \t][^,.;:!?\n\d]{{2,48}}"
    rf"(?=[,.;:!?\n]|$)(?P<tail>{_TAIL})"
)
_HAS_GRID = re.compile(rf"{_GRID_REF}|{_HOUSE}").search
# A landmark's side ("costado sur del parque", "contiguo al banco", "frente a la escuela"): an
# address only with the house, estate or postal code after it ("frente al cine" is a meeting).
_RELATIVE = re.compile(
    rf"(?<![\w-])(?:{_PLACE},[ \t]){{0,3}}(?:costado[ \t](?:norte|sur|este|oeste)[ \t]del?|"
    rf"(?:contiguo|frente|diagonal)[ \t]al?)[ \t][^,.;:!?\n\d]{{2,48}}?"
    rf"(?:,[ \t](?:{_ESTATE_NAME},?[ \t])?{_HOUSE}|,[ \t]{_ESTATE_NAME}|,?[ \t]{_CODE})(?:{_TAIL})"
)
# A señas from a capitalised landmark with the place after it ("De la Escuela República de
# Chile, 100 m sur y 25 oeste, casa esquinera, San José"): its chain of distances and
# directions, then the house described (colour, corner, number) or a province or canton.
_COLOUR = (
    r"(?:blanc[ao]|azul|verde|amarill[ao]|roj[ao]|gris|celeste|crema|beige|café|cafe|"
    r"rosad[ao]|anaranjad[ao]|morad[ao]|negr[ao]|terracota|turquesa|lila|vino)"
)
_DESCRIBED = (
    rf"(?:casa|portón|porton|edificio|apartamento|local|bodega|tapia|verja)[ \t]"
    rf"(?:esquiner[ao]|(?:de[ \t])?(?:color[ \t])?{_COLOUR}|(?:n[°º.]|#)?[ \t]?\d{{1,4}}"
    r"|de[ \t](?:una|dos|tres)[ \t](?:plantas?|pisos?)|a[ \t]mano[ \t](?:derecha|izquierda))"
)
_CHAIN = (
    rf"{_STEP}(?:(?:,?[ \t]y|,)[ \t](?:{_DISTANCE}|\d{{2,4}})[ \t]{_CARDINAL}){{0,3}}"
)
_FROM_LANDMARK = re.compile(
    rf"(?<![\w-])(?:De|Del|Desde|de|del|desde)[ \t](?:(?:la|el|los|las)[ \t])?{_NAME}"
    rf"(?:[ \t](?:{_PARTICLE}[ \t])*{_NAME}){{0,6}},?[ \t]{_CHAIN}"
    rf"(?P<after>(?:,[ \t](?:{_DESCRIBED}|{_ESTATE_NAME}(?:,?[ \t]{_HOUSE})?|{_PLACE})"
    r"(?![\w'’-]))*)(?:,?[ \t]" + _CODE + ")?"
)
_PROVINCES = re.compile(
    r"(?:San[ \t]José|San[ \t]Jose|Alajuela|Cartago|Heredia|Guanacaste|Puntarenas|Lim[oó]n|"
    r"Escaz[uú]|Desamparados|Curridabat|Moravia|Tib[aá]s|Goicoechea|Montes[ \t]de[ \t]Oca|"
    r"Santa[ \t]Ana|Alajuelita|Coronado|Aserr[ií]|Pavas|San[ \t]Pedro|Sabanilla|Rohrmoser|"
    r"Guadalupe|Zapote|Tres[ \t]R[ií]os|La[ \t]Uni[oó]n|Bel[eé]n|Santo[ \t]Domingo|Barva|"
    r"San[ \t]Rafael|San[ \t]Isidro|Grecia|Atenas|Naranjo|Palmares|San[ \t]Ram[oó]n|"
    r"San[ \t]Carlos|Turrialba|Para[ií]so|Liberia|Nicoya|Santa[ \t]Cruz|Ca[ñn]as|Quepos|"
    r"Golfito|Esparza|P[eé]rez[ \t]Zeled[oó]n|Gu[aá]piles|Pococ[ií]|Siquirres|Flores|"
    r"Ciudad[ \t]Col[oó]n|Costa[ \t]Rica)(?![\w'’-])"
).search
_HAS_SIGN = re.compile(rf"(?:{_DESCRIBED}|{_ESTATE_NAME})|{_CODE}").search
# A señas is an address only with its place names before it, its estate after it or the postal
# code closing it: "después de la cena caminamos 200 metros al norte" is a walk.
_HAS_CODE = re.compile(r"\d{5}").search
_DIGIT = re.compile(r"\d").search
prefilter.register(
    "address_cr",
    {"casa", "apartamento", "apto", "lote", "metros", "varas", "norte", "oeste", "barrio",
     "urbanizacion", "condominio", "residencial", "colonia", "lotificacion", "ciudadela",
     "costado", "contiguo", "frente", "diagonal", "sur", "esquinera", "porton"},
)


def costa_rican_addresses(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits near the ``address_cr`` keyword ``spans``: estate-and-house lines with the
    place names and postal code after them, and señas with the places before them."""
    # every rule needs a number near its keyword ("casa 12", "200 metros", "..., 10101")
    spans = [(s, e) for s, e in spans if _DIGIT(text, max(0, s - 20), e + 60)]
    if not spans:
        return []
    regions = prefilter.windows(text, spans, before=160, after=120)
    hits: list[Hit] = [
        ("ADDRESS", *m.span()) for m in prefilter.finditer_in(_ESTATE_HOUSE, text, regions)
    ]
    hits += [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_SENAS, text, regions)
        if m.group("places") or m.group("estate") or _HAS_CODE(m.group("tail"))
    ]
    hits += [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_STEP_FIRST, text, regions)
        if _HAS_GRID(m.group("places")) or _HAS_CODE(m.group("tail"))
    ]
    hits += [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_RELATIVE, text, regions)]
    hits += [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_FROM_LANDMARK, text, regions)
        if _HAS_SIGN(text, m.start("after"), m.end()) or _PROVINCES(m.group("after"))
    ]
    return hits
