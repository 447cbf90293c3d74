"""Check digits, normalisation and fragment matching for the twentyfourth set."""

from __future__ import annotations

import re
import unicodedata

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def norm(text: str) -> str:
    """Digits -> ASCII, every space/line break -> ' ', every hyphen/dash -> '-'."""
    out = []
    for ch in text:
        if ch in _DASHES:
            out.append("-")
        elif ch.isspace() or unicodedata.category(ch) in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.digit(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _alnum_bounded(s: str) -> str:
    return r"(?<![^\W_])" + re.escape(s) + r"(?![^\W_])"


def fragment_regex(frag: str) -> re.Pattern[str]:
    kind, body = frag[:2], norm(frag[2:])
    if kind in ("t:", "p:"):
        return re.compile(_alnum_bounded(body), re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind == "d:":
        return re.compile(r"\W*".join(body), re.I)
    raise ValueError(frag)


def frag_in(frag: str, text: str) -> bool:
    return fragment_regex(frag).search(norm(text)) is not None


def digit_windows(value: str) -> list[str]:
    """'d:' windows for every four digits in a row (letters break a run)."""
    out: list[str] = []
    for chunk in re.split(r"[^\W\d_]+", norm(value)):
        digits = re.sub(r"\D", "", chunk)
        for i in range(len(digits) - 3):
            w = "d:" + digits[i : i + 4]
            if w not in out:
                out.append(w)
    return out


# ---------------------------------------------------------------- check digits
def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - num % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def isbn13_ok(isbn: str) -> bool:
    ds = [int(c) for c in isbn if c.isdigit()]
    return len(ds) == 13 and sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds)) % 10 == 0


def isbn13_digit(p12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(p12))
    return str((10 - s % 10) % 10)


def bsn_ok(n: str) -> bool:
    ds = [int(c) for c in n if c.isdigit()]
    if len(ds) != 9:
        return False
    return (sum(d * w for d, w in zip(ds[:8], range(9, 1, -1), strict=True)) - ds[8]) % 11 == 0


def cpf_digits(nine: str) -> str:
    ds = [int(c) for c in nine]
    for _ in range(2):
        s = sum(d * w for d, w in zip(ds, range(len(ds) + 1, 1, -1), strict=True))
        r = (s * 10) % 11
        ds.append(0 if r == 10 else r)
    return "".join(map(str, ds))


def pesel_ok(n: str) -> bool:
    ds = [int(c) for c in n]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (
        len(ds) == 11 and (10 - sum(a * b for a, b in zip(ds, w, strict=False)) % 10) % 10 == ds[10]
    )


def nip_ok(n: str) -> bool:
    ds = [int(c) for c in n if c.isdigit()]
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    return len(ds) == 10 and sum(a * b for a, b in zip(ds, w, strict=False)) % 11 == ds[9]


def at_svnr_ok(n: str) -> bool:
    ds = [int(c) for c in n if c.isdigit()]
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(ds) == 10 and sum(a * b for a, b in zip(ds, w, strict=False)) % 11 == ds[3]


def emso_ok(n: str) -> bool:
    ds = [int(c) for c in n]
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = sum(a * b for a, b in zip(ds, w, strict=False)) % 11
    k = 0 if m == 0 else 11 - m
    return len(ds) == 13 and k < 10 and k == ds[12]


def si_tax_ok(n: str) -> bool:
    ds = [int(c) for c in n]
    s = sum(d * w for d, w in zip(ds[:7], range(8, 1, -1), strict=True))
    k = 11 - s % 11
    k = 0 if k == 10 else k
    return len(ds) == 8 and k < 10 and k == ds[7]


def ruc_pe_ok(n: str) -> bool:
    ds = [int(c) for c in n]
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(a * b for a, b in zip(ds, w, strict=False)) % 11
    return len(ds) == 11 and (k % 10) == ds[10]


def cedula_ec_ok(n: str) -> bool:
    ds = [int(c) for c in n]
    if len(ds) != 10 or not (1 <= ds[0] * 10 + ds[1] <= 24) or ds[2] > 5:
        return False
    s = 0
    for i, d in enumerate(ds[:9]):
        p = d * (2 if i % 2 == 0 else 1)
        s += p - 9 if p > 9 else p
    return (10 - s % 10) % 10 == ds[9]


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
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[1][_VP[_i - 1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(n: str) -> bool:
    c = 0
    for i, d in enumerate(reversed([int(x) for x in n])):
        c = _VD[c][_VP[i % 8][d]]
    return c == 0


def verhoeff_digit(n: str) -> str:
    c = 0
    for i, d in enumerate(reversed([int(x) for x in n])):
        c = _VD[c][_VP[(i + 1) % 8][d]]
    return str(_VINV[c])


def lu_matricule_ok(n: str) -> bool:
    ds = re.sub(r"\D", "", n)
    return len(ds) == 13 and luhn_digit(ds[:11]) == ds[11] and verhoeff_ok(ds[:11] + ds[12])


def aba_ok(n: str) -> bool:
    ds = [int(c) for c in n]
    w = [3, 7, 1] * 3
    return len(ds) == 9 and sum(a * b for a, b in zip(ds, w, strict=False)) % 10 == 0


def pl_bank_ok(sort8: str) -> bool:
    ds = [int(c) for c in sort8]
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(a * b for a, b in zip(ds, w, strict=False)) % 10) % 10 == ds[7]
