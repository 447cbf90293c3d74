"""Forty-third set: matching (normalise, fragments, leaked) and every check-digit rule.

Each national rule is written here from its published definition and re-run by the self-test.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

# ----------------------------------------------------------------------------- matching


def normalise(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped, dotless i to i."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            try:
                ch = str(unicodedata.digit(ch))
            except (TypeError, ValueError):
                pass
        out.append(ch)
    text = "".join(out).replace("ı", "i").casefold()
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


_SEP = re.compile(r"(?<=\d)[ \-./()+]+(?=\d)")


def collapse(text: str) -> str:
    """Separators (space - . / ( ) +) between two digits removed (on normalised text)."""
    return _SEP.sub("", text)


def _whole(body: str) -> re.Pattern:
    chars = [c for c in body if c != " "]
    inner = " ?".join(re.escape(c) for c in chars)
    return re.compile(r"(?<![0-9a-z])" + inner + r"(?![0-9a-z])")


def frag_matches(text: str, fragment: str, _norm: str | None = None) -> bool:
    """Does one fragment (t: p: d: s:) occur in text? Both sides normalised."""
    norm = _norm if _norm is not None else normalise(text)
    kind, body = fragment[:2], normalise(fragment[2:])
    if kind == "t:":
        return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", norm) is not None
    if kind in ("p:", "s:"):
        return _whole(body).search(norm) is not None
    if kind == "d:":
        return body in collapse(norm)
    raise ValueError(fragment)


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    red, back = normalise(redacted_text), normalise(background)
    return any(frag_matches("", f, red) and not frag_matches("", f, back) for f in fragments)


def digit_windows(value: str) -> list[str]:
    """d: fragments: every 4-digit window of each digit run (separators ignored)."""
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for k in range(len(run) - 3):
            w = "d:" + run[k:k + 4]
            if w not in out:
                out.append(w)
    return out


# ----------------------------------------------------------------------------- check digits


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    """French/UEMOA/CEMAC RIB key: letters to digits (A-I 1-9, J-R 1-9, S-Z 2-9)."""
    def conv(s: str) -> int:
        out = ""
        for c in s:
            if c.isdigit():
                out += c
            else:
                o = ord(c) - ord("A")
                out += str(o % 9 + 1) if c < "S" else str((o - 18) % 8 + 2)
        return int(out)
    return f"{97 - (89 * conv(bank) + 15 * conv(branch) + 3 * conv(account)) % 97:02d}"


def be_account_key(ten: str) -> str:
    r = int(ten) % 97
    return f"{r or 97:02d}"


def pl_branch_digit(seven: str) -> str:
    s = sum(int(d) * w for d, w in zip(seven, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return str((10 - s % 10) % 10)


def cz_account_ok(digits: str) -> bool:
    w = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
    d = digits.zfill(10)
    return sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11 == 0


def clabe_digit(seventeen: str) -> str:
    s = sum((int(d) * (3, 7, 1)[k % 3]) % 10 for k, d in enumerate(seventeen))
    return str((10 - s % 10) % 10)


def verhoeff_ok(num: str) -> bool:
    return _verhoeff(num, check=True) == 0


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


def _verhoeff(num: str, check: bool) -> int:
    c = 0
    digits = [int(x) for x in reversed(num)]
    for k, d in enumerate(digits):
        c = _VD[c][_VP[(k + (0 if check else 1)) % 8][d]]
    return c


def verhoeff_digit(body: str) -> str:
    return str(_VINV[_verhoeff(body, check=False)])


def ean_digit(body: str) -> str:
    """GS1 check digit (EAN-13, AHV): weights 3,1 from the right of the body."""
    s = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def nino_ok(nino: str) -> bool:
    s = nino.replace(" ", "")
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nhs_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    if len(d) != 10:
        return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1), strict=True))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def sin_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 9 and d[0] in "1234567" and luhn_ok(d)


def aadhaar_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and d[0] in "23456789" and verhoeff_ok(d)


def pan_ok(pan: str) -> bool:
    return re.fullmatch(r"[A-Z]{3}[PC][A-Z]\d{4}[A-Z]", pan) is not None


def ahv_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 13 and d.startswith("756") and ean_digit(d[:12]) == d[12]


def be_rrn_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    if len(d) != 11:
        return False
    body, key = d[:9], int(d[9:])
    return key in (97 - int(body) % 97, 97 - int("2" + body) % 97)


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(seventeen: str) -> str:
    s = sum(_CURP.index(c) * (18 - k) for k, c in enumerate(seventeen))
    return str((10 - s % 10) % 10)


def curp_ok(curp: str) -> bool:
    return (re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", curp) is not None
            and curp_digit(curp[:17]) == curp[17])


_RFC = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_digit(body: str) -> str:
    body = body.rjust(12)  # a company RFC (12) is scored as if led by a space
    s = sum(_RFC.index(c) * (13 - k) for k, c in enumerate(body))
    r = 11 - s % 11
    return "0" if r == 11 else "A" if r == 10 else str(r)


def rfc_ok(rfc: str) -> bool:
    if re.fullmatch(r"[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}", rfc) is None:
        return False
    return rfc_digit(rfc[:-1]) == rfc[-1]


def pesel_ok(num: str) -> bool:
    if not re.fullmatch(r"\d{11}", num):
        return False
    s = sum(int(a) * b for a, b in zip(num[:10], (1, 3, 7, 9) * 3, strict=False))
    return (10 - s % 10) % 10 == int(num[10])


def pl_idcard_ok(num: str) -> bool:
    s = num.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    vals = [int(c, 36) for c in s]
    w = (7, 3, 1, 0, 7, 3, 1, 7, 3)
    return sum(v * k for v, k in zip(vals, w, strict=True)) % 10 == vals[3]


def cz_rc_ok(num: str) -> bool:
    d = num.replace("/", "")
    if not re.fullmatch(r"\d{10}", d) or int(d) % 11:
        return False
    month = int(d[2:4]) % 50
    return 1 <= month <= 12 and 1 <= int(d[4:6]) <= 31


def se_pnr_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)[-10:]
    day = int(d[4:6])
    return len(d) == 10 and luhn_ok(d) and (1 <= day <= 31 or 61 <= day <= 91)


# company registers (look-alikes)


def ch_uid_digit(eight: str) -> str | None:
    s = sum(int(a) * b for a, b in zip(eight, (5, 4, 3, 2, 7, 6, 5, 4), strict=True))
    c = 11 - s % 11
    return None if c == 10 else str(0 if c == 11 else c)


def ico_digit(seven: str) -> str:
    r = sum(int(a) * b for a, b in zip(seven, (8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return str({0: 1, 1: 0}.get(r, 11 - r) % 10)


def nip_digit(nine: str) -> str | None:
    c = sum(int(a) * b for a, b in zip(nine, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
    return None if c == 10 else str(c)


def gstin_char(fourteen: str) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    total = 0
    for k, c in enumerate(fourteen):
        p = chars.index(c) * (2 if k % 2 else 1)
        total += p // 36 + p % 36
    return chars[(36 - total % 36) % 36]


def kbo_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


def isbn13_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 13 and ean_digit(d[:12]) == d[12]


# ----------------------------------------------------------------------------- contact values

TLDS = ("uk", "ca", "in", "ch", "be", "mx", "pl", "cz", "se", "bj", "fj", "gq", "com",
        "net", "org", "energy", "io", "eu", "info", "co", "app", "me")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?"


def email_ok(email: str) -> bool:
    m = re.fullmatch(r"([a-z0-9][a-z0-9._-]{0,40}[a-z0-9])@((?:" + _LABEL + r"\.)+)([a-z]+)",
                     email)
    return m is not None and m.group(3) in TLDS and ".." not in email


def url_ok(url: str) -> bool:
    m = re.fullmatch(r"(?:https?://)?((?:" + _LABEL + r"\.)+)([a-z]+)(/[A-Za-z0-9._/-]*)?",
                     url)
    return m is not None and m.group(2) in TLDS


def phone_valid(value: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(value.replace("(0)", ""), region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(num, region)


def ip_ok(value: str) -> bool:
    ip = value
    if re.fullmatch(r"[\d.]+:\d+", value):
        ip = value.rsplit(":", 1)[0]
    try:
        ipaddress.ip_address(ip)
    except ValueError:
        return False
    return True
