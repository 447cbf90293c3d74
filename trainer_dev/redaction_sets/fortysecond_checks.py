"""Forty-second set: check digits and validators (every value is built and re-checked here)."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_sum(num: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10


def luhn_ok(s: str) -> bool:
    num = digits(s)
    return len(num) > 1 and luhn_sum(num) == 0


def luhn_digit(partial: str) -> str:
    return str((10 - luhn_sum(partial + "0")) % 10)


def _alnum_to_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc: str, bban: str) -> str:
    return f"{98 - _alnum_to_int(bban + cc + '00') % 97:02d}"


IBAN_LENGTHS = {"IE": 22, "FR": 27, "DE": 22, "ES": 24, "IT": 27, "NL": 18, "BR": 29}


def iban_ok(s: str) -> bool:
    iban = s.replace(" ", "").upper()
    cc = iban[:2]
    if IBAN_LENGTHS.get(cc) != len(iban) or not iban.isalnum():
        return False
    if _alnum_to_int(iban[4:] + iban[:4]) % 97 != 1:
        return False
    bban = iban[4:]
    if cc == "FR":
        return fr_rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
    if cc == "ES":
        return es_dc(bban[:4], bban[4:8], bban[10:]) == bban[8:10]
    if cc == "IT":
        return it_cin(bban[1:6], bban[6:11], bban[11:]) == bban[0]
    return True


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(c if c.isdigit() else "12345678912345678923456789"[ord(c) - 65]
                  for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def _es_digit(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * k for c, k in zip(ten, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def es_dc(entity: str, office: str, account: str) -> str:
    return _es_digit("00" + entity + office) + _es_digit(account)


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
        24, 23]


def _odd_even_letter(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def it_cin(abi: str, cab: str, conto: str) -> str:
    return _odd_even_letter(abi + cab + conto)


def aba_ok(s: str) -> bool:
    n = digits(s)
    if len(n) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(n, w, strict=True)) % 10 == 0


# ---- national ids -------------------------------------------------------------------------

def ssn_ok(s: str) -> bool:
    n = digits(s)
    return (len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00"
            and n[5:] != "0000")


def tfn_ok(s: str) -> bool:
    n = digits(s)
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(n) == 9 and sum(int(c) * k for c, k in zip(n, w, strict=True)) % 11 == 0


def medicare_au_ok(s: str) -> bool:
    n = digits(s)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return (len(n) in (10, 11) and n[0] in "23456"
            and sum(int(c) * k for c, k in zip(n[:8], w, strict=True)) % 10 == int(n[8]))


def ppsn_letter(seven: str, second: str = "") -> str:
    total = sum(int(c) * (8 - i) for i, c in enumerate(seven))
    if second:
        total += (ord(second) - 64) * 9
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def ppsn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{7})([A-W])([AHW]?)", s.replace(" ", "").upper())
    return bool(m) and ppsn_letter(m.group(1), m.group(3)) == m.group(2)


def nir_ok(s: str) -> bool:
    n = digits(s)
    return len(n) == 15 and n[0] in "12" and 97 - int(n[:13]) % 97 == int(n[13:])


def steuer_id_digit(ten: str) -> str:
    product = 10
    for c in ten:
        total = (int(c) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_ok(s: str) -> bool:
    n = digits(s)
    if len(n) != 11 or n[0] == "0":
        return False
    counts = sorted((n[:10].count(d) for d in set(n[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    return steuer_id_digit(n[:10]) == n[10]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{8})-?([A-Z])", s.replace(" ", "").replace(".", ""))
    return bool(m) and DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)


def nie_ok(s: str) -> bool:
    m = re.fullmatch(r"([XYZ])-?(\d{7})-?([A-Z])", s.replace(" ", ""))
    if not m:
        return False
    return DNI_LETTERS[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)


MONTH_LETTERS = "ABCDEHLMPRST"


def cf_check(fifteen: str) -> str:
    return _odd_even_letter_cf(fifteen)


def _odd_even_letter_cf(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def cf_ok(s: str) -> bool:
    return (bool(re.fullmatch(r"[A-Z]{6}\d\d[ABCDEHLMPRST]\d\d[A-Z]\d{3}[A-Z]", s))
            and cf_check(s[:15]) == s[15] and (1 <= int(s[9:11]) <= 31
                                               or 41 <= int(s[9:11]) <= 71))


def bsn_ok(s: str) -> bool:
    n = digits(s)
    if len(n) != 9 or n[0] == "0":
        return False
    total = sum(int(c) * (9 - i) for i, c in enumerate(n[:8])) - int(n[8])
    return total % 11 == 0


def cpf_digits(nine: str) -> str:
    out = nine
    for size in (9, 10):
        total = sum(int(c) * (size + 1 - i) for i, c in enumerate(out[:size]))
        r = total * 10 % 11
        out += str(0 if r == 10 else r)
    return out[9:]


def cpf_ok(s: str) -> bool:
    n = digits(s)
    return len(n) == 11 and len(set(n)) > 1 and cpf_digits(n[:9]) == n[9:]


def rw_nid_ok(s: str) -> bool:  # format only: 1 YYYY G NNNNNNN I CC
    n = digits(s)
    return (len(n) == 16 and n[0] == "1" and 1940 <= int(n[1:5]) <= 2008 and n[5] in "78")


def cnib_ok(s: str) -> bool:  # format only: B + 8 digits (carte nationale burkinabe)
    return bool(re.fullmatch(r"B\d{8}", s.replace(" ", "")))


def gw_bi_ok(s: str) -> bool:  # format only: 9 digits, BI de Guine-Bissau
    return bool(re.fullmatch(r"\d{9}", s.replace(" ", "")))


def nif_gw_ok(s: str) -> bool:  # format only: 9 digits starting 5 (personal)
    n = digits(s)
    return len(n) == 9 and n[0] == "5"


def ifu_ok(s: str) -> bool:  # format only: 8 digits + letter
    return bool(re.fullmatch(r"\d{8}[A-Z]", s.replace(" ", "")))


def rw_tin_ok(s: str) -> bool:  # format only
    return bool(re.fullmatch(r"1\d{8}", digits(s))) and len(digits(s)) == 9


def itin_ok(s: str) -> bool:
    n = digits(s)
    return len(n) == 9 and n[0] == "9" and 50 <= int(n[3:5]) <= 99


# ---- look-alike checks ---------------------------------------------------------------------

def abn_ok(s: str) -> bool:
    n = digits(s)
    if len(n) != 11:
        return False
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    vals = [int(c) for c in n]
    vals[0] -= 1
    return sum(v * k for v, k in zip(vals, w, strict=True)) % 89 == 0


def siren_ok(s: str) -> bool:
    n = digits(s)
    return len(n) == 9 and luhn_ok(n)


def piva_ok(s: str) -> bool:
    n = digits(s)
    return len(n) == 11 and luhn_ok(n)


def cnpj_digits(twelve: str) -> str:
    out = twelve
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(c) * k for c, k in zip(out, w, strict=True)) % 11
        out += "0" if r < 2 else str(11 - r)
    return out[12:]


def cnpj_ok(s: str) -> bool:
    n = digits(s)
    return len(n) == 14 and cnpj_digits(n[:12]) == n[12:]


def cif_control(seven: str) -> str:
    even = sum(int(c) for c in seven[1::2])
    odd = sum(sum(divmod(int(c) * 2, 10)) for c in seven[0::2])
    return str((10 - (even + odd) % 10) % 10)


def cif_ok(s: str) -> bool:
    m = re.fullmatch(r"([ABF])-?(\d{7})(\d)", s.replace(" ", ""))
    return bool(m) and cif_control(m.group(2)) == m.group(3)


def isbn13_ok(s: str) -> bool:
    n = digits(s)
    return (len(n) == 13 and n[:3] in ("978", "979")
            and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(n)) % 10 == 0)


def isbn13_digit(twelve: str) -> str:
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve)) % 10)
               % 10)


def pzn_ok(s: str) -> bool:
    n = digits(s)
    if len(n) != 8:
        return False
    r = sum(int(c) * (i + 1) for i, c in enumerate(n[:7])) % 11
    return r != 10 and r == int(n[7])


def ean13_ok(s: str) -> bool:
    n = digits(s)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(n))
    return len(n) == 13 and total % 10 == 0


LOOK_CHECKS = {"abn": abn_ok, "siren": siren_ok, "piva": piva_ok, "cnpj": cnpj_ok,
               "cif": cif_ok, "isbn": isbn13_ok, "pzn": pzn_ok, "ean": ean13_ok}

# ---- postcodes, phones, e-mail, URL, IP ------------------------------------------------------

POSTCODE_PATTERNS = {
    "en_US": r"\d{5}(-\d{4})?",
    "en_AU": r"[0-9]\d{3}",
    "en_IE": r"[AC-FHKNPRTV-Y]\d[\dW] [0-9AC-FHKNPRTV-Y]{4}",
    "fr_FR": r"(0[1-9]|[1-8]\d|9[0-5])\d{3}",
    "de_DE": r"(0[1-9]|[1-9]\d)\d{3}",
    "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "it_IT": r"\d{5}",
    "nl_NL": r"[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}",
    "pt_BR": r"\d{5}-\d{3}",
    "fr_BF": r"\d{2} BP \d{1,5}",
    "en_RW": r"P\.O\. Box \d{1,4}",
    "pt_GW": r"(C\.P\.|Caixa Postal) \d{1,4}",
}


def postcode_ok(locale: str, pc: str) -> bool:
    return re.fullmatch(POSTCODE_PATTERNS[locale], pc) is not None


def phone_ok(region: str, s: str) -> bool:
    try:
        num = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region


DELEGATED_TLDS = ("com", "net", "org", "coop", "farm", "info", "bio", "us", "au", "com.au",
                  "net.au", "org.au", "ie", "fr", "de", "es", "it", "nl", "br", "com.br",
                  "org.br", "bf", "rw", "co.rw", "gw", "eu", "agro.br", "edu", "pt")


def tld_ok(host: str) -> bool:
    return any(host.endswith("." + t) for t in DELEGATED_TLDS)


def email_ok(s: str) -> bool:
    m = re.fullmatch(r"([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", s)
    return bool(m) and ".." not in s and tld_ok(m.group(2))


def url_ok(s: str) -> bool:
    m = re.fullmatch(r"(?:https?://)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)(/[a-z0-9/_-]*)?", s)
    return bool(m) and tld_ok(m.group(1))


def ip_ok(s: str) -> bool:
    core = s
    if s.count(":") == 1 and "." in s:
        core = s.split(":")[0]
    try:
        ipaddress.ip_address(core)
    except ValueError:
        return False
    return True
