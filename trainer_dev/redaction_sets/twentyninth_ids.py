"""National id generators with check digits (twenty-ninth set)."""

from __future__ import annotations

import random

from . import twentyninth_util as U

D = "0123456789"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(D) for _ in range(n))


# ---- national ids ----------------------------------------------------------
def national_id(
    r: random.Random, loc: str, given: str = "", sur: str = ""
) -> tuple[str, str, list[str]]:
    v, form = _nid(r, loc, given, sur)
    fr = U.digit_windows(v)
    if not fr:
        fr = ["s:" + v]
    return v, form, fr


def _nid(r: random.Random, loc: str, given: str, sur: str) -> tuple[str, str]:
    if loc == "en_US":
        a = r.choice([n for n in range(1, 900) if n != 666])
        v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return (v, "ssn") if r.random() < 0.7 else (v.replace("-", " "), "ssn_spaced")
    if loc == "en_GB":
        if r.random() < 0.5:
            while True:
                s = r.choice("3456789") + _digits(r, 8)
                c = U.nhs_digit(s)
                if c is not None:
                    s += c
                    return f"{s[:3]} {s[3:6]} {s[6:]}", "nhs"
        p1 = r.choice("ABCEGHJKLMNPRSTWXYZ")
        p2 = r.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
        while p1 + p2 in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            p2 = r.choice("ABCEHJLMPRSTWXY")
        d = _digits(r, 6)
        suf = r.choice("ABCD")
        return (
            (f"{p1}{p2} {d[:2]} {d[2:4]} {d[4:]} {suf}", "nino_spaced")
            if r.random() < 0.6
            else (f"{p1}{p2}{d}{suf}", "nino")
        )
    if loc == "de_DE":
        ds = r.sample(D, 9)
        while ds[0] == "0":
            r.shuffle(ds)
        ds.insert(r.randint(1, 9), r.choice(ds))
        s = "".join(ds[:10])
        s += U.de_taxid_digit(s)
        return (
            (f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}", "steuerid_spaced")
            if r.random() < 0.5
            else (s, "steuerid")
        )
    if loc == "fr_FR":
        s = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + r.choice(["75", "69", "13", "31", "44", "59", "33", "35", "93"])
            + f"{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
        )
        k = U.mod97_key(s)
        return (
            (f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:]} {k}", "nir_spaced")
            if r.random() < 0.6
            else (s + k, "nir")
        )
    if loc in ("es_ES",):
        if r.random() < 0.7:
            n = r.randint(10000000, 79999999)
            return (
                (f"{n}{U.es_dni_letter(n)}", "dni")
                if r.random() < 0.6
                else (
                    f"{n // 1000000}.{n // 1000 % 1000:03d}.{n % 1000:03d}-{U.es_dni_letter(n)}",
                    "dni_dotted",
                )
            )
        p = r.choice("XYZ")
        n = r.randint(0, 9999999)
        return f"{p}{n:07d}{U.es_dni_letter(int(str('XYZ'.index(p)) + f'{n:07d}'))}", "nie"
    if loc == "it_IT":
        return _cf(r, given or "Mario", sur or "Rossi"), "codice_fiscale"
    if loc == "sr_RS":
        while True:
            year = r.randint(1950, 2006)
            s = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{year % 1000:03d}"
            s += r.choice(["71", "80", "73", "72", "79"]) + f"{r.randint(0, 999):03d}"
            c = U.jmbg_digit(s)
            if c is not None:
                return s + c, "jmbg"
    if loc == "en_TT":
        y, m, d = r.randint(1960, 2003), r.randint(1, 12), r.randint(1, 28)
        return f"{y}{m:02d}{d:02d}{_digits(r, 3)}", "tt_id"
    if loc == "fr_CI":
        return (
            (f"CI{_digits(r, 9)}", "cni")
            if r.random() < 0.5
            else (f"C {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}", "cni_old")
        )
    if loc == "es_DO":
        s = r.choice(["001", "402", "031", "223", "047"]) + _digits(r, 7)
        s += U.luhn_digit(s)
        return (
            (f"{s[:3]}-{s[3:10]}-{s[10]}", "cedula") if r.random() < 0.7 else (s, "cedula_compact")
        )
    if loc == "pt_AO":
        return (
            f"00{_digits(r, 7)}{r.choice(['LA', 'BA', 'HA', 'HO', 'UE', 'CA'])}0{_digits(r, 2)}",
            "bi",
        )
    if loc == "en_TZ":
        if r.random() < 0.5:
            y, m, d = r.randint(1965, 2002), r.randint(1, 12), r.randint(1, 28)
            return f"{y}{m:02d}{d:02d}-{_digits(r, 5)}-{_digits(r, 5)}-{_digits(r, 2)}", "nida"
        s = r.choice("1234") + _digits(r, 8)
        return f"{s[:3]}-{s[3:6]}-{s[6:]}", "tin"
    raise KeyError(loc)


def _cf(r: random.Random, given: str, sur: str) -> str:
    def cons(s: str) -> str:
        s = U.fold(s).upper()
        return "".join(c for c in s if c.isalpha() and c not in "AEIOU")

    def vow(s: str) -> str:
        s = U.fold(s).upper()
        return "".join(c for c in s if c in "AEIOU")

    sc = (cons(sur) + vow(sur) + "XXX")[:3]
    gc = cons(given)
    gc = (gc[0] + gc[2] + gc[3]) if len(gc) >= 4 else (gc + vow(given) + "XXX")[:3]
    day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
    s = f"{sc}{gc}{r.randint(55, 99):02d}{r.choice('ABCDEHLMPRST')}{day:02d}" + r.choice(
        ["H501", "F205", "F839", "A944", "D612", "L219", "G273", "D969"]
    )
    return s + U.it_check_char(s)
