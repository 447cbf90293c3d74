"""Look-alikes: strings that look like personal data but are not, per locale."""

from __future__ import annotations

import random

from .twentyfifth_ids import digits, luhn_ok

LOOK_KINDS = ["ORDER", "INVOICE", "TICKET", "TRACKING", "PRICE", "DATE", "TIME", "VERSION",
              "ISBN", "FLIGHT", "ROOM", "MEASURE", "PERCENT", "REF", "COMPANY", "LANDMARK"]

_EURO = {"de_DE", "fr_FR", "es_ES", "it_IT", "lt_LT", "lv_LV", "et_EE"}
_COMMA = {"de_DE", "fr_FR", "es_ES", "it_IT", "lt_LT", "lv_LV", "et_EE", "is_IS", "es_CR"}

AIRLINES = {"en_US": ["UA", "DL", "AA", "B6"], "en_GB": ["BA", "U2", "LS", "VS"],
            "de_DE": ["LH", "EW", "DE"], "fr_FR": ["AF", "TO", "U2"], "es_ES": ["IB", "VY", "UX"],
            "it_IT": ["AZ", "FR", "U2"], "lt_LT": ["BT", "LO", "FR"], "lv_LV": ["BT", "W6"],
            "et_EE": ["BT", "AY", "LO"], "is_IS": ["FI", "W6", "NO"],
            "en_JM": ["BW", "AA", "B6", "JM"], "es_CR": ["CM", "AV", "UA", "IB"]}

NAMED = {  # companies and landmarks named after people
    "en_US": (["Ford", "Walt Disney", "Ben & Jerry's", "Hewlett-Packard", "Wells Fargo"],
              ["the Lincoln Memorial", "Rockefeller Center", "Wrigley Field",
               "the Jefferson Memorial"]),
    "en_GB": (["Marks & Spencer", "Sainsbury's", "John Lewis", "Rolls-Royce"],
              ["Nelson's Column", "the Royal Albert Hall", "the Cecil Sharp House",
               "the Wallace Collection"]),
    "de_DE": (["Bosch", "Siemens", "Porsche", "Dr. Oetker", "Haribo"],
              ["dem Goethe-Haus", "dem Humboldt Forum", "dem Beethoven-Haus",
               "der Kaiser-Wilhelm-Gedächtniskirche"]),
    "fr_FR": (["Michelin", "Peugeot", "Louis Vuitton", "Yves Rocher"],
              ["la Tour Eiffel", "le Centre Pompidou", "le stade Pierre-Mauroy",
               "la place Charles-de-Gaulle"]),
    "es_ES": (["Loewe", "Osborne", "Roca", "Chupa Chups"],
              ["el Estadio Santiago Bernabéu", "el Museo Reina Sofía", "la Casa Batlló",
               "el Palau de la Música"]),
    "it_IT": (["Ferrero", "Barilla", "Lavazza", "Olivetti", "Benetton"],
              ["il Teatro Carlo Felice", "lo Stadio Giuseppe Meazza",
               "il Museo Leonardo da Vinci", "la Mole Antonelliana"]),
    "lt_LT": (["Vičiūnai", "Rūta", "Kalnapilis"],
              ["Gedimino pilies", "Adomo Mickevičiaus bibliotekos",
               "Vytauto Didžiojo universiteto", "M. K. Čiurlionio muziejaus"]),
    "lv_LV": (["Laima", "Staburadze", "Rīgas Dzirnavnieks"],
              ["Raiņa pieminekļa", "Stradiņa slimnīcas", "Brāļu kapu",
               "Rakstniecības muzeja"]),
    "et_EE": (["Kalev", "A. Le Coq", "Saku"],
              ["Tammsaare pargi", "Kaarli kiriku", "Lydia Koidula monumendi",
               "Kalevipoja kuju"]),
    "is_IS": (["Harpa", "Bónus", "Ölgerðin Egill Skallagrímsson"],
              ["Hallgrímskirkju", "Ingólfstorgi", "Hannesarholti", "styttunni af Leifi"]),
    "en_JM": (["GraceKennedy", "Juici Patties", "Wisynco"],
              ["the Bob Marley Museum", "Norman Manley International Airport",
               "Emancipation Park", "the Usain Bolt statue"]),
    "es_CR": (["Café Britt", "Dos Pinos", "Pops"],
              ["el Estadio Ricardo Saprissa", "el Parque Morazán",
               "el Aeropuerto Juan Santamaría", "la Estatua de León Cortés"]),
}


def isbn13(rng: random.Random) -> str:
    body = "978" + str(rng.randint(0, 9)) + digits(rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - s % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def isbn_ok(isbn: str) -> bool:
    d = [int(c) for c in isbn if c.isdigit()]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


def _price(rng: random.Random, locale: str) -> str:
    n = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 120, 250, 1450])
    cents = rng.choice(["", "", ".50", ".99"])
    if locale in _EURO:
        c = cents.replace(".", ",")
        return rng.choice([f"{n}{c} €", f"€{n}", f"{n} EUR"])
    if locale == "en_US":
        return f"${n}{cents}"
    if locale == "en_GB":
        return f"£{n}{cents}"
    if locale == "is_IS":
        return f"{n * 150:,} kr.".replace(",", ".")
    if locale == "en_JM":
        return f"J${n * 150:,}"
    return f"₡{n * 500:,}".replace(",", " ")


def _date(rng: random.Random, locale: str) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if locale == "en_US":
        return rng.choice([f"{m}/{d}/2026", f"{m}/{d}"])
    if locale in ("lt_LT", "et_EE"):
        return f"2026-{m:02d}-{d:02d}" if locale == "lt_LT" else f"{d:02d}.{m:02d}.2026"
    if locale in ("de_DE", "lv_LV", "is_IS"):
        return f"{d:02d}.{m:02d}.2026" if locale != "is_IS" else f"{d}.{m}.2026"
    return f"{d:02d}/{m:02d}/2026"


def _no_card(s: str) -> bool:
    run = ""
    for ch in s + " ":
        if ch.isdigit():
            run += ch
            continue
        if 13 <= len(run) <= 19 and luhn_ok(run):
            return False
        run = ""
    return True


def lookalike(rng: random.Random, locale: str, kind: str) -> str:
    while True:
        v = _make(rng, locale, kind)
        if _no_card(v):
            return v


def _make(rng: random.Random, locale: str, kind: str) -> str:
    if kind == "ORDER":
        return rng.choice([f"#{digits(rng, 6)}", f"A{digits(rng, 7)}",
                           f"{rng.choice(['WEB', 'SO', 'ORD'])}-{digits(rng, 6)}"])
    if kind == "INVOICE":
        return rng.choice([f"2026-{digits(rng, 4)}", f"INV-{digits(rng, 5)}",
                           f"{rng.randint(1, 399)}/2026"])
    if kind == "TICKET":
        return rng.choice([f"#{digits(rng, 5)}", f"TCK-{digits(rng, 6)}",
                           f"INC{digits(rng, 7)}"])
    if kind == "TRACKING":
        return rng.choice(["1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY")
                                          for _ in range(16)),
                           f"JJD{digits(rng, 18)}",
                           f"RR{digits(rng, 9)}{rng.choice(['LT', 'DE', 'LV', 'EE'])}"])
    if kind == "PRICE":
        return _price(rng, locale)
    if kind == "DATE":
        return _date(rng, locale)
    if kind == "TIME":
        h, mi = rng.randint(6, 21), rng.choice([0, 15, 30, 45])
        if locale in ("en_US", "en_JM"):
            return f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return f"{h}.{mi:02d}" if locale in ("et_EE", "is_IS") and rng.random() < 0.5 \
            else f"{h}:{mi:02d}"
    if kind == "VERSION":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                           f"{rng.randint(2, 17)}.{rng.randint(0, 9)}"])
    if kind == "ISBN":
        return isbn13(rng)
    if kind == "FLIGHT":
        return f"{rng.choice(AIRLINES[locale])} {rng.randint(100, 2999)}"
    if kind == "ROOM":
        return rng.choice([f"{rng.randint(1, 5)}.{rng.randint(1, 40):02d}",
                           f"{rng.choice('ABCD')}-{rng.randint(101, 420)}",
                           f"{rng.choice('ABC')}{rng.randint(101, 420)}"])
    if kind == "MEASURE":
        comma = locale in _COMMA
        if rng.random() < 0.6:
            km = rng.choice(["5", "10", "21.1", "42.2", "12.5", "8"])
            return (km.replace(".", ",") if comma else km) + " km"
        return rng.choice(["1.5 l", "500 ml", "2 l", "750 ml"]) if not comma else \
            rng.choice(["1,5 l", "500 ml", "2 l", "0,75 l"])
    if kind == "PERCENT":
        n = rng.choice(["12", "15", "20", "35", "3.5", "60"])
        if locale in _COMMA:
            n = n.replace(".", ",")
        return f"{n} %" if locale in ("fr_FR", "de_DE", "et_EE") else f"{n}%"
    if kind == "REF":
        return rng.choice([f"RB-{digits(rng, 4)}-{rng.choice('KMPQX')}{digits(rng, 2)}",
                           f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}"
                           f"{digits(rng, 1)}{rng.choice('WXYZ')}{digits(rng, 2)}"])
    if kind == "COMPANY":
        return rng.choice(NAMED[locale][0])
    if kind == "LANDMARK":
        return rng.choice(NAMED[locale][1])
    raise ValueError(kind)
