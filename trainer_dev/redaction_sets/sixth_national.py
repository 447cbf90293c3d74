"""National ids with valid check digits for the sixth held-out set (Steuer-ID ISO 7064 MOD 11,10,
TFN, SIN Luhn, NINO format, PPSN, Aadhaar Verhoeff, SSN format, DNI/NIE, NIR, codice fiscale, BSN
11-proof, CPF)."""

from __future__ import annotations

import random
import string

from trainer_dev.redaction_sets.sixth_ids import DIGITS, _cf_value, luhn_complete, luhn_ok, rdigits


def steuer_id_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for c in d[:10]:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(d[10])


def steuer_id(rng: random.Random) -> str:
    while True:
        nine = rng.sample(DIGITS, 9)
        ten = nine + [rng.choice(nine)]
        rng.shuffle(ten)
        if ten[0] == "0" or any(ten[i] == ten[i + 1] for i in range(9)):
            continue
        body = "".join(ten)
        for c in DIGITS:
            if steuer_id_ok(body + c):
                s = body + c
                return rng.choice([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])


def tfn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return (
        len(d) == 9
        and sum(x * w for x, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10], strict=True)) % 11 == 0
    )


def tfn(rng: random.Random) -> str:
    while True:
        s = rdigits(rng, 9)
        if s[0] != "0" and tfn_ok(s):
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def sin(rng: random.Random) -> str:
    s = luhn_complete(rng.choice("1234567") + rdigits(rng, 7))
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


NINO_BAD_FIRST, NINO_BAD_SECOND = set("DFIQUV"), set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s: str) -> bool:
    t = s.replace(" ", "")
    return (
        len(t) == 9
        and t[0] not in NINO_BAD_FIRST
        and t[1] not in NINO_BAD_SECOND
        and t[:2].isalpha()
        and t[:2] not in NINO_BAD_PAIRS
        and t[2:8].isdigit()
        and t[8] in "ABCD"
    )


def nino(rng: random.Random) -> str:
    while True:
        p = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        d = rdigits(rng, 6)
        s = f"{p} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"
        if nino_ok(s):
            return s if rng.random() < 0.6 else s.replace(" ", "")


PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_ok(s: str) -> bool:
    t = s.replace(" ", "").upper()
    if not (len(t) in (8, 9) and t[:7].isdigit()):
        return False
    total = sum(int(c) * w for c, w in zip(t[:7], range(8, 1, -1), strict=True))
    if len(t) == 9:
        total += 9 * (ord(t[8]) - 64)
    return PPSN_LETTERS[total % 23] == t[7]


def ppsn(rng: random.Random) -> str:
    d = rdigits(rng, 7)
    total = sum(int(c) * w for c, w in zip(d, range(8, 1, -1), strict=True))
    if rng.random() < 0.5:
        return d + PPSN_LETTERS[total % 23]
    return d + PPSN_LETTERS[(total + 9) % 23] + "A"


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


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + rdigits(rng, 10)
    s = next(body + c for c in DIGITS if verhoeff_ok(body + c))
    return rng.choice([f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}", s])


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    t = s.replace("-", "").replace(" ", "")
    lead = {"X": "0", "Y": "1", "Z": "2"}
    body = (lead[t[0]] + t[1:-1]) if t[0] in lead else t[:-1]
    return body.isdigit() and DNI_LETTERS[int(body) % 23] == t[-1]


def dni(rng: random.Random) -> str:
    if rng.random() < 0.25:
        first = rng.choice("XYZ")
        body = rdigits(rng, 7)
        return f"{first}{body}{DNI_LETTERS[int('XYZ'.index(first).__str__() + body) % 23]}"
    body = rdigits(rng, 8)
    letter = DNI_LETTERS[int(body) % 23]
    return rng.choice([f"{body}{letter}", f"{body}-{letter}"])


def nir_ok(s: str) -> bool:
    t = s.replace(" ", "")
    return len(t) == 15 and t.isdigit() and 97 - int(t[:13]) % 97 == int(t[13:])


def nir(rng: random.Random) -> str:
    dept = rng.choice(["75", "69", "13", "31", "33", "44", "59", "67", "92", "93"])
    sex, year, month = rng.choice("12"), rng.randint(50, 99), rng.randint(1, 12)
    body = f"{sex}{year:02d}{month:02d}{dept}{rng.randint(1, 400):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    s = body + f"{key:02d}"
    return rng.choice([f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}", s])


_CF_MONTHS = "ABCDEHLMPRST"


def cf_ok(s: str) -> bool:
    t = s.upper()
    if len(t) != 16:
        return False
    total = sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(t[:15]))
    return chr(65 + total % 26) == t[15]


def codice_fiscale(rng: random.Random, surname: str, given: str) -> str:
    def letters(word: str, given_rule: bool) -> str:
        w = [c for c in word.upper() if c.isalpha() and c.isascii()]
        cons = [c for c in w if c not in "AEIOU"]
        vow = [c for c in w if c in "AEIOU"]
        if given_rule and len(cons) > 3:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vow + ["X"] * 3)[:3]

    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    comune = rng.choice(["H501", "F205", "L219", "F839", "A944", "D612", "G273", "D969"])
    body = (
        letters(surname, False)
        + letters(given, True)
        + f"{rng.randint(50, 99):02d}"
        + rng.choice(_CF_MONTHS)
        + f"{day:02d}"
        + comune
    )
    total = sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return (
        len(d) == 9
        and (sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) - d[8]) % 11 == 0
    )


def bsn(rng: random.Random) -> str:
    while True:
        s = rng.choice("123456") + rdigits(rng, 8)
        if bsn_ok(s):
            return rng.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}"])


def cpf_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11:
        return False
    for n in (9, 10):
        v = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11 % 10
        if v != d[n]:
            return False
    return True


def cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for n in (9, 10):
        d.append(sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11 % 10)
    s = "".join(map(str, d))
    return rng.choice([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s])


def national_id(rng: random.Random, locale: str, surname: str, given: str) -> str:
    return {
        "de_DE": lambda: steuer_id(rng),
        "en_AU": lambda: tfn(rng),
        "en_CA": lambda: sin(rng),
        "en_GB": lambda: nino(rng),
        "en_IE": lambda: ppsn(rng),
        "en_IN": lambda: aadhaar(rng),
        "en_US": lambda: ssn(rng),
        "es_ES": lambda: dni(rng),
        "fr_FR": lambda: nir(rng),
        "it_IT": lambda: codice_fiscale(rng, surname, given),
        "nl_NL": lambda: bsn(rng),
        "pt_BR": lambda: cpf(rng),
    }[locale]()


def national_id_ok(locale: str, s: str) -> bool:
    return {
        "de_DE": steuer_id_ok,
        "en_AU": tfn_ok,
        "en_CA": luhn_ok,
        "en_GB": nino_ok,
        "en_IE": ppsn_ok,
        "en_IN": verhoeff_ok,
        "es_ES": dni_ok,
        "fr_FR": nir_ok,
        "it_IT": cf_ok,
        "nl_NL": bsn_ok,
        "pt_BR": cpf_ok,
        "en_US": lambda v: len(v) == 11 and v[:3] not in ("000", "666"),
    }[locale](s)
