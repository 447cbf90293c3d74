"""Thirty-ninth set: matching, fragments, the leak rule and every checker used on values."""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                        "ı": "i", "’": "'", "‘": "'", "\u00a0": " "})


def norm(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accent-stripped (ł to l, dotless i to i)."""
    text = unicodedata.normalize("NFKC", text).translate(_EXTRA)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                   for c in text)
    text = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_EXTRA)


_RUN = re.compile(r"\d(?:[ \-./()+]*\d)*")


def digit_runs(text: str) -> list[str]:
    """Digit runs of a normalised text, separators (space - . / ( ) +) between digits ignored."""
    return [re.sub(r"\D", "", m.group()) for m in _RUN.finditer(text)]


def windows(value: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(norm(value)):
        for k in range(len(run) - 3):
            if run[k:k + 4] not in out:
                out.append(run[k:k + 4])
    return out


def present(text: str, fragment: str) -> bool:
    """Whether one fragment occurs in an already normalised text."""
    kind, body = fragment[:2], norm(fragment[2:])
    if kind == "t:":
        return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", text) is not None
    if kind in ("p:", "s:"):
        parts = [re.escape(c) for c in body if not c.isspace()]
        pattern = r"(?<![0-9a-z])" + r"\s*".join(parts) + r"(?![0-9a-z])"
        return re.search(pattern, text) is not None
    if kind == "d:":
        return any(body in run for run in digit_runs(text))
    raise ValueError(fragment)


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    red, back = norm(redacted_text), norm(background)
    return any(present(red, f) and not present(back, f) for f in fragments)


# ---------------------------------------------------------------- check digits


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_mod(text: str) -> int:
    s = text.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_make(country: str, bban: str) -> str:
    check = 98 - iban_mod(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


IBAN_LEN = {"GB": 22, "CH": 21, "BE": 16, "IT": 27, "PL": 28, "RO": 24, "CV": 25}

_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 1
                + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                   16, 10, 22, 25, 24, 23], strict=True))


def _even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def it_control(body: str) -> str:
    """Italian control letter (codice fiscale check, IBAN CIN): odd/even tables, mod 26."""
    total = sum(_ODD[c] if k % 2 == 0 else _even(c) for k, c in enumerate(body))
    return chr(65 + total % 26)


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1) or iban_mod(s) != 1:
        return False
    if s[:2] == "BE":
        n = int(s[4:14]) % 97
        return int(s[14:16]) == (n or 97)
    if s[:2] == "IT":
        return s[4] == it_control(s[5:])
    if s[:2] == "PL":
        return pl_bank_ok(s[4:12])
    return True


def pl_bank_ok(code: str) -> bool:
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(a) * b for a, b in zip(code[:7], w, strict=True)) % 10) % 10 == int(
        code[7])


def aba_ok(number: str) -> bool:
    d = [int(c) for c in number]
    return len(d) == 9 and sum(a * b for a, b in zip(d, [3, 7, 1] * 3, strict=True)) % 10 == 0


def cbu_ok(number: str) -> bool:
    d = [int(c) for c in number if c.isdigit()]
    if len(d) != 22:
        return False
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(a * b for a, b in zip(d[:7], w1, strict=True)) % 10) % 10
    c2 = (10 - sum(a * b for a, b in zip(d[8:21], w2, strict=True)) % 10) % 10
    return c1 == d[7] and c2 == d[21]


def ssn_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return (re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None and s[0] not in "DFIQUV"
            and s[1] not in "DFIOQUV" and s[:2] not in _NINO_BAD)


def ean13_ok(number: str) -> bool:
    d = [int(c) for c in number if c.isdigit()]
    return len(d) == 13 and sum(x * (3 if k % 2 else 1) for k, x in enumerate(d)) % 10 == 0


def ahv_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return d.startswith("756") and ean13_ok(d)


def niss_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 11:
        return False
    body, check = int(d[:9]), int(d[9:])
    return check in (97 - body % 97, 97 - int("2" + d[:9]) % 97)


def cuil_ok(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) != 11:
        return False
    r = 11 - sum(a * b for a, b in zip(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return {11: 0}.get(r, r) == d[10] and r != 10


_CF_MONTH = "ABCDEHLMPRST"


def cf_ok(text: str) -> bool:
    ok = re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", text)
    day = int(text[9:11]) if ok else 0
    return bool(ok) and (1 <= day <= 31 or 41 <= day <= 71) and text[15] == it_control(
        text[:15])


def pesel_ok(text: str) -> bool:
    d = [int(c) for c in text]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(d) == 11 and (10 - sum(a * b for a, b in zip(d, w, strict=False)) % 10) % 10 == d[
        10] and 1 <= (d[2] * 10 + d[3]) % 20 <= 12


def pl_idcard_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    vals = [ord(c) - 55 for c in s[:3]] + [int(c) for c in s[4:]]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return sum(a * b for a, b in zip(vals, w, strict=True)) % 10 == int(s[3])


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 8, 7, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for k, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(k + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for k, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[k % 8][int(ch)]]
    return c == 0


def aadhaar_ok(text: str) -> bool:
    d = text.replace(" ", "").replace("-", "")
    return len(d) == 12 and d.isdigit() and d[0] in "23456789" and verhoeff_ok(d)


def pan_ok(text: str) -> bool:
    return re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", text) is not None


def cnp_ok(text: str) -> bool:
    d = [int(c) for c in text]
    if len(d) != 13 or d[0] not in (1, 2, 5, 6):
        return False
    r = sum(a * int(b) for a, b in zip(d[:12], "279146358279", strict=True)) % 11
    county = d[7] * 10 + d[8]
    return (1 if r == 10 else r) == d[12] and (1 <= county <= 46 or county in (51, 52))


def mod11_pt(body: str) -> str:
    """Check digit on the Portuguese NIF model (weights 9..2, 11 - r, 10 and 11 to 0)."""
    r = 11 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return "0" if r >= 10 else str(r)


def nif_cv_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 9 and d[0] == "1" and mod11_pt(d[:8]) == d[8]


def ci_cu_ok(text: str) -> bool:
    d = text
    if not re.fullmatch(r"\d{11}", d):
        return False
    mm, dd = int(d[2:4]), int(d[4:6])
    return 1 <= mm <= 12 and 1 <= dd <= 28 and d[6] in "0123456789"


def phone_ok(text: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(
        num) == region


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


# Delegated top-level domains used by e-mails and URLs in this set.
TLDS = ("com", "net", "org", "io", "dev", "me", "co", "uk", "ch", "be", "ar", "it", "pl",
        "in", "ro", "cv", "cu", "gy", "us", "app", "page")

_EMAIL = re.compile(r"[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?@(?:[a-z0-9-]+\.)+([a-z]{2,})")


def email_ok(text: str) -> bool:
    m = _EMAIL.fullmatch(text)
    return m is not None and m.group(1) in TLDS


def url_ok(text: str) -> bool:
    m = re.fullmatch(r"(?:https?://)?((?:[a-z0-9-]+\.)+([a-z]{2,}))(/[A-Za-z0-9/_.~@-]*)?", text)
    return m is not None and m.group(2) in TLDS


POSTCODE = {
    "en_US": r"\d{5}(?:-\d{4})?",
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "de_CH": r"[1-9]\d{3}",
    "fr_BE": r"[1-9]\d{3}",
    "es_AR": r"[A-HJ-NP-Z]\d{4}[A-Z]{3}|[1-9]\d{3}",
    "it_IT": r"\d{5}",
    "pl_PL": r"\d{2}-\d{3}",
    "en_IN": r"[1-9]\d{5}",
    "ro_RO": r"\d{6}",
    "pt_CV": r"[1-9]\d{3}",
    "es_CU": r"[1-9]\d{4}",
    "en_GY": r"",
}


def postcode_ok(text: str, locale: str) -> bool:
    return bool(POSTCODE[locale]) and re.fullmatch(POSTCODE[locale], text) is not None
