"""Look-alikes for the forty-eighth set: strings that are not personal data and must survive.

``look(rng, locale, slot)`` fills a template slot ({date}, {venue}, ...) and returns
(text, kind). Venues, prizes and firms named after people are the hard ones on purpose.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fortyeighth_checks as ck

VENUES = {
    "en_GB": [
        "Alexander Stadium",
        "Sir Chris Hoy Velodrome",
        "Lee Valley VeloPark",
        "Lord's",
        "Roundhay Park",
        "Victoria Park",
        "Hillsborough Park",
        "Ponds Forge",
    ],
    "en_US": [
        "Hayward Field",
        "Wrigley Field",
        "Lambeau Field",
        "Arthur Ashe Stadium",
        "Madison Square Garden",
        "Soldier Field",
        "Franklin Field",
        "Prospect Park",
    ],
    "de_DE": [
        "Fritz-Walter-Stadion",
        "Max-Schmeling-Halle",
        "Ernst-Abbe-Sportfeld",
        "Olympiastadion",
        "Englischer Garten",
        "Rheinaue",
        "Carl-Benz-Stadion",
    ],
    "fr_FR": [
        "Stade Pierre-Mauroy",
        "Stade Geoffroy-Guichard",
        "Roland-Garros",
        "Parc des Princes",
        "Stade Jean-Bouin",
        "Palais des Sports Marcel-Cerdan",
        "parc de la Tête d'Or",
    ],
    "es_ES": [
        "Estadio Santiago Bernabéu",
        "Estadio Ramón Sánchez-Pizjuán",
        "Parque del Retiro",
        "Pabellón Fernando Martín",
        "Estadio Vallehermoso",
        "Palau Sant Jordi",
    ],
    "it_IT": [
        "Stadio Giuseppe Meazza",
        "Stadio Diego Armando Maradona",
        "Stadio Olimpico",
        "PalaDozza",
        "Arena Civica Gianni Brera",
        "Parco Sempione",
        "Stadio Renato Dall'Ara",
    ],
    "pl_PL": [
        "Stadion Narodowy",
        "Stadion im. Henryka Reymana",
        "Hala Stulecia",
        "Arena Gliwice",
        "Park Skaryszewski",
        "Ergo Arena",
        "Stadion Śląski",
    ],
    "pt_BR": [
        "Estádio do Maracanã",
        "Ginásio do Ibirapuera",
        "Arena Fonte Nova",
        "Estádio Mané Garrincha",
        "Parque Barigui",
        "Allianz Parque",
        "Parque Ibirapuera",
    ],
    "de_LI": [
        "Rheinpark Stadion",
        "Sportpark Eschen-Mauren",
        "Freizeitpark Widau",
        "Malbun",
        "Steg",
        "Sportanlage Blumenau",
        "Schwimmbad Mühleholz",
    ],
    "sv_FI": [
        "Botniahallen",
        "Olympiastadion",
        "Idrottsparken",
        "Veritas Stadion",
        "Paavo Nurmi-stadion",
        "Brahehallen",
        "Ekenäs Centrum",
    ],
    "en_BS": [
        "Thomas A. Robinson National Stadium",
        "Kendal G. L. Isaacs National Gymnasium",
        "Queen Elizabeth Sports Centre",
        "Montagu Bay",
        "Arawak Cay",
        "Grand Bahama Sports Complex",
        "Goodman's Bay",
    ],
    "mt_MT": [
        "Ta' Qali National Stadium",
        "Centenary Stadium",
        "Hibernians Ground",
        "Cottonera Sports Complex",
        "Marsa Sports Club",
        "Tal-Ħandaq",
        "Ġnien il-Kalkara",
    ],
}
PRIZES = {
    "en_GB": ["Calcutta Cup", "Doggett's Coat and Badge", "Bob Graham Round"],
    "en_US": ["Heisman Trophy", "Stanley Cup", "Prefontaine Classic", "Larry O'Brien Trophy"],
    "de_DE": ["Silbernes Lorbeerblatt", "Sportabzeichen", "Franz-Beckenbauer-Cup"],
    "fr_FR": ["Coupe Gambardella", "Trophée Jules-Rimet", "Coupe Davis"],
    "es_ES": ["Copa del Rey", "Trofeo Teresa Herrera", "Trofeo Zarra"],
    "it_IT": ["Trofeo Bravo", "maglia rosa", "Coppa Italia", "Scudetto"],
    "pl_PL": ["Memoriał Kamili Skolimowskiej", "Memoriał Janusza Kusocińskiego", "Puchar Polski"],
    "pt_BR": ["Bola de Prata", "Corrida de São Silvestre", "Copa do Brasil"],
    "de_LI": ["LGT Alpin Marathon", "Liechtensteiner Cup", "Sportlerwahl"],
    "sv_FI": ["Finlandia-hiihto", "Paavo Nurmi Games", "Kalevan kisat"],
    "en_BS": ["Carifta Games", "Junkanoo Cup", "Bahamas Games"],
    "mt_MT": ["Rolex Middle Sea Race", "Malta Marathon", "Trofeo L'Isle Adam"],
}
COMPANIES = {
    "en_GB": ["Wilson", "Dunlop", "John Lewis", "Thomas Cook", "Sports Direct", "Gilbert"],
    "en_US": ["Dick's Sporting Goods", "Wilson", "Spalding", "Johnson & Johnson", "Hoka"],
    "de_DE": ["Hugo Boss", "Uhlsport", "Erima", "Karstadt Sports", "Jako"],
    "fr_FR": ["Lacoste", "Décathlon", "Intersport", "Le Coq Sportif", "Rossignol"],
    "es_ES": ["Joma", "Kelme", "El Corte Inglés", "Munich", "Luanvi"],
    "it_IT": ["Kappa", "Macron", "Fila", "Errea", "Ferrari"],
    "pl_PL": ["4F", "Martes Sport", "Decathlon", "Kross", "Wedel"],
    "pt_BR": ["Penalty", "Olympikus", "Centauro", "Netshoes", "Topper"],
    "de_LI": ["Hilti", "Ivoclar", "LGT", "Hoval", "Hilcona"],
    "sv_FI": ["Stockmann", "Karhu", "Halti", "Intersport", "Fazer"],
    "en_BS": ["John Bull", "Kelly's Home Centre", "Bahamas Ferries", "Solomon's Fresh Market"],
    "mt_MT": ["Farsons", "Bortex", "Melita", "Agius Confectionery", "Camilleri Paris Mode"],
}
PRODUCTS = [
    "Garmin Forerunner 265",
    "Polar Vantage V3",
    "Concept2 RowErg",
    "Mikasa V200W",
    "Molten BG4500",
    "Yonex Astrox 88D",
    "Theragun Mini",
    "Wahoo KICKR Core",
    "Select Brillant Super",
    "Coros Pace 3",
    "Suunto Race S",
    "Head Speed MP",
]
WORDS = {
    "en_GB": ["Will do", "grace period", "Mark your diaries", "June fixtures"],
    "en_US": ["Will do", "Rose Bowl", "Bill me later", "Hope Solo Fan Day"],
    "de_DE": ["frank und frei", "Trikots in Rosa", "Kai am Hafen"],
    "fr_FR": ["Victoire 3-1", "maillot rose", "eau claire"],
    "es_ES": ["dolores musculares", "victoria por 2-0", "camiseta rosa"],
    "it_IT": ["giornata serena", "vittoria netta", "Benvenuto al club"],
    "pl_PL": ["róża wiatrów", "wiktoria w derbach", "Kuba na rowerze"],
    "pt_BR": ["Vitória suada", "Graça a Deus", "camisa rosa"],
    "de_LI": ["frank und frei", "Trikots in Rosa"],
    "sv_FI": ["sten i skon", "vera sanningen", "Björn-backen"],
    "en_BS": ["Hope Town", "Will do", "Grace period"],
    "mt_MT": ["Santa Marija", "Will do", "Rose Bowl"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
}
CURRENCY = {
    "en_GB": "£{a}",
    "en_US": "${a}",
    "de_DE": "{a} €",
    "fr_FR": "{a} €",
    "es_ES": "{a} €",
    "it_IT": "€ {a}",
    "pl_PL": "{a} zł",
    "pt_BR": "R$ {a}",
    "de_LI": "CHF {a}",
    "sv_FI": "{a} €",
    "en_BS": "B${a}",
    "mt_MT": "€{a}",
}
COMMA = {"de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_BR", "sv_FI"}


def lang(locale: str) -> str:
    return {"de_LI": "de", "sv_FI": "sv", "mt_MT": "mt", "pt_BR": "pt"}.get(locale, locale[:2])


def _date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    month = MONTHS[lang(locale)].split()[m - 1]
    if locale == "en_US" or (locale == "en_BS" and rng.random() < 0.5):
        return rng.choice([f"{m}/{d}/{y}", f"{month} {d}", f"{month[:3]} {d}, {y}"])
    if locale in ("de_DE", "de_LI", "pl_PL"):
        return rng.choice(
            [
                f"{d:02d}.{m:02d}.{y}",
                f"{d}. {month}" if locale != "pl_PL" else f"{d} {month}",
                f"{d:02d}.{m:02d}.",
            ]
        )
    if locale == "sv_FI":
        return rng.choice([f"{d}.{m}.{y}", f"{d} {month}", f"{d}.{m}."])
    if locale in ("es_ES", "pt_BR"):
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {month}"])
    if locale == "mt_MT":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} ta' {month}", f"{d} {month[:3]}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month}"])


def _time(rng: random.Random, locale: str) -> str:
    h, mi = rng.randint(6, 21), rng.choice([0, 15, 30, 45])
    if locale in ("en_US", "en_BS"):
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if locale == "en_GB":
        return rng.choice(
            [f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"]
        )
    if locale == "fr_FR":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if locale in ("sv_FI", "pl_PL"):
        return rng.choice([f"{h}.{mi:02d}", f"{h}:{mi:02d}"])
    return f"{h}:{mi:02d}"


def _amount(rng: random.Random, locale: str) -> str:
    a = rng.choice([rng.randint(5, 250), rng.randint(5, 250) + rng.choice([0.5, 0.99, 0.9])])
    s = f"{a:.2f}" if isinstance(a, float) else str(a)
    if locale in COMMA:
        s = s.replace(".", ",")
    if locale == "de_LI" and isinstance(a, int):
        s += ".–"
    return CURRENCY[locale].format(a=s)


def _measure(rng: random.Random, locale: str) -> str:
    sep = "," if locale in COMMA else "."
    return rng.choice(
        [
            f"{rng.choice([5, 10, 15])} km",
            f"21{sep}1 km",
            f"42{sep}195 km",
            f"{rng.randint(1, 3)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            f"{rng.randint(55, 110)} kg",
            f"{rng.choice([8, 10, 12])} × 400 m",
            f"{rng.randint(20, 59)}:{rng.randint(0, 59):02d} min",
            f"{rng.randint(150, 199)} cm",
        ]
    )


def _code(rng: random.Random, heads: list[str], k: int) -> str:
    return rng.choice(heads) + "".join(rng.choice("0123456789") for _ in range(k))


def _ean(rng: random.Random) -> str:
    body = rng.choice(["400", "590", "800", "300", "840", "789", "535"]) + "".join(
        rng.choice("0123456789") for _ in range(9)
    )
    return body + ck.ean_digit(body)


def _isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "3", "2", "84", "88", "83", "85"])
    body += "".join(rng.choice("0123456789") for _ in range(12 - len(body)))
    n = body + ck.ean_digit(body)
    return f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}"


def look(rng: random.Random, locale: str, slot: str) -> tuple[str, str]:
    """One look-alike for a template slot, with its kind."""
    if slot == "date":
        return _date(rng, locale), "DATE"
    if slot == "time":
        return _time(rng, locale), "TIME"
    if slot == "amount":
        return _amount(rng, locale), "AMOUNT"
    if slot == "score":
        a, b = rng.randint(0, 5), rng.randint(0, 5)
        return rng.choice(
            [f"{a}-{b}", f"{a}:{b}", f"{a}–{b}", f"{60 + a * 7}-{58 + b * 6}"]
        ), "SCORE"
    if slot == "measure":
        return _measure(rng, locale), "MEASURE"
    if slot == "order":
        return _code(rng, ["ORD-", "KIT-", "#", "BK-", "TKT-", "INV-"], rng.choice([5, 6])), "ORDER"
    if slot == "serial":
        return _code(rng, ["SN ", "S/N ", "Art. ", "Mod. ", "REF "], 6) + rng.choice(
            ["", "-B", "XL"]
        ), "SERIAL"
    if slot == "ean":
        return _ean(rng), "EAN"
    if slot == "isbn":
        return _isbn(rng), "ISBN"
    if slot == "venue":
        return rng.choice(VENUES[locale]), "VENUE"
    if slot == "prize":
        return rng.choice(PRIZES[locale]), "PRIZE"
    if slot == "company":
        return rng.choice(COMPANIES[locale]), "COMPANY"
    if slot == "product":
        return rng.choice(PRODUCTS), "PRODUCT"
    if slot == "word":
        return rng.choice(WORDS[locale]), "WORD"
    raise KeyError(slot)
