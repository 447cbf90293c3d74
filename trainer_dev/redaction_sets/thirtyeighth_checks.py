"""Checkers of the thirty-eighth set: check digits, postcodes, TLDs, and the fragment matcher.

Every value the generators draw is re-checked here (and again in the self-test).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import lru_cache

# ------------------------------------------------------------------ matching (both sides)


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                   for c in text)
    text = text.casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("ß", "ss")


_SEP = re.compile(r"(?<=\d)[ \-./()+]+(?=\d)")
_RUN = re.compile(r"\d+")


@lru_cache(maxsize=1 << 16)
def digit_runs(text: str) -> tuple[str, ...]:
    """Digit runs of normalised text, separators space - . / ( ) + between digits ignored."""
    return tuple(_RUN.findall(_SEP.sub("", norm(text))))


def windows(value: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            w = run[i:i + 4]
            if w not in out:
                out.append(w)
    return out


@lru_cache(maxsize=1 << 16)
def _bounded(fragment: str, spaces: bool) -> re.Pattern:
    body = norm(fragment)
    if spaces:
        body = body.replace(" ", "")
        pattern = r"\s?".join(re.escape(c) for c in body)
    else:
        pattern = re.escape(body)
    return re.compile(r"(?<![0-9a-z])" + pattern + r"(?![0-9a-z])")


def found(fragment: str, text: str) -> bool:
    """Does one prefixed fragment occur in text (normalised both sides)?"""
    kind, frag = fragment[:2], fragment[2:]
    if kind == "d:":
        return any(frag in run for run in digit_runs(text))
    if kind == "p:":
        return bool(_bounded(frag, True).search(norm(text)))
    if kind in ("t:", "s:"):
        return bool(_bounded(frag, False).search(norm(text)))
    raise ValueError(fragment)


# ------------------------------------------------------------------ check digits


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def mod97(text: str) -> int:
    num = "".join(str(int(c, 36)) for c in text)
    return int(num) % 97


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and mod97(s[4:] + s[:4]) == 1 and iban_key_ok(s)


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "BR": 29, "CZ": 24}

_CZ_W = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]


def cz_account_ok(digits: str) -> bool:
    digits = digits.zfill(10)
    return sum(int(d) * w for d, w in zip(digits, _CZ_W, strict=True)) % 11 == 0


def es_dc(bank_branch: str, account: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s: str) -> str:
        r = 11 - sum(int(d) * x for d, x in zip(s.zfill(10), w, strict=True)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return one("00" + bank_branch) + one(account)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def iban_key_ok(s: str) -> bool:
    cc, bban = s[:2], s[4:]
    if cc == "ES":
        return bban[8:10] == es_dc(bban[:8], bban[10:])
    if cc == "FR":
        return bban[21:23] == fr_rib_key(bban[:5], bban[5:10], bban[10:21])
    if cc == "CZ":
        return cz_account_ok(bban[4:10]) and cz_account_ok(bban[10:])
    return True


def aba_ok(r: str) -> bool:
    w = [3, 7, 1] * 3
    return len(r) == 9 and sum(int(d) * x for d, x in zip(r, w, strict=True)) % 10 == 0


def ssn_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    a, g, n = d[:3], d[3:5], d[5:]
    return (len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00"
            and n != "0000")


_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d)) and \
        d[:2] not in _NINO_BAD


def nhs_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 10:
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def steuer_id_check(body: str) -> str:
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = s * 2 % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def steuer_id_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1] == 1 and d[10] == steuer_id_check(d[:10])


def nir_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 15 and d[0] in "12" and 1 <= int(d[3:5]) <= 12 and \
        97 - int(d[:13]) % 97 == int(d[13:])


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    d = s.replace("-", "")
    if d[0] in "XYZ":
        d = str("XYZ".index(d[0])) + d[1:]
    return len(d) == 9 and d[:8].isdigit() and _DNI[int(d[:8]) % 23] == d[8]


def bsn_ok(s: str) -> bool:
    d = s.replace(".", "").replace(" ", "")
    if len(d) != 9 or d[0] == "0":
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True))
            - int(d[8])) % 11 == 0


def tfn_ok(s: str) -> bool:
    d = s.replace(" ", "")
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11 == 0


def medicare_ok(s: str) -> bool:
    d = s.replace(" ", "")
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return len(d) == 10 and d[0] in "23456" and d[9] != "0" and \
        sum(int(c) * x for c, x in zip(d[:8], w, strict=True)) % 10 == int(d[8])


def cpf_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        t = sum(int(d[i]) * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if t != int(d[n]):
            return False
    return True


def rodne_ok(s: str) -> bool:
    d = s.replace("/", "")
    if len(d) != 10:
        return False
    mm = int(d[2:4]) % 50
    return 1 <= mm <= 12 and 1 <= int(d[4:6]) <= 28 and int(d) % 11 == 0


def cnpj_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 14:
        return False
    for n, w in ((12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]),
                 (13, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])):
        r = sum(int(a) * b for a, b in zip(d[:n], w, strict=True)) % 11
        if (0 if r < 2 else 11 - r) != int(d[n]):
            return False
    return True


def abn_ok(s: str) -> bool:
    d = [int(c) for c in s.replace(" ", "")]
    if len(d) != 11:
        return False
    d[0] -= 1
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    return sum(a * b for a, b in zip(d, w, strict=True)) % 89 == 0


def ico_ok(s: str) -> bool:
    if len(s) != 8 or not s.isdigit():
        return False
    r = sum(int(c) * w for c, w in zip(s[:7], range(8, 1, -1), strict=True)) % 11
    return (11 - r) % 10 == int(s[7])


def siren_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) in (9, 14) and luhn_ok(d)


def cif_ok(s: str) -> bool:
    if not re.fullmatch(r"[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]", s):
        return False
    body = s[1:8]
    even = sum(int(body[i]) for i in (1, 3, 5))
    odd = sum(sum(divmod(int(body[i]) * 2, 10)) for i in (0, 2, 4, 6))
    c = (10 - (even + odd) % 10) % 10
    return s[8] in (str(c), "JABCDEFGHI"[c])


def ean13_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 13 and d.isdigit() and \
        sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d)) % 10 == 0


def s10_ok(s: str) -> bool:
    m = re.fullmatch(r"[A-Z]{2}(\d{8})(\d)[A-Z]{2}", s)
    if not m:
        return False
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(m.group(1), w, strict=True)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return c == int(m.group(2))


# ------------------------------------------------------------------ postcodes, hosts, IPs

POSTCODE = {
    "en_US": r"\d{5}(-\d{4})?",
    "en_GB": r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "de_DE": r"(0[1-9]|[1-9]\d)\d{3}",
    "fr_FR": r"(0[1-9]|[1-8]\d|9[0-5])\d{3}",
    "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "nl_NL": r"[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}",
    "en_AU": r"(0[89]|[2-7]\d)\d{2}",
    "pt_BR": r"\d{5}-\d{3}",
    "cs_CZ": r"[1-7]\d{2} \d{2}",
}

TLDS = {"com", "net", "org", "shop", "store", "uk", "de", "fr", "es", "nl", "au", "br", "cz",
        "mw", "cd", "sr", "ee", "io", "eu", "online", "app"}

_EMAIL = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@([a-z0-9-]+\.)+([a-z]{2,})")
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})")


def email_ok(s: str) -> bool:
    m = _EMAIL.fullmatch(s)
    return bool(m) and m.group(2) in TLDS and ".." not in s


def url_ok(s: str) -> bool:
    rest = re.sub(r"^https?://", "", s)
    host = rest.split("/")[0]
    m = _HOST.fullmatch(host)
    return bool(m) and m.group(1) in TLDS


def ip_ok(s: str, form: str) -> bool:
    addr = s.rsplit(":", 1)[0] if form == "v4_port" else s
    ip = ipaddress.ip_address(addr)
    if form == "v4_private":
        return ip.version == 4 and ip.is_private
    if form == "v6_full":
        return ip.version == 6 and ip.exploded == s and ip.is_global
    if form == "v6":
        return ip.version == 6 and str(ip) == s and ip.is_global
    return ip.version == 4 and ip.is_global and str(ip) == addr
