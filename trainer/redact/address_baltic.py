"""Baltic street lines, as the three posts write them: the street's name first (a genitive or
an adjective), then its type, the house number with the flat after a hyphen, then the postcode
and the locality (UPU S42; Lietuvos paštas, Latvijas Pasts, Omniva):

| post | street line | locality line |
|---|---|---|
| Lietuvos paštas | "Gedimino pr. 9-4", "Pilies skg. 3" | "LT-01103 Vilnius" |
| Latvijas Pasts | "Brīvības iela 12-3", "Raiņa bulvāris 5 k-2" | "Rīga, LV-1010" |
| Omniva | "Narva mnt 5", "Pikk tn 3-12", "Toompuiestee 1" | "10117 Tallinn" |

The types are those of the national address registers: Lithuanian gatvė (g.), prospektas
(pr.), alėja (al.), skersgatvis (skg.), plentas (pl.), aikštė, kelias (kel.), krantinė
(krant.), takas (tak.), aklagatvis (aklg.); Latvian iela, gatve, bulvāris, prospekts, laukums,
šoseja, aleja, dambis, krastmala, līnija, ceļš, šķērsiela; Estonian tänav (tn), maantee (mnt),
puiestee (pst), põik, tee, väljak, allee, plats. A type counts only between a capitalised name
and a house number; the abbreviations only with their full stop where they have one ("g.").
A short type that is also a word or another abbreviation (Lithuanian "kel."/"tak.", "pr.",
"al.", "pl."; Latvian "aleja", a Polish type first; "tee", "allee", "plats") also needs the
postcode line. Aikštė's "a." is
left out: as a keyword it would fire on every English "a". The locative forms count as their
type ("Brīvības ielā 12": at the street). A year after the type with nothing
after it ("Jonaitis g. 1985": born in) is no house number.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_words import CAPITALS
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_UP = CAPITALS + "ĀĒĖĢĪĮĶĻŅŪŲÕ"
# (type as written, needs the postcode line): every spelling the registers use
# "pl." (Hungarian "for example"), "pr.", "al." (Polish aleja) and "tee" (golf) are words or
# abbreviations elsewhere: they need the postcode or locality line too (review 15)
_LT = {"g.": False, "pr.": True, "al.": True, "skg.": False, "pl.": True, "aklg.": False,
       "krant.": False, "gatvė": False, "prospektas": False, "alėja": False,
       "skersgatvis": False, "plentas": False, "aikštė": False, "krantinė": False,
       "aklagatvis": False, "kel.": True, "tak.": True, "kelias": True,
       "takas": True}
_LV = {"iela": False, "gatve": False, "bulvāris": False, "prospekts": False, "laukums": False,
       "šoseja": False, "dambis": False, "krastmala": False, "līnija": False, "ceļš": False,
       "šķērsiela": False, "aleja": True}
_EE = {"tn": False, "tn.": False, "tänav": False, "mnt": False, "mnt.": False,
       "maantee": False, "pst": False, "pst.": False, "puiestee": False, "põik": False,
       "väljak": False, "tee": True, "allee": True, "plats": True}
# The locative, after "meet at", "we live in" ("Tiekamies Brīvības ielā 12", "Gedimino
# prospekte 9", "Pikal tänaval 3"): the same type, declined, with the same needs.
_LOCATIVES = {"ielā": False, "gatvē": False, "bulvārī": False, "prospektā": False,
              "laukumā": False, "šosejā": False, "dambī": False, "krastmalā": False,
              "līnijā": False, "ceļā": False, "šķērsielā": False, "alejā": True,
              "gatvėje": False, "prospekte": False, "alėjoje": False, "aikštėje": False,
              "skersgatvyje": False, "tänaval": False, "maanteel": False, "puiesteel": False,
              "väljakul": False}
_TYPES = _LT | _LV | _EE | _LOCATIVES
# The genitive endings of the street names before the types that are words elsewhere: the
# Lithuanian "Gedimino", "Laisvės", "Pušų", "Vilniaus"; the Estonian "Männi", "Tartu", "Pärnu".
_LT_GENITIVE = re.compile(r"(?:[^\W\d_]{2}(?:o|ės|ų|os|aus|ies)|[ąčęėįšųūž]\w*)[ \t]$")
_GENITIVE = {"pr.": _LT_GENITIVE, "al.": _LT_GENITIVE, "pl.": _LT_GENITIVE,
             "tee": re.compile(r"[^\W\d_]{2}[aeiuõäöü][ \t]$")}
_NEVER = re.compile(r"(?!)")
prefilter.register("baltic_street", {t.rstrip(".") for t in _TYPES})

_TYPE = re.compile(
    "|".join(re.escape(t) for t in sorted(_TYPES, key=len, reverse=True)) + r"(?![\w.])"
)
# The name before the type: one to three capitalised words, initials before them ("M. K.
# Čiurlionio g."), on the type's line.
_NAME = re.compile(
    rf"(?<![\w.'’-])(?:[{_UP}]\.[ \t]?){{0,2}}[{_UP}][\w'’-]+(?:[ \t][{_UP}][\w'’-]+){{0,2}}"
    r"[ \t]$"
)
# House number, flat ("12-3", "12/3", "12A"), Latvian and Lithuanian building ("k-2", "k. 2").
_NUMBER = re.compile(
    r"[ \t](?P<num>\d{1,4}[A-Za-z]?)(?P<flat>[ \t]?[-/][ \t]?\d{1,4}[A-Za-z]?)?"
    r"(?P<block>[ \t]?k(?:-|\.[ \t]?)\d{1,2})?(?![\w]|[.,/-]\d)"
)
_TOWN = rf"[{_UP}][\w'’-]+(?:[ \t][{_UP}][\w'’-]+(?=[ \t]*(?:$|[\r\n,.;!?)])))?"
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)"
_CODE = r"(?:LT-[ \t]?\d{5}|LV-[ \t]?\d{4}|\d{5})(?![\w-]|[.,]\d)"
# The locality line: "LT-01103 Vilnius", ", Rīga, LV-1010", "\n10117 Tallinn", "Rīga LV-1010".
# A town alone after a comma closes the line or the sentence ("Pilies g. 3, Trakai.").
_LOCALITY = re.compile(
    rf"{_SEP}(?:{_CODE}[ \t]+{_TOWN}|{_TOWN},?[ \t]*(?:\r?\n[ \t]*)?{_CODE})"
    rf"|[ \t]*,[ \t]*{_TOWN}(?=[ \t]*(?:$|[\r\n;!?)]|\.(?:\s|$)))"
)


def baltic_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Baltic street lines whose type keyword is at ``spans``."""
    hits: list[Hit] = []
    for s, e in spans:
        # cheap tests first: a space before the type, a digit after it
        if s < 3 or text[s - 1] not in " \t" or not text[s - 2].isalpha():
            continue
        if not (text[e + 1 : e + 2].isdigit() or text[e + 2 : e + 3].isdigit()):
            continue
        typed = _TYPE.match(text, s)
        number = typed and _NUMBER.match(text, typed.end())
        name = number and _NAME.search(text, max(0, s - 60, text.rfind("\n", 0, s) + 1), s)
        if not name:
            continue
        locality = _LOCALITY.match(text, number.end())
        if not locality and (
            # a short type that is also a word needs the locality line, or a name that ends as
            # a Lithuanian genitive ("Pušų al. 9") or an Estonian one ("Männi tee 31") ends
            (_TYPES[typed.group()] and not _GENITIVE.get(typed.group(), _NEVER).search(name[0]))
            or (year_like(number.group("num")) and not number.group("flat"))
        ):
            continue  # "Jonaitis (g. 1985)": born in that year, no house number
        hits.append(("ADDRESS", name.start(), locality.end() if locality else number.end()))
    return hits
