"""Look-alikes for the fifth held-out set: values that resemble personal data but are not.

A redactor should leave every one of them in place. ISBNs, EANs and S10 tracking numbers
carry valid check digits (they look like ids); firms named after people use surnames that
are on neither name list of fifth_names.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

import random

from .fifth_checks import gs1_ok, isbn10_ok, s10_ok

LANG = {"de_DE": "de", "es_ES": "es", "fr_FR": "fr", "it_IT": "it", "nl_NL": "nl", "pt_BR": "pt"}

# Eponymous brands (real, named after their founders) and made-up 'Surname & Surname' firms.
BRANDS = {
    "de_DE": ["Hugo Boss", "Dr. Oetker", "Carl Zeiss", "Robert Bosch GmbH", "Porsche", "Siemens", "Haribo"],
    "en_AU": ["Harvey Norman", "David Jones", "Arnott's", "Ford", "Dell"],
    "en_CA": ["Tim Hortons", "Molson Coors", "Bombardier", "Ford", "Dell"],
    "en_GB": ["Marks & Spencer", "John Lewis", "Sainsbury's", "Rolls-Royce", "Ernst & Young"],
    "en_IE": ["Guinness", "Jameson", "Dunnes Stores", "Smurfit Westrock", "Ernst & Young"],
    "en_IN": ["Tata Consultancy Services", "Mahindra & Mahindra", "Bajaj Auto", "Godrej", "Birla"],
    "en_US": ["Johnson & Johnson", "Procter & Gamble", "Ben & Jerry's", "Goldman Sachs", "Wells Fargo", "Ralph Lauren"],
    "es_ES": ["Loewe", "Roca", "Mahou", "Balenciaga", "Puig", "Chupa Chups"],
    "fr_FR": ["Louis Vuitton", "Christian Dior", "Peugeot", "Michelin", "Yves Saint Laurent", "Hermès", "Lacoste"],
    "it_IT": ["Ferrero", "Barilla", "Giorgio Armani", "Dolce & Gabbana", "Pirelli", "Lavazza", "Salvatore Ferragamo"],
    "nl_NL": ["Philips", "Heineken", "Albert Heijn", "Douwe Egberts", "Van Lanschot Kempen"],
    "pt_BR": ["Magazine Luiza", "Lojas Renner", "Casas Bahia", "Gerdau", "Odebrecht"],
}
FIRMS = {
    "de_DE": ["Brenner & Lorenz", "Hartmann & Seidel Steuerberatung", "Falkenrath & Partner"],
    "en_AU": ["Hollis & Crane", "Merewether & Finch Lawyers"], "en_CA": ["Barrow & Lyle LLP", "Ashdown & Pryce"],
    "en_GB": ["Pennington & Lowe", "Radcliffe & Shaw Solicitors"], "en_IE": ["Keating & Moran", "Duggan & Forde Solicitors"],
    "en_IN": ["Kapadia & Mehta Associates", "Thakkar & Sons"], "en_US": ["Whitlock & Haynes LLP", "Barlow & Kemp"],
    "es_ES": ["Arrieta & Solís Abogados", "Bermejo y Cano"], "fr_FR": ["Maillard & Vidal Avocats", "Roussel et Fils"],
    "it_IT": ["Fabbri & Negri", "Studio Pagano & Sartori"], "nl_NL": ["Dijkman & Kok Advocaten", "Pronk & Zwart"],
    "pt_BR": ["Siqueira & Macedo Advogados", "Pacheco & Rezende"],
}  # fmt: skip
STREETLIKE = {
    "en": ["Wall Street", "Main Street investors", "Downing Street", "Fleet Street", "Sesame Street"],
    "de": ["die Wall Street", "Wall-Street-Banken", "die Sesamstraße"], "es": ["Wall Street", "Barrio Sésamo"],
    "fr": ["Wall Street", "le Quai d'Orsay", "Matignon"], "it": ["Wall Street", "Piazza Affari"],
    "nl": ["Wall Street", "het Malieveld"], "pt": ["Wall Street", "a Faria Lima"],
}  # fmt: skip
STREETLIKE_EN = {"en_IN": ["Dalal Street"], "en_CA": ["Bay Street"], "en_AU": ["Collins Street bankers"]}
HASHTAGS = {
    "en": ["#Hiring", "#OpenToWork", "#AI", "#Leadership", "#Sustainability", "#WomenInTech"],
    "de": ["#KI", "#Nachhaltigkeit", "#Digitalisierung", "#Fachkräfte"], "es": ["#Empleo", "#Innovación", "#IA"],
    "fr": ["#Recrutement", "#Innovation", "#IA"], "it": ["#Lavoro", "#Innovazione", "#IA"],
    "nl": ["#Vacature", "#Duurzaamheid", "#AI"], "pt": ["#Vagas", "#Inovação", "#IA"],
}  # fmt: skip
FLIGHTS = {
    "de_DE": ["LH", "EW", "DE"], "en_AU": ["QF", "VA", "JQ"], "en_CA": ["AC", "WS"], "en_GB": ["BA", "U2", "VS"],
    "en_IE": ["EI", "FR"], "en_IN": ["AI", "6E", "UK"], "en_US": ["UA", "DL", "AA", "B6"], "es_ES": ["IB", "VY", "UX"],
    "fr_FR": ["AF", "TO"], "it_IT": ["AZ", "FR"], "nl_NL": ["KL", "HV"], "pt_BR": ["LA", "G3", "AD"],
}  # fmt: skip
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_ISBN_GROUP = {"de": "3", "en": "1", "es": "84", "fr": "2", "it": "88", "nl": "90", "pt": "85"}
_EAN_PREFIX = {
    "de_DE": "400", "en_AU": "930", "en_CA": "062", "en_GB": "501", "en_IE": "539", "en_IN": "890", "en_US": "036",
    "es_ES": "841", "fr_FR": "301", "it_IT": "800", "nl_NL": "871", "pt_BR": "789",
}  # fmt: skip
_S10 = {"de_DE": "DE", "en_AU": "AU", "en_CA": "CA", "en_GB": "GB", "en_IE": "IE", "en_IN": "IN", "en_US": "US",
        "es_ES": "ES", "fr_FR": "FR", "it_IT": "IT", "nl_NL": "NL", "pt_BR": "BR"}  # fmt: skip


def lang(locale: str) -> str:
    return LANG.get(locale, "en")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def isbn(rng: random.Random, locale: str) -> str:
    group = _ISBN_GROUP[lang(locale)]
    if rng.random() < 0.35 and group in ("3", "1", "2", "84", "88", "90", "85"):
        pub = _d(rng, 3 if len(group) == 1 else 2)
        title = _d(rng, 9 - len(group) - len(pub))
        body = group + pub + title
        for c in "0123456789X":
            if isbn10_ok(body + c):
                return f"{group}-{pub}-{title}-{c}"
    pub = rng.choice(["446", "7645", "00", "14", "306", "8020"])
    title = _d(rng, 12 - 3 - len(group) - len(pub))
    body = "978" + group + pub + title
    c = str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)
    assert gs1_ok(body + c)
    return f"978-{group}-{pub}-{title}-{c}"


def ean(rng: random.Random, locale: str) -> str:
    body = _EAN_PREFIX[locale] + _d(rng, 9)
    c = str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)
    return body + c


def s10(rng: random.Random, locale: str) -> str:
    serial = _d(rng, 8)
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    want = 11 - total % 11
    code = f"{rng.choice(['RR', 'CP', 'EE', 'LX', 'RB'])}{serial}{ {10: 0, 11: 5}.get(want, want)}{_S10[locale]}"
    assert s10_ok(code)
    return code


def date(rng: random.Random, locale: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    la = lang(locale)
    name = _MONTHS[la].split()[month - 1]
    if la == "de":
        return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day}. {name} {year}"])
    if locale == "en_US":
        return rng.choice([f"{month:02d}/{day:02d}/{year}", f"{name} {day}, {year}"])
    if la == "en":
        return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}"])
    if la == "nl":
        return rng.choice([f"{day:02d}-{month:02d}-{year}", f"{day} {name} {year}"])
    if la in ("es", "pt"):
        return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} de {name} de {year}"])
    return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}"])


def value(rng: random.Random, locale: str, kind: str) -> str:
    la = lang(locale)
    comma = la in ("de", "es", "fr", "it", "nl", "pt")
    if kind == "COMPANY":
        return rng.choice(BRANDS[locale] * 2 + FIRMS[locale])
    if kind == "ORDER":
        return rng.choice([f"PO-{rng.randint(2024, 2026)}-{_d(rng, 6)}", f"#{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
                           f"A{_d(rng, 9)}", f"{rng.choice(['RE', 'INV', 'NF'])}-{_d(rng, 4)}/{_d(rng, 3)}",
                           f"45{_d(rng, 8)}"])  # fmt: skip
    if kind == "TRACKING":
        ups = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)) + _d(rng, 10)
        return rng.choice([s10(rng, locale), s10(rng, locale), ups, "JJD" + _d(rng, 18), "00" + _d(rng, 18)])
    if kind == "ISBN":
        return isbn(rng, locale)
    if kind == "EAN":
        return ean(rng, locale)
    if kind == "DATE":
        return date(rng, locale)
    if kind == "TIME":
        h, m = rng.randint(7, 19), rng.choice(["00", "15", "30", "45"])
        if la == "fr":
            return f"{h}h{m}"
        if locale in ("en_US", "en_CA", "en_AU", "en_IN") and rng.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'}"
        return f"{h}:{m}" if la != "de" else f"{h}.{m}" if rng.random() < 0.3 else f"{h}:{m}"
    if kind == "PRICE":
        amount = rng.choice([45000, 52000, 61500, 38900, 72000, 1299, 89])
        if comma:
            s = f"{amount:,}".replace(",", ".") + rng.choice(["", ",00"])
            return {"pt": f"R$ {s}", "nl": f"€ {s}"}.get(la, f"{s} €")
        cur = {"en_GB": "£", "en_IN": "₹", "en_AU": "A$", "en_CA": "C$"}.get(locale, "$")
        return f"{cur}{amount:,}"
    if kind == "PERCENT":
        p = rng.choice(["12,5", "7", "15", "3,2", "40"]) if comma else rng.choice(["12.5", "7", "15", "3.2", "40"])
        return f"{p} %" if la in ("de", "fr") else f"{p}%"
    if kind == "VERSION":
        return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 4)}.{rng.randint(0, 12)}",
                           f"2025.{rng.randint(1, 12)}", f"v{rng.randint(2, 9)}.0.0-rc.{rng.randint(1, 4)}"])  # fmt: skip
    if kind == "PRODUCT":
        letters = "".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(2))
        return rng.choice([f"{letters}-{_d(rng, 4)}{rng.choice(['', 'B', 'XM5', '/40'])}", f"SKU-{_d(rng, 5)}-{letters}",
                           f"{letters}{_d(rng, 3)}.{_d(rng, 2)}"])  # fmt: skip
    if kind == "HASHTAG":
        return rng.choice(HASHTAGS[la])
    if kind == "FLIGHT":
        return f"{rng.choice(FLIGHTS[locale])}{rng.choice(['', ' '])}{rng.randint(1, 2999)}"
    if kind == "STREETLIKE":
        return rng.choice(STREETLIKE[la] + STREETLIKE_EN.get(locale, []))
    if kind == "ROOM":
        n = f"{rng.randint(0, 4)}.{rng.randint(1, 40):02d}" if rng.random() < 0.5 else f"{rng.choice('ABC')}{rng.randint(101, 420)}"
        word = {"de": "Raum", "en": "Room", "es": "la sala", "fr": "salle", "it": "aula", "nl": "zaal", "pt": "sala"}[la]
        return f"{word} {n}"
    if kind == "YEAR":
        return str(rng.randint(2004, 2021))
    raise ValueError(kind)
