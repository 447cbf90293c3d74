"""Czech street lines, as Česká pošta writes them: the street name (an adjective or a
genitive, "Husova", "Nádražní", "Komenského"; or led by a type, "náměstí Míru", "nám.", "třída",
"tř.", "nábřeží", "U Vodárny"), the house number, often as číslo popisné/číslo orientační
("1575/63"), the flat ("byt č. 12", "3. patro", "2. NP", "vchod B"), then the postcode "NNN NN"
and the town ("370 01 České Budějovice", "Praha 7"), or the town and the code.

A Czech street name has no type word to anchor it, so the rule runs only near a type word, a
flat word or an address label ("Adresa:", "na adrese", "trvalé bydliště", "sídlo", "bydlím v"),
and a match counts only with a type word, the two-part house number, a flat part, the postcode,
or a label earlier in the same clause ("Sál 12", "Linka 271" stay); a number with a leading
zero or after a document noun ("Faktura 499/25") is a record's, not a house number.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_words import CAPITALS, LOWERCASE
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_UP = CAPITALS
_LOW = LOWERCASE
_TYPE = r"(?i:náměstí|nám\.|třída|tř\.|ulice|ul\.|nábřeží|nábř\.)|U"
_RANK = r"(?:(?:Kpt|Gen|Dr|Prof|Plk|Pplk|Mjr|Sv|Arm|Mistra)\.\s?)*"
_TOWN = rf"[{_UP}{_LOW}][\w-]*(?:\s[{_UP}{_LOW}][\w-]*)?(?:\s\d{{1,2}}(?!\d|\s\d{{2}}(?!\d)))?"
_CZ_LINE = re.compile(
    rf"(?<![\w.])(?:(?P<type>{_TYPE})\s{_RANK}(?P<typed>[{_UP}{_LOW}][\w'’-]*)"
    rf"|(?:(?<=:\s)[{_LOW}]|[{_UP}])[\w'’-]*)(?:\s[{_UP}{_LOW}][\w'’-]*){{0,2}}?"
    r"\s(?P<num>\d{1,4}(?P<slash>/\d{1,4})?[a-zA-Z]?)"
    r"(?P<unit>(?:,?\s(?:\d{1,2}\.\s?(?:patro|NP|podlaží)|byt(?:\sč\.|\sčíslo)?\s?\d{1,4}|"
    r"vchod\s[A-Z\d])\b)*)"
    r"(?![\w]|[.,/-]\d)"
    rf"(?P<code>,?\s(?:\d{{3}}\s\d{{2}}\s+{_TOWN}|{_TOWN},?\s\d{{3}}\s\d{{2}}(?!\d)))?"
)
# Czech address labels and residence words; the label may stand anywhere earlier in the same
# clause ("bydlím v Ostravě, Polská 25"), not only right before the street.
# Slovak labels too (Slovenská pošta): "bydlisko", "sídlo", "miesto konania", "bývam".
# Pickup and delivery labels of parcel forms: "Vyzvednutí:", "Místo vyzvednutí", "Doručení",
# "Výdejní místo", Slovak "Vyzdvihnutie", "Doručenie", "Odberné miesto".
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:adres[aeuy]|bydlišt[ěi]|bydlisk[oua]|trval(?:ý|ého|ém)\spobytu?|sídl[oea]|"
    r"bydlím|bydlíme|bývam|bývame|míst[oě]\skonání|miest[oe]\skonania|vyzvednutí|"
    r"vyzdvihnuti[ea]|doručení|doručeni[ea]|výdejní\smísto|výdejn[ěa]|odbern[éo]m?\smiest[oe])\b)"
    r"[^.!?;\n]{0,40}$"
).search
# Keywords as ``prefilter`` folds them: the types, the flat words and the labels.
_KEYS = {
    "namesti", "nam", "trida", "tr", "ulice", "ul", "nabrezi", "nabr", "patro", "byt", "vchod",
    "np", "adresa", "adrese", "adresu", "adresy", "bydliste", "bydlisti", "bydlim", "bydlime",
    "pobyt", "pobytu", "sidlo", "sidle", "sidla", "konani", "bydlisko", "bydlisku", "bydliska",
    "byvam", "byvame", "konania", "vyzvednuti", "vyzdvihnutie", "vyzdvihnutia", "doruceni",
    "dorucenie", "dorucenia", "vydejni", "vydejna", "vydejne", "odberne", "odbernom",
}
prefilter.register("cz_street", _KEYS)


# Nouns of documents and numbers: "Faktura 499/25", "Objednávka 12/3" name a record, no street.
_DOCUMENTS = frozenset(
    """faktura faktury fakturu objednávka objednávky objednávku smlouva smlouvy doklad dokladu
    číslo zakázka zakázky jednací spis účtenka účet variabilní kapitola strana verze model
    sezóna díl linka sál místnost""".split()
)


def czech_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Czech street lines near the keywords at ``spans``."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=70, after=110)
    for m in prefilter.finditer_in(_CZ_LINE, text, regions):
        if m.group("num")[0] == "0" or m.group().split()[0].casefold() in _DOCUMENTS:
            continue  # a house number never starts with 0; "Faktura 499/25" is a document
        # a year after the slash numbers an act, no house ("Legea 53/2003", "zákon 262/2006")
        slash = m.group("slash") and not year_like(m.group("slash"))
        framed = slash or m.group("unit") or m.group("code") or m.group("type")
        if not framed and (
            year_like(m.group("num")) or not _LABEL_BEFORE(text, max(0, m.start() - 60), m.start())
        ):
            continue  # "Sál 635", "Koupeno v roce 2004": a room, a year
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits
