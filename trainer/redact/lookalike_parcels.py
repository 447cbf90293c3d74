"""A carrier's all-digit tracking number after a parcel label: it names a parcel, not a person.

Standard: the carriers' published all-digit tracking formats: FedEx Express twelve digits,
FedEx Ground fifteen (no check digit a detector could test in the twelve). Such a run is no
phone as a plan writes it: twelve or fifteen solid digits are longer than any national number
written without its trunk or "+" (the longest, eleven), so only as "a country code without
its +" could they be one, and Germany's open plan accepts almost any run.

Fail closed: the number is kept only when a parcel word ("tracking", "seguimiento", "suivi",
"Sendung", "sledenje" ...) stands before it on its line, with nothing between them but words
(no digit, no sentence end, no phone word: "tracking, or call me on ..."), and when it is
solid, twelve or fifteen digits, opens with no 0 and no "+", and has no contact word after it
("... 447712345678 is my WhatsApp"), and passes no id or card check (an Aadhaar has twelve
digits, an Amex card fifteen). Anything else is left to the phone and id rules.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums import luhn_ok
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER, checked_id

# The word for tracking a shipment, or for the parcel itself, in the languages of our posts
# (folded: no accents, lower case), compounds included ("trackingnummer", "sendungsnummer").
_PARCEL_WORDS = frozenset(
    """tracking track trackingnummer trackingcode trackingnumber shipment parcel consignment
    seguimiento rastreo envio paquete colis suivi spedizione tracciamento pacco sendung
    sendungsnummer sendungsverfolgung paket zending pakket pakje rastreio rastreamento
    encomenda sledenje sledenja paketu posiljka przesylka sledovani zasilka kargo gonderi
    forsendelse sporing sandning kolli""".split()
)
prefilter.register("parcel_cue", _PARCEL_WORDS)

_REACH = 64  # a parcel label ends at most this far before its number
_CARRIER_RUN = re.compile(r"[1-9](?:\d{11}|\d{14})(?![\w+]|[.,/-]\d)")
_BETWEEN = re.compile(r"[^\d\n.!?]*")  # words, spaces, a colon: no digit, no sentence end
_PHONE_WORD = re.compile(
    r"(?i)\b(?:phone|tel|mob|cell|call|text|sms|whatsapp|fax|handy|celular|cellulare|telefo|"
    r"tel[ée]fon|llam|chiam|appel|ruf|anruf|bel|ring)"
)


def parcel_number(text: str, start: int) -> bool:
    """The number at ``start`` is a carrier's all-digit tracking number after a parcel word."""
    found = prefilter.keywords(text).get("parcel_cue")
    lo = start - _REACH
    if not found or not any(lo <= s and e <= start for s, e in found):
        return False
    m = _CARRIER_RUN.match(text, start)
    if m is None or text[start - 1 : start] == "+" or text[start - 1 : start].isdigit():
        return False
    if checked_id(m.group()) or luhn_ok(m.group()):
        return False  # an Aadhaar (12, Verhoeff) or a card (15, Luhn) stays redacted
    cue_end = max(e for s, e in found if lo <= s and e <= start)
    between = _BETWEEN.fullmatch(text, cue_end, start)
    if between is None or _PHONE_WORD.search(text, cue_end, start):
        return False
    return CONTACT_WORD_AFTER.match(text, m.end()) is None
