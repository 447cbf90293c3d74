"""Check-digit algorithms of the seventh set, written from the published standards.

Luhn (ISO/IEC 7812), IBAN mod-97 (ISO 13616 / ISO 7064), Verhoeff (Aadhaar), ISO 7064 mod 11,10
(German Steuer-ID), mod 11 (NHS number, BSN "elfproef", CPF, Australian TFN), mod 23
(Spanish DNI/NIE,
Irish PPSN), mod 97 (French NIR key) and the Italian codice fiscale check letter.
"""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """``partial`` + the Luhn check digit."""
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError(partial)


def _iban_number(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) > 4 and _iban_number(s[4:] + s[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


_VERHOEFF_D = [
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
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return partial + str(_VERHOEFF_INV[c])


def steuer_id_check(first10: str) -> str:
    """ISO 7064 MOD 11,10 check digit of the German Steueridentifikationsnummer."""
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(x) for x in set(d[:10])), reverse=True)
    return counts[0] in (2, 3) and steuer_id_check(d[:10]) == d[10]


def nhs_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == d[9]


def bsn_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 9:
        return False
    total = sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]
    return total % 11 == 0


def cpf_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=True))
        if (s * 10 % 11) % 10 != d[n]:
            return False
    return True


def cpf_complete(first9: str) -> str:
    d = [int(c) for c in first9]
    for n in (9, 10):
        s = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=True))
        d.append((s * 10 % 11) % 10)
    return "".join(map(str, d))


TFN_WEIGHTS = (1, 4, 3, 7, 5, 8, 6, 9, 10)


def tfn_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 9 and sum(x * w for x, w in zip(d, TFN_WEIGHTS, strict=True)) % 11 == 0


def medicare_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 10 or not 2 <= d[0] <= 6:
        return False
    return sum(x * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == d[8]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    s = value.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]


PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_check(digits7: str, second: str = "") -> str:
    total = sum(int(c) * w for c, w in zip(digits7, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return PPSN_LETTERS[total % 23]


def ppsn_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not (8 <= len(s) <= 9 and s[:7].isdigit()):
        return False
    return ppsn_check(s[:7], s[8:] if len(s) == 9 else "") == s[7]


def nir_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def sin_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def aadhaar_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


_CF_ODD = {
    **dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21), strict=True)),
    **dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            (
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
            ),
            strict=True,
        )
    ),
}


def cf_check(first15: str) -> str:
    total = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:  # 1st, 3rd, ... characters (odd positions, 1-based)
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26)


def cf_ok(value: str) -> bool:
    s = value.upper()
    return len(s) == 16 and s.isalnum() and cf_check(s[:15]) == s[15]


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def es_account_dc(bank: str, branch: str, account: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(digits: str) -> str:
        d = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
        return str({10: 1, 11: 0}.get(d, d))

    return one("00" + bank + branch) + one(account)


def isbn13_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 13 and sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10 == 0


def ean13_complete(first12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)
