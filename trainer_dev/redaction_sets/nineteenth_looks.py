"""Look-alikes for the nineteenth set: strings that look like PII but are not."""

from __future__ import annotations

import random
import re

from .nineteenth_checks import ean13_check, luhn_ok
from .nineteenth_locales import EPONYMS

LOOK_KINDS = [
    "order",
    "invoice",
    "isbn",
    "date",
    "time",
    "price",
    "version",
    "flight",
    "room",
    "pct",
    "ticket",
    "tracking",
    "company",
    "ref",
]

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_CUR = {"en_US": ("$", None), "en_GB": ("£", None), "de_CH": ("CHF ", None), "hu_HU": (None, " Ft")}
_AIR = {
    "en_US": ["UA", "DL", "AA"],
    "en_GB": ["BA", "U2", "VS"],
    "de_DE": ["LH", "EW"],
    "de_CH": ["LX", "WK"],
    "fr_FR": ["AF", "TO"],
    "fr_BE": ["SN", "FR"],
    "nl_BE": ["SN", "TB"],
    "es_ES": ["IB", "VY", "UX"],
    "it_IT": ["AZ", "FR"],
    "hu_HU": ["W6", "FR"],
    "hr_HR": ["OU", "FR"],
    "sl_SI": ["JU", "LX", "OS"],
}


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def isbn13(r: random.Random) -> str:
    while True:
        group = r.choice(["3", "2", "84", "88", "963", "953", "961", "90", "1", "0"])
        pub = _d(r, 8 - len(group) if len(group) < 3 else 3)
        first12 = "978" + group + pub
        first12 += _d(r, 12 - len(first12))
        title = first12[3 + len(group) + len(pub) :]
        full = first12 + str(ean13_check(first12))
        if not luhn_ok(full):  # never readable as a card number either
            return f"978-{group}-{pub}-{title}-{full[-1]}"


def look(r: random.Random, locale: str, kind: str) -> str:
    """A look-alike of the given kind; never holds a Luhn-valid card-length digit run."""
    while True:
        v = _look(r, locale, kind)
        runs = [re.sub(r"\D", "", x) for x in re.findall(r"\d[\d \-]{11,}\d", v)]
        if not any(13 <= len(d) <= 19 and luhn_ok(d) for d in runs):
            return v


def _look(r: random.Random, locale: str, kind: str) -> str:
    de_like = locale in ("de_DE", "de_CH", "hr_HR", "sl_SI", "hu_HU")
    if kind == "order":
        if r.random() < 0.4:
            while True:
                n = r.choice("3456") + _d(r, 15)
                if not luhn_ok(n):
                    return n
        return r.choice(["#", "A", "BST-", "CMD-", "PED-", "ORD-"]) + _d(r, r.randint(6, 9))
    if kind == "invoice":
        return r.choice(["INV", "RE", "F", "FA", "R"]) + f"-{r.randint(2024, 2026)}-{_d(r, 4)}"
    if kind == "isbn":
        return isbn13(r)
    if kind == "date":
        dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
        if locale == "en_US":
            return f"{_MONTHS_EN[mm - 1]} {dd}, {yy}" if r.random() < 0.5 else f"{mm}/{dd}/{yy}"
        if locale == "en_GB":
            return f"{dd} {_MONTHS_EN[mm - 1]} {yy}"
        if locale == "hu_HU":
            return f"{yy}. {mm:02d}. {dd:02d}."
        return (
            f"{dd:02d}.{mm:02d}.{yy}" if de_like or r.random() < 0.4 else f"{dd:02d}/{mm:02d}/{yy}"
        )
    if kind == "time":
        h, m = r.randint(8, 21), r.choice([0, 15, 30, 45])
        return (
            f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}"
            if locale == "en_US"
            else f"{h}:{m:02d}"
        )
    if kind == "price":
        pre, post = _CUR.get(locale, (None, " €"))
        amount = r.choice([15, 20, 25, 35, 49, 89, 120])
        if locale == "hu_HU":
            return f"{amount * 400:,}".replace(",", " ") + " Ft"
        if pre:
            return (
                f"{pre}{amount}"
                if r.random() < 0.5
                else f"{pre}{amount}.{r.choice(['00', '50', '90'])}"
            )
        return (
            f"{amount},{r.choice(['00', '50', '90'])}{post}"
            if r.random() < 0.5
            else f"{amount}{post}"
        )
    if kind == "version":
        return f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    if kind == "flight":
        return f"{r.choice(_AIR[locale])} {r.randint(100, 4999)}"
    if kind == "room":
        return r.choice(
            [
                f"{r.choice('ABC')}{r.randint(1, 4)}{r.randint(10, 40)}",
                f"{r.randint(0, 5)}.{r.randint(1, 30):02d}",
            ]
        )
    if kind == "pct":
        return f"{r.randint(5, 60)}{' %' if locale not in ('en_US', 'en_GB') else '%'}"
    if kind == "ticket":
        return r.choice(["#", "TCK-", "INC", "SR-"]) + _d(r, r.randint(5, 7))
    if kind == "tracking":
        return (
            "1Z"
            + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6))
            + _d(r, 10)
        )
    if kind == "company":
        return r.choice(EPONYMS[locale])
    if kind == "ref":
        return (
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
            + _d(r, 1)
            + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3))
        )
    raise ValueError(kind)


def routing(r: random.Random) -> str:
    """US ABA routing number: a bank's public identifier, not personal data."""
    while True:
        first8 = r.choice(["0210", "0260", "1110", "1210", "0710", "0910"]) + _d(r, 4)
        for c in "0123456789":
            s = first8 + c
            if sum(int(x) * w for x, w in zip(s, [3, 7, 1] * 3, strict=False)) % 10 == 0:
                return s
