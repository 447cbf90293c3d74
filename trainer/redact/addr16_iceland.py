"""Icelandic street lines (Íslandspóstur): "Laugavegur 12, 101 Reykjavík".

Icelandic street names are compounds whose last part is the street type, and they decline with
the sentence: nominative on an envelope ("Hverfisgata 8"), dative after the place prepositions
á/í/við/frá/hjá/að ("á Hverfisgötu 8", "við Laugaveg", "í Hafnarstræti"). The type endings
below are listed in their common case forms (nominative, accusative, dative, genitive):
-gata/-götu, -vegur/-veg/-vegi/-vegar, -stræti, -braut/-brautar, -stígur/-stíg, -tún/-túni,
-holt/-holti, -hraun/-hrauni, -vellir/-völlum/-velli, -gerði, -hlíð, -bakki/-bakka, -torg,
-sund, -teigur/-teig/-teigi, -mýri, -hagi/-haga, -melur/-mel/-mel, -brekka/-brekku, -kór,
-hvarf, -lind, -smári, -salir/-sölum, -leiti, -stekkur/-stekk, -engi, -hæð, -ás/-ási.

Íslandspóstur writes the three-digit postcode (101-902) before the town on the line after the
street ("Hringbraut 13, 200 Kópavogur"). A street counts with its house number; without one
only after a place preposition and only with one of the unmistakable types (gata, vegur,
stræti, braut, stígur), since "-holt" or "-tún" also end farm and district names. The rule runs
only on text holding a letter only Icelandic (or Faroese) writes: ð, þ (gate in ``iceland_gate``).
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÝÞÆÖÐ"
_TYPES = (
    "gata|götu|gatan|götunnar|vegur|vegar|vegi|veg|stræti|strætis|braut|brautar|brautina|"
    "stígur|stígs|stíg|túni|túns|tún|holti|holts|holt|hrauni|hrauns|hraun|vellir|völlum|"
    "velli|valla|gerði|gerðis|hlíð|hlíðar|bakki|bakka|torgi|torgs|torg|sundi|sunds|sund|"
    "teigur|teigi|teigs|teig|mýri|mýrar|hagi|haga|melur|mels|mel|brekka|brekku|kór|kórs|"
    "hvarf|hvarfi|lind|lindar|smári|smára|salir|sölum|leiti|leitis|stekkur|stekk|engi|"
    "hæð|hæðar|ás|ási|áss"
)
_PLAIN_TYPES = "gata|götu|vegur|vegar|vegi|veg|stræti|braut|brautar|stígur|stíg"
# Íslandspóstur postcodes run 101-902; the town after it is capitalised.
_CODE = rf"[1-9]\d\d[ \t]+[{_UP}][\w-]+"
_NUMBERED = re.compile(
    rf"(?<![\w-])[{_UP}][\w-]*?(?:{_TYPES})[ \t](?P<num>\d{{1,4}}[a-zA-Z]?)"
    r"(?![\w:/]|[.,]\d)"
    rf"(?:[ \t]?-[ \t]?\d{{1,4}}(?!\d))?(?:,?[ \t]+(?:íbúð|hæð)[ \t]\d{{1,3}})?"
    rf"(?:,[ \t]+(?P<code>{_CODE}))?"
)
_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w-])(?:á|Á|í|Í|við|Við|frá|Frá|hjá|Hjá|að|Að|um|Um)[ \t]+"
    rf"(?P<street>[{_UP}][\w-]*?(?:{_PLAIN_TYPES}))(?![\w-])"
)


def iceland_gate(text: str) -> bool:
    """Whether ``text`` holds ð or þ (either case): Icelandic prose always does."""
    return not text.isascii() and (
        "ð" in text or "þ" in text or "Þ" in text or "Ð" in text
    )


def icelandic_streets(text: str) -> list[Hit]:
    """ADDRESS hits for numbered Icelandic street lines (with the postcode line after them) and
    for unnumbered streets after a place preposition."""
    hits: list[Hit] = []
    for m in _NUMBERED.finditer(text):
        num = m.group("num")
        # a year after the name is no house number without the postcode line
        if len(num) == 4 and num[:2] in ("19", "20") and not m.group("code"):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    for m in _AFTER_PREPOSITION.finditer(text):
        hits.append(("ADDRESS", m.start("street"), m.end("street")))
    return hits
