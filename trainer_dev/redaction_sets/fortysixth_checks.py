"""Forty-sixth set: text matching (normalise, fragments, leaked) and every check-digit rule.

Each rule is written here from its published definition and re-run by the set's self-test.
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
    chars = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            try:
                ch = str(unicodedata.digit(ch))
            except (TypeError, ValueError):
                pass
        chars.append(ch)
    text = "".join(chars).replace("ı", "i").casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


_BETWEEN_DIGITS = re.compile(r"(?<=\d)[ \-./()+]+(?=\d)")


def collapse(norm: str) -> str:
    """Separators (space - . / ( ) +) between two digits dropped."""
    return _BETWEEN_DIGITS.sub("", norm)


def _spaced(body: str) -> re.Pattern:
    chars = [c for c in body if c != " "]
    return re.compile(r"(?<![0-9a-z])" + " ?".join(re.escape(c) for c in chars) + r"(?![0-9a-z])")


def frag_matches(text: str, fragment: str, _norm: str | None = None) -> bool:
    """Does one fragment occur in the text (both sides normalised)?

    t: a whole word; p: and s: the whole value between non-alphanumerics, spaces optional;
    d: four digits inside the text's digit runs once separators between digits are dropped."""
    norm = normalise(text) if _norm is None else _norm
    tag, body = fragment[:2], normalise(fragment[2:])
    if tag == "t:":
        return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", norm) is not None
    if tag in ("p:", "s:"):
        return _spaced(body).search(norm) is not None
    if tag == "d:":
        return body in collapse(norm)
    raise ValueError(fragment)


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when a fragment survives in the redacted text and is not in the background."""
    red, back = normalise(redacted_text), normalise(background)
    return any(frag_matches("", f, red) and not frag_matches("", f, back) for f in fragments)


def digit_windows(value: str) -> list[str]:
    """d: fragments: every window of four digits of each digit run (separators dropped)."""
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for k in range(len(run) - 3):
            frag = "d:" + run[k:k + 4]
            if frag not in out:
                out.append(frag)
    return out


# ----------------------------------------------------------------------------- generic checks


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if k % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(c for c in "0123456789" if luhn_ok(body + c))


def gs1_digit(body: str) -> str:
    """GS1 check digit (EAN-13, ISBN-13, NZBN): weights 3,1 from the right of the body."""
    s = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def gs1_ok(code: str) -> bool:
    d = re.sub(r"\D", "", code)
    return len(d) == 13 and gs1_digit(d[:12]) == d[12]


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def mod11_10_digit(body: str) -> str:
    """ISO 7064 MOD 11,10 (German Steuer-ID and USt-IdNr)."""
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10 or 10
        product = (2 * s) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


# ----------------------------------------------------------------------------- national ids

_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # remainder 0 -> W, 1 -> A, ... 22 -> V


def pps_letter(seven: str, second: str = "") -> str:
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True))
    if second:
        s += 9 * (0 if second == "W" else ord(second) - 64)
    return _PPS_LETTERS[s % 23]


def pps_ok(pps: str) -> bool:
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", pps.replace(" ", ""))
    return m is not None and pps_letter(m.group(1), m.group(3)) == m.group(2)


def tfn_ok(tfn: str) -> bool:
    d = re.sub(r"\D", "", tfn)
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11 == 0


def medicare_digit(eight: str) -> str:
    return str(sum(int(a) * b for a, b in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10)


def medicare_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return (len(d) in (10, 11) and d[0] in "23456" and medicare_digit(d[:8]) == d[8]
            and d[9] != "0")


def ird_digit(eight: str) -> str | None:
    """NZ IRD number (eight-digit base, the ninth-digit form padded with 0)."""
    for w in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(a) * b for a, b in zip(eight, w, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    return None


def ird_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num).zfill(9)
    return len(d) == 9 and 10_000_000 <= int(d) <= 150_000_000 and ird_digit(d[:8]) == d[8]


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O: A=1 .. Z=24


def nhi_digit(six: str) -> str | None:
    vals = [_NHI.index(c) + 1 for c in six[:3]] + [int(c) for c in six[3:]]
    r = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    if r == 0:
        return None
    c = 11 - r
    return "0" if c == 10 else str(c)


def nhi_ok(nhi: str) -> bool:
    return (re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", nhi) is not None
            and nhi_digit(nhi[:6]) == nhi[6])


def svnr_digit(serial: str, birth: str) -> str | None:
    """Austrian social-insurance number: serial, check, ddmmyy; weights 3 7 9 . 5 8 4 2 1 6."""
    s = sum(int(a) * b for a, b in zip(serial + birth, (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True))
    return None if s % 11 == 10 else str(s % 11)


def svnr_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 10 and d[0] != "0" and svnr_digit(d[:3], d[4:]) == d[3]


def steuer_id_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1:2] in ([1], []) and mod11_10_digit(d[:10]) == d[10]


_AUSWEIS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def ausweis_digit(nine: str) -> str:
    vals = [_AUSWEIS.index(c) for c in nine]
    return str(sum(v * w for v, w in zip(vals, (7, 3, 1) * 3, strict=True)) % 10)


def ausweis_ok(num: str) -> bool:
    return (re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", num) is not None
            and ausweis_digit(num[:9]) == num[9])


def be_rrn_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    if len(d) != 11:
        return False
    key = int(d[9:])
    return key in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def nir_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 15 and d[0] in "12" and 97 - int(d[:13]) % 97 == int(d[13:])


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2,
                    4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))
_CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in _CF_ODD}


def cf_char(body: str) -> str:
    """Italian control character (codice fiscale, and the CIN of an Italian/Sammarinese IBAN)."""
    s = sum((_CF_ODD if k % 2 == 0 else _CF_EVEN)[c] for k, c in enumerate(body))
    return chr(65 + s % 26)


def cf_ok(cf: str) -> bool:
    return (re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", cf) is not None
            and cf_char(cf[:15]) == cf[15] and (int(cf[9:11]) % 40) in range(1, 32))


def nrt_ok(nrt: str) -> bool:
    """Andorran tax register number: format only (no published check)."""
    return re.fullmatch(r"[FE]-\d{6}-[A-Z]", nrt) is not None


def mu_nic_ok(nic: str) -> bool:
    """Mauritian identity card: surname initial, ddmmyy, six digits, one check char (format)."""
    m = re.fullmatch(r"[A-Z](\d\d)(\d\d)\d{8}[A-Z0-9]", nic)
    return m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


# ----------------------------------------------------------------------------- bank keys


def rib_key(bank: str, branch: str, account: str) -> str:
    """French/Monegasque RIB key; account letters A-I 1-9, J-R 1-9, S-Z 2-9."""
    def num(s: str) -> int:
        out = ""
        for c in s:
            if c.isdigit():
                out += c
            else:
                o = ord(c) - 65
                out += str(o % 9 + 1) if c < "S" else str((o - 18) % 8 + 2)
        return int(out)
    return f"{97 - (89 * num(bank) + 15 * num(branch) + 3 * num(account)) % 97:02d}"


def be_account_key(ten: str) -> str:
    return f"{int(ten) % 97 or 97:02d}"


# ----------------------------------------------------------------------------- company registers


def abn_ok(num: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", num)]
    if len(d) != 11:
        return False
    d[0] -= 1
    w = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    return sum(a * b for a, b in zip(d, w, strict=True)) % 89 == 0


def atu_digit(seven: str) -> str:
    s = 0
    for k, c in enumerate(seven):
        p = int(c) * (2 if k % 2 else 1)
        s += p // 10 + p % 10
    return str((10 - (s + 4) % 10) % 10)


def kbo_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


# ----------------------------------------------------------------------------- contact values

TLDS = ("ie", "au", "nz", "mu", "at", "de", "be", "fr", "mc", "it", "sm", "ad", "com", "net",
        "org", "vet", "pet", "dog", "eu", "info", "io", "blog", "cat")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?"


def email_ok(email: str) -> bool:
    m = re.fullmatch(r"[a-z0-9](?:[a-z0-9._-]{0,40}[a-z0-9])?@((?:" + _LABEL + r"\.)+)([a-z]+)",
                     email)
    return m is not None and m.group(2) in TLDS and ".." not in email


def url_ok(url: str) -> bool:
    m = re.fullmatch(r"(?:https?://)?((?:" + _LABEL + r"\.)+)([a-z]+)(/[a-z0-9._/-]*)?", url)
    return m is not None and m.group(2) in TLDS


def phone_valid(value: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(value.replace("(0)", ""), region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(num, region)


def ip_ok(value: str) -> bool:
    ip = value.rsplit(":", 1)[0] if re.fullmatch(r"[\d.]+:\d+", value) else value
    try:
        ipaddress.ip_address(ip)
    except ValueError:
        return False
    return True
