"""Eighth set: look-alikes (strings that resemble PII and must survive verbatim)."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.eighth_pay import ean13, isbn13
from trainer_dev.redaction_sets.eighth_places import PLACE_STREETS

COMPANIES = {
    "en_US": [
        "Johnson & Johnson",
        "Ford",
        "Wells Fargo",
        "Hewlett-Packard",
        "Procter & Gamble",
        "Goldman Sachs",
        "Ben & Jerry's",
        "Dow Jones",
    ],
    "en_GB": ["Marks & Spencer", "Sainsbury's", "Rolls-Royce", "Cadbury", "John Lewis", "Boots"],
    "en_IE": ["Guinness", "Jameson", "Bewley's", "Dunnes Stores", "Smurfit Kappa"],
    "en_IN": ["Tata Consultancy Services", "Godrej", "Bajaj Auto", "Mahindra", "Birla Sun Life"],
    "en_AU": ["Harvey Norman", "David Jones", "Myer", "Bunnings", "Arnott's"],
    "en_CA": ["Tim Hortons", "Molson", "Bombardier", "Lululemon", "Canadian Tire"],
    "de_DE": ["Dr. Oetker", "Hugo Boss", "Porsche", "Bosch", "Siemens", "Haribo", "Aldi"],
    "fr_FR": ["Peugeot", "Michelin", "Louis Vuitton", "Yves Rocher", "Dassault", "Hermès"],
    "es_ES": ["Loewe", "Freixenet", "Roca", "Puig", "Chupa Chups", "El Corte Inglés"],
    "it_IT": ["Ferrero", "Barilla", "Lavazza", "Giorgio Armani", "Benetton", "Ferragamo"],
    "nl_NL": ["Philips", "Heineken", "Albert Heijn", "Van Houten", "C&A", "Douwe Egberts"],
    "pt_BR": ["Magazine Luiza", "Pernambucanas", "Gerdau", "Havaianas", "Natura", "Odebrecht"],
}
BRANDS = [
    "Python 3.12",
    "iPhone 15",
    "PlayStation 5",
    "Windows 11",
    "Galaxy S24",
    "ThinkPad X1",
    "Kindle",
    "Excel",
    "Zoom",
    "Figma",
    "Thermomix TM6",
    "Vespa",
]
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026, 2027])
    L = locale[:2]
    name = _MONTHS[L].split()[m - 1]
    if locale == "en_US":
        return rng.choice([f"{m}/{d}/{y}", f"{name} {d}, {y}", f"{name} {d}"])
    if L == "en":
        return rng.choice([f"{d}/{m:02d}/{y}", f"{d} {name} {y}", f"{d} {name}"])
    if L == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {name} {y}", f"{d}.{m}."])
    if L == "nl":
        return rng.choice([f"{d}-{m}-{y}", f"{d} {name} {y}", f"{d} {name}"])
    if L == "it":
        return rng.choice([f"{d}/{m}/{y}", f"{d} {name} {y}", f"{d} {name}"])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {'de ' if L in 'espt' else ''}{name}{' de ' if L in 'espt' else ' '}{y}",
        ]
    )


def time(rng: random.Random, locale: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45])
    if locale in ("en_US", "en_CA", "en_AU", "en_IN") and rng.random() < 0.6:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if locale == "fr_FR":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if locale == "de_DE" and rng.random() < 0.4:
        return f"{h}.{mi:02d} Uhr"
    return f"{h}:{mi:02d}"


def price(rng: random.Random, locale: str) -> str:
    v = rng.choice([15, 45, 120, 250, 480, 1299, 2499]) + rng.choice([0, 0, 0.5, 0.99])
    whole, cents = int(v), round((v - int(v)) * 100)
    if locale in ("en_US", "en_CA", "en_AU"):
        return f"${whole:,}" + (f".{cents:02d}" if cents else "")
    if locale == "en_GB":
        return f"£{whole:,}" + (f".{cents:02d}" if cents else "")
    if locale == "en_IE":
        return f"€{whole:,}" + (f".{cents:02d}" if cents else "")
    if locale == "en_IN":
        return f"₹{whole * 80:,}"
    if locale == "pt_BR":
        return f"R$ {whole:,}".replace(",", ".") + f",{cents:02d}"
    s = f"{whole:,}".replace(",", ".") + (f",{cents:02d}" if cents else "")
    return rng.choice([f"{s} €", f"€ {s}", f"{s} EUR"])


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def order(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            f"#A{_d(rng, 6)}",
            f"ORD-{_d(rng, 4)}-{_d(rng, 5)}",
            f"{_d(rng, 10)}",
            f"INV-2025-{_d(rng, 5)}",
            f"R{_d(rng, 9)}",
        ]
    )


def tracking(rng: random.Random) -> str:
    return rng.choice(
        [
            f"1Z{_d(rng, 3)}AA1{_d(rng, 10)}",
            f"JJD{_d(rng, 15)}",
            f"00{_d(rng, 18)}",
            f"RR{_d(rng, 9)}BR",
            f"CP{_d(rng, 9)}FR",
            f"LX{_d(rng, 9)}DE",
        ]
    )


def flight(rng: random.Random) -> str:
    return f"{rng.choice(['LH', 'BA', 'FR', 'AI', 'QF', 'AC', 'AF', 'IB', 'AZ', 'KL', 'LA', 'EI', 'UA'])}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"


def version(rng: random.Random) -> str:
    return rng.choice(
        [
            f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            f"{rng.randint(1, 20)}.{rng.randint(0, 9)}",
            f"release 2025.{rng.randint(1, 12)}",
            f"build {rng.randint(1000, 99999)}",
        ]
    )


def measure(rng: random.Random, locale: str) -> str:
    comma = locale[:2] not in ("en",)
    v = f"{rng.randint(1, 9)}{',' if comma else '.'}{rng.randint(1, 9)}"
    if locale == "en_US":
        return rng.choice([f"{rng.randint(5, 40)} ft", f"{v} in", f"{rng.randint(2, 90)} lbs"])
    return rng.choice(
        [f"{v} m", f"{rng.randint(20, 240)} cm", f"{v} kg", f"{rng.randint(30, 400)} m²"]
    )


def lookalike(rng: random.Random, locale: str, frame_idx: int) -> tuple[str, str]:
    """A look-alike fitting the language bank's 'look' frame number ``frame_idx``."""
    makers = [
        lambda: ("ORDER", order(rng)),
        lambda: ("FLIGHT", flight(rng)),
        lambda: ("INVOICE", order(rng)),
        lambda: ("ISBN", isbn13(rng)),
        lambda: ("EAN", ean13(rng, rng.choice(["40", "50", "80", "30", "87", "789"]))),
        lambda: ("VERSION", version(rng)),
        lambda: ("PRICE", price(rng, locale)),
        lambda: ("MEASURE", measure(rng, locale)),
        lambda: ("TRACKING", tracking(rng)),
        lambda: ("STREET", rng.choice(PLACE_STREETS[locale])),
        lambda: ("COMPANY", rng.choice(COMPANIES[locale])),
        lambda: ("BRAND", rng.choice(BRANDS)),
        lambda: ("YEAR", str(rng.randint(1968, 2019))),
        lambda: ("TIME", time(rng, locale)),
        lambda: ("DATE", date(rng, locale)),
        lambda: ("REF", f"{rng.randint(10, 99)}/{rng.randint(100, 9999)}"),
    ]
    return makers[frame_idx]()[::-1]
