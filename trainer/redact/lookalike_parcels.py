"""A carrier's all-digit tracking number labelled by a parcel word: it names a parcel, not a person.

Standard: the carriers' published all-digit tracking formats: FedEx Express twelve digits, its
last a check digit (weights 1, 3, 7 repeating from the right over the first eleven, sum mod 11,
then mod 10); FedEx Ground fifteen, its last a mod-10 check digit (weights 3, 1 from the right
over the first fourteen, as SSCC/GS1). Such a run is no phone as a plan writes it: twelve or
fifteen solid digits are longer than any national number written without its trunk or "+"
(the longest, eleven), so only as "a country code without its +" could they be one, and
Germany's open plan accepts almost any run.

Fail closed: the number is kept only when a parcel word ("tracking", "seguimiento", "suivi",
"Sendung", "sledenje" ...) labels it directly: the parcel word, then at most a "number",
"no.", "nr.", "#" or ":", then the number ("Sendungsnummer 1234...", "tracking no. ...");
a parcel word further back ("Paket kommt morgen, Fahrer Jonas 49170...", the Spanish verb
"te envío ... 5411...", "on track ... 9198...") keeps nothing. The number must be solid,
twelve or fifteen digits, open with no 0 and no "+", pass its carrier's check digit, have no
contact word after it ("... 447712345678 is my WhatsApp"), and pass no id or card check (an
Aadhaar has twelve digits, an Amex card fifteen, a Swedish personnummer with its century
twelve: ``lookalike_orders.national_id``). Anything else is left to the phone and id rules.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums import luhn_ok
from trainer.redact.lookalike_orders import national_id
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER, PHONE_WORDS, checked_id

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
# what may stand between a parcel word and its number: a "number" word, a colon or "#", spaces
_LABEL = re.compile(
    r"(?i)[ \t]*(?:(?:number|no\.?|nr\.?|nummer|n[úu]mero|num[ée]ro|n[°º]\.?|#)[ \t]*)?"
    r"[:#]?[ \t]*"
)
# A phone word before the number makes it a phone (shared with ``lookalike_grants``): the
# phone words of ``personal_numbers`` and the stems of texting and calling that list lacks
# ("text me", "Anruf", "llámame", "chiamami"); a prefix match, so "telefonisch", "mobile" count.
PHONE_WORD_BEFORE = re.compile(r"(?i)\b(?:" + PHONE_WORDS + r"|text|anruf|ll[áa]m|chiam)")


def _fedex_express_ok(digits: str) -> bool:
    """FedEx Express (12): weights 1, 3, 7 from the right over the first 11, mod 11, mod 10."""
    weights = (1, 3, 7)
    total = sum(weights[i % 3] * int(ch) for i, ch in enumerate(reversed(digits[:11])))
    return total % 11 % 10 == int(digits[11])


def _fedex_ground_ok(digits: str) -> bool:
    """FedEx Ground (15): weights 3, 1 from the right over the first 14, check = -sum mod 10."""
    total = sum((3 if i % 2 == 0 else 1) * int(ch) for i, ch in enumerate(reversed(digits[:14])))
    return (10 - total % 10) % 10 == int(digits[14])


def parcel_number(text: str, start: int) -> bool:
    """The number at ``start`` is a carrier's all-digit tracking number after a parcel word."""
    found = prefilter.keywords(text).get("parcel_cue")
    lo = start - _REACH
    if not found or not any(lo <= s and e <= start for s, e in found):
        return False
    m = _CARRIER_RUN.match(text, start)
    if m is None or text[start - 1 : start] == "+" or text[start - 1 : start].isdigit():
        return False
    if checked_id(m.group()) or luhn_ok(m.group()) or national_id(text, start, m.group()):
        # an Aadhaar (12, Verhoeff), a card (15, Luhn) or a Swedish personnummer of twelve
        # digits (a birth date's century, then ten Luhn-checked digits) stays redacted
        return False
    ok = _fedex_express_ok if len(m.group()) == 12 else _fedex_ground_ok
    if not ok(m.group()):
        return False
    labelled = any(
        lo <= s and e <= start and _LABEL.fullmatch(text, e, start) for s, e in found
    )
    if not labelled or PHONE_WORD_BEFORE.search(text, max(lo, 0), start):
        return False
    return CONTACT_WORD_AFTER.match(text, m.end()) is None
