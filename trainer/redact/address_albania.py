"""Albanian addresses (Albania, Kosovo, North Macedonia's Albanian speakers).

Posta Shqiptare writes the street type first ("Rruga", "Rr.", "Bulevardi", "Blv.", "Sheshi"),
the name (a genitive after the linking article: "Rruga e Kavajës", "Bulevardi Zogu i Parë"),
the house number ("Nr. 12"), then the block of flats and its parts ("Pallati 7", "Shkalla 2",
"Hyrja 1", "Kati 4", "Ap. 32"), and the four-digit postal code before the town ("1001
Tiranë"; Kosovo's Posta e Kosovës writes five digits, "10000 Prishtinë"). Durrës and other
towns number their quarters ("Lagjja 13"). Streets are also named after dates ("Rruga 28
Nëntori").

The type and a capitalised name anchor; a house number, a building part or a postcode must
follow, so a street used as a place in prose ("trafiku në Rrugën e Kavajës") stays. Every part
after the name is taken, on the same line, up to the town after the postcode.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÇË"
_NAME = rf"[{_UP}][\w'’-]*"
# The linking article of a genitive name ("e Kavajës", "i Parë", "së Bashku", "të Rinjve").
_LINK = r"(?:e|i|së|të)"
_MONTH = r"(?:Janar|Shkurt|Mars|Prill|Maj|Qershor|Korrik|Gusht|Shtator|Tetor|Nëntor|Dhjetor)\w*"
# The type, with its inflected forms in prose ("në Rrugën e Durrësit nr. 5").
_TYPE = (
    r"(?:Rruga|Rrugën|Rrugës|Rrugica|Rr\.|Bulevardi|Bulevardin|Bulevardit|Blv\.|Bul\.|Sheshi|"
    r"Sheshin|Sheshit)"
)
_STREET_NAME = (
    rf"(?:\d{{1,2}}[ \t](?={_MONTH})|{_LINK}[ \t])?{_NAME}(?:[ \t](?:{_LINK}[ \t])?{_NAME}){{0,3}}"
)
# Building parts: pallati (block of flats), shkalla (stairway), hyrja (entrance), kati (floor),
# apartamenti; each with its number.
_PART = (
    r"(?:Nr\.?|nr\.?|Numër|numër|Pallati|Pall\.|pallati|Shkalla|Shk\.|shkalla|Hyrja|hyrja|Kati|"
    r"kati|Ap\.?|ap\.|Apartamenti|apartamenti|Godina|Kulla|Lagjja|Lagja|Lagjia|lagjja|lagja)"
    r"[ \t]?\d{1,4}[A-Za-z]?(?![\w/.,-]\d|\w)"
)
_POSTCODE = rf"\d{{4,5}}[ \t]{_NAME}(?:[ \t]{_NAME})?"
_TOWN_CODE = rf"{_NAME}[ \t]\d{{4,5}}(?![\w.,/-]\d|\w)"  # "Tiranë 1001"
_BOX = r"(?:Kutia[ \t]Postare|kutia[ \t]postare|K\.[ \t]?P\.)[ \t]?\d{1,5}(?![\w.,/-]\d|\w)"
_STREET = re.compile(
    rf"(?<![\w.-])(?:{_TYPE}[ \t]{_STREET_NAME}"
    # the first part: a bare house number, a marked one or a building part, or the postcode
    rf"(?P<cue>,?[ \t](?:{_PART}|\d{{1,4}}[A-Za-z]?(?![\w/.,:-]\d|\w))|,[ \t]{_POSTCODE})|"
    # a numbered quarter is a place of its own, its street may follow ("Lagjja 13, Rruga ...")
    rf"Lagj(?:ja|ia|a|en|es)[ \t]\d{{1,2}}(?![\w/.,:-]\d|\w)(?:,?[ \t]{_TYPE}[ \t]{_STREET_NAME})?)"
    rf"(?:,?[ \t]{_PART})*"
    # a post-office box of its own ("Kutia Postare 1234", "K.P. 12"), on the line or the next
    rf"(?:,?[ \t]*\n?[ \t]*{_BOX})?"
    # the postcode and town, on the line or the next ("Rruga e Dibrës 12\n1001 Tiranë")
    rf"(?:,?[ \t](?:{_POSTCODE}|{_TOWN_CODE})|,?[ \t]*\n[ \t]*{_POSTCODE}(?=[ \t]*(?:$|\n|[.,;])))?"
)
_YEAR = re.compile(r",?[ \t](?:19|20)\d\d$").match
prefilter.register(
    "al_street",
    {"rruga", "rrugen", "rruges", "rrugica", "rr", "bulevardi", "bulevardin", "bulevardit",
     "blv", "bul", "sheshi", "sheshin", "sheshit", "lagjja", "lagja", "lagjia", "lagjen",
     "lagjes"},
)


def albanian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for streets led by the ``al_street`` keywords at ``spans``: type, name and
    at least a house number, a building part or a postcode after it. A bare four-digit year
    after the name ("Rruga e Kavajës 2024 ishte ...") is no house number unless more follows."""
    regions = prefilter.windows(text, spans, before=2, after=140)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_STREET, text, regions):
        if m.group("cue") and m.end() == m.end("cue") and _YEAR(m.group("cue")):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits
