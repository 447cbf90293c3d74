"""Look-alike generators (numbers and names that are NOT personal data) for the twentythird set."""
# ruff: noqa: E501  (hand-written prose and data tables)
import random

from .twentythird_ids import luhn_ok

NAMED = {  # companies and places named after people: must survive redaction
    "en_US": ["Johnson & Johnson", "Ford", "Dell", "Hewlett Packard", "the Lincoln Memorial", "Rockefeller Center",
              "Wrigley Field", "the Smithsonian"],
    "en_GB": ["Marks & Spencer", "Sainsbury's", "Rolls-Royce", "Cadbury", "Nelson's Column", "the Royal Albert Hall",
              "Victoria station", "the Churchill War Rooms"],
    "de_DE": ["Siemens", "Robert Bosch", "Hugo Boss", "Porsche", "Carl Zeiss", "Goethe-Institut", "Humboldt-Universität",
              "Max-Planck-Institut"],
    "fr_FR": ["Louis Vuitton", "Michelin", "Renault", "Peugeot", "Christian Dior", "Centre Pompidou",
              "gare Saint-Lazare", "lycée Victor-Hugo"],
    "es_ES": ["Loewe", "Bodegas Torres", "Mahou", "Museo Reina Sofía", "Estadio Santiago Bernabéu",
              "Fundació Joan Miró", "Hospital Gregorio Marañón", "Teatro Real"],
    "it_IT": ["Ferrero", "Barilla", "Ferragamo", "Giorgio Armani", "Ferrari", "Galleria Vittorio Emanuele",
              "aeroporto Leonardo da Vinci", "Teatro Carlo Felice"],
    "en_MT": ["Farsons", "Tumas Group", "Mizzi Motors", "Camilleri Preziosi", "Mater Dei", "Fort St Elmo",
              "Manoel Theatre", "Sir Anthony Mamo Oncology Centre"],
    "fr_CH": ["Nestlé", "Hoffmann-La Roche", "Piaget", "Patek Philippe", "Vacheron Constantin", "Lindt & Sprüngli",
              "Musée Rath", "place Bel-Air"],
    "es_UY": ["Teatro Solís", "Palacio Salvo", "Hospital Pereira Rossell", "Museo Torres García", "Plaza Zabala",
              "Estadio Luis Franzini", "Sala Zitarrosa", "Antel Arena"],
    "lt_LT": ["Vytauto Didžiojo universitetas", "VILNIUS TECH", "Čiurlionio muziejus", "Mykolo Romerio universitetas",
              "Lukiškių aikštė", "Barboros Radvilaitės gatvė", "Rimi", "Maxima"],
    "lv_LV": ["Rīgas Stradiņa universitāte", "Vērmanes dārzs", "Laimas pulkstenis", "Mārtiņa Laimas fabrika",
              "Latvijas Nacionālais teātris", "Rimi", "airBaltic", "Vecrīga"],
    "et_EE": ["A. Le Coq", "Kadrioru park", "Tammsaare park", "Koidula gümnaasium", "Kumu", "Telliskivi loomelinnak",
              "Ülemiste keskus", "Skype"],
}
AIRLINES = {"en_US": ["UA", "DL", "AA"], "en_GB": ["BA", "U2", "LS"], "de_DE": ["LH", "EW"], "fr_FR": ["AF", "TO"],
            "es_ES": ["IB", "VY", "UX"], "it_IT": ["AZ", "FR"], "en_MT": ["KM", "FR"], "fr_CH": ["LX", "U2"],
            "es_UY": ["AR", "LA"], "lt_LT": ["BT", "FR"], "lv_LV": ["BT"], "et_EE": ["BT", "AY"]}
CUR = {"en_US": "${:,}", "en_GB": "£{:,}", "en_MT": "€{:,}", "de_DE": "{} €", "fr_FR": "{} €", "es_ES": "{} €",
       "it_IT": "{} €", "fr_CH": "CHF {}.–", "es_UY": "$U {}", "lt_LT": "{} Eur", "lv_LV": "{} EUR", "et_EE": "{} €"}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice(["3", "2", "84", "88", "1", "0", "9984", "9934", "9949"])
    body += "".join(rng.choice("0123456789") for _ in range(12 - len(body)))
    c = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3:4]}-{body[4:8]}-{body[8:12]}-{c}" if rng.random() < 0.6 else body + str(c)


def s10(rng: random.Random, cc: str) -> str:
    d8 = "".join(rng.choice("0123456789") for _ in range(8))
    c = 11 - sum(int(a) * b for a, b in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7], strict=False)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{rng.choice(['RR', 'RB', 'CP', 'LX'])}{d8}{c}{cc}"


def _num(rng: random.Random, n: int) -> str:
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def lookalike(kind: str, loc: str, rng: random.Random) -> str:
    y = rng.choice([2025, 2026])
    dot = loc not in ("en_US", "en_GB", "en_MT")
    if kind == "ORDER":
        while True:
            v = rng.choice([f"#{_num(rng, 6)}", f"{_num(rng, 3)}-{_num(rng, 7)}-{_num(rng, 7)}", f"ORD-{_num(rng, 7)}"])
            if not luhn_ok("".join(c for c in v if c.isdigit())):
                return v
    if kind == "INVOICE":
        p = {"de_DE": "RE", "fr_FR": "FA", "fr_CH": "FA", "es_ES": "FAC", "es_UY": "FAC", "it_IT": "FT",
             "lt_LT": "SF", "lv_LV": "RĒĶ", "et_EE": "ARVE"}.get(loc, "INV")
        return f"{p}-{y}-{_num(rng, 4)}" if rng.random() < 0.6 else f"{p} {y}/{_num(rng, 3)}"
    if kind == "TICKET":
        return rng.choice([f"{rng.choice(['OPS', 'HR', 'IT', 'FAC', 'EVT'])}-{_num(rng, 4)}", f"INC{_num(rng, 7)}"])
    if kind == "TRACKING":
        return s10(rng, {"en_US": "US", "en_GB": "GB", "en_MT": "MT"}.get(loc, loc[-2:]))
    if kind == "PRICE":
        amt = rng.choice([45, 120, 250, 480, 1250, 3400, 12500, 89])
        return CUR[loc].format(amt if loc.startswith("en") else f"{amt:,}".replace(",", "." if dot else ","))
    if kind == "DATE":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if loc == "en_US":
            return f"{m}/{d}/{y}"
        if loc.startswith("en"):
            return f"{d} {MONTHS_EN[m - 1]} {y}"
        if loc in ("lt_LT", "et_EE") and rng.random() < 0.5:
            return f"{y}-{m:02d}-{d:02d}"
        return f"{d:02d}.{m:02d}.{y}" if loc in ("de_DE", "fr_CH", "lv_LV", "et_EE", "lt_LT") else f"{d:02d}/{m:02d}/{y}"
    if kind == "TIME":
        h, mi = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
        return f"{h - 12 if h > 12 else h}:{mi:02d} {'pm' if h >= 12 else 'am'}" if loc == "en_US" else f"{h}:{mi:02d}"
    if kind == "VERSION":
        return rng.choice(["v", "", "v"]) + f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "ISBN":
        return isbn13(rng)
    if kind == "FLIGHT":
        return f"{rng.choice(AIRLINES[loc])}{rng.choice(['', ' '])}{rng.randint(100, 2999)}"
    if kind == "ROOM":
        return rng.choice([f"{rng.choice('ABC')}{rng.randint(1, 5)}.{rng.randint(10, 40)}", f"{rng.randint(1, 6)}.{rng.randint(10, 99)}",
                           f"{rng.randint(101, 640)}"])
    if kind == "MEASURE":
        return rng.choice([f"{rng.choice([5, 10, 21, 42])} km", f"{rng.randint(3, 40) * 50} m²",
                           f"{rng.randint(2, 9)}{',' if dot else '.'}{rng.randint(1, 9)} km"])
    if kind == "PERCENT":
        return f"{rng.randint(3, 97)}{' ' if loc in ('fr_FR', 'fr_CH', 'de_DE', 'lt_LT', 'et_EE') else ''}%"
    if kind == "REF":
        return f"{rng.choice(['REF', 'PRJ', 'PO'])}-{_num(rng, 5)}"
    if kind == "NAMED":
        return rng.choice(NAMED[loc])
    raise KeyError(kind)


LOOK_KINDS = ["ORDER", "INVOICE", "TICKET", "TRACKING", "PRICE", "DATE", "TIME", "VERSION", "ISBN", "FLIGHT", "ROOM",
              "MEASURE", "PERCENT", "REF", "NAMED"]
