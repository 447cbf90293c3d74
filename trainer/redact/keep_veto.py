"""The one veto every look-alike keep asks: is the value in the kept position a personal value
that passes its own check? An adversary who knows the keep rules can write a card, an IBAN, an
id or a phone right after "SKU", "Batch", "Company No." or "serial number"; a cue proves nothing
about the value after it, so such a value stays redacted (fail closed, issue 10).

A value is personal when, as written, it is
- a payment card: 12 to 19 digits (grouped or solid) in a real issuer range of that length
  (ISO/IEC 7812: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir) that
  pass Luhn;
- an IBAN (ISO 13616: its country's length, mod 97); an e-mail address;
- an id whose check a code passes rarely or whose layout no code has (``strong_id``: DNI/NIE,
  PPS, CPF, Steuer-ID, a personnummer with its hyphen or century, a French NIR or a South
  African id written solid), or an id with one weak
  check digit (BSN, SIN, TFN, Medicare, Aadhaar) in its own printed groups ("271 548 307");
- a phone as its plan writes it: with its "+" and country code, solid with its trunk 0 (ten
  digits or more), or grouped as a region prints its valid numbers
  (``phone_layouts.national_layout``).
Measured on every development set (session 46): vetoing solid runs by a weak check (1 in 10)
or as a phone without a trunk 0 lost about 600 genuine order, PO and routing numbers, so those
stay with the keeps' own checks (``personal_numbers.written_phone``, ``lookalike_orders``):
a solid "612345678" or "234567806" after "Order" or "SKU" is the residual.

A value right after a personal id's cue ("CIN:", "passport number", "NUIT") is personal too,
whatever it looks like (``keep_id_cue``, asked through ``personal_span``); a cue the keep read as
its own register label (an acronym a firm's register and a person's tax number share: "RUC",
"RFC", "NUIT") counts only where the sentence asks for the value ("A seguradora pede NUIT ...").

A keep whose value's own structure proves the thing does not ask, or asks with ``checked``:
a tracking number's check digit (``tracking``), an ear tag's country code before its digits
(``lookalike_named_codes``), a register whose own check holds (a SIREN's Luhn is a SIN's too:
``lookalike_org_registers``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from trainer.redact.card_ranges import CARD_RANGES, in_range
from trainer.redact.checksums import (
    cpf_ok,
    dni_ok,
    gs1_ok,
    iban_ok,
    luhn_ok,
    nir_ok,
    pps_ok,
    steuer_id_ok,
)
from trainer.redact.checksums_intl import sa_id_ok
from trainer.redact.checksums_nordic_east import personnummer_ok
from trainer.redact.checksums_solid_ids import solid_checked_id
from trainer.redact.keep_id_cue import id_cue_before
from trainer.redact.personal_numbers import checked_id, valid_international, valid_phone
from trainer.redact.phone_layouts import national_layout
from trainer.redact.prefilter import CACHED_TEXTS

# The card ranges the veto reads (``card_ranges``: the big networks at the lengths they issue
# today, Maestro by its own IINs)
_CARD_RANGES = tuple(r for r in CARD_RANGES if r.veto)
# A value as written: an optional "+" or bracket, digit groups joined by one separator, an
# optional letter glued to the end (a DNI's, a PPS's)
_VALUE = re.compile(r"\+?\(?\d+(?:(?:\)[ \t]?|[ \t.\-/]\(?)\d+)*(?:[A-Za-z](?![\w@]))?")
_IBAN = re.compile(r"[A-Z]{2}\d\d(?:[ \t]?[0-9A-Z]{1,4}){3,8}")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DOMAIN = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")  # _EMAIL after its "@"
_SEPARATOR = re.compile(r"[ \t.\-/()]")
_DIGITS = re.compile(r"\d+")
# letters glued to a run by a hyphen, slash or dot: the run is part of a longer code
_GLUED_TAIL = re.compile(r"[\-/.]?[A-Za-z][\w\-]*")
_PERSONNUMMER = re.compile(r"\d{6}[-+]\d{4}")
# the printed groups of ids with one weak check digit: SIN/TFN/BSN 3-3-3, BSN 4-2-3, Medicare
# 4-5-1, Aadhaar 4-4-4
_WEAK_ID_GROUPS = frozenset({(3, 3, 3), (4, 2, 3), (4, 5, 1), (4, 4, 4)})
# how ids and phones are grouped: a space, dot, hyphen or bracket (a slash is a reference's
# year and serial, "2024/818900")
_GROUPED = re.compile(r"[ \t.\-()]")


def card_number(digits: str) -> bool:
    """12 to 19 digits in an issuer range of that length, passing Luhn."""
    n = len(digits)
    return (
        12 <= n <= 19
        and any(n in r.veto and in_range(digits, r) for r in _CARD_RANGES)
        and luhn_ok(digits)
    )


def _phone_as_written(value: str, digits: str, *, laid_out: bool) -> bool:
    if value.startswith("+"):
        return len(digits) >= 8 and valid_international(digits)
    if digits[:1] == "0" and 10 <= len(digits) <= 12 and valid_phone(digits):
        return True  # the trunk 0 of a plan that writes one ("0151 23456789", "0612345678")
    if not laid_out or not 10 <= len(digits) <= 12:
        # no national number with its trunk has more ("016-6181716894": a ticket); nine digits
        # or fewer in a phone's groups are as often a register's ("EIN 07-4816305")
        return False
    if value.startswith("(") and ")" in value:  # "(415) 829-3746": the area code in brackets
        value = value[1:].replace(")", "", 1)
    return _SEPARATOR.search(value) is not None and national_layout(value)


def _lettered_id(compact: str) -> bool:
    """A DNI/NIE or a PPS: digits and a check letter, a shape no register or code number has."""
    upper = compact.upper()
    if len(upper) == 9 and upper[-1].isalpha() and upper[:-1].isalnum() and dni_ok(upper):
        return True
    return len(upper) in (8, 9) and upper[:7].isdigit() and upper[7:8].isalpha() and pps_ok(upper)


def strong_id(value: str, compact: str, digits: str) -> bool:
    """An id whose check a code passes at most about 1 time in 23, or whose layout no code
    has: a DNI/NIE or PPS (a check letter), a CPF or Steuer-ID (two checks, a digit census),
    a French NIR (its body and mod 97) or a South African id (birth date, citizenship, Luhn:
    about 1 in 3,000) written solid,
    a Swedish personnummer with its hyphen ("850714-2316") or its century ("198507142316");
    a weak check (1 in 10: BSN, SIN, TFN, Medicare, Aadhaar) only in its own printed groups
    ("123 456 782", "1234.56.782", "2123 45670 1", "2345 6789 0124"): a solid or otherwise
    grouped run of these lengths is as often an order number."""
    if _lettered_id(compact):
        return True
    if digits != compact:
        return False
    if len(digits) == 11 and (cpf_ok(digits) or steuer_id_ok(digits)):
        return True
    if nir_ok(digits) or sa_id_ok(digits):
        return True  # a NIR's mod 97 with its body; a birth date, citizenship digit and Luhn
    if solid_checked_id(digits=digits):
        return True  # a Luxembourg matricule, a Swiss AHV number (``checksums_solid_ids``)
    if len(digits) == 12 and digits[:2] in ("19", "20") and personnummer_ok(digits[2:]):
        return True
    if _PERSONNUMMER.fullmatch(value) and personnummer_ok(digits):
        return True
    groups = tuple(len(g) for g in _DIGITS.findall(value))
    return groups in _WEAK_ID_GROUPS and checked_id(compact)


def personal_value(value: str, *, checked: bool = False) -> bool:
    """``value`` (one value as written) is a card, an IBAN, an e-mail, a strong or grouped
    checked id, or a phone as its plan writes it. ``checked``: the value passed its own
    scheme's check after its label (a register's, an ISSN's, a creditor reference's mod 97,
    an air waybill's mod 7), which proves the thing; only a card, an IBAN, an e-mail, an id
    with its check letter or a phone with its "+" vetoes it."""
    if "@" in value:
        return _EMAIL.fullmatch(value) is not None
    compact = _SEPARATOR.sub("", value).lstrip("+")
    if compact[:2].isalpha() and compact[:2].isupper() and iban_ok(compact):
        return True
    digits = "".join(ch for ch in compact if ch.isdigit())
    if not digits:
        return False
    if card_number(digits):
        return True
    if checked:
        return _lettered_id(compact) or (
            value.startswith("+") and len(digits) >= 8 and valid_international(digits)
        )
    if strong_id(value, compact, digits):
        return True
    laid_out = _GROUPED.search(value.strip("+")) is not None
    return (
        len(digits) >= 7
        and digits == compact
        and _phone_as_written(value, digits, laid_out=laid_out)
    )


def _card_prefixes(run: str) -> list[str]:
    """Each shorter run ending at one of the run's group boundaries (a card followed by a
    quantity, "4539 8712 0634 7524 2") that may still be a card: a prefix of more than 19
    characters once its separators and "+" are dropped is none (``card_number``), and prefixes
    only grow, so the scan stops there instead of cutting the whole run (a long separated run
    cut at every group was quadratic)."""
    plus = run[:1] == "+"
    cuts = []
    for i, m in enumerate(_SEPARATOR.finditer(run)):
        cut = m.start()
        if cut - i - plus > 19:  # the prefix's characters less its i separators and its "+"
            break
        if run[cut - 1 : cut].isalnum():
            cuts.append(cut)
    return [run[:cut] for cut in cuts]


def personal_value_at(text: str, start: int, *, checked: bool = False) -> bool:
    """A personal value (``personal_value``) opens at ``start``: an IBAN or e-mail there, a
    number run there, or a card in its leading groups (a "+" or bracket right before it
    belongs to it)."""
    if text[start : start + 1].isalpha():
        m = _IBAN.match(text, start) or _EMAIL.match(text, start)
        return m is not None and personal_value(m.group(), checked=checked)
    if start > 0 and text[start - 1] in "+(":
        start -= 1  # "(415) 829-3746": the bracket or "+" opens the value
    if _email_at(text, start):
        return True
    m = _VALUE.match(text, start, start + _REACH)
    if m is None:
        return False
    run = m.group()
    if m.end() > start + _REACH - 4:
        # a run this long has 40 digits or more, too many for any personal value as a whole;
        # only its leading groups can be a card, and they lie inside the reach
        return _card_in(run)
    # short of the reach by four characters, the match is the unbounded one (a further group
    # needs at most three characters before its digit, a check letter one after it)
    if tail := _GLUED_TAIL.match(text, m.end(), m.end() + _REACH):
        if tail.end() == m.end() + _REACH:
            tail = _GLUED_TAIL.match(text, m.end())  # a glued word this long: read it whole
        run += tail.group()  # "462-2024-FONDECYT": one code, no phone glued to a word
    return personal_value(run, checked=checked) or _card_in(run)


def _card_in(run: str) -> bool:
    return any(card_number(_SEPARATOR.sub("", cut).lstrip("+")) for cut in _card_prefixes(run))


# How far a value opening with a digit is read. A personal value has 20 digits at most (a card
# 19, a "+" phone a country code of 3 and a national number of 17: ``phonenumbers``), and a
# match of ``_VALUE`` of 124 characters holds 41 digits at least (two separators at most per
# group), so a longer run is no personal value, and reading on at every number of a long
# separated run ("12-34 56.78/...") would make the run quadratic.
_REACH = 128
# the local part of an e-mail address, one character (``_EMAIL``)
_LOCAL_CHARS = frozenset("_.+-")


def _email_at(text: str, start: int) -> bool:
    """``_EMAIL.match(text, start) is not None``, from the text's "@" signs: the local part
    runs from ``start`` to the first "@" after it, so ``start`` lies in the stretch of local
    characters before an "@" whose domain follows (matched at every number of a long
    separated run, the local part made the run quadratic)."""
    ats, los = _emails(text)
    i = bisect_right(ats, start)
    return i < len(ats) and los[i] <= start


# as many texts as the prefilter keeps (more than a batch group's 128): the veto is asked from
# several stages of a group, and each would rebuild a text's index with a smaller cache
@lru_cache(maxsize=CACHED_TEXTS)
def _emails(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each "@" with a domain after it, and where the stretch of local-part characters before
    it starts (the "@" itself when none is there)."""
    ats: list[int] = []
    los: list[int] = []
    at = text.find("@")
    while at != -1:
        if _DOMAIN.match(text, at + 1):
            lo = at
            while lo and (text[lo - 1].isalnum() or text[lo - 1] in _LOCAL_CHARS):
                lo -= 1  # Python's \w is str.isalnum() or "_"
            if lo < at:
                ats.append(at)
                los.append(lo)
        at = text.find("@", at + 1)
    return tuple(ats), tuple(los)


def personal_span(
    text: str, start: int, end: int, *, checked: bool = False, label_start: int | None = None
) -> bool:
    """``text[start:end]`` (a value a keep would hold) is a personal value, or opens with
    one, or stands right after a personal id's cue (``keep_id_cue``; ``label_start``: where
    the keep's own label begins, a cue it read as its label counting only where the value is
    asked for)."""
    value = text[start:end].strip()
    if not value:
        return False
    return (
        personal_value(value, checked=checked)
        or personal_value_at(text, start, checked=checked)
        or id_cue_before(text, start, label_start=label_start)
    )


_BARCODE_BEFORE = re.compile(r"(?i:\b(?:EAN|GTIN|UPC)(?:-?\d{1,2})?|barcode)\W{0,3}$")


def gtin_with_cue(text: str, start: int) -> bool:
    """A GTIN (8, 12, 13 or 14 digits, solid) whose GS1 check digit holds, right after its
    barcode cue ("UPC 086983345338"): its own structure proves the thing. The cue is read
    first: it looks at 16 characters, while the value's match runs as far as the digits and
    separators do (read first on every number of a long separated run, it made the run
    quadratic)."""
    if _BARCODE_BEFORE.search(text, max(0, start - 16), start) is None:
        return False
    m = _VALUE.match(text, start)
    if m is None or not m.group().isdigit() or len(m.group()) not in (8, 12, 13, 14):
        return False
    return gs1_ok(m.group())
