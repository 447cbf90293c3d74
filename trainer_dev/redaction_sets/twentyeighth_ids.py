"""Check-digit arithmetic and phone generation for the twentyeighth set.

Every check is computed here by hand; `phonenumbers` is used only to
validate phone numbers that were generated from national numbering plans.
"""

from __future__ import annotations

import random
import string

import phonenumbers

# ---------------------------------------------------------------- checks


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise ValueError(body)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


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


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return body + str(_VINV[c])


def steuerid_check(ten: str) -> int:
    """German tax id: ISO 7064 MOD 11,10."""
    prod = 10
    for ch in ten:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    chk = 11 - prod
    return 0 if chk == 10 else chk


def nir_key(thirteen: str) -> int:
    return 97 - int(thirteen) % 97


def rib_key(bank: str, branch: str, account: str) -> int:
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def cpf_digits(nine: str) -> str:
    ds = [int(c) for c in nine]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(ds, range(n, 1, -1), strict=False))
        r = s * 10 % 11
        ds.append(0 if r == 10 else r)
    return "".join(map(str, ds))


def cnpj_digits(twelve: str) -> str:
    ds = [int(c) for c in twelve]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(d * k for d, k in zip(ds, w, strict=False)) % 11
        ds.append(0 if r < 2 else 11 - r)
    return "".join(map(str, ds))


def bsn_ok(nine: str) -> bool:
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * k for c, k in zip(nine, w, strict=False)) % 11 == 0


def ruc_py_dv(base: str) -> int:
    total = sum(int(c) * k for c, k in zip(reversed(base), range(2, 2 + len(base)), strict=False))
    r = total % 11
    return 11 - r if r > 1 else 0


def cui_gt_ok(cui: str) -> bool:
    n, v = cui[:8], int(cui[8])
    dep, mun = int(cui[9:11]), int(cui[11:13])
    s = sum(int(c) * (i + 2) for i, c in enumerate(n))
    return s % 11 == v and 1 <= dep <= 22 and mun >= 1


def nit_gt_dv(base: str) -> str:
    s = sum(int(c) * k for c, k in zip(reversed(base), range(2, 2 + len(base)), strict=False))
    r = (11 - s % 11) % 11
    return "K" if r == 10 else str(r)


def icao_check(s: str) -> int:
    w = [7, 3, 1]
    return sum((int(c, 36)) * w[i % 3] for i, c in enumerate(s)) % 10


def isbn13_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


def isbn13_complete(twelve: str) -> str:
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(twelve))
    return twelve + str((10 - s % 10) % 10)


def aba_ok(nine: str) -> bool:
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(nine, w, strict=False)) % 10 == 0


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


# ---------------------------------------------------------------- phones

REGION = {
    "en_US": "US",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "fr_SN": "SN",
    "en_UG": "UG",
    "es_PY": "PY",
    "fr_CI": "CI",
    "es_GT": "GT",
    "en_ZM": "ZM",
}
CC = {
    "US": "1",
    "IN": "91",
    "DE": "49",
    "FR": "33",
    "BR": "55",
    "NL": "31",
    "SN": "221",
    "UG": "256",
    "PY": "595",
    "CI": "225",
    "GT": "502",
    "ZM": "260",
}


def _nsn(rng: random.Random, loc: str) -> str:
    """National significant number (no trunk prefix)."""
    r = rng
    if loc == "en_US":
        area = r.choice(
            [
                "212",
                "312",
                "415",
                "512",
                "617",
                "702",
                "303",
                "206",
                "404",
                "503",
                "614",
                "919",
                "713",
                "305",
            ]
        )
        ex = digits(r, 3, "23456789")
        while ex[1:] == "11" or ex == "555":
            ex = digits(r, 3, "23456789")
        return area + ex + digits(r, 4)
    if loc == "en_IN":
        return digits(r, 10, "6789")
    if loc == "de_DE":
        p = r.choice(
            [
                "151",
                "152",
                "157",
                "160",
                "162",
                "170",
                "171",
                "172",
                "175",
                "176",
                "177",
                "179",
                "30",
                "89",
                "40",
                "221",
                "69",
            ]
        )
        n = {
            "151": 8,
            "152": 8,
            "157": 8,
            "160": 7,
            "162": 7,
            "170": 7,
            "171": 7,
            "172": 7,
            "175": 7,
            "176": 8,
            "177": 8,
            "179": 8,
            "30": 8,
            "89": 8,
            "40": 8,
            "221": 7,
            "69": 8,
        }[p]
        return p + digits(r, n, "23456789")
    if loc == "fr_FR":
        return r.choice("6667712345") + digits(r, 8, "0123456789")
    if loc == "pt_BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "48", "85", "19", "27"])
        return ddd + "9" + digits(r, 8, "6789")
    if loc == "nl_NL":
        p = r.choice(["6", "6", "6", "20", "30", "10", "70", "40", "50"])
        return p + digits(r, 9 - len(p), "123456789")
    if loc == "fr_SN":
        return r.choice(["77", "78", "76", "70", "75", "77", "33"]) + digits(r, 7, "2345689")
    if loc == "en_UG":
        return r.choice(["77", "78", "70", "75", "76", "74", "39"]) + digits(r, 7, "0123456789")
    if loc == "es_PY":
        p = r.choice(
            [
                "981",
                "982",
                "983",
                "984",
                "985",
                "971",
                "972",
                "973",
                "975",
                "976",
                "991",
                "992",
                "995",
                "961",
                "21",
            ]
        )
        return p + digits(r, 6 if p != "21" else 6, "2345678")
    if loc == "fr_CI":
        return r.choice(["07", "07", "05", "01", "27"]) + digits(r, 8, "0123456789")
    if loc == "es_GT":
        return r.choice("345552") + digits(r, 7)
    if loc == "en_ZM":
        return r.choice(["97", "96", "95", "76", "77", "97"]) + digits(r, 7, "0123456789")
    raise KeyError(loc)


def phone_valid(text: str, loc: str) -> bool:
    try:
        n = phonenumbers.parse(text, REGION[loc])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == REGION[loc]


def gen_nsn(rng: random.Random, loc: str) -> str:
    for _ in range(200):
        nsn = _nsn(rng, loc)
        if phone_valid("+" + CC[REGION[loc]] + nsn, loc):
            return nsn
    raise RuntimeError(loc)
