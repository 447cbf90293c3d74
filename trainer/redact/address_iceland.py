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
stræti, braut, stígur), since "-holt" or "-tún" also end farm and district names.

Gate: a letter only Icelandic (or Faroese) writes (ð, þ: ``eth_thorn``, in ``address_regional``),
or, at the house-number anchors ``addresses`` visits anyway (``iceland_anchor``), a number right
after a word with a type ending ("Laugavegur 12", typed without ð/þ or in English prose) or a
three-digit postcode before an Icelandic postal town ("..., 101 Reykjavík"). Without ð/þ in the
text a numbered street counts only with a type no other language ends a word before a number
with ("Carmel 12", "Blind 2", "Tomás 3" stay) or with its postcode line; the unnumbered form
needs an Icelandic preposition other than "um".
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.folding import fold
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
# Types typed without the Icelandic letters ("Skolavordustigur 12", "Hverfisgotu 8").
_ASCII_TYPES = "stigur|stigs|stig|gotu|straeti|gerdi|hlid|hlidar|myri|smari|solum|tuni|vollum"
# Endings other languages also give a word before a number: only with ð/þ or the postcode.
_SHARED = frozenset({"mel", "mels", "lind", "lindar", "hagi", "haga", "velli", "valla", "ás",
                     "áss", "ási", "tun", "tún"})
_ENDINGS = tuple(sorted(set(f"{_TYPES}|{_ASCII_TYPES}".split("|")) - _SHARED))
_BY_TAIL: dict[str, tuple[str, ...]] = {}  # the folded endings by their last three letters
for _ending in dict.fromkeys(fold(e) for e in _ENDINGS):
    _BY_TAIL[_ending[-3:]] = (*_BY_TAIL.get(_ending[-3:], ()), _ending)
TAILS = frozenset(_BY_TAIL)  # a word whose last three are none of these ends in no type
# Íslandspóstur's postal towns (folded stems) and the lowest and highest postcode of each.
_TOWNS = {
    "reykjav": (101, 155), "seltjarnarnes": (170, 172), "kopavog": (200, 203),
    "garðab": (210, 212), "gardab": (210, 212), "hafnarfj": (220, 222),
    "alftanes": (225, 225), "reykjanesb": (230, 262), "keflav": (230, 235),
    "njarðv": (260, 260), "njardv": (260, 260), "grindav": (240, 240),
    "suðurnesjab": (245, 250), "sandgerð": (245, 245), "mosfellsb": (270, 276),
    "akranes": (300, 301), "borgarnes": (310, 311), "stykkish": (340, 340),
    "isafj": (400, 401), "bolungarv": (415, 415), "sauðarkrok": (550, 551),
    "saudarkrok": (550, 551), "siglufj": (580, 580), "akureyr": (600, 603),
    "husav": (640, 641), "egilsstað": (700, 701), "egilsstad": (700, 701), "hofn": (780, 781),
    "selfoss": (800, 802), "hveragerð": (810, 810), "hveragerd": (810, 810),
    "þorlaksh": (815, 815), "thorlaksh": (815, 815), "vestmannaeyj": (900, 902),
}
_TOWN_STEM = re.compile("|".join(sorted(_TOWNS, key=len, reverse=True)))
_FOLDED_CODE_TOWN = re.compile(rf"[1-9]\d\d[ \t]+(?:{_TOWN_STEM.pattern})").match
_CODE_TOWN = re.compile(rf"(?<![\w.,-])[1-9]\d\d[ \t]+(?P<town>[{_UP}][\w-]+)")
# The street line before a postcode line whose type is none of the endings ("Skútuvogur 2").
_STREET_BEFORE = re.compile(
    rf"(?<![\w-])[{_UP}][\w-]+[ \t]\d{{1,4}}[a-zA-Z]?(?:[ \t]?-[ \t]?\d{{1,4}})?"
    r"(?:,[ \t]+|[ \t]*\n[ \t]*)$"
)
# A postcode line without its street opens a line, a clause or a locative ("Room 101 ..." stays).
_CODE_OPENS = re.compile(
    r"(?:^|[,:;(\n]|(?<![\w'’])(?:in|at|to|from|í|á|til|frá|Í|Á|In|At|To|From))[ \t]*$"
).search
_UNIT_AFTER = re.compile(r"[ \t]?(?:m|km|mín|min|kr|ár|ára|%)(?!\w)").match
# Íslandspóstur postcodes run 101-902; the town after it is capitalised.
_CODE = rf"[1-9]\d\d[ \t]+[{_UP}][\w-]+"
_NUMBERED = re.compile(
    rf"(?<![\w-])[{_UP}][\w-]*?(?P<type>{_TYPES}|{_ASCII_TYPES})[ \t](?P<num>\d{{1,4}}[a-zA-Z]?)"
    r"(?![\w:/]|[.,]\d)"
    rf"(?:[ \t]?-[ \t]?\d{{1,4}}(?!\d))?(?:,?[ \t]+(?:íbúð|hæð)[ \t]\d{{1,3}})?"
    rf"(?:,[ \t]+(?P<code>{_CODE}))?"
)
_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w-])(?P<prep>á|Á|í|Í|við|Við|frá|Frá|hjá|Hjá|að|Að|um|Um)[ \t]+"
    rf"(?P<street>[{_UP}][\w-]*?(?:{_PLAIN_TYPES}))(?![\w-])"
)


def _town_code(text: str, m: re.Match[str]) -> bool:
    """``m`` (``_CODE_TOWN``) is a postcode of Íslandspóstur's range for its town."""
    stem = _TOWN_STEM.match(prefilter.folded(text), m.start("town"))
    if stem is None:
        return False
    low, high = _TOWNS[stem.group()]
    return low <= int(m.group()[:3]) <= high


def eth_thorn(text: str) -> bool:
    """Whether ``text`` holds ð or þ (either case): Icelandic prose always does."""
    return not text.isascii() and ("ð" in text or "þ" in text or "Þ" in text or "Ð" in text)


def iceland_anchor(folded: str, start: int, end: int) -> bool:
    """Whether the word ``folded[start:end]`` (folded text, a digit after ``end + 1``) ends in
    an Icelandic street type, or a town's postcode line starts after it ("..., 101 Reykjavík"):
    the gate for text without ð/þ, tried at each house-number anchor of ``addresses``."""
    ends = _BY_TAIL.get(folded[end - 3 : end])
    if ends is not None and folded.endswith(ends, start, end):
        return True
    return folded[end + 4 : end + 5] == " " and _FOLDED_CODE_TOWN(folded, end + 1) is not None


def icelandic_streets(text: str) -> list[Hit]:
    """ADDRESS hits for numbered Icelandic street lines (with the postcode line after them), for
    a town's postcode line with the street line before it, and for unnumbered streets after a
    place preposition."""
    icelandic = eth_thorn(text)
    hits: list[Hit] = []
    for m in _NUMBERED.finditer(text):
        num = m.group("num")
        code = m.group("code")
        # a year after the name is no house number without the postcode line
        if len(num) == 4 and num[:2] in ("19", "20") and not code:
            continue
        if not code and _UNIT_AFTER(text, m.end("num")):  # "Hringbraut 200 m", "veg 5 km"
            continue
        if not (icelandic or code or m.group("type").lower() in _ENDINGS):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    if prefilter.has_digit(text):
        for m in _CODE_TOWN.finditer(text):
            if _town_code(text, m):
                line = _STREET_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if line or _CODE_OPENS(text, max(0, m.start() - 8), m.start()):
                    hits.append(("ADDRESS", line.start() if line else m.start(), m.end()))
    if icelandic or not text.isascii():
        for m in _AFTER_PREPOSITION.finditer(text):
            if icelandic or m.group("prep").lower() != "um":
                hits.append(("ADDRESS", m.start("street"), m.end("street")))
    return hits
