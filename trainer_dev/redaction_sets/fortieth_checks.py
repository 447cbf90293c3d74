"""Check-digit makers and checkers for the fortieth set (written for this set, from the standards).

Every maker here has a checker beside it; the self-test re-runs the checker on every value.
"""

from __future__ import annotations

import ipaddress
import re

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# --- Luhn -------------------------------------------------------------------------------------
def luhn_sum(ds: str) -> int:
    total = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_ok(s: str) -> bool:
    ds = digits(s)
    return len(ds) > 1 and luhn_sum(ds) % 10 == 0


def luhn_digit(body: str) -> str:
    return str((10 - luhn_sum(body + "0") % 10) % 10)


# --- IBAN and national keys -------------------------------------------------------------------
def _num(s: str) -> int:
    return int("".join(str(ALNUM.index(c)) for c in s.upper()))


def iban_make(cc: str, bban: str) -> str:
    check = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


IBAN_LEN = {"GB": 22, "AT": 20, "FR": 27, "BE": 16, "IT": 27, "PT": 25, "SE": 24}


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if IBAN_LEN.get(s[:2]) != len(s) or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if _num(s[4:] + s[:4]) % 97 != 1:
        return False
    cc, bban = s[:2], s[4:]
    if cc == "FR":
        return rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
    if cc == "BE":
        return be_key(bban[:10]) == bban[10:]
    if cc == "IT":
        return cin(bban[1:]) == bban[0]
    if cc == "PT":
        return nib_key(bban[:19]) == bban[19:]
    return True


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def rib_ok(rib: str) -> bool:
    s = digits(rib)
    return len(s) == 23 and rib_key(s[:5], s[5:10], s[10:21]) == s[21:]


def be_key(first10: str) -> str:
    k = int(first10) % 97
    return f"{k or 97:02d}"


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
        24, 23]


def _odd_even(s: str) -> str:
    total = 0
    for i, c in enumerate(s.upper()):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def cin(abi_cab_conto: str) -> str:
    return _odd_even(abi_cab_conto)


def nib_key(first19: str) -> str:
    return f"{98 - int(first19) * 100 % 97:02d}"


# --- national ids -----------------------------------------------------------------------------
def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    t = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", t):
        return False
    a, b = t[0], t[1]
    return a not in "DFIQUV" and b not in "DFIOQUV" and t[:2] not in NINO_BAD


def nhs_check(body9: str) -> int:
    return 11 - sum(int(c) * (10 - i) for i, c in enumerate(body9)) % 11


def nhs_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10:
        return False
    c = nhs_check(d[:9])
    return c != 10 and (c % 11) == int(d[9])


AT_W = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]


def at_sv_check(ten: str) -> int:
    return sum(int(c) * w for c, w in zip(ten, AT_W, strict=True)) % 11


def at_sv_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 10 and d[0] != "0" and at_sv_check(d) == int(d[3]) and at_sv_check(d) < 10


def nir_key(thirteen: str) -> str:
    return f"{97 - int(thirteen) % 97:02d}"


def nir_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 15 and d[0] in "12" and nir_key(d[:13]) == d[13:]


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(body17: str) -> str:
    total = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(body17))
    return str((10 - total % 10) % 10)


def curp_ok(s: str) -> bool:
    ok = re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", s)
    return bool(ok) and curp_digit(s[:17]) == s[17]


def be_nn_key(nine: str, born_2000: bool) -> str:
    n = int(("2" if born_2000 else "") + nine)
    return f"{97 - n % 97:02d}"


def be_nn_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 11:
        return False
    return d[9:] in (be_nn_key(d[:9], False), be_nn_key(d[:9], True))


def cf_ok(s: str) -> bool:
    ok = re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)
    return bool(ok) and _odd_even(s[:15]) == s[15]


def cf_check(body15: str) -> str:
    return _odd_even(body15)


def pt_nif_check(body8: str) -> str:
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body8)) % 11
    return "0" if r >= 10 else str(r)


def pt_nif_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 9 and pt_nif_check(d[:8]) == d[8]


NISS_W = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]


def pt_niss_check(body10: str) -> str:
    return str(9 - sum(int(c) * w for c, w in zip(body10, NISS_W, strict=True)) % 10)


def pt_niss_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and d[0] in "12" and pt_niss_check(d[:10]) == d[10]


def se_pnr_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})", s)
    if not m:
        return False
    ten = "".join(m.groups()[1:])
    day = int(ten[4:6])
    return 1 <= int(ten[2:4]) <= 12 and (1 <= day <= 31 or 61 <= day <= 91) and luhn_ok(ten)


def ec_ci_digit(nine: str) -> str:
    total = 0
    for i, c in enumerate(nine):
        p = int(c) * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    return str((10 - total % 10) % 10)


def ec_ci_ok(s: str) -> bool:
    d = digits(s)
    return (len(d) == 10 and 1 <= int(d[:2]) <= 24 and int(d[2]) < 6
            and ec_ci_digit(d[:9]) == d[9])


def aba_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(d, w, strict=True)) % 10 == 0


def clabe_digit(body17: str) -> str:
    w = [3, 7, 1] * 6
    total = sum(int(c) * x % 10 for c, x in zip(body17, w, strict=False))
    return str((10 - total % 10) % 10)


def clabe_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 18 and clabe_digit(d[:17]) == d[17]


# --- look-alike checks ------------------------------------------------------------------------
def isbn13_digit(body12: str) -> str:
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - total % 10) % 10)


def isbn13_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 13 and d[:3] in ("978", "979") and isbn13_digit(d[:12]) == d[12]


def kbo_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 10 and d[0] in "01" and f"{97 - int(d[:8]) % 97:02d}" == d[8:]


def piva_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and luhn_ok(d)


def ec_ruc_company_digit(nine: str) -> str | None:
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * x for c, x in zip(nine, w, strict=True)) % 11
    if r == 10:
        return None
    return "0" if r == 11 else str(r)


def ec_ruc_ok(s: str) -> bool:
    d = digits(s)
    return (len(d) == 13 and d[2] == "9" and d.endswith("001")
            and ec_ruc_company_digit(d[:9]) == d[9])


def ipv_ok(s: str) -> bool:
    host = s.rsplit(":", 1)[0] if s.count(":") == 1 else s
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
