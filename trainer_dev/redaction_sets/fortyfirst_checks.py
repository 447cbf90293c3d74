"""Forty-first set: check digits and validators, each also used to draw values."""

from __future__ import annotations

import datetime
import ipaddress
import re

import phonenumbers

TLDS = ("com org net io fm tv media studio live events photo press audio film ca de co br pl nz "
        "hu ml sl pr us info art music fr").split()
_EMAIL = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@(?:[a-z0-9-]+\.)+([a-z]{2,})$")
_URL = re.compile(r"^(?:https://)?(?:www\.)?((?:[a-z0-9-]+\.)+([a-z]{2,}))(?:/[a-z0-9/_-]*)?$")


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in digits(s)][::-1]
    total = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return mod97(s[4:] + s[:4]) == 1


def iban_from(cc: str, bban: str) -> str:
    return f"{cc}{98 - mod97(bban + cc + '00'):02d}{bban}"


def weighted10(ds: str, weights) -> int:
    return (10 - sum(int(d) * w for d, w in zip(ds, weights, strict=False)) % 10) % 10


PL_SORT_W = (3, 9, 7, 1, 3, 9, 7)
HU_W = (9, 7, 3, 1) * 4


def national_key_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    cc = s[:2]
    if cc == "PL":
        return weighted10(s[4:11], PL_SORT_W) == int(s[11])
    if cc == "HU":
        b = s[4:]
        return weighted10(b[:7], HU_W) == int(b[7]) and weighted10(b[8:23], HU_W) == int(b[23])
    return True


IBAN_LEN = {"DE": 22, "BR": 29, "PL": 28, "HU": 28, "ML": 28}


def check_iban(v: str) -> bool:
    s = v.replace(" ", "")
    return IBAN_LEN.get(s[:2]) == len(s) and iban_ok(s) and national_key_ok(s)


# ---- national ids --------------------------------------------------------------------------
def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def itin_ok(v: str) -> bool:
    m = re.fullmatch(r"9(\d{2})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def sin_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 9 and d[0] in "1234567" and luhn_ok(d) and re.fullmatch(
        r"\d{3}([ -]?)\d{3}\1\d{3}", v) is not None


def ohip_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{4})[- ]?(\d{3})[- ]?(\d{3})(?:[- ]?[A-Z]{2})?", v)
    return bool(m) and v[0] != "0" and luhn_ok("".join(m.groups()))


def ramq_ok(v: str) -> bool:
    m = re.fullmatch(r"([A-Z]{4}) ?(\d{2})(\d{2}) ?(\d{2})(\d{2})", v)
    if not m:
        return False
    mm, dd = int(m.group(3)), int(m.group(4))
    return (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31


def steuer_id_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = [d[:10].count(c) for c in "0123456789"]
    if sorted(counts)[-1] not in (2, 3) or sorted(counts)[-2] > 1:
        return False
    return mod11_10(d[:10]) == int(d[10])


def mod11_10(ds: str) -> int:
    p = 10
    for c in ds:
        s = (int(c) + p) % 10 or 10
        p = (s * 2) % 11
    return (11 - p) % 10


def rvnr_ok(v: str) -> bool:
    s = v.replace(" ", "")
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", s)
    if not m:
        return False
    area, dd, mm, yy, letter, serial, check = m.groups()
    if not (1 <= int(dd) <= 31 and 1 <= int(mm) <= 12):
        return False
    ds = area + dd + mm + yy + f"{ord(letter) - 64:02d}" + serial
    w = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(c) * k, 10)) for c, k in zip(ds, w, strict=False))
    return total % 10 == int(check)


def cpf_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
        if (s * 10 % 11) % 10 != int(d[n]):
            return False
    return True


def cnpj_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 14:
        return False
    for n, w in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)),
                 (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):
        r = sum(int(a) * b for a, b in zip(d, w, strict=False)) % 11
        if (0 if r < 2 else 11 - r) != int(d[n]):
            return False
    return True


def pesel_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11:
        return False
    mm = int(d[2:4]) % 20
    return 1 <= mm <= 12 and weighted10(d[:10], (1, 3, 7, 9) * 3) == int(d[10])


def dowod_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    vals = [int(c, 36) for c in s]
    w = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    return sum(a * b for a, b in zip(vals, w, strict=False)) % 10 == 0


def nip_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 10:
        return False
    r = sum(int(a) * b for a, b in zip(d, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
    return r != 10 and r == int(d[9])


def cedula_co_ok(v: str) -> bool:
    d = digits(v)
    return re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,3}|\d{8}|\d{10}", v) is not None and (
        len(d) == 8 or (len(d) == 10 and d[0] == "1"))


NIT_W = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def nit_dv(body: str) -> int:
    r = sum(int(c) * w for c, w in zip(reversed(body), NIT_W, strict=False)) % 11
    return r if r < 2 else 11 - r


def nit_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})\.(\d{3})\.(\d{3})-(\d)", v)
    return bool(m) and nit_dv("".join(m.groups()[:3])) == int(m.group(4))


def ird_ok(v: str) -> bool:
    d = digits(v)
    if len(d) not in (8, 9) or not 10_000_000 <= int(d) <= 150_000_000:
        return False
    base = d[:-1].zfill(8)
    for w in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(a) * b for a, b in zip(base, w, strict=False)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == int(d[-1])
    return False


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", v):
        return False
    vals = [NHI_LETTERS.index(c) + 1 for c in v[:3]] + [int(c) for c in v[3:6]]
    r = sum(a * b for a, b in zip(vals, (7, 6, 5, 4, 3, 2), strict=False)) % 11
    if r == 0:
        return False
    return (11 - r) % 10 == int(v[6])


def adoazonosito_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 10 or d[0] != "8":
        return False
    r = sum(int(d[i]) * (i + 1) for i in range(9)) % 11
    return r != 10 and r == int(d[9])


def taj_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 9 and sum(int(d[i]) * (3 if i % 2 == 0 else 7) for i in range(8)) % 10 == int(
        d[8])


def hu_adoszam_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{8})-([1-5])-(\d{2})", v)
    return bool(m) and weighted10(m.group(1)[:7], (9, 7, 3, 1, 9, 7, 3)) == int(m.group(1)[7])


def aba_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 9 or not (1 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32):
        return False
    return sum(int(a) * b for a, b in zip(d, (3, 7, 1) * 3, strict=False)) % 10 == 0


FORMAT_ONLY = {
    "nina": r"\d{14} [A-Z]",
    "passport_ml": r"[A-Z]\d{7}",
    "nin_sl": r"[A-Z][A-Z0-9]{7}",
    "passport_sl": r"E\d{7}",
    "licencia_pr": r"\d{7}",
    "bank_co": r"\d{3}-\d{6}-\d{2}",
    "bank_nz": r"\d{2}-\d{4}-\d{7}-\d{2,3}",
    "bank_sl": r"\d{3}-\d{9}-\d{2}",
    "bank_ca": r"\d{5}-(?:001|002|003|004|006|010|815)-\d{7}",
}


def nin_sl_ok(v: str) -> bool:
    return re.fullmatch(FORMAT_ONLY["nin_sl"], v) is not None and not re.search(r"\d{4}", v)


def bank_us_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{9}) / (\d{8,12})", v)
    return bool(m) and aba_ok(m.group(1))


ID_CHECKS = {
    "ssn": ssn_ok, "itin": itin_ok, "sin": sin_ok, "ohip": ohip_ok, "ramq": ramq_ok,
    "steuer_id": steuer_id_ok, "rvnr": rvnr_ok, "cpf": cpf_ok, "pesel": pesel_ok,
    "dowod": dowod_ok, "cedula": cedula_co_ok, "ird": ird_ok, "nhi": nhi_ok,
    "adoazonosito": adoazonosito_ok, "taj": taj_ok, "nin_sl": nin_sl_ok, "bank_us": bank_us_ok,
}


def check_id(form: str, value: str) -> bool:
    base = form[:-5] if form.endswith("_bare") else form
    if base in ID_CHECKS:
        return ID_CHECKS[base](value)
    return re.fullmatch(FORMAT_ONLY[base], value) is not None


# ---- cards, phones, ips, e-mail, url -------------------------------------------------------
def check_card(form: str, v: str) -> bool:
    d = digits(v)
    if not luhn_ok(d):
        return False
    if form.startswith("amex"):
        return len(d) == 15 and d[:2] in ("34", "37")
    if form.startswith("visa"):
        return len(d) == 16 and d[0] == "4"
    return len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)


def check_phone(region: str, v: str) -> bool:
    try:
        num = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region


def check_ip(form: str, v: str) -> bool:
    host = v.rsplit(":", 1)[0] if form == "v4_port" else v
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if form == "v4_private":
        return ip.version == 4 and ip.is_private
    return ip.is_global and ip.version == (6 if form.startswith("v6") else 4)


def check_email(v: str) -> bool:
    addr = v.removeprefix("mailto:").strip("<>")
    m = _EMAIL.fullmatch(addr)
    return bool(m) and m.group(1) in TLDS


def check_url(v: str) -> bool:
    m = _URL.fullmatch(v)
    return bool(m) and m.group(2) in TLDS


POSTCODE = {
    "US": r"\d{5}(?:-\d{4})?", "PR": r"00[6-9]\d{2}(?:-\d{4})?",
    "CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",
    "DE": r"(?!00)\d{5}", "CO": r"(?:05|08|11|13|17|47|66|68|76)\d{4}",
    "BR": r"\d{5}-\d{3}", "PL": r"\d{2}-\d{3}", "NZ": r"\d{4}", "HU": r"[1-9]\d{3}",
}


def check_postcode(country: str, v: str) -> bool:
    return re.fullmatch(POSTCODE[country], v) is not None


def isbn13_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 13 and d[:3] in ("978", "979") and sum(
        int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0


def issn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{4})-(\d{3})([\dX])", v)
    if not m:
        return False
    ds = m.group(1) + m.group(2)
    r = sum(int(c) * w for c, w in zip(ds, range(8, 1, -1), strict=False)) % 11
    c = (11 - r) % 11
    return m.group(3) == ("X" if c == 10 else str(c))


def gs1_ok(d: str) -> bool:
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(d))) % 10 == 0


def ust_id_ok(v: str) -> bool:
    m = re.fullmatch(r"DE(\d{9})", v)
    return bool(m) and m.group(1)[0] != "0" and mod11_10(m.group(1)[:8]) == int(m.group(1)[8])


def days_since_1867(date: datetime.date) -> int:
    return (date - datetime.date(1867, 1, 1)).days
