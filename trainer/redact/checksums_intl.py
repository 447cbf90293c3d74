"""Check digits of the Mexican, Austrian, Portuguese, New Zealand and South African numbers
that ``ids_intl`` finds, each as its issuer publishes it.

- CLABE (Banxico / ABM): 18 digits, weights 3, 7, 1 repeated, the last digit makes the sum of
  the products' last digits a multiple of 10.
- CURP (RENAPO, Instructivo normativo): 18 characters, the 18th a digit over the first 17 with
  weights 18..2 in the alphabet 0-9 A-N Ñ O-Z.
- RFC (SAT, Anexo 1 of the persona física / moral rules): the check character over 12 places
  (a persona moral's 11 characters lead with a space), weights 13..2, mod 11.
- SV-Nummer (Dachverband der Sozialversicherungsträger): 3-digit serial, check digit, birth
  date DDMMYY; weights 3 7 9 _ 5 8 4 2 1 6, mod 11 (10 is never issued).
- NIF (Autoridade Tributária): 9 digits, weights 9..2, 11 minus the remainder (0 for 10, 11).
- IRD number (Inland Revenue): 8 or 9 digits from 10 000 000 to 150 000 000, weights
  3 2 7 6 5 4 3 2 (then 7 4 3 2 5 2 7 6 when the first pass gives 10), mod 11.
- South African identity number (Home Affairs): YYMMDD, 4-digit sequence, citizenship 0-2,
  a digit, Luhn check.
"""

from __future__ import annotations

from trainer.redact.checksums import luhn_ok

_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_RFC_ALPHABET = {ch: i for i, ch in enumerate("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ")}
_RFC_ALPHABET |= {" ": 37, "Ñ": 38}


def clabe_ok(digits: str) -> bool:
    """A Mexican interbank account number (CLABE): 18 digits, weighted mod-10 check digit."""
    if len(digits) != 18 or not digits.isdigit():
        return False
    total = sum((ord(ch) - 48) * (3, 7, 1)[i % 3] % 10 for i, ch in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == ord(digits[17]) - 48


def curp_ok(value: str) -> bool:
    """A CURP's 18th character is its check digit (the shape is ``ids_intl``'s)."""
    if len(value) != 18 or not value[17].isdigit():
        return False
    try:
        total = sum(_CURP_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(value[:17]))
    except ValueError:
        return False
    return (10 - total % 10) % 10 == ord(value[17]) - 48


def rfc_ok(value: str) -> bool:
    """An RFC (13 characters for a person, 12 for a company) ends in its SAT check character."""
    if len(value) not in (12, 13):
        return False
    body = value[:-1].rjust(12)
    try:
        total = sum(_RFC_ALPHABET[ch] * (13 - i) for i, ch in enumerate(body))
    except KeyError:
        return False
    rest = 11 - total % 11
    check = "0" if rest == 11 else "A" if rest == 10 else str(rest)
    return value[-1] == check


def valid_date(dd: str, mm: str) -> bool:
    """Day and month of a birth date written inside an id (any year)."""
    return dd.isdigit() and mm.isdigit() and 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day_of_month_ok(day: int, month: int) -> bool:
    """A calendar day of the month (29 February allowed: the year is not known)."""
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def sv_nummer_ok(digits: str) -> bool:
    """An Austrian social insurance number: serial (no leading 0), check digit, DDMMYY."""
    if len(digits) != 10 or not digits.isdigit() or digits[0] == "0":
        return False
    if not valid_date(digits[4:6], digits[6:8]):
        return False
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    total = sum(w * (ord(ch) - 48) for w, ch in zip(weights, digits, strict=True))
    return total % 11 == ord(digits[3]) - 48


def nif_pt_ok(digits: str) -> bool:
    """A Portuguese NIF of a person: 9 digits, first 1-3 (residents) or 45 (non-residents)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    if not (digits[0] in "123" or digits.startswith("45")):
        return False
    rest = sum((9 - i) * (ord(ch) - 48) for i, ch in enumerate(digits[:8])) % 11
    return (0 if rest < 2 else 11 - rest) == ord(digits[8]) - 48


def ird_ok(digits: str) -> bool:
    """A New Zealand IRD number: 8 or 9 digits in Inland Revenue's range, mod-11 check."""
    if len(digits) not in (8, 9) or not digits.isdigit():
        return False
    if not 10_000_000 <= int(digits) <= 150_000_000:
        return False
    base, check = digits[:-1].rjust(8, "0"), ord(digits[-1]) - 48
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rest = sum(w * (ord(ch) - 48) for w, ch in zip(weights, base, strict=True)) % 11
        value = 0 if rest == 0 else 11 - rest
        if value != 10:
            return value == check
    return False


def sa_id_ok(digits: str) -> bool:
    """A South African identity number: birth date, citizenship 0-2, Luhn over 13 digits."""
    return (
        len(digits) == 13
        and digits.isdigit()
        and valid_date(digits[4:6], digits[2:4])
        and digits[10] in "012"
        and luhn_ok(digits)
    )
