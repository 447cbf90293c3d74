"""Nicaraguan addresses written by landmark, as Correos de Nicaragua delivers them.

Most Nicaraguan streets have no name plate, so an address starts at a landmark, present or gone
("de donde fue el cine González", "del Colegio Teresiano", "costado sur de la iglesia San José",
"frente al parque") and counts blocks ("cuadras", "c."), yards ("varas", "vrs.") or metres in
a direction: "al lago" (north in Managua), "arriba" (east), "abajo" (west), "a la montaña"
(south), "al sur" ... Then come the house ("casa #45"), the neighbourhood ("Reparto Schick",
"Barrio Monseñor Lezcano", "Residencial Las Colinas", "Colonia Centroamérica") and the town.
Highways are located by their kilometre post: "km 5 carretera a Masaya".

The frame anchors a line: a reference word, the landmark, then a distance and its direction,
with the house or neighbourhood after it or a residence or mail cue before it (the way to a
shop or an event, "Del Teatro Nacional, 100 metros al norte, Restaurante X", names no home); a
landmark with no distance counts when the house or neighbourhood follows it ("frente a la
Escuela Normal, Barrio X"). Prose that walks "two blocks to the river" names no landmark before
the distance and stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import residence_word
from trainer.redact.hits import Hit
from trainer.redact.sentence_window import sentence_start

# "de donde fue el cine X", "del Colegio X", "costado sur de la iglesia X", "frente al parque".
_REFERENCE = (
    r"(?:(?:de[ \t]+)?donde[ \t]+(?:fue|era|estaba|estuvo|queda(?:ba)?)|"
    r"costado[ \t]+(?:norte|sur|este|oeste|oriental|occidental|noreste|noroeste|sureste|"
    r"suroeste)[ \t]+de(?:l|[ \t]+la|[ \t]+los|[ \t]+las)?|"
    r"(?:frente|contiguo|enfrente|detr[aá]s|cerca|esquina[ \t]+opuesta)[ \t]+(?:a|al|de|del)"
    r"(?:[ \t]+(?:la|los|las))?|"
    r"del|de[ \t]+la|de[ \t]+los|de[ \t]+las|de)"
)
_AMOUNT = (
    r"(?:\d{1,3}(?:[.,]\d|[ \t]?1/2|[ \t]y[ \t]media)?|una?|media|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez)"
)
_UNIT = r"(?:cuadras?|c\.|cdras?\.?|varas|vrs\.?|metros|mts\.?|m\.|kms?\.?)"
_DIRECTION = (
    r"(?:al[ \t]+(?:lago|mar|sur|norte|este|oeste|oriente|poniente|sureste|suroeste|noreste|"
    r"noroeste)|a[ \t]+la[ \t]+monta[ñn]a|arriba|abajo|"
    r"hacia[ \t]+(?:el[ \t]+|la[ \t]+)?(?:lago|sur|norte|este|oeste|monta[ñn]a))"
)
_STEP = rf"{_AMOUNT}[ \t]{_UNIT}[ \t]*{_DIRECTION}"
_STEPS = rf"{_STEP}(?:(?:,[ \t]*|[ \t]+y[ \t]+|[ \t]+)(?:{_STEP}|media[ \t]+{_DIRECTION}))*"
# The landmark: up to six words of its own line and clause ("el cine González", "la Rotonda").
_LANDMARK = r"[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,6}?"
_HOUSE = r"(?i:casa)[ \t]?(?:#|n[º°o]\.?|No\.?)?[ \t]?[A-Z]?-?\d{1,4}[A-Za-z]?(?![\w-])"
_AREA_WORDS = r"(?:Reparto|Barrio|Bo\.|Residencial|Colonia|Urbanizaci[oó]n|Villa|Ciudad)"
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
_AREA = rf"{_AREA_WORDS}[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_NAME}(?:[ \t]+{_NAME}){{0,3}}"
# After the frame: the house, the neighbourhood and the town, each after a comma.
_TAIL = re.compile(
    rf"(?:,[ \t]*(?:{_HOUSE}|{_AREA}))*"
    rf"(?:,[ \t]*{_NAME}(?:[ \t]+{_NAME})?(?=[ \t]*(?:$|[\n.;!?)])))?"
)
_FRAMED = re.compile(
    rf"(?<![\w-])(?i:{_REFERENCE})[ \t]+(?P<landmark>{_LANDMARK}),?[ \t]+(?i:{_STEPS})"
)
# A landmark with no distance, then the house or the neighbourhood.
_BESIDE = re.compile(
    r"(?<![\w-])(?i:costado[ \t]+\w+[ \t]+de(?:l|[ \t]+la|[ \t]+los|[ \t]+las)?|"
    r"(?:frente|contiguo|enfrente|detr[aá]s)[ \t]+(?:a|al|de|del)(?:[ \t]+(?:la|los|las))?)"
    rf"[ \t]+{_LANDMARK},[ \t]*(?:{_HOUSE}|{_AREA})"
)
# "km 5 carretera a Masaya", "Km. 12 1/2 Carretera Norte".
_KM_ROAD = re.compile(
    r"(?<![\w-])(?i:km)\.?[ \t]?\d{1,3}(?:[.,]\d{1,2}|[ \t]1/2)?,?[ \t]+(?i:carretera)[ \t]+"
    rf"(?:(?i:vieja[ \t]+a|nueva[ \t]+a|a|al|hacia)[ \t]+{_NAME}(?:[ \t]+{_NAME})?|"
    r"(?i:norte|sur|panamericana(?:[ \t]+(?:norte|sur))?))"
)
_AREA_AFTER = re.compile(rf",[ \t]*(?:{_HOUSE}|{_AREA})").match
_LINE_START = re.compile(r"[\n.!?]")
prefilter.register(
    "address_ni",
    {"cuadras", "cuadra", "cdras", "varas", "vrs", "al lago", "arriba", "abajo", "a la montana",
     "al sur", "al norte", "al este", "al oeste",
     "costado", "frente", "contiguo", "enfrente", "km"},
)


# Words one of which each pattern's match holds, in lower case: every distance's direction
# ("al oeste" holds "este", "a la montaña" "monta"), the landmark word of ``_BESIDE`` ("enfrente"
# holds "frente", "detrás" "detr"), the road of ``_KM_ROAD``. On ASCII text, where ``(?i)`` is
# ASCII case only, a region holding none of them holds no match (elsewhere ``(?i)`` also pairs
# "ſ" with "s" and the Kelvin sign with "k": no gate there).
_FRAMED_WORDS = (
    "lago", "mar", "sur", "norte", "este", "oriente", "poniente", "monta", "arriba", "abajo",
    "hacia",
)  # fmt: skip
_BESIDE_WORDS = ("costado", "frente", "contiguo", "detr")
_KM_ROAD_WORDS = ("carretera",)


def _may_hold(low: str | None, regions: list[tuple[int, int]], words: tuple[str, ...]) -> bool:
    """False only when ``low`` (the lower-cased ASCII text; None: no gate) has none of ``words``
    inside any of ``regions``."""
    return low is None or any(low.find(w, lo, hi) != -1 for lo, hi in regions for w in words)


def nicaraguan_addresses(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for landmark lines and kilometre posts near the ``address_ni`` keywords
    (most "km" of prose, "a 700 km drive", have no direction, landmark or road near: a few
    substring tests skip the three patterns' scans there)."""
    regions = prefilter.windows(text, spans, before=110, after=120)
    low = prefilter.lowered(text) if text.isascii() else None
    hits: list[Hit] = []
    framed = _may_hold(low, regions, _FRAMED_WORDS)
    for m in prefilter.finditer_in(_FRAMED, text, regions if framed else ()):
        if not _names_a_place(m.group("landmark")):
            continue
        tail = _TAIL.match(text, m.end())
        end = tail.end() if tail else m.end()
        # the way to a shop or an event ("Del Teatro Nacional, 100 metros al norte, Restaurante
        # X") names nobody's home: a residence cue, or the house or neighbourhood, must be there
        if _AREA_AFTER(text, m.end()) or _home_cue(text, m.start()):
            hits.append(("ADDRESS", m.start(), end))
    beside = _may_hold(low, regions, _BESIDE_WORDS)
    for m in prefilter.finditer_in(_BESIDE, text, regions if beside else ()):
        tail = _TAIL.match(text, m.end())
        hits.append(("ADDRESS", m.start(), tail.end() if tail else m.end()))
    road = _may_hold(low, regions, _KM_ROAD_WORDS)
    for m in prefilter.finditer_in(_KM_ROAD, text, regions if road else ()):
        if _home_cue(text, m.start()) or _AREA_AFTER(text, m.end()):
            tail = _TAIL.match(text, m.end())
            hits.append(("ADDRESS", m.start(), tail.end() if tail else m.end()))
    return hits


# Home and mail words of Nicaraguan Spanish beside ``address_numbers.residence_word``'s.
_HOME = re.compile(
    r"(?i:\b(?:casa|hogar|manden|mándenme|mandenme|escríbanme|escribanme|correspondencia|"
    r"cartas?|paquetes?|notificaci[oó]n(?:es)?)\b)"
).search


def _home_cue(text: str, start: int) -> bool:
    """A residence or mail word in the sentence before ``start`` (at most 80 characters back)."""
    lo = sentence_start(text, start, ends=_LINE_START, reach=80)
    return residence_word(text, lo, start) or _HOME(text, lo, start) is not None


def _names_a_place(landmark: str) -> bool:
    """The landmark holds a capitalised word or a place noun ("el cine González", "la iglesia")
    and no sentence end; "dos cuadras del río" has no landmark before its distance."""
    words = landmark.split()
    if any(w.endswith((".", "!", "?")) and len(w) > 3 for w in words[:-1]):
        return False
    return any(w[:1].isupper() for w in words) or any(w.lower() in _PLACE_NOUNS for w in words)


_PLACE_NOUNS = frozenset(
    """cine iglesia colegio escuela parque mercado hospital gasolinera rotonda semáforo semáforos
    semaforo semaforos farmacia pulpería pulperia banco estadio universidad alcaldía alcaldia
    puente empalme portón porton entrada tienda supermercado clínica clinica centro
    cementerio""".split()
)
