"""Number generators with real check digits for the fourteenth set (hand-written, no Faker).

Phones are checked with `phonenumbers` (validation only; formatting is our own).
"""

from __future__ import annotations

import random


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


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- phones
# locale: (region, country code, NSN prefixes, NSN length(s), trunk prefix)
# ---------------------------------------------------------------- cards
def make_card(rng: random.Random, locale: str) -> tuple[str, str]:
    brands = ["visa", "visa", "mastercard", "mastercard", "amex"]
    if locale in ("en_US", "en_CA"):
        brands.append("discover")
    b = rng.choice(brands)
    if b == "visa":
        body = "4" + _digits(rng, 14)
    elif b == "mastercard":
        if rng.random() < 0.7:
            body = rng.choice(["51", "52", "53", "54", "55"]) + _digits(rng, 13)
        else:
            body = str(rng.randint(2221, 2720)) + _digits(rng, 11)
    elif b == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
    else:
        body = "6011" + _digits(rng, 11)
    return body + luhn_digit(body), b


def format_card(rng: random.Random, num: str) -> str:
    if len(num) == 15:
        return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "ES": 24,
    "NL": 18,
    "FR": 27,
    "SE": 24,
    "PL": 28,
    "FI": 18,
    "TR": 26,
}


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return (
        int("".join(str(int(c, 36)) for c in s)) % 97 == 1
        and len(iban.replace(" ", "")) == IBAN_LEN[iban[:2]]
    )


def _es_dc(digits10: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * k for d, k in zip(digits10, w, strict=True)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


def make_bban(rng: random.Random, cc: str) -> str:
    if cc in ("GB", "IE"):
        bank, sort = rng.choice(
            {
                "GB": [
                    ("NWBK", "60"),
                    ("BARC", "20"),
                    ("LOYD", "30"),
                    ("HBUK", "40"),
                    ("NAIA", "07"),
                    ("ABBY", "09"),
                    ("MONZ", "04"),
                    ("SRLG", "60"),
                ],
                "IE": [("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99"), ("ULSB", "98")],
            }[cc]
        )
        return bank + sort + _digits(rng, 4) + _digits(rng, 8)
    if cc == "DE":
        return (
            rng.choice("1234678")
            + _digits(rng, 2)
            + rng.choice(["50", "70", "40", "10"])
            + _digits(rng, 3)
            + _digits(rng, 10)
        )
    if cc == "ES":
        bank = rng.choice(["0049", "0182", "2100", "0081", "0128", "1465", "0075"])
        branch = _digits(rng, 4)
        acct = _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if cc == "NL":
        while True:
            acct = rng.choice("123456789") + _digits(rng, 9)
            if sum(int(d) * w for d, w in zip(acct, range(10, 0, -1), strict=True)) % 11 == 0:
                break
        return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + acct
    if cc == "FR":
        bank = rng.choice(["30004", "30003", "20041", "30002", "10278", "16006", "11315"])
        branch = _digits(rng, 5)
        acct = _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + f"{key:02d}"
    if cc == "SE":
        return rng.choice(["500", "800", "600", "300", "950"]) + _digits(rng, 17)
    if cc == "PL":
        b7 = rng.choice(["102", "105", "109", "114", "124", "116", "175"]) + _digits(rng, 4)
        w = [3, 9, 7, 1, 3, 9, 7]
        chk = (10 - sum(int(d) * k for d, k in zip(b7, w, strict=True)) % 10) % 10
        return b7 + str(chk) + _digits(rng, 16)
    if cc == "FI":
        body = rng.choice(["1", "5", "8", "4"]) + _digits(rng, 12)
        return body + luhn_digit(body)
    if cc == "TR":
        return (
            rng.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067"])
            + "0"
            + _digits(rng, 16)
        )
    raise ValueError(cc)


def make_iban(rng: random.Random, cc: str) -> str:
    bban = make_bban(rng, cc)
    return cc + iban_check(cc, bban) + bban


def format_iban(rng: random.Random, iban: str) -> str:
    if rng.random() < 0.7:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


# ---------------------------------------------------------------- national ids
def _steuer_check(d10: str) -> str:
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def _birth(rng: random.Random) -> tuple[int, int, int]:
    y = rng.randint(1945, 2004)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, 28)


def make_id(rng: random.Random, locale: str) -> tuple[str, str]:
    """(written id, scheme key)."""
    if locale == "en_US":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", "SSN"
    if locale == "en_GB":
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        while True:
            second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if first + second not in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
                break
        d = _digits(rng, 6)
        pre = first + second
        sfx = rng.choice("ABCD")
        if rng.random() < 0.5:
            return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {sfx}", "NINO"
        return pre + d + sfx, "NINO"
    if locale == "en_IE":
        d = _digits(rng, 7)
        s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1), strict=True))
        return d + PPS_LETTERS[s % 23], "PPSN"
    if locale == "en_CA":
        body = rng.choice("1234567") + _digits(rng, 7)
        n = body + luhn_digit(body)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]), "SIN"
    if locale == "de_DE":
        while True:
            pool = rng.sample("0123456789", 9)
            if pool[0] == "0":
                continue
            rep = rng.choice(pool)
            ds = pool[:]
            ds.insert(rng.randint(1, 9), rep)
            d10 = "".join(ds[:10])
            if sorted(d10.count(c) for c in set(d10))[-1] == 2 and all(
                d10[i] != d10[i + 1] for i in range(9)
            ):
                break
        n = d10 + _steuer_check(d10)
        return rng.choice([f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", n]), "STEUER"
    if locale == "es_ES":
        if rng.random() < 0.75:
            n = rng.randint(1000000, 79999999)
            return f"{n:08d}{DNI_LETTERS[n % 23]}", "DNI"
        p = rng.choice("XYZ")
        n = rng.randint(0, 9999999)
        return f"{p}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}", "NIE"
    if locale == "nl_NL":
        while True:
            d8 = rng.choice("123456789") + _digits(rng, 7)
            s = sum(int(c) * w for c, w in zip(d8, range(9, 1, -1), strict=True))
            r = s % 11
            if r < 10:
                n = d8 + str(r)
                break
        return rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}"]), "BSN"
    if locale == "fr_FR":
        y, m, _ = _birth(rng)
        dept = rng.choice(["75", "69", "13", "33", "44", "59", "31", "35", "67", "06", "29", "2A"])
        body = (
            f"{rng.choice('12')}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 990):03d}"
            f"{rng.randint(1, 999):03d}"
        )
        numeric = int(body.replace("2A", "19").replace("2B", "18"))
        key = 97 - numeric % 97
        b = body
        return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key:02d}", "NIR"
    if locale == "sv_SE":
        y, m, d = _birth(rng)
        body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        c = luhn_digit(body)
        if rng.random() < 0.3:
            return f"{y}{body[2:6]}-{body[6:]}{c}", "PNR"
        return f"{body[:6]}-{body[6:]}{c}", "PNR"
    if locale == "pl_PL":
        y, m, d = _birth(rng)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 4)}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        c = (10 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 10) % 10
        return body + str(c), "PESEL"
    if locale == "fi_FI":
        y, m, d = _birth(rng)
        ind = rng.randint(2, 899)
        n = int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}")
        sep = "A" if y >= 2000 else "-"
        return f"{d:02d}{m:02d}{y % 100:02d}{sep}{ind:03d}{HETU_CHARS[n % 31]}", "HETU"
    if locale == "tr_TR":
        ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
        ds.append(d10)
        ds.append(sum(ds) % 10)
        return "".join(map(str, ds)), "TCKN"
    raise ValueError(locale)
