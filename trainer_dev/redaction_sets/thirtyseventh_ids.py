"""Check digits, ids, cards, IBANs and local bank values of the thirty-seventh set.

Every generator draws digits and computes the check in code; each ``*_ok`` re-checks a written
value (the self-test runs them on every item).
"""

from __future__ import annotations

import random
import re
import string

DIG = string.digits
UP = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# ---------------------------------------------------------------- Luhn, cards
def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card(rng: random.Random) -> tuple[str, str]:
    """(written card, form)."""
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + _d(rng, 12)
        num = body + luhn_digit(body)
        return f"{num[:4]} {num[4:10]} {num[10:]}", "amex_465"
    pre = "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    body = pre + _d(rng, 15 - len(pre))
    num = body + luhn_digit(body)
    style = rng.choice(["grouped", "dashed", "compact"])
    groups = [num[i : i + 4] for i in range(0, 16, 4)]
    text = {"grouped": " ".join(groups), "dashed": "-".join(groups), "compact": num}[style]
    return text, f"{brand}_{style}"


def card_ok(text: str) -> bool:
    num = digits(text)
    if len(num) == 15:
        return num[:2] in ("34", "37") and luhn_ok(num)
    return (
        len(num) == 16
        and (num[0] == "4" or 51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720)
        and luhn_ok(num)
    )


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"GB": 22, "AT": 20, "FR": 27, "IT": 27, "BE": 16, "PL": 28, "BA": 20}


def _alnum_num(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    if _alnum_num(s[4:] + s[:4]) % 97 != 1:
        return False
    return national_key_ok(s)


def _iban(country: str, bban: str) -> str:
    check = 98 - _alnum_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def _fr_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(str(int(c, 36) % 9 or 9) if c.isalpha() else c for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


_CIN_ODD = [
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
]


def _cin(rest: str) -> str:
    total = 0
    for i, c in enumerate(rest):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return UP[total % 26]


def _pl_bank_ok(code: str) -> bool:
    w = [3, 9, 7, 1, 3, 9, 7]
    return (sum(int(a) * b for a, b in zip(code[:7], w, strict=False)) + int(code[7])) % 10 == 0


def national_key_ok(s: str) -> bool:
    country, bban = s[:2], s[4:]
    if country == "FR":
        return _fr_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
    if country == "IT":
        return _cin(bban[1:]) == bban[0]
    if country == "BE":
        r = int(bban[:10]) % 97 or 97
        return f"{r:02d}" == bban[10:]
    if country == "BA":
        return 98 - int(bban[:14] + "00") % 97 == int(bban[14:])
    if country == "PL":
        return _pl_bank_ok(bban[:8])
    return True


AT_BANKS = ["20111", "12000", "14000", "32000", "60000", "38000", "20404"]
GB_BANKS = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")]
FR_BANKS = ["30004", "30003", "20041", "10278", "30002", "17515"]
IT_BANKS = ["03069", "02008", "05034", "01030", "03111"]
BE_BANKS = ["001", "068", "063", "363", "735", "979"]
PL_BANKS = ["1020", "1050", "1090", "1140", "1240", "1160"]
BA_BANKS = ["161", "338", "154", "134", "141"]


def iban(rng: random.Random, country: str) -> str:
    if country == "GB":
        bank, sort = rng.choice(GB_BANKS)
        bban = bank + sort + _d(rng, 4) + _d(rng, 8)
    elif country == "AT":
        bban = rng.choice(AT_BANKS) + _d(rng, 11)
    elif country == "FR":
        bank, branch, acc = rng.choice(FR_BANKS), _d(rng, 5), _d(rng, 11)
        bban = bank + branch + acc + _fr_key(bank, branch, acc)
    elif country == "IT":
        rest = rng.choice(IT_BANKS) + _d(rng, 5) + _d(rng, 12)
        bban = _cin(rest) + rest
    elif country == "BE":
        head = rng.choice(BE_BANKS) + _d(rng, 7)
        bban = head + f"{int(head) % 97 or 97:02d}"
    elif country == "PL":
        while True:
            code = rng.choice(PL_BANKS) + _d(rng, 3)
            w = [3, 9, 7, 1, 3, 9, 7]
            code += str((10 - sum(int(a) * b for a, b in zip(code, w, strict=False)) % 10) % 10)
            if _pl_bank_ok(code):
                break
        bban = code + _d(rng, 16)
    else:  # BA
        head = rng.choice(BA_BANKS) + _d(rng, 3) + _d(rng, 8)
        bban = head + f"{98 - int(head + '00') % 97:02d}"
    return _iban(country, bban)


def iban_print(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- local bank values
def aba_ok(routing: str) -> bool:
    d = [int(c) for c in routing]
    return (
        len(d) == 9
        and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def aba(rng: random.Random) -> str:
    while True:
        r = rng.choice(
            [
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "10",
                "11",
                "12",
                "21",
                "22",
                "26",
                "31",
            ]
        ) + _d(rng, 6)
        for c in DIG:
            if aba_ok(r + c):
                return r + c


CLABE_BANKS = ["002", "012", "014", "021", "072", "044", "137"]


def clabe_digit(body: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(a) * b % 10 for a, b in zip(body, w, strict=False)) % 10) % 10)


def clabe_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 18 and clabe_digit(d[:17]) == d[17]


def bank_value(rng: random.Random, locale: str) -> tuple[str, str]:
    """(written local bank value, form) for the locales without IBAN."""
    if locale == "en_US":
        return f"{aba(rng)} {rng.choice(['', '00'])}{_d(rng, 8)}".replace("  ", " "), "aba_acct"
    if locale == "es_MX":
        body = rng.choice(CLABE_BANKS) + rng.choice(["180", "320", "580", "650"]) + _d(rng, 11)
        c = body + clabe_digit(body)
        if rng.random() < 0.5:
            return f"{c[:3]} {c[3:6]} {c[6:17]} {c[17]}", "clabe_grouped"
        return c, "clabe"
    if locale == "en_KE":
        return rng.choice(["01", "11", "12"]) + _d(rng, 11), "ke_account"
    if locale == "fr_HT":
        return f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 1)}", "ht_account"
    # es_NI
    return f"{rng.choice(['10', '20', '30'])}{_d(rng, 7)}{rng.choice(['0', '1'])}", "ni_account"


def bank_ok(locale: str, text: str) -> bool:
    d = digits(text)
    if locale == "en_US":
        return aba_ok(d[:9]) and 8 <= len(d) - 9 <= 10
    if locale == "es_MX":
        return clabe_ok(text)
    return {"en_KE": 13, "fr_HT": 11, "es_NI": 10}[locale] == len(d)


# ---------------------------------------------------------------- national ids
def ssn_ok(text: str) -> bool:
    d = digits(text)
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn(rng: random.Random) -> str:
    while True:
        a, g, s = _d(rng, 3), _d(rng, 2), _d(rng, 4)
        if ssn_ok(a + g + s):
            return f"{a}-{g}-{s}" if rng.random() < 0.8 else f"{a} {g} {s}"


def itin_ok(text: str) -> bool:
    d = digits(text)
    m = int(d[3:5])
    return len(d) == 9 and d[0] == "9" and (70 <= m <= 88 or 90 <= m <= 92 or 94 <= m <= 99)


def itin(rng: random.Random) -> str:
    m = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{_d(rng, 2)}-{m}-{_d(rng, 4)}"


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return (
        re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
        and s[:2] not in NINO_BAD
    )


def nino(rng: random.Random) -> str:
    while True:
        p = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        s = p + _d(rng, 6) + rng.choice("ABCD")
        if nino_ok(s):
            if rng.random() < 0.6:
                return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"
            return s


def nhs_check(body: str) -> int:
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return 0 if r == 11 else r


def nhs_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])


def nhs(rng: random.Random) -> str:
    while True:
        body = rng.choice("456") + _d(rng, 8)
        c = nhs_check(body)
        if c != 10:
            n = body + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


SVNR_W = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]


def svnr_ok(text: str) -> bool:
    d = digits(text)
    if len(d) != 10 or d[0] == "0":
        return False
    return sum(int(a) * w for a, w in zip(d, SVNR_W, strict=False)) % 11 == int(d[3])


def svnr(rng: random.Random) -> str:
    while True:
        serial = rng.choice("123456789") + _d(rng, 2)
        born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
        c = sum(int(a) * w for a, w in zip(serial + "0" + born, SVNR_W, strict=False)) % 11
        if c < 10:
            return f"{serial}{c} {born}"


def at_steuernr(rng: random.Random) -> str:
    return (
        f"{rng.choice(['03', '04', '06', '07', '09', '10', '12', '15'])}-{_d(rng, 3)}/{_d(rng, 4)}"
    )


def at_steuernr_ok(text: str) -> bool:
    return re.fullmatch(r"\d{2}-\d{3}/\d{4}", text) is not None


def nir_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 15 and d[0] in "12" and 97 - int(d[:13]) % 97 == int(d[13:])


def nir(rng: random.Random) -> str:
    sex = rng.choice("12")
    yy, mm = f"{rng.randint(40, 99):02d}", f"{rng.randint(1, 12):02d}"
    dept = f"{rng.choice([n for n in range(1, 96) if n != 20]):02d}"
    body = sex + yy + mm + dept + _d(rng, 3) + _d(rng, 3)
    key = f"{97 - int(body) % 97:02d}"
    if rng.random() < 0.6:
        return f"{sex} {yy} {mm} {dept} {body[7:10]} {body[10:13]} {key}"
    return body + key


def spi_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 13 and d[0] in "0123" and int(d[:10]) % 511 == int(d[10:])


def spi(rng: random.Random) -> str:
    head = rng.choice("0123") + _d(rng, 9)
    n = head + f"{int(head) % 511:03d}"
    return f"{n[:2]} {n[2:4]} {n[4:7]} {n[7:10]} {n[10:]}"


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
MX_STATES = ["DF", "JC", "NL", "PL", "YN", "OC", "QT", "BC", "QR", "MN", "GT", "VZ", "CH"]


def curp_digit(body: str) -> str:
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def curp_ok(text: str) -> bool:
    return (
        re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d", text) is not None
        and curp_digit(text[:17]) == text[17]
        and text[11:13] in MX_STATES
    )


def curp(rng: random.Random, gender: str) -> str:
    cons = "BCDFGHJKLMNPQRSTVZ"
    head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons + "AEIO")
    born = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = (
        head
        + born
        + ("M" if gender == "f" else "H")
        + rng.choice(MX_STATES)
        + "".join(rng.choice(cons) for _ in range(3))
        + "0"
    )
    return body + curp_digit(body)


def nss_mx(rng: random.Random) -> str:
    body = _d(rng, 2) + f"{rng.randint(70, 99):02d}" + f"{rng.randint(50, 99):02d}" + _d(rng, 4)
    return body + luhn_digit(body)


def nss_mx_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 11 and luhn_ok(d)


# Italian codice fiscale
_MONTHS = "ABCDEHLMPRST"
BELFIORE = [
    "H501",
    "F205",
    "F839",
    "L219",
    "A944",
    "D612",
    "G273",
    "A662",
    "C351",
    "D969",
    "L736",
    "L424",
]
_ODD = {
    **dict(zip(DIG, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=False)),
    **dict(
        zip(
            UP,
            [
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
            strict=False,
        )
    ),
}
_EVEN = {**{c: int(c) for c in DIG}, **{c: i for i, c in enumerate(UP)}}


def _plain_letters(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text.upper())
    return "".join(c for c in t if "A" <= c <= "Z")


def _cf_part(text: str, given: bool) -> str:
    s = _plain_letters(text)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def cf_check(body: str) -> str:
    total = sum(_ODD[c] if i % 2 == 0 else _EVEN[c] for i, c in enumerate(body))
    return UP[total % 26]


def codice_fiscale(rng: random.Random, given: str, surname: str, gender: str) -> str:
    day = rng.randint(1, 28) + (40 if gender == "f" else 0)
    body = (
        _cf_part(surname, False)
        + _cf_part(given, True)
        + f"{rng.randint(45, 99):02d}"
        + rng.choice(_MONTHS)
        + f"{day:02d}"
        + rng.choice(BELFIORE)
    )
    return body + cf_check(body)


def cf_ok(text: str) -> bool:
    return (
        re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", text) is not None
        and cf_check(text[:15]) == text[15]
        and int(text[9:11]) % 40 in range(1, 32)
    )


def cie(rng: random.Random) -> str:
    return "C" + rng.choice("ABCDE") + _d(rng, 5) + rng.choice(UP) + rng.choice(UP)


def cie_ok(text: str) -> bool:
    return re.fullmatch(r"C[A-E]\d{5}[A-Z]{2}", text) is not None


def rrn_ok(text: str) -> bool:
    d = digits(text)
    if len(d) != 11:
        return False
    c = int(d[9:])
    return 97 - int(d[:9]) % 97 == c or 97 - int("2" + d[:9]) % 97 == c


def rrn(rng: random.Random) -> str:
    year = rng.randint(1945, 2006)
    yy, mm, dd = f"{year % 100:02d}", f"{rng.randint(1, 12):02d}", f"{rng.randint(1, 28):02d}"
    seq = f"{rng.randint(1, 997):03d}"
    base = yy + mm + dd + seq
    c = 97 - int(("2" if year >= 2000 else "") + base) % 97
    return f"{yy}.{mm}.{dd}-{seq}.{c:02d}"


def be_eid(rng: random.Random) -> str:
    head = rng.choice(["591", "592", "593", "600"]) + _d(rng, 7)
    c = int(head) % 97 or 97
    return f"{head[:3]}-{head[3:]}-{c:02d}"


def be_eid_ok(text: str) -> bool:
    d = digits(text)
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel_ok(text: str) -> bool:
    d = digits(text)
    if len(d) != 11:
        return False
    return (10 - sum(int(a) * w for a, w in zip(d, PESEL_W, strict=False)) % 10) % 10 == int(d[10])


def pesel(rng: random.Random, gender: str) -> str:
    year = rng.randint(1950, 2007)
    mm = rng.randint(1, 12) + (20 if year >= 2000 else 0)
    sx = rng.choice("02468" if gender == "f" else "13579")
    body = f"{year % 100:02d}{mm:02d}{rng.randint(1, 28):02d}{_d(rng, 3)}{sx}"
    return body + str((10 - sum(int(a) * w for a, w in zip(body, PESEL_W, strict=False)) % 10) % 10)


_DO_W = [7, 3, 1, 9, 7, 3, 1, 7, 3]


def dowod_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if re.fullmatch(r"[A-Z]{3}\d{6}", s) is None:
        return False
    vals = [ord(c) - 55 for c in s[:3]] + [int(c) for c in s[3:]]
    return sum(v * w for v, w in zip(vals, _DO_W, strict=False)) % 10 == 0


def dowod(rng: random.Random) -> str:
    letters = "A" + rng.choice("BYZ") + rng.choice(UP)
    rest = _d(rng, 5)
    vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
    s = sum(v * w for v, w in zip(vals, _DO_W, strict=False)) % 10
    c = s  # weight 9 == -1 (mod 10)
    out = f"{letters}{c}{rest}"
    return out if rng.random() < 0.6 else f"{letters} {c}{rest}"


def ke_id(rng: random.Random) -> str:
    return rng.choice("123") + _d(rng, 7)


def ke_id_ok(text: str) -> bool:
    return re.fullmatch(r"[1-3]\d{7}", text) is not None


def kra_pin(rng: random.Random, company: bool = False) -> str:
    return ("P05" if company else "A00") + _d(rng, 7) + rng.choice(UP)


def kra_ok(text: str, company: bool = False) -> bool:
    return re.fullmatch(("P05" if company else "A00") + r"\d{7}[A-Z]", text) is not None


def jmbg_check(body: str) -> int:
    a = [int(c) for c in body]
    s = sum((7 - i) * (a[i] + a[i + 6]) for i in range(6))
    m = 11 - s % 11
    return 0 if m == 11 else m


def jmbg_ok(text: str) -> bool:
    d = digits(text)
    return (
        len(d) == 13
        and 10 <= int(d[7:9]) <= 19
        and jmbg_check(d[:12]) == int(d[12])
        and 1 <= int(d[:2]) <= 31
        and 1 <= int(d[2:4]) <= 12
    )


def jmbg(rng: random.Random, gender: str) -> str:
    while True:
        year = rng.randint(1950, 2006)
        serial = rng.randint(500, 999) if gender == "f" else rng.randint(0, 499)
        body = (
            f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{year % 1000:03d}"
            f"{rng.randint(10, 19)}{serial:03d}"
        )
        c = jmbg_check(body)
        if c < 10:
            return body + str(c)


def ht_nif(rng: random.Random) -> str:
    return (
        f"{rng.choice(['000', '001', '002', '003', '004'])}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 1)}"
    )


def ht_nif_ok(text: str) -> bool:
    return re.fullmatch(r"00[0-4]-\d{3}-\d{3}-\d", text) is not None


def ht_cin(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 10):02d}-{rng.randint(1, 20):02d}-{rng.randint(1, 9):02d}-"
        f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{_d(rng, 5)}"
    )


def ht_cin_ok(text: str) -> bool:
    return re.fullmatch(r"\d{2}-\d{2}-\d{2}-(19[5-9]\d|200\d)-\d{2}-\d{5}", text) is not None


NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"
NI_MUNI = [
    "001",
    "041",
    "081",
    "121",
    "161",
    "201",
    "241",
    "281",
    "291",
    "361",
    "401",
    "441",
    "451",
    "481",
    "561",
    "601",
    "611",
]


def ni_cedula(rng: random.Random) -> str:
    born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"
    seq = f"{rng.randint(1, 9999):04d}"
    body = rng.choice(NI_MUNI) + born + seq
    return f"{body[:3]}-{born}-{seq}{NI_LETTERS[int(body) % 23]}"


def ni_cedula_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{6})-(\d{4})([A-Z])", text)
    return m is not None and NI_LETTERS[int("".join(m.groups()[:3])) % 23] == m.group(4)


def ni_inss(rng: random.Random) -> str:
    return rng.choice("12") + _d(rng, 8)


def ni_inss_ok(text: str) -> bool:
    return re.fullmatch(r"[12]\d{8}", text) is not None


def rfc_check(body: str) -> str:
    table = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
    s = body.rjust(12)
    total = sum(table.index(c) * (13 - i) for i, c in enumerate(s))
    r = 11 - total % 11
    return "0" if r == 11 else "A" if r == 10 else str(r)
