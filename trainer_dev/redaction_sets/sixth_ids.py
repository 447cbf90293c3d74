"""Check digits and number-shaped values for the sixth held-out set (cards, IBANs, national ids).
Written from the published standards only (ISO 7064, ISO 13616, each country's id rules)."""

from __future__ import annotations

import random
import string

DIGITS = string.digits


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for check in DIGITS:
        if luhn_ok(partial + check):
            return partial + check
    raise AssertionError


def rdigits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def group(s: str, sizes) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    return " ".join(x for x in out if x)


# ---------------------------------------------------------------- cards
def card(rng: random.Random, locale: str) -> str:
    kind = rng.choice(
        ["visa", "visa", "mc", "mc2", "amex"] + (["rupay"] if locale == "en_IN" else [])
    )
    if kind == "amex":
        number = luhn_complete(rng.choice(["34", "37"]) + rdigits(rng, 12))
        return rng.choice([group(number, (4, 6, 5)), number])
    prefix = {
        "visa": "4",
        "mc": str(rng.randint(51, 55)),
        "mc2": str(rng.randint(2221, 2720)),
        "rupay": rng.choice(["6073", "6521", "8172"]),
    }[kind]
    number = luhn_complete(prefix + rdigits(rng, 15 - len(prefix)))
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- IBAN
def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


IBAN_LENGTH = {"DE": 22, "GB": 22, "IE": 22, "ES": 24, "FR": 27, "IT": 27, "NL": 18, "BR": 29}

_CIN_ODD = [
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


def _cf_value(c: str, odd: bool) -> int:
    idx = int(c) if c.isdigit() else ord(c) - 65
    return _CIN_ODD[idx] if odd else idx


def _es_control(ten: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def bban(rng: random.Random, country: str) -> str:
    up = string.ascii_uppercase
    if country == "DE":
        return rdigits(rng, 8) + rdigits(rng, 10)
    if country in ("GB", "IE"):
        bank = rng.choice(
            ["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]
            if country == "GB"
            else ["AIBK", "BOFI", "IPBS"]
        )
        return bank + rdigits(rng, 6) + rdigits(rng, 8)
    if country == "ES":
        bank, branch, acct = rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 10)
        return bank + branch + _es_control("00" + bank + branch) + _es_control(acct) + acct
    if country == "FR":
        bank, branch, acct = rdigits(rng, 5), rdigits(rng, 5), rdigits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + f"{key:02d}"
    if country == "IT":
        rest = rdigits(rng, 5) + rdigits(rng, 5) + rdigits(rng, 12)
        cin = chr(65 + sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(rest)) % 26)
        return cin + rest
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + rdigits(rng, 10)
    if country == "BR":
        return rdigits(rng, 8) + rdigits(rng, 5) + rdigits(rng, 10) + "C" + rng.choice("1" + up[:3])
    raise KeyError(country)


IBAN_COUNTRY = {
    "de_DE": "DE",
    "en_GB": "GB",
    "en_IE": "IE",
    "es_ES": "ES",
    "fr_FR": "FR",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def iban(rng: random.Random, locale: str) -> str:
    country = IBAN_COUNTRY.get(locale) or rng.choice(["GB", "DE", "IE", "FR"])
    b = bban(rng, country)
    s = country + iban_check(country, b) + b
    assert len(s) == IBAN_LENGTH[country]
    return group(s, [4] * 8) if rng.random() < 0.7 else s
