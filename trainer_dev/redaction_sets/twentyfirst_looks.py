# ruff: noqa: E501  (hand-written data tables: one country per line)
"""Look-alike values: numbers and names that look like PII but are not."""
from __future__ import annotations

from . import twentyfirst_checks as ck
from .twentyfirst_values import _d

LOOK_KINDS = ["ORDER", "INVOICE", "TICKET", "TRACKING", "PRICE", "DATE", "TIME", "VERSION", "ISBN",
              "FLIGHT", "ROOM", "MEASURE", "PERCENT", "REF", "COMPANY", "PLACE"]

NAMED_AFTER = {
    "en_US": (["Wells Fargo", "Goldman Sachs", "Johns Hopkins", "Morgan Stanley", "Ben & Jerry's", "Carnegie Mellon"],
              ["Lincoln Center", "Kennedy Center", "Carnegie Hall", "Rockefeller Center"]),
    "en_GB": (["John Lewis", "Marks & Spencer", "Sainsbury's", "Rolls-Royce", "Cadbury"],
              ["Royal Albert Hall", "King's College", "St Thomas' Hospital", "Nelson's Column"]),
    "en_MT": (["Simonds Farsons Cisk", "Hilton Malta", "Marks & Spencer"],
              ["Manoel Theatre", "St John's Co-Cathedral", "Mater Dei Hospital"]),
    "de_DE": (["Robert Bosch", "Carl Zeiss", "Hugo Boss", "Fraunhofer", "Porsche"],
              ["Konrad-Adenauer-Stiftung", "Humboldt-Universität", "Goethe-Institut", "Max-Planck-Institut"]),
    "fr_FR": (["Louis Vuitton", "Yves Rocher", "Peugeot", "Michelin", "Dassault"],
              ["Institut Pasteur", "Lycée Victor-Duruy", "Hôpital Georges-Pompidou", "Fondation Abbé Pierre"]),
    "fr_CH": (["Patek Philippe", "Audemars Piguet", "Nestlé", "Jaquet Droz"],
              ["Fondation Pierre Gianadda", "Collège Calvin", "Parc Bertrand", "Place Saint-François"]),
    "es_MX": (["Fundación Carlos Slim", "Grupo Salinas", "Fundación Alfredo Harp Helú"],
              ["Museo Frida Kahlo", "Aeropuerto Benito Juárez", "Teatro Juárez", "Hospital Ángeles"]),
    "es_CL": (["Universidad Diego Portales", "Universidad Andrés Bello", "Viña Concha y Toro"],
              ["Aeropuerto Arturo Merino Benítez", "Hospital Luis Calvo Mackenna", "Parque O'Higgins"]),
    "es_UY": (["Fundación Ricaldoni", "Hospital Pereira Rossell", "Sala Zitarrosa"],
              ["Teatro Solís", "Museo Torres García", "Palacio Salvo", "Parque Rodó"]),
    "it_IT": (["Giorgio Armani", "Ferrero", "Barilla", "Università Bocconi", "Fondazione Prada"],
              ["Aeroporto Marco Polo", "Liceo Galileo Galilei", "Teatro Carlo Felice", "Ospedale San Raffaele"]),
    "sl_SI": (["Cankarjev dom", "Knjižnica Otona Župančiča", "Gimnazija Jožeta Plečnika"],
              ["Prešernov trg", "OŠ Prežihovega Voranca", "Plečnikove Žale", "Jakopičevo sprehajališče"]),
    "nl_BE": (["Delhaize", "Colruyt", "AZ Jan Palfijn"],
              ["Rubenshuis", "Koningin Elisabethzaal", "Sint-Pietersplein", "Museum Plantin-Moretus"]),
}

CUR = {"en_US": ("$", "pre"), "en_GB": ("£", "pre"), "en_MT": ("€", "pre"), "de_DE": ("€", "post"),
       "fr_FR": ("€", "post"), "fr_CH": ("CHF", "pre"), "es_MX": ("$", "pre"), "es_CL": ("$", "pre"),
       "es_UY": ("$", "pre"), "it_IT": ("€", "post"), "sl_SI": ("€", "post"), "nl_BE": ("€", "pre")}
MONTH_FIRST = {"en_US"}
PER_DAY = {"en": "/day", "de": "/Tag", "fr": "/jour", "es": "/día", "it": "/giorno", "sl": "/dan", "nl": "/dag"}
FLIGHTS = {"en_US": ["UA", "AA", "DL"], "en_GB": ["BA", "U2"], "en_MT": ["KM", "FR"], "de_DE": ["LH", "EW"],
           "fr_FR": ["AF", "U2"], "fr_CH": ["LX", "U2"], "es_MX": ["AM", "Y4", "VB"], "es_CL": ["LA", "JA", "H2"],
           "es_UY": ["LA", "AR"], "it_IT": ["AZ", "FR"], "sl_SI": ["LH", "JU", "OS"], "nl_BE": ["SN", "TB"]}


def _luhn_fail(rng, n: int) -> str:
    while True:
        s = _d(rng, n)
        if s[0] != "0" and not ck.luhn_ok(s):
            return s


def look(kind: str, loc: str, rng) -> str:
    """A look-alike of the given kind; long digit runs never pass Luhn (no card reading)."""
    while True:
        x = _look(kind, loc, rng)
        d = ck.digits(x)
        if kind == "ISBN" or not (13 <= len(d) <= 19 and ck.luhn_ok(d)):
            return x


def _look(kind: str, loc: str, rng) -> str:
    r = rng.randint
    if kind == "ORDER":
        return rng.choice([f"#{r(10000, 999999)}", f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}", _luhn_fail(rng, 16), f"B-{r(100000, 999999)}"])
    if kind == "INVOICE":
        return rng.choice([f"INV-{r(1000, 99999)}", f"RE-{r(2023, 2026)}-{r(1, 999):04d}", f"F{r(2023, 2026)}/{r(10, 480)}", f"{r(1, 400)}/{r(2023, 2026)}"])
    if kind == "TICKET":
        return rng.choice([f"#{r(1000, 99999)}", f"INC{r(100000, 999999):07d}", f"SR-{r(10000, 99999)}"])
    if kind == "TRACKING":
        return rng.choice([f"1Z{rng.choice(['999', 'A8E', '4W1'])}{_d(rng, 3)}{_d(rng, 10)}", f"JJD{_luhn_fail(rng, 18)}", f"RR{_d(rng, 9)}{loc[-2:]}", _luhn_fail(rng, 12)])
    if kind == "PRICE":
        c, pos = CUR[loc]
        amt = rng.choice([r(2, 19) * 50, r(30, 150), r(30, 150), r(1, 9) * 1000])
        if loc in ("en_US", "en_GB", "en_MT"):
            s = f"{amt:,}"
        elif loc == "fr_CH":
            s = f"{amt:,}".replace(",", "'")
        elif loc == "fr_FR":
            s = f"{amt:,}".replace(",", "\u202f")
        else:
            s = f"{amt:,}".replace(",", ".")
        suffix = rng.choice(["", "", "/h", PER_DAY[loc[:2]]]) if amt < 1000 else ""
        return (f"{c}{s}" if c != "CHF" else f"CHF {s}.–") + suffix if pos == "pre" else f"{s} {c}{suffix}"
    if kind == "DATE":
        y, m, d = r(2024, 2026), r(1, 12), r(13, 28)
        if loc in MONTH_FIRST:
            return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}"])
        sep = "." if loc in ("de_DE", "sl_SI", "fr_CH") else "/"
        return rng.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{sep}{m}.", f"{y}-{m:02d}-{d:02d}"]).replace("/.", "/")
    if kind == "TIME":
        h, mi = r(7, 21), rng.choice([0, 15, 30, 45])
        if loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        if loc.startswith("fr"):
            return f"{h}h{mi:02d}" if mi else f"{h}h"
        return f"{h}:{mi:02d}" if loc != "de_DE" else f"{h}.{mi:02d} Uhr"
    if kind == "VERSION":
        return rng.choice([f"v{r(1, 5)}.{r(0, 20)}.{r(0, 9)}", f"Python {rng.choice(['3.10', '3.11', '3.12'])}", f"React {r(16, 19)}", f"SAP S/4HANA {rng.choice(['2021', '2023'])}", f"Revit {r(2022, 2025)}"])
    if kind == "ISBN":
        first = rng.choice(["97830", "97820", "97884", "97888", "978961", "97890", "97818", "978607", "978956", "9789974", "97899"])
        first += _d(rng, 12 - len(first))
        n = first + ck.isbn13_check(first)
        return rng.choice([f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}", n])
    if kind == "FLIGHT":
        return f"{rng.choice(FLIGHTS[loc])}{rng.choice(['', ' '])}{r(100, 2999)}"
    if kind == "ROOM":
        return rng.choice([f"{rng.choice('ABCE')}{r(1, 4)}.{r(1, 40):02d}", f"{r(1, 5)}{r(0, 3)}{r(1, 9)}", f"{rng.choice('ABC')}-{r(101, 420)}"])
    if kind == "MEASURE":
        return rng.choice([f"{r(35, 120)} m²", f"{r(2, 40)} km", f"{r(5, 42)} kg", f"{r(2, 12)} Mbit/s" if False else f"{r(10, 500)} m"])
    if kind == "PERCENT":
        return rng.choice([f"{r(5, 100)} %", f"{r(5, 100)}%"]) if not loc.startswith("en") else f"{r(5, 100)}%"
    if kind == "REF":
        return rng.choice([f"REF-{r(1000, 9999)}", f"{r(2024, 2026)}/{r(100, 999)}", f"R{r(10000, 99999)}", f"JR{r(100000, 999999)}"])
    if kind == "COMPANY":
        return rng.choice(NAMED_AFTER[loc][0])
    if kind == "PLACE":
        return rng.choice(NAMED_AFTER[loc][1])
    raise ValueError(kind)
