# ruff: noqa: E501  (hand-written data lists and templates are kept one entry-group per line)
"""Check-digit algorithms, cards, IBANs, national ids and phone numbers for the `thirteenth` set.

All hand-written from the published standards (Luhn, ISO 7064 mod 97-10 / mod 11-10, Verhoeff,
national id specifications). Each generator takes a random.Random and returns (value, form).
"""

from __future__ import annotations

import random
import string
import unicodedata

# ----------------------------------------------------------------------------- check digits


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
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return f"{country}{98 - int(n) % 97:02d}{bban}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


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


def mod11_10(num: str) -> str:
    """ISO 7064 MOD 11,10 (German Steuer-ID)."""
    p = 10
    for ch in num:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("İ", "I")
    s = s.replace("œ", "oe").replace("æ", "ae").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rd(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ----------------------------------------------------------------------------- cards

CARD_BRANDS = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2720", "2300"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3528", "3566", "3589"], 16),
    "rupay": (["6521", "6522", "508"], 16), "elo": (["636368", "504175", "509048"], 16),
    "troy": (["9792"], 16), "maestro": (["6759", "5018"], 16),
}
LOCALE_CARDS = {"en_IN": ["visa", "mastercard", "rupay"], "pt_BR": ["visa", "mastercard", "elo"],
                "tr_TR": ["visa", "mastercard", "troy"], "en_US": ["visa", "mastercard", "amex", "discover"],
                "en_GB": ["visa", "mastercard", "amex", "maestro"]}


def card(rng: random.Random, locale: str) -> tuple[str, str]:
    brand = rng.choice(LOCALE_CARDS.get(locale, ["visa", "visa", "mastercard", "mastercard", "amex"]))
    pre, n = CARD_BRANDS[brand]
    p = rng.choice(pre)
    num = luhn_complete(p + rd(rng, n - len(p) - 1))
    style = rng.random()
    if brand == "amex":
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if style < 0.55:
        v = " ".join(g)
    elif style < 0.8:
        v = "-".join(g)
    else:
        v = num
    return v, brand


# ----------------------------------------------------------------------------- IBAN

def _bban(country: str, rng: random.Random) -> str:
    if country == "GB":
        bank, sort = rng.choice([("BARC", "20"), ("NWBK", "60"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")])
        return bank + sort + rd(rng, 4) + rd(rng, 8)
    if country == "IE":
        return rng.choice(["AIBK93", "BOFI90", "IPBS99"]) + rd(rng, 4) + rd(rng, 8)
    if country == "DE":
        return rng.choice(["10070000", "37040044", "50010517", "20041133", "43060967", "70150000"]) + rd(rng, 10)
    if country == "NL":
        return rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + rd(rng, 10)
    if country == "FR":
        bank, desk, acct = rng.choice(["30004", "30003", "20041", "10278", "11315"]), rd(rng, 5), rd(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(desk) + 3 * int(acct)) % 97
        return f"{bank}{desk}{acct}{key:02d}"
    if country == "IT":
        rest = rng.choice(["03069", "02008", "05034", "03062", "01030"]) + rd(rng, 5) + rd(rng, 12)
        return it_cin(rest) + rest
    if country == "BR":
        return (rng.choice(["00000000", "60746948", "60701190", "00360305"]) + rd(rng, 5) + rd(rng, 10)
                + rng.choice("CP") + "1")
    if country == "PL":
        b7 = rng.choice(["1020", "1140", "1050", "1090", "1240"]) + rd(rng, 3)
        w = [3, 9, 7, 1, 3, 9, 7]
        c = (10 - sum(int(x) * y for x, y in zip(b7, w, strict=False)) % 10) % 10
        return b7 + str(c) + rd(rng, 16)
    if country == "SE":
        return rng.choice(["500", "800", "600", "300", "957"]) + rd(rng, 17)
    if country == "TR":
        return rng.choice(["00010", "00062", "00064", "00046", "00015"]) + "0" + rd(rng, 16)
    if country == "FI":
        return luhn_complete(rng.choice(["1", "5", "8", "4"]) + rd(rng, 12))
    raise KeyError(country)


IBAN_COUNTRIES = {"en_US": ["GB", "DE", "IE", "NL"], "en_GB": ["GB"], "en_AU": ["GB", "IE", "DE", "NL"],
                  "en_IN": ["GB", "DE", "NL", "FR"], "de_DE": ["DE"], "fr_FR": ["FR"], "it_IT": ["IT"],
                  "pt_BR": ["BR"], "pl_PL": ["PL"], "sv_SE": ["SE"], "tr_TR": ["TR"], "fi_FI": ["FI"]}


def iban(rng: random.Random, locale: str) -> tuple[str, str]:
    country = rng.choice(IBAN_COUNTRIES[locale])
    v = iban_make(country, _bban(country, rng))
    if rng.random() < 0.7:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v, f"{country}_print"
    return v, f"{country}_compact"


# ----------------------------------------------------------------------------- Italian codice fiscale / CIN

_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                 12, 14, 16, 10, 22, 25, 24, 23], strict=False))


def _even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def it_check(s: str) -> str:
    t = sum(_ODD[c] if i % 2 == 0 else _even(c) for i, c in enumerate(s))
    return chr(65 + t % 26)


def it_cin(s: str) -> str:
    return it_check(s)


def _cf_part(word: str, given: bool) -> str:
    w = [c for c in ascii_fold(word).upper() if c.isalpha()]
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(surname: str, given: str, y: int, m: int, d: int, female: bool, rng: random.Random) -> str:
    comune = rng.choice(["H501", "F205", "L219", "F839", "A944", "D612", "G273", "A662", "B354", "L781", "G224"])
    s = (_cf_part(surname, False) + _cf_part(given, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
         + f"{d + (40 if female else 0):02d}" + comune)
    return s + it_check(s)


# ----------------------------------------------------------------------------- national ids


def _dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28)


def national_id(rng: random.Random, locale: str, given: str, surname: str, female: bool) -> tuple[str, str]:
    """Return (value, scheme) for a private person's national / tax / social-security number."""
    y, m, d = _dob(rng)
    if locale == "en_US":
        while True:
            area = rng.randint(1, 899)
            if area != 666:
                break
        if rng.random() < 0.8:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", "ssn"
        return f"9{rd(rng, 2)}-{rng.choice([70, 71, 78, 83, 88, 90, 94, 99])}-{rng.randint(1, 9999):04d}", "itin"
    if locale == "en_GB":
        if rng.random() < 0.65:
            while True:
                a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
                if a + b not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                    break
            n = rd(rng, 6)
            return f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}", "nino"
        while True:
            n = rd(rng, 9)
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(n)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                break
        n += str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}", "nhs_number"
    if locale == "en_AU":
        if rng.random() < 0.6:
            w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
            while True:
                n = rd(rng, 9)
                if n[0] != "0" and sum(int(x) * y for x, y in zip(n, w, strict=False)) % 11 == 0:
                    return f"{n[:3]} {n[3:6]} {n[6:]}", "tfn"
        n = str(rng.randint(2, 6)) + rd(rng, 7)
        n += str(sum(int(x) * y for x, y in zip(n, [1, 3, 7, 9, 1, 3, 7, 9], strict=False)) % 10) + str(rng.randint(1, 9))
        return f"{n[:4]} {n[4:9]} {n[9]}", "medicare"
    if locale == "en_IN":
        if rng.random() < 0.6:
            n = str(rng.randint(2, 9)) + rd(rng, 10)
            n += verhoeff_digit(n)
            return (f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.8 else n), "aadhaar"
        s0 = ascii_fold(surname).upper()[0]
        letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        return f"{letters}P{s0}{rd(rng, 4)}{rng.choice(string.ascii_uppercase)}", "pan"
    if locale == "de_DE":
        if rng.random() < 0.6:
            while True:
                base = list(rng.sample("0123456789", 9))
                base.insert(rng.randint(0, 9), rng.choice(base))
                n = "".join(base)
                if n[0] != "0":
                    break
            n += mod11_10(n)
            return (f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if rng.random() < 0.6 else n), "steuer_id"
        area = rng.choice(["12", "15", "24", "28", "53", "65", "38", "13", "18", "42"])
        letter = ascii_fold(surname.split()[-1]).upper()[0]
        serial = f"{rng.randint(50, 99) if female else rng.randint(0, 49):02d}"
        body = f"{area}{d:02d}{m:02d}{y % 100:02d}" + f"{ord(letter) - 64:02d}" + serial
        w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        chk = sum(sum(int(c) for c in str(int(x) * y)) for x, y in zip(body, w, strict=False)) % 10
        return f"{area} {d:02d}{m:02d}{y % 100:02d} {letter} {serial}{chk}", "sozialversicherungsnummer"
    if locale == "fr_FR":
        dept = rng.choice(["75", "69", "13", "33", "44", "35", "59", "67", "31", "29", "64", "2A", "2B", "92"])
        body = f"{2 if female else 1}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        num = body.replace("2A", "19").replace("2B", "18")
        key = 97 - int(num) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}", "nir"
    if locale == "it_IT":
        return codice_fiscale(surname, given, y, m, d, female, rng), "codice_fiscale"
    if locale == "pt_BR":
        while True:
            n = rd(rng, 9)
            if len(set(n)) > 1:
                break
        for ln in (10, 11):
            s = sum(int(x) * (ln - i) for i, x in enumerate(n)) % 11
            n += "0" if s < 2 else str(11 - s)
        return (f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if rng.random() < 0.8 else n), "cpf"
    if locale == "pl_PL":
        mm = m + (20 if y >= 2000 else 0)
        n = f"{y % 100:02d}{mm:02d}{d:02d}{rd(rng, 3)}{rng.choice('02468' if female else '13579')}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        n += str((10 - sum(int(x) * y for x, y in zip(n, w, strict=False)) % 10) % 10)
        return n, "pesel"
    if locale == "sv_SE":
        ind = f"{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
        n9 = f"{y % 100:02d}{m:02d}{d:02d}{ind}"
        c = luhn_complete(n9)[-1]
        if rng.random() < 0.5:
            return f"{y}{m:02d}{d:02d}-{ind}{c}", "personnummer_12"
        return f"{n9[:6]}-{ind}{c}", "personnummer"
    if locale == "tr_TR":
        n = str(rng.randint(1, 9)) + rd(rng, 8)
        d10 = ((sum(int(n[i]) for i in (0, 2, 4, 6, 8)) * 7) - sum(int(n[i]) for i in (1, 3, 5, 7))) % 10
        n += str(d10)
        n += str(sum(int(x) for x in n) % 10)
        return n, "tc_kimlik"
    if locale == "fi_FI":
        ind = rng.randint(2, 899)
        if (ind % 2 == 0) != female:
            ind += 1
        sign = "-" if y < 2000 else "A"
        c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}") % 31]
        return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind:03d}{c}", "henkilotunnus"
    raise KeyError(locale)
