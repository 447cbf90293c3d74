"""Mail providers, look-alike pools and date/time/price formats per locale (hand-written)."""

from __future__ import annotations

import random


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


MAIL = {
    "en_US": "gmail.com yahoo.com outlook.com icloud.com aol.com proton.me",
    "en_GB": "gmail.com btinternet.com hotmail.co.uk yahoo.co.uk outlook.com sky.com",
    "en_IE": "gmail.com eircom.net hotmail.com outlook.ie icloud.com",
    "en_CA": "gmail.com hotmail.ca rogers.com shaw.ca videotron.ca outlook.com",
    "de_DE": "web.de gmx.de t-online.de gmail.com posteo.de mailbox.org",
    "es_ES": "gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
    "nl_NL": "gmail.com ziggo.nl kpnmail.nl hotmail.nl xs4all.nl",
    "fr_FR": "orange.fr free.fr laposte.net gmail.com sfr.fr wanadoo.fr",
    "sv_SE": "gmail.com telia.com hotmail.se bredband.net outlook.com",
    "pl_PL": "wp.pl o2.pl onet.pl interia.pl gmail.com",
    "fi_FI": "gmail.com elisanet.fi hotmail.fi luukku.com outlook.com",
    "tr_TR": "gmail.com hotmail.com yandex.com.tr outlook.com",
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IE": "ie",
    "en_CA": "ca",
    "de_DE": "de",
    "es_ES": "es",
    "nl_NL": "nl",
    "fr_FR": "fr",
    "sv_SE": "se",
    "pl_PL": "pl",
    "fi_FI": "fi",
    "tr_TR": "com.tr",
}

COMPANIES = {
    "en_US": ["Ben & Jerry's", "Johnson & Johnson", "Wendy's", "Trader Joe's", "Dr Pepper"],
    "en_GB": ["Marks & Spencer", "Sainsbury's", "John Lewis", "Rolls-Royce", "Waitrose"],
    "en_IE": ["Dunnes Stores", "Bewley's", "Guinness", "Penneys", "Butlers Chocolates"],
    "en_CA": ["Tim Hortons", "Molson", "Laura Secord", "Canadian Tire", "Roots"],
    "de_DE": ["Dr. Oetker", "Hugo Boss", "Rossmann", "Miele", "Haribo"],
    "es_ES": ["Massimo Dutti", "Loewe", "Mahou", "Mercadona", "El Corte Inglés"],
    "nl_NL": ["Albert Heijn", "Philips", "Douwe Egberts", "Van Houten", "Hema"],
    "fr_FR": ["Louis Vuitton", "Peugeot", "Michelin", "Yves Saint Laurent", "Leroy Merlin"],
    "sv_SE": ["Hennes & Mauritz", "Åhléns", "Ericsson", "Clas Ohlson", "Systembolaget"],
    "pl_PL": ["Wedel", "Blikle", "Empik", "Biedronka", "Żabka"],
    "fi_FI": ["Fazer", "Stockmann", "Hartwall", "Marimekko", "Paulig"],
    "tr_TR": ["Koç Holding", "Sabancı", "Ülker", "Arçelik", "Migros"],
}
LANDMARKS = {
    "en_US": ["Union Station", "Golden Gate Park", "Pike Place Market"],
    "en_GB": ["King's Cross", "Tate Modern", "Piccadilly Gardens"],
    "en_IE": ["Heuston Station", "St Stephen's Green", "Eyre Square"],
    "en_CA": ["Stanley Park", "Place Ville Marie", "Rideau Centre"],
    "de_DE": ["Hauptbahnhof", "Brandenburger Tor", "Englischer Garten"],
    "es_ES": ["Puerta del Sol", "Plaza de España", "Parque del Retiro"],
    "nl_NL": ["Centraal Station", "Vondelpark", "de Dam"],
    "fr_FR": ["Gare de Lyon", "place Bellecour", "Jardin des Plantes"],
    "sv_SE": ["T-Centralen", "Slottsskogen", "Stortorget"],
    "pl_PL": ["Dworzec Centralny", "Rynek Główny", "Łazienki"],
    "fi_FI": ["Kamppi", "Esplanadi", "Rautatientori"],
    "tr_TR": ["Kadıköy iskelesi", "Taksim Meydanı", "Kızılay"],
}
AIRLINE = {
    "en_US": "UA",
    "en_GB": "BA",
    "en_IE": "EI",
    "en_CA": "AC",
    "de_DE": "LH",
    "es_ES": "IB",
    "nl_NL": "KL",
    "fr_FR": "AF",
    "sv_SE": "SK",
    "pl_PL": "LO",
    "fi_FI": "AY",
    "tr_TR": "TK",
}
PRODUCTS = [
    "WH-1000XM4",
    "iPhone 13",
    "ThinkPad T14",
    "Galaxy S23",
    "Dyson V11",
    "Kindle Paperwhite",
    "Pixel 7a",
    "Fairphone 5",
]


def fmt_date(rng: random.Random, locale: str) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    if locale == "en_US":
        return f"{m}/{d}/{y}"
    if locale == "sv_SE":
        return f"{y}-{m:02d}-{d:02d}"
    if locale in ("de_DE", "pl_PL", "fi_FI", "tr_TR"):
        return f"{d:02d}.{m:02d}.{y}" if locale != "fi_FI" else f"{d}.{m}.{y}"
    if locale == "nl_NL":
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def fmt_time(rng: random.Random, locale: str) -> str:
    return clock(locale, rng.randint(7, 22), rng.randint(0, 59))


def clock(locale: str, h: int, mi: int) -> str:
    if locale == "en_US":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if locale == "fi_FI":
        return f"{h}.{mi:02d}"
    return f"{h:02d}:{mi:02d}"


def fmt_price(rng: random.Random, locale: str) -> str:
    a, c = rng.randint(3, 480), rng.choice(["00", "50", "90", "95", "99"])
    return {
        "en_US": f"${a}.{c}",
        "en_CA": f"${a}.{c}",
        "en_GB": f"£{a}.{c}",
        "en_IE": f"€{a}.{c}",
        "nl_NL": f"€ {a},{c}",
        "sv_SE": f"{a * 10} kr",
        "pl_PL": f"{a},{c} zł",
        "tr_TR": f"{a * 10} TL",
    }.get(locale, f"{a},{c} €")


def lookalike(rng: random.Random, locale: str, kind: str) -> str:
    if kind == "order":
        if locale in ("en_US", "en_GB", "en_CA"):
            return f"{rng.randint(100, 999)}-{_d(rng, 7)}-{_d(rng, 7)}"
        return f"#{rng.randint(1000000, 9999999)}"
    if kind == "ticket":
        return rng.choice(
            [f"INC{_d(rng, 7)}", f"#{rng.randint(10000, 99999)}", f"SR-{rng.randint(1000, 99999)}"]
        )
    if kind == "price":
        return fmt_price(rng, locale)
    if kind == "flight":
        return f"{AIRLINE[locale]} {rng.randint(100, 2999)}"
    if kind == "date":
        return fmt_date(rng, locale)
    if kind == "version":
        return f"{rng.randint(2, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    if kind == "company":
        return rng.choice(COMPANIES[locale])
    if kind == "place":
        return rng.choice(LANDMARKS[locale])
    if kind == "episode":
        return str(rng.randint(12, 240))
    if kind == "invoice":
        return f"{rng.choice(['INV', 'RE', 'FA', 'F'])}-{rng.randint(2020, 2025)}-{_d(rng, 4)}"
    if kind == "product":
        return rng.choice(PRODUCTS)
    raise ValueError(kind)


LOOK_KINDS = [
    "order",
    "ticket",
    "price",
    "flight",
    "date",
    "version",
    "company",
    "place",
    "episode",
    "invoice",
    "product",
]
LOOK_NO_DIGIT = ["company", "place"]
