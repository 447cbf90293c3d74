"""Check digits of the Baltic personal codes, by their published standards.

- Estonian isikukood (EVS 585:2007) and Lithuanian asmens kodas (LST 1185): eleven digits
  G YYMMDD SSS C. G is the century and sex (1-2: 1800s, 3-4: 1900s, 5-6: 2000s), YYMMDD the
  birth date, SSS a serial, C a two-pass mod-11 check: weights 1 2 3 4 5 6 7 8 9 1, and if
  the remainder is 10, weights 3 4 5 6 7 8 9 1 2 3; a second 10 reads 0.
- Latvian personas kods, the form issued until 2017: DDMMYY-CNNNK, the birth date, the century
  (0: 1800s, 1: 1900s, 2: 2000s), a serial and a check digit: 1 plus the weighted sum
  (weights 10 5 8 4 2 1 6 3 7 9) mod 11, mod 10. The codes issued since July 2017 open with
  "32" and carry no date or check (they are left to the cue words).

A random eleven digits passes either about 1 time in 500 (century, date and check together).
"""

from __future__ import annotations

from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.ids_checks import weighted_sum

_EE_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
_EE_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
_LV_WEIGHTS = (10, 5, 8, 4, 2, 1, 6, 3, 7, 9)


def ee_lt_code_ok(digits: str) -> bool:
    """An Estonian or Lithuanian personal code: century-sex digit, date, two-pass check."""
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    if digits[0] not in "123456" or not day_of_month_ok(int(digits[5:7]), int(digits[3:5])):
        return False
    check = weighted_sum(digits, _EE_WEIGHTS_1) % 11
    if check == 10:
        check = weighted_sum(digits, _EE_WEIGHTS_2) % 11 % 10
    return check == int(digits[10])


def lv_code_ok(digits: str) -> bool:
    """A Latvian personal code of the dated form (DDMMYY CNNNK, hyphen removed)."""
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    if digits[6] not in "012" or not day_of_month_ok(int(digits[:2]), int(digits[2:4])):
        return False
    return (1 + weighted_sum(digits, _LV_WEIGHTS)) % 11 % 10 == int(digits[10])
