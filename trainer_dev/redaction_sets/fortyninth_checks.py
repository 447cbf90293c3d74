"""Check-digit rules for the forty-ninth set: the generators use them, the self-test recomputes.

Each ``*_ok`` takes the value as written (separators allowed) and says whether its checks hold.
"""

from __future__ import annotations

import re

FI_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
IBAN_LENGTHS = {"NL": 18, "SE": 24, "FI": 18, "BE": 16, "CH": 21, "IE": 22, "GB": 22,
                "ES": 24, "FR": 27, "DE": 22}
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn_digit(body: str) -> str:
    """The Luhn digit that makes ``body + digit`` pass."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    d = digits(number)
    return len(d) > 1 and luhn_digit(d[:-1]) == d[-1]


def iban_digits(text: str) -> str:
    return "".join(str(int(c, 36)) for c in text)


def iban_check(country: str, bban: str) -> str:
    rest = int(iban_digits(bban + country + "00")) % 97
    return f"{98 - rest:02d}"


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return int(iban_digits(s[4:] + s[:4])) % 97 == 1


def be_account_ok(bban: str) -> bool:
    """Belgian account: the last two digits are the first ten mod 97 (0 -> 97)."""
    head, key = int(bban[:10]), int(bban[10:12])
    return (head % 97 or 97) == key


def es_dc(ten: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
    return str({10: 1, 11: 0}.get(r, r))


def es_bban_ok(bban: str) -> bool:
    return es_dc("00" + bban[:8]) == bban[8] and es_dc(bban[10:]) == bban[9]


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(str(int(c, 36) % 9 or 9) if c.isalpha() else c for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


# --- national ids -------------------------------------------------------------------------


def tfn_ok(value: str) -> bool:  # Australian tax file number
    d = digits(value)
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11 == 0


def medicare_ok(value: str) -> bool:  # Australian Medicare card: digit 9 checks digits 1-8
    d = digits(value)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return (len(d) in (10, 11) and d[0] in "23456"
            and sum(int(c) * x for c, x in zip(d[:8], w, strict=True)) % 10 == int(d[8]))


def sin_ok(value: str) -> bool:  # Canadian social insurance number
    d = digits(value)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def bsn_ok(value: str) -> bool:  # Dutch burgerservicenummer, the 11-test
    d = digits(value)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


def personnummer_ok(value: str) -> bool:  # Swedish, Luhn over YYMMDDNNNC
    d = digits(value)
    d = d[-10:]
    return len(d) == 10 and luhn_ok(d) and 1 <= int(d[2:4]) <= 12


def hetu_ok(value: str) -> bool:  # Finnish henkilötunnus DDMMYYCZZZQ
    m = re.fullmatch(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])", value.strip())
    return bool(m) and FI_CHARS[int(m.group(1) + m.group(3)) % 31] == m.group(4)


def curp_digit(first17: str) -> str:
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(first17))
    return str((10 - total % 10) % 10)


def curp_ok(value: str) -> bool:
    v = value.strip().upper()
    return (bool(re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", v))
            and curp_digit(v[:17]) == v[17])


def clabe_digit(first17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * x % 10 for c, x in zip(first17, w, strict=False)) % 10) % 10)


def clabe_ok(value: str) -> bool:  # Mexican 18-digit interbank account
    d = digits(value)
    return len(d) == 18 and clabe_digit(d[:17]) == d[17]


def rrn_ok(value: str) -> bool:  # Belgian national register number, mod 97 (born 2000+: '2' prefix)
    d = digits(value)
    if len(d) != 11:
        return False
    body, key = int(d[:9]), int(d[9:])
    return 97 - body % 97 == key or 97 - int("2" + d[:9]) % 97 == key


def ean13_digit(first12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)


def ahv_ok(value: str) -> bool:  # Swiss AHV/AVS number 756.XXXX.XXXX.XC, EAN-13 check
    d = digits(value)
    return len(d) == 13 and d.startswith("756") and ean13_digit(d[:12]) == d[12]


def sa_id_ok(value: str) -> bool:  # South African identity number YYMMDD SSSS C A Z, Luhn
    d = digits(value)
    return len(d) == 13 and 1 <= int(d[2:4]) <= 12 and d[10] in "01" and luhn_ok(d)


def pps_letter(seven: str, second: str = "") -> str:
    total = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1), strict=True))
    if second:
        total += 9 * PPS_LETTERS.index(second)
    return PPS_LETTERS[total % 23]


def pps_ok(value: str) -> bool:  # Irish PPS number: 7 digits, check letter, optional W/A/B/H
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", re.sub(r"[\s-]", "", value.upper()))
    return bool(m) and pps_letter(m.group(1), m.group(3) if m.group(3) != "W" else "") == m.group(2)


def cw_id_ok(value: str) -> bool:  # Curaçao identity number: YYYYMMDD + 2 digits, a real date
    d = digits(value)
    return len(d) == 10 and 1930 <= int(d[:4]) <= 2008 and 1 <= int(d[4:6]) <= 12 \
        and 1 <= int(d[6:8]) <= 28


def vin_digit(first: str) -> str:
    """North American VIN check digit (position 9) over the 17 characters, '0' at position 9."""
    values = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9,
                                                  2, 3, 4, 5, 6, 7, 8, 9], strict=True))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else values[c]) * w
                for c, w in zip(first, weights, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_ok(value: str) -> bool:
    return len(value) == 17 and vin_digit(value) == value[8]


def isbn13_ok(value: str) -> bool:
    d = digits(value)
    return len(d) == 13 and ean13_digit(d[:12]) == d[12]


def be_company_ok(value: str) -> bool:  # Belgian enterprise number 0XXX.XXX.XXX, mod 97
    d = digits(value)
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


def che_uid_ok(value: str) -> bool:  # Swiss UID CHE-XXX.XXX.XXX, mod 11 weights 5432765 4
    d = digits(value)
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    r = 11 - sum(int(c) * x for c, x in zip(d[:8], w, strict=True)) % 11
    return len(d) == 9 and r != 10 and (0 if r == 11 else r) == int(d[8])


def nl_vat_ok(value: str) -> bool:  # Dutch company VAT NL + RSIN (the 11-test) + B01
    s = value.replace(" ", "").replace(".", "").upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", s)) and bsn_ok(s[2:11])
