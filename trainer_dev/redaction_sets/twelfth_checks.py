"""Check digits for the twelfth set, written from the published standards (no library).

Luhn (ISO/IEC 7812: cards, Canadian SIN/NAS, South African ID), IBAN (ISO 13616 mod 97-10),
Verhoeff (Aadhaar), NHS number (mod 11), German Steuer-IdNr (ISO 7064 mod 11,10),
French NIR key (97 - n mod 97), Spanish DNI/NIE letter (mod 23), NZ IRD (mod 11, two weight
sets), Austrian SV-Nummer (weighted mod 11), Mexican CURP (mod 10 over a 37-symbol alphabet),
Mexican RFC (mod 11 over a 39-symbol alphabet), Mexican CLABE (weights 3,7,1 mod 10),
Portuguese NIF (mod 11).
"""

from __future__ import annotations


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


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) > 4 and _iban_num(s[4:] + s[:4]) % 97 == 1


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


def nhs_digit(body9: str) -> str | None:
    r = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body9)) % 11
    if r == 11:
        return "0"
    return None if r == 10 else str(r)


def steuer_id_digit(body10: str) -> str:
    product = 10
    for ch in body10:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    return str((11 - product) % 10)


def nir_key(body13: str) -> str:
    body = body13.upper().replace("2A", "19").replace("2B", "18")
    return f"{97 - int(body) % 97:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(number: str) -> str:
    n = number.upper().replace("X", "0").replace("Y", "1").replace("Z", "2")
    return DNI_LETTERS[int(n) % 23]


def ird_ok(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit()).zfill(9)
    body, check = digits[:8], int(digits[8])
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == check
    return False


def ird_digit(body8: str) -> str | None:
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(d) * w for d, w in zip(body8, weights, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    return None


_SV_W = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)


def sv_digit(serial3: str, birth6: str) -> str | None:
    digits = serial3 + "0" + birth6
    c = sum(int(d) * w for d, w in zip(digits, _SV_W, strict=True)) % 11
    return None if c == 10 else str(c)


def sv_ok(number: str) -> bool:
    d = "".join(c for c in number if c.isdigit())
    return len(d) == 10 and sv_digit(d[:3], d[4:]) == d[3]


_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(body17: str) -> str:
    total = sum(_CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(body17))
    return str((10 - total % 10) % 10)


_RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_digit(body12: str) -> str:
    total = sum(_RFC_ALPHA.index(c) * (13 - i) for i, c in enumerate(body12))
    r = 11 - total % 11
    return "0" if r == 11 else ("A" if r == 10 else str(r))


def clabe_digit(body17: str) -> str:
    w = (3, 7, 1)
    total = sum((int(d) * w[i % 3]) % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def nif_pt_digit(body8: str) -> str:
    r = 11 - sum(int(d) * (9 - i) for i, d in enumerate(body8)) % 11
    return "0" if r >= 10 else str(r)


def es_ccc_digits(bank4: str, branch4: str, account10: str) -> str:
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(ten: str) -> str:
        r = 11 - sum(int(d) * x for d, x in zip(ten, w, strict=True)) % 11
        return "0" if r == 11 else ("1" if r == 10 else str(r))

    return one("00" + bank4 + branch4) + one(account10)


def fr_rib_key(bank5: str, branch5: str, account11: str) -> str:
    return f"{97 - (89 * int(bank5) + 15 * int(branch5) + 3 * int(account11)) % 97:02d}"


def pt_nib_key(body19: str) -> str:
    return f"{98 - int(body19) * 100 % 97:02d}"
