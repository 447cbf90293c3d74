"""Check digits of the Singaporean, Romanian, Norwegian, Argentine and US numbers that
``ids_world`` and ``ids_accounts`` find, each as its issuer publishes it.

- NRIC / FIN (ICA Singapore): a prefix letter (S, T citizens and PRs; F, G foreigners), seven
  digits weighted 2 7 6 5 4 3 2, +4 for T and G; the remainder mod 11 picks the check letter
  from "JZIHGFEDCBA" (S, T) or "XWUTRQPNMLK" (F, G).
- CNP (Romanian personal numeric code): sex/century digit 1-8, YYMMDD, county 01-52, serial,
  check = the first twelve digits weighted 2 7 9 1 4 6 3 5 8 2 7 9, mod 11 (10 reads 1).
- Fødselsnummer (Skatteetaten): DDMMYY (day + 40 for a D-number, month + 40 for an H-number),
  a 3-digit individual number and two mod-11 check digits (weights 3 7 6 1 8 9 4 5 2, then
  5 4 3 2 7 6 5 4 3 2; a remainder that gives 10 is never issued).
- CBU (BCRA, Argentina): 22 digits in two blocks, bank + branch + check (weights 7 1 3 9 7 1 3)
  and account + check (weights 3 9 7 1 3 9 7 1 3 9 7 1 3), each check making its weighted
  sum a multiple of 10.
- ABA routing number (American Bankers Association): nine digits weighted 3 7 1, mod 10.
"""

from __future__ import annotations

from trainer.redact.checksums_intl import valid_date

_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}
_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_FNR_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def weighted_sum(digits: str, weights: tuple[int, ...]) -> int:
    """Sum of each digit times its weight, pairing from the left (the shared step of the
    mod-10 and mod-11 id checks). ``int`` reads any Unicode decimal digit ``\\d`` matched."""
    return sum(w * int(ch) for w, ch in zip(weights, digits, strict=False))


def nric_ok(value: str) -> bool:
    """A Singapore NRIC or FIN of the S, T, F or G series with its check letter (any case)."""
    value = value.upper()
    letters = _NRIC_LETTERS.get(value[:1])
    if letters is None or len(value) != 9 or not value[1:8].isdigit():
        return False
    total = weighted_sum(value[1:8], _NRIC_WEIGHTS) + (4 if value[0] in "TG" else 0)
    return letters[total % 11] == value[8]


def cnp_ok(digits: str) -> bool:
    """A Romanian CNP: thirteen digits, sex/century 1-8, a birth date, county, check digit."""
    if len(digits) != 13 or not digits.isdigit() or digits[0] not in "12345678":
        return False
    if not valid_date(digits[5:7], digits[3:5]) or not _cnp_county(int(digits[7:9])):
        return False
    rest = weighted_sum(digits, _CNP_WEIGHTS) % 11
    return (1 if rest == 10 else rest) == int(digits[12])


def _cnp_county(county: int) -> bool:
    """1-52 (the counties, 41-46 Bucharest's sectors), 70 (any county, issued since 2021),
    80-83 (also issued)."""
    return 1 <= county <= 52 or county == 70 or 80 <= county <= 83


def fnr_ok(digits: str) -> bool:
    """A Norwegian fødselsnummer or D-number: eleven digits, a birth date, two mod-11 checks."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    day -= 40 if day > 40 else 0
    month -= 40 if month > 40 else 0
    if not valid_date(str(day), str(month)):
        return False
    for weights, place in ((_FNR_WEIGHTS_1, 9), (_FNR_WEIGHTS_2, 10)):
        check = (11 - weighted_sum(digits, weights) % 11) % 11
        if check == 10 or check != int(digits[place]):
            return False
    return True


def cbu_ok(digits: str) -> bool:
    """An Argentine CBU (or CVU, same layout): 22 digits, both blocks' check digits."""
    if len(digits) != 22 or not digits.isdigit():
        return False
    first = (10 - weighted_sum(digits[:7], (7, 1, 3, 9, 7, 1, 3)) % 10) % 10
    second = (10 - weighted_sum(digits[8:21], (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3)) % 10) % 10
    return first == int(digits[7]) and second == int(digits[21])


def aba_ok(digits: str) -> bool:
    """A US ABA routing number: nine digits, weights 3 7 1, sum a multiple of 10."""
    return (
        len(digits) == 9
        and digits.isdigit()
        and len(set(digits)) > 1
        and weighted_sum(digits, (3, 7, 1, 3, 7, 1, 3, 7, 1)) % 10 == 0
    )
