"""Check-digit algorithms for the twentyfirst set (written from the published rules)."""

from __future__ import annotations

import re

CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in digits(number)][::-1]
    total = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(ds) > 1 and total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban.upper() + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def isbn13_ok(isbn: str) -> bool:
    ds = [int(c) for c in digits(isbn)]
    if len(ds) != 13:
        return False
    return sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds)) % 10 == 0


def isbn13_check(first12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - s % 10) % 10)


def steuer_id_check(first10: str) -> str:
    product = 10
    for c in first10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return steuer_id_check(d[:10]) == d[10]


def nir_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def curp_check(first17: str) -> str:
    s = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(first17))
    return str((10 - s % 10) % 10)


def curp_ok(v: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", v))
        and curp_check(v[:17]) == v[17]
    )


def clabe_check(first17: str) -> str:
    w = [3, 7, 1]
    s = sum(int(c) * w[i % 3] % 10 for i, c in enumerate(first17))
    return str((10 - s % 10) % 10)


def clabe_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 18 and clabe_check(d[:17]) == d[17]


def rut_dv(body: str) -> str:
    s, m = 0, 2
    for c in reversed(body):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return {11: "0", 10: "K"}.get(r, str(r))


def rut_ok(v: str) -> bool:
    m = re.fullmatch(r"([\d.]+)-([\dkK])", v.strip())
    return bool(m) and rut_dv(digits(m.group(1))) == m.group(2).upper()


def ci_uy_dv(body7: str) -> str:
    s = sum(int(c) * w for c, w in zip(body7.zfill(7), [2, 9, 8, 7, 6, 3, 4], strict=False))
    return str((10 - s % 10) % 10)


def ci_uy_ok(v: str) -> bool:
    d = digits(v)
    return 7 <= len(d) <= 8 and ci_uy_dv(d[:-1]) == d[-1]


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
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
)


def cf_check(first15: str) -> str:
    s = 0
    for i, c in enumerate(first15):
        if i % 2 == 0:
            s += _CF_ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + s % 26)


def cf_ok(v: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]", v))
        and cf_check(v[:15]) == v[15]
    )


def emso_check(first12: str) -> int | None:
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = sum(int(c) * x for c, x in zip(first12, w, strict=False)) % 11
    k = 0 if m == 0 else 11 - m
    return None if k == 10 else k


def emso_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 13 and emso_check(d[:12]) == int(d[12])


def davcna_check(first7: str) -> int | None:
    s = sum(int(c) * w for c, w in zip(first7, [8, 7, 6, 5, 4, 3, 2], strict=False))
    k = 11 - s % 11
    if k == 11:
        return None
    return 0 if k == 10 else k


def davcna_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 8 and d[0] != "0" and davcna_check(d[:7]) == int(d[7])


def rrn_check(first9: str, after2000: bool) -> str:
    base = int(("2" if after2000 else "") + first9)
    return f"{97 - base % 97:02d}"


def rrn_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11:
        return False
    return d[9:] in (rrn_check(d[:9], False), rrn_check(d[:9], True))


def ean13_check(first12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return str((10 - s % 10) % 10)


def ahv_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 13 and d.startswith("756") and ean13_check(d[:12]) == d[12]


def nhs_check(first9: str) -> int | None:
    s = sum(int(c) * w for c, w in zip(first9, range(10, 1, -1), strict=False))
    k = 11 - s % 11
    if k == 11:
        return 0
    return None if k == 10 else k


def nhs_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])


_NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in _NI_BAD_PREFIX


def ssn_ok(v: str) -> bool:
    d = digits(v)
    return (
        len(d) == 9
        and d[:3] not in ("000", "666")
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def si_bban_check(first13: str) -> str:
    return f"{98 - int(first13) * 100 % 97:02d}"


def be_account_check(first10: str) -> str:
    r = int(first10) % 97
    return f"{r or 97:02d}"
