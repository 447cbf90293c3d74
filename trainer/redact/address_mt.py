"""Maltese addresses, as MaltaPost writes them.

MaltaPost's postcode is three capital letters (the locality's abbreviation), a space and four
digits, written last, after the locality: "[Flat 2, ][house number or name, ]<street>,
<locality>[, Gozo] ABC 1234" on one line or on several. Maltese street names open with a type
word (Triq "street", Pjazza and Misraħ "square", Sqaq "alley", Vjal "avenue", Telgħa "ascent",
Xatt "quay", Trejqa "lane", Dawret "bypass", Daħla "inlet", Wesgħa "open space") followed by a
name whose words may carry the Maltese article glued by a hyphen ("il-", "l-", assimilated
"is-", "it-", "ix-", "iż-" ..., and "ta'"/"tal-": "of the").

Two rules:

- ``maltese_streets``: a street led by a Maltese type word, with a house number or a flat/block
  part before it or the locality and postcode after it (a bare street name with neither is a
  place, not an address, and stays);
- ``maltese_code_at``: a postcode anchor for ``postal.postal_blocks`` (which takes the address
  lines back from it): the letters are one of MaltaPost's locality abbreviations and a locality
  word, a comma or a line start comes right before them; a year-like number ("PTA 2025") needs
  a Maltese street word in the lines before.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.quantities import is_year

# Maltese street type words (capitalised, as street signs and MaltaPost write them).
_TYPES = r"(?:Triq|TRIQ|Pjazza|Misraħ|Sqaq|Vjal|Telgħa|Xatt|Trejqa|Dawret|Daħla|Wesgħa)"
prefilter.register(
    "mt_street",
    set("triq pjazza misraħ sqaq vjal telgħa xatt trejqa dawret daħla wesgħa".split()),
)
_UP = "A-ZĊĠĦŻ"
_LOW = "a-zċġħż"
# The article glued to its noun: il-, l-, the sun-letter forms (iċ-, id-, in-, ir-, is-, it-,
# ix-, iż-, iz-) and with "ta'" (tal-, taċ- ...); "ta'" alone before a noun.
_ARTICLE = r"(?:(?:[IiTt]a?[lċdnrstxżzLĊDNRSTXŻZ]|[Ll])-)"
_NAME = (
    rf"(?:{_ARTICLE}?[{_UP}][\w'’.-]*|{_ARTICLE}[{_LOW}][\w'’-]*|[Tt]a['’](?=[ \t])|"
    r"(?:San|Santa|Sant['’])(?=[ \t]))"
)
# Words that open the next sentence, not a street name's last word ("... Triq X Please send").
_NOT_NAME = (
    r"(?!(?:Please|Thanks|Thank|The|This|That|These|We|I|My|Our|You|Your|It|If|And|But|See|"
    r"Call|Email|Send|Text|Ring|From|Any|All|Just|Let|Happy|See)\b)"
)
_STREET = rf"{_TYPES}[ \t]{_NAME}(?:[ \t]{_NOT_NAME}{_NAME}){{0,4}}"
_UNIT = (
    r"(?:(?i:Flat|Apartment|Apt\.?|Block|Blk\.?|Unit|Maisonette|Penthouse|Level|Floor)"
    r"[ \t]\w{1,4},?[ \t])"
)
_HOUSE = r"(?:(?:No\.?[ \t]?)?\d{1,4}[A-Za-z]?(?:/\d{1,3})?,?[ \t])"
_PLACE = rf"[{_UP}][\w'’.-]*(?:[ \t][{_UP}][\w'’.-]*){{0,3}}"
_CODE = r"[A-Z]{3}[ \t]\d{4}(?![\w-]|[.,]\d)"
# A house name before the street ("Dar il-Ġnien, Triq ..."): the line is an address only with
# a house number or unit before it or the locality and postcode after it.
_HOUSE_NAME = rf"(?:{_NAME}(?:[ \t]{_NAME}){{0,3}},[ \t])"
_STREET_LINE = re.compile(
    rf"(?<![\w-])(?P<before>{_UNIT}{{0,2}}{_HOUSE}?|{_UNIT}{{1,2}})(?P<house>{_HOUSE_NAME})?"
    rf"{_STREET}"
    rf"(?P<code>(?:,[ \t]?|[ \t]*\r?\n[ \t]*){_PLACE}(?:,[ \t]?(?:Gozo|Għawdex|Malta))?,?[ \t]"
    rf"{_CODE})?"
)


def maltese_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Maltese street lines near the type words at ``spans``."""
    regions = prefilter.windows(text, spans, before=40, after=160)
    return [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_STREET_LINE, text, regions)
        if m.group("before") or m.group("code")
    ]


# MaltaPost's locality abbreviations (the letters of the postcode), Malta and Gozo.
_LOCALITIES = frozenset(
    """ATD BZN BKR BBG BML BRG CBD DGL FGR FRN GDJ GZR GHR GXQ HMR IKL ISL KKR KKP LJA LQA MRS
    MSK MXK MDN MLH MGR MST MQB MSD MTF NXR PLA PBK PTA QRM QRD RBT SFI SPB SGN SLC SVR SGW SLM
    STJ SWQ TXN XBX VLT XJR ZBR ZBG ZTN ZRQ SCM
    VCT FNT GSM GRB GSR KCM MXR MRR NDR QLA SLZ SNT XRA XWK ZBB""".split()
)
# Nouns that take a code after them: "Order MSK 2120" is a reference, no locality and postcode.
_CODE_NOUNS = frozenset(
    """order invoice ref reference ticket case item model part flight gate room batch lot serial
    code version sprint booking account policy claim route train bus seat""".split()
)
_STREET_BEFORE = re.compile(rf"\b{_TYPES}\b").search
_PLACE_BEFORE = re.compile(rf"(?:^|[\n,]|[{_UP}][\w'’.-]*)[ \t]*,?[ \t]?$").search


def maltese_code_at(text: str, start: int) -> tuple[int, int, bool] | None:
    """(start, end, strong) of a MaltaPost code whose letters start at ``start`` (the caller
    saw three letters, a space and a digit), or None."""
    end = start + 8
    if (
        text[start : start + 3] not in _LOCALITIES
        or not text[start + 4 : end].isdigit()
        or (end < len(text) and (text[end].isalnum() or text[end] in "_-"))
        or text[end : end + 1] in ".,"
        and text[end + 1 : end + 2].isdigit()
        or (start and (text[start - 1].isalnum() or text[start - 1] in "-_/#"))
    ):
        return None
    place = _PLACE_BEFORE(text, max(0, start - 40), start)
    if not place or place.group().strip(" \t,").lower() in _CODE_NOUNS:
        return None  # "the PTA 1234", "Order MSK 2120": prose or a reference noun before
    if is_year(text[start + 4 : end]) and not _STREET_BEFORE(text, max(0, start - 160), start):
        return None  # "Annual PTA 2025": a year, unless a Maltese street line comes before
    return (start, end, True)
