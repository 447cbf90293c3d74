"""Look-alikes for the sixth held-out set: values that look like PII but are not (must survive)."""

from __future__ import annotations

import random
import string

R = random.Random
LANG = {"de_DE": "de", "es_ES": "es", "fr_FR": "fr", "it_IT": "it", "nl_NL": "nl", "pt_BR": "pt"}

COMPANIES = {
    "de_DE": [
        "Robert Bosch GmbH",
        "Porsche",
        "Siemens Healthineers",
        "Miele",
        "Bahlsen",
        "Dr. Oetker",
        "Carl Zeiss AG",
    ],
    "en_AU": ["Harvey Norman", "Gerry Harvey Holdings", "David Jones", "Myer", "Bunnings"],
    "en_CA": ["Tim Hortons", "Molson Coors", "Bombardier", "Irving Oil", "McCain Foods"],
    "en_GB": ["Marks & Spencer", "Sainsbury's", "John Lewis", "Rolls-Royce", "Laura Ashley"],
    "en_IE": ["Dunnes Stores", "Guinness", "Jacob's", "Roches Stores", "Smurfit Kappa"],
    "en_IN": [
        "Tata Consultancy Services",
        "Mahindra & Mahindra",
        "Bajaj Auto",
        "Godrej Industries",
        "Birla Cellulose",
    ],
    "en_US": [
        "Johnson & Johnson",
        "Ford Motor Company",
        "Dell Technologies",
        "Hewlett-Packard",
        "Walt Disney",
    ],
    "es_ES": ["Codorníu", "Loewe", "Balenciaga", "Puig", "Chupa Chups"],
    "fr_FR": ["Michelin", "Peugeot", "Louis Vuitton", "Hermès", "Citroën"],
    "it_IT": ["Ferrero", "Barilla", "Salvatore Ferragamo", "Olivetti", "Giorgio Armani"],
    "nl_NL": ["Albert Heijn", "Philips", "Heineken", "Douwe Egberts", "Van Houten"],
    "pt_BR": ["Magazine Luiza", "Gerdau", "Hering", "Klabin", "Odebrecht"],
}
STREETLIKE = {
    "en_US": ["Wall Street", "Main Street", "Madison Avenue"],
    "en_GB": ["Fleet Street", "Harley Street", "Downing Street"],
    "en_CA": ["Bay Street", "Wall Street"],
    "en_AU": ["Wall Street", "Main Street"],
    "en_IE": ["Wall Street", "Main Street"],
    "en_IN": ["Dalal Street", "Wall Street"],
    "de_DE": ["Wall Street", "Sesamstraße"],
    "nl_NL": ["Wall Street", "de Zuidas"],
    "fr_FR": ["Wall Street", "la rue Saint-Guillaume"],
    "it_IT": ["Piazza Affari", "Wall Street"],
    "es_ES": ["Wall Street", "la calle Génova"],
    "pt_BR": ["Faria Lima", "Wall Street"],
}
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}
EAN_PREFIX = {
    "de_DE": "400",
    "en_AU": "930",
    "en_CA": "062",
    "en_GB": "501",
    "en_IE": "539",
    "en_IN": "890",
    "en_US": "036",
    "es_ES": "841",
    "fr_FR": "301",
    "it_IT": "800",
    "nl_NL": "871",
    "pt_BR": "789",
}
AIRLINE = {
    "de_DE": "LH",
    "en_AU": "QF",
    "en_CA": "AC",
    "en_GB": "BA",
    "en_IE": "EI",
    "en_IN": "6E",
    "en_US": "AA",
    "es_ES": "IB",
    "fr_FR": "AF",
    "it_IT": "AZ",
    "nl_NL": "KL",
    "pt_BR": "G3",
}
ROOM = {
    "de": "Raum",
    "en": "Room",
    "es": "la sala",
    "fr": "salle",
    "it": "aula",
    "nl": "zaal",
    "pt": "sala",
}
STAT = {
    "de": "Personen",
    "en": "respondents",
    "es": "personas",
    "fr": "participants",
    "it": "persone",
    "nl": "mensen",
    "pt": "respostas",
}
HASHTAGS = {
    "de": ["#Karriere", "#Teamgeist", "#Weiterbildung", "#NewWork", "#Ehrenamt"],
    "en": ["#hiring", "#OpenToWork", "#DataEngineering", "#TeamWork", "#WomenInTech"],
    "es": ["#Empleo", "#TrabajoEnEquipo", "#Formación", "#Innovación"],
    "fr": ["#Recrutement", "#EspritdÉquipe", "#Formation", "#Innovation"],
    "it": ["#Lavoro", "#FormazioneContinua", "#Innovazione", "#SquadraVincente"],
    "nl": ["#Vacature", "#Teamwork", "#Duurzaamheid", "#Leren"],
    "pt": ["#Vagas", "#TrabalhoEmEquipe", "#Inovação", "#Carreira"],
}


def gs1_check(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gs1_ok(code: str) -> bool:
    d = code.replace("-", "")
    return d[-1] == gs1_check(d[:-1])


def s10_check(eight: str) -> str:
    c = 11 - sum(int(d) * w for d, w in zip(eight, [8, 6, 4, 2, 3, 5, 9, 7], strict=True)) % 11
    return str({10: 0, 11: 5}.get(c, c))


def _num(locale: str, value: float, decimals: int) -> str:
    s = f"{value:,.{decimals}f}"
    if locale in ("de_DE", "es_ES", "it_IT", "nl_NL", "pt_BR"):
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    elif locale == "fr_FR":
        s = s.replace(",", "\u202f").replace(".", ",")
    return s


def lookalike(rng: R, locale: str, kind: str) -> str:
    lang = LANG.get(locale, "en")
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind == "COMPANY":
        return rng.choice(COMPANIES[locale])
    if kind == "ORDER":
        return rng.choice([f"#{d(3)}-{d(7)}-{d(7)}", f"ORD-2026-{d(5)}", f"45{d(8)}", f"A{d(9)}"])
    if kind == "INVOICE":
        return rng.choice([f"INV-{d(6)}", f"RE-2026-{d(4)}", f"FA-2026/{d(3)}", f"NF-e {d(6)}"])
    if kind == "TRACKING":
        if rng.random() < 0.5:
            eight = d(8)
            country = rng.choice(["DE", "GB", "NL", "BR", "IT", "ES", "FR"])
            return f"{rng.choice(['RR', 'CP', 'LX'])}{eight}{s10_check(eight)}{country}"
        return (
            "1Z"
            + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
            + d(10)
        )
    if kind == "ISBN":
        body = "978" + rng.choice("0123") + d(8)
        c = body + gs1_check(body)
        return f"{c[:3]}-{c[3]}-{c[4:8]}-{c[8:12]}-{c[12]}"
    if kind == "EAN":
        body = EAN_PREFIX[locale] + d(9)
        return body + gs1_check(body)
    if kind == "DATE":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        name = MONTHS[lang].split()[month - 1]
        if locale == "en_US":
            return rng.choice([f"{name} {day}, 2026", f"{month}/{day}/2026"])
        if lang == "en":
            return rng.choice([f"{day} {name} 2026", f"{day:02d}/{month:02d}/2026"])
        if lang == "de":
            return rng.choice([f"{day}. {name} 2026", f"{day:02d}.{month:02d}.2026"])
        if lang in ("es", "pt"):
            return rng.choice([f"{day} de {name} de 2026", f"{day:02d}/{month:02d}/2026"])
        if lang == "nl":
            return rng.choice([f"{day} {name} 2026", f"{day:02d}-{month:02d}-2026"])
        return rng.choice([f"{day} {name} 2026", f"{day:02d}/{month:02d}/2026"])
    if kind == "TIME":
        h, m = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
        if locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if lang == "fr":
            return f"{h}h{m:02d}"
        if lang == "de":
            return f"{h}:{m:02d} Uhr"
        return f"{h}:{m:02d}"
    if kind == "PRICE":
        v = rng.choice([19, 25, 39.9, 49, 89, 120, 249.5, 1299])
        cur = {
            "en_GB": "£{}",
            "en_US": "${}",
            "en_AU": "A${}",
            "en_CA": "${} CAD",
            "en_IN": "₹{}",
            "en_IE": "€{}",
            "pt_BR": "R$ {}",
            "it_IT": "€ {}",
            "nl_NL": "€ {}",
        }.get(locale, "{} €")
        return cur.format(_num(locale, v * (80 if locale == "en_IN" else 1), 2 if v % 1 else 0))
    if kind == "PERCENT":
        return _num(locale, rng.randint(3, 95) + rng.choice([0, 0.5]), 1) + (
            " %" if lang in ("de", "fr") else "%"
        )
    if kind == "VERSION":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.0-rc.{rng.randint(1, 4)}",
            ]
        )
    if kind == "PRODUCT":
        u = string.ascii_uppercase
        return rng.choice(
            [
                f"{rng.choice(u)}{rng.choice(u)}-{d(4)}{rng.choice(u)}",
                f"{rng.choice(u)}{d(4)}",
                f"{rng.choice(u)}{rng.choice(u)}{rng.choice(u)}-{d(3)}",
            ]
        )
    if kind == "HASHTAG":
        return rng.choice(HASHTAGS[lang])
    if kind == "FLIGHT":
        return f"{AIRLINE[locale]} {rng.randint(12, 2999)}"
    if kind == "STREETLIKE":
        return rng.choice(STREETLIKE[locale])
    if kind == "ROOM":
        return f"{ROOM[lang]} {rng.choice('ABC')}{rng.randint(1, 4)}.{rng.randint(1, 30):02d}"
    if kind == "YEAR":
        return str(rng.randint(1958, 2025))
    if kind == "SCORE":
        a, b = rng.randint(0, 6), rng.randint(0, 6)
        return rng.choice([f"{max(a, b)}:{min(a, b)}", f"{max(a, b)}-{min(a, b)}"])
    if kind == "STAT":
        return f"{_num(locale, rng.randint(120, 9800), 0)} {STAT[lang]}"
    raise KeyError(kind)


KINDS = [
    "COMPANY",
    "ORDER",
    "INVOICE",
    "TRACKING",
    "ISBN",
    "EAN",
    "DATE",
    "TIME",
    "PRICE",
    "PERCENT",
    "VERSION",
    "PRODUCT",
    "HASHTAG",
    "FLIGHT",
    "STREETLIKE",
    "ROOM",
    "YEAR",
    "SCORE",
    "STAT",
]
