"""National ids of the seventh set, per locale, with valid check digits where the id has them:
SSN (area/group/serial rules), NINO and NHS number, PPSN, Aadhaar (Verhoeff) and PAN, TFN and
Medicare, SIN (Luhn), Steuer-ID (ISO 7064 mod 11,10), NIR (mod 97 key), DNI/NIE (mod 23),
codice fiscale (check letter), BSN (elfproef), CPF (two mod-11 digits)."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import seventh_checks as ck


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("23456789") + _d(rng, n - 1)


# ---------------------------------------------------------------- national ids
def _steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample("0123456789", 9)
        twice = rng.choice(digits)
        body = digits + [twice]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        first10 = "".join(body)
        return first10 + ck.steuer_id_check(first10)


_CF_MONTHS = "ABCDEHLMPRST"
_BELFIORE = ("H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736", "D969", "A662", "L424")


def _cf_part(word: str, given: bool) -> str:
    up = "".join(c for c in word.upper() if c.isalpha() and c.isascii())
    cons = [c for c in up if c not in "AEIOU"]
    vows = [c for c in up if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(rng: random.Random, given: str, surname: str) -> str:
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    first15 = (
        _cf_part(surname, False)
        + _cf_part(given, True)
        + f"{rng.randint(50, 99):02d}"
        + rng.choice(_CF_MONTHS)
        + f"{day:02d}"
        + rng.choice(_BELFIORE)
    )
    return first15 + ck.cf_check(first15)


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def national_id(
    rng: random.Random, locale: str, given: str = "Maria", surname: str = "Rossi"
) -> str:
    r = rng
    if locale == "en_US":
        area = r.choice([a for a in range(1, 900) if a != 666 and a % 7 == 3])
        v = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return v if r.random() < 0.8 else v.replace("-", " ")
    if locale == "en_GB":
        if r.random() < 0.35:
            while True:
                d = _d(r, 9)
                for c in "0123456789":
                    if ck.nhs_ok(d + c):
                        return f"{d[:3]} {d[3:6]} {d[6:]}{c}"
        while True:
            pre = r.choice(_NINO_FIRST) + r.choice(_NINO_SECOND)
            if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        six = _d(r, 6)
        suf = r.choice("ABCD")
        return r.choice([f"{pre}{six}{suf}", f"{pre} {six[:2]} {six[2:4]} {six[4:]} {suf}"])
    if locale == "en_IE":
        seven = _d(r, 7)
        second = "A" if r.random() < 0.4 else ""
        return seven + ck.ppsn_check(seven, second) + second
    if locale == "en_IN":
        if r.random() < 0.65:
            a = ck.verhoeff_complete(r.choice("23456789") + _d(r, 10))
            return r.choice([f"{a[:4]} {a[4:8]} {a[8:]}", f"{a[:4]}-{a[4:8]}-{a[8:]}", a])
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return (
            "".join(r.choice(letters) for _ in range(3))
            + "P"
            + (surname[0].upper() if surname[0].isascii() else "K")
            + _d(r, 4)
            + r.choice(letters)
        )
    if locale == "en_AU":
        if r.random() < 0.3:
            while True:
                first8 = r.choice("23456") + _d(r, 7)
                c = (
                    sum(int(x) * w for x, w in zip(first8, (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
                    % 10
                )
                v = first8 + str(c) + r.choice("123456789")
                return f"{v[:4]} {v[4:9]} {v[9]}"
        while True:
            d = _d(r, 9)
            if ck.tfn_ok(d):
                return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    if locale == "en_CA":
        d = ck.luhn_complete(r.choice("1234567") + _d(r, 7))
        return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])
    if locale == "de_DE":
        s = _steuer_id(r)
        return r.choice(
            [s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}", f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"]
        )
    if locale == "fr_FR":
        dept = r.choice([f"{x:02d}" for x in range(1, 96) if x != 20])
        body = (
            r.choice("12")
            + f"{r.randint(40, 99):02d}"
            + f"{r.randint(1, 12):02d}"
            + dept
            + f"{r.randint(1, 990):03d}"
            + f"{r.randint(1, 999):03d}"
        )
        key = f"{97 - int(body) % 97:02d}"
        if r.random() < 0.6:
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}"
        return body + key
    if locale == "es_ES":
        if r.random() < 0.3:
            p = r.choice("XYZ")
            seven = _d(r, 7)
            letter = ck.DNI_LETTERS[int(str("XYZ".index(p)) + seven) % 23]
            return r.choice([f"{p}{seven}{letter}", f"{p}-{seven}-{letter}"])
        eight = _d(r, 8)
        letter = ck.DNI_LETTERS[int(eight) % 23]
        return r.choice(
            [
                f"{eight}{letter}",
                f"{eight}-{letter}",
                f"{eight[:2]}.{eight[2:5]}.{eight[5:]}-{letter}",
            ]
        )
    if locale == "it_IT":
        return codice_fiscale(r, given, surname)
    if locale == "nl_NL":
        while True:
            d = _nz(r, 9)
            if ck.bsn_ok(d):
                return r.choice([d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])
    if locale == "pt_BR":
        c = ck.cpf_complete(_d(r, 9))
        while len(set(c)) == 1:
            c = ck.cpf_complete(_d(r, 9))
        return r.choice(
            [f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", c, f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"]
        )
    raise ValueError(locale)


def id_valid(value: str, locale: str) -> bool:
    """The check that applies to an id this module writes (True where the id has no check)."""
    s = value.replace(" ", "").replace("-", "").replace(".", "")
    if locale == "en_GB":
        return ck.nhs_ok(s) if s.isdigit() else len(s) == 9
    if locale == "en_IE":
        return ck.ppsn_ok(s)
    if locale == "en_IN":
        return ck.aadhaar_ok(s) if s.isdigit() else len(s) == 10 and s[3] == "P"
    if locale == "en_AU":
        return ck.medicare_ok(s) if len(s) == 10 else ck.tfn_ok(s)
    if locale == "en_CA":
        return ck.sin_ok(s)
    if locale == "de_DE":
        return ck.steuer_id_ok(s)
    if locale == "fr_FR":
        return ck.nir_ok(s)
    if locale == "es_ES":
        return ck.dni_ok(s)
    if locale == "it_IT":
        return ck.cf_ok(s)
    if locale == "nl_NL":
        return ck.bsn_ok(s)
    if locale == "pt_BR":
        return ck.cpf_ok(s)
    if locale == "en_US":
        area = int(s[:3])
        return len(s) == 9 and 0 < area < 900 and area != 666 and s[3:5] != "00" and s[5:] != "0000"
    raise ValueError(locale)
