"""Value generators and validators for the thirtythird set (phones, cards, IBANs, national ids)."""

from __future__ import annotations

import ipaddress
import re
import string

import phonenumbers

IBAN_LOCALES = {"en_GB", "de_AT", "fr_FR", "pt_PT", "fr_TN", "es_SV"}
REGION = {
    "en_GB": "GB", "en_AU": "AU", "de_AT": "AT", "fr_FR": "FR", "es_MX": "MX", "pt_PT": "PT",
    "es_PA": "PA", "fr_MA": "MA", "en_BW": "BW", "es_SV": "SV", "fr_TN": "TN", "en_NA": "NA",
}  # fmt: skip
IBAN_LEN = {"GB": 22, "AT": 20, "FR": 27, "PT": 25, "TN": 24, "SV": 28}
TLDS = {"uk", "au", "at", "fr", "mx", "pt", "pa", "ma", "bw", "sv", "tn", "na", "com", "net", "org"}


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def rd(r, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


# ---- generic checks ---------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        tot += x - 9 if x > 9 else x
    return bool(d) and tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card_ok(d: str, form: str) -> bool:
    if not luhn_ok(d):
        return False
    if form == "amex":
        return len(d) == 15 and d[:2] in ("34", "37")
    if form.startswith("visa"):
        return len(d) == 16 and d[0] == "4"
    return len(d) == 16 and ("51" <= d[:2] <= "55" or "2221" <= d[:4] <= "2720")


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(n) % 97:02d}{bban}"


def ean13_ok(d: str) -> bool:
    if len(d) != 13:
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - s % 10) % 10 == int(d[12])


def ip_ok(v: str) -> bool:
    host = v
    if v.count(":") == 1:  # v4:port
        host = v.split(":")[0]
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if ip.version == 6:
        return "::" in v or v.count(":") == 7
    return True


def phone_valid(loc: str, value: str) -> bool:
    try:
        n = phonenumbers.parse(value, REGION[loc])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == REGION[loc]


# ---- national check digits ------------------------------------------------------
def tfn_ok(d: str) -> bool:
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(d) == 9 and sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11 == 0


def medicare_ok(d: str) -> bool:
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    return (
        len(d) == 10
        and d[0] in "23456"
        and sum(int(c) * x for c, x in zip(d, w, strict=False)) % 10 == int(d[8])
    )


def svnr_ok(d: str) -> bool:
    if len(d) != 10 or d[0] == "0":
        return False
    w = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    c = sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11
    return c != 10 and c == int(d[3]) and 1 <= int(d[4:6]) <= 31 and 1 <= int(d[6:8]) <= 12


def nir_ok(d: str) -> bool:
    return len(d) == 15 and d[0] in "12" and 97 - int(d[:13]) % 97 == int(d[13:])


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(s17: str) -> str:
    t = sum(_CURP.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def curp_ok(v: str) -> bool:
    return (
        re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d", v) is not None
        and curp_check(v[:17]) == v[17]
    )


_RFC = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(s: str) -> str:
    s = s.rjust(12)
    t = sum(_RFC.index(c) * (13 - i) for i, c in enumerate(s))
    x = 11 - t % 11
    return "0" if x == 11 else "A" if x == 10 else str(x)


def rfc_ok(v: str) -> bool:
    return (
        re.fullmatch(r"[A-Z&]{3,4}\d{6}[A-Z0-9]{2}[0-9A]", v) is not None
        and rfc_check(v[:-1]) == v[-1]
    )


def nif_pt_ok(d: str) -> bool:
    if len(d) != 9:
        return False
    x = 11 - sum(int(c) * (9 - i) for i, c in enumerate(d[:8])) % 11
    return (0 if x >= 10 else x) == int(d[8])


def cc_pt_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"\d{9}[A-Z]{2}\d", s):
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c, 36)
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0


def dui_ok(d: str) -> bool:
    return len(d) == 9 and (
        10 - sum(int(c) * (9 - i) for i, c in enumerate(d[:8])) % 10
    ) % 10 == int(d[8])


def clabe_ok(d: str) -> bool:
    w = (3, 7, 1) * 6
    return len(d) == 18 and (
        10 - sum(int(c) * w[i] % 10 for i, c in enumerate(d[:17])) % 10
    ) % 10 == int(d[17])


def fr_rib_key(bank: str, guichet: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97:02d}"


def key97(n: str) -> str:
    return f"{97 - int(n) * 100 % 97:02d}"


def ma_rib_ok(d: str) -> bool:
    return len(d) == 24 and key97(d[:22]) == d[22:]


def abn_ok(d: str) -> bool:
    w = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    if len(d) != 11 or d[0] == "0":
        return False
    x = [int(c) for c in d]
    x[0] -= 1
    return sum(a * b for a, b in zip(x, w, strict=True)) % 89 == 0


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return (
        re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
        and s[:2] not in NINO_BAD
    )


# ---- generators -------------------------------------------------------------------
def _date6(r) -> str:
    return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99):02d}"


def gen_nino(r) -> str:
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        v = a + rd(r, 6) + r.choice("ABCD")
        if nino_ok(v):
            return v


def gen_tfn(r) -> str:
    while True:
        d = str(r.randint(1, 9)) + rd(r, 8)
        if tfn_ok(d):
            return d


def gen_medicare(r) -> str:
    while True:
        b = str(r.randint(2, 6)) + rd(r, 7)
        w = (1, 3, 7, 9, 1, 3, 7, 9)
        c = sum(int(a) * x for a, x in zip(b, w, strict=True)) % 10
        d = b + str(c) + str(r.randint(1, 5))
        if medicare_ok(d):
            return d


def gen_svnr(r) -> str:
    while True:
        s = str(r.randint(1, 9)) + rd(r, 2)
        d = s + "0" + _date6(r)
        w = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
        c = sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11
        if c < 10:
            d = s + str(c) + d[4:]
            if svnr_ok(d):
                return d


def gen_nir(r) -> str:
    dep = r.choice(["75", "69", "13", "33", "31", "44", "59", "67", "92", "93", "06", "34"])
    b = (
        r.choice("12")
        + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
        + dep
        + f"{r.randint(1, 500):03d}"
    )
    b += f"{r.randint(1, 999):03d}"
    return b + f"{97 - int(b) % 97:02d}"


_CONS = "BCDFGHJKLMNPQRSTVWXZ"
_MX_STATES = ["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN", "QT", "SL", "CH", "BC"]


def gen_curp(r) -> str:
    while True:
        a = r.choice(_CONS) + r.choice("AEIOU") + r.choice(_CONS) + r.choice(_CONS + "AEIOU")
        if a in ("PUTO", "CACA", "PEDO", "MAME", "KAKA", "CULO", "BUEY", "MOCO"):
            continue
        yy = r.randint(60, 99)
        s = a + f"{yy:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + r.choice("HM")
        s += r.choice(_MX_STATES) + "".join(r.choice(_CONS) for _ in range(3)) + "0"
        return s + curp_check(s)


def gen_rfc(r, curp: str | None = None) -> str:
    base = (curp or gen_curp(r))[:10]
    while True:
        h = r.choice(string.ascii_uppercase[:26].replace("O", "")) + r.choice(
            "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        )
        v = base + h
        c = rfc_check(v)
        if c != "A" or r.random() < 0.2:
            return v + c


def gen_nif_pt(r, first: str = "12") -> str:
    while True:
        b = r.choice(first) + rd(r, 7)
        x = 11 - sum(int(c) * (9 - i) for i, c in enumerate(b)) % 11
        return b + str(0 if x >= 10 else x)


def gen_cc_pt(r) -> str:
    b = rd(r, 8)
    x = 11 - sum(int(c) * (9 - i) for i, c in enumerate(b)) % 11
    b += str(0 if x >= 10 else x)
    lt = r.choice("ZZ ZY ZX ZW ZV".split())
    for v in string.digits:
        s = b + lt + v
        if cc_pt_ok(s):
            return f"{b[:8]} {b[8]} {lt}{v}"
    raise AssertionError(b)


def gen_dui(r) -> str:
    b = "0" + rd(r, 7)
    c = (10 - sum(int(c) * (9 - i) for i, c in enumerate(b)) % 10) % 10
    return f"{b}-{c}"


def gen_cedula_pa(r) -> str:
    kind = r.random()
    if kind < 0.7:
        return f"{r.randint(1, 9)}-{r.randint(1, 999)}-{r.randint(1, 2499)}"
    if kind < 0.85:
        return f"{r.choice(['2', '4', '8'])}-AV-{r.randint(1, 199)}-{r.randint(1, 999)}"
    return f"{r.choice(['E', 'PE', 'N'])}-{r.randint(1, 12)}-{r.randint(100, 9999)}"


def gen_cin_ma(r) -> str:
    p = r.choice(["BE", "BK", "BJ", "AB", "EE", "JA", "K", "L", "CD", "H", "G", "X"])
    return p + str(r.randint(10000, 999999 if len(p) == 2 else 99999))


def gen_omang(r) -> str:
    return rd(r, 4) + r.choice("12") + rd(r, 4)


def gen_cin_tn(r) -> str:
    return r.choice("01") + rd(r, 7)


def gen_na_id(r) -> str:
    return _date6(r)[4:] + _date6(r)[2:4] + f"{r.randint(1, 28):02d}" + rd(r, 5)


def gen_clabe(r) -> str:
    b = r.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + r.choice(
        ["180", "320", "580", "650"]
    )
    b += rd(r, 11)
    w = (3, 7, 1) * 6
    return b + str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(b)) % 10) % 10)


def gen_ma_rib(r) -> str:
    b = r.choice(["007", "011", "013", "021", "022", "145", "230", "190"]) + r.choice(
        ["780", "810", "640", "450"]
    )
    b += rd(r, 16)
    return b + key97(b)


# ---- bank values ------------------------------------------------------------------
def gen_iban(r, loc: str) -> str:
    cc = REGION[loc]
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + rd(r, 14)
    elif cc == "AT":
        bban = r.choice(["20111", "12000", "32000", "14000", "60000", "38000"]) + rd(r, 11)
    elif cc == "FR":
        bk, g, a = r.choice(["30004", "30003", "20041", "10278", "30002"]), rd(r, 5), rd(r, 11)
        bban = bk + g + a + fr_rib_key(bk, g, a)
    elif cc == "PT":
        b = r.choice(["0033", "0035", "0007", "0010", "0036", "0018"]) + rd(r, 4) + rd(r, 11)
        bban = b + f"{98 - int(b) * 100 % 97:02d}"
    elif cc == "TN":
        b = r.choice(["10", "08", "07", "03", "14", "25"]) + rd(r, 3) + rd(r, 13)
        bban = b + key97(b)
    else:  # SV
        bban = r.choice(["CENR", "BAGR", "CUSC", "BDAV", "BIPS"]) + rd(r, 20)
    v = iban_make(cc, bban)
    assert iban_ok(v), v
    return v
