"""Check-digit arithmetic, written from the public standards (no library)."""

from __future__ import annotations

import string


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s.upper()))


def iban_check(country: str, bban: str) -> str:
    return f"{98 - _iban_num(bban + country + '00') % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return s[:2].isalpha() and _iban_num(s[4:] + s[:4]) % 97 == 1


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def weighted(digits: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def pesel_ok(p: str) -> bool:
    return len(p) == 11 and (10 - weighted(p[:10], [1, 3, 7, 9] * 3) % 10) % 10 == int(p[10])


def nip_pl_ok(n: str) -> bool:
    s = weighted(n, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
    return len(n) == 10 and s != 10 and s == int(n[9])


def pl_sort_ok(code: str) -> bool:
    return weighted(code, [3, 9, 7, 1, 3, 9, 7, 1]) % 10 == 0


def nif_pt_ok(n: str) -> bool:
    r = 11 - weighted(n, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(n) == 9 and (0 if r >= 10 else r) == int(n[8])


def pt_nib_ok(nib: str) -> bool:
    return len(nib) == 21 and int(nib) % 97 == 1


def tckn_ok(n: str) -> bool:
    if len(n) != 11 or n[0] == "0":
        return False
    d = [int(c) for c in n]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d10 == d[9] and sum(d[:10]) % 10 == d[10]


def be_nn_ok(n: str) -> bool:
    n = "".join(c for c in n if c.isdigit())
    body, chk = int(n[:9]), int(n[9:])
    return 97 - body % 97 == chk or 97 - (2000000000 + body) % 97 == chk


def ean13_ok(n: str) -> bool:
    n = "".join(c for c in n if c.isdigit())
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(n[:12]))
    return len(n) == 13 and (10 - s % 10) % 10 == int(n[12])


def se_pnr_ok(p: str) -> bool:
    d = "".join(c for c in p if c.isdigit())[-10:]
    return luhn_ok(d)


def uy_ci_ok(ci: str) -> bool:
    d = "".join(c for c in ci if c.isdigit()).rjust(8, "0")
    return (10 - weighted(d[:7], [2, 9, 8, 7, 6, 3, 4]) % 10) % 10 == int(d[7])


def pe_ruc_ok(r: str) -> bool:
    r = "".join(c for c in r if c.isdigit())
    s = 11 - weighted(r, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return len(r) == 11 and s % 10 == int(r[10])


def pe_cci_part(digits: str) -> str:
    total = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def pe_cci_ok(cci: str) -> bool:
    c = "".join(ch for ch in cci if ch.isdigit())
    return (len(c) == 20 and pe_cci_part(c[:6]) == c[18]
            and pe_cci_part(c[6:18]) == c[19])


def aba_ok(r: str) -> bool:
    return len(r) == 9 and weighted(r, [3, 7, 1] * 3) % 10 == 0


def isbn13_ok(s: str) -> bool:
    return ean13_ok(s) and s.replace("-", "").startswith(("978", "979"))


def s10_digit(serial: str) -> str:
    r = 11 - weighted(serial, [8, 6, 4, 2, 3, 5, 9, 7]) % 11
    return "5" if r == 11 else "0" if r == 10 else str(r)


def mt_id_ok(s: str) -> bool:
    return len(s) >= 2 and s[:-1].isdigit() and s[-1] in "MGAPLHBZ"


ALNUM = string.digits + string.ascii_uppercase
