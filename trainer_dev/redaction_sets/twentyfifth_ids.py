"""Check-digit arithmetic and generators for cards, IBANs, bank values and national ids."""

from __future__ import annotations

import random
import string

# ---------------------------------------------------------------- checks


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
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
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def baltic_code_ok(code: str) -> bool:
    """Lithuanian asmens kodas and Estonian isikukood share this mod-11 rule."""
    d = [int(c) for c in code]
    for w in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        r = sum(a * b for a, b in zip(d[:10], w, strict=True)) % 11
        if r != 10:
            return r == d[10]
    return d[10] == 0


def _baltic_check(first10: str) -> int:
    d = [int(c) for c in first10]
    for w in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        r = sum(a * b for a, b in zip(d, w, strict=True)) % 11
        if r != 10:
            return r
    return 0


LV_W = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def lv_code_ok(code: str) -> bool:
    d = [int(c) for c in code.replace("-", "")]
    return (1101 - sum(a * b for a, b in zip(d[:10], LV_W, strict=True))) % 11 == d[10]


def kennitala_ok(kt: str) -> bool:
    d = [int(c) for c in kt.replace("-", "")]
    r = 11 - sum(a * b for a, b in zip(d[:8], [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return (0 if r == 11 else r) == d[8]


def steuer_id_ok(n: str) -> bool:
    product = 10
    for ch in n[:10]:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(n[10])


def nir_ok(n: str) -> bool:
    s = n.replace(" ", "")
    return 97 - int(s[:13]) % 97 == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(dni: str) -> bool:
    s = dni.replace("-", "").replace(" ", "").upper()
    num = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return DNI_LETTERS[int(num) % 23] == s[-1]


_CF_ODD = dict(zip(string.digits, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True))
_CF_ODD.update(zip(string.ascii_uppercase, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                                              11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
                   strict=True))


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(body: str) -> str:
    """Italian check character over 15 chars (codice fiscale) or 22 chars (CIN)."""
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return chr(65 + total % 26)


def aba_ok(n: str) -> bool:
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(n, w, strict=True)) % 10 == 0


# ---------------------------------------------------------------- generators


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def card(rng: random.Random) -> tuple[str, str]:
    """A Luhn-valid card number and its brand."""
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        return luhn_complete("4" + digits(rng, 14)), brand
    if brand == "mc":
        return luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13)), brand
    return luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12)), brand


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(ten, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def _fr_rib(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def _ee_acct(rng: random.Random) -> str:
    body = digits(rng, 13)
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def iban(rng: random.Random, country: str, kennitala_value: str = "") -> str:
    if country == "DE":
        bban = rng.choice(["10070000", "20050550", "37050198", "50010517", "70150000",
                           "43060967", "12030000", "86055592"]) + digits(rng, 10)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif country == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278"]), digits(rng, 5), \
            digits(rng, 11)
        bban = bank + branch + acct + _fr_rib(bank, branch, acct)
    elif country == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2085", "0081"]), \
            digits(rng, 4), digits(rng, 10)
        bban = bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    elif country == "IT":
        abi, cab, acct = rng.choice(["03069", "02008", "05034", "03062"]), digits(rng, 5), \
            digits(rng, 12)
        bban = cf_check(abi + cab + acct) + abi + cab + acct
    elif country == "LT":
        bban = rng.choice(["73000", "70440", "40100", "72900"]) + digits(rng, 11)
    elif country == "LV":
        bban = rng.choice(["HABA", "UNLA", "RIKO", "PARX"]) + digits(rng, 13)
    elif country == "EE":
        bban = rng.choice(["22", "10", "77", "33"]) + _ee_acct(rng)[-14:]
    elif country == "IS":
        bban = rng.choice(["0133", "0515", "0111", "0301"]) + "26" + digits(rng, 6) \
            + kennitala_value.replace("-", "")
    elif country == "CR":
        bban = "0" + rng.choice(["152", "151", "102", "104"]) + digits(rng, 14)
    else:
        raise ValueError(country)
    return iban_make(country, bban)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def birth(rng: random.Random, lo: int = 1955, hi: int = 2004) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def lt_asmens_kodas(rng: random.Random, female: bool) -> str:
    y, m, d = birth(rng)
    g = (4 if female else 3) if y < 2000 else (6 if female else 5)
    first = f"{g}{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
    return first + str(_baltic_check(first))


def ee_isikukood(rng: random.Random, female: bool) -> str:
    return lt_asmens_kodas(rng, female)  # same layout and check rule


def lv_personas_kods(rng: random.Random, new: bool) -> str:
    while True:
        if new:
            first = "32" + digits(rng, 8)
        else:
            y, m, d = birth(rng)
            first = f"{d:02d}{m:02d}{y % 100:02d}{1 if y < 2000 else 2}{digits(rng, 3)}"
        c = (1101 - sum(int(a) * b for a, b in zip(first, LV_W, strict=True))) % 11
        if c < 10:
            code = first + str(c)
            return code[:6] + "-" + code[6:]


def kennitala(rng: random.Random) -> str:
    while True:
        y, m, d = birth(rng)
        first = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99)}"
        r = 11 - sum(int(a) * b for a, b in zip(first, [3, 2, 7, 6, 5, 4, 3, 2],
                                                strict=True)) % 11
        if r == 10:
            continue
        c = 0 if r == 11 else r
        return f"{first[:6]}-{first[6:]}{c}{9 if y < 2000 else 0}"


def steuer_id(rng: random.Random) -> str:
    while True:
        base = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        counts = sorted((base.count(x) for x in set(base)), reverse=True)
        if counts[0] not in (2, 3) or counts[1] > 1:
            continue
        product = 10
        for dgt in base:
            s = (dgt + product) % 10 or 10
            product = (s * 2) % 11
        check = 11 - product
        return "".join(map(str, base)) + str(0 if check == 10 else check)


def nir(rng: random.Random, female: bool) -> str:
    y, m, _ = birth(rng)
    dept = rng.choice(["75", "69", "13", "31", "33", "44", "59", "67", "35", "92", "93"])
    body = f"{2 if female else 1}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 400):03d}" \
        f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def nie(rng: random.Random) -> str:
    p = rng.choice("XY")
    n = rng.randint(1_000_000, 9_999_999)
    return f"{p}{n}{DNI_LETTERS[int(str('XY'.index(p)) + str(n)) % 23]}"


_CF_MONTH = "ABCDEHLMPRST"
_CF_TOWN = ["H501", "F205", "L219", "A944", "D612", "F839", "D969", "G273", "L736", "L781"]


def _cf_part(word: str, given: bool) -> str:
    w = "".join(c for c in word.upper() if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(rng: random.Random, surname: str, given: str, female: bool) -> str:
    y, m, d = birth(rng)
    body = _cf_part(surname, False) + _cf_part(given, True) + f"{y % 100:02d}" \
        + _CF_MONTH[m - 1] + f"{d + 40 if female else d:02d}" + rng.choice(_CF_TOWN)
    return body + cf_check(body)


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(101, 772) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(rng, 6)
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def trn(rng: random.Random) -> str:
    d = "1" + digits(rng, 8)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def cedula_cr(rng: random.Random) -> str:
    return f"{rng.randint(1, 7)}-{rng.randint(1, 1999):04d}-{rng.randint(1, 9999):04d}"


def aba_routing(rng: random.Random) -> str:
    while True:
        n = rng.choice(["0210", "0260", "0110", "0710", "1210", "0910", "0611"]) + digits(rng, 5)
        if aba_ok(n):
            return n
