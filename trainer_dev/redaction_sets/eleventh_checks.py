"""Check digits for the eleventh set, written from the published standards.

Luhn (ISO/IEC 7812 cards, Canadian SIN), ISO 13616 IBAN (mod 97-10), ISO 7064 MOD 11,10 (German
Steuer-ID), Verhoeff (Aadhaar), the Irish PPSN mod 23, the Australian TFN and Medicare weights,
the French NIR key, the Spanish DNI/NIE letter, the Italian codice fiscale and CIN, the Dutch BSN
eleven test, the Brazilian CPF, the German RIB-less Personalausweis 7-3-1 and the French RIB key.
"""

from __future__ import annotations

import string


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit())
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country: str, bban: str) -> str:
    n = _iban_numeric(bban + country + "00")
    return f"{98 - n % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return _iban_numeric(s[4:] + s[:4]) % 97 == 1


def mod11_10_digit(body: str) -> str:
    """ISO 7064 MOD 11,10 (German tax identification number)."""
    product = 10
    for ch in body:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def ppsn_letter(digits7: str, second: str = "") -> str:
    total = sum(int(d) * w for d, w in zip(digits7, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def tfn_ok(digits: str) -> bool:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return (
        len(digits) == 9 and sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0
    )


def medicare_digit(first8: str) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return str(sum(int(d) * w for d, w in zip(first8, weights, strict=True)) % 10)


def nir_key(body13: str) -> str:
    return f"{97 - int(body13) % 97:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(number: int) -> str:
    return DNI_LETTERS[number % 23]


_CF_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def _cf_index(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 65


def italian_check_char(body: str) -> str:
    """Codice fiscale check character (also the bank CIN over ABI+CAB+account)."""
    total = 0
    for i, ch in enumerate(body.upper()):
        idx = _cf_index(ch)
        total += _CF_ODD[idx] if i % 2 == 0 else idx
    return string.ascii_uppercase[total % 26]


def bsn_ok(digits: str) -> bool:
    if len(digits) != 9:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def cpf_digits(body9: str) -> str:
    def one(ds: str) -> str:
        total = sum(int(d) * w for d, w in zip(ds, range(len(ds) + 1, 1, -1), strict=True))
        r = total % 11
        return "0" if r < 2 else str(11 - r)

    d1 = one(body9)
    return d1 + one(body9 + d1)


def id731_digit(body: str) -> str:
    """ICAO 9303 7-3-1 check digit (German Personalausweis serial)."""
    total = 0
    for i, ch in enumerate(body):
        val = int(ch) if ch.isdigit() else ord(ch) - 55
        total += val * (7, 3, 1)[i % 3]
    return str(total % 10)


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def es_ccc_digits(entity: str, office: str, account: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(ds: str) -> str:
        r = 11 - sum(int(d) * w for d, w in zip(ds, weights[-len(ds) :], strict=True)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return one("00" + entity + office) + one(account)


def isbn13_digit(body12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body12))
    return str((10 - total % 10) % 10)
