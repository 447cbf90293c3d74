"""An IATA air waybill number after a cargo word: it names a consignment, not a person.

Standard: IATA Resolution 600a / Cargo-IMP: an air waybill number is the carrier's three-digit
airline prefix, a hyphen, and an eight-digit serial whose last digit is the first seven taken
as a number, mod 7 ("125-3042 1086": 3042108 mod 7 = 6). Airlines print it "125-30421086" or
"125-3042 1086".

Fail closed. The check passes one phone in seven by chance, and "020-30991284" is also how a
Pune or London landline can be written, so the number is kept only when
- it is written exactly so (the hyphen after the prefix, eight serial digits, nothing glued);
- its serial passes the mod-7 check;
- a cargo word stands before it on its line, at most ``_REACH`` characters back (tracking,
  air waybill, container, freight, "Sendungsverfolgung", "suivi", "rastreo", "gjurmimi" ...);
- no phone word and no personal-id cue stands between the line start and the number, and no
  contact word follows it ("... 125-30421086 is my mobile").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.keep_veto import personal_value
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER

# Cargo words (folded, lower case) in the languages of our posts: the shipment's tracking, its
# waybill, the box or unit it travels in, the freight itself.
_CARGO_WORDS = frozenset(
    """tracking track trace awb waybill airwaybill air cargo freight shipment consignment
    container containers box unit
    sendungsverfolgung sendung luftfrachtbrief luftfracht fracht frachtbrief behalter
    suivi lta conteneur fret colis expedition
    rastreo rastreio rastreamento seguimiento guia aerea contenedor conteiner carga frete envio
    tracciamento spedizione contenitore lettera vettura merce
    zending vracht luchtvrachtbrief trackentrace
    gjurmimi gjurmim kontejneri kontejner ngarkesa
    urmarirea urmarire containerul marfa expedierea""".split()
)
prefilter.register("awb_cue", _CARGO_WORDS)

_REACH = 48
_AWB = re.compile(r"(\d{3})-(\d{4}) ?(\d{4})(?![\w-]|[.,/]\d)")


def awb_serial_ok(serial: str) -> bool:
    """An eight-digit serial whose last digit is the first seven mod 7."""
    return len(serial) == 8 and serial.isdigit() and int(serial[:7]) % 7 == ord(serial[7]) - 48


def air_waybill(text: str, start: int) -> bool:
    """The number at ``start`` is a check-valid air waybill number after a cargo word."""
    m = _AWB.match(text, start)
    if m is None or (start and (text[start - 1].isalnum() or text[start - 1] in "+-")):
        return False
    if not awb_serial_ok(m.group(2) + m.group(3)) or personal_value(m.group(), checked=True):
        return False  # its layout and mod 7 prove it; a card or "+" phone never (``keep_veto``)
    line = text.rfind("\n", 0, start) + 1
    lo = max(line, start - _REACH)
    found = prefilter.keywords(text).get("awb_cue")
    if not found or not any(lo <= s and e <= start for s, e in found):
        return False
    if PHONE_WORD_BEFORE.search(text, line, start) or ID_CUE.search(text, line, start):
        return False
    return CONTACT_WORD_AFTER.match(text, m.end()) is None
