"""Check-digit arithmetic and national-id builders for the twenty-sixth set.

Every algorithm here is written from the public description of the standard;
nothing is imported from a fake-data library.
"""

from __future__ import annotations

import random

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


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise ValueError(body)


def _alnum_to_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    chk = 98 - _alnum_to_int(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(account)
    return f"{97 - n % 97:02d}"


def isbn13_ok(s: str) -> bool:
    d = digits(s)
    return (
        len(d) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0
    )


def isbn13_make(rng: random.Random) -> str:
    body = "978" + rng.choice("0123") + "".join(rng.choice("0123456789") for _ in range(8))
    for d in "0123456789":
        if isbn13_ok(body + d):
            return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{d}"
    raise ValueError


def rnd_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- national ids
def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + rnd_digits(rng, 10)
    return body + verhoeff_digit(body)


def pan(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (
        rng.choice(up)
        + rng.choice(up)
        + rng.choice(up)
        + "P"
        + rng.choice(up)
        + rnd_digits(rng, 4)
        + rng.choice(up)
    )


def de_steuer_id_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted(d[:10].count(c) for c in set(d[:10]))
    if counts[-1] not in (2, 3) or counts.count(counts[-1]) != 1:
        return False
    return _mod11_10(d[:10]) == d[10]


def _mod11_10(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def de_steuer_id(rng: random.Random) -> str:
    pool = list("0123456789")
    rng.shuffle(pool)
    if pool[0] == "0":
        pool[0], pool[1] = pool[1], pool[0]
    body = pool[:9]
    body.insert(rng.randrange(1, 10), body[rng.randrange(9)])
    b = "".join(body)
    return b + _mod11_10(b)


def fr_nir(rng: random.Random) -> str:
    dep = f"{rng.choice([n for n in range(1, 96) if n != 20]):02d}"
    body = (
        rng.choice("12")
        + f"{rng.randrange(60, 100):02d}"
        + f"{rng.randrange(1, 13):02d}"
        + dep
        + f"{rng.randrange(1, 990):03d}"
        + f"{rng.randrange(1, 1000):03d}"
    )
    return body + f"{97 - int(body) % 97:02d}"


def fr_nir_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def cpf(rng: random.Random) -> str:
    b = [rng.randrange(10) for _ in range(9)]
    for n in (10, 11):
        r = sum(v * w for v, w in zip(b, range(n, 1, -1), strict=False)) * 10 % 11
        b.append(0 if r == 10 else r)
    return "".join(map(str, b))


def cpf_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and cpf_fix(d[:9]) == d


def cpf_fix(body9: str) -> str:
    b = [int(c) for c in body9]
    for n in (10, 11):
        r = sum(v * w for v, w in zip(b, range(n, 1, -1), strict=False)) * 10 % 11
        b.append(0 if r == 10 else r)
    return "".join(map(str, b))


def bsn_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 9:
        return False
    return (
        sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])
    ) % 11 == 0


def bsn(rng: random.Random) -> str:
    while True:
        b = rng.choice("123456") + rnd_digits(rng, 7)
        r = sum(int(c) * w for c, w in zip(b, range(9, 1, -1), strict=False)) % 11
        if r < 10:
            return b + str(r)


def ec_cedula_ok(s: str) -> bool:
    d = digits(s)[:10]
    if len(d) != 10 or not 1 <= int(d[:2]) <= 24 or int(d[2]) > 5:
        return False
    tot = 0
    for i, c in enumerate(d[:9]):
        v = int(c) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return (10 - tot % 10) % 10 == int(d[9])


def ec_cedula(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 25):02d}" + rng.choice("012345") + rnd_digits(rng, 6)
    for d in "0123456789":
        if ec_cedula_ok(body + d):
            return body + d
    raise ValueError


def py_ruc_dv(base: str) -> str:
    tot, k = 0, 2
    for c in reversed(base):
        tot += int(c) * k
        k = 2 if k == 11 else k + 1
    r = tot % 11
    return str(11 - r if r > 1 else 0)


def lu_matricule(rng: random.Random) -> str:
    y = rng.randrange(1955, 2003)
    body = f"{y}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rnd_digits(rng, 3)}"
    return body + luhn_digit(body) + verhoeff_digit(body)


def lu_matricule_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 13 and luhn_ok(d[:12]) and verhoeff_ok(d[:11] + d[12])


def us_ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def aba_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, [3, 7, 1] * 3, strict=False)) % 10 == 0


def aba(rng: random.Random) -> str:
    body = rng.choice(["02", "03", "04", "06", "07", "11", "12", "26"]) + rnd_digits(rng, 6)
    for d in "0123456789":
        if aba_ok(body + d):
            return body + d
    raise ValueError
