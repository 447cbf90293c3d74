"""National ids for the nineteenth set, each with its country's check rule."""

from __future__ import annotations

import random

from .nineteenth_checks import DNI_LETTERS, cf_check, ean13_check, emso_check, mod11_10, taj_check
from .nineteenth_values import _digits, d_windows


# ---------------------------------------------------------------- national ids
def national_id(r: random.Random, locale: str) -> tuple[str, str, list[str]]:
    if locale == "en_US":
        if r.random() < 0.45:
            acct = _digits(r, r.choice([10, 12]))
            return acct, "us-bank-account", d_windows(acct)
        while True:
            a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
            if a != 666:
                break
        v = f"{a:03d}-{g:02d}-{s:04d}" if r.random() < 0.7 else f"{a:03d}{g:02d}{s:04d}"
        return v, "us-ssn", d_windows(v)
    if locale == "en_GB":
        while True:
            p = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = _digits(r, 6)
        s = r.choice("ABCD")
        v = f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if r.random() < 0.6 else f"{p}{d}{s}"
        return v, "gb-nino", [f"s:{v}"] + d_windows(v)
    if locale == "de_DE":
        while True:
            digs = r.sample("0123456789", 9)
            digs.append(r.choice(digs))
            r.shuffle(digs)
            if digs[0] != "0":
                break
        first = "".join(digs)
        v = first + str(mod11_10(first))
        v = v if r.random() < 0.6 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        return v, "de-steuer-id", d_windows(v)
    if locale == "hr_HR":
        first = str(r.randint(1, 9)) + _digits(r, 9)
        v = first + str(mod11_10(first))
        return v, "hr-oib", d_windows(v)
    if locale == "fr_FR":
        dep = r.choice(["75", "69", "13", "33", "59", "35"])
        born = f"{r.choice('12')}{r.randint(60, 99):02d}{r.randint(1, 12):02d}"
        body = f"{born}{dep}{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        v = (
            f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
            if r.random() < 0.7
            else body + f"{key:02d}"
        )
        return v, "fr-nir", d_windows(v)
    if locale == "es_ES":
        if r.random() < 0.7:
            n = r.randint(10000000, 79999999)
            v = f"{n}{DNI_LETTERS[n % 23]}" if r.random() < 0.7 else f"{n}-{DNI_LETTERS[n % 23]}"
            return v, "es-dni", d_windows(v) + [f"s:{v}"]
        p = r.choice("XYZ")
        n = r.randint(1000000, 9999999)
        v = f"{p}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"
        return v, "es-nie", d_windows(v) + [f"s:{v}"]
    if locale == "it_IT":
        cons = "BCDFGLMNPRSTVZ"
        months = "ABCDEHLMPRST"
        day = r.randint(1, 31) + (40 if r.random() < 0.5 else 0)
        first = (
            "".join(r.choice(cons) for _ in range(3))
            + "".join(r.choice(cons + "AEIO") for _ in range(3))
            + f"{r.randint(60, 99)}{r.choice(months)}{day:02d}"
            + f"{r.choice('ADFGHLMRF')}{r.randint(100, 999)}"
        )
        v = first + cf_check(first)
        return v, "it-codice-fiscale", [f"s:{v}"]
    if locale == "hu_HU":
        first = str(r.randint(0, 9)) + _digits(r, 7)
        v = first + str(taj_check(first))
        v = (
            f"{v[:3]} {v[3:6]} {v[6:]}"
            if r.random() < 0.6
            else (f"{v[:3]}-{v[3:6]}-{v[6:]}" if r.random() < 0.5 else v)
        )
        return v, "hu-taj", d_windows(v)
    if locale == "de_CH":
        first = "756" + _digits(r, 9)
        v = first + str(ean13_check(first))
        v = f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}" if r.random() < 0.8 else v
        return v, "ch-ahv", d_windows(v)
    if locale in ("fr_BE", "nl_BE"):
        yy, mm, dd, seq = r.randint(60, 99), r.randint(1, 12), r.randint(1, 28), r.randint(1, 997)
        first = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
        chk = 97 - int(first) % 97
        v = (
            f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{chk:02d}"
            if r.random() < 0.7
            else first + f"{chk:02d}"
        )
        return v, "be-rrn", d_windows(v)
    if locale == "sl_SI":
        while True:
            dob = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(960, 999)}"
            first = f"{dob}50{r.randint(0, 999):03d}"
            k = emso_check(first)
            if k is not None:
                return first + str(k), "si-emso", d_windows(first + str(k))
    raise ValueError(locale)
