"""Postcodes that carry letters and dashes, which the digit-run rules of ``postal`` do not read.
Each is a strong anchor for ``postal.postal_blocks`` (the street lines before it, the locality
after it), one table row per post:

| post | format | example |
|---|---|---|
| Lietuvos paštas | LT-NNNNN, before the locality | "LT-01103 Vilnius" |
| Latvijas Pasts | LV-NNNN, after the locality or before it | "Rīga, LV-1010" |
| POST Luxembourg | L-NNNN, before the locality | "L-1855 Luxembourg" |
| GhanaPost GPS | AA-NNN-NNNN, AA-NNNN-NNNN (region, district; area; unique) | "GA-123-4567" |
| Poste Haïti | HTNNNN, after the locality | "Pétion-Ville HT6140" |

The country letters make the first three a postcode only with a locality beside it: a capitalised
word after the code, or a capitalised place and a comma (or line break) before it; Haiti's code
follows its commune after a space too ("Jacmel HT9110") unless a part or model cue precedes it
(an unlisted commune only after a comma or on the line after a numbered street line);
"LT-12345-B" or "LV-1010 kit" is a product code. A GhanaPost GPS code has the shape of a part
number, so it counts after its label ("GPS:", "Digital address:", "GhanaPost") or after a locality
that closes its own line or clause ("Accra\\nGA-123-4567", "Kumasi, AK-123-4567"), or before the
street and area it stands for, in brackets ("GA-123-4567 (Ring Road, Osu)"; the street's English
type word makes it one), or, with a region letter of GhanaPost's (``_GPS_REGIONS``), anywhere but
after a part, order or SKU cue.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_en_types import STRONG, WEAK
from trainer.redact.address_words import CAPITALS
from trainer.redact.literal_alternation import longest_first

_UP = CAPITALS + "ĀĒĖĢĪĮĶĻŅŪŲÕ"
_PREFIXED = re.compile(r"(?<![\w-])(?:LT-\d{5}|LV-\d{4}|L-\d{4})(?![\w-]|[.,]\d)")
_HAITIAN = re.compile(r"(?<![\w-])HT\d{4}(?![\w-]|[.,]\d)")
# The commune right before a Haitian code, after a space or a comma ("Cap-Haïtien HT1110"): a
# listed commune, or any capitalised one that opens its line or follows a comma ("..., Limbé
# HT1210"), not a brand before a model ("Sony HT5000").
_COMMUNE_BEFORE = re.compile(
    rf"(?P<lead>^|[,\n][ \t]*|[ \t])(?P<commune>[{_UP}][^\W\d_]*"
    rf"(?:[- ](?:(?:de|des|du|au|aux|à|la|le|les)[- ])?[{_UP}][^\W\d_]*){{0,4}}?)"
    r"(?:,[ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*)$"
)
HAITIAN_COMMUNES = frozenset(
    """port-au-prince pétion-ville petion-ville delmas carrefour tabarre cité soleil kenscoff
    croix-des-bouquets gressier léogâne leogane cap-haïtien cap-haitien gonaïves gonaives
    saint-marc les cayes jacmel jérémie jeremie hinche port-de-paix fort-liberté miragoâne
    mirebalais limbé ouanaminthe petit-goâve grand-goâve arcahaie cabaret aquin anse-à-veau
    dessalines verrettes lascahobas thomazeau ganthier belladère""".split()
) | {"les cayes", "cité soleil"}
_TOWN_AFTER = re.compile(rf"[ \t]+[{_UP}][\w'’-]+")
# A locality word in title case, then a comma or a line break ("Rīga, LV-1010", "Accra\nGA-...").
_PLACE_BEFORE = re.compile(rf"[{_UP}][^\W\d_A-Z]+(?:,[ \t]*|[ \t]*\r?\n[ \t]*)$")
# The GPS code is searched from its first dash (a literal, so the scan is fast).
_GPS_TAIL = re.compile(r"-\d{3,4}-\d{4}(?![\w-]|[.,]\d)")
_GPS_LETTERS = re.compile(r"(?<![\w-])[A-Z]{2}$")
_GPS_LABEL = re.compile(
    r"(?i:\bGPS|digital[ \t]address|GhanaPost(?:[ \t]?GPS)?)[ \t]*(?:address|code)?"
    r"[ \t]*[:#-]?[ \t]*$"
)

# GhanaPost GPS region letters (the code's first letter): Ashanti, Brong-Ahafo, Central,
# Eastern, Greater Accra, Northern, Upper East, Volta, Western, Upper West. A code of one of
# them is an address wherever it stands ("... Osu, Accra. GA-183-8164") unless a part, order or
# SKU cue is right before it ("Part no. GA-123-4567").
_GPS_REGIONS = frozenset("ABCEGNUVWX")
_PART_CUE = re.compile(
    r"(?i:\b(?:part|p/n|pn|sku|order|ord|item|model|serial|s/n|sn|ref|reference|invoice|inv|"
    r"ticket|case|tracking|batch|lot|cat|catalog(?:ue)?|product|article|art|mpn|upc|ean|"
    r"stock|style|version|ver|firmware|build|policy|claim|booking|receipt|"
    # the same cues in the Romance languages and German ("El pedido BK-2026-6552")
    r"pedido|encomenda|commande|ordine|bestellung|auftrag|referencia|referência|référence|"
    r"riferimento|factura|fatura|facture|fattura|rechnung|reserva|réservation|prenotazione|"
    r"albarán|expediente|dossier|pratica)"
    r"(?:[ \t]?(?:no\.?|nr\.?|num(?:ber)?|id|#))?)(?!\w)"
).finditer
_STREET_TYPES = "|".join(longest_first(STRONG | WEAK))
_BRACKETED_STREET = re.compile(
    rf"[ \t]*\((?:[{_UP}][\w'’.-]*[ \t]){{1,4}}(?i:{_STREET_TYPES})\.?"
    rf"(?:,[ \t]*[{_UP}][\w'’-]*(?:[ \t][{_UP}\d][\w'’-]*){{0,2}})?\)"
)

# Any code of the table inside an address hit: it closes the address (``address_tail`` walks on
# to no second code after it).
_HELD = re.compile(
    r"(?<![\w-])(?:LT-\d{5}|LV-\d{4}|L-\d{4}|HT\d{4}|[A-Z]{2}-\d{3,4}-\d{4})(?![\w-])"
).search


def held_lettered_code(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a lettered postcode of the table."""
    return _HELD(text, start, end) is not None


def _part_cue_before(text: str, start: int) -> bool:
    """A part, order or SKU cue in the clause before ``start`` (same line, at most 40 characters
    back, no sentence end after it): "Item: blue lamp, EN-204-..." is a product code."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    cues = list(_PART_CUE(text, lo, start))
    return bool(cues) and text.find(". ", cues[-1].end(), start) == -1


def _street_line_before(text: str, newline: int) -> bool:
    """The line that ends at ``newline`` holds a house or box number and no Haitian code of its
    own: "12, rue Capois\nLimbé HT1210" closes an address; "Specs:\nSony HT5000" or a list of
    models ("Yamaha HT2010\nSony HT5000") does not."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline]
    return any(c.isdigit() for c in line) and _HAITIAN.search(line) is None


def lettered_postcodes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of the lettered postcodes of the table found in ``text``."""
    found: list[tuple[int, int, bool]] = []
    hyphen = "-" in text  # one character (memchr) before the three scans that need it
    if hyphen and ("L-" in text or "LT-" in text or "LV-" in text):
        for m in _PREFIXED.finditer(text):
            s = m.start()
            if _TOWN_AFTER.match(text, m.end()) or _PLACE_BEFORE.search(text, max(0, s - 40), s):
                found.append((s, m.end(), True))
    if "HT" in text:
        for m in prefilter.finditer_at(_HAITIAN, text, prefilter.substring_offsets(text, "HT")):
            s = m.start()
            commune = _COMMUNE_BEFORE.search(text, max(0, s - 40), s)
            if commune is None or _part_cue_before(text, s):
                continue
            listed = commune.group("commune").lower() in HAITIAN_COMMUNES
            lead = commune.group("lead").strip(" \t")
            after_street = lead == "\n" and _street_line_before(text, commune.start())
            if listed or lead == "," or after_street:
                found.append((s, m.end(), True))
    if hyphen:
        for m in _GPS_TAIL.finditer(text):
            s = m.start()
            letters = _GPS_LETTERS.search(text, max(0, s - 3), s)
            if letters is None:
                continue
            lo = letters.start()
            # the label is the code's: the lines before it are the address's ("Accra\nGPS: ...")
            if label := _GPS_LABEL.search(text, max(0, lo - 30), lo):
                found.append((label.start(), m.end(), True))
            elif _PLACE_BEFORE.search(text, max(0, lo - 40), lo):
                found.append((lo, m.end(), True))
            elif street := _BRACKETED_STREET.match(text, m.end()):
                found.append((lo, street.end(), True))
            elif letters.group()[0] in _GPS_REGIONS and not _part_cue_before(text, lo):
                found.append((lo, m.end(), True))
    return found
