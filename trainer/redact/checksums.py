"""Check-digit algorithms that make structured identifiers reliable to detect."""

from __future__ import annotations

# IBAN lengths by country (SWIFT IBAN registry); a candidate of the wrong length is not an IBAN.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
    "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check used by payment cards and Canadian SINs."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban: str, *, strict_length: bool = True) -> bool:
    """ISO 13616 check on a compact IBAN: known country, length, mod 97 == 1.

    ``strict_length=False`` accepts any length from 15 to 34 for a known country.
    """
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is None or not iban[2:4].isdigit() or not iban.isalnum():
        return False
    if len(iban) != expected and (strict_length or not 15 <= len(iban) <= 34):
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip


def verhoeff_ok(digits: str) -> bool:
    """Verhoeff check used by India's Aadhaar numbers."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return c == 0


def cpf_ok(digits: str) -> bool:
    """Brazilian CPF: 11 digits, two mod-11 check digits, not all equal."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    nums = [ord(ch) - 48 for ch in digits]
    for k in (9, 10):
        total = sum(nums[i] * (k + 1 - i) for i in range(k))
        if (total * 10 % 11) % 10 != nums[k]:
            return False
    return True


def isbn_ok(digits: str) -> bool:
    """ISBN-10 (last char may be X) or ISBN-13 check: used to keep book numbers out of PHONE."""
    if len(digits) == 13 and digits.isdigit():
        total = sum((ord(ch) - 48) * (3 if i % 2 else 1) for i, ch in enumerate(digits))
        return total % 10 == 0
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] in "xX"):
        vals = [ord(ch) - 48 for ch in digits[:9]] + [10 if digits[9] in "xX" else int(digits[9])]
        return sum((10 - i) * v for i, v in enumerate(vals)) % 11 == 0
    return False
