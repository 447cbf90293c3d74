"""Value generators and real checks for the thirtyfourth set (written for this set)."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

IBAN_LOCALES = {"en_IE", "de_CH", "it_CH", "pt_BR", "nl_BE", "ro_MD", "bs_BA"}
IBAN_LEN = {"IE": 22, "CH": 21, "BR": 29, "BE": 16, "MD": 24, "BA": 20}
REGION = {
    "en_US": "US", "en_IE": "IE", "de_CH": "CH", "fr_CA": "CA", "pt_BR": "BR", "nl_BE": "BE",
    "ro_MD": "MD", "it_CH": "CH", "es_HN": "HN", "pt_MZ": "MZ", "vi_VN": "VN", "bs_BA": "BA",
}  # fmt: skip
TRUNK = {"US": "1", "CA": "1", "BR": "0", "HN": "", "VN": "0", "MD": "0"}
CC = {"US": "1", "IE": "353", "CH": "41", "CA": "1", "BR": "55", "BE": "32", "MD": "373",
      "HN": "504", "MZ": "258", "VN": "84", "BA": "387"}  # fmt: skip


def digits(s: str) -> str:
    return "".join(c for c in s if c.isascii() and c.isdigit())


# ---- checks ---------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


def card_ok(d: str, brand: str) -> bool:
    if not luhn_ok(d):
        return False
    if brand == "amex":
        return len(d) == 15 and d[:2] in ("34", "37")
    if brand == "visa":
        return len(d) == 16 and d[0] == "4"
    return len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _mod97(s[4:] + s[:4]) == 1


def make_iban(cc: str, bban: str) -> str:
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000")  # fmt: skip


EIN_PREFIX = ["01", "02", "04", "10", "12", "20", "27", "30", "33", "35", "41", "45", "46",
              "47", "51", "54", "56", "61", "71", "76", "81", "84", "88", "91", "94", "98"]  # fmt: skip  # noqa: E501


def ein_ok(d: str) -> bool:
    return len(d) == 9 and d[:2] in EIN_PREFIX


def aba_ok(d: str) -> bool:
    if len(d) != 9 or d[0] not in "0123":
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(d, w, strict=True)) % 10 == 0


def ppsn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", v.replace(" ", "").upper())
    if not m:
        return False
    tot = sum(int(c) * w for c, w in zip(m[1], range(8, 1, -1), strict=True))
    if m[3]:
        tot += (0 if m[3] == "W" else ord(m[3]) - 64) * 9
    r = tot % 23
    return m[2] == ("W" if r == 0 else chr(64 + r))


def ean13_ok(d: str) -> bool:
    if len(d) != 13 or not d.isdigit():
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - s % 10) % 10 == int(d[12])


def ahv_ok(d: str) -> bool:
    return d[:3] == "756" and ean13_ok(d)


def che_ok(d: str) -> bool:
    if len(d) != 9:
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    r = 11 - sum(int(c) * x for c, x in zip(d[:8], w, strict=True)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[8])


def sin_ok(d: str) -> bool:
    return len(d) == 9 and d[0] in "1234567" and luhn_ok(d)


def cpf_ok(d: str) -> bool:
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
        if (s * 10 % 11) % 10 != int(d[n]):
            return False
    return True


def cnpj_ok(d: str) -> bool:
    if len(d) != 14 or len(set(d)) == 1:
        return False
    for n in (12, 13):
        w = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2][13 - n :]
        s = sum(int(c) * x for c, x in zip(d[:n], w, strict=True))
        r = s % 11
        if (0 if r < 2 else 11 - r) != int(d[n]):
            return False
    return True


def be_nn_ok(d: str) -> bool:
    if len(d) != 11:
        return False
    chk = int(d[9:])
    return 97 - int(d[:9]) % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def be_ent_ok(d: str) -> bool:
    return len(d) == 10 and d[0] in "01" and 97 - int(d[:8]) % 97 == int(d[8:])


def w731_ok(d: str) -> bool:
    """Moldovan IDNP / IDNO: 13 digits, weights 7-3-1 over the first 12, sum mod 10."""
    if len(d) != 13:
        return False
    s = sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(d[:12]))
    return s % 10 == int(d[12])


def jmbg_ok(d: str) -> bool:
    if len(d) != 13:
        return False
    a = [int(c) for c in d]
    s = sum((7 - i % 6) * (a[i] + a[i + 6]) for i in range(6))
    m = 11 - s % 11
    if m == 10:
        return False
    return (0 if m == 11 else m) == a[12]


def nib_ok(d: str) -> bool:
    return len(d) == 21 and int(d) % 97 == 1


def isbn13_ok(d: str) -> bool:
    return d[:3] in ("978", "979") and ean13_ok(d)


def phone_valid(loc: str, value: str) -> bool:
    try:
        n = phonenumbers.parse(value, REGION[loc])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and (
        phonenumbers.region_code_for_number(n) == REGION[loc]
    )


def ip_ok(value: str, form: str) -> bool:
    v = value
    if form == "v4_port":
        v, port = value.rsplit(":", 1)
        if not port.isdigit() or not 0 < int(port) < 65536:
            return False
    try:
        ip = ipaddress.ip_address(v)
    except ValueError:
        return False
    if form.startswith("v6"):
        if ip.version != 6:
            return False
        groups = v.split(":")
        if "::" in v:
            return v.count("::") == 1 and len([g for g in groups if g]) < 8
        return len(groups) == 8 and all(1 <= len(g) <= 4 for g in groups)
    if form == "v4_private":
        return ip.version == 4 and ip.is_private
    return ip.version == 4 and ip.is_global


POSTCODE_RE = {
    "en_US": r"\d{5}",
    "en_IE": r"[AC-FHKNPRTV-Y]\d[\dW] [0-9AC-FHKNPRTV-Y]{4}",
    "de_CH": r"[1-9]\d{3}",
    "it_CH": r"6\d{3}",
    "fr_CA": r"[GHJ][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]",
    "pt_BR": r"\d{5}-\d{3}",
    "nl_BE": r"[1-9]\d{3}",
    "ro_MD": r"MD-\d{4}",
    "es_HN": r"\d{5}",
    "pt_MZ": r"\d{4}",
    "vi_VN": r"\d{5}",
    "bs_BA": r"7\d{4}|88\d{3}",
}


def postcode_ok(loc: str, pc: str) -> bool:
    return re.fullmatch(POSTCODE_RE[loc], pc) is not None


TLDS = {"com", "net", "org", "ie", "ch", "ca", "br", "be", "md", "hn", "mz", "vn", "ba", "us",
        "io", "info", "eu", "co", "build"}  # fmt: skip


def email_ok(v: str) -> bool:
    m = re.fullmatch(r"([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)@((?:[a-z0-9-]+\.)+)([a-z]+)", v)
    return bool(m) and ".." not in v and m[3] in TLDS


def url_ok(v: str) -> bool:
    m = re.fullmatch(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+)([a-z]+)(/[a-z0-9/_-]*)?", v)
    return bool(m) and m[2] in TLDS
