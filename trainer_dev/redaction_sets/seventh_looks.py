# ruff: noqa: E501  (data: company, place and brand lists)
"""Look-alike values of the seventh set (must survive redaction): dates, times, years, order
numbers, ISBN-13s and EAN-13s with valid check digits, flight numbers, versions, prices, streets
named as places, brands and companies named after people."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.seventh_checks import ean13_complete

COMPANIES = {
    "en_US": (
        "Johnson & Johnson",
        "Procter & Gamble",
        "Hewlett-Packard",
        "Harley-Davidson",
        "Ben & Jerry's",
        "Walt Disney",
        "Ralph Lauren",
        "Calvin Klein",
    ),
    "en_GB": (
        "Marks & Spencer",
        "John Lewis",
        "Sainsbury's",
        "Rolls-Royce",
        "Clarks",
        "Ernst & Young",
    ),
    "en_IE": ("Brown Thomas", "Arnotts", "Dunnes Stores", "Guinness", "Ernst & Young"),
    "en_IN": (
        "Tata Consultancy Services",
        "Mahindra & Mahindra",
        "Larsen & Toubro",
        "Godrej",
        "Bajaj Auto",
    ),
    "en_AU": ("David Jones", "Harvey Norman", "Dick Smith", "Woolworths"),
    "en_CA": ("Tim Hortons", "Hudson's Bay", "Molson Coors", "Shoppers Drug Mart"),
    "de_DE": (
        "Robert Bosch",
        "Carl Zeiss",
        "Hugo Boss",
        "Dr. Oetker",
        "Peek & Cloppenburg",
        "Mercedes-Benz",
    ),
    "fr_FR": ("Louis Vuitton", "Yves Saint Laurent", "Christian Dior", "Pierre Fabre", "Michelin"),
    "es_ES": ("Massimo Dutti", "El Corte Inglés", "Pedro Domecq", "Mahou San Miguel"),
    "it_IT": (
        "Giorgio Armani",
        "Dolce & Gabbana",
        "Luisa Spagnoli",
        "Ferrero",
        "Salvatore Ferragamo",
    ),
    "nl_NL": ("Albert Heijn", "Philips", "Van Lanschot Kempen", "Jacobs Douwe Egberts", "C&A"),
    "pt_BR": ("Magazine Luiza", "Casas Bahia", "Lojas Renner", "Natura &Co", "Ambev"),
}
PLACES = {
    "en_US": ("Fifth Avenue", "Michigan Avenue", "Market Street", "Rodeo Drive"),
    "en_GB": ("Oxford Street", "Deansgate", "Princes Street", "Carnaby Street"),
    "en_IE": ("Grafton Street", "Shop Street", "Patrick Street", "O'Connell Street"),
    "en_IN": ("MG Road", "Park Street", "Linking Road", "Connaught Place"),
    "en_AU": ("George Street", "Chapel Street", "Rundle Mall", "Hay Street"),
    "en_CA": ("Yonge Street", "Robson Street", "Sparks Street", "Rue Saint-Denis"),
    "de_DE": ("Königsallee", "Kurfürstendamm", "Zeil", "Maximilianstraße"),
    "fr_FR": ("Champs-Élysées", "rue de Rivoli", "Canebière", "rue Sainte-Catherine"),
    "es_ES": ("Gran Vía", "Paseo de Gracia", "Calle Larios", "Rambla"),
    "it_IT": ("Via del Corso", "Via Montenapoleone", "Via Toledo", "Piazza Navona"),
    "nl_NL": ("Kalverstraat", "Lijnbaan", "Coolsingel", "Vredenburg"),
    "pt_BR": ("Avenida Paulista", "Rua Oscar Freire", "Avenida Atlântica", "Rua da Praia"),
}
BRANDS = ("Slack", "Canva", "Spotify", "Zoom", "IKEA", "Airbnb", "Notion", "Salesforce", "Figma")
FLIGHTS = {
    "en_US": ("UA", "DL", "AA"),
    "en_GB": ("BA", "VS"),
    "en_IE": ("EI", "FR"),
    "en_IN": ("AI", "6E"),
    "en_AU": ("QF", "VA"),
    "en_CA": ("AC", "WS"),
    "de_DE": ("LH", "EW"),
    "fr_FR": ("AF", "U2"),
    "es_ES": ("IB", "VY"),
    "it_IT": ("AZ", "FR"),
    "nl_NL": ("KL", "HV"),
    "pt_BR": ("LA", "G3", "AD"),
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_PRICE = {
    "en_US": "${:,}.{:02d}",
    "en_CA": "CA${:,}.{:02d}",
    "en_GB": "£{:,}.{:02d}",
    "en_IE": "€{:,}.{:02d}",
    "en_AU": "A${:,}.{:02d}",
    "en_IN": "₹{:,}.{:02d}",
}


def lookalike(rng: random.Random, kind: str, locale: str) -> str:
    r = rng
    lang = locale[:2]
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    if kind == "DT":
        month = _MONTHS[lang].split()[m - 1]
        if locale == "en_US":
            return r.choice([f"{month} {d}, {y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"])
        if lang == "en":
            return r.choice([f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m:02d}-{y}"])
        if lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}"])
        if lang in ("es", "pt"):
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"])
        if lang == "nl":
            return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}"])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"])
    if kind == "TM":
        h, mi = r.randint(7, 20), r.choice((0, 15, 30, 45))
        if lang == "fr":
            return f"{h}h{mi:02d}" if mi else f"{h}h"
        if locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{mi:02d}" if lang != "nl" else f"{h:02d}.{mi:02d} uur"
    if kind == "YR":
        return str(r.randint(1998, 2024))
    if kind == "ORD":
        return r.choice(
            [
                f"#{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                f"#{r.randint(40000000, 49999999)}",
                f"Nr. {r.randint(100000, 999999)}"
                if lang == "de"
                else f"#{r.choice('ABCDEFGH')}{r.randint(100000, 999999)}",
            ]
        )
    if kind == "ISBN":
        group = r.choice(("0", "1", "3", "2", "84", "88", "90", "85", "81"))
        pub = str(r.randint(10, 9999))
        room = 9 - len(group) - len(pub)
        title = str(r.randint(0, 10**room - 1)).zfill(room)
        core = "978" + group + pub + title
        full = ean13_complete(core)
        return f"978-{group}-{pub}-{title}-{full[-1]}"
    if kind == "EAN":
        return ean13_complete(
            r.choice(("400", "300", "840", "800", "870", "789", "500", "890"))
            + str(r.randint(10**8, 10**9 - 1))
        )
    if kind == "FL":
        return f"{r.choice(FLIGHTS[locale])}{r.choice(('', ' '))}{r.randint(1, 2999)}"
    if kind == "VER":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                f"version {r.randint(1, 5)}.{r.randint(0, 9)}",
                f"release {y}.{m:02d}.{r.randint(0, 3)}",
                f"v{y}.{r.randint(1, 4)}",
            ]
        )
    if kind == "PR":
        whole, cents = r.choice((45, 129, 1299, 89, 2499, 15000)), r.choice((0, 0, 50, 90, 99))
        if locale in _PRICE:
            return _PRICE[locale].format(whole, cents)
        if locale == "pt_BR":
            return f"R$ {whole:,}".replace(",", ".") + f",{cents:02d}"
        return f"{whole:,}".replace(",", ".") + f",{cents:02d} €"
    if kind == "CO":
        return r.choice(COMPANIES[locale])
    if kind == "ST":
        return r.choice(PLACES[locale])
    if kind == "BR":
        return r.choice(BRANDS)
    raise ValueError(kind)


LOOK_KINDS = {
    "DT": "DATE",
    "TM": "TIME",
    "YR": "YEAR",
    "ORD": "ORDER",
    "ISBN": "ISBN",
    "EAN": "EAN",
    "FL": "FLIGHT",
    "VER": "VERSION",
    "PR": "PRICE",
    "CO": "COMPANY",
    "ST": "STREET_PLACE",
    "BR": "BRAND",
}
