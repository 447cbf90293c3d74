"""A location written as coordinates, a what3words address or a plus code: a home's position,
more precise than its street address (review rev22 #7), redacted as ADDRESS.

- Decimal pairs ("51.5033, -0.1276"): a latitude (|x| <= 90) and a longitude (|y| <= 180), each
  with three or more decimals, and a location or home cue in the 80 characters before them
  ("home coords", "GPS of my house", "Standort", "chez moi", "ubicación"), or labelled
  ("lat: 51.5033, lon: -0.1276"); without one a pair of decimals is a measurement ("values
  0.1234, 0.5678").
- Degree notation needs no cue: degrees with a hemisphere letter on both halves
  ("48.8566° N, 2.3522° E", "48°51'24\"N 2°21'07\"E", "N 48.8566°, E 2.3522°").
- what3words: three words after "///" ("///filled.count.soap"), or after "what3words"/"w3w".
- Open Location Codes: a full code (eight characters of the code's alphabet "23456789CFGHJMPQRVWX",
  the first two in their latitude and longitude ranges, a "+", then two or three more), with a
  letter in it; a short code ("V75V+8Q") only after "plus code".
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_GEO_CUES = frozenset(
    """gps coords coord coordinates coordinate koordinaten coordonnees coordenadas
    location loc standort ubicacion ubicação localizacao localização posizione position lat
    latitude lon lng longitude home house haus zuhause wohnung maison chez casa hogar thuis huis
    dom ev adres address adresse direccion indirizzo endereco pin geo maps farm hof""".split()
) | {"drop by", "come by", "live at", "wohne", "find us"}
prefilter.register("geo_cue", _GEO_CUES)
prefilter.register("plus_code_cue", {"plus code", "pluscode", "plus codes", "open location code"})

_SIGNED = r"[-+−]?"
_DECIMAL_PAIR = re.compile(
    rf"(?<![\w.,]){_SIGNED}(?P<lat>\d{{1,2}}\.\d{{3,9}}),[ \t]?"
    rf"{_SIGNED}(?P<lon>\d{{1,3}}\.\d{{3,9}})(?![\w.]|,\d)"
)
# degrees, then perhaps minutes and seconds (NFKC writes a double prime "″" as two primes)
# "lat: 51.5033, lon: -0.1276", "Latitude 48.8566 Longitude 2.3522": labelled halves.
_LABELLED_PAIR = re.compile(
    rf"(?i:lat(?:itude)?)[ \t]*[:=]?[ \t]*(?P<first>{_SIGNED})(?P<lat>\d{{1,2}}\.\d{{3,9}})"
    rf"[ \t]*[,;/]?[ \t]*(?i:lon|lng|long|longitude)[ \t]*[:=]?[ \t]*"
    rf"{_SIGNED}(?P<lon>\d{{1,3}}\.\d{{3,9}})(?![\w.])"
)
_NUM = r"\d{1,2}(?:[.,]\d+)?[ \t]?"
_DMS = (
    rf"\d{{1,3}}(?:[.,]\d+)?[ \t]?°(?:[ \t]?{_NUM}['′’](?:[ \t]?{_NUM}(?:[\"″”]|''|′′))?)?"
)
_DEGREE_PAIR = re.compile(
    rf"(?<![\w.])(?:{_DMS}[ \t]?[NS]|[NS][ \t]?{_DMS})[ \t]*[,;/]?[ \t]*"
    rf"(?:{_DMS}[ \t]?[EWO]|[EWO][ \t]?{_DMS})(?!\w)"
)
_W3W = re.compile(r"///[^\W\d_]{1,24}\.[^\W\d_]{1,24}\.[^\W\d_]{1,24}(?!\w)")
prefilter.register("w3w_cue", {"what3words", "w3w"})
_W3W_CUED = re.compile(
    r"\W{1,4}(?P<val>[^\W\d_]{1,24}\.[^\W\d_]{1,24}\.[^\W\d_]{1,24})(?!\w)"
)
_OLC = "23456789CFGHJMPQRVWX"
_FULL_PLUS_CODE = re.compile(
    rf"(?<![\w+])[23456789C][23456789CFGHJMPQRV][{_OLC}]{{6}}\+[{_OLC}]{{2,3}}(?![\w+])"
)
_SHORT_PLUS_CODE = re.compile(rf"(?<![\w+])[{_OLC}]{{4,6}}\+[{_OLC}]{{2,3}}(?![\w+])")


def find_geo_locations(text: str) -> list[Hit]:
    """ADDRESS hits on coordinates, what3words addresses and plus codes (see the module)."""
    hits: list[Hit] = []
    if len(prefilter.dotted(text)[1]) >= 2:
        hits += _decimal_pairs(text)
    if "°" in text:
        hits += [("ADDRESS", *m.span()) for m in _DEGREE_PAIR.finditer(text)]
    if "///" in text:
        hits += [("ADDRESS", *m.span()) for m in _W3W.finditer(text)]
    for _, end in prefilter.keywords(text).get("w3w_cue", ()):
        if (m := _W3W_CUED.match(text, end)) is not None:
            hits.append(("ADDRESS", *m.span("val")))
    if "+" in text:
        hits += _plus_codes(text)
    return hits


def _decimal_pairs(text: str) -> list[Hit]:
    cues = prefilter.keywords(text).get("geo_cue", ())
    if not cues:
        return []
    hits: list[Hit] = []
    dots = prefilter.dotted(text)[1]  # "1.2": offsets of the digit before each dot
    regions = prefilter.windows(text, ((i, i + 2) for i in dots), before=4, after=24)
    matches = list(prefilter.finditer_in(_DECIMAL_PAIR, text, regions))
    if any(text[s : e].lower() in ("lat", "latitude") for s, e in cues):
        matches += _LABELLED_PAIR.finditer(text)
    for m in matches:
        if float(m.group("lat")) > 90 or float(m.group("lon")) > 180:
            continue
        if m.re is _LABELLED_PAIR:  # the "lat:" label stays
            hits.append(("ADDRESS", m.start("first"), m.end()))
        elif any(m.start() - 80 <= end <= m.start() for _, end in cues):
            hits.append(("ADDRESS", m.start(), m.end()))
    return hits


def _plus_codes(text: str) -> list[Hit]:
    hits: list[Hit] = []
    plus = text.find("+", 8)
    while plus != -1:  # a full code has eight characters before its "+"
        m = _FULL_PLUS_CODE.match(text, plus - 8)
        if m is not None and any(c.isalpha() for c in m.group()):
            hits.append(("ADDRESS", m.start(), m.end()))
        plus = text.find("+", plus + 1)
    cues = prefilter.keywords(text).get("plus_code_cue", ())
    for _, end in cues:
        m = _SHORT_PLUS_CODE.search(text, end, end + 24)
        if m is not None and text[end : m.start()].strip(" \t:=-(") == "":
            hits.append(("ADDRESS", m.start(), m.end()))
    return hits
