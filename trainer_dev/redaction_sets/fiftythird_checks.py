"""Check digits and number generators for the fifty-third set, written for it from the standards.

Every generator draws from the ``random.Random`` it is given and computes its own check digit;
the ``valid_*`` functions are the checkers the self-test runs on a valid and a corrupted value.
"""

from __future__ import annotations

import random
import string

import phonenumbers

# ---------------------------------------------------------------- checksum primitives


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def ean_check(body: str) -> str:
    """The GS1 check digit (EAN-13, UPC-A, ISBN-13, ISMN, AHV): weights 1 and 3 from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def ean_ok(code: str) -> bool:
    digits = "".join(c for c in code if c.isdigit())
    return len(digits) in (8, 12, 13) and ean_check(digits[:-1]) == digits[-1]


def mod11_10_check(body: str) -> str:
    """ISO 7064 MOD 11,10 (German Steuer-IdNr and USt-IdNr)."""
    product = 10
    for ch in body:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    return str((11 - product) % 10)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_complete(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def group(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- personal ids


def ca_sin(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(
        rng.choice(string.digits) for _ in range(7)
    )
    return luhn_complete(body)


def se_personnummer(rng: random.Random) -> str:
    yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 999):03d}"
    return luhn_complete(body)


def nl_bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def nl_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True)) % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def ch_ahv(rng: random.Random) -> str:
    body = "756" + "".join(rng.choice(string.digits) for _ in range(9))
    return body + ean_check(body)


def be_rrn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    check = int(d[9:])
    return 97 - int(d[:9]) % 97 == check or 97 - int("2" + d[:9]) % 97 == check


def be_rrn(rng: random.Random) -> str:
    """Belgian national register number; born 2000 or later puts a 2 before the nine digits."""
    yy, mm, dd, seq = (
        rng.randint(0, 99),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(1, 997),
    )
    body = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    base = int(("2" + body) if yy < 20 else body)
    return body + f"{97 - base % 97:02d}"


def cz_rc_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and int(d) % 11 == 0


def cz_rodne_cislo(rng: random.Random, female: bool) -> str:
    while True:
        yy, mm, dd = rng.randint(54, 99), rng.randint(1, 12), rng.randint(1, 28)
        if female:
            mm += 50
        body = f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 999):03d}"
        check = (-int(body) * 10) % 11
        if check < 10:
            return body + str(check)


def de_steuer_id_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and d[0] != "0" and mod11_10_check(d[:10]) == d[10]


def de_steuer_id(rng: random.Random) -> str:
    """Ten digits where one digit appears exactly twice, then the MOD 11,10 check digit."""
    digits = rng.sample("123456789", 1) + rng.sample("0123456789", 9)
    while digits[0] == "0" or len(set(digits)) != 9:
        pool = list("0123456789")
        rng.shuffle(pool)
        digits = pool[:9]
        digits.insert(rng.randint(1, 9), rng.choice(digits))
    body = "".join(digits)
    return body + mod11_10_check(body)


_PA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def de_ausweis_check(body: str) -> str:
    return str(sum(_PA.index(c) * (7, 3, 1)[i % 3] for i, c in enumerate(body)) % 10)


def de_ausweis(rng: random.Random) -> str:
    body = rng.choice("LMNPRTVWXYZ") + "".join(
        rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
    )
    return body + de_ausweis_check(body)


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp_check(body: str) -> str:
    total = sum(_CURP.index(c) * (18 - i) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def mx_curp(rng: random.Random, surname: str, second: str, given: str, female: bool) -> str:
    def first_inner_vowel(w: str) -> str:
        return next((c for c in w[1:] if c in "AEIOU"), "X")

    def first_inner_cons(w: str) -> str:
        return next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")

    s, m, g = (fold_upper(x) for x in (surname, second, given))
    head = s[0] + first_inner_vowel(s) + m[0] + g[0]
    date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    state = rng.choice(["DF", "JC", "NL", "PL", "OC", "GT", "YN", "VZ", "MC", "QT"])
    tail = first_inner_cons(s) + first_inner_cons(m) + first_inner_cons(g)
    body = head + date + ("M" if female else "H") + state + tail + rng.choice(string.digits)
    return body + mx_curp_check(body)


def fold_upper(s: str) -> str:
    import unicodedata

    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return out.upper().replace(" ", "")


def mx_clabe_check(body: str) -> str:
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def mx_clabe(rng: random.Random) -> str:
    body = (
        rng.choice(["002", "012", "014", "021", "072", "044"])
        + rng.choice(["180", "320", "580", "680"])
        + "".join(rng.choice(string.digits) for _ in range(11))
    )
    return body + mx_clabe_check(body)


def gb_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return (
        first + second + "".join(rng.choice(string.digits) for _ in range(6)) + rng.choice("ABCD")
    )


def us_ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def be_account_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def be_bban(rng: random.Random) -> str:
    body = f"{rng.choice([0, 1, 3, 6, 7, 9])}{rng.randint(10, 99)}" + "".join(
        rng.choice(string.digits) for _ in range(7)
    )
    return body + f"{int(body) % 97 or 97:02d}"


def iban(rng: random.Random, country: str) -> str:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    bban = {
        "GB": lambda: rng.choice(["BARC", "LOYD", "NWBK", "MIDL", "HBUK"]) + d(14),
        "DE": lambda: d(18),
        "BE": lambda: be_bban(rng),
        "SE": lambda: rng.choice(["500", "800", "600", "300"]) + d(17),
        "CZ": lambda: rng.choice(["0800", "0100", "0300", "2010", "5500"]) + d(16),
        "NL": lambda: rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + d(10),
        "CH": lambda: rng.choice(["00774", "00230", "00700", "80808"]) + d(12),
        "AZ": lambda: rng.choice(["NABZ", "IBAZ", "AIIB", "PAHA"]) + d(20),
        "ES": lambda: d(20),
        "FR": lambda: (
            d(10)
            + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(11))
            + d(2)
        ),
    }[country]()
    return iban_complete(country, bban)


def card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["visa", "mc", "amex", "visa", "mc"])
    if kind == "amex":
        num = luhn_complete(
            rng.choice(["34", "37"]) + "".join(rng.choice(string.digits) for _ in range(12))
        )
        return f"{num[:4]} {num[4:10]} {num[10:]}", num
    head = "4" if kind == "visa" else str(rng.randint(51, 55))
    num = luhn_complete(head + "".join(rng.choice(string.digits) for _ in range(15 - len(head))))
    return group(num), num


# ---------------------------------------------------------------- look-alike standards


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice(["1", "3", "2", "84", "91", "80", "90"])
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    full = body + ean_check(body)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def isbn10_ok(s: str) -> bool:
    c = s.replace("-", "")
    total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(c))
    return len(c) == 10 and total % 11 == 0


def isbn10(rng: random.Random) -> str:
    body = rng.choice(["0", "1", "3", "2"]) + "".join(rng.choice(string.digits) for _ in range(8))
    check = (11 - sum((10 - i) * int(ch) for i, ch in enumerate(body)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


def ismn(rng: random.Random) -> str:
    body = "9790" + "".join(rng.choice(string.digits) for _ in range(8))
    full = body + ean_check(body)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(12 - len(prefix)))
    return body + ean_check(body)


def iswc_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and (
        10 - (1 + sum(i * int(x) for i, x in enumerate(d[:9], 1))) % 10
    ) % 10 == int(d[9])


def iswc(rng: random.Random) -> str:
    d = "".join(rng.choice(string.digits) for _ in range(9))
    check = (10 - (1 + sum(i * int(x) for i, x in enumerate(d, 1))) % 10) % 10
    return f"T-{d[:3]}.{d[3:6]}.{d[6:]}-{check}"


_6346 = {
    c: v for c, v in zip(string.ascii_uppercase, [v for v in range(10, 39) if v % 11], strict=False)
}


def container_ok(s: str) -> bool:
    c = s.replace(" ", "")
    total = sum((_6346[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(c[:10]))
    return len(c) == 11 and total % 11 % 10 == int(c[10])


def container(rng: random.Random) -> str:
    body = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU"]) + "".join(
        rng.choice(string.digits) for _ in range(6)
    )
    total = sum((_6346[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(body))
    return f"{body} {total % 11 % 10}"


def gb_vat_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    total = sum(w * int(x) for w, x in zip(range(8, 1, -1), d[:7], strict=True)) + int(d[7:9])
    return len(d) == 9 and total % 97 in (0, 55)


def gb_vat(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice(string.digits) for _ in range(7))
        check = -sum(w * int(x) for w, x in zip(range(8, 1, -1), body, strict=True)) % 97
        if body[0] != "0":
            return f"GB {body[:3]} {body[3:]} {check:02d}"


def de_vat(rng: random.Random) -> str:
    body = str(rng.randint(1, 3)) + "".join(rng.choice(string.digits) for _ in range(7))
    return "DE" + body + mod11_10_check(body)


def be_enterprise(rng: random.Random) -> str:
    body = f"0{rng.randint(2000000, 9999999)}"
    check = 97 - int(body) % 97
    full = body + f"{check:02d}"
    return f"{full[:4]}.{full[4:7]}.{full[7:]}"


def be_enterprise_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


def se_orgnr(rng: random.Random) -> str:
    num = luhn_complete(
        "5"
        + rng.choice("5679")
        + str(rng.randint(2, 9))
        + "".join(rng.choice(string.digits) for _ in range(6))
    )
    return f"{num[:6]}-{num[6:]}"


def cz_ico_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 8:
        return False
    r = sum(w * x for w, x in zip(range(8, 1, -1), d[:7], strict=True)) % 11
    return d[7] == (11 - r) % 10


def cz_ico(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(7)]
    r = sum(w * x for w, x in zip(range(8, 1, -1), d, strict=True)) % 11
    return "".join(map(str, d)) + str((11 - r) % 10)


def ch_uid_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    r = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4), d[:8], strict=True)) % 11
    return len(d) == 9 and r != 10 and r % 11 == d[8]


def ch_uid(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        r = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4), d, strict=True)) % 11
        if r != 10:
            s = "".join(map(str, d)) + str(r % 11)
            return f"CHE-{s[:3]}.{s[3:6]}.{s[6:]}"


# ---------------------------------------------------------------- phones

_PHONE_REGION = {
    "en_GB": "GB",
    "en_US": "US",
    "en_CA": "CA",
    "de_DE": "DE",
    "fr_BE": "BE",
    "es_MX": "MX",
    "sv_SE": "SE",
    "cs_CZ": "CZ",
    "fy_NL": "NL",
    "rm_CH": "CH",
    "sw_KE": "KE",
    "az_AZ": "AZ",
}

# national significant number prefixes and total lengths, from the numbering plans as we know them
_PHONE_PLAN = {
    "GB": [
        ("74", 10),
        ("75", 10),
        ("77", 10),
        ("78", 10),
        ("79", 10),
        ("207", 10),
        ("113", 10),
        ("161", 10),
        ("131", 10),
        ("117", 10),
        ("1865", 10),
    ],
    "US": [("615", 10), ("212", 10), ("504", 10), ("512", 10), ("323", 10), ("312", 10)],
    "CA": [("416", 10), ("604", 10), ("514", 10), ("613", 10), ("902", 10), ("403", 10)],
    "DE": [
        ("151", 11),
        ("160", 11),
        ("170", 11),
        ("176", 11),
        ("30", 10),
        ("221", 10),
        ("40", 10),
        ("89", 10),
    ],
    "BE": [("470", 9), ("475", 9), ("486", 9), ("496", 9), ("2", 8), ("4", 8), ("81", 8)],
    "MX": [("55", 10), ("33", 10), ("81", 10), ("222", 10), ("999", 10)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("8", 9), ("31", 9), ("40", 9)],
    "CZ": [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("2", 9), ("5", 9)],
    "NL": [("6", 9), ("58", 9), ("513", 9), ("515", 9), ("512", 9)],
    "CH": [("79", 9), ("78", 9), ("76", 9), ("81", 9), ("44", 9)],
    "KE": [("71", 9), ("72", 9), ("73", 9), ("74", 9), ("110", 9), ("20", 9)],
    "AZ": [("50", 9), ("51", 9), ("55", 9), ("70", 9), ("77", 9), ("99", 9), ("12", 9)],
}


def phone_nsn(rng: random.Random, locale: str) -> tuple[str, str]:
    """A valid national significant number for the locale (checked with phonenumbers)."""
    region = _PHONE_REGION[locale]
    while True:
        prefix, length = rng.choice(_PHONE_PLAN[region])
        nsn = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix)))
        if region in ("US", "CA") and (nsn[3] in "01" or nsn[4:6] == "11"):
            continue
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return region, nsn


def phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False
