"""National ids for the eleventh set, each with its published check (see eleventh_checks.py).

`national_id(locale, rng, name)` returns (value, scheme, fragments).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import eleventh_checks as ck
from trainer_dev.redaction_sets.eleventh_leak import alnum_windows, digit_windows
from trainer_dev.redaction_sets.eleventh_numbers import _digits


def _nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return p + _digits(rng, 6) + rng.choice("ABCD")


def national_id(
    locale: str, rng: random.Random, name: tuple[str, str] = ("Maria", "Rossi")
) -> tuple[str, str, list[str]]:
    r = rng.randint
    if locale == "en_US":
        area = r(1, 899)
        area = 700 if area == 666 else area
        d = f"{area:03d}{r(1, 99):02d}{r(1, 9999):04d}"
        value = rng.choice((f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d))
        return value, "SSN", digit_windows(d)
    if locale == "en_GB":
        if rng.random() < 0.6:
            n = _nino(rng)
            value = rng.choice((n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"))
            return value, "NINO", alnum_windows(n)
        while True:
            body = _digits(rng, 9)
            c = 11 - sum(int(x) * w for x, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if c == 11:
                c = 0
            if c != 10:
                break
        d = body + str(c)
        return f"{d[:3]} {d[3:6]} {d[6:]}", "NHS", digit_windows(d)
    if locale == "en_IE":
        d = _digits(rng, 7)
        second = rng.choice(("", "", "A", "H"))
        return (
            d + ck.ppsn_letter(d, second) + second,
            "PPSN",
            alnum_windows(d + ck.ppsn_letter(d, second) + second),
        )
    if locale == "en_IN":
        if rng.random() < 0.55:
            body = f"{r(2, 9)}{_digits(rng, 10)}"
            d = body + ck.verhoeff_digit(body)
            return (
                rng.choice((f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}", d)),
                "Aadhaar",
                digit_windows(d),
            )
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        pan = (
            "".join(rng.choice(up) for _ in range(3))
            + "P"
            + name[1][0].upper()
            + _digits(rng, 4)
            + rng.choice(up)
        )
        return pan, "PAN", alnum_windows(pan)
    if locale == "en_AU":
        if rng.random() < 0.6:
            while True:
                d = _digits(rng, 9)
                if ck.tfn_ok(d):
                    break
            return rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", d)), "TFN", digit_windows(d)
        first8 = f"{r(2, 6)}{_digits(rng, 7)}"
        d = first8 + ck.medicare_digit(first8) + str(r(1, 9))
        return f"{d[:4]} {d[4:9]} {d[9]}", "Medicare", digit_windows(d)
    if locale == "en_CA":
        body = f"{rng.choice('1234567')}{_digits(rng, 7)}"
        d = body + ck.luhn_digit(body)
        return (
            rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}")),
            "SIN",
            digit_windows(d),
        )
    if locale == "de_DE":
        if rng.random() < 0.55:
            ds = list("0123456789")
            rng.shuffle(ds)
            if ds[0] == "0":
                ds[0], ds[1] = ds[1], ds[0]
            k, j = r(0, 9), r(1, 9)
            if j != k:
                ds[j] = ds[k]
            else:
                ds[j] = ds[0]
            body = "".join(ds)
            d = body + ck.mod11_10_digit(body)
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}", "Steuer-ID", digit_windows(d)
        alpha = "CFGHJKLMNPRTVWXYZ0123456789"
        body = rng.choice("LMNPRTVWXYZ") + "".join(rng.choice(alpha) for _ in range(8))
        return body + ck.id731_digit(body), "Personalausweis", alnum_windows(body)
    if locale == "fr_FR":
        body = f"{r(1, 2)}{r(60, 99):02d}{r(1, 12):02d}{r(1, 95):02d}{r(1, 990):03d}{r(1, 999):03d}"
        d = body + ck.nir_key(body)
        value = rng.choice((f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}", d))
        return value, "NIR", digit_windows(d)
    if locale == "es_ES":
        if rng.random() < 0.65:
            n = r(10000000, 79999999)
            s = f"{n:08d}"
            value = rng.choice(
                (
                    f"{s}{ck.dni_letter(n)}",
                    f"{s}-{ck.dni_letter(n)}",
                    f"{s[:2]}.{s[2:5]}.{s[5:]}-{ck.dni_letter(n)}",
                )
            )
            return value, "DNI", digit_windows(s)
        p = rng.choice("XYZ")
        n = r(0, 9999999)
        s = f"{n:07d}"
        return f"{p}{s}{ck.dni_letter(int(str('XYZ'.index(p)) + s))}", "NIE", digit_windows(s)
    if locale == "it_IT":
        cf = codice_fiscale(name, rng)
        return cf, "codice_fiscale", alnum_windows(cf)
    if locale == "nl_NL":
        while True:
            d = f"{r(1, 6)}{_digits(rng, 8)}"
            if ck.bsn_ok(d):
                break
        return (
            rng.choice((d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}")),
            "BSN",
            digit_windows(d),
        )
    body = _digits(rng, 9)
    d = body + ck.cpf_digits(body)
    return rng.choice((f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", d)), "CPF", digit_windows(d)


def _cf_part(word: str, given: bool) -> str:
    import unicodedata

    w = "".join(
        c for c in unicodedata.normalize("NFKD", word.upper()) if c.isalpha() and c.isascii()
    )
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(name: tuple[str, str], rng: random.Random) -> str:
    female = rng.random() < 0.5
    day = rng.randint(1, 28) + (40 if female else 0)
    place = rng.choice(("F205", "H501", "L219", "F839", "A944", "D612", "D969", "G273"))
    body = (
        _cf_part(name[1], False)
        + _cf_part(name[0], True)
        + f"{rng.randint(60, 99):02d}"
        + rng.choice("ABCDEHLMPRST")
        + f"{day:02d}"
        + place
    )
    return body + ck.italian_check_char(body)
