"""Check digits of the tenth set, written from the published algorithms (Luhn, Verhoeff, IBAN
mod 97, elfproef, TFN, Steuer-ID ISO 7064, CPF/CNPJ, codice fiscale, PPSN, UPU S10), and the
national ids of each locale."""

from __future__ import annotations

import random
import string

VERHOEFF_D = [
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
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed([c for c in number if c.isdigit()])):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return body + str(VERHOEFF_INV[c])


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - num % 97:02d}{bban}"


def elfproef_ok(bsn: str) -> bool:
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(bsn) == 9 and sum(int(d) * x for d, x in zip(bsn, w, strict=True)) % 11 == 0


def tfn_ok(tfn: str) -> bool:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(d) * x for d, x in zip(tfn, w, strict=True)) % 11 == 0


def steuer_id_check(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def cpf_checks(body: str) -> str:
    for _ in range(2):
        n = len(body) + 1
        r = sum(int(d) * (n - i) for i, d in enumerate(body)) % 11
        body += "0" if r < 2 else str(11 - r)
    return body


def cnpj_checks(body: str) -> str:
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        body += "0" if r < 2 else str(11 - r)
    return body


CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
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
        ],
        strict=True,
    )
)


def cf_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            total += CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26)


def ppsn_check(digits7: str, extra: str = "") -> str:
    total = sum(int(d) * w for d, w in zip(digits7, range(8, 1, -1), strict=True))
    if extra:
        total += (ord(extra) - 64) * 9
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def s10_check(serial: str) -> str:
    r = 11 - sum(int(d) * w for d, w in zip(serial, [8, 6, 4, 2, 3, 5, 9, 7], strict=True)) % 11
    return {10: "0", 11: "5"}.get(r, str(r))


def national_id(rng: random.Random, locale: str) -> tuple[str, str]:
    """(id kind, value)."""
    if locale == "en_US":
        area = rng.choice([a for a in range(1, 900) if a != 666])
        return "SSN", f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if locale == "en_GB":
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = rng.choice(
            [
                c
                for c in "ABCEGHJKLMNPRSTWXYZ"
                if first + c not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
            ]
        )
        d = digits(rng, 6)
        suffix = rng.choice("ABCD")
        if rng.random() < 0.5:
            return "NINO", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
        return "NINO", f"{first}{second}{d}{suffix}"
    if locale == "en_IE":
        d = digits(rng, 7)
        extra = rng.choice(["", "", "A", "W"]) if rng.random() < 0.3 else ""
        extra = "" if extra == "W" else extra
        return "PPSN", d + ppsn_check(d, extra) + extra
    if locale == "en_IN":
        a = verhoeff_complete(digits(rng, 11, "23456789"))
        return "AADHAAR", f"{a[:4]} {a[4:8]} {a[8:]}" if rng.random() < 0.7 else a
    if locale == "en_AU":
        while True:
            t = digits(rng, 9, "123456789")
            if tfn_ok(t):
                return "TFN", f"{t[:3]} {t[3:6]} {t[6:]}"
    if locale == "en_CA":
        s = luhn_complete(digits(rng, 8, "1234567"))
        return "SIN", rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    if locale == "de_DE":
        pool = list(range(10))
        rng.shuffle(pool)
        body = pool[:9] + [pool[rng.randrange(9)]]
        rng.shuffle(body)
        if body[0] == 0:
            body[0], body[-1] = body[-1], body[0]
        b = "".join(map(str, body))
        if b[0] == "0":
            b = b[1:] + b[0]
        v = b + steuer_id_check(b)
        return "STEUER_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if rng.random() < 0.5 else v
    if locale == "fr_FR":
        body = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        body += f"{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return (
            "NIR",
            f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}",
        )
    if locale == "es_ES":
        letters = "TRWAGMYFPDXBNJZSQVHLCKE"
        if rng.random() < 0.7:
            n = rng.randint(10_000_000, 79_999_999)
            return (
                "DNI",
                f"{n:08d}{letters[n % 23]}" if rng.random() < 0.7 else f"{n:08d}-{letters[n % 23]}",
            )
        p = rng.randrange(3)
        n = rng.randint(1_000_000, 9_999_999)
        return "NIE", f"{'XYZ'[p]}{n:07d}{letters[int(str(p) + f'{n:07d}') % 23]}"
    if locale == "it_IT":
        cons = "BCDFGHLMNPRSTVZ"
        body = (
            "".join(rng.choice(cons) for _ in range(6))
            + f"{rng.randint(50, 99):02d}"
            + rng.choice("ABCDEHLMPRST")
            + f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}"
            + rng.choice("ABCDEFGHLM")
            + f"{rng.randint(1, 999):03d}"
        )
        return "CF", body + cf_check(body)
    if locale == "nl_NL":
        while True:
            b = digits(rng, 9, "123456")
            if elfproef_ok(b):
                return "BSN", b if rng.random() < 0.6 else f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if locale == "pt_BR":
        if rng.random() < 0.75:
            c = cpf_checks(digits(rng, 9, "123456789"))
            return "CPF", f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}" if rng.random() < 0.8 else c
        c = cnpj_checks(digits(rng, 8, "123456789") + "0001")
        return "CNPJ", f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
    raise KeyError(locale)
