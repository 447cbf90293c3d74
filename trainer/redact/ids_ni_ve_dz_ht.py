"""Nicaraguan, Venezuelan, Algerian, Haitian and Zimbabwean identifiers by their published
layout and check, taken written bare (``national_ids`` calls this behind its digit-run gate).

- Nicaragua, cédula de identidad (Consejo Supremo Electoral): the three-digit municipality of
  birth, the birth date DDMMYY, a four-digit serial and a check letter, printed
  "NNN-DDMMYY-NNNNL" or solid; the letter is "ABCDEFGHJKLMNPQRSTUVWXY"[13 digits mod 23].
- Venezuela (SAIME, SENIAT): the cédula of a national ("V-") or a foreigner ("E-"), printed
  "V-12.345.678" or "V-12345678"; a person's RIF ("V-", "E-", "P-"), eight digits and the
  SENIAT check digit (letter value V 1, E 2, P 4, weights 4 3 2 7 6 5 4 3 2, 11 minus the sum
  mod 11, 10 and 11 read 0). A firm's RIF ("J-", "G-") is not taken here.
- Algeria: the NIN of the biometric card, eighteen digits, the first the holder's sex (1, 2),
  the second 0 (no check published: a solid run of exactly eighteen); the bank RIB (Banque
  d'Algérie), three bank, five agency, ten account and two key digits, grouped "3 5 10 2" or
  solid, the key 97 minus (the first eighteen digits x 100) mod 97.
- Haiti, CIN (carte d'identification nationale, ONI): "01-09-05-1978-01-01234", department
  (01-10), commune, section, the holder's birth year, two digits and a five-digit serial.
- Zimbabwe, national registration number (Registrar General): "63-123456 A 42", the district
  of registration, a six- or seven-digit serial, a check letter ("ZABCDEFGHJKLMNPQRSTVWXY"
  [district and serial mod 23]) and the district of origin.

Each gives way to a reference's cue right before it (``gives_way``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit

_END = r"(?![\w-]|[.,/]\d)"
_NI_CEDULA = re.compile(
    r"(?<![\w.,/+-])(?P<muni>\d{3})(?P<sep>-?)(?P<day>\d\d)(?P<month>\d\d)\d\d(?P=sep)\d{4}"
    r"(?P<letter>[A-Za-z])(?![\w-])"
)
_NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"
# the letter set apart ("V-12345678-9"): glued to nine digits it is any code ("P202753146")
_VE_ID = re.compile(
    r"(?<![\w-])(?:(?P<rif>[VEP])[-‐ ](?P<digits>\d{8})[-‐ ]?(?P<check>\d)"
    r"|[VE][-‐](?:\d{1,2}\.\d{3}\.\d{3}|\d{6,8}))" + _END
)
_VE_LETTER_VALUE = {"V": 1, "E": 2, "P": 4}
_VE_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_DZ_NIN = re.compile(r"(?<![\w.,/+-])[12]0\d{16}" + _END)
_HT_CIN = re.compile(
    r"(?<![\w.,/+-])(?:0[1-9]|10)-\d\d-\d\d-(?:19|20)\d\d-\d\d-\d{5}" + _END
)
_ZW_ID = re.compile(
    r"(?<![\w.,/+-])(?P<number>\d{2}-?\d{6,7})[ \t]?(?P<letter>[A-Z])[ \t]?\d{2}" + _END
)
_ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"
_DZ_RIB = re.compile(r"(?<![\w.,/+-])\d{3}([ ]?)\d{5}\1\d{10}\1\d{2}" + _END)


def ni_cedula_ok(m: re.Match[str]) -> bool:
    """A Nicaraguan cédula: a day and month that exist, the check letter of its 13 digits."""
    if not day_of_month_ok(int(m.group("day")), int(m.group("month"))):
        return False
    digits = "".join(ch for ch in m.group() if ch.isdigit())
    return _NI_LETTERS[int(digits) % 23] == m.group("letter").upper()


def ve_rif_ok(letter: str, digits: str, check: str) -> bool:
    """A Venezuelan person's RIF: the SENIAT check digit over the letter and eight digits."""
    total = 4 * _VE_LETTER_VALUE[letter]
    total += sum(w * (ord(ch) - 48) for w, ch in zip(_VE_WEIGHTS, digits, strict=True))
    digit = 11 - total % 11
    return (0 if digit >= 10 else digit) == int(check)


def zw_id_ok(m: re.Match[str]) -> bool:
    """A Zimbabwean national registration number's check letter."""
    number = int(m.group("number").replace("-", ""))
    return _ZW_LETTERS[number % 23] == m.group("letter")


def dz_rib_ok(digits: str) -> bool:
    """An Algerian RIB's key: 97 minus (the first eighteen digits x 100) mod 97."""
    return len(digits) == 20 and 97 - int(digits[:18]) * 100 % 97 == int(digits[18:])


def find_ni_ve_dz_ht_ids(
    text: str,
    runs: tuple[tuple[int, int], ...],
    *,
    gives_way: Callable[[str, int], bool],
) -> list[Hit]:
    """NATIONAL_ID and IBAN hits of the shapes above, searched from each digit run (``runs``:
    ``prefilter.digit_runs``, six digits at least)."""
    hits: list[Hit] = []
    for a, b in runs:
        # a run may go on into a phone or a date after the value (". 0555 ..."): the patterns
        # end the value, the run's size only bounds it from below
        size = sum(ch.isdigit() for ch in text[a:b])
        if size >= 13 and (m := _NI_CEDULA.match(text, a)) and ni_cedula_ok(m):
            if not gives_way(text, a):
                hits.append(("NATIONAL_ID", a, m.end()))
            continue
        lo = a - 2 if text[a - 1 : a] in "-‐ " else a - 1
        if lo >= 0 and text[lo : lo + 1] in ("V", "E", "P"):
            m = _VE_ID.match(text, lo)
            if m is not None and not gives_way(text, lo):
                if m.group("rif") is None or ve_rif_ok(
                    m.group("rif"), m.group("digits"), m.group("check")
                ):
                    hits.append(("NATIONAL_ID", lo, m.end()))
            continue
        if 8 <= size <= 9 and (m := _ZW_ID.match(text, a)) and zw_id_ok(m):
            if not gives_way(text, a):
                hits.append(("NATIONAL_ID", a, m.end()))
            continue
        if size >= 17 and (m := _HT_CIN.match(text, a)):
            if not gives_way(text, a):
                hits.append(("NATIONAL_ID", a, m.end()))
            continue
        if size >= 18 and (m := _DZ_NIN.match(text, a)) and not gives_way(text, a):
            hits.append(("NATIONAL_ID", a, m.end()))
        elif size >= 20 and (m := _DZ_RIB.match(text, a)):
            if dz_rib_ok(m.group().replace(" ", "")) and not gives_way(text, a):
                hits.append(("IBAN", a, m.end()))
    return hits
