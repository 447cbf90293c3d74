"""Look-alikes of the ninth set (values that must survive verbatim) and the filler words of
PII-free text: companies, products, events, dates, times, amounts, versions."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.ninth_numbers import digits, luhn_complete
from trainer_dev.redaction_sets.ninth_towns import FAMOUS_STREETS

EPONYMS = [
    "Thomas Cook",
    "Hunter Douglas",
    "Del Monte Foods",
    "Johnson Matthey",
    "Marks & Spencer",
    "John Lewis",
    "Ralph Lauren",
    "Calvin Klein",
    "Hugo Boss",
    "Louis Vuitton",
    "Estée Lauder",
    "Jack Daniel's",
    "Tommy Hilfiger",
    "Walt Disney",
    "Ernst & Young",
    "Dr. Oetker",
    "Carl Zeiss",
    "Robert Bosch",
    "Roland Berger",
    "Christian Dior",
    "Pierre Cardin",
    "Massimo Dutti",
    "Carolina Herrera",
    "Salvatore Ferragamo",
    "Brunello Cucinelli",
    "Albert Heijn",
    "Giorgio Armani",
    "Jean Paul Gaultier",
    "Tata Consultancy Services",
    "Mahindra & Mahindra",
    "Ben & Jerry's",
    "Harvey Norman",
    "Gerry Weber",
    "Bang & Olufsen",
    "Paul Smith",
    "Ted Baker",
    "Hewlett Packard Enterprise",
    "Charles Schwab",
    "Morgan Stanley",
    "Hugo Boss",
]

COMPANIES = {
    "en": [
        "Atlassian",
        "Shopify",
        "Infosys",
        "Ryanair",
        "Kerry Group",
        "Telstra",
        "Canva",
        "Wipro",
        "Accenture",
        "Salesforce",
        "Rolls-Royce",
        "Unilever",
        "BHP",
        "Lululemon",
    ],
    "de": [
        "Siemens",
        "Zalando",
        "SAP",
        "Deutsche Bahn",
        "Lufthansa",
        "Henkel",
        "Otto Group",
        "Rossmann",
        "N26",
        "Celonis",
        "Vorwerk",
    ],
    "fr": [
        "Decathlon",
        "Danone",
        "Michelin",
        "Capgemini",
        "BlaBlaCar",
        "Doctolib",
        "Orange",
        "Ubisoft",
        "Saint-Gobain",
        "Mistral AI",
    ],
    "es": [
        "Inditex",
        "Telefónica",
        "Iberdrola",
        "Mercadona",
        "Glovo",
        "Cabify",
        "Repsol",
        "BBVA",
        "Mapfre",
        "Seat",
    ],
    "it": [
        "Enel",
        "Luxottica",
        "Ferrero",
        "Pirelli",
        "Barilla",
        "Eni",
        "Satispay",
        "Lavazza",
        "Leonardo",
        "Fincantieri",
    ],
    "nl": [
        "ASML",
        "Booking.com",
        "Adyen",
        "Philips",
        "Heineken",
        "Mollie",
        "Coolblue",
        "KLM",
        "Rabobank",
        "Picnic",
    ],
    "pt": [
        "Nubank",
        "Natura",
        "Embraer",
        "Itaú",
        "Magazine Luiza",
        "iFood",
        "Petrobras",
        "Ambev",
        "QuintoAndar",
        "Stone",
    ],
}

EVENTS = [
    "Web Summit",
    "VivaTech",
    "re:Invent",
    "Slush",
    "OMR Festival",
    "South Summit",
    "Rio2C",
    "Dreamforce",
    "SXSW",
    "PyCon",
    "KubeCon",
    "Collision",
    "TNW Conference",
    "Nasscom Product Conclave",
    "Websummit Lisbon",
    "CES",
]

PRODUCTS = [
    "iPhone 15 Pro",
    "ThinkPad X1 Carbon Gen 11",
    "RTX 4090",
    "Pixel 8",
    "Galaxy S24",
    "MacBook Air M3",
    "Kindle Paperwhite",
    "Surface Pro 9",
    "Model Y",
    "PlayStation 5",
]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def date(rng: random.Random, locale: str) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    lang = locale[:2]
    month = MONTHS[lang].split()[m - 1]
    if rng.random() < 0.15:
        return f"{y}-{m:02d}-{d:02d}"
    if locale == "en_US":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{month} {d}, {y}", f"{month[:3]} {d}"])
    if lang == "en":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d} {month[:3]}"])
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}."])
    if lang == "nl":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d} {month}"])
    if lang in ("es", "pt"):
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d} de {month}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d} {month}"])


def time_of_day(rng: random.Random, locale: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10])
    lang = locale[:2]
    if locale in ("en_US", "en_CA", "en_AU", "en_IN") and rng.random() < 0.6:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if lang == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h"])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr"])
    return f"{h}:{mi:02d}"


def amount(rng: random.Random, locale: str) -> str:
    n = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
    cents = rng.choice([0, 0, 50, 99, 90])
    en = f"{n:,}" + (f".{cents:02d}" if cents else "")
    eu = f"{n:,}".replace(",", ".") + (f",{cents:02d}" if cents else "")
    cur = {"en_US": "$", "en_GB": "£", "en_IE": "€", "en_IN": "₹", "en_AU": "A$", "en_CA": "C$"}
    if locale in cur:
        return (
            cur[locale] + en
            if rng.random() < 0.8
            else f"{en} {'USD' if locale == 'en_US' else 'EUR'}"
        )
    if locale == "pt_BR":
        return f"R$ {eu}"
    if locale == "fr_FR":
        return f"{n:,}".replace(",", "\u202f") + (f",{cents:02d}" if cents else "") + " €"
    return rng.choice([f"{eu} €", f"€{eu}", f"EUR {eu}"])


def version(rng: random.Random) -> str:
    a, b, c = rng.randint(0, 24), rng.randint(0, 30), rng.randint(0, 40)
    return rng.choice(
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"version {a}.{b}",
            f"{a}.{b}.{c}-rc{b % 4 + 1}",
            f"build {rng.randint(20, 25)}.{rng.randint(1, 12):02d}.{rng.randint(100, 999)}",
        ]
    )


def isbn(rng: random.Random) -> str:
    if rng.random() < 0.6:
        body = "978" + digits(rng, 9)
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        d = body + str(check)
        return rng.choice([f"ISBN {d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}", d, f"978-{d[3:]}"])
    body = digits(rng, 9, "0123489")
    check = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
    d = body + ("X" if check == 10 else str(check))
    return rng.choice([d, f"{d[0]}-{d[1:4]}-{d[4:9]}-{d[9]}", f"ISBN-10 {d}"])


LOOK_KINDS = (
    "ORDER",
    "PO",
    "MARKETPLACE",
    "INVOICE",
    "TRACKING",
    "FLIGHT",
    "ISBN",
    "VERSION",
    "DATE",
    "TIME",
    "AMOUNT",
    "STREET",
    "EPONYM",
    "TICKET",
    "MODEL",
)


def lookalike(rng: random.Random, kind: str, locale: str) -> str:
    if kind == "ORDER":
        return rng.choice(
            [
                f"#{rng.randint(100000, 9999999)}",
                f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
                f"A{rng.randint(10000000, 99999999)}",
            ]
        )
    if kind == "PO":
        space = "" if rng.random() < 0.5 else " "
        return f"{rng.choice(['PO', 'PO-', 'PO#'])}{space}45{digits(rng, 8)}"
    if kind == "MARKETPLACE":
        body = digits(rng, 3, "123456789") + digits(rng, 7) + digits(rng, 6)
        n = luhn_complete(body)
        return f"{n[:3]}-{n[3:10]}-{n[10:]}"
    if kind == "INVOICE":
        y = rng.randint(2022, 2026)
        return rng.choice(
            [
                f"INV-{y}-{rng.randint(1, 9999):05d}",
                f"{y}/{rng.randint(1, 999):04d}",
                f"RE{y}{rng.randint(1000, 9999)}",
                f"F-{y}-{rng.randint(10, 999)}",
            ]
        )
    if kind == "TRACKING":
        return rng.choice(
            [
                f"1Z {digits(rng, 3)} AA1 0{rng.randint(1, 9)} {digits(rng, 4)} {digits(rng, 4)}",
                f"JJD{digits(rng, 18)}",
                f"3S{''.join(rng.choice('ABCDEFGHKLMN') for _ in range(4))}{digits(rng, 9)}",
                f"RR{digits(rng, 9)}{locale[-2:]}",
                f"LX{digits(rng, 9)}CN",
            ]
        )
    if kind == "FLIGHT":
        return (
            rng.choice(
                ["LH", "BA", "FR", "EI", "AI", "QF", "AC", "AF", "IB", "AZ", "KL", "LA", "UA", "6E"]
            )
            + rng.choice(["", " "])
            + str(rng.randint(10, 9899))
        )
    if kind == "ISBN":
        return isbn(rng)
    if kind == "VERSION":
        return version(rng)
    if kind == "DATE":
        return date(rng, locale)
    if kind == "TIME":
        return time_of_day(rng, locale)
    if kind == "AMOUNT":
        return amount(rng, locale)
    if kind == "STREET":
        return rng.choice(FAMOUS_STREETS[locale])
    if kind == "EPONYM":
        return rng.choice(EPONYMS)
    if kind == "TICKET":
        return rng.choice(
            [
                f"INC-{rng.randint(1000, 99999)}",
                f"PLAT-{rng.randint(100, 9999)}",
                f"CASE {rng.randint(10000000, 99999999)}",
                f"SR{rng.randint(100000, 999999)}",
            ]
        )
    return rng.choice(PRODUCTS)
