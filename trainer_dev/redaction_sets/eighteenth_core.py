"""Core helpers for the eighteenth set: normalisation, leak matching, check digits."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def normalise(text: str) -> str:
    out = []
    for ch in text:
        if ch.isspace():
            out.append(" ")
        elif ch in _DASHES:
            out.append("-")
        elif ch.isdecimal() and not ("0" <= ch <= "9"):
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append(ch)
    return "".join(out)


def fold(text: str) -> str:
    """Drop accents the way people do when typing fast."""
    repl = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A", "ß": "ss"}
    text = "".join(repl.get(c, c) for c in text)
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.I)
    if kind == "d:":
        return re.compile(r"\W*".join(re.escape(d) for d in body))
    raise ValueError(frag)


def matches(frag: str, text: str) -> bool:
    return _pattern(frag).search(normalise(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    return any(matches(f, redacted_text) and not matches(f, background) for f in fragments)


def digit_windows(value: str) -> list[str]:
    """d: fragments for every 4-digit window inside runs of digits joined by non-word chars."""
    out: list[str] = []
    for seg in re.split(r"[^\W\d_]+", normalise(value)):
        ds = "".join(c for c in seg if c.isdigit())
        for i in range(len(ds) - 3):
            f = "d:" + ds[i : i + 4]
            if f not in out:
                out.append(f)
    return out


# ---------------------------------------------------------------- check digits
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s.upper()))
    return f"{country}{98 - n % 97:02d}{bban}"


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
    for i, d in enumerate(reversed([int(x) for x in num if x.isdigit()])):
        c = _VD[c][_VP[i % 8][d]]
    return c == 0


def verhoeff_complete(prefix: str) -> str:
    c = 0
    for i, d in enumerate(reversed([int(x) for x in prefix])):
        c = _VD[c][_VP[(i + 1) % 8][d]]
    return prefix + str(_VINV[c])


def weighted_mod11(digits: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11


def cpf_ok(cpf: str) -> bool:
    d = re.sub(r"\D", "", cpf)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
        if int(d[n]) != (s * 10 % 11) % 10:
            return False
    return True


def fnr_ok(fnr: str) -> bool:
    d = re.sub(r"\D", "", fnr)
    if len(d) != 11:
        return False
    k1 = 11 - weighted_mod11(d[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - weighted_mod11(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    k2 = 0 if k2 == 11 else k2
    return k1 < 10 and k2 < 10 and int(d[9]) == k1 and int(d[10]) == k2


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(v: str) -> bool:
    v = v.replace("-", "").replace(" ", "").upper()
    num = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return num.isdigit() and DNI_LETTERS[int(num) % 23] == v[-1]


_CF_ODD = [
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
]


def cf_check(first15: str) -> str:
    total = 0
    for i, c in enumerate(first15.upper()):
        idx = int(c) if c.isdigit() else ord(c) - 65
        total += _CF_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26)


def cuil_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    r = 11 - weighted_mod11(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    r = 0 if r == 11 else r
    return r < 10 and r == int(d[10])


def cbu_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 22:
        return False
    w1 = [7, 1, 3, 9, 7, 1, 3]
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(a) * b for a, b in zip(d[:7], w1, strict=False)) % 10) % 10
    c2 = (10 - sum(int(a) * b for a, b in zip(d[8:21], w2, strict=False)) % 10) % 10
    return c1 == int(d[7]) and c2 == int(d[21])


def nuban_check(bank: str, serial: str) -> str:
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(a) * b for a, b in zip(bank + serial, w, strict=False))
    return str((10 - s % 10) % 10)


def nit_check(base: str) -> str:
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(d) * w[i] for i, d in enumerate(reversed(base)))
    r = s % 11
    return str(r if r < 2 else 11 - r)


def aba_ok(v: str) -> bool:
    d = [int(c) for c in v]
    return (
        len(d) == 9
        and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def isbn13_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


def isbn13_complete(p12: str) -> str:
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(p12))
    return p12 + str((10 - s % 10) % 10)


def no_kontonr_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    r = 11 - weighted_mod11(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    r = 0 if r == 11 else r
    return r < 10 and r == int(d[10])
