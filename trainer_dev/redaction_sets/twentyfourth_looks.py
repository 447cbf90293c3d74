"""Look-alikes: strings that look like PII but are not, and must survive redaction."""

from __future__ import annotations

import random

from .twentyfourth_core import iban_check, isbn13_digit, luhn_ok

LOOK_KINDS = [
    "order",
    "invoice",
    "ticket",
    "price",
    "date",
    "time",
    "version",
    "isbn",
    "flight",
    "room",
    "area",
    "percent",
    "listing",
    "tracking",
    "company",
    "ref",
]

_CUR = {
    "en_US": ("$", "pre"),
    "en_CA": ("CA$", "pre"),
    "pt_BR": ("R$ ", "pre"),
    "nl_NL": ("€ ", "pre"),
    "de_AT": (" €", "post"),
    "pl_PL": (" zł", "post"),
    "es_PE": ("S/ ", "pre"),
    "sl_SI": (" €", "post"),
    "en_KE": ("KSh ", "pre"),
    "en_GH": ("GH₵ ", "pre"),
    "es_EC": ("$", "pre"),
    "fr_LU": (" €", "post"),
}
_AIR = {
    "en_US": ["UA", "DL", "AA", "B6"],
    "en_CA": ["AC", "WS", "PD"],
    "pt_BR": ["LA", "G3", "AD"],
    "nl_NL": ["KL", "HV"],
    "de_AT": ["OS", "EW"],
    "pl_PL": ["LO", "FR"],
    "es_PE": ["LA", "H2"],
    "sl_SI": ["LH", "OS"],
    "en_KE": ["KQ", "ET"],
    "en_GH": ["KQ", "AT", "ET"],
    "es_EC": ["LA", "AV"],
    "fr_LU": ["LG", "LH"],
}
COMPANIES = {
    "en_US": [
        "Walt Disney World",
        "Johnson & Johnson",
        "the Ford dealership",
        "Ben & Jerry's",
        "Trader Joe's",
        "the Lincoln Center",
    ],
    "en_CA": ["Tim Hortons", "the Molson plant", "Roy Thomson Hall", "Shoppers Drug Mart"],
    "pt_BR": ["Lojas Renner", "Drogaria São Paulo", "estação Oscar Freire", "Museu Oscar Niemeyer"],
    "nl_NL": ["Albert Heijn", "het Philips Museum", "Van Gogh Museum", "Heineken Experience"],
    "de_AT": ["Porsche Holding", "Swarovski Kristallwelten", "Mozarthaus", "Meinl am Graben"],
    "pl_PL": ["E. Wedel", "Uniwersytet Jagielloński", "Hala Stulecia", "Teatr Słowackiego"],
    "es_PE": ["Plaza San Martín", "aeropuerto Jorge Chávez", "Museo Larco", "Parque Kennedy"],
    "sl_SI": ["Prešernov trg", "Plečnikova hiša", "Cankarjev dom", "Gimnazija Bežigrad"],
    "en_KE": [
        "Jomo Kenyatta International Airport",
        "Kenyatta University",
        "the Moi International Sports Centre",
        "Sarit Centre",
    ],
    "en_GH": [
        "Kotoka International Airport",
        "the Kwame Nkrumah Memorial Park",
        "Kofi Annan Centre",
        "Melcom",
    ],
    "es_EC": [
        "aeropuerto Mariscal Sucre",
        "Parque La Carolina",
        "Universidad San Francisco",
        "Supermaxi",
    ],
    "fr_LU": [
        "Place Guillaume II",
        "Pont Grande-Duchesse Charlotte",
        "Auchan Kirchberg",
        "Musée Dräi Eechelen",
    ],
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def isbn(rng: random.Random) -> str:
    grp = rng.choice(["0", "1", "3", "83", "85", "90", "2", "84", "961"])
    rest = _d(rng, 12 - 3 - len(grp))
    p12 = "978" + grp + rest
    pub = rest[:3]
    return f"978-{grp}-{pub}-{rest[3:]}-{isbn13_digit(p12)}"


def _local_invoice(rng: random.Random, locale: str, y: str) -> str:
    """Invoice numbering as local accounting software prints it."""
    if locale == "pl_PL":
        return f"FV/{y}/{rng.randint(1, 12):02d}/{rng.randint(1, 300)}"
    if locale == "es_PE":
        return f"F001-{_d(rng, 8)}"
    if locale == "es_EC":
        while True:  # 15 digits: never Luhn-valid, so it cannot pass as a card
            s = f"001-001-{_d(rng, 9)}"
            if not luhn_ok(s):
                return s
    if locale == "de_AT":
        return f"RE-{y}-{_d(rng, 3)}"
    if locale == "pt_BR":
        return f"{rng.randint(100, 9999)}/{y}"
    return f"{y}{_d(rng, 4)}"


def lookalike(rng: random.Random, locale: str, kind: str) -> str:
    us = locale in ("en_US",)
    if kind == "order":
        while True:
            s = rng.choice(["#", "", "ORD-", "AB"]) + _d(rng, rng.choice([6, 7, 8, 14]))
            digits = "".join(c for c in s if c.isdigit())
            if len(digits) < 13 or not luhn_ok(digits):
                return s
    if kind == "invoice":
        y = rng.choice(["2024", "2025"])
        return rng.choice(
            [
                f"INV-{y}-{_d(rng, 4)}",
                _local_invoice(rng, locale, y),
                f"{y}-{_d(rng, 3)}",
                f"#{_d(rng, 5)}",
            ]
        )
    if kind == "ticket":
        return rng.choice([f"#{_d(rng, 6)}", f"CS-{_d(rng, 7)}", f"INC{_d(rng, 7)}"])
    if kind == "price":
        sym, pos = _CUR[locale]
        amount = rng.choice([45, 80, 120, 250, 350, 499, 650, 900, 1200, 1850])
        if locale in ("en_US", "en_CA", "en_KE", "en_GH", "es_EC") and amount >= 1000:
            a = f"{amount:,}"
        elif amount >= 1000:
            a = f"{amount:,}".replace(",", "." if locale != "pl_PL" else " ")
        else:
            a = str(amount)
        if rng.random() < 0.3:
            a += ".00" if locale in ("en_US", "en_CA", "en_KE", "en_GH", "es_EC") else ",00"
        return sym + a if pos == "pre" else a + sym
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
        if us:
            return f"{m}/{d}/{y}"
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
        if locale.startswith("en_") and rng.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return rng.choice([f"{h}:{mi:02d}", f"{h}h{mi:02d}"])
    if kind == "version":
        return f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "isbn":
        return isbn(rng)
    if kind == "flight":
        return f"{rng.choice(_AIR[locale])} {rng.randint(100, 2999)}"
    if kind == "room":
        return rng.choice(
            [
                f"{rng.randint(1, 6)}.{rng.randint(1, 30):02d}",
                f"{rng.choice('ABC')}{rng.randint(101, 512)}",
            ]
        )
    if kind == "area":
        if locale in ("en_US", "en_CA") and rng.random() < 0.7:
            return f"{rng.choice([450, 800, 1200, 1650])} sq ft"
        return f"{rng.randint(12, 180)} m²"
    if kind == "percent":
        return f"{rng.choice([5, 10, 15, 20, 25, 30])}{' %' if locale == 'fr_LU' else '%'}"
    if kind == "listing":
        return rng.choice([f"#{_d(rng, 9)}", f"ID {_d(rng, 8)}", f"L-{_d(rng, 6)}"])
    if kind == "tracking":
        return rng.choice(
            [
                f"1Z{_d(rng, 3)}E{_d(rng, 2)}{_d(rng, 10)}",
                f"{rng.choice(['RR', 'CP', 'LX'])}{_d(rng, 9)}"
                f"{rng.choice(['BR', 'PL', 'NL', 'AT', 'SI'])}",
                f"JJD{_d(rng, 15)}",
            ]
        )
    if kind == "company":
        return rng.choice(COMPANIES[locale])
    if kind == "ref":
        body = _d(rng, rng.choice([8, 11]))
        if locale in ("nl_NL", "de_AT", "sl_SI", "fr_LU", "pl_PL"):
            rf = f"RF{iban_check('RF', body)}{body}"
            return " ".join(rf[i : i + 4] for i in range(0, len(rf), 4))
        return f"REF-{body[:6]}"
    raise ValueError(kind)
