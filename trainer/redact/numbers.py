"""Detectors for PII written mostly with digits: phones (``phones``), cards (``cards``), and
here US SSNs and IBANs (national IDs: ``national_ids``).

Candidates come from bounded regexes searched only around long digit runs; each is validated
(area/group/serial ranges, the IBAN registry's lengths and mod 97).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.cards import find_cards
from trainer.redact.checksums import IBAN_LENGTHS, iban_ok
from trainer.redact.hits import Hit
from trainer.redact.phones import find_phones, find_phones_and_bare_numbers

__all__ = ["find_cards", "find_ibans", "find_phones", "find_phones_and_bare_numbers", "find_ssns"]

_SSN = re.compile(r"(?<![\w.-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w]|[.-]\d)")
_SSN_CUE = re.compile(r"(?i)(?:ssn|social security(?: number| no\.?)?|ss#)\W{0,6}$")
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ -]?[A-Za-z0-9])")


def find_ssns(text: str) -> list[Hit]:
    """US SSNs: valid area/group/serial; undelimited only after an 'SSN' cue."""
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_SSN, text, prefilter.digit_windows(text)):
        area, sep, group, serial = m.groups()
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            continue
        if sep or _SSN_CUE.search(text, max(0, m.start() - 24), m.start()):
            hits.append(("SSN", m.start(), m.end()))
    return hits


def find_ibans(text: str) -> list[Hit]:
    """IBANs of every registered country, compact or grouped, validated by mod 97."""
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_IBAN_START, text, prefilter.digit_windows(text)):
        country = m.group()[:2].upper()
        length = IBAN_LENGTHS.get(country)
        if length is None:
            continue
        # The registered length first; then the whole run, for IBANs written with a length
        # the registry does not list (mod 97 alone still makes a random hit ~1%).
        ends = _iban_run(text, m.start())
        for count in (length, max(ends, default=0)):
            end = ends.get(count)
            if end is not None and iban_ok(
                re.sub(r"[ -]", "", text[m.start() : end]).upper(), strict_length=count == length
            ):
                hits.append(("IBAN", m.start(), end))
                break
        else:
            end = _national_grouping_end(text, m.start(), length)
            if end is not None and iban_ok(re.sub(r"[ -]", "", text[m.start() : end]).upper()):
                hits.append(("IBAN", m.start(), end))
    return hits


def _national_grouping_end(text: str, pos: int, length: int) -> int | None:
    """The end of an IBAN printed in other groups than fours: the country and check digits,
    then the BBAN whole or in its national layout ("NL02 INGB2054918697", "FR76 30006 00001
    12345678901 89"), the groups adding up to the country's registered length exactly. Each
    group after the first holds a digit and the BBAN mostly digits, so words after a code
    never complete one (mod 97 then decides)."""
    count, digits = 0, 0
    while m := _IBAN_GROUP.match(text, pos):
        group = m.group(1)
        if not group.isascii() or (count and not any(c.isdigit() for c in group)):
            return None
        count += len(group)
        digits += sum(c.isdigit() for c in group) if count > 4 else 0
        pos = m.end()
        if count >= length:
            bban = length - 4
            return pos if count == length and digits * 5 >= bban * 3 else None
    return None


_IBAN_GROUP = re.compile(r"[ -]?([A-Za-z0-9]+)")


def _iban_run(text: str, pos: int) -> dict[int, int]:
    """Alphanumeric count -> end offset, for each group boundary of an IBAN-like run.

    The run is one compact token, or groups of four (the last may be shorter), separated by
    single spaces or dashes, as IBANs are printed.
    """
    ends: dict[int, int] = {}
    count = 0
    while m := _IBAN_GROUP.match(text, pos):
        group = m.group(1)
        if count and (len(group) > 4 or not group.isascii()):
            break
        count += len(group)
        pos = m.end()
        if count <= 34:
            ends[count] = pos
        if len(group) != 4 or count > 34:
            break
    return ends
