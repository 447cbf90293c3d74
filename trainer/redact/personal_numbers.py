"""Is this number personal? The checks that make a digit run a phone, a card or an id.

One module for the predicates that the detectors apply to what they find (``numbers``,
``national_ids``) and that the keep-rules apply before they keep a number as a reference
(``references``): a keep-rule asks what a detector asks, from the same code. It depends only on
``checksums`` and ``phonenumbers``, so every detector and rule module may import it (no cycle).
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from trainer.redact.checksums import (
    ausweis_ok,
    bsn_ok,
    cpf_ok,
    dni_ok,
    luhn_ok,
    medicare_ok,
    pps_ok,
    sin_ok,
    steuer_id_ok,
    tfn_ok,
    verhoeff_ok,
)
from trainer.redact.phone_layouts import national_layout
from trainer.redact.phone_words import CALL_ME

# Tried in this order until one accepts (the answer does not depend on it): Germany's open
# numbering accepts most digit runs that any region accepts, so it comes first.
PHONE_REGIONS = ("DE", "FR", "GB", "US", "IN", "BR", "ES", "IT", "NL", "AU", "CA", "MX")


def parsed(digits: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """``digits`` read as a number of ``region`` (None: it carries its own "+" country code),
    or None where the library cannot parse it."""
    try:
        return phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None


def _valid(number: phonenumbers.PhoneNumber | None) -> bool:
    return number is not None and phonenumbers.is_valid_number(number)


def valid_in(digits: str, regions: tuple[str, ...]) -> bool:
    """Whether ``digits`` is a valid number of one of ``regions``, read as that region writes it."""
    return any(_valid(parsed(digits, region)) for region in regions)


def _screen(region: str) -> tuple[str, frozenset[int], frozenset[str]]:
    """(region, the national number lengths its plan allows, the first digits at which parsing
    may strip something: an international or national prefix, the country code). A run that
    starts with none of these is parsed as it stands, so its length must be a plan length."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    starts = {"0", str(meta.country_code)[0]}
    for pattern in (meta.international_prefix, meta.national_prefix_for_parsing):
        if pattern and any(ch in pattern for ch in "[\\."):
            starts |= set("0123456789")  # a class or escape: any digit may open it
        elif pattern:
            starts |= {ch for ch in pattern if ch.isdigit()}
    return region, frozenset(meta.general_desc.possible_length), frozenset(starts)


_SCREENS = tuple(_screen(region) for region in PHONE_REGIONS)


@lru_cache(maxsize=4096)
def valid_phone(digits: str) -> bool:
    """A bare digit run counts as a phone only if it is a valid number in a common region.
    Regions whose plan has no number of this length are skipped before the library parses
    (the answer is the same: their validity check starts with the length)."""
    n, first = len(digits), digits[:1]
    return any(
        _valid(parsed(digits, region))
        for region, lengths, starts in _SCREENS
        if n in lengths or first in starts
    )


def valid_international(digits: str) -> bool:
    """Whether ``+digits`` is a valid number of some country."""
    return _valid(parsed(f"+{digits}", None))


def phone_digits(digits: str) -> bool:
    """A digit run no amount, version or product number is written as: a valid phone with its
    trunk 0 (9+ digits), or a valid country code and number (11+ digits, "447911123456")."""
    if digits[:1] == "0":
        return len(digits) >= 9 and valid_phone(digits)
    return len(digits) >= 11 and valid_international(digits)


# Plans written without a trunk prefix: a bare run not starting with 0 is a phone there only.
# (Germany, France, the UK, the Netherlands, Ireland and Australia write the trunk 0; Germany's
# open plan would otherwise accept almost any run, "4515754014" included.)
_TRUNKLESS_REGIONS = ("US", "CA", "ES", "IT", "BR", "IN")
_TRUNKLESS_SCREENS = tuple(_screen(region) for region in _TRUNKLESS_REGIONS)


@lru_cache(maxsize=4096)
def written_phone(digits: str, *, solid: bool) -> bool:
    """A bare digit run that is a phone as people write it in one of the common regions: with
    its trunk 0 where the plan has one; laid out without it in NANP, Spain, Italy and Brazil
    (an Indian landline is written with its 0); a country code and a number, or a Brazilian
    mobile (11+ digits). A ``solid`` run of 7-10 digits without a trunk 0 is what order and
    invoice numbers look like: 40% of random 10-digit runs are a NANP or Brazilian landline
    and another 40% an Indian mobile; failing closed on them cost 4.6 points of look-alikes on
    a development set, and on the standards set it lost random 10-digit order numbers that
    happen to be Italian or Indian mobiles."""
    if digits[0] == "0":
        return valid_phone(digits)
    if solid and len(digits) < 11:
        return False
    n, first = len(digits), digits[:1]
    for region, lengths, starts in _TRUNKLESS_SCREENS:
        if n not in lengths and first not in starts:
            continue  # no number of this plan has this length (as in ``valid_phone``)
        number = parsed(digits, region)
        if _valid(number) and (
            region != "IN"
            or phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
        ):
            return True
    return len(digits) >= 11 and valid_international(digits)


# A phone word just after the number: "0306406152 is the hotline", "0306406152 (mobile)", with
# up to three words between, in any language ("es mi móvil", "ist meine Handynummer").
_PHONE_WORDS = (
    r"phone|tel|mobile|mob|cell|fax|whatsapp|hotline|helpline|t[ée]l[ée]phone|portable|handy|"
    r"handynummer|telefon|telefonnummer|rufnummer|mobil|mobiel|telefoon|telefone|tel[ée]fono|"
    r"telefono|m[óo]vil|celular|cellulare|gsm|sms|appel|call|ring|bel|ruf|llama|chiama|liga"
)
PHONE_WORDS = _PHONE_WORDS  # shared with the look-alike keep rules (a phone word before a value)
_AFTER = r"(?i)[\s,:;()\-]{0,3}(?:[\w'’]+\s){0,3}"
PHONE_WORD_AFTER = re.compile(_AFTER + r"(?:" + _PHONE_WORDS + r"|desk|number|line)\b")
# the same without "desk/number/line" (an order number "is the number on the invoice"), and
# within the line (the next line's "WhatsApp" is about another number)
CONTACT_WORD_AFTER = re.compile(
    r"(?i)[ \t,:;()\-]{0,3}(?:[\w'’]+[ \t]){0,3}(?:" + _PHONE_WORDS + "|" + CALL_ME + r")\b"
)


_NOT_SEPARATOR = re.compile(r"[\d()]")
_LAST_GROUP = re.compile(r"\d+$")


def cueless_phone(core: str, digits: str) -> bool:
    """The phone detector's rule for 7-13 digits with no phone word before them, once dates,
    money, counts, ISBNs and references are ruled out: a run of 9+ digits (or one with a
    bracket) is a phone when laid out with separators, with a trunk 0 or when valid in a common
    region; a shorter run needs a separator that is no single space ("123-4567", "12 34 56")."""
    separators = _NOT_SEPARATOR.sub("", core)
    n = len(digits)
    if "(" in core or n >= 9:
        return bool(separators) or (digits[0] == "0" and n >= 9) or valid_phone(digits)
    return len(separators.replace(" ", "")) >= 1 or separators.count(" ") >= 2


def nine_digit_id(digits: str) -> bool:
    """A Dutch BSN (11-proef), a Canadian SIN (Luhn) or an Australian TFN (mod 11): nine
    digits, often printed 3-3-3."""
    return len(digits) == 9 and (bsn_ok(digits) or sin_ok(digits) or tfn_ok(digits))


def aadhaar_ok(digits: str) -> bool:
    """An Indian Aadhaar number: twelve digits, never starting 0 or 1, Verhoeff check."""
    return len(digits) == 12 and digits[0] in "23456789" and verhoeff_ok(digits)


def checked_id(token: str) -> bool:
    """The token passes the check of an id whose check a reference passes 1 time in 10-23:
    BSN/SIN/TFN, Steuer-ID or CPF, Aadhaar, Medicare, Personalausweis, DNI/NIE, PPS."""
    digits = "".join(ch for ch in token if ch.isdigit())
    n = len(digits)
    upper = token.upper().replace("-", "").replace("/", "")
    if nine_digit_id(digits) or aadhaar_ok(digits):
        return True
    if n == 11 and (steuer_id_ok(digits) or cpf_ok(digits)):
        return True
    if n == 10 and (medicare_ok(digits) or ausweis_ok(upper)):
        return True
    if len(upper) == 9 and upper[-1].isalpha() and dni_ok(upper):
        return True  # DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)
    if len(upper) in (8, 9) and upper[:7].isdigit() and pps_ok(upper):
        return True
    return len(upper) == 10 and ausweis_ok(upper)


def personal_number(token: str, *, layout_ok: bool = False, as_written: bool = False) -> bool:
    """Whether a number would be a phone, card or checked id if no cue stood before it: an id
    that passes its check (``checked_id``), a Luhn-valid 13-19 digit run, or a valid phone of
    one of the common regions (or +digits). ``layout_ok``: the token is letter-led or laid out
    as a reference ("T220001293", "2024-001234", "12/2024"), which no phone plan writes: then
    only the card and id checks apply. ``as_written``: for numbers right after their own order
    or product cue, a phone only as its plan writes it (``written_phone``) and no id check here:
    ``national_ids`` finds a checked id in its own layouts whatever cue stands before it."""
    digits = "".join(ch for ch in token if ch.isdigit())
    if not as_written and checked_id(token):
        return True
    if 13 <= len(digits) <= 19 and luhn_ok(digits):
        return True
    if layout_ok:
        return False
    # a solid run of 9+ digits is a phone with a trunk 0 or when valid in a region; a shorter
    # one only with a separator in it
    n = len(digits)
    if n < 7 or (n < 9 and digits == token):
        return False
    if digits != token and national_layout(token):
        return True  # "77 123 45 67": grouped as some plan writes its phones (``phone_layouts``)
    if as_written:
        if (
            digits != token
            and digits[0] != "0"
            and n != 9
            and len(_LAST_GROUP.search(token)[0]) < 3
        ):
            return False  # "1474-2640-35": no plan ends a number in two digits (but ES 3-2-2-2)
        return written_phone(digits, solid=digits == token)
    return digits[0] == "0" or valid_phone(digits) or (n >= 10 and valid_international(digits))
