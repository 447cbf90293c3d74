"""Look-alikes for the thirtieth set: strings that look like PII but are not."""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtieth_values import _nd, luhn_ok

LOOK_KINDS = [
    "order",
    "invoice",
    "ticket",
    "tracking",
    "price",
    "date",
    "time",
    "version",
    "isbn",
    "flight",
    "room",
    "measure",
    "percent",
    "ref",
    "eponym",
]

CURRENCY = {
    "en_US": lambda a: f"${a:,}",
    "en_IN": lambda a: f"₹{a:,}",
    "de_DE": lambda a: f"{a:,} €".replace(",", "."),
    "fr_FR": lambda a: f"{a:,} €".replace(",", "\u202f"),
    "pt_BR": lambda a: f"R$ {a:,},00".replace(",", ".", 1) if a >= 1000 else f"R$ {a},00",
    "nl_NL": lambda a: f"€ {a:,}".replace(",", ".") + ",-",
    "ca_ES": lambda a: f"{a:,} €".replace(",", "."),
    "es_GT": lambda a: f"Q{a:,}",
    "en_ZM": lambda a: f"K{a:,}",
    "fr_CM": lambda a: f"{a:,} FCFA".replace(",", " "),
    "es_BO": lambda a: f"Bs {a:,}".replace(",", "."),
    "sq_AL": lambda a: f"{a:,} lekë".replace(",", "."),
}

DATE = {
    "en_US": "{m:02d}/{d:02d}/{y}",
    "en_IN": "{d:02d}/{m:02d}/{y}",
    "en_ZM": "{d:02d}/{m:02d}/{y}",
    "de_DE": "{d:02d}.{m:02d}.{y}",
    "nl_NL": "{d}-{m}-{y}",
    "sq_AL": "{d:02d}.{m:02d}.{y}",
}

EPONYMS = {
    "en_US": [
        "Johns Hopkins",
        "Ford Field",
        "Lincoln Center",
        "Walgreens",
        "Trader Joe's",
        "Carnegie Mellon",
    ],
    "en_IN": [
        "Tata Memorial",
        "Birla Mandir",
        "Indira Gandhi Airport",
        "Nehru Place",
        "Jawaharlal Nehru Stadium",
    ],
    "de_DE": [
        "Bosch",
        "Dr. Oetker",
        "Karstadt",
        "Siemens",
        "Goethe-Institut",
        "Humboldt-Universität",
    ],
    "fr_FR": [
        "Gare Saint-Lazare",
        "Centre Pompidou",
        "Hôpital Necker",
        "Lycée Victor Hugo",
        "Michelin",
        "Lacoste",
    ],
    "pt_BR": [
        "Hospital Albert Einstein",
        "Aeroporto Santos Dumont",
        "Estádio Mané Garrincha",
        "Colégio Dom Pedro II",
        "Shopping Iguatemi",
    ],
    "nl_NL": [
        "Philips",
        "Albert Heijn",
        "Erasmus MC",
        "Van Gogh Museum",
        "Anne Frank Huis",
        "Jeroen Bosch Ziekenhuis",
    ],
    "ca_ES": [
        "Hospital de Sant Pau",
        "Casa Batlló",
        "Palau Robert",
        "Fundació Joan Miró",
        "Parc de Joan Miró",
    ],
    "es_GT": [
        "Aeropuerto La Aurora",
        "Universidad Rafael Landívar",
        "Teatro Miguel Ángel Asturias",
        "Hospital Roosevelt",
        "Pollo Campero",
    ],
    "en_ZM": [
        "Kenneth Kaunda International Airport",
        "Levy Mwanawasa Hospital",
        "Heroes Stadium",
        "Manda Hill",
        "Cairo Road",
    ],
    "fr_CM": [
        "Stade Ahmadou Ahidjo",
        "Hôpital Laquintinie",
        "Lycée Leclerc",
        "Boulangerie Zepol",
        "Pharmacie du Centre",
    ],
    "es_BO": [
        "Aeropuerto Viru Viru",
        "Estadio Hernando Siles",
        "Plaza Murillo",
        "Teleférico",
        "Universidad Mayor de San Andrés",
    ],
    "sq_AL": [
        "Aeroporti Nënë Tereza",
        "Sheshi Skënderbej",
        "Piramida",
        "Universiteti Aleksandër Moisiu",
        "Teatri Kombëtar",
    ],
}

FLIGHTS = {
    "en_US": ["UA", "DL", "AA"],
    "en_IN": ["AI", "6E", "UK"],
    "de_DE": ["LH", "EW"],
    "fr_FR": ["AF", "TO"],
    "pt_BR": ["LA", "G3", "AD"],
    "nl_NL": ["KL", "HV"],
    "ca_ES": ["VY", "IB"],
    "es_GT": ["AV", "CM"],
    "en_ZM": ["ET", "KQ"],
    "fr_CM": ["QC", "AF"],
    "es_BO": ["OB", "Z8"],
    "sq_AL": ["W6", "JU"],
}


def isbn13_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


def _isbn(rng) -> str:
    body = "978" + rng.choice(["3", "2", "85", "90", "84", "1", "0"])
    body += _nd(rng, 12 - len(body))
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    n = body + str(c)
    return f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}" if rng.random() < 0.6 else n


def make_look(rng, locale: str, kind: str) -> str:
    y, m, d = rng.choice([2025, 2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
    if kind == "order":
        if rng.random() < 0.3:  # sixteen digits that fail Luhn: could be read as a card, is not
            while True:
                s = "".join(str(rng.randrange(10)) for _ in range(16))
                if not luhn_ok(s) and s[0] in "3456":
                    return s
        return rng.choice(["PO-", "ORD-", "SO", "#"]) + _nd(rng, rng.choice([5, 6, 7]))
    if kind == "invoice":
        return rng.choice(["INV-", "FAC-", "RE-", "NF-", "FT "]) + f"{y}-" + _nd(rng, 4)
    if kind == "ticket":
        return rng.choice(["FM-", "HD-", "MAINT-", "REQ", "INC"]) + _nd(rng, rng.choice([4, 5, 6]))
    if kind == "tracking":
        return (
            rng.choice(["1Z", "JJD", "LB"])
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))
            + _nd(rng, 9)
        )
    if kind == "price":
        return CURRENCY[locale](
            rng.choice([rng.randint(35, 900), rng.randint(10, 400) * 10, rng.randint(8, 95) * 100])
        )
    if kind == "date":
        fmt = DATE.get(locale, "{d:02d}/{m:02d}/{y}")
        return rng.choice([fmt, "{y}-{m:02d}-{d:02d}"]).format(y=y, m=m, d=d)
    if kind == "time":
        h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
        if locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return f"{h}h{mi:02d}" if locale.startswith("fr") else f"{h}:{mi:02d}"
    if kind == "version":
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "isbn":
        return _isbn(rng)
    if kind == "flight":
        return rng.choice(FLIGHTS[locale]) + rng.choice(["", " "]) + str(rng.randint(100, 2999))
    if kind == "room":
        return (
            rng.choice(["B", "C", "A", "N"])
            + str(rng.randint(1, 6))
            + "."
            + f"{rng.randint(1, 40):02d}"
        )
    if kind == "measure":
        sep = "." if locale.startswith("en") else ","
        if locale == "en_US":
            return (
                f"{rng.randint(300, 2400)} sq ft"
                if rng.random() < 0.7
                else f"{rng.randint(6, 30)} ft"
            )
        return (
            f"{rng.randint(18, 240)} m²"
            if rng.random() < 0.7
            else f"{rng.randint(2, 9)}{sep}{rng.randint(10, 95)} m"
        )
    if kind == "percent":
        if locale.startswith("en"):
            return (
                f"{rng.randint(2, 25)}%"
                if rng.random() < 0.6
                else f"{rng.randint(1, 9)}.{rng.randint(1, 9)}%"
            )
        return (
            f"{rng.randint(2, 25)}%"
            if rng.random() < 0.5
            else f"{rng.randint(1, 9)},{rng.randint(1, 9)} %"
        )
    if kind == "ref":
        return (
            rng.choice(["REF-", "LOC-", "CTR-", "BK-"])
            + _nd(rng, 4)
            + "-"
            + "".join(rng.choice("KXQZMR") for _ in range(2))
        )
    return rng.choice(EPONYMS[locale])
