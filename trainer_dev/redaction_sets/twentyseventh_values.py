"""Contact, payment and id values for the twentyseventh set (own generators, own check digits)."""

from __future__ import annotations

import phonenumbers

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "is_IS": "IS",
    "en_JM": "JM",
    "es_CR": "CR",
    "sr_RS": "RS",
    "ca_ES": "ES",
    "en_TT": "TT",
}
IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "IS": 26, "CR": 22, "RS": 22}
ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
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
)


def digs(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()][::-1]
    return (
        sum(x if i % 2 == 0 else (x * 2 - 9 if x > 4 else x * 2) for i, x in enumerate(d)) % 10 == 0
    )


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise ValueError(body)


def mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and mod97(s[4:] + s[:4]) == 1


def cin_letter(s: str) -> str:
    """Italian check char (CIN of a BBAN, last char of a codice fiscale)."""
    tot = sum(
        ODD[c] if i % 2 == 0 else int(c, 36) - (10 if c.isalpha() else 0) for i, c in enumerate(s)
    )
    return chr(65 + tot % 26)


def es_ctrl(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w, strict=False)) % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def kt_check(first8: str):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * b for a, b in zip(first8, w, strict=False)) % 11
    return None if r == 10 else "0" if r == 11 else str(r)


def kt_ok(kt: str) -> bool:
    s = kt.replace("-", "")
    return len(s) == 10 and kt_check(s[:8]) == s[8] and s[9] in "09"


def kennitala(rng):
    while True:
        y = rng.randrange(1955, 2006)
        first8 = (
            f"{rng.randrange(1, 29):02d}"
            f"{rng.randrange(1, 13):02d}{y % 100:02d}{rng.randrange(20, 99):02d}"
        )
        c = kt_check(first8)
        if c is not None:
            return first8 + c + ("9" if y < 2000 else "0")


def jmbg_check(d12: str):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * b for a, b in zip(d12, w, strict=False)) % 11
    return None if m == 10 else "0" if m == 11 else str(m)


def jmbg_ok(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and jmbg_check(s[:12]) == s[12]


def steuer_check(d10: str) -> str:
    p = 10
    for c in d10:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def steuer_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return len(s) == 11 and s[0] != "0" and steuer_check(s[:10]) == s[10]


def nhs_check(d9: str):
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d9)) % 11
    return None if r == 10 else "0" if r == 11 else str(r)


def nhs_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return len(s) == 10 and nhs_check(s[:9]) == s[9]


def aba_ok(s: str) -> bool:
    return len(s) == 9 and sum(int(c) * w for c, w in zip(s, [3, 7, 1] * 3, strict=False)) % 10 == 0


def nir_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "").replace(" ", "").replace(".", "").upper()
    n = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return n.isdigit() and DNI[int(n) % 23] == s[-1]


def cf_ok(s: str) -> bool:
    return len(s) == 16 and cin_letter(s[:15]) == s[15]


def isbn13_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


# ---------------------------------------------------------------- phones
PHONE_GEN = {
    "US": lambda r: (
        r.choice(["212", "312", "415", "617", "206", "512", "303", "404", "503", "612"]),
        r.choice("23456789") + digs(r, 2),
        digs(r, 4),
    ),
    "JM": lambda r: ("876", r.choice(["3", "4", "5", "8", "9"]) + digs(r, 2), digs(r, 4)),
    "TT": lambda r: (
        "868",
        r.choice(["620", "678", "681", "714", "753", "767", "779", "788", "299"]),
        digs(r, 4),
    ),
}


def _raw_phone(rng, reg):
    if reg in PHONE_GEN:
        return "1" + "".join(PHONE_GEN[reg](rng))
    pick = {
        "GB": lambda: (
            "0"
            + rng.choice(
                [
                    "7" + rng.choice("4589") + digs(rng, 8),
                    "20" + rng.choice("378") + digs(rng, 7),
                    "161" + rng.choice("24") + digs(rng, 6),
                    "131" + rng.choice("23456") + digs(rng, 6),
                ]
            )
        ),
        "DE": lambda: (
            "0"
            + rng.choice(
                [
                    "15" + rng.choice("1279") + digs(rng, 8),
                    "17" + rng.choice("0123456789") + digs(rng, 7),
                    "30" + rng.choice("2345689") + digs(rng, 7),
                    "89" + rng.choice("2345") + digs(rng, 7),
                ]
            )
        ),
        "FR": lambda: (
            "0" + rng.choice("67") + digs(rng, 8)
            if rng.random() < 0.7
            else "0" + rng.choice("12345") + digs(rng, 8)
        ),
        "ES": lambda: (
            rng.choice(["6", "7"]) + digs(rng, 8)
            if rng.random() < 0.7
            else rng.choice(["91", "93", "96", "95"]) + rng.choice("2345") + digs(rng, 6)
        ),
        "IT": lambda: (
            "3" + rng.choice(["33", "38", "47", "49", "20", "28", "40", "66"]) + digs(rng, 7)
            if rng.random() < 0.7
            else rng.choice(["06", "02", "011", "051"]) + digs(rng, 7)
        ),
        "IS": lambda: (
            rng.choice("678") + digs(rng, 6)
            if rng.random() < 0.75
            else rng.choice("45") + digs(rng, 6)
        ),
        "CR": lambda: (
            rng.choice("678") + digs(rng, 7)
            if rng.random() < 0.75
            else "2" + rng.choice("2456") + digs(rng, 6)
        ),
        "RS": lambda: (
            "06" + rng.choice("0123456") + digs(rng, 7)
            if rng.random() < 0.75
            else "011" + rng.choice("234") + digs(rng, 6)
        ),
    }
    return pick[reg]()


CC = {
    "US": "1",
    "JM": "1",
    "TT": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "IS": "354",
    "CR": "506",
    "RS": "381",
}


def _fmt_phone(rng, reg, raw):
    """Return (text, form); raw has the trunk 0 where used (1 + ten digits for NANP)."""
    CC[reg]
    if reg in ("US", "JM", "TT"):
        a, b, c = raw[1:4], raw[4:7], raw[7:]
        return rng.choice(
            [
                (f"({a}) {b}-{c}", "national-paren"),
                (f"{a}-{b}-{c}", "dashed"),
                (f"{a}.{b}.{c}", "dotted"),
                (f"+1 {a} {b} {c}", "intl"),
                (f"1-{a}-{b}-{c}", "trunk-dashed"),
                (f"+1 ({a}) {b}-{c}", "intl-paren"),
            ]
        )
    nsn = raw[1:] if raw.startswith("0") and reg not in ("IT",) else raw

    def g(s, sizes):
        return " ".join(s[sum(sizes[:i]) : sum(sizes[: i + 1])] for i in range(len(sizes)))  # noqa: E731

    if reg == "FR":
        pairs = " ".join(raw[i : i + 2] for i in range(0, 10, 2))
        return rng.choice(
            [
                (pairs, "national-pairs"),
                (pairs.replace(" ", "."), "dotted"),
                (raw, "compact"),
                ("+33 " + nsn[0] + " " + " ".join(nsn[i : i + 2] for i in range(1, 9, 2)), "intl"),
                (
                    "+33 (0)" + nsn[0] + " " + " ".join(nsn[i : i + 2] for i in range(1, 9, 2)),
                    "intl-trunk",
                ),
            ]
        )
    if reg == "IS":
        return rng.choice(
            [
                (raw[:3] + " " + raw[3:], "national"),
                (raw[:3] + "-" + raw[3:], "dashed"),
                (raw, "compact"),
                ("+354 " + raw[:3] + " " + raw[3:], "intl"),
                ("(+354) " + raw, "intl-paren"),
            ]
        )
    if reg == "CR":
        return rng.choice(
            [
                (raw[:4] + "-" + raw[4:], "dashed"),
                (raw[:4] + " " + raw[4:], "national"),
                (raw, "compact"),
                ("+506 " + raw[:4] + " " + raw[4:], "intl"),
                ("+506 " + raw[:4] + "-" + raw[4:], "intl-dashed"),
            ]
        )
    if reg in ("ES",):
        s = (3, 3, 3) if raw[0] in "67" or raw[:2] not in ("91", "93") else (2, 3, 2, 2)
        return rng.choice(
            [
                (g(raw, s), "national"),
                (raw, "compact"),
                ("+34 " + g(raw, s), "intl"),
                ("+34 " + raw[:3] + " " + raw[3:5] + " " + raw[5:7] + " " + raw[7:], "intl-pairs"),
                ("0034 " + g(raw, s), "intl-00"),
            ]
        )
    if reg == "IT":
        if raw[0] == "3":
            return rng.choice(
                [
                    (raw[:3] + " " + raw[3:6] + " " + raw[6:], "national"),
                    (raw[:3] + "/" + raw[3:], "slash"),
                    (raw, "compact"),
                    ("+39 " + raw[:3] + " " + raw[3:], "intl"),
                    ("+39 " + raw[:3] + " " + raw[3:6] + " " + raw[6:], "intl-spaced"),
                ]
            )
        k = 3 if raw.startswith(("011", "051")) else 2
        return rng.choice(
            [
                (raw[:k] + " " + raw[k:], "national"),
                (raw[:k] + "/" + raw[k:], "slash"),
                ("+39 " + raw[:k] + " " + raw[k:], "intl"),
            ]
        )
    if reg == "GB":
        k = 5 if raw[1] == "7" else 3 if raw[1] == "2" else 4
        rest = raw[k:]
        natl = (
            raw[:k]
            + " "
            + (
                rest
                if k == 5
                else rest[:4] + " " + rest[4:]
                if k == 3
                else rest[:3] + " " + rest[3:]
            )
        )
        return rng.choice(
            [
                (natl, "national"),
                ("+44 " + natl[1:], "intl"),
                ("+44 (0)" + natl[1:], "intl-trunk"),
                (raw, "compact"),
                ("0044 " + natl[1:], "intl-00"),
            ]
        )
    if reg == "DE":
        k = 4 if raw[1] == "1" else 3
        return rng.choice(
            [
                (raw[:k] + " " + raw[k:], "national"),
                (raw[:k] + "/" + raw[k:], "slash"),
                (raw[:k] + "-" + raw[k:], "dashed"),
                ("+49 " + raw[1:k] + " " + raw[k:], "intl"),
                ("+49 (0)" + raw[1:k] + " " + raw[k:], "intl-trunk"),
                (raw, "compact"),
            ]
        )
    if reg == "RS":
        k = 3
        rest = raw[k:]
        return rng.choice(
            [
                (raw[:k] + " " + rest[:3] + " " + rest[3:], "national"),
                (raw[:k] + "/" + rest[:3] + "-" + rest[3:], "slash-dashed"),
                ("+381 " + raw[1:k] + " " + rest, "intl"),
                ("+381 (0)" + raw[1:k] + " " + rest[:3] + " " + rest[3:], "intl-trunk"),
                (raw, "compact"),
            ]
        )
    raise KeyError(reg)


def phone_ok(text: str, reg: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, reg))
    except phonenumbers.NumberParseException:
        return False


def phone(rng, locale):
    reg = REGION[locale]
    for _ in range(200):
        raw = _raw_phone(rng, reg)
        text, form = _fmt_phone(rng, reg, raw)
        if phone_ok(text, reg):
            return text, form
    raise RuntimeError(reg)
