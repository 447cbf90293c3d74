"""Check-digit algorithms that make structured identifiers reliable to detect."""

from __future__ import annotations

import re

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
    # registered since (SWIFT registry releases 2021-2024)
    "BI": 27, "DJ": 27, "FK": 18, "HN": 28, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SD": 18,
    "SO": 23, "YE": 30,
    # in national use outside the registry (banks print them on statements; ISO 13616 mod 97):
    # the BCEAO's eight WAEMU states (country code, a bank code of a letter and digits, branch,
    # account, RIB key: 28), the BEAC's six CEMAC states (27), and Algeria, Angola, Cape Verde,
    # Comoros, Iran, Madagascar, Morocco, Mozambique
    "BJ": 28, "BF": 28, "CI": 28, "GW": 25, "ML": 28, "NE": 28, "SN": 28, "TG": 28,
    "CM": 27, "CF": 27, "CG": 27, "GA": 27, "GQ": 27, "TD": 27,
    "DZ": 26, "AO": 25, "CV": 25, "KM": 27, "IR": 26, "MG": 27, "MA": 28, "MZ": 25,
}  # fmt: skip


# How a French NIR opens: sex (1, 2; 7, 8 provisional), year, month (01-12; 20-42 and 50-99
# where unknown); its key is 97 minus the first thirteen digits mod 97.
NIR_OPENING = re.compile(r"[1278]\d\d(?:0[1-9]|1[0-2]|[2-3]\d|4[0-2]|[5-9]\d)")


def nir_ok(digits: str) -> bool:
    """Fifteen digits written solid that a French NIR's body and mod-97 key accept."""
    return (
        len(digits) == 15
        and digits.isdecimal()
        and NIR_OPENING.match(digits) is not None
        and 97 - int(digits[:13]) % 97 == int(digits[13:])
    )


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
    if len(digits) == 13:
        return gs1_ok(digits)  # an ISBN-13 is an EAN-13
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] in "xX"):
        vals = [ord(ch) - 48 for ch in digits[:9]] + [10 if digits[9] in "xX" else int(digits[9])]
        return sum((10 - i) * v for i, v in enumerate(vals)) % 11 == 0
    return False


def cnpj_ok(digits: str) -> bool:
    """Brazilian CNPJ: 14 digits, two mod-11 check digits (weights 5..2,9..2 and 6..2,9..2)."""
    if len(digits) != 14 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    nums = [ord(ch) - 48 for ch in digits]
    for k, weights in (
        (12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)),
        (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)),
    ):
        r = sum(n * w for n, w in zip(nums, weights, strict=False)) % 11
        if (0 if r < 2 else 11 - r) != nums[k]:
            return False
    return True


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): mod-23 letter."""
    value = value.upper()
    if len(value) != 9 or not value[-1].isalpha():
        return False
    body = value[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and _DNI_LETTERS[int(body) % 23] == value[-1]


def bsn_ok(digits: str) -> bool:
    """Dutch BSN (burgerservicenummer): 9 digits, the "11-proef" (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum((9 - i) * (ord(ch) - 48) for i, ch in enumerate(digits[:8]))
    return (total - (ord(digits[8]) - 48)) % 11 == 0


def steuer_id_ok(digits: str) -> bool:
    """German Steuer-ID: 11 digits, no leading 0, one digit twice or three times in the first
    ten (every other at most once), ISO 7064 MOD 11,10 check digit."""
    if not iso7064_mod11_10_ok(digits) or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    return counts[0] in (2, 3) and (len(counts) == 1 or counts[1] == 1)


def rvnr_ok(value: str) -> bool:
    """German pension insurance number (Versicherungsnummer, DRV): area (2 digits), birth date
    DDMMYY, the surname's initial, serial (2 digits), check digit: the letter becomes its
    alphabet place (A=01), weights 2 1 2 5 7 1 2 1 2 1 2 1, the products' digit sums mod 10."""
    value = value.replace(" ", "").upper()
    if len(value) != 12 or not value[8].isalpha() or not (value[:8] + value[9:]).isdigit():
        return False
    if not (1 <= int(value[2:4]) <= 31 and 1 <= int(value[4:6]) <= 12):
        return False
    digits = value[:8] + f"{ord(value[8]) - 64:02d}" + value[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(w * (ord(ch) - 48), 10)) for w, ch in zip(weights, digits, strict=True))
    return total % 10 == ord(value[11]) - 48


def iso7064_mod11_10_ok(digits: str) -> bool:
    """ISO 7064 MOD 11,10 over 11 digits (the Steuer-ID's check digit, without its rule on
    repeated digits)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    product = 10
    for ch in digits[:10]:
        total = (ord(ch) - 48 + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == ord(digits[10]) - 48


def ausweis_ok(value: str) -> bool:
    """German identity card (Personalausweis, since 2010) or passport serial: nine characters
    and a 7-3-1 weighted check digit (letters count A=10 ... Z=35)."""
    value = value.upper()
    if len(value) != 10 or not value[-1].isdigit():
        return False
    total = 0
    for i, ch in enumerate(value[:9]):
        v = ord(ch) - 48 if ch.isdigit() else ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return total % 10 == ord(value[9]) - 48


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
    6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))  # fmt: skip


def codice_fiscale_ok(value: str) -> bool:
    """Italian codice fiscale (16 characters, omocodia letters allowed): the check letter."""
    value = value.upper()
    if len(value) != 16 or not value.isascii() or not value.isalnum():
        return False
    total = 0
    for i, ch in enumerate(value[:15]):
        if i % 2 == 0:  # odd positions, counted from 1
            total += _CF_ODD[ch]
        else:
            total += ord(ch) - 48 if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == value[15]


def tfn_ok(digits: str) -> bool:
    """Australian tax file number: 8 or 9 digits, weighted sum divisible by 11."""
    weights = {9: (1, 4, 3, 7, 5, 8, 6, 9, 10), 8: (10, 7, 8, 4, 6, 3, 5, 1)}.get(len(digits))
    if weights is None or not digits.isdigit():
        return False
    return sum(w * (ord(ch) - 48) for w, ch in zip(weights, digits, strict=True)) % 11 == 0


def medicare_ok(digits: str) -> bool:
    """Australian Medicare card: 10 (or 11 with the IRN) digits, first 2-6, check digit 9th."""
    if len(digits) not in (10, 11) or not digits.isdigit() or digits[0] not in "23456":
        return False
    total = sum(w * (ord(ch) - 48) for w, ch in zip((1, 3, 7, 9, 1, 3, 7, 9), digits, strict=False))
    return total % 10 == ord(digits[8]) - 48


def gs1_check_ok(digits: str) -> bool:
    """GS1's mod-10 check digit over any key's digits: weights 3, 1 from the right."""
    total = sum((ord(ch) - 48) * (3 if i % 2 else 1) for i, ch in enumerate(reversed(digits)))
    return total % 10 == 0


def gs1_ok(digits: str) -> bool:
    """GS1 check digit (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3,1 from the right."""
    return len(digits) in (8, 12, 13, 14) and digits.isdigit() and gs1_check_ok(digits)


_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # remainder 0 -> W, 1 -> A ... 22 -> V


def pps_ok(value: str) -> bool:
    """Irish PPS number: seven digits, a check letter, and an optional second letter.

    The check letter is the weighted sum of the digits (weights 8..2) mod 23, mapped through
    W, A, B ... V. Since 2013 a second letter A, B or H takes part with weight 9 (A=1, B=2,
    H=8); the older W, T and X suffixes take no part (Revenue's algorithm, as python-stdnum
    implements it)."""
    value = value.upper()
    if len(value) not in (8, 9) or not value[:7].isdigit() or value[7] not in _PPS_LETTERS:
        return False
    suffix = value[8:]
    if suffix and suffix not in "ABHWTX":
        return False
    total = sum((8 - i) * (ord(ch) - 48) for i, ch in enumerate(value[:7]))
    if suffix in ("A", "B", "H"):
        total += 9 * _PPS_LETTERS.index(suffix)
    return _PPS_LETTERS[total % 23] == value[7]


def sin_ok(digits: str) -> bool:
    """Canadian Social Insurance Number: nine digits, Luhn. Any first digit: 0 is unassigned,
    but the government's own sample (046 454 286) and test generators use it."""
    return len(digits) == 9 and digits.isdigit() and luhn_ok(digits)
