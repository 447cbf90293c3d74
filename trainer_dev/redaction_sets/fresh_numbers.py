"""Numbers for the fresh held-out set, written from the numbering plans and check-digit rules.

Every function takes a ``random.Random`` and returns a string as a person would type it. Check
digits follow the published algorithms: Luhn (cards, Canadian SIN), ISO 7064 mod 97-10 (IBAN),
mod 11 (Australian TFN, Brazilian CPF, Dutch BSN "elfproef"), ISO 7064 mod 11,10 (German
Steuer-ID), Verhoeff (Indian Aadhaar), mod 97 key (French NIR), mod 23 letter (Spanish DNI/NIE)
and the odd/even table of the Italian codice fiscale. Nothing here reads another evaluation set.
"""

from __future__ import annotations

import random
import string

DIGITS = string.digits


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    """n digits, the first non-zero."""
    return rng.choice("123456789") + _d(rng, n - 1)


# --- check digits -------------------------------------------------------------------------------


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return luhn_check_digit("".join(digits[:-1])) == digits[-1]


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


_VERHOEFF_D = [
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
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


# --- cards --------------------------------------------------------------------------------------


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + _d(rng, 12)
        full = body + luhn_check_digit(body)
        sep = rng.choice([" ", "-", ""])
        return sep.join([full[:4], full[4:10], full[10:]])
    prefix = {
        "visa": "4",
        "mc": str(rng.randint(51, 55)),
        "mc2": str(rng.randint(2221, 2720)),
        "discover": "6011",
    }[kind]
    body = prefix + _d(rng, 15 - len(prefix))
    full = body + luhn_check_digit(body)
    sep = rng.choice([" "] * 6 + ["-"] * 4 + [""] * 3 + ["."])
    return sep.join(full[i : i + 4] for i in range(0, 16, 4)) if sep != "" else full


# --- IBAN ---------------------------------------------------------------------------------------

_IBAN_BBAN = {
    "GB": lambda r: (
        "".join(r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])) + _d(r, 6) + _d(r, 8)
    ),
    "DE": lambda r: _nz(r, 8) + _d(r, 10),
    "FR": lambda r: _d(r, 5) + _d(r, 5) + _d(r, 11) + _d(r, 2),
    "IT": lambda r: r.choice(string.ascii_uppercase) + _d(r, 5) + _d(r, 5) + _d(r, 12),
    "ES": lambda r: _d(r, 4) + _d(r, 4) + _d(r, 2) + _d(r, 10),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + _d(r, 10),
    "BR": lambda r: _d(r, 8) + _d(r, 5) + _d(r, 10) + r.choice("CP") + r.choice("12"),
    "PT": lambda r: _d(r, 21),
    "BE": lambda r: _d(r, 12),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _d(r, 6) + _d(r, 8),
}


def iban(rng: random.Random, country: str) -> str:
    bban = _IBAN_BBAN[country](rng)
    full = country + iban_check(country, bban) + bban
    if rng.random() < 0.7:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


# --- national identifiers -----------------------------------------------------------------------


def us_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    digits = _d(rng, 6)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def au_tfn(rng: random.Random) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        body = _nz(rng, 8)
        for last in DIGITS:
            n = body + last
            if sum(int(c) * w for c, w in zip(n, weights, strict=True)) % 11 == 0:
                return f"{n[:3]} {n[3:6]} {n[6:]}"


def ca_sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + _d(rng, 7)
    n = body + luhn_check_digit(body)
    sep = rng.choice([" ", "-", " "])
    return f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}"


def in_aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + _d(rng, 10)
    n = body + verhoeff_check_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.8 else n


def de_steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample(list(DIGITS), 9)
        if digits[0] == "0":
            continue
        dup = rng.choice(digits)
        pos = rng.randint(1, 9)
        body = "".join(digits[:pos] + [dup] + digits[pos:])
        product = 10
        for ch in body:
            s = (int(ch) + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        n = body + str(check)
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if rng.random() < 0.5 else n


def fr_nir(rng: random.Random) -> str:
    sex = rng.choice("12")
    yy = f"{rng.randint(50, 99):02d}" if rng.random() < 0.6 else f"{rng.randint(0, 5):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dept = f"{rng.choice([1, 6, 13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94]):02d}"
    commune = f"{rng.randint(1, 400):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = 97 - int(body) % 97
    return f"{sex} {yy} {mm} {dept} {commune} {order} {key:02d}"


_CF_ODD = {
    **dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)),
    **dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
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
            strict=True,
        )
    ),
}


def _cf_even(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A")


def it_codice_fiscale(rng: random.Random) -> str:
    letters = "BCDFGLMNPRSTVZ"
    surname = "".join(rng.choice(letters) for _ in range(2)) + rng.choice("AEIOU" + letters)
    name = rng.choice(letters) + rng.choice("AEIOU") + rng.choice(letters)
    yy = f"{rng.randint(50, 99):02d}"
    month = rng.choice("ABCDEHLMPRST")
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    commune = rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}"
    body = surname + name + yy + month + f"{day:02d}" + commune
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return body + chr(ord("A") + total % 26)


def es_dni(rng: random.Random) -> str:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if rng.random() < 0.25:
        prefix = rng.choice("XYZ")
        num = _d(rng, 7)
        value = int(str("XYZ".index(prefix)) + num)
        return (
            f"{prefix}{num}{letters[value % 23]}"
            if rng.random() < 0.5
            else (f"{prefix}-{num}-{letters[value % 23]}")
        )
    num = _d(rng, 8)
    sep = rng.choice(["", "", "-", " "])
    return f"{num}{sep}{letters[int(num) % 23]}"


def br_cpf(rng: random.Random) -> str:
    base = [int(c) for c in _d(rng, 9)]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
        base.append(0 if s % 11 < 2 else 11 - s % 11)
    n = "".join(map(str, base))
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if rng.random() < 0.8 else n


def nl_bsn(rng: random.Random) -> str:
    while True:
        body = _nz(rng, 8)
        s = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            n = body + str(last)
            return n if rng.random() < 0.6 else f"{n[:4]}.{n[4:6]}.{n[6:]}"


NATIONAL_ID = {
    "en_US": us_ssn,
    "en_GB": uk_nino,
    "en_AU": au_tfn,
    "en_CA": ca_sin,
    "en_IN": in_aadhaar,
    "de_DE": de_steuer_id,
    "fr_FR": fr_nir,
    "it_IT": it_codice_fiscale,
    "es_ES": es_dni,
    "pt_BR": br_cpf,
    "nl_NL": nl_bsn,
}

IBAN_COUNTRY = {
    "en_US": "GB",
    "en_GB": "GB",
    "en_AU": "IE",
    "en_CA": "FR",
    "en_IN": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "it_IT": "IT",
    "es_ES": "ES",
    "pt_BR": "BR",
    "nl_NL": "NL",
}

# --- telephone numbers (national numbering plans) ------------------------------------------------


def _nanp(rng: random.Random, areas: list[str]) -> str:
    area = rng.choice(areas)
    while True:
        exch = rng.choice("23456789") + _d(rng, 2)
        if exch[1:] != "11":
            break
    line = _d(rng, 4)
    form = rng.randrange(8)
    return [
        f"({area}) {exch}-{line}",
        f"{area}-{exch}-{line}",
        f"{area}.{exch}.{line}",
        f"+1 {area} {exch} {line}",
        f"+1-{area}-{exch}-{line}",
        f"1 ({area}) {exch}-{line}",
        f"{area} {exch} {line}",
        f"+1 ({area}) {exch}-{line}",
    ][form]


US_AREAS = [
    "212",
    "312",
    "415",
    "617",
    "206",
    "512",
    "303",
    "404",
    "305",
    "702",
    "971",
    "646",
    "818",
    "469",
    "720",
    "857",
    "267",
    "615",
    "919",
    "608",
]
CA_AREAS = [
    "416",
    "647",
    "514",
    "438",
    "604",
    "778",
    "403",
    "587",
    "613",
    "902",
    "506",
    "709",
    "204",
    "306",
    "819",
    "418",
    "905",
    "250",
]


def phone_us(rng):
    return _nanp(rng, US_AREAS)


def phone_ca(rng):
    return _nanp(rng, CA_AREAS)


def phone_gb(rng):
    form = rng.randrange(9)
    if form < 3:  # mobile 07xxx
        sub = (
            "7" + rng.choice(["400", "500", "700", "800", "900", "911", "723", "852"]) + _d(rng, 6)
        )
        n = [
            f"0{sub[:4]} {sub[4:]}",
            f"+44 {sub[:4]} {sub[4:]}",
            f"+44 {sub[:4]} {sub[4:7]} {sub[7:]}",
        ]
        return n[form]
    if form < 6:  # London 020
        rest = rng.choice("378") + _d(rng, 7)
        n = [
            f"020 {rest[:4]} {rest[4:]}",
            f"+44 20 {rest[:4]} {rest[4:]}",
            f"+44 (0)20 {rest[:4]} {rest[4:]}",
        ]
        return n[form - 3]
    area = rng.choice(
        ["121", "131", "141", "161", "113", "117", "114", "1223", "1865", "1632", "1273", "1904"]
    )
    rest = _nz(rng, 10 - len(area))
    if len(area) == 3:
        shown = [
            f"0{area} {rest[:3]} {rest[3:]}",
            f"+44 {area} {rest[:3]} {rest[3:]}",
            f"(0{area}) {rest[:3]} {rest[3:]}",
        ]
    else:
        shown = [f"0{area} {rest}", f"+44 {area} {rest}", f"(0{area}) {rest}"]
    return shown[form - 6]


def phone_au(rng):
    form = rng.randrange(7)
    if form < 3:
        m = "4" + _d(rng, 8)
        return [f"0{m[:3]} {m[3:6]} {m[6:]}", f"+61 {m[:3]} {m[3:6]} {m[6:]}", f"0{m}"][form]
    area = rng.choice("2378")
    rest = rng.choice("3456789") + _d(rng, 7)
    if form == 6:
        return f"1300 {_nz(rng, 3)} {_d(rng, 3)}"
    return [
        f"(0{area}) {rest[:4]} {rest[4:]}",
        f"0{area} {rest[:4]} {rest[4:]}",
        f"+61 {area} {rest[:4]} {rest[4:]}",
    ][form - 3]


def phone_in(rng):
    form = rng.randrange(7)
    if form < 4:
        m = rng.choice("6789") + _d(rng, 9)
        return [f"+91 {m[:5]} {m[5:]}", f"0{m[:5]} {m[5:]}", f"{m[:5]}-{m[5:]}", f"+91-{m}"][form]
    std, length = rng.choice(
        [("11", 8), ("22", 8), ("80", 8), ("44", 8), ("40", 8), ("33", 8), ("20", 8), ("484", 7)]
    )
    rest = rng.choice("2345") + _d(rng, length - 1)
    return [
        f"+91-{std}-{rest[:4]} {rest[4:]}",
        f"0{std} {rest[:4]} {rest[4:]}",
        f"0{std}-{rest[:4]}-{rest[4:]}",
    ][form - 4]


def phone_de(rng):
    form = rng.randrange(9)
    if form < 4:
        pre = rng.choice(
            ["151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "179"]
        )
        sub = _nz(rng, 7 if pre[:2] in {"16", "17"} else 8)
        return [
            f"0{pre} {sub}",
            f"+49 {pre} {sub}",
            f"0{pre}-{sub}",
            f"+49 (0){pre} {sub[:3]} {sub[3:]}",
        ][form]
    area = rng.choice(
        [
            "30",
            "40",
            "89",
            "69",
            "221",
            "211",
            "711",
            "341",
            "351",
            "511",
            "911",
            "228",
            "6221",
            "761",
        ]
    )
    sub = _nz(rng, 10 - len(area))
    return [
        f"0{area} {sub}",
        f"+49 {area} {sub}",
        f"0{area}/{sub}",
        f"(0{area}) {sub[:3]} {sub[3:]}",
        f"+49 (0){area} {sub[:-3]}-{sub[-3:]}",
    ][form - 4]


def phone_fr(rng):
    first = rng.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
    rest = _d(rng, 8)
    pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
    form = rng.randrange(7)
    return [
        "0" + first + " " + " ".join(pairs),
        "0" + first + "." + ".".join(pairs),
        "+33 " + first + " " + " ".join(pairs),
        "+33 (0)" + first + " " + " ".join(pairs),
        "0" + first + rest,
        "0" + first + "-" + "-".join(pairs),
        "+33" + first + rest,
    ][form]


def phone_it(rng):
    form = rng.randrange(7)
    if form < 4:
        pre = rng.choice(
            [
                "320",
                "328",
                "331",
                "333",
                "335",
                "338",
                "339",
                "340",
                "347",
                "348",
                "349",
                "366",
                "380",
                "392",
            ]
        )
        sub = _d(rng, 7)
        return [
            f"{pre} {sub[:3]} {sub[3:]}",
            f"+39 {pre} {sub}",
            f"{pre}.{sub[:3]}.{sub[3:]}",
            f"+39 {pre} {sub[:3]} {sub[3:]}",
        ][form]
    area = rng.choice(["06", "02", "011", "055", "081", "051", "041", "010", "091", "0471"])
    sub = _nz(rng, 10 - len(area))
    return [f"{area} {sub[:4]} {sub[4:]}", f"+39 {area} {sub}", f"{area}/{sub}"][form - 4]


def phone_es(rng):
    form = rng.randrange(7)
    first = rng.choice(["6", "6", "7", "9", "9"])
    n = first + _d(rng, 8)
    if first == "9":
        n = "9" + rng.choice("13456") + _d(rng, 7)
    return [
        f"{n[:3]} {n[3:6]} {n[6:]}",
        f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
        f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        if first == "9"
        else f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
        f"{n[:3]}.{n[3:6]}.{n[6:]}",
        f"+34 {n}",
        f"{n[:3]}-{n[3:6]}-{n[6:]}",
        f"(+34) {n[:3]} {n[3:6]} {n[6:]}",
    ][form]


def phone_br(rng):
    ddd = rng.choice(
        ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62", "92"]
    )
    form = rng.randrange(7)
    if form < 4:
        m = "9" + rng.choice("6789") + _d(rng, 7)
        return [
            f"({ddd}) {m[:5]}-{m[5:]}",
            f"+55 {ddd} {m[:5]}-{m[5:]}",
            f"+55 ({ddd}) {m}",
            f"{ddd} {m[:5]} {m[5:]}",
        ][form]
    land = rng.choice("2345") + _d(rng, 7)
    return [
        f"({ddd}) {land[:4]}-{land[4:]}",
        f"+55 ({ddd}) {land[:4]}-{land[4:]}",
        f"{ddd} {land[:4]}-{land[4:]}",
    ][form - 4]


def phone_nl(rng):
    form = rng.randrange(8)
    if form < 4:
        m = _nz(rng, 8)
        return [f"06 {m}", f"06-{m}", f"+31 6 {m}", f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"][
            form
        ]
    area = rng.choice(["20", "10", "70", "30", "40", "50", "58", "71", "24", "43", "346", "513"])
    sub = _nz(rng, 9 - len(area))
    if len(area) == 2:
        return [
            f"0{area} {sub[:3]} {sub[3:]}",
            f"0{area}-{sub}",
            f"+31 {area} {sub[:3]} {sub[3:]}",
            f"0{area} - {sub[:3]} {sub[3:5]} {sub[5:]}",
        ][form - 4]
    return [f"0{area} {sub}", f"0{area}-{sub}", f"+31 {area} {sub}", f"(0{area}) {sub}"][form - 4]


PHONE = {
    "en_US": phone_us,
    "en_GB": phone_gb,
    "en_AU": phone_au,
    "en_CA": phone_ca,
    "en_IN": phone_in,
    "de_DE": phone_de,
    "fr_FR": phone_fr,
    "it_IT": phone_it,
    "es_ES": phone_es,
    "pt_BR": phone_br,
    "nl_NL": phone_nl,
}


def ipv4(rng: random.Random) -> str:
    first = rng.choice(
        [31, 45, 62, 78, 81, 85, 91, 104, 130, 141, 151, 176, 185, 188, 193, 203, 212, 217]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    return f"2a02:{groups[0]}:{groups[1]}::{groups[2]}:{groups[3]}"
