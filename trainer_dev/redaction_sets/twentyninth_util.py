"""Helpers for the twenty-ninth set: text normalisation, fragment matching
and check-digit arithmetic (Luhn, IBAN mod 97, national id checks)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = "\t\n\r\x0b\x0c\x85\u2028\u2029"


def normalise(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except (TypeError, ValueError):
                pass
        cat = unicodedata.category(ch)
        if ch in _SPACES or cat == "Zs":
            out.append(" ")
        elif cat == "Pd" or ch == "\u2212":
            out.append("-")
        else:
            out.append(ch)
    return "".join(out)


def frag_matches(frag: str, text: str) -> bool:
    """text must already be normalised."""
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", text, re.I) is not None
    if kind == "s:":
        return body.lower() in text.lower()
    if kind == "p:":
        return re.search(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", text, re.I) is not None
    if kind == "d:":
        return re.search(r"[^\w]*".join(body), text) is not None
    raise ValueError(frag)


def digit_windows(value: str) -> list[str]:
    """Every run of four digits in value separated only by non-word chars."""
    out: list[str] = []
    digits: list[str] = []
    for ch in value:
        if ch.isdigit():
            digits.append(ch)
            if len(digits) >= 4:
                w = "".join(digits[-4:])
                if "d:" + w not in out:
                    out.append("d:" + w)
        elif ch.isalpha() or ch == "_":
            digits = []
    return out


def fold(text: str) -> str:
    text = text.replace("đ", "dj").replace("Đ", "Dj").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---- check digits -------------------------------------------------------
def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(payload: str) -> str:
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc: str, bban: str) -> str:
    kk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{kk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def mod97_key(n: str) -> str:
    """French RIB / NIR style: 97 - n mod 97."""
    return f"{97 - int(n) % 97:02d}"


def fr_rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def es_dc(bank: str, branch: str, acct: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds: str) -> str:
        r = 11 - sum(int(d) * x for d, x in zip(ds, w, strict=False)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return one("00" + bank + branch) + one(acct)


def rs_key(n: str) -> str:
    return f"{98 - (int(n) * 100) % 97:02d}"


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


def _cf_val(c: str, odd: bool) -> int:
    idx = int(c) if c.isdigit() else ord(c) - 65
    return _CF_ODD[idx] if odd else idx


def it_check_char(s: str) -> str:
    """Codice fiscale control character (also the CIN of Italian BBANs)."""
    return chr(65 + sum(_cf_val(c, i % 2 == 0) for i, c in enumerate(s.upper())) % 26)


def de_taxid_ok(s: str) -> bool:
    return len(s) == 11 and s[10] == de_taxid_digit(s[:10])


def de_taxid_digit(s: str) -> str:
    product = 10
    for c in s:
        total = (int(c) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check % 10)


def es_dni_letter(n: int) -> str:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def jmbg_digit(s: str) -> str | None:
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * b for a, b in zip(s, w, strict=False)) % 11
    if m == 10:
        return None
    return "0" if m == 11 else str(m)


def nhs_digit(s: str) -> str | None:
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(s)) % 11
    if r == 10:
        return None
    return "0" if r == 11 else str(r)


def aba_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return (
        len(d) == 9
        and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def isbn13_digit(s: str) -> str:
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10) % 10)


def isbn13_ok(s: str) -> bool:
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 13 and isbn13_digit(ds[:12]) == ds[12]
