"""Eighth set: check-digit arithmetic and national-id / payment records (written from the
published standards: ISO/IEC 7812 + Luhn, ISO 13616 mod-97, Verhoeff, national rules)."""

from __future__ import annotations

import random

# --------------------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


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


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(prefix: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(prefix)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return prefix + str(_VINV[c])


def _alnum_to_digits(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - int(_alnum_to_digits(bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def _num(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        map(
            int,
            "1 0 5 7 9 13 15 17 19 21 1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23".split(),
        ),
        strict=True,
    )
)


def _cf_even(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_check(body: str) -> str:
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return chr(65 + total % 26)


# --------------------------------------------------------------------------- national ids


def ssn(rng) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = _num(rng, 6)
    s = rng.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if rng.random() < 0.5 else f"{p}{d}{s}"


def ppsn_check(digits: str, second: str = "") -> str:
    total = sum(int(c) * (8 - i) for i, c in enumerate(digits))
    if second:
        total += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(second))
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def ppsn(rng) -> str:
    d = _num(rng, 7)
    second = rng.choice(["", "", "A", "W"])
    return d + ppsn_check(d, second) + second


def aadhaar(rng) -> str:
    n = verhoeff_complete(str(rng.randint(2, 9)) + _num(rng, 10))
    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.8 else n


def pan(rng, surname: str = "") -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    initial = (
        surname[:1].upper()
        if surname[:1].isalpha() and surname[:1].isascii()
        else rng.choice(letters)
    )
    return (
        "".join(rng.choice(letters) for _ in range(3))
        + "P"
        + initial
        + _num(rng, 4)
        + rng.choice(letters)
    )


def tfn_ok(d: str) -> bool:
    return sum(int(c) * w for c, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10], strict=True)) % 11 == 0


def tfn(rng) -> str:
    while True:
        d = _num(rng, 9)
        if d[0] != "0" and tfn_ok(d):
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin(rng) -> str:
    n = luhn_complete(rng.choice("1234567") + _num(rng, 7))
    return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.6 else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def steuer_check(d10: str) -> str:
    product = 10
    for c in d10:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id(rng) -> str:
    while True:
        digits = rng.sample("0123456789", 9)
        digits.insert(rng.randrange(1, 10), rng.choice(digits))
        if digits[0] != "0":
            break
    d10 = "".join(digits)
    n = d10 + steuer_check(d10)
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if rng.random() < 0.4 else n


def nir(rng) -> str:
    body = (
        f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        f"{rng.choice(['75', '69', '13', '33', '59', '31', '44', '67'])}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return 97 - int(d[:13]) % 97 == int(d[13:])


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng) -> str:
    if rng.random() < 0.3:
        p = rng.choice("XYZ")
        d = _num(rng, 7)
        return f"{p}{d}{_DNI[int(str('XYZ'.index(p)) + d) % 23]}"
    d = f"{rng.randint(1000000, 99999999):08d}"
    return f"{d}{'-' if rng.random() < 0.3 else ''}{_DNI[int(d) % 23]}"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "")
    body = s[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return _DNI[int(body) % 23] == s[-1]


_MONTHS = "ABCDEHLMPRST"
_BELFIORE = [
    "F205",
    "H501",
    "L219",
    "F839",
    "A944",
    "D612",
    "G273",
    "L736",
    "D969",
    "C351",
    "B157",
    "L781",
]


def _cons(s: str) -> str:
    return "".join(c for c in s if c.isalpha() and c not in "AEIOU")


def _vows(s: str) -> str:
    return "".join(c for c in s if c in "AEIOU")


def codice_fiscale(rng, given: str, surname: str) -> str:
    import unicodedata

    def up(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if "A" <= c <= "Z")

    s, g = up(surname), up(given)
    sc = (_cons(s) + _vows(s) + "XXX")[:3]
    gcons = _cons(g)
    gc = (gcons[0] + gcons[2] + gcons[3]) if len(gcons) >= 4 else (gcons + _vows(g) + "XXX")[:3]
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    body = f"{sc}{gc}{rng.randint(50, 99):02d}{rng.choice(_MONTHS)}{day:02d}{rng.choice(_BELFIORE)}"
    return body + cf_check(body)


def bsn(rng) -> str:
    while True:
        d = _num(rng, 9)
        if d[0] != "0" and bsn_ok(d):
            return d if rng.random() < 0.7 else f"{d[:4]}.{d[4:6]}.{d[6:]}"


def bsn_ok(s: str) -> bool:
    d = s.replace(".", "")
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=False)) % 11 == 0


def cpf_digits(nine: str) -> str:
    s = nine
    for n in (10, 11):
        r = sum(int(c) * (n - i) for i, c in enumerate(s)) * 10 % 11
        s += str(0 if r == 10 else r)
    return s


def cpf(rng) -> str:
    while True:
        nine = _num(rng, 9)
        if len(set(nine)) > 1:
            break
    d = cpf_digits(nine)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if rng.random() < 0.8 else d


def cpf_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return cpf_digits(d[:9]) == d


# locale -> [(label, maker)] ; label is the id's name as people write it in that locale
LOCALE_IDS = {
    "en_US": [("SSN", ssn), ("Social Security number", ssn)],
    "en_GB": [("NI number", nino), ("National Insurance no.", nino)],
    "en_IE": [("PPSN", ppsn), ("PPS number", ppsn)],
    "en_IN": [("Aadhaar", aadhaar), ("PAN", pan), ("Aadhaar no.", aadhaar)],
    "en_AU": [("TFN", tfn), ("tax file number", tfn)],
    "en_CA": [("SIN", sin), ("social insurance number", sin)],
    "de_DE": [("Steuer-ID", steuer_id), ("Steueridentifikationsnummer", steuer_id)],
    "fr_FR": [("n° de sécurité sociale", nir), ("NIR", nir)],
    "es_ES": [("DNI", dni), ("NIE/DNI", dni)],
    "it_IT": [("codice fiscale", codice_fiscale), ("C.F.", codice_fiscale)],
    "nl_NL": [("BSN", bsn), ("burgerservicenummer", bsn)],
    "pt_BR": [("CPF", cpf), ("CPF nº", cpf)],
}


def national_id(rng, locale: str, given: str, surname: str) -> tuple[str, str]:
    label, maker = rng.choice(LOCALE_IDS[locale])
    if maker is codice_fiscale:
        return label, maker(rng, given, surname)
    if maker is pan:
        return label, maker(rng, surname)
    return label, maker(rng)
