"""Check digits for the forty-eighth set's values, written from the published rules.

Pure functions: each ``*_ok`` recomputes a check from a written value (separators ignored),
each ``*_digit`` computes one; the generators and the self-test share them.
"""

from __future__ import annotations

import re

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def alnum(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def luhn_digit(body: str) -> str:
    """The Luhn digit that makes ``body + digit`` pass."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    d = digits(number)
    return len(d) > 1 and luhn_digit(d[:-1]) == d[-1]


def _iban_int(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


# IBAN lengths by country (ISO 13616 registry) for the countries this set writes.
IBAN_LENGTHS = {
    "GB": 22,
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PL": 28,
    "BR": 29,
    "LI": 21,
    "FI": 18,
    "MT": 31,
    "IE": 22,
    "PT": 25,
    "NL": 18,
}


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_int(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(text: str) -> bool:
    s = alnum(text)
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    """French RIB key: 97 - (89 bank + 15 branch + 3 account) mod 97 (digit accounts)."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def ccc_digit(ten: str) -> str:
    """Spanish CCC control digit over ten digits (weights 1,2,4,8,5,10,9,7,3,6)."""
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    r = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
    return str({10: 1, 11: 0}.get(r, r))


_CF_ODD = dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21), strict=True))
_CF_ODD |= dict(
    zip(
        LETTERS,
        (
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
        ),
        strict=True,
    )
)


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else LETTERS.index(c)


def cin_letter(body: str) -> str:
    """Odd/even-table letter: the check of an Italian codice fiscale and the IBAN CIN."""
    body = body.upper()
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return LETTERS[total % 26]


def cf_ok(text: str) -> bool:
    s = alnum(text)
    return len(s) == 16 and cin_letter(s[:15]) == s[15]


def nhs_digit(nine: str) -> str | None:
    """NHS number check (weights 10..2, 11 - r mod 11; 10 means no such number)."""
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return None if r == 10 else str(r % 11)


def nhs_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 10 and nhs_digit(d[:9]) == d[9]


def steuerid_digit(ten: str) -> str:
    """German Steuer-ID check, ISO 7064 MOD 11,10."""
    product = 10
    for c in ten:
        s = (int(c) + product) % 10 or 10
        product = (2 * s) % 11
    return str((11 - product) % 10)


def steuerid_ok(text: str) -> bool:
    d = digits(text)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1] == 1 and steuerid_digit(d[:10]) == d[10]


def icao_digit(text: str) -> str:
    """ICAO 9303 check over letters and digits, weights 7, 3, 1."""
    total = sum(int(c, 36) * (7, 3, 1)[i % 3] for i, c in enumerate(text.upper()))
    return str(total % 10)


def kvnr_digit(nine: str) -> str:
    """German health-insurance number: letter as 01-26, weights 1,2 with cross sums, mod 10."""
    body = f"{LETTERS.index(nine[0]) + 1:02d}" + nine[1:]
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr_ok(text: str) -> bool:
    s = alnum(text)
    return len(s) == 10 and s[0].isalpha() and kvnr_digit(s[:9]) == s[9]


def nir_key(thirteen: str) -> str:
    return f"{97 - int(thirteen) % 97:02d}"


def nir_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 15 and nir_key(d[:13]) == d[13:]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(text: str) -> bool:
    s = alnum(text)
    head = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return len(s) == 9 and head.isdigit() and DNI_LETTERS[int(head) % 23] == s[-1]


def nss_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


def pesel_digit(ten: str) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return str((10 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 10) % 10)


def pesel_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 11 and pesel_digit(d[:10]) == d[10]


def nip_digit(nine: str) -> str | None:
    r = sum(int(c) * w for c, w in zip(nine, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
    return None if r == 10 else str(r)


def nip_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 10 and nip_digit(d[:9]) == d[9]


def dowod_ok(text: str) -> bool:
    """Polish ID card: 3 letters + 6 digits, weights 7,3,1,9,7,3,1,7,3, total 0 mod 10."""
    s = alnum(text)
    if len(s) != 9 or not s[:3].isalpha() or not s[3:].isdigit():
        return False
    weights = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    return sum(int(c, 36) * w for c, w in zip(s, weights, strict=True)) % 10 == 0


def cpf_digits(nine: str) -> str:
    out = nine
    for n in (10, 11):
        r = sum(int(c) * (n - i) for i, c in enumerate(out)) % 11
        out += "0" if r < 2 else str(11 - r)
    return out[9:]


def cpf_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]


def cns_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 15 and sum(int(c) * (15 - i) for i, c in enumerate(d)) % 11 == 0


def pis_digit(ten: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(ten, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return "0" if r >= 10 else str(r)


def pis_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 11 and pis_digit(d[:10]) == d[10]


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_ok(text: str) -> bool:
    s = text.strip().upper()
    m = re.fullmatch(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])", s)
    return bool(m) and HETU_CHARS[int(m[1] + m[3]) % 31] == m[4]


def ahv_ok(text: str) -> bool:
    """Swiss/Liechtenstein-area AHV number 756.xxxx.xxxx.xx: EAN-13 check."""
    d = digits(text)
    return len(d) == 13 and d.startswith("756") and ean_digit(d[:12]) == d[12]


def ean_digit(body: str) -> str:
    """EAN/GTIN check over 12 (EAN-13) or 7 (EAN-8) digits: weights 1,3 from the left for 12."""
    total = sum(int(c) * (3 if (len(body) - i) % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def isbn13_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 13 and ean_digit(d[:12]) == d[12]


def aba_ok(text: str) -> bool:
    d = digits(text)
    w = (3, 7, 1) * 3
    return len(d) == 9 and sum(int(c) * x for c, x in zip(d, w, strict=True)) % 10 == 0


def ssn_ok(text: str) -> bool:
    d = digits(text)
    return (
        len(d) == 9
        and d[:3] not in ("000", "666")
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )
