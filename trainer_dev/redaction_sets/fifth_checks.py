"""Check-digit algorithms and valid identifier generators for the fifth held-out set.

Written from the published rules (ISO 7064, Luhn, Verhoeff, the national id rules), not from
the redactor. Every generator takes a ``random.Random`` and returns the value as people write
it; the ``*_ok`` functions validate the compact form and are what the tests check against.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

import random
import re
import string

# ---------------------------------------------------------------- generic check digits


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip
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


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) != IBAN_LENGTHS.get(s[:2], -1):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def gs1_ok(digits: str) -> bool:
    """EAN-13 / ISBN-13 (GS1 mod 10, weights 1 and 3 from the left)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == int(digits[-1])


def isbn10_ok(chars: str) -> bool:
    total = sum((10 - i) * (10 if ch in "Xx" else int(ch)) for i, ch in enumerate(chars))
    return len(chars) == 10 and total % 11 == 0


def s10_ok(code: str) -> bool:
    """UPU S10 item id (AA123456789GB): weights 8 6 4 2 3 5 9 7 over the serial."""
    serial, check = code[2:10], int(code[10])
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    want = 11 - total % 11
    return check == {10: 0, 11: 5}.get(want, want)


# ---------------------------------------------------------------- cards and IBANs


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice(string.digits) for _ in range(12))
        n = luhn_complete(body)
        style = rng.randrange(3)
        return [f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n][style]
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
              "discover": "6011"}[brand]  # fmt: skip
    body = prefix + "".join(rng.choice(string.digits) for _ in range(15 - len(prefix)))
    n = luhn_complete(body)
    groups = [n[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(groups), "-".join(groups), n, " ".join(groups)])


IBAN_LENGTHS = {"DE": 22, "GB": 22, "IE": 22, "ES": 24, "FR": 27, "IT": 27, "NL": 18, "BR": 29}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * k for d, k in zip(ten, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def iban(rng: random.Random, country: str, *, grouped: bool | None = None) -> str:
    if country == "DE":
        bban = rng.choice(["10070000", "37040044", "50010517", "20041133", "70150000"]) + _digits(rng, 10)
    elif country in ("GB", "IE"):
        banks = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if country == "GB" else ["AIBK", "BOFI", "IPBS"]
        bban = rng.choice(banks) + _digits(rng, 14)
    elif country == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2038"]), _digits(rng, 4), _digits(rng, 10)
        bban = bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    elif country == "FR":
        bank, branch, acct = rng.choice(["30004", "20041", "30003", "10278"]), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acct + _fr_rib_key(bank, branch, acct)
    elif country == "IT":
        abi_cab_acct = rng.choice(["03069", "02008", "05034"]) + _digits(rng, 5) + _digits(rng, 12)
        bban = cin_letter(abi_cab_acct) + abi_cab_acct
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ"]) + _digits(rng, 10)
    elif country == "BR":
        bban = "00360305" + _digits(rng, 5) + _digits(rng, 10) + rng.choice("CP") + rng.choice("12")
    else:
        raise ValueError(country)
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_ok(compact), compact
    if grouped is None:
        grouped = rng.random() < 0.75
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


# ---------------------------------------------------------------- national ids

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
     6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip


def _cf_even(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_check(first15: str) -> str:
    """Codice fiscale control character (odd positions 1-based use the odd table)."""
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(first15))
    return chr(65 + total % 26)


def cin_letter(abi_cab_acct: str) -> str:
    """Italian BBAN CIN: the codice fiscale tables over ABI + CAB + account (22 chars)."""
    return cf_check(abi_cab_acct)


def cf_ok(cf: str) -> bool:
    return len(cf) == 16 and cf_check(cf[:15]) == cf[15]


def _cf_part(word: str, given: bool) -> str:
    letters = [c for c in _fold(word).upper() if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


_BELFIORE = ["H501", "F205", "F839", "L219", "D612", "A944", "G273", "D969", "A662", "L736"]


def codice_fiscale(rng: random.Random, given: str, surname: str) -> str:
    year, month, day = rng.randint(1960, 2003), rng.randrange(12), rng.randint(1, 28)
    day += 40 * (rng.random() < 0.5)
    body = (_cf_part(surname, False) + _cf_part(given, True) + f"{year % 100:02d}"
            + "ABCDEHLMPRST"[month] + f"{day:02d}" + rng.choice(_BELFIORE))  # fmt: skip
    return body + cf_check(body)


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def us_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if first + c not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")])
    d = _digits(rng, 6)
    tail = rng.choice("ABCD")
    return rng.choice([f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {tail}", f"{first}{second}{d}{tail}"])


def ppsn_ok(p: str) -> bool:
    digits, letters = p[:7], p[7:]
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if len(letters) == 2:
        total += 9 * (ord(letters[1]) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == letters[0]


def ppsn(rng: random.Random) -> str:
    d = _digits(rng, 7)
    second = rng.choice(["", "A", "A", "W"])
    total = sum(int(x) * w for x, w in zip(d, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def sin(rng: random.Random) -> str:
    n = luhn_complete(rng.choice("1234567") + _digits(rng, 7))
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def tfn_ok(n: str) -> bool:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(n) == 9 and sum(int(d) * k for d, k in zip(n, w, strict=True)) % 11 == 0


def tfn(rng: random.Random) -> str:
    while True:
        n = _digits(rng, 8)
        for last in "0123456789":
            if tfn_ok(n + last) and n[0] != "0":
                n += last
                return f"{n[:3]} {n[3:6]} {n[6:]}"


def aadhaar(rng: random.Random) -> str:
    n = verhoeff_complete(rng.choice("23456789") + _digits(rng, 10))
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def pan(rng: random.Random) -> str:
    up = string.ascii_uppercase
    return ("".join(rng.choice(up) for _ in range(3)) + "P" + rng.choice(up) + _digits(rng, 4)
            + rng.choice(up))  # fmt: skip


def cpf_ok(c: str) -> bool:
    d = [int(x) for x in c]
    for k in (9, 10):
        s = sum(v * w for v, w in zip(d[:k], range(k + 1, 1, -1), strict=True))
        if (s * 10 % 11) % 10 != d[k]:
            return False
    return len(set(c)) > 1


def cpf(rng: random.Random) -> str:
    d = [int(x) for x in _digits(rng, 9)]
    for k in (9, 10):
        s = sum(v * w for v, w in zip(d[:k], range(k + 1, 1, -1), strict=True))
        d.append((s * 10 % 11) % 10)
    c = "".join(map(str, d))
    return rng.choice([f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", c])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(v: str) -> bool:
    v = v.replace("-", "")
    num = "XYZ".index(v[0]).__str__() + v[1:-1] if v[0] in "XYZ" else v[:-1]
    return DNI_LETTERS[int(num) % 23] == v[-1]


def dni(rng: random.Random) -> str:
    if rng.random() < 0.3:
        lead = rng.choice("XYZ")
        num = _digits(rng, 7)
        letter = DNI_LETTERS[int(str("XYZ".index(lead)) + num) % 23]
        return rng.choice([f"{lead}{num}{letter}", f"{lead}-{num}-{letter}"])
    num = f"{rng.randint(1000000, 79999999):08d}"
    return rng.choice([f"{num}{letter}" for letter in [DNI_LETTERS[int(num) % 23]]] + [f"{num}-{DNI_LETTERS[int(num) % 23]}"])


def nir_ok(v: str) -> bool:
    v = v.replace(" ", "")
    return 97 - int(v[:13]) % 97 == int(v[13:])


def nir(rng: random.Random) -> str:
    sex, yy, mm = rng.choice("12"), rng.randint(50, 99), rng.randint(1, 12)
    dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "92", "93", "94"])
    commune, order = rng.randint(1, 400), rng.randint(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune:03d}{order:03d}"
    key = f"{97 - int(body) % 97:02d}"
    return rng.choice([f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}",
                       body + key])  # fmt: skip


def bsn_ok(v: str) -> bool:
    d = [int(x) for x in v.replace(".", "").replace(" ", "")]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            v = "".join(map(str, d)) + str(last)
            return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])


def steuer_id_ok(v: str) -> bool:
    v = v.replace(" ", "")
    if len(v) != 11 or v[0] == "0":
        return False
    counts = sorted((v[:10].count(d) for d in set(v[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1:] and counts[1] != 1:
        return False
    product = 10
    for ch in v[:10]:
        s = (int(ch) + product) % 10 or 10
        product = s * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(v[10])


def steuer_id(rng: random.Random) -> str:
    while True:
        pool = rng.sample("0123456789", 9)
        twice = rng.choice(pool)
        first10 = pool + [twice]
        rng.shuffle(first10)
        s = "".join(first10)
        if s[0] == "0":
            continue
        product = 10
        for ch in s:
            t = (int(ch) + product) % 10 or 10
            product = t * 2 % 11
        check = 11 - product
        v = s + str(0 if check == 10 else check)
        if steuer_id_ok(v):
            return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def compact(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value)
