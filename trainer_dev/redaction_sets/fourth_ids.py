"""Numbers for the fourth held-out set: check digits written from the published rules, and
generators for national ids, payment cards, IBANs, phones and IP addresses.

Every generator takes a ``random.Random`` and returns the value as it would be written in a
post. The validators (``*_ok``) are used by the set's own tests.
"""

from __future__ import annotations

import random
import string

# --- generic check-digit schemes -------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled: the check digit will sit to the right of it
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return len(digits) > 1 and luhn_digit("".join(digits[:-1])) == digits[-1]


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def mod97_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_from(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"


def ean13_digit(body12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return str((10 - total % 10) % 10)


def isbn10_digit(body9: str) -> str:
    r = sum((10 - i) * int(d) for i, d in enumerate(body9)) % 11
    c = (11 - r) % 11
    return "X" if c == 10 else str(c)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- national ids ----------------------------------------------------------------------------


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gb_nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD:
            break
    d = digits(rng, 6)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
    return f"{prefix}{d}{suffix}"


def nino_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return (
        len(s) == 9
        and s[0] in _NINO_FIRST
        and s[1] in _NINO_SECOND
        and s[:2] not in _NINO_BAD
        and s[2:8].isdigit()
        and s[8] in "ABCD"
    )


def ppsn_letter(body7: str, second: str = "") -> str:
    total = sum(int(d) * w for d, w in zip(body7, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def ie_ppsn(rng: random.Random) -> str:
    body = digits(rng, 7)
    second = rng.choice(["", "A", "A", "B"])
    return body + ppsn_letter(body, second) + second


def ppsn_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return s[:7].isdigit() and s[7] == ppsn_letter(s[:7], s[8:9])


_TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def au_tfn(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 7)
        last = sum(int(d) * w for d, w in zip(body, _TFN_W, strict=False)) % 11
        if last < 10:  # 10 * last == -last (mod 11): the 9th digit cancels the sum
            n = body + str(last)
            break
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def tfn_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isdigit())
    return len(s) == 9 and sum(int(d) * w for d, w in zip(s, _TFN_W, strict=True)) % 11 == 0


def ca_sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + digits(rng, 7)
    n = body + luhn_digit(body)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def in_aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    n = body + verhoeff_digit(body)
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}", n])


def in_pan(rng: random.Random, surname: str) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    initial = next((c for c in surname.upper() if c in string.ascii_uppercase), "K")
    return f"{letters}P{initial}{digits(rng, 4)}{rng.choice(string.ascii_uppercase)}"


def steuer_id_digit(body10: str) -> str:
    product = 10
    for ch in body10:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def de_steuer_id(rng: random.Random) -> str:
    while True:
        pool = rng.sample(string.digits, 9)  # one digit never appears ...
        pool.append(rng.choice(pool))  # ... and one appears twice
        rng.shuffle(pool)
        if pool[0] != "0":
            break
    body = "".join(pool)
    n = body + steuer_id_digit(body)
    return rng.choice(
        [f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"]
    )


def steuer_id_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isdigit())
    if len(s) != 11 or s[0] == "0":
        return False
    counts = sorted((s[:10].count(d) for d in set(s[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1] == 1 and steuer_id_digit(s[:10]) == s[10]


def fr_nir(rng: random.Random) -> str:
    sex = rng.choice("12")
    yy, mm = rng.randint(40, 99), rng.randint(1, 12)
    dept = rng.choice([d for d in range(1, 96) if d != 20])
    commune, order = rng.randint(1, 990), rng.randint(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dept:02d}{commune:03d}{order:03d}"
    key = 97 - int(body) % 97
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}"]
    return rng.choice(
        [" ".join(parts), body + f"{key:02d}", " ".join(parts[:-1]) + f" - {key:02d}"]
    )


def nir_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isdigit())
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


_CF_ODD = dict(
    zip(
        string.digits + string.ascii_uppercase,
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        + [
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
        ],
        strict=True,
    )
)
_CF_EVEN = {
    c: (int(c) if c.isdigit() else ord(c) - 65) for c in string.digits + string.ascii_uppercase
}


def it_check_char(body: str) -> str:
    """The odd/even table check of the codice fiscale (also the CIN of an Italian BBAN)."""
    total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(body))
    return chr(65 + total % 26)


def _plain_upper(word: str) -> str:
    table = str.maketrans("ÀÁÈÉÌÍÒÓÙÚ", "AAEEIIOOUU")
    return "".join(c for c in word.upper().translate(table) if c in string.ascii_uppercase)


def _cf_part(word: str, is_name: bool) -> str:
    w = _plain_upper(word)
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


_BELFIORE = [
    "F205",
    "H501",
    "L219",
    "F839",
    "D612",
    "A944",
    "D969",
    "G273",
    "A662",
    "L736",
    "C351",
    "B157",
]


def it_codice_fiscale(rng: random.Random, surname: str, given: str, female: bool) -> str:
    yy, month, day = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
    body = (
        _cf_part(surname, False)
        + _cf_part(given, True)
        + f"{yy:02d}"
        + "ABCDEHLMPRST"[month - 1]
        + f"{day + (40 if female else 0):02d}"
        + rng.choice(_BELFIORE)
    )
    return body + it_check_char(body)


def cf_ok(value: str) -> bool:
    return len(value) == 16 and it_check_char(value[:15]) == value[15]


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng: random.Random) -> str:
    if rng.random() < 0.3:  # NIE
        lead = rng.choice("XYZ")
        body = digits(rng, 7)
        letter = _DNI[int(str("XYZ".index(lead)) + body) % 23]
        return rng.choice([f"{lead}{body}{letter}", f"{lead}-{body}-{letter}"])
    n = rng.randint(1_000_000, 99_999_999)
    letter = _DNI[n % 23]
    s = f"{n:08d}"
    return rng.choice([f"{s}{letter}", f"{s}-{letter}", f"{s[:2]}.{s[2:5]}.{s[5:]}-{letter}"])


def dni_ok(value: str) -> bool:
    s = value.replace("-", "").replace(".", "")
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return s[:-1].isdigit() and _DNI[int(s[:-1]) % 23] == s[-1]


def cpf_digits(body9: str) -> str:
    d1 = sum(int(d) * w for d, w in zip(body9, range(10, 1, -1), strict=True)) * 10 % 11 % 10
    ten = body9 + str(d1)
    d2 = sum(int(d) * w for d, w in zip(ten, range(11, 1, -1), strict=True)) * 10 % 11 % 10
    return f"{d1}{d2}"


def br_cpf(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        if len(set(body)) > 1:
            break
    n = body + cpf_digits(body)
    return rng.choice(
        [f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n, f"{n[:3]}.{n[3:6]}.{n[6:9]}/{n[9:]}"]
    )


def cpf_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isdigit())
    return len(s) == 11 and cpf_digits(s[:9]) == s[9:]


def nl_bsn(rng: random.Random) -> str:
    while True:
        body = rng.choice("12345678") + digits(rng, 7)
        rest = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if rest < 10:  # the 9th digit (weight -1) must equal the weighted sum mod 11
            n = body + str(rest)
            break
    return rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def bsn_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isdigit())
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(s) == 9 and sum(int(d) * w for d, w in zip(s, weights, strict=True)) % 11 == 0


# --- payment cards and IBANs -----------------------------------------------------------------


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        n = body + luhn_digit(body)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    prefix = {
        "visa": "4",
        "mc": str(rng.randint(51, 55)),
        "mc2": str(rng.randint(2221, 2720)),
        "discover": "6011",
    }[brand]
    body = prefix + digits(rng, 15 - len(prefix))
    n = body + luhn_digit(body)
    groups = [n[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice(
        [" ".join(groups), "-".join(groups), n, " ".join(groups).replace(" ", "  ", 1)]
    )


_GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]
_IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]
_NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"]


def _rib_value(ch: str) -> str:
    if ch.isdigit():
        return ch
    i = ord(ch) - 65
    return str((i % 9) + 1 + (1 if ch >= "S" else 0)) if i >= 18 else str(i % 9 + 1)


def rib_key(bank: str, branch: str, account: str) -> str:
    acct = "".join(_rib_value(c) for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_ccc_digit(ten: str) -> str:
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def bban(rng: random.Random, country: str) -> str:
    if country == "GB":
        return rng.choice(_GB_BANKS) + digits(rng, 14)
    if country == "IE":
        return rng.choice(_IE_BANKS) + digits(rng, 14)
    if country == "DE":
        return digits(rng, 18)
    if country == "AT":
        return digits(rng, 16)
    if country == "NL":
        return rng.choice(_NL_BANKS) + digits(rng, 10)
    if country == "BE":
        body = digits(rng, 10)
        return body + f"{int(body) % 97 or 97:02d}"
    if country == "FR":
        bank, branch = digits(rng, 5), digits(rng, 5)
        account = digits(rng, 11)
        return bank + branch + account + rib_key(bank, branch, account)
    if country == "IT":
        rest = digits(rng, 10) + digits(rng, 12)
        return it_check_char(rest) + rest
    if country == "ES":
        bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        dc = es_ccc_digit("00" + bank + branch) + es_ccc_digit(account)
        return bank + branch + dc + account
    if country == "BR":
        return digits(rng, 23) + "C" + rng.choice("12")
    raise ValueError(country)


def iban(rng: random.Random, country: str) -> str:
    n = iban_from(country, bban(rng, country))
    style = rng.random()
    if style < 0.6:
        return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    if style < 0.9:
        return n
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4)).lower()


# --- IP addresses ----------------------------------------------------------------------------


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.7:
        first = rng.choice(
            [23, 31, 45, 62, 78, 81, 85, 91, 109, 141, 151, 176, 185, 193, 203, 212, 217]
        )
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.85:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    groups = ["2a02", "2001", "2a01", "2a00", "2003"][rng.randint(0, 4)]
    rest = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(3)]
    tail = [f"{rng.randint(0x1000, 0xFFFF):x}" for _ in range(2)]
    return f"{groups}:{':'.join(rest)}::{':'.join(tail)}"
