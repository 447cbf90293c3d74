"""Thirtysecond set: check digits, national ids, cards, IBANs, bank values and phones.

Every value is generated here; the check-digit helpers are reused by the set's self-test.
"""

from __future__ import annotations

import re

import phonenumbers

REGION = {
    "en_US": "US",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "fr_CM": "CM",
    "es_BO": "BO",
    "sq_AL": "AL",
    "ro_MD": "MD",
    "it_CH": "CH",
    "es_HN": "HN",
}
IBAN_LOCALES = ("de_DE", "fr_FR", "pt_BR", "nl_NL", "sq_AL", "ro_MD", "it_CH")


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def _d(r, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# ---- generic checks -------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        tot += v
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def break_luhn(num: str) -> str:
    """Same digits, last one changed so that the number fails Luhn."""
    if not luhn_ok(num):
        return num
    return num[:-1] + str((int(num[-1]) + 3) % 10)


def _alnum_value(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    return len(s) > 8 and int(_alnum_value(s[4:] + s[:4])) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    chk = 98 - int(_alnum_value(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---- French / CEMAC RIB key ----------------------------------------------------------
def rib_key(bank: str, branch: str, account: str) -> str:
    conv = {c: str((ord(c) - 55) % 9 + 1) if c.isalpha() else c for c in account.upper()}
    acc = "".join(conv[c] for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


# ---- national ids ------------------------------------------------------------------
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


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def _verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def steuer_ok(num: str) -> bool:
    if len(num) != 11 or num[0] == "0":
        return False
    prod = 10
    for ch in num[:10]:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    chk = (11 - prod) % 10
    counts = sorted((num[:10].count(c) for c in set(num[:10])), reverse=True)
    return chk == int(num[10]) and counts[0] in (2, 3) and counts[1] == 1


def _steuer(r) -> str:
    while True:
        ds = r.sample("0123456789", 9)
        ds.append(r.choice(ds))
        r.shuffle(ds)
        if ds[0] == "0":
            continue
        body = "".join(ds)
        for c in "0123456789":
            if steuer_ok(body + c):
                return body + c


_PERSO = "0123456789CFGHJKLMNPRTVWXYZ"


def perso_ok(value: str) -> bool:
    body, chk = value[:-1], value[-1]
    tot = sum(int(c, 36) * w for c, w in zip(body, [7, 3, 1] * 3, strict=False))
    return len(value) == 10 and str(tot % 10) == chk


def _perso(r) -> str:
    body = r.choice("LMNPRTVWXY") + "".join(
        r.choice(_PERSO if r.random() < 0.3 else "0123456789") for _ in range(8)
    )
    tot = sum(int(c, 36) * w for c, w in zip(body, [7, 3, 1] * 3, strict=False))
    return body + str(tot % 10)


def nir_ok(num: str) -> bool:
    return len(num) == 15 and 97 - int(num[:13]) % 97 == int(num[13:])


def _nir(r) -> str:
    dep = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "35", "06", "92", "93"])
    body = (
        r.choice("12")
        + f"{r.randint(55, 99):02d}"
        + f"{r.randint(1, 12):02d}"
        + dep
        + f"{r.randint(1, 400):03d}"
        + f"{r.randint(1, 999):03d}"
    )
    return body + f"{97 - int(body) % 97:02d}"


def cpf_ok(num: str) -> bool:
    if len(num) != 11 or len(set(num)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(num[i]) * (n + 1 - i) for i in range(n))
        if (s * 10) % 11 % 10 != int(num[n]):
            return False
    return True


def _cpf(r) -> str:
    b = _d(r, 9)
    for n in (9, 10):
        s = sum(int(b[i]) * (n + 1 - i) for i in range(n))
        b += str((s * 10) % 11 % 10)
    return b


def pis_ok(num: str) -> bool:
    w = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    s = 11 - sum(int(a) * b for a, b in zip(num[:10], w, strict=False)) % 11
    return len(num) == 11 and (0 if s >= 10 else s) == int(num[10])


def _pis(r) -> str:
    while True:
        b = r.choice("12") + _d(r, 9)
        for c in "0123456789":
            if pis_ok(b + c):
                return b + c


def bsn_ok(num: str) -> bool:
    if len(num) != 9 or num[0] == "0":
        return False
    s = sum(int(num[i]) * (9 - i) for i in range(8)) - int(num[8])
    return s % 11 == 0


def _bsn(r) -> str:
    while True:
        b = r.choice("123456") + _d(r, 7)
        c = sum(int(b[i]) * (9 - i) for i in range(8)) % 11
        if c < 10:
            return b + str(c)


def aba_ok(num: str) -> bool:
    w = [3, 7, 1] * 3
    return len(num) == 9 and sum(int(a) * b for a, b in zip(num, w, strict=False)) % 10 == 0


def _aba(r) -> str:
    while True:
        b = f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + _d(r, 6)
        for c in "0123456789":
            if aba_ok(b + c):
                return b + c


def idnp_ok(num: str) -> bool:
    w = [7, 3, 1] * 4
    return len(num) == 13 and sum(int(a) * b for a, b in zip(num, w, strict=False)) % 10 == int(
        num[12]
    )


def idno_digit(body: str) -> str:
    return str(sum(int(a) * b for a, b in zip(body, [7, 3, 1] * 4, strict=False)) % 10)


def _idnp(r) -> str:
    b = "200" + _d(r, 9) if r.random() < 0.7 else "09" + _d(r, 10)
    return b + idno_digit(b)


def ean13_ok(num: str) -> bool:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(num[:12]))
    return len(num) == 13 and (10 - s % 10) % 10 == int(num[12])


def ean_digit(body: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body[:12]))
    return str((10 - s % 10) % 10)


def _avs(r) -> str:
    b = "756" + _d(r, 9)
    return b + ean_digit(b)


def che_ok(num: str) -> bool:
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    c = 11 - sum(int(a) * b for a, b in zip(num[:8], w, strict=False)) % 11
    return len(num) == 9 and c != 10 and (0 if c == 11 else c) == int(num[8])


def che_number(r) -> str:
    while True:
        b = r.choice("123456789") + _d(r, 7)
        for c in "0123456789":
            if che_ok(b + c):
                n = b + c
                return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"


# ---- per-locale id values: (value, form) ---------------------------------------------
_L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _letters(r, n: int) -> str:
    return "".join(r.choice(_L) for _ in range(n))


def national_id(r, loc: str) -> tuple[str, str]:
    """A national id or (non-IBAN countries) a local bank value, with its written form."""
    k = r.random()
    if loc == "en_US":
        if k < 0.6:
            while True:
                a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
                if a != 666:
                    break
            v = f"{a:03d}-{g:02d}-{s:04d}"
            return (v, "ssn") if r.random() < 0.7 else (v.replace("-", " "), "ssn_spaced")
        return f"{_aba(r)} {_d(r, r.randint(8, 11))}", "routing_account"
    if loc == "en_IN":
        if k < 0.45:
            b = r.choice("23456789") + _d(r, 10)
            v = b + _verhoeff_digit(b)
            return (group4(v), "aadhaar") if r.random() < 0.7 else (v, "aadhaar_compact")
        if k < 0.75:
            v = _letters(r, 3) + "P" + _letters(r, 1) + _d(r, 4) + _letters(r, 1)
            return v, "pan"
        bank = r.choice(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "KKBK", "CNRB", "BARB"])
        return f"{bank}0{_d(r, 6)} {r.choice('123456789')}{_d(r, r.randint(10, 13))}", "ifsc_acct"
    if loc == "de_DE":
        if k < 0.6:
            v = _steuer(r)
            f = r.random()
            if f < 0.5:
                return v, "steuer"
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "steuer_grouped"
        return _perso(r), "perso"
    if loc == "fr_FR":
        v = _nir(r)
        if k < 0.6:
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "nir"
        return v, "nir_compact"
    if loc == "pt_BR":
        if k < 0.7:
            v = _cpf(r)
            if r.random() < 0.7:
                return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "cpf"
            return v, "cpf_compact"
        v = _pis(r)
        return f"{v[:3]}.{v[3:8]}.{v[8:10]}-{v[10]}", "pis"
    if loc == "nl_NL":
        v = _bsn(r)
        f = r.random()
        if f < 0.5:
            return v, "bsn"
        if f < 0.75:
            return f"{v[:4]}.{v[4:6]}.{v[6:]}", "bsn_dotted"
        return f"{v[:3]} {v[3:6]} {v[6:]}", "bsn_spaced"
    if loc == "fr_CM":
        if k < 0.35:
            return r.choice("12") + _d(r, 8), "cni"
        if k < 0.6:
            return r.choice("MP") + _d(r, 12) + _letters(r, 1), "niu"
        bank = r.choice(["10001", "10002", "10003", "10005", "10029", "10033", "10039"])
        br, acc = _d(r, 5), _d(r, 11)
        return f"{bank} {br} {acc} {rib_key(bank, br, acc)}", "rib"
    if loc == "es_BO":
        if k < 0.6:
            n = str(r.randint(1000000, 9999999))
            ext = r.choice(["LP", "SC", "CB", "OR", "PT", "CH", "TJ", "BE", "PD"])
            sep = r.choice([" ", "-", " "])
            return f"{n}{sep}{ext}", "ci" if sep == " " else "ci_dash"
        return r.choice(["10", "20", "40", "30"]) + _d(r, r.randint(8, 11)), "cuenta"
    if loc == "sq_AL":
        dec = r.choice("HIJK")
        mm = r.randint(1, 12) + (50 if r.random() < 0.5 else 0)
        v = f"{dec}{r.randint(0, 9)}{mm:02d}{r.randint(1, 28):02d}{_d(r, 3)}{r.choice(_L[:23])}"
        return v, "nid"
    if loc == "ro_MD":
        v = _idnp(r)
        return (v, "idnp") if r.random() < 0.8 else (f"{v[:4]} {v[4:8]} {v[8:]}", "idnp_spaced")
    if loc == "it_CH":
        v = _avs(r)
        if k < 0.8:
            return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", "avs"
        return v, "avs_compact"
    if loc == "es_HN":
        if k < 0.6:
            v = f"{r.randint(1, 18):02d}{r.randint(1, 19):02d}-{r.randint(1960, 2004)}-{_d(r, 5)}"
            return (v, "dni") if r.random() < 0.7 else (v.replace("-", ""), "dni_compact")
        if k < 0.75:
            b = f"{r.randint(1, 18):02d}{r.randint(1, 19):02d}{r.randint(1960, 2004)}{_d(r, 5)}"
            return b + str(r.randint(0, 9)), "rtn"
        return r.choice(["20", "21", "11", "73"]) + _d(r, 10), "cuenta"
    raise KeyError(loc)


def iban_value(r, loc: str) -> tuple[str, str]:
    if loc == "de_DE":
        bban = r.choice(["100", "200", "370", "500", "600", "700"]) + _d(r, 15)
        v = make_iban("DE", bban)
    elif loc == "fr_FR":
        bank = r.choice(["30003", "30004", "10278", "20041", "30002", "11315"])
        br, acc = _d(r, 5), _d(r, 11)
        v = make_iban("FR", bank + br + acc + rib_key(bank, br, acc))
    elif loc == "pt_BR":
        bban = r.choice(["00000000", "00360305", "60701190", "90400888"]) + _d(r, 15) + "C1"
        v = make_iban("BR", bban)
    elif loc == "nl_NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
        v = make_iban("NL", bank + r.choice("0123456789") + _d(r, 9))
    elif loc == "sq_AL":
        v = make_iban("AL", r.choice(["202", "212", "208", "205"]) + _d(r, 21))
    elif loc == "ro_MD":
        v = make_iban("MD", r.choice(["AG", "VI", "ML", "MO", "EX"]) + _d(r, 18))
    elif loc == "it_CH":
        v = make_iban("CH", r.choice(["00762", "00764", "00835", "08401", "00230"]) + _d(r, 12))
    else:
        raise KeyError(loc)
    if r.random() < 0.65:
        return group4(v), "iban_print"
    return v, "iban_compact"


# ---- cards -------------------------------------------------------------------------
def card_value(r) -> tuple[str, str]:
    k = r.random()
    if k < 0.2:
        body = r.choice(["34", "37"]) + _d(r, 12)
        v = body + luhn_digit(body)
        return f"{v[:4]} {v[4:10]} {v[10:]}", "amex"
    pre = r.choice(["4", "4", "51", "53", "55", "2221", "2720"]) if k < 0.9 else "4"
    body = pre + _d(r, 15 - len(pre))
    v = body + luhn_digit(body)
    brand = "visa" if pre == "4" else "mc"
    f = r.random()
    if f < 0.5:
        return group4(v), f"{brand}_grouped"
    if f < 0.75:
        return "-".join(v[i : i + 4] for i in range(0, 16, 4)), f"{brand}_dashed"
    return v, f"{brand}_compact"


# ---- phones ------------------------------------------------------------------------
_US_AREAS = "212 312 415 617 713 214 305 404 206 503 602 702 816 901 504 615 919 414 801".split()


def phone_valid(loc: str, value: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, REGION[loc]))
    except phonenumbers.NumberParseException:
        return False


def _phone_try(r, loc: str) -> tuple[str, str]:
    k = r.random()
    if loc == "en_US":
        a, e, s = r.choice(_US_AREAS), f"{r.randint(201, 989)}", _d(r, 4)
        forms = [
            (f"({a}) {e}-{s}", "national"),
            (f"{a}-{e}-{s}", "dashed"),
            (f"{a}.{e}.{s}", "dotted"),
            (f"+1 {a} {e} {s}", "intl"),
            (f"1-{a}-{e}-{s}", "trunk"),
            (f"{a}{e}{s}", "compact"),
        ]
    elif loc == "en_IN":
        m = r.choice("6789") + _d(r, 9)
        forms = [
            (f"+91 {m[:5]} {m[5:]}", "intl"),
            (f"0{m[:5]} {m[5:]}", "trunk"),
            (m, "compact"),
            (f"+91-{m}", "intl_dash"),
            (f"080 {r.choice('2345')}{_d(r, 3)} {_d(r, 4)}", "landline"),
        ]
    elif loc == "de_DE":
        mob = r.choice(["151", "152", "160", "170", "171", "176", "157", "162"])
        sub = _d(r, 8 if mob[:2] == "15" else 7)
        city, cs = r.choice([("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7)])
        csub = r.choice("23456789") + _d(r, cs - 1)
        forms = [
            (f"0{mob} {sub}", "trunk"),
            (f"+49 {mob} {sub}", "intl"),
            (f"0{mob}/{sub}", "slash"),
            (f"+49 (0){city} {csub}", "intl_zero"),
            (f"0{city} {csub}", "trunk_city"),
            (f"0{mob}{sub}", "compact"),
        ]
    elif loc in ("fr_FR", "fr_CM") and loc == "fr_FR":
        n = r.choice(["6", "7", "1", "4", "2"]) + _d(r, 8)
        pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
        forms = [
            (f"0{n[0]} {pairs}", "trunk"),
            (f"+33 {n[0]} {pairs}", "intl"),
            (f"+33 (0){n[0]} {pairs}", "intl_zero"),
            (f"0{n[0]}.{pairs.replace(' ', '.')}", "dotted"),
            (f"0{n}", "compact"),
        ]
    elif loc == "pt_BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "19", "48"])
        m, fx = "9" + r.choice("6789") + _d(r, 7), r.choice("2345") + _d(r, 7)
        forms = [
            (f"({ddd}) {m[:5]}-{m[5:]}", "national"),
            (f"+55 {ddd} {m[:5]}-{m[5:]}", "intl"),
            (f"({ddd}) {fx[:4]}-{fx[4:]}", "landline"),
            (f"0{ddd} {m[:5]} {m[5:]}", "trunk"),
            (f"{ddd}{m}", "compact"),
        ]
    elif loc == "nl_NL":
        m = "6" + r.choice("1234") + _d(r, 7)
        city = r.choice(["20", "10", "70", "30", "40", "50"])
        c7 = r.choice("2345678") + _d(r, 6)
        forms = [
            (f"0{m[:1]}-{m[1:]}", "trunk_dash"),
            (f"+31 {m[:1]} {m[1:]}", "intl"),
            (f"+31 (0){city} {c7[:3]} {c7[3:]}", "intl_zero"),
            (f"0{city}-{c7}", "trunk_city"),
            (f"0{m}", "compact"),
            (f"0{m[:1]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", "pairs"),
        ]
    elif loc == "fr_CM":
        n = "6" + r.choice("5789") + _d(r, 7)
        fx = "2" + r.choice("23") + _d(r, 7)
        forms = [
            (f"+237 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", "intl"),
            (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", "national"),
            (n, "compact"),
            (f"(+237) {n}", "intl_paren"),
            (f"{fx[:3]} {fx[3:5]} {fx[5:7]} {fx[7:]}", "landline"),
        ]
    elif loc == "es_BO":
        m = r.choice("67") + _d(r, 7)
        forms = [
            (f"+591 {m}", "intl"),
            (f"{m[:3]} {m[3:]}", "spaced"),
            (m, "compact"),
            (f"{m[:4]}-{m[4:]}", "dashed"),
            (f"+591 2 2{_d(r, 6)}", "landline_intl"),
            (f"(2) 2{_d(r, 6)}", "landline"),
        ]
    elif loc == "sq_AL":
        m = r.choice(["67", "68", "69"]) + _d(r, 7)
        forms = [
            (f"+355 {m[:2]} {m[2:5]} {m[5:]}", "intl"),
            (f"0{m[:2]} {m[2:5]} {m[5:]}", "trunk"),
            (f"0{m}", "compact"),
            (f"+355 4 2{_d(r, 2)} {_d(r, 4)}", "landline_intl"),
            (f"00355 {m}", "intl_00"),
        ]
    elif loc == "ro_MD":
        m = r.choice(["69", "68", "79", "78", "76", "67", "60"]) + _d(r, 6)
        forms = [
            (f"+373 {m[:2]} {m[2:5]} {m[5:]}", "intl"),
            (f"0{m[:2]} {m[2:5]} {m[5:]}", "trunk"),
            (f"0{m}", "compact"),
            (f"0{m[:3]}-{m[3:5]}-{m[5:]}", "dashed"),
            (f"022 {r.choice('2789')}{_d(r, 2)} {_d(r, 3)}", "landline"),
        ]
    elif loc == "it_CH":
        m = r.choice(["76", "77", "78", "79"]) + _d(r, 7)
        fx = r.choice(["91"]) + r.choice("2689") + _d(r, 6)
        forms = [
            (f"+41 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", "intl"),
            (f"0{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", "trunk"),
            (f"+41 (0){fx[:2]} {fx[2:5]} {fx[5:7]} {fx[7:]}", "intl_zero"),
            (f"0{fx[:2]} {fx[2:5]} {fx[5:7]} {fx[7:]}", "trunk_city"),
            (f"0{m}", "compact"),
            (f"0{m[:2]}.{m[2:5]}.{m[5:7]}.{m[7:]}", "dotted"),
        ]
    elif loc == "es_HN":
        m = r.choice("389") + _d(r, 7)
        fx = "2" + r.choice("2345") + _d(r, 6)
        forms = [
            (f"+504 {m[:4]}-{m[4:]}", "intl"),
            (f"{m[:4]}-{m[4:]}", "national"),
            (m, "compact"),
            (f"{fx[:4]}-{fx[4:]}", "landline"),
            (f"(504) {m[:4]} {m[4:]}", "intl_paren"),
        ]
    else:
        raise KeyError(loc)
    return forms[int(k * len(forms))]


def phone_value(r, loc: str) -> tuple[str, str]:
    for _ in range(200):
        v, f = _phone_try(r, loc)
        if phone_valid(loc, v):
            return v, f
    raise AssertionError(loc)
