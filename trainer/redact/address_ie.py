"""Ireland (An Post): Eircodes, Dublin postal districts and Irish-language street types.

An Eircode is a routing key (a letter and two digits, or D6W) and a unique identifier of four
characters from 0-9 A C D E F H K N P R T V W X Y, with or without a space ("D02 X285",
"A65F4E2"). It identifies one building, so an Eircode alone is an address fragment and goes; it
also anchors the address block written before it (``postal.postal_blocks``).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.lookalike_named_codes import LOT_LABEL

_CHARS = "0-9ACDEFHKNPRTVWXY"
# Led by its letter class (a lookbehind first would slow the scan threefold): the character
# before is checked in code.
_EIRCODE = re.compile(rf"[ACDEFHKNPRTVWXY](?:\d\d|6W) ?[{_CHARS}]{{4}}(?![\w-])")
# "Eircode: d02 x285": with its label, in any case.
_LABELLED = re.compile(
    rf"(?i:\beir ?code)\s?[:.-]?\s?(?:is\s|was\s)?"
    rf"((?i:[ACDEFHKNPRTVWXY]\d\d|D6W) ?(?i:[{_CHARS}]{{4}}))(?![\w-])"
)
# A product code of the same shape after its own label: a lot or batch number ("Lot R41C436"),
# an ATC drug code ("ATC H03AA01"), a reference, a part or model number.
_CODE_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:" + LOT_LABEL + r"|atc|ref|reference|sku|serial|part|model|order|invoice|ticket|"
    r"item|article|art|chargen|ch\.?-?\s?b)(?:\s?-?(?:no\.?|nr\.?|number|#))?"
    r"\s?[:#.]?\s?)$"
).search
# "Dublin 2", "Dublin 6W", "Baile Átha Cliath 8": a postal district after a street line.
_DISTRICT = re.compile(
    r"\b(?:Dublin|DUBLIN|Baile Átha Cliath|BAILE ÁTHA CLIATH)[ \t](?:[1-9]|1\d|2[0-4]|6W)"
    r"(?![\w-]|[.,]\d|[ \t](?i:years?|days?|weeks?|times?|months?|hours?|people|of|to|and)\b)"
)
# Irish-language street types name a street without a number: "Sráid Uí Chonaill",
# "Bóthar na Trá", "Plás Mhuirfean".
_IRISH_STREET = re.compile(
    r"(?:\b\d{1,4}[A-Za-z]?,?\s)?\b(?:Sráid|SRÁID|Bóthar|BÓTHAR|Ascaill|ASCAILL|Plás|PLÁS|Cearnóg|"
    r"CEARNÓG|Lána|LÁNA|Céibh|CÉIBH|Bóithrín|BÓITHRÍN|Ardán|ARDÁN)\s"
    r"(?:(?:an|na|Uí|Ní|Mhic|Nic|Naomh|an\st-|na\sh-)\s?)?[A-ZÁÉÍÓÚ][\w'’-]*"
    r"(?:\s(?:[A-ZÁÉÍÓÚ][\w'’-]*|an|na|Uí|Ní|Mhic))*"
)
# The 139 routing keys of the Eircode system (one per postal area; D6W is Dublin 6W).
ROUTING_KEYS = frozenset(
    """A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15 D01 D02 D03 D04
    D05 D06 D07 D08 D09 D10 D11 D12 D13 D14 D15 D16 D17 D18 D20 D22 D24 D6W E21 E25 E32 E34 E41
    E45 E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 F93 F94 H12 H14 H16 H18 H23 H53
    H54 H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91 P12 P14 P17 P24 P25 P31 P32
    P36 P43 P47 P51 P56 P61 P67 P72 P75 P81 P85 R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 T12 T23
    T34 T45 T56 V14 V15 V23 V31 V35 V42 V92 V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25
    Y34 Y35""".split()
)
# "Waterford, X91 9722", "Co. Sligo, F91 EXTY": a town and a comma right before the code;
# without the comma, a county town or a Dublin postal district ("Limerick V94 ...").
_TOWN_BEFORE = re.compile(
    r"(?:[A-ZÁÉÍÓÚ][a-záéíóú'’-]+,|(?:Dublin|Cork|Galway|Limerick|Waterford|Sligo|Kilkenny|"
    r"Wexford|Athlone|Drogheda|Dundalk|Navan|Ennis|Tralee|Carlow|Letterkenny|Mullingar|Naas|"
    r"Newbridge|Swords|Bray|Kildare|Wicklow|Castlebar|Westport|Killarney|Clonmel|Longford|"
    r"Roscommon|Monaghan|Cavan|Portlaoise|Tullamore|Dublin [1-9]|Dublin 1\d|Dublin 2[0-4]|"
    r"Dublin 6W),?) ?$"
).search
_IRISH_GATE = re.compile(r"ráid|óthar|scaill|lás|earnóg|lána|éibh|óithrín|rdán", re.I).search


def eircodes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of every Eircode. Strong (certain, so it goes alone and
    ``postal_blocks`` takes the lines before it) when the identifier mixes letters and digits
    ("D02 X285"), the code has its label, or a town and a comma come before a listed routing
    key ("Sligo, F91 5020"); otherwise an identifier of digits or letters only ("T12 9876",
    "D12 WEAK") counts only after a street or unit line."""
    found: list[tuple[int, int, bool]] = []
    for m in _eircode_matches(text):
        before = text[m.start() - 1 : m.start()]
        if (
            before
            and (before.isalnum() or before in "_/.-")
            or m.group()[1:3] == "6W"
            and (m.group()[0] != "D")
            or _CODE_LABEL_BEFORE(text, max(0, m.start() - 24), m.start())
        ):
            continue
        ident = m.group()[-4:]
        mixed = not (ident.isdigit() or ident.isalpha())
        # an identifier of digits or letters only is certain after a town and a comma when
        # its routing key is a real one
        town = m.group()[:3] in ROUTING_KEYS and _TOWN_BEFORE(
            text, max(0, m.start() - 30), m.start()
        )
        found.append((m.start(), m.end(), mixed or bool(town)))
    # a labelled code's routing key is a letter and a digit: on ASCII text a letter touching a
    # digit (``prefilter``'s cached contacts) comes first, three substring scans after
    labelled = not text.isascii() or prefilter.letter_digit_contacts(text)
    if labelled and ("ircode" in text or "IRCODE" in text or "ir code" in prefilter.lowered(text)):
        found += [(m.start(1), m.end(1), True) for m in _LABELLED.finditer(text)]
    return found


def _eircode_matches(text: str) -> list[re.Match[str]]:
    """``_EIRCODE.finditer(text)``, tried only where an ASCII letter touches the digit after
    it (every Eircode starts so; ``prefilter.letter_digit_contacts`` has them cached)."""
    found: list[re.Match[str]] = []
    done = 0
    for digit, _ in prefilter.letter_digit_contacts(text):
        if digit > done and (m := _EIRCODE.match(text, digit - 1)):
            found.append(m)
            done = m.end()
    return found


def districts(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, weak) of Dublin postal districts: weak, so a street or unit word must come
    before ("12 Grattan Crescent, Dublin 8"; not "Dublin 2 nil")."""
    if "ublin" not in text and "UBLIN" not in text and "Cliath" not in text:
        return []
    return [(m.start(), m.end(), False) for m in _DISTRICT.finditer(text)]


def irish_streets(text: str) -> list[Hit]:
    """Streets with an Irish-language type, with or without a house number."""
    if "scaill" not in text and "SCAILL" not in text:  # every other type has á, ó or é
        if text.isascii() or not any(ch in text for ch in "áóéÁÓÉ"):
            return []
    if not text.isascii() and not _IRISH_GATE(text):
        return []
    return [("ADDRESS", m.start(), m.end()) for m in _IRISH_STREET.finditer(text)]
