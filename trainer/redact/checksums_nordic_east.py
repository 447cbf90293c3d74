"""Check digits of the Polish, Swedish, Finnish and Turkish personal numbers that
``ids_nordic_east`` finds, each as its issuer publishes it.

- PESEL (Polish Ministry of Digital Affairs): YYMMDD, a 4-digit serial, a check digit; the month
  carries the century (+80 for 1800-1899, +0, +20, +40, +60 for 2000-2299); weights 1 3 7 9
  repeated, the check makes the weighted sum a multiple of 10.
- Personnummer and samordningsnummer (Skatteverket): YYMMDD (the day + 60 for a co-ordination
  number), a 3-digit serial, a Luhn check over the ten digits.
- Henkilötunnus (Digital and Population Data Services Agency): DDMMYY, a century sign, a
  3-digit serial, a check character: the nine digits mod 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY".
- T.C. Kimlik No (NVİ): 11 digits, first not 0; the 10th is (7 x the odd places' sum - the even
  places' sum) mod 10, the 11th the first ten digits' sum mod 10.
"""

from __future__ import annotations

from trainer.redact.checksums import luhn_ok
from trainer.redact.checksums_intl import valid_date

_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Century signs of the henkilötunnus: "+" 1800s, "-" and U-Y 1900s, A-F 2000s (the letters
# since 2023).
HETU_SIGNS = "+-ABCDEFUVWXY"


def pesel_ok(digits: str) -> bool:
    """A PESEL: 11 digits, a birth date whose month carries the century, weighted check."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    if not valid_date(digits[4:6], str(int(digits[2:4]) % 20)):
        return False
    total = sum(w * (ord(ch) - 48) for w, ch in zip(_PESEL_WEIGHTS, digits, strict=False))
    return (10 - total % 10) % 10 == ord(digits[10]) - 48


def personnummer_ok(digits: str) -> bool:
    """A Swedish personnummer or samordningsnummer: ten digits (the century dropped), a birth
    date (day + 60 for a co-ordination number), Luhn over the ten."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    day = int(digits[4:6])
    return valid_date(str(day - 60 if day > 60 else day), digits[2:4]) and luhn_ok(digits)


def hetu_ok(value: str) -> bool:
    """A Finnish henkilötunnus "DDMMYY-NNNC": a birth date, a century sign, the check character
    (upper case as issued; a lower-case one is read the same)."""
    if len(value) != 11 or value[6].upper() not in HETU_SIGNS:
        return False
    body = value[:6] + value[7:10]
    if not body.isdigit() or not valid_date(value[:2], value[2:4]):
        return False
    return _HETU_CHECKS[int(body) % 31] == value[10].upper()


def tckn_ok(digits: str) -> bool:
    """A Turkish T.C. Kimlik No: 11 digits, no leading 0, the NVİ's two check digits."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    d = [ord(ch) - 48 for ch in digits]
    tenth = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]
