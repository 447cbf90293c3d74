"""Look-alike values for the twenty-ninth set: strings that look like PII but
are not (order/invoice numbers, prices, dates, times, versions, ISBNs, flight
and room numbers, measurements, percentages, references, eponyms)."""

from __future__ import annotations

import random

from . import twentyninth_util as U
from .twentyninth_places import AIRLINES, CURRENCY, EPONYMS

LOOK_KINDS = [
    "ORDER",
    "PRICE",
    "DATE",
    "TIME",
    "VERSION",
    "ISBN",
    "FLIGHT",
    "ROOM",
    "MEASURE",
    "PERCENT",
    "REG",
    "TICKET",
    "TRACKING",
    "EPONYM",
]
ROOM_WORD = {
    "en": "Room",
    "de": "Raum",
    "fr": "salle",
    "es": "sala",
    "it": "aula",
    "sr": "sala",
    "pt": "sala",
}
MONTHS = {
    "en": [
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
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "sr": [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def _money(r: random.Random, loc: str) -> str:
    fmt, sep = CURRENCY[loc]
    big = loc in ("sr_RS", "fr_CI", "pt_AO", "en_TZ", "es_DO")
    n = (
        r.choice([5000, 10000, 25000, 50000, 150000, 2500, 1200000])
        if big
        else r.choice([5, 10, 20, 25, 40, 50, 75, 120, 250, 500, 1200, 2500, 15000])
    )
    s = f"{n:,}".replace(",", sep)
    if not big and r.random() < 0.3:
        s += ".00" if sep == "," else ",00"
    return fmt.format(n=s)


def _order(r: random.Random) -> str:
    c = r.random()
    if c < 0.15:  # long order number that could be read as a card: must fail Luhn
        n = r.choice("6789") + "".join(r.choice("0123456789") for _ in range(15))
        if U.luhn_ok(n):
            n = n[:-1] + str((int(n[-1]) + 1) % 10)
        return n
    if c < 0.4:
        return f"#{r.randint(10000, 999999)}"
    if c < 0.6:
        return f"PO-{r.randint(1000, 99999)}"
    if c < 0.8:
        return f"INV-{r.choice(['2025', '2026'])}-{r.randint(1, 9999):04d}"
    return f"{r.choice('ABWKX')}{r.randint(100000, 999999)}"


# REG/TICKET/TRACKING share the bank's LOOK["REF"] templates, in this order
REF_TEMPLATE = {"REG": 0, "TICKET": 1, "TRACKING": 2}


def look_template(r: random.Random, bank: dict, kind: str) -> str:
    if kind in REF_TEMPLATE:
        return bank["LOOK"]["REF"][REF_TEMPLATE[kind]]
    return r.choice(bank["LOOK"][kind])


def look(r: random.Random, loc: str, lang: str, kind: str) -> str:
    if kind == "ORDER":
        return _order(r)
    if kind == "PRICE":
        return _money(r, loc)
    if kind == "DATE":
        y, m, d = r.choice([2025, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
        if r.random() < 0.5:
            mon = MONTHS[lang][m - 1]
            if lang == "en":
                return f"{mon} {d}" if loc == "en_US" else f"{d} {mon}"
            return (
                f"{d}. {mon}"
                if lang in ("de", "sr")
                else f"{d} {'de ' if lang in ('es', 'pt') else ''}{mon}"
            )
        if loc == "en_US":
            return f"{m}/{d}/{y}"
        if lang in ("de",):
            return f"{d:02d}.{m:02d}.{y}"
        if lang == "sr":
            return f"{d}. {m}. {y}."
        return f"{d:02d}/{m:02d}/{y}"
    if kind == "TIME":
        h, mi = r.randint(6, 21), r.choice([0, 15, 30, 45])
        if loc in ("en_US", "en_TT", "en_TZ") and r.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        if lang == "fr" and r.random() < 0.5:
            return f"{h}h{mi:02d}" if mi else f"{h}h"
        return f"{h}:{mi:02d}"
    if kind == "VERSION":
        return f"v{r.randint(1, 6)}.{r.randint(0, 12)}.{r.randint(0, 9)}"
    if kind == "ISBN":
        p = "978" + "".join(r.choice("0123456789") for _ in range(9))
        p += U.isbn13_digit(p)
        return f"{p[:3]}-{p[3]}-{p[4:8]}-{p[8:12]}-{p[12]}"
    if kind == "FLIGHT":
        return f"{r.choice(AIRLINES[loc])} {r.randint(100, 2999)}"
    if kind == "ROOM":
        num = f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}"
        return f"{ROOM_WORD[lang]} {r.choice(['', 'B', 'A'])}{num}"
    if kind == "MEASURE":
        n = r.choice([12, 25, 40, 150, 300, 800])
        return r.choice([f"{n} kg", f"{r.choice([5, 10, 21])} km", f"{n} m²", f"{n} l"])
    if kind == "PERCENT":
        v = f"{r.randint(5, 95)}"
        return v + ("%" if lang in ("en", "it") or r.random() < 0.4 else " %")
    if kind == "TICKET":
        return f"TCK-{r.randint(1000, 99999)}"
    if kind == "TRACKING":
        pre, suf = r.choice(["1Z", "JD", "CX", "RR"]), r.choice(["", "GB", "DE"])
        return f"{pre}{r.randint(10000000, 99999999)}{suf}"
    if kind == "REG":  # charity / association registration numbers (organisations)
        if loc == "en_GB":
            return f"{r.randint(200000, 1199999)}"
        if loc == "en_US":
            return f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}"
        if loc == "fr_FR":
            return f"W{r.randint(100000000, 999999999)}"
        if loc == "de_DE":
            return f"VR {r.randint(1000, 29999)}"
        return f"REF/{r.randint(2025, 2026)}/{r.randint(10, 999):03d}"
    if kind == "EPONYM":
        return r.choice(EPONYMS[loc])
    raise KeyError(kind)
