"""Numbers for the fifteenth set: check digits, national ids, IBANs, cards, IPs, ISBNs.

Every check digit here is computed by hand from the published scheme; nothing comes from a
fake-data library.
"""

from __future__ import annotations

import random
import string

# --------------------------------------------------------------------------- Luhn / cards


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


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


CARD_ISSUERS = [  # (label, prefixes, length)
    ("visa", ["4"], 16),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16),
    ("amex", ["34", "37"], 15),
    ("discover", ["6011", "65"], 16),
    ("maestro", ["6759", "5018"], 16),
]


def make_card(rng: random.Random) -> tuple[str, str]:
    """Return (issuer, digits)."""
    label, prefixes, length = rng.choice(CARD_ISSUERS)
    p = rng.choice(prefixes)
    body = p + "".join(rng.choice(string.digits) for _ in range(length - len(p) - 1))
    return label, luhn_complete(body)


def card_layout(rng: random.Random, digits: str) -> tuple[str, str]:
    if len(digits) == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, 16, 4)]
    form = rng.choice(["spaced", "spaced", "dashed", "compact"])
    if form == "spaced":
        return form, " ".join(groups)
    if form == "dashed":
        return form, "-".join(groups)
    return form, digits


# --------------------------------------------------------------------------- IBAN


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return int(_num(s[4:] + s[:4])) % 97 == 1


def iban_from_bban(cc: str, bban: str) -> str:
    check = 98 - int(_num(bban + cc + "00")) % 97
    return f"{cc}{check:02d}{bban}"


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "PL": 28, "TR": 26, "CZ": 24,
            "RO": 24, "DK": 18, "NO": 15, "IE": 22}

CIN_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                    18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cin_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def it_check_char(s: str) -> str:
    """Check character shared by the Italian CIN and codice fiscale (odd/even tables)."""
    total = sum(CIN_ODD[c] if i % 2 == 0 else _cin_even(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def _cz_account(rng: random.Random) -> str:
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        acc = "00" + str(rng.randint(1, 9)) + _digits(rng, 7)
        if sum(int(c) * w[i] for i, c in enumerate(acc)) % 11 == 0:
            return acc


def _no_account(rng: random.Random) -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        body = rng.choice(["1503", "1607", "1254", "9710", "3000", "6011"]) + _digits(rng, 6)
        r = sum(int(c) * w[i] for i, c in enumerate(body)) % 11
        k = 0 if r == 0 else 11 - r
        if k != 10:
            return body + str(k)


def _pl_bank(rng: random.Random) -> str:
    w = [3, 9, 7, 1, 3, 9, 7]
    b = rng.choice(["102", "105", "109", "114", "116", "124", "175", "249"]) + _digits(rng, 4)
    return b + str((10 - sum(int(c) * w[i] for i, c in enumerate(b)) % 10) % 10)


def make_bban(rng: random.Random, cc: str) -> str:
    if cc in ("GB", "IE"):
        banks = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI"]
        return rng.choice(banks) + _digits(rng, 14)
    if cc == "DE":
        return rng.choice(["10070000", "37040044", "50010517", "20050550", "70150000"]) \
            + _digits(rng, 10)
    if cc == "FR":
        bank = rng.choice(["30004", "30003", "20041", "10278", "30066"])
        guichet, acc = _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97
        return f"{bank}{guichet}{acc}{key:02d}"
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2085"])
        branch, acc = _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acc) + acc
    if cc == "IT":
        abi = rng.choice(["03069", "02008", "05034", "03062", "01030"])
        rest = abi + _digits(rng, 5) + "0000" + _digits(rng, 8)
        return it_check_char(rest) + rest
    if cc == "PL":
        return _pl_bank(rng) + _digits(rng, 16)
    if cc == "TR":
        return rng.choice(["00010", "00062", "00046", "00064", "00012"]) + "0" + _digits(rng, 16)
    if cc == "CZ":
        return rng.choice(["0800", "0100", "0300", "2010", "5500"]) + "000000" + _cz_account(rng)
    if cc == "RO":
        return rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "BACX"]) + _digits(rng, 16)
    if cc == "DK":
        return rng.choice(["3000", "2191", "9570", "1551", "5301"]) + _digits(rng, 10)
    if cc == "NO":
        return _no_account(rng)
    raise ValueError(cc)


def make_iban(rng: random.Random, cc: str) -> str:
    iban = iban_from_bban(cc, make_bban(rng, cc))
    assert len(iban) == IBAN_LEN[cc] and iban_ok(iban)
    return iban


def iban_layout(rng: random.Random, iban: str) -> tuple[str, str]:
    form = rng.choice(["print", "print", "compact", "lower_print"])
    printed = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if form == "print":
        return form, printed
    if form == "compact":
        return form, iban
    return form, printed.lower()


# --------------------------------------------------------------------------- national ids


def _date(rng: random.Random, y0: int = 1950, y1: int = 1999) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gb_nino(rng):
    while True:
        a = rng.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
        b = rng.choice([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
        if a + b not in NINO_BAD_PAIRS:
            break
    return a + b + _digits(rng, 6) + rng.choice("ABCD")


def de_steuer_id_check(d10: str) -> str:
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        s = 10 if s == 0 else s
        product = (2 * s) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def de_steuer_id(rng):
    while True:
        ds = rng.sample(string.digits, 9)
        ds.insert(rng.randint(0, 9), rng.choice(ds))
        if ds[0] != "0":
            break
    d10 = "".join(ds)
    return d10 + de_steuer_id_check(d10)


def fr_nir(rng):
    y, m, _ = _date(rng)
    dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "92", "93", "06", "35"])
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 999):03d}" \
           f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


ES_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng):
    if rng.random() < 0.25:
        p = rng.choice("XYZ")
        n = _digits(rng, 7)
        return p + n + ES_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    n = rng.randint(1000000, 99999999)
    return f"{n:08d}{ES_LETTERS[n % 23]}"


_IT_MONTHS = "ABCDEHLMPRST"
_IT_PLACES = ["H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "D969", "L781"]


def _cf_part(word: str, given: bool) -> str:
    w = "".join(c for c in word.upper() if c.isalpha() and c.isascii())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def it_codice_fiscale(rng, surname: str, given: str):
    y, m, d = _date(rng)
    day = d + (40 if rng.random() < 0.5 else 0)
    body = (_cf_part(surname, False) + _cf_part(given, True) + f"{y % 100:02d}"
            + _IT_MONTHS[m - 1] + f"{day:02d}" + rng.choice(_IT_PLACES))
    return body + it_check_char(body)


def it_cf_ok(cf: str) -> bool:
    return len(cf) == 16 and it_check_char(cf[:15]) == cf[15]


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pl_pesel(rng):
    y, m, d = _date(rng, 1950, 2006)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 4)}"
    return body + str((10 - sum(int(c) * PESEL_W[i] for i, c in enumerate(body)) % 10) % 10)


def pesel_ok(p: str) -> bool:
    return len(p) == 11 and sum(int(c) * w for c, w in zip(p, PESEL_W + [1], strict=True)) % 10 == 0


def tr_tckn(rng):
    ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((sum(ds[0:9:2]) * 7) - sum(ds[1:8:2])) % 10
    ds.append(d10)
    ds.append(sum(ds) % 10)
    return "".join(map(str, ds))


def tckn_ok(t: str) -> bool:
    ds = [int(c) for c in t]
    return (len(ds) == 11 and ds[0] != 0 and ds[9] == (sum(ds[0:9:2]) * 7 - sum(ds[1:8:2])) % 10
            and ds[10] == sum(ds[:10]) % 10)


def cz_rodne_cislo(rng):
    while True:
        y, m, d = _date(rng, 1955, 2004)
        mm = m + (50 if rng.random() < 0.5 else 0)
        first9 = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 3)}"
        c = int(first9) % 11
        if c != 10:
            return first9 + str(c)


ROCNP_W = "279146358279"


def ro_cnp(rng):
    y, m, d = _date(rng, 1955, 2004)
    s = rng.choice("12") if y < 2000 else rng.choice("56")
    county = rng.choice(["01", "04", "12", "13", "22", "32", "35", "40", "41", "42", "46"])
    body = f"{s}{y % 100:02d}{m:02d}{d:02d}{county}{rng.randint(1, 999):03d}"
    c = sum(int(a) * int(b) for a, b in zip(body, ROCNP_W, strict=True)) % 11
    return body + ("1" if c == 10 else str(c))


def cnp_ok(c: str) -> bool:
    if len(c) != 13 or not c.isdigit():
        return False
    k = sum(int(a) * int(b) for a, b in zip(c[:12], ROCNP_W, strict=True)) % 11
    return c[12] == ("1" if k == 10 else str(k))


CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def dk_cpr(rng):
    while True:
        y, m, d = _date(rng, 1940, 1999)
        s = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 3)}{_digits(rng, 3)}"
        if sum(int(c) * CPR_W[i] for i, c in enumerate(s)) % 11 == 0:
            return s


def no_fnr_checks(d9: str) -> str | None:
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(c) * w1[i] for i, c in enumerate(d9)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d10 = d9 + str(k1)
    k2 = 11 - sum(int(c) * w2[i] for i, c in enumerate(d10)) % 11
    k2 = 0 if k2 == 11 else k2
    return None if k2 == 10 else d10 + str(k2)


def no_fnr(rng):
    while True:
        y, m, d = _date(rng, 1940, 1999)
        r = no_fnr_checks(f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499):03d}")
        if r:
            return r


# --------------------------------------------------------------------------- IPs, ISBN


def ipv4(rng):
    first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 83, 85, 86, 88, 89, 91, 93, 94, 95,
                        109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    head = rng.choice(["2a02:810d", "2001:16b8", "2a01:cb19", "2a00:23c7", "2003:e4", "2a02:a31a",
                       "2a0e:97c0", "2001:b07", "2a02:2f0c", "2a01:e0a"])
    tail = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(4))
    return f"{head}:{rng.randint(1, 0xFFFF):x}::{tail}" if rng.random() < 0.5 else \
        f"{head}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}:{tail}"


def isbn13(rng):
    body = "978" + _digits(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"
