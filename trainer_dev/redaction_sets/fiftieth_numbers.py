"""Check digits and number generators of the fiftieth set, written from the standards.

Every checker here is a pure function over digits; the generators draw from the random.Random
they are given and nothing else. Formats without a published check digit are format-only and
say so in their docstrings.
"""

from __future__ import annotations

import random
import string

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


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _rd(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


# ---- checkers (valid and corrupted values are pinned in the self-test) ----


def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in digits(number)]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return len(ds) > 1 and total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise ValueError(body)


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, d in enumerate(reversed(digits(number))):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(d)]]
    return c == 0


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(d)]]
    return str(_VERHOEFF_INV[c])


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def mod11_weighted(body: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11


def nif_pt_ok(nif: str) -> bool:
    """Portuguese NIF/NIPC: weights 9..2, check 11 - s % 11, 10 and 11 give 0."""
    s = digits(nif)
    if len(s) != 9:
        return False
    c = 11 - mod11_weighted(s[:8], [9, 8, 7, 6, 5, 4, 3, 2])
    return (0 if c >= 10 else c) == int(s[8])


def cuil_ok(cuil: str) -> bool:
    """Argentine CUIL/CUIT: weights 5432765432, check 11 - s % 11 (11 -> 0, 10 invalid)."""
    s = digits(cuil)
    if len(s) != 11:
        return False
    c = 11 - mod11_weighted(s[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[10])


def svnr_at_ok(svnr: str) -> bool:
    """Austrian social-insurance number SSSC DDMMYY: check C = weighted sum mod 11 (10 never)."""
    s = digits(svnr)
    if len(s) != 10:
        return False
    body = s[:3] + s[4:]
    c = mod11_weighted(body, [3, 7, 9, 5, 8, 4, 2, 1, 6])
    return c != 10 and c == int(s[3])


def ean_ok(code: str) -> bool:
    """EAN-13 / GTIN (also the Swiss AHV number and ISBN-13): weights 1,3 from the left."""
    s = digits(code)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(s[:-1]))
    return len(s) in (8, 13) and (10 - total % 10) % 10 == int(s[-1])


def ean_digit(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def isbn10_ok(code: str) -> bool:
    s = code.replace("-", "").replace(" ", "").upper()
    if len(s) != 10 or not s[:9].isdigit():
        return False
    last = 10 if s[9] == "X" else int(s[9])
    return (sum((10 - i) * int(d) for i, d in enumerate(s[:9])) + last) % 11 == 0


def nhs_ok(number: str) -> bool:
    """NHS number (England and Wales): weights 10..2, check 11 - s % 11 (11 -> 0, 10 invalid)."""
    s = digits(number)
    if len(s) != 10:
        return False
    c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(s[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


def matricule_lu_ok(number: str) -> bool:
    """Luxembourg national number: YYYYMMDD + 3 digits + Luhn digit + Verhoeff digit."""
    s = digits(number)
    return len(s) == 13 and luhn_ok(s[:12]) and verhoeff_ok(s[:11] + s[12])


def cbu_ok(cbu: str) -> bool:
    """Argentine CBU (22 digits): two blocks, each with a weighted mod-10 check digit."""
    s = digits(cbu)
    if len(s) != 22:
        return False
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(d) * w for d, w in zip(s[:7], w1, strict=True)) % 10) % 10
    c2 = (10 - sum(int(d) * w for d, w in zip(s[8:21], w2, strict=True)) % 10) % 10
    return c1 == int(s[7]) and c2 == int(s[21])


def aba_ok(number: str) -> bool:
    """US ABA routing number: 3,7,1 weights, sum divisible by 10."""
    s = digits(number)
    w = [3, 7, 1] * 3
    return len(s) == 9 and sum(int(d) * x for d, x in zip(s, w, strict=True)) % 10 == 0


def uid_at_ok(uid: str) -> bool:
    """Austrian VAT number ATU + 8 digits: Luhn-like cross sums, check (10 - (s + 4)) % 10."""
    s = digits(uid)
    if len(s) != 8:
        return False
    total = 0
    for i, d in enumerate(s[:7]):
        v = int(d) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return (10 - (total + 4) % 10) % 10 == int(s[7])


def uid_ch_ok(uid: str) -> bool:
    """Swiss company UID CHE-123.456.78C: weights 5,4,3,2,7,6,5,4, 11 - s % 11 (10 invalid)."""
    s = digits(uid)
    if len(s) != 9:
        return False
    c = 11 - mod11_weighted(s[:8], [5, 4, 3, 2, 7, 6, 5, 4])
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[8])


def vat_lu_ok(vat: str) -> bool:
    s = digits(vat)
    return len(s) == 8 and int(s[:6]) % 89 == int(s[6:])


def vat_gb_ok(vat: str) -> bool:
    """UK VAT (old mod-97 scheme): weights 8..2 on seven digits plus the last two = 0 mod 97."""
    s = digits(vat)
    if len(s) != 9:
        return False
    return (sum(int(d) * (8 - i) for i, d in enumerate(s[:7])) + int(s[7:])) % 97 == 0


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def cf_char(body: str) -> str:
    """Italian codice fiscale control letter over the first 15 characters."""
    total = 0
    for i, c in enumerate(body):
        if i % 2 == 0:  # odd positions, counted from 1
            total += _CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + total % 26)


def cf_ok(cf: str) -> bool:
    return len(cf) == 16 and cf_char(cf[:15].upper()) == cf[15].upper()


# ---- generators ----


def luhn_card(rng: random.Random) -> tuple[str, str]:
    """A Luhn-valid Visa, Mastercard or Amex number in a written form; returns (value, form)."""
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + _rd(rng, 12)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + _rd(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + _rd(rng, 11)
    else:
        body = "4" + _rd(rng, 14)
    n = body + luhn_digit(body)
    form = rng.choice(["spaced", "spaced", "bare", "dashed"])
    if len(n) == 15:
        groups = [n[:4], n[4:10], n[10:]]
    else:
        groups = [n[i : i + 4] for i in range(0, 16, 4)]
    sep = {"spaced": " ", "bare": "", "dashed": "-"}[form]
    return sep.join(groups), form


def iban_group(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def bban(rng: random.Random, country: str) -> str:
    """A BBAN of the country's length and shape (national check digits where noted)."""
    if country == "AT":
        return _rd(rng, 5, "123456789") + _rd(rng, 11)
    if country == "CH":
        return "00" + _rd(rng, 3, "1234789") + _rd(rng, 12)
    if country == "PT":  # NIB check digits make the IBAN check always 50
        body = rng.choice(["0007", "0033", "0035", "0010", "0036", "0018"]) + _rd(rng, 15)
        return body + f"{98 - int(body + '00') % 97:02d}"
    if country == "IT":  # the CIN letter is drawn, not computed (format-only)
        abi = rng.choice(["03069", "02008", "05034", "03062", "01030", "05696"])
        return rng.choice(string.ascii_uppercase) + abi + _rd(rng, 5) + _rd(rng, 12)
    if country == "LU":
        return rng.choice(["001", "002", "003", "014", "019", "030", "141"]) + _rd(rng, 13)
    if country == "GI":
        return rng.choice(["NWBK", "GIBA", "JYBA", "BARC"]) + _rd(rng, 15)
    if country == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])
        return bank + _rd(rng, 6) + _rd(rng, 8)
    if country == "DE":
        return _rd(rng, 8, "1234567") + _rd(rng, 10)
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB"]) + _rd(rng, 10)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI"]) + _rd(rng, 6, "9") + _rd(rng, 8)
    if country == "BE":
        body = _rd(rng, 10)
        chk = int(body) % 97 or 97
        return f"{body}{chk:02d}"
    raise ValueError(country)


def make_iban(rng: random.Random, country: str) -> tuple[str, str]:
    iban = iban_make(country, bban(rng, country))
    if rng.random() < 0.6:
        return iban_group(iban), "grouped"
    return iban, "compact"


def svnr_at(rng: random.Random) -> str:
    while True:
        serial = _rd(rng, 3, "123456789")
        dob = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"
        c = mod11_weighted(serial + dob, [3, 7, 9, 5, 8, 4, 2, 1, 6])
        if c != 10:
            return f"{serial}{c} {dob}"


def ahv_ch(rng: random.Random) -> str:
    body = "756" + _rd(rng, 9)
    n = body + ean_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def cuil_ar(rng: random.Random, prefix: str = "") -> str:
    while True:
        pre = prefix or rng.choice(["20", "27", "23"])
        dni = _rd(rng, 8, "1234")
        c = 11 - mod11_weighted(pre + dni, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        c = 0 if c == 11 else c
        if c != 10:
            return f"{pre}-{dni}-{c}"


def cbu_ar(rng: random.Random) -> str:
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    b1 = rng.choice(["007", "011", "014", "017", "072", "285"]) + _rd(rng, 4)
    c1 = (10 - sum(int(d) * w for d, w in zip(b1, w1, strict=True)) % 10) % 10
    b2 = _rd(rng, 13)
    c2 = (10 - sum(int(d) * w for d, w in zip(b2, w2, strict=True)) % 10) % 10
    return f"{b1}{c1}{b2}{c2}"


def nif_pt(rng: random.Random, first: str = "123") -> str:
    body = _rd(rng, 8, first)
    c = 11 - mod11_weighted(body, [9, 8, 7, 6, 5, 4, 3, 2])
    return body + str(0 if c >= 10 else c)


def aadhaar(rng: random.Random) -> str:
    body = _rd(rng, 11, "23456789")
    n = body + verhoeff_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def nhs(rng: random.Random) -> str:
    while True:
        body = _rd(rng, 9, "4")
        c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = body + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def ni_uk(rng: random.Random, prefixes: list[str] | None = None) -> str:
    """UK National Insurance number (no check digit: format rules only)."""
    if prefixes:
        pre = rng.choice(prefixes)
    else:
        while True:
            pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
    d = _rd(rng, 6)
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def ssn_us(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def aba(rng: random.Random) -> str:
    body = rng.choice(["011", "021", "026", "031", "044", "053", "061", "071", "121"]) + _rd(rng, 5)
    for c in "0123456789":
        if aba_ok(body + c):
            return body + c
    raise AssertionError(body)


def matricule_lu(rng: random.Random) -> str:
    body = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body += _rd(rng, 3)
    return body + luhn_digit(body) + verhoeff_digit(body)


def codice_fiscale(rng: random.Random, surname: str, given: str) -> str:
    def code(word: str, is_given: bool) -> str:
        w = "".join(c for c in word.upper() if c.isalpha() and c.isascii())
        cons = [c for c in w if c not in "AEIOU"]
        vows = [c for c in w if c in "AEIOU"]
        if is_given and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vows + ["X", "X", "X"])[:3]

    female = rng.random() < 0.5
    day = rng.randint(1, 28) + (40 if female else 0)
    month = rng.choice("ABCDEHLMPRST")
    town = rng.choice(["F205", "H501", "L219", "G273", "F839", "A944", "D612", "L736", "D969"])
    body = f"{code(surname, False)}{code(given, True)}{rng.randint(55, 99)}{month}{day:02d}{town}"
    return body + cf_char(body)


def uid_at(rng: random.Random) -> str:
    while True:
        s = _rd(rng, 7)
        for c in "0123456789":
            if uid_at_ok(s + c):
                return f"ATU{s}{c}"


def uid_ch(rng: random.Random) -> str:
    while True:
        s = _rd(rng, 8, "1")
        c = 11 - mod11_weighted(s, [5, 4, 3, 2, 7, 6, 5, 4])
        c = 0 if c == 11 else c
        if c != 10:
            n = s + str(c)
            return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"


def piva_it(rng: random.Random) -> str:
    body = _rd(rng, 7) + rng.choice(["001", "015", "058", "037", "021"])
    return body + luhn_digit(body)


def vat_lu(rng: random.Random) -> str:
    s = _rd(rng, 6, "12")
    return f"LU{s}{int(s) % 89:02d}"


def vat_gb(rng: random.Random) -> str:
    s = _rd(rng, 7, "12345689")
    c = (-sum(int(d) * (8 - i) for i, d in enumerate(s))) % 97
    n = f"{s}{c:02d}"
    return f"GB {n[:3]} {n[3:7]} {n[7:]}"


def ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + _rd(rng, 12 - len(prefix))
    return body + ean_digit(body)


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice(["1", "0", "3", "88", "84", "972", "2"])
    body += _rd(rng, 12 - len(body))
    n = body + ean_digit(body)
    return f"{n[:3]}-{n[3:4]}-{n[4:8]}-{n[8:12]}-{n[12]}"


def isbn10(rng: random.Random) -> str:
    body = rng.choice(["0", "1", "3", "88"]) + _rd(rng, 8)
    body = body[:9]
    c = (11 - sum((10 - i) * int(d) for i, d in enumerate(body)) % 11) % 11
    return body + ("X" if c == 10 else str(c))
