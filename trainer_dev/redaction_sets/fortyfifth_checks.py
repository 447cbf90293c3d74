"""Check digits and format checks for the forty-fifth set (every value is re-checked here)."""

from __future__ import annotations

import datetime
import ipaddress
import re

import phonenumbers


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in digits(s)]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return len(ds) > 1 and total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise ValueError(body)


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    lengths = {"GB": 22, "AT": 20, "PT": 25, "DK": 18, "HU": 28, "LU": 20, "MG": 27}
    if lengths.get(s[:2]) != len(s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1 and national_ok(s)


def iban_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}"


def pt_nib_key(body: str) -> str:
    return f"{98 - int(body + '00') % 97:02d}"


def hu_block_key(block: str) -> str:
    w = [9, 7, 3, 1]
    total = sum(int(c) * w[i % 4] for i, c in enumerate(block))
    return str((10 - total % 10) % 10)


def mg_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def national_ok(iban: str) -> bool:
    """The national keys inside the BBAN: PT NIB, HU giro blocks, MG RIB key."""
    cc, b = iban[:2], iban[4:]
    if cc == "PT":
        return pt_nib_key(b[:19]) == b[19:]
    if cc == "HU":
        return hu_block_key(b[:7]) == b[7] and hu_block_key(b[8:23]) == b[23]
    if cc == "MG":
        return mg_rib_key(b[:5], b[5:10], b[10:21]) == b[21:]
    return True


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s)
    return bool(m) and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nhs_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10:
        return False
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def ird_ok(s: str) -> bool:
    d = digits(s)
    if not 10_000_000 < int(d or 0) < 150_000_000:
        return False
    d = d.zfill(9)
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * x for c, x in zip(d[:8], w, strict=False)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return check == int(d[8])
    return False


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", s):
        return False
    vals = [NHI_LETTERS.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:6]]
    r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=False)) % 11
    return r != 0 and (11 - r) % 10 == int(s[6])


def date_ok(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def za_id_ok(s: str) -> bool:
    d = digits(s)
    return (len(d) == 13 and luhn_ok(d) and d[10] in "01"
            and date_ok(1900 + int(d[:2]), int(d[2:4]), int(d[4:6])))


def svnr_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10 or d[0] == "0":
        return False
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    check = sum(int(c) * x for c, x in zip(d, w, strict=False)) % 11
    return check != 10 and check == int(d[3]) and date_ok(1900 + int(d[8:]), int(d[6:8]),
                                                         int(d[4:6]))


def sin_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def ramq_ok(s: str) -> bool:
    s = s.replace(" ", "")
    m = re.fullmatch(r"[A-Z]{4}(\d\d)(\d\d)(\d\d)\d\d", s)
    if not m:
        return False
    month = int(m.group(2)) % 50
    return date_ok(1900 + int(m.group(1)), month, int(m.group(3)))


def cuil_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 11 or d[:2] not in {"20", "23", "24", "27", "30", "33", "34"}:
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    check = 11 - sum(int(c) * x for c, x in zip(d, w, strict=False)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[10])


def dni_ar_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{2}\.\d{3}\.\d{3}|\d{8}", s)) and 10_000_000 < int(digits(s))


def nif_pt_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 9:
        return False
    check = 11 - sum(int(c) * (9 - i) for i, c in enumerate(d[:8])) % 11
    return (0 if check >= 10 else check) == int(d[8])


def niss_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 11 or d[0] not in "12":
        return False
    w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
    return 9 - sum(int(c) * x for c, x in zip(d, w, strict=False)) % 10 == int(d[10])


def cpr_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10:
        return False
    century = 1900 if int(d[4:6]) > 30 else 2000
    return date_ok(century + int(d[4:6]), int(d[2:4]), int(d[:2]))


def adoazon_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10 or d[0] != "8":
        return False
    check = sum(int(c) * (i + 1) for i, c in enumerate(d[:9])) % 11
    return check != 10 and check == int(d[9])


def taj_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 9:
        return False
    total = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(d[:8]))
    return total % 10 == int(d[8])


def mg_cin_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 12 and d[0] in "123456" and d[5] in "12"


def pg_nid_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", digits(s))) and digits(s)[0] != "0"


def pg_tin_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{3}-\d{3}-\d{3}|\d{9}", s))


VER_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VER_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VER_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VER_D[c][VER_P[(i + 1) % 8][int(ch)]]
    return str(VER_INV[c])


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VER_D[c][VER_P[i % 8][int(ch)]]
    return c == 0


def lu_matricule_ok(s: str) -> bool:
    d = digits(s)
    return (len(d) == 13 and date_ok(int(d[:4]), int(d[4:6]), int(d[6:8]))
            and luhn_ok(d[:12]) and verhoeff_ok(d[:11] + d[12]))


# ---- look-alike checks ------------------------------------------------------------------

def gtin_digit(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gtin_ok(s: str) -> bool:
    d = digits(s)
    return len(d) in (8, 13, 14) and gtin_digit(d[:-1]) == d[-1]


def isbn13_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 13 and d[:3] in ("978", "979") and gtin_ok(d)


def cvr_ok(s: str) -> bool:
    d = digits(s)
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    total = sum(int(c) * x for c, x in zip(d, w, strict=False))
    return len(d) == 8 and d[0] != "0" and total % 11 == 0


def hu_adoszam_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{8})-([1-5])-(\d\d)", s)
    if not m:
        return False
    w = [9, 7, 3, 1, 9, 7, 3]
    total = sum(int(c) * x for c, x in zip(m.group(1), w, strict=False))
    return (10 - total % 10) % 10 == int(m.group(1)[7])


def at_uid_ok(s: str) -> bool:
    m = re.fullmatch(r"ATU(\d{8})", s.replace(" ", ""))
    if not m:
        return False
    d = m.group(1)
    total = 0
    for i, c in enumerate(d[:7]):
        v = int(c)
        if i % 2:
            v *= 2
            v = v // 10 + v % 10
        total += v
    return (10 - (total + 4) % 10) % 10 == int(d[7])


def gb_vat_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:7], range(8, 1, -1), strict=False)) + int(d[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


def lu_tva_ok(s: str) -> bool:
    m = re.fullmatch(r"LU(\d{6})(\d\d)", s.replace(" ", ""))
    return bool(m) and int(m.group(1)) % 89 == int(m.group(2))


def za_vat_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 10 and d[0] == "4" and luhn_ok(d)


def ca_bn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{9}) ?RT ?\d{4}", s)
    return bool(m) and luhn_ok(m.group(1))


# ---- contact checks -----------------------------------------------------------------------

TLDS = {"uk", "nz", "za", "at", "ca", "ar", "pt", "dk", "hu", "mg", "pg", "lu", "com", "net",
        "org", "eu", "io", "info"}
EMAIL_RE = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@([a-z0-9-]+\.)+([a-z]{2,})")
HOST_RE = re.compile(r"([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})")


def email_ok(s: str) -> bool:
    m = EMAIL_RE.fullmatch(s)
    return bool(m) and m.group(2) in TLDS and ".." not in s


def host_ok(host: str) -> bool:
    m = HOST_RE.fullmatch(host)
    return bool(m) and m.group(2) in TLDS


def phone_ok(s: str, region: str) -> bool:
    try:
        n = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region


def ip_ok(s: str, form: str) -> bool:
    if form == "v4_port":
        s, port = s.rsplit(":", 1)
        if not 0 < int(port) < 65536:
            return False
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if form == "v4_private":
        return ip.version == 4 and ip.is_private
    if form == "v4_port":
        return ip.version == 4
    return ip.is_global and ip.version == (6 if form.startswith("v6") else 4)


POSTCODE_RE = {
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "en_NZ": r"\d{4}", "en_ZA": r"\d{4}", "de_AT": r"[1-9]\d{3}",
    "fr_CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",
    "es_AR": r"[A-HJ-NP-Z]\d{4}[A-Z]{3}", "pt_PT": r"[1-9]\d{3}-\d{3}",
    "da_DK": r"[1-9]\d{3}", "hu_HU": r"[1-9]\d{3}", "fr_MG": r"[1-7]\d\d",
    "en_PG": r"[1-6]\d\d", "de_LU": r"L-\d{4}",
}


def postcode_ok(locale: str, s: str) -> bool:
    return bool(re.fullmatch(POSTCODE_RE[locale], s))
