"""Check-digit arithmetic and national id / bank / card generators for the twentythird set."""

import random
import string

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
CF_ODD = {
    c: v
    for c, v in zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        + [
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
        strict=False,
    )
}


def cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def cin_char(body: str) -> str:
    """Italian check character (codice fiscale and IBAN CIN use the same tables)."""
    s = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(body.upper()))
    return chr(65 + s % 26)


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise ValueError(prefix)


def iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - iban_numeric(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def baltic_check(d10: str) -> int:
    """Lithuanian asmens kodas / Estonian isikukood check digit."""
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    r = sum(int(a) * b for a, b in zip(d10, w1, strict=False)) % 11
    if r < 10:
        return r
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(a) * b for a, b in zip(d10, w2, strict=False)) % 11
    return r if r < 10 else 0


def lv_check(d10: str) -> int:
    w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return (1101 - sum(int(a) * b for a, b in zip(d10, w, strict=False))) % 11 % 10


def uy_check(d7: str) -> int:
    w = [2, 9, 8, 7, 6, 3, 4]
    return (10 - sum(int(a) * b for a, b in zip(d7.zfill(7), w, strict=False)) % 10) % 10


def ean13_check(d12: str) -> int:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return (10 - s % 10) % 10


def iso7064_11_10(d10: str) -> int:
    prod = 10
    for c in d10:
        s = (int(c) + prod) % 10 or 10
        prod = s * 2 % 11
    return (11 - prod) % 10


def nhs_check(d9: str) -> int:
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    r = 11 - s % 11
    return 0 if r == 11 else r  # 10 is invalid: caller retries


def aba_ok(d9: str) -> bool:
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d9, w, strict=False)) % 10 == 0


def es_dc(ten: str) -> int:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w, strict=False)) % 11
    return {11: 0, 10: 1}.get(r, r)


def fr_rib_key(bank: str, guichet: str, acct: str) -> int:
    return 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28)


# ---------------------------------------------------------------- national ids
def national_id(loc: str, rng: random.Random) -> tuple[str, str]:
    """Return (value, form) of a national id with valid checks."""
    if loc == "en_US":
        area = rng.choice([n for n in range(1, 900) if n != 666])
        v = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        f = rng.choice(["ssn_dashed", "ssn_dashed", "ssn_plain", "ssn_spaced"])
        return {
            "ssn_dashed": v,
            "ssn_plain": v.replace("-", ""),
            "ssn_spaced": v.replace("-", " "),
        }[f], f
    if loc == "en_GB":
        if rng.random() < 0.5:
            while True:
                d9 = digits(rng, 9)
                c = nhs_check(d9)
                if c != 10:
                    break
            n = d9 + str(c)
            f = rng.choice(["nhs_spaced", "nhs_plain"])
            return (f"{n[:3]} {n[3:6]} {n[6:]}" if f == "nhs_spaced" else n), f
        p1 = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        p2 = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p1 + p2 in ("GB", "NK", "KN", "TN", "NT", "ZZ", "BG"):
            p1, p2 = "J", "R"
        d = digits(rng, 6)
        s = rng.choice("ABCD")
        f = rng.choice(["nino_spaced", "nino_compact"])
        return (
            f"{p1}{p2} {d[:2]} {d[2:4]} {d[4:]} {s}" if f == "nino_spaced" else f"{p1}{p2}{d}{s}"
        ), f
    if loc == "de_DE":
        while True:
            base = rng.sample("0123456789", 9)
            if base[0] == "0":
                continue
            pos = rng.randrange(1, 10)
            base.insert(pos, base[rng.randrange(0, 9)])
            d10 = "".join(base)
            if d10[0] != "0":
                break
        v = d10 + str(iso7064_11_10(d10))
        f = rng.choice(["steuerid_plain", "steuerid_grouped"])
        return (v if f == "steuerid_plain" else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"), f
    if loc == "fr_FR":
        y, m, _ = birth(rng)
        dept = rng.choice(["75", "69", "13", "44", "59", "31", "33", "35", "67", "92", "93", "94"])
        body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        f = rng.choice(["nir_spaced", "nir_plain"])
        if f == "nir_plain":
            return f"{body}{key:02d}", f
        return (
            f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}",
            f,
        )
    if loc == "es_ES":
        if rng.random() < 0.7:
            n = rng.randint(10000000, 79999999)
            v = f"{n}{DNI_LETTERS[n % 23]}"
            f = rng.choice(["dni_compact", "dni_dash"])
            return (v if f == "dni_compact" else f"{n}-{v[-1]}"), f
        p = rng.choice("XYZ")
        n = rng.randint(1000000, 9999999)
        return f"{p}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}", "nie"
    if loc == "it_IT":
        return codice_fiscale(rng), "codice_fiscale"
    if loc == "en_MT":
        n = rng.randint(1000, 999999)
        f = rng.choice(["mt_id_plain", "mt_id_padded"])
        return (
            f"{n}{rng.choice('MGAPLHB')}" if f == "mt_id_plain" else f"{n:07d}{rng.choice('MG')}"
        ), f
    if loc == "fr_CH":
        d12 = "756" + digits(rng, 9)
        v = d12 + str(ean13_check(d12))
        f = rng.choice(["avs_dotted", "avs_dotted", "avs_plain"])
        return (f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}" if f == "avs_dotted" else v), f
    if loc == "es_UY":
        d7 = str(rng.randint(1000000, 6999999))
        c = uy_check(d7)
        f = rng.choice(["ci_dotted", "ci_dotted", "ci_plain", "ci_dash"])
        return {
            "ci_dotted": f"{d7[0]}.{d7[1:4]}.{d7[4:]}-{c}",
            "ci_plain": f"{d7}{c}",
            "ci_dash": f"{d7}-{c}",
        }[f], f
    if loc in ("lt_LT", "et_EE"):
        y, m, d = birth(rng)
        g = (3 if y < 2000 else 5) + rng.randint(0, 1)
        d10 = f"{g}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        return d10 + str(baltic_check(d10)), ("asmens_kodas" if loc == "lt_LT" else "isikukood")
    if loc == "lv_LV":
        y, m, d = birth(rng)
        d10 = f"{d:02d}{m:02d}{y % 100:02d}{1 if y < 2000 else 2}{rng.randint(0, 999):03d}"
        v = d10 + str(lv_check(d10))
        f = rng.choice(["personas_kods_dash", "personas_kods_dash", "personas_kods_plain"])
        return (f"{v[:6]}-{v[6:]}" if f == "personas_kods_dash" else v), f
    raise KeyError(loc)


CF_CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def codice_fiscale(rng: random.Random) -> str:
    def part(word: str, is_name: bool) -> str:
        w = word.upper()
        cons = [c for c in w if c in CF_CONS]
        vow = [c for c in w if c in "AEIOU"]
        if is_name and len(cons) > 3:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vow) + "XXX")[:3]

    sur = rng.choice(
        ["ROSSI", "FERRARA", "LOMBARDO", "RICCI", "MARCHETTI", "BARBIERI", "FARINA", "RINALDI"]
    )
    nam = rng.choice(["LUCA", "FRANCESCA", "PAOLO", "ELENA", "MARCO", "SARA", "DAVIDE", "ANNA"])
    y, m, d = birth(rng)
    if rng.random() < 0.5:
        d += 40
    body = (
        part(sur, False) + part(nam, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{d:02d}"
    )
    body += rng.choice(
        ["H501", "F205", "L219", "A944", "F839", "D612", "A662", "G273", "L736", "E506"]
    )
    return body + cin_char(body)


# ---------------------------------------------------------------- cards and banks
def card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        f = rng.choice(["amex_grouped", "amex_plain"])
        return (f"{n[:4]} {n[4:10]} {n[10:]}" if f == "amex_grouped" else n), f
    pre = "4" if kind == "visa" else str(rng.randint(51, 55))
    n = luhn_complete(pre + digits(rng, 15 - len(pre)))
    f = rng.choice(["spaced", "spaced", "dashed", "plain"])
    g = [n[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(g), "dashed": "-".join(g), "plain": n}[f], f"{kind}_{f}"


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits * 3 + string.ascii_uppercase) for _ in range(n))


def bban(cc: str, rng: random.Random) -> str:
    if cc == "GB":
        return rng.choice(["BARC", "NWBK", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    if cc == "DE":
        return rng.choice(
            ["10010010", "37040044", "50010517", "20041133", "70150000", "86055592"]
        ) + digits(rng, 10)
    if cc == "FR":
        b, g, a = rng.choice(["30004", "20041", "30003", "10278"]), digits(rng, 5), digits(rng, 11)
        return f"{b}{g}{a}{fr_rib_key(b, g, a):02d}"
    if cc == "ES":
        b, o, a = (
            rng.choice(["2100", "0049", "0182", "2080", "0081"]),
            digits(rng, 4),
            digits(rng, 10),
        )
        return f"{b}{o}{es_dc('00' + b + o)}{es_dc(a)}{a}"
    if cc == "IT":
        body = rng.choice(["03069", "02008", "05034", "03062"]) + digits(rng, 5) + digits(rng, 12)
        return cin_char(body) + body
    if cc == "MT":
        return rng.choice(["VALL", "MALT", "APSB", "BOVM"]) + digits(rng, 5) + digits(rng, 18)
    if cc == "CH":
        return rng.choice(["00762", "00700", "80808", "00235"]) + digits(rng, 12)
    if cc == "LT":
        return rng.choice(["73000", "70440", "71800", "40100"]) + digits(rng, 11)
    if cc == "LV":
        return rng.choice(["HABA", "UNLA", "RIKO", "PARX"]) + digits(rng, 13)
    if cc == "EE":
        return rng.choice(["22", "10", "77", "17"]) + digits(rng, 14)
    raise KeyError(cc)


IBAN_CC = {
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "en_MT": "MT",
    "fr_CH": "CH",
    "lt_LT": "LT",
    "lv_LV": "LV",
    "et_EE": "EE",
}


def iban(loc: str, rng: random.Random) -> tuple[str, str]:
    v = iban_make(IBAN_CC[loc], bban(IBAN_CC[loc], rng))
    f = rng.choice(["grouped", "grouped", "compact"])
    return (" ".join(v[i : i + 4] for i in range(0, len(v), 4)) if f == "grouped" else v), f


def bank_account(loc: str, rng: random.Random) -> tuple[str, str]:
    """Local bank value labelled ID where there is no IBAN."""
    if loc == "en_US":
        while True:
            r = rng.choice(["0210", "0260", "1110", "1210", "3222", "0710"]) + digits(rng, 4)
            r9 = next((r + d for d in "0123456789" if aba_ok(r + d)), None)
            if r9:
                break
        return f"{r9} {digits(rng, rng.choice([10, 12]))}", "routing_account"
    return f"{digits(rng, 9)}-{rng.randint(1, 3):03d}{rng.randint(10, 99)}", "brou_account"
# ruff: noqa: E501
