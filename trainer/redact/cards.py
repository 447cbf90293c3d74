"""Payment card numbers: 12-19 digits in a network's range and layout, Luhn-valid.

Told apart from what shares the checksum: EAN-13 barcodes, marketplace order numbers (3-7-7),
the tail of an IBAN, references after their cue (unless printed as a card).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.card_ranges import CARD_RANGES, in_range
from trainer.redact.checksums import gs1_ok, luhn_ok
from trainer.redact.hits import Hit
from trainer.redact.national_ids import is_reference
from trainer.redact.quantities import calendar_date

_NON_DIGIT = re.compile(r"\D")
_MAESTRO_12 = re.compile(r"5[06-9]|6")
# Groups separated by a space, hyphen or dot (or two of them, "5643  9069", "5643 - 9069").
# A Markdown emphasis underscore ("_Paid with 4111 ... 1111_") opens or closes a card like a
# space does (CommonMark: "_" after a space, or before a space, punctuation or the end).
_CARD = re.compile(
    r"(?:(?<![\w,+-])|(?<=\A_)|(?<=\s_))(?<!\d\.)\d(?:(?: [-–] |[ .\-–_\u00a0]{1,2})?\d){11,18}"
    r"(?![^\W_]|_\w|[.,-]\d)"
)
_CARD_CUE = re.compile(
    r"(?i)\b(?:card|visa|mastercard|master\scard|amex|american\sexpress|maestro|discover|diners|"
    r"jcb|unionpay|rupay|credit|debit|cc|karte|kreditkarte|tarjeta|carte|carta|cart[ãa]o|kaart|"
    r"creditcard|pinpas|troy|kredi\skart[ıi]m?|kart[ıi]m|kart[aąy]|kortet|kortnummer|kortti|"
    r"korttini|"
    # payment words: "Charged twice on ...", "Refund to ...", "pagado con ..."
    r"charged?|refund(?:ed)?|paid|pay|payment|pago|pagad[oa]|pagar|reembolso|paiement|pay[ée]|"
    r"rembours[ée]?|remboursement|pagamento|pagato|rimborso|zahlung|bezahlt|erstattung|"
    r"betaald|betaling|terugbetaling|cobrad[oa]|cobran[çc]a|estorno)\b"
)
_CARD_SEPARATORS = re.compile(r"(?: [-–] |[ .\-–_\u00a0]{1,2})")
# ISO/IEC 7812 lengths: a 13-digit card number is an old Visa (4) or a Maestro (50, 56-69).
_THIRTEEN_DIGIT_CARD = re.compile(r"4|5[06-9]|6")
# A barcode's own name right before a GS1-valid 13 digits beats a card word further away.
_BARCODE_BEFORE = re.compile(
    r"(?i)\b(?:EAN|GTIN|UPC|barcode|bar\scode|code-barres|code\sbarre|c[óo]digo\sde\sbarras|"
    r"codice\sa\sbarre|strichcode|streepjescode)(?:-?13)?\W{0,3}$"
)
# Issuer prefixes: Visa 4, Mastercard 2/5, Amex/Diners/JCB 3, Discover/UnionPay 6, Maestro 50/56-69
# (12-19 digits), JCB 1800/2131, UATP 1, RuPay 81/82 (16 digits; its other ranges, 60/65/508/
# 353/356, are inside 3/5/6), Troy 9792 (16 digits; its 65 range is Discover's). A 12-digit
# number must be Maestro to count. A screen by first digits, wider on purpose than the issuer
# ranges of ``card_ranges`` (fail closed).
_CARD_PREFIX = re.compile(r"[2-6]|1(?:800|\d{14}$)|8[12]\d{14}$|9792\d{12}$")
# the issuer ranges (``_printed_card``, ``card_lead``): Visa, Mastercard, Amex, Diners, JCB,
# Discover, UnionPay, Maestro, RuPay, Elo, Hipercard, Mir, Troy
_ISSUER_RANGES = tuple(r for r in CARD_RANGES if r.detector)
# \Z, not "$": "$" also matches before a final newline ("...on73\n4111 ...": no IBAN tail)
_IBAN_PREFIX_BEFORE = re.compile(r"[A-Za-z]{2}\d{2}[ -]?\Z")


def find_cards(text: str) -> list[Hit]:
    """Payment card numbers: 13-19 digits, a known network prefix, Luhn-valid."""
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_CARD, text, prefilter.digit_windows(text)):
        if _is_card(text, m):
            hits.append(("CARD", m.start(), _with_expiry(text, m.end())))
        elif (short := _without_count(text, m)) is not None and _is_card(text, short):
            hits.append(("CARD", short.start(), _with_expiry(text, short.end())))
    return hits


# An expiry (MM/YY, MM/YYYY) and a security code written right after the card, unlabelled:
# "4111 1111 1111 1111 12/27 123" (labelled ones: ``card_security``; rev22 #14).
_EXPIRY_AFTER = re.compile(
    r"[ \t]*[,;|]?[ \t]*(?:0[1-9]|1[0-2])/(?:20)?\d\d(?:[ \t]*[,;|]?[ \t]*\d{3,4})?(?![\w/.,:]?\d)"
)


def _with_expiry(text: str, end: int) -> int:
    m = _EXPIRY_AFTER.match(text, end)
    return end if m is None else m.end()


def _is_card(text: str, m: re.Match[str]) -> bool:
    """Whether the candidate ``m`` is a card (see ``find_cards`` and the module doc)."""
    digits = _NON_DIGIT.sub("", m.group())
    if _IBAN_PREFIX_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False  # the tail of an IBAN whose checksum failed, not a card
    if len(digits) == 12 and not _MAESTRO_12.match(digits):
        return False
    if " " in m.group() and _beside_a_date(m.group()):
        return False  # "ICE 2007  2026-11-03  17": a train, its date and an hour
    if not _card_grouping(m.group()) and not _odd_card_grouping(text, m):
        return False  # "236-8315986-3877684": a Luhn-valid marketplace order number
    if len(digits) == 13 and not _THIRTEEN_DIGIT_CARD.match(digits):
        return False  # only Visa and Maestro issue 13-digit numbers ("3012..." is a barcode)
    if (
        len(digits) == 13
        and gs1_ok(digits)
        and (
            not _card_cue(text, m.start(), m.end())
            or _BARCODE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        )
    ):
        return False  # an EAN-13 barcode ("4006381333931"), unless a card word is near
    if (
        is_reference(text, m.start())
        and not _card_cue(text, m.start(), m.end())
        and not _printed_card(m.group(), digits)
    ):
        return False  # "Bestellnummer 4006 3813 3393 1000" (but "Visa card, ref: 4111 ...")
    return (
        len(set(digits)) > 1
        and luhn_ok(digits)
        and bool(_CARD_PREFIX.match(digits) or _unlisted_card(text, m, digits))
    )


_LAST_GROUP = re.compile(r" \d{1,3}$")


def _without_count(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The candidate less a last group of one to three digits set off by one space, when that
    leaves 13 digits or more: "3488 393177 83779 57% of ..." is a card and a count."""
    last = _LAST_GROUP.search(m.group())
    if last is None or sum(map(str.isdigit, m.group()[: last.start()])) < 13:
        return None
    cut = m.start() + last.start()
    return _CARD.match(text, m.start(), cut)


def _beside_a_date(value: str) -> bool:
    """A whole calendar date stands between spaces in the run and fewer than 12 digits are left
    outside it: no card's digits (a card is never grouped as a date)."""
    tokens = value.split()
    outside = [t for t in tokens if not calendar_date(t)]
    return len(outside) < len(tokens) and len(_NON_DIGIT.sub("", "".join(outside))) < 12


def _card_grouping(value: str) -> bool:
    """Printed cards are grouped from a 4-digit first group (4-4-4-4, 4-6-5, 4-6-4 ...), by
    spaces, hyphens or dots ("4111.1111.1111.1111", "5643  9069  6498  5527")."""
    groups = _CARD_SEPARATORS.split(value)
    return len(groups) == 1 or len(groups[0]) == 4


# How networks print their numbers: 4-4-4-4 (and 4-4-4-4-3 for 19 digits), Amex 4-6-5,
# Diners 4-6-4. Marketplace order numbers use other groupings (3-7-7).
_PRINTED_LAYOUTS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 6, 5), (4, 6, 4)})


def _printed_card(value: str, digits: str) -> bool:
    """A card as printed (see ``_PRINTED_LAYOUTS``) in a real issuer range: after an order or
    reference word it is still a card (a Luhn-valid 4-4-4-4 in a network's range is far
    likelier a pasted card than an order number)."""
    sizes = tuple(len(g) for g in _CARD_SEPARATORS.split(value))
    return sizes in _PRINTED_LAYOUTS and _issuer_range(digits)


def _issuer_range(digits: str) -> bool:
    """In one of the networks' published IIN ranges that the detector reads (``card_ranges``),
    whatever its length."""
    return any(in_range(digits, r) for r in _ISSUER_RANGES)


def _unlisted_card(text: str, m: re.Match[str], digits: str) -> bool:
    """Fail closed on a network we do not list (a new range, a domestic scheme): sixteen
    Luhn-valid digits printed 4-4-4-4 beside a card or payment word are a card whatever the
    first digits. Without the word such a number stays (order and account numbers)."""
    value = m.group()
    return (
        len(digits) == 16
        and tuple(len(g) for g in _CARD_SEPARATORS.split(value)) in ((4, 4, 4, 4), (16,))
        and _card_cue(text, m.start(), m.end())
    )


def _odd_card_grouping(text: str, m: re.Match[str]) -> bool:
    """Any other grouping counts after a card word ("Card: 411 1111 1111 11111"), except the
    3-7-7 of marketplace order numbers."""
    sizes = [len(g) for g in _CARD_SEPARATORS.split(m.group())]
    if sizes == [3, 7, 7]:
        return False
    return _CARD_CUE.search(text, max(0, m.start() - 40), m.start()) is not None


def _card_cue(text: str, start: int, end: int) -> bool:
    return _CARD_CUE.search(text, max(0, start - 40), min(len(text), end + 24)) is not None


def card_lead(text: str, start: int, end: int) -> int | None:
    """For ``phones.find_phones``: a number read as too long for a phone that opens with a
    whole card (Luhn-valid, in a network's range, solid or in its printed layout): the start of
    the rest, after the space that ends the card."""
    pos = text.find(" ", start, end)
    while pos != -1 and pos - start <= 23:
        value = text[start:pos]
        digits = _NON_DIGIT.sub("", value)
        card = _printed_card(value, digits) or (value.isdigit() and _issuer_range(digits))
        if 13 <= len(digits) <= 19 and card and luhn_ok(digits):
            return pos + 1 if pos + 1 < end and text[pos + 1].isdigit() else None
        pos = text.find(" ", pos + 1, end)
    return None
