"""Look-alikes of the tenth set: strings that resemble PII and must survive verbatim (order,
invoice, PO, tracking and ticket numbers, flight numbers, ISBNs, versions, dates, times,
amounts, postcode-like product codes, rooms, streets named as places, eponymous companies)."""

from __future__ import annotations

import random
import string

from .tenth_checks import digits, s10_check
from .tenth_places import FAMOUS_STREETS

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
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
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
# companies named after people (real brands); their words never serve as person names here
COMPANIES = [
    "Johnson & Johnson",
    "Marks & Spencer",
    "Hugo Boss",
    "Louis Vuitton",
    "Ben & Jerry's",
    "Harvey Norman",
    "Tim Hortons",
    "Dr. Oetker",
    "Albert Heijn",
    "Ferrero",
    "Lavazza",
    "Michelin",
    "Peugeot",
    "Mahindra",
    "Walt Disney",
    "Kellogg's",
    "Ernst & Young",
    "Salvatore Ferragamo",
    "John Lewis",
    "Sainsbury's",
    "Vroom & Dreesmann",
    "Dolce & Gabbana",
    "Bajaj Auto",
    "Hermès",
    "Porsche",
    "Boticário",
]
ROOMS = [
    "Room B2.14",
    "Raum 3.012",
    "salle Ada",
    "Sala Volta",
    "zaal Escher",
    "sala Tarsila",
    "Boardroom 4",
    "Level 7 hub",
]


def date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2027])
    lg = locale[:2]
    if locale == "en_US":
        return rng.choice(
            [f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"]
        )
    if lg == "en":
        return rng.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"]
        )
    if lg == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}"])
    if lg == "nl":
        return rng.choice([f"{d}-{m}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}"])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[lg][m - 1]} {y}"
            if lg not in ("es", "pt")
            else f"{d} de {MONTHS[lg][m - 1]} de {y}",
        ]
    )


def time_of_day(rng: random.Random, locale: str) -> str:
    h, m = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 10, 50])
    if locale[:2] == "en" and locale != "en_IN" and rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
    if locale == "fr_FR":
        return f"{h}h{m:02d}"
    return f"{h:02d}:{m:02d}" if rng.random() < 0.7 else f"{h}.{m:02d}"


def amount(rng: random.Random, locale: str) -> str:
    whole, cents = rng.randint(3, 48000), rng.randint(0, 99)
    if locale in ("en_US", "en_CA", "en_AU"):
        return f"${whole:,}.{cents:02d}"
    if locale == "en_GB":
        return f"£{whole:,}.{cents:02d}"
    if locale == "en_IN":
        return f"₹{whole:,}"
    if locale == "en_IE":
        return f"€{whole:,}.{cents:02d}"
    euro = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    if locale == "pt_BR":
        return f"R$ {euro}"
    return rng.choice([f"{euro} €", f"€ {euro}", f"{euro} EUR"])


def isbn(rng: random.Random) -> str:
    if rng.random() < 0.5:
        body = "978" + digits(rng, 9)
        check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        s = body + str(check)
        return f"ISBN {s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"
    body = digits(rng, 9)
    check = (11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11) % 11
    s = body + ("X" if check == 10 else str(check))
    return rng.choice([f"{s[0]}-{s[1:4]}-{s[4:9]}-{s[9]}", s])


def lookalike(rng: random.Random, locale: str, kind: str) -> str:
    up = string.ascii_uppercase
    if kind == "ORDER":
        return rng.choice(
            [
                f"{digits(rng, 3, '123456789')}-{digits(rng, 7)}-{digits(rng, 7)}",
                f"#{digits(rng, 6, '123456789')}",
                f"ORD-{digits(rng, 8)}",
            ]
        )
    if kind == "INVOICE":
        return rng.choice(
            [
                f"INV-{rng.choice([2025, 2026])}-{digits(rng, 6)}",
                f"{rng.choice([2025, 2026])}/{digits(rng, 4)}",
                f"F{digits(rng, 7)}",
            ]
        )
    if kind == "PO":
        return f"PO {digits(rng, 10, '4')}" if rng.random() < 0.6 else f"PO-{digits(rng, 6)}"
    if kind == "TRACKING":
        if rng.random() < 0.5:
            serial = digits(rng, 8)
            country = rng.choice(["GB", "DE", "NL", "BR", "FR"])
            return f"{rng.choice(['RR', 'LX', 'CP', 'EE'])}{serial}{s10_check(serial)}{country}"
        return "1Z" + "".join(rng.choice(up + string.digits) for _ in range(6)) + digits(rng, 10)
    if kind == "TICKET":
        return rng.choice(
            [
                f"INC{digits(rng, 7)}",
                f"{rng.choice(['OPS', 'HELP', 'SUP', 'IT'])}-{rng.randint(100, 9999)}",
                f"#{rng.randint(10000, 99999)}",
            ]
        )
    if kind == "FLIGHT":
        airline = rng.choice("LH BA FR AZ KL IB AF QF AC EI AI LA G3".split())
        return f"{airline}{rng.choice([' ', ''])}{rng.randint(10, 4999)}"
    if kind == "ISBN":
        return isbn(rng)
    if kind == "VERSION":
        major, minor, patch = rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 9)
        return rng.choice(
            [
                f"v{major}.{minor}.{patch}",
                f"{major}.{minor}.{patch}-rc{rng.randint(1, 4)}",
                f"build {digits(rng, 5)}",
            ]
        )
    if kind == "DATE":
        return date(rng, locale)
    if kind == "TIME":
        return time_of_day(rng, locale)
    if kind == "AMOUNT":
        return amount(rng, locale)
    if kind == "PRODUCT_CODE":
        return rng.choice(
            [
                f"Art.-Nr. {digits(rng, 5, '1234')}",
                f"SKU {digits(rng, 5)}-{rng.choice(['B', 'XL', 'GR'])}",
                f"model {rng.choice(up)}{rng.randint(10, 99)} {rng.randint(100, 999)}",
                f"ref. {digits(rng, 4)} {rng.choice(up)}{rng.choice(up)}",
            ]
        )
    if kind == "STREET_PLACE":
        return rng.choice(FAMOUS_STREETS[locale])
    if kind == "COMPANY":
        return rng.choice(COMPANIES)
    if kind == "ROOM":
        return rng.choice(ROOMS)
    raise KeyError(kind)


LOOK_KINDS = [
    "ORDER",
    "INVOICE",
    "PO",
    "TRACKING",
    "TICKET",
    "FLIGHT",
    "ISBN",
    "VERSION",
    "DATE",
    "TIME",
    "AMOUNT",
    "PRODUCT_CODE",
    "STREET_PLACE",
    "COMPANY",
    "ROOM",
]
