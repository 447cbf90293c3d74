"""A position written as coordinates or a grid reference, where its sentence names a thing that
is nobody's home (a summit, a wreck, an anchorage, a survey point) and nothing says it is a
person's home or whereabouts. It names a place, not a person, so ``keep_coordinates`` drops the
hits (``geo_locations``' ADDRESS, a phone or an id read in a grid reference's digits) lying
wholly inside one.

The forms, each as its standard writes it (ISO 6709 and the atlases' notation; the UTM and MGRS
grids of NATO STANAG 2211; the Ordnance Survey's National Grid):

- a latitude and a longitude in degrees with their hemisphere letters, decimal or with minutes
  and seconds, dot or comma decimals ("48.8566° N, 2.3522° E", "43°17'36\"N 5°22'12\"E",
  "N 47.3769°, E 8.5417°", "45,7640° N; 4,8357° E"); latitude at most 90, longitude at most
  180, minutes and seconds under 60;
- a signed decimal pair, each half with three or more decimals ("51.5072, -0.1276"), and the
  same pair labelled ("lat: 51.5072, lon: -0.1276", "Latitude 48.8566 Longitude 2.3522");
- a UTM reference: the zone (1-60), its latitude band (C-X, no I or O), a six-digit easting
  and a seven-digit northing ("33T 447034 5411606", "33U E 447034 N 5411606");
- an MGRS reference: zone, band, the 100 km square's two letters and an even count of digits,
  both halves the same length ("4QFJ 12345 67890", "33TWN1234567890");
- an OS National Grid reference after a grid label ("grid ref", "NGR", "OS"): the 500 km
  square (H, N, O, S or T) and the 100 km square's letter, then two halves of the same length
  spaced ("SU 12345 67890", "NN 166 712") or solid ("NN166712"); with no label two capitals
  before a number are as often a word written in capitals ("CALL ME ON 21288 47885").

Fail closed: a coordinate is kept only where its sentence names a thing with a position that
is nobody's home (a vessel, buoy, wreck, anchorage, harbour, airport, runway, summit, hut,
trailhead, survey point, turbine, well, works site ...: ``_PLACE_THING``, a closed class in the
languages the engine reads); a bare pair ("meet at 51.5072, -0.1276") may be anyone's and stays
redacted. A home or whereabouts word in the coordinate's sentence ("home", "house", "where I
live", "come by", "my location", "chez moi", "Wohnung", "mi casa" ...: ``_PERSONAL_PLACE``) keeps
it redacted, and so does a phone word before it in its sentence ("call me on") and any hit
reaching outside the coordinate. Cost: a landmark's position
written in the same sentence as such a word ("the hut above our house, 46.5° N 8.0° E") is
redacted with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact.hits import Hit
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.sentence_window import sentence_start, sentence_stop

_NUM = r"\d{1,2}(?:[.,]\d+)?[ \t]?"
_DMS = (
    r"(?P<deg@>\d{1,3}(?:[.,]\d+)?)[ \t]?°"
    r"(?:[ \t]?(?P<min@>" + _NUM + r")['′’]"
    r"(?:[ \t]?(?P<sec@>" + _NUM + r")(?:[\"″”]|''|′′|’’))?)?"
)
# a decimal degree with no degree sign but its hemisphere letter ("48.8566 N")
_DEC = r"(?P<dec@>\d{1,3}[.,]\d{3,9})"


def _half(h: str, letters: str) -> str:
    """One half with its hemisphere letter before or after it (``_one_letter`` checks that
    exactly one stands)."""
    value = "(?:" + _DMS.replace("@", h) + "|" + _DEC.replace("@", h) + ")"
    return rf"(?:(?P<pre{h}>[{letters}])[ \t]?)?{value}(?:[ \t]?(?P<post{h}>[{letters}]))?"


_DEGREES = re.compile(
    r"(?<![\w.,])" + _half("a", "NS") + r"[ \t]*[,;/]?[ \t]*" + _half("b", "EWO") + r"(?!\w)"
)
_SIGNED = r"[-+−]?"
_DECIMALS = re.compile(
    rf"(?<![\w.,]){_SIGNED}(?P<deca>\d{{1,2}}\.\d{{3,9}}),[ \t]?"
    rf"{_SIGNED}(?P<decb>\d{{1,3}}\.\d{{3,9}})(?![\w.]|,\d)"
    rf"|(?<![\w.,]){_SIGNED}(?P<cdeca>\d{{1,2}},\d{{3,9}});[ \t]?"
    rf"{_SIGNED}(?P<cdecb>\d{{1,3}},\d{{3,9}})(?![\w,]|\.\d)"
)
_LABELLED = re.compile(
    rf"(?i:lat(?:itude)?)[ \t]*[:=]?[ \t]*{_SIGNED}(?P<deca>\d{{1,2}}[.,]\d{{3,9}})°?"
    rf"[ \t]*[,;/]?[ \t]*(?i:lon|lng|long|longitude)[ \t]*[:=]?[ \t]*"
    rf"{_SIGNED}(?P<decb>\d{{1,3}}[.,]\d{{3,9}})°?(?![\w.])"
)
_ZONE = r"(?:60|[1-5]\d|0?[1-9])[C-HJ-NP-X]"
_UTM = re.compile(
    rf"(?<![\w.]){_ZONE}[ \t]?(?:E[ \t]?)?\d{{6,7}}(?:[ \t]?m?E)?[ \t]*,?[ \t]*"
    rf"(?:N[ \t]?)?\d{{7}}(?:[ \t]?m?N)?(?![\w.]|,\d)"
)
_MGRS = re.compile(
    rf"(?<![\w.]){_ZONE}[ \t]?[A-HJ-NP-Z][A-HJ-NP-V][ \t]?"
    r"(?:(?P<e>\d{1,5})[ \t](?P<n>\d{1,5})|(?P<solid>\d{2,10}))(?![\w.]|,\d)"
)
_BNG = re.compile(
    r"(?<![\w.])[HNOST][A-HJ-Z][ \t]?"
    r"(?:(?P<e>\d{3,5})[ \t](?P<n>\d{3,5})|(?P<solid>\d{4,10}))(?![\w.]|,\d)"
)
_GRID_LABEL = re.compile(r"(?i)\b(?:grid[ \t]?ref\w*|ngr|os[ \t]grid|osgb|os)[ \t.:#]*$")
# a home or a person's whereabouts, any language the coordinates rule reads (``geo_locations``)
_PERSONAL_PLACE = re.compile(
    r"(?i)\b(?:home|house|my[ \t]place|our[ \t]place|flat|apartment|live|lives|living|"
    r"reside\w*|address|drop[ \t]by|come[ \t]by|pop[ \t]by|come[ \t]over|pick[ \t]me|"
    r"visit[ \t]us|find[ \t]us|find[ \t]me|meet[ \t]me|where[ \t]i[ \t]am|i'?m[ \t]at|"
    r"(?:my|our)[ \t](?:location|position|coords?|coordinates|gps|pin|spot)|"
    r"haus|zuhause|daheim|wohnung|wohne\w*|standort[ \t]von[ \t]mir|"
    r"maison|chez|domicile|habite\w*|appartement|"
    r"casa|hogar|vivo|vivimos|domicilio|direcci[oó]n|indirizzo|abito|abitiamo|"
    r"endere[cç]o|moro|moramos|thuis|huis|woon\w*|adres\w*|adresse|"
    r"dom|mieszka\w*|ev|evim|hemma|hjemme|koti|kotona|farm|hof|cottage)\b"
)
# what a kept position must name in its sentence: a thing with a position that is nobody's
# home (a closed class of sea, air, mountain, survey and works nouns in the languages the
# engine reads); a bare pair with none ("meet at 51.5072, -0.1276") may be anyone's, so it
# stays redacted (fail closed)
_PLACE_THING = re.compile(
    r"(?i)\b(?:"
    r"vessels?|ships?|buoys?|wrecks?|anchor\w*|waypoints?|moorings?|berths?|harbou?rs?|ports?|"
    r"marinas?|piers?|jett(?:y|ies)|lighthouses?|reefs?|shoals?|fishing[ \t](?:grounds?|areas?|"
    r"zones?)|ais|mmsi|imo|noon[ \t]position|dive[ \t]sites?|airports?|airfields?|airstrips?|"
    r"runways?|helipads?|drop[ \t]zones?|landing[ \t]zones?|summits?|peaks?|cairns?|huts?|"
    r"refuges?|trailheads?|trails?|passes|glaciers?|craters?|caves?|springs?|survey\w*|"
    r"trig[ \t]points?|benchmarks?|grid[ \t]?ref\w*|ngr|utm|mgrs|turbines?|masts?|"
    r"platforms?|rigs?|wells?|boreholes?|quarr(?:y|ies)|mines?|dams?|weirs?|bridges?|"
    r"(?:work|building|construction)[ \t]?sites?|race|course|checkpoints?|start[ \t]line|"
    r"schiff\w*|boje\w*|wrack\w*|ankerplatz|wegpunkt\w*|hafen|häfen|leuchtturm\w*|riff\w*|"
    r"fanggebiet\w*|flughafen|flugplatz|landebahn|gipfel\w*|hütte\w*|messpunkt\w*|"
    r"vermessung\w*|windrad\w*|baustelle\w*|"
    r"navires?|bou[ée]es?|[ée]paves?|mouillage\w*|phares?|r[ée]cifs?|zones?[ \t]de[ \t]p[êe]che|"
    r"a[ée]roports?|a[ée]rodromes?|pistes?|sommets?|refuges?|cabanes?|[ée]oliennes?|"
    r"chantiers?|"
    r"buques?|boyas?|pecios?|fondeaderos?|faros?|arrecifes?|caladeros?|aeropuertos?|"
    r"cumbres?|cimas?|aerogeneradores?|obras?|"
    r"nav[ei]|relitt[oi]|ancoraggi\w*|aeroport[oi]|vett[ae]|rifugi\w*|cantier[ei]|"
    r"navios?|boias?|naufr[áa]gios?|far[oó]is|aeroportos?|"
    r"schepen|schip|boeien?|wrakken|wrak|ankerplaats\w*|vuurtorens?|luchthaven\w*|vliegveld\w*|"
    r"windturbines?|bouwplaats\w*|"
    r"skib\w*|skip\w*|fartyg\w*|bøje\w*|bøye\w*|vrag\w*|vrak\w*|havn\w*|hamn\w*|"
    r"lufthavn\w*|flygplats\w*|fyrtårn\w*|"
    r"statek|statki\w*|boja|boje|lotnisk\w*|latarni\w*|"
    r"alus|aluksen|poiju\w*|hylky\w*|majakka\w*|satama\w*|lentoasema\w*|lentokentt\w*"
    r")\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_NEVER_DROPPED = frozenset({"NAME", "MEMBER"})
_REACH = 48  # characters around a hit where a coordinate holding it may start or end
# What every form holds: a degree sign, a decimal with three or more decimals, a UTM/MGRS zone
# glued to its band letter, or a grid label (one search before the six patterns are tried)
_GATE = re.compile(r"°|\d[.,]\d\d\d|\d[C-HJ-NP-X]|(?i:grid|ngr|\bos)")


def _number(value: str | None) -> float:
    return float(value.replace(",", ".").replace(" ", "")) if value else 0.0


def _angle_ok(m: re.Match[str], h: str, limit: int) -> bool:
    deg = m.group("deg" + h)
    if deg is not None:
        minutes, seconds = _number(m.group("min" + h)), _number(m.group("sec" + h))
        return _number(deg) <= limit and minutes < 60 and seconds < 60
    return _number(m.group("dec" + h)) <= limit


def _one_letter(m: re.Match[str], h: str) -> bool:
    return (m.group("pre" + h) is None) != (m.group("post" + h) is None)


def _degrees_ok(m: re.Match[str]) -> bool:
    if not (_one_letter(m, "a") and _one_letter(m, "b")):
        return False
    return _angle_ok(m, "a", 90) and _angle_ok(m, "b", 180)


def _decimals_ok(m: re.Match[str]) -> bool:
    lat = m.group("deca") if m.group("deca") is not None else m.group("cdeca")
    lon = m.group("decb") if m.group("decb") is not None else m.group("cdecb")
    return _number(lat) <= 90 and _number(lon) <= 180


def _labelled_ok(m: re.Match[str]) -> bool:
    return _number(m.group("deca")) <= 90 and _number(m.group("decb")) <= 180


def _halves_ok(m: re.Match[str]) -> bool:
    if m.group("solid") is not None:
        return len(m.group("solid")) % 2 == 0
    return len(m.group("e")) == len(m.group("n"))


def _bng_ok(m: re.Match[str], text: str) -> bool:
    """Halves of one length after a grid label: two capitals before a number are as often a
    word in capitals ("CALL ME ON 21288 47885")."""
    if not _GRID_LABEL.search(text, max(0, m.start() - 24), m.start()):
        return False
    if m.group("solid") is not None:
        return len(m.group("solid")) % 2 == 0
    return len(m.group("e")) == len(m.group("n"))


_FORMS = (
    (_DEGREES, _degrees_ok),
    (_LABELLED, _labelled_ok),
    (_DECIMALS, _decimals_ok),
    (_UTM, None),
    (_MGRS, _halves_ok),
)


def coordinate_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """(start, end) of each coordinate or grid reference holding a hit that is not a name,
    whose sentence names a thing that is nobody's home and no home or whereabouts word (see the
    module)."""
    spans: list[tuple[int, int]] = []
    for kind, start, end in hits:
        if kind in _NEVER_DROPPED or any(lo <= start and end <= hi for lo, hi in spans):
            continue
        if not any(c.isdigit() for c in text[start:end]):
            continue
        lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
        if _GATE.search(text, lo, hi) is None:
            continue
        found = _holding(text, lo, hi, start, end)
        if found is None:
            continue
        s_lo = sentence_start(text, found[0], ends=_SENTENCE_END, reach=120)
        s_hi = sentence_stop(text, found[1], ends=_SENTENCE_END, reach=120)
        if _PERSONAL_PLACE.search(text, s_lo, s_hi):
            continue  # a home's or a person's position: redacted (fail closed)
        if not _PLACE_THING.search(text, s_lo, s_hi):
            continue  # nothing says whose position it is: redacted (fail closed)
        if PHONE_WORD_BEFORE.search(text, s_lo, found[0]):
            continue  # "call me on ...": a phone's digits in a grid reference's shape
        spans.append(found)
    return spans


def _holding(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """The first coordinate between ``lo`` and ``hi`` that holds ``[start, end)``."""
    for pattern, ok in _FORMS:
        for m in pattern.finditer(text, lo, hi):
            if m.start() <= start and end <= m.end() and (ok is None or ok(m)):
                return m.span()
    for m in _BNG.finditer(text, lo, hi):
        if m.start() <= start and end <= m.end() and _bng_ok(m, text):
            return m.span()
    return None


def keep_coordinates(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those lying wholly inside a coordinate or grid reference whose sentence
    names a thing that is nobody's home and no home or whereabouts word (``coordinate_spans``)."""
    spans = coordinate_spans(text, hits)
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h[0] in _NEVER_DROPPED or not any(lo <= h[1] and h[2] <= hi for lo, hi in spans)
    ]
