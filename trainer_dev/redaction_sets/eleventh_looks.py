"""Look-alikes for the eleventh set: things that look like personal data and are not."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import eleventh_checks as ck

EPONYMS = {
    "en": (
        "Johnson & Johnson",
        "Ben & Jerry's",
        "McDonald's",
        "Dell",
        "Ford",
        "Wells Fargo",
        "Procter & Gamble",
        "Hewlett Packard",
        "Marks & Spencer",
        "Sainsbury's",
        "the Nobel Prize",
        "Parkinson's",
        "Alzheimer's",
        "the Turing Award",
        "Bayesian",
        "Disney",
        "Tesla",
        "Heathrow",
        "JFK airport",
        "Lake Louise",
        "Martin Luther King Jr Blvd",
        "Darwin",
        "Victoria station",
    ),
    "en_IN": (
        "Tata Consultancy",
        "Mahindra",
        "Bajaj",
        "Godrej",
        "Infosys",
        "Nehru Place",
        "Indira Gandhi airport",
        "Birla Mandir",
        "Chhatrapati Shivaji Terminus",
    ),
    "de": (
        "Siemens",
        "Bosch",
        "Porsche",
        "Dr. Oetker",
        "Aldi",
        "Max-Planck-Institut",
        "Fraunhofer",
        "Karl-Marx-Allee",
        "Goethe-Institut",
        "Beate Uhse",
        "Alexanderplatz",
        "Konrad-Adenauer-Ufer",
        "Otto-Hahn-Gymnasium",
    ),
    "fr": (
        "Peugeot",
        "Michelin",
        "Renault",
        "Hermès",
        "Louis Vuitton",
        "Yves Rocher",
        "Charles de Gaulle",
        "lycée Victor Hugo",
        "Institut Pasteur",
        "la Sorbonne",
        "Lacoste",
        "la station Jean Jaurès",
        "place Charles-de-Gaulle",
    ),
    "es": (
        "Zara",
        "Mercadona",
        "Santiago Bernabéu",
        "Museo Reina Sofía",
        "Camp Nou",
        "El Corte Inglés",
        "Loewe",
        "Fundación Juan March",
        "Plaza de Cibeles",
        "Hospital Gregorio Marañón",
        "estación de Atocha",
    ),
    "it": (
        "Ferrero",
        "Ferragamo",
        "Barilla",
        "Benetton",
        "Piaggio",
        "Leonardo da Vinci airport",
        "Politecnico",
        "Bocconi",
        "Giorgio Armani",
        "Stazione Garibaldi",
        "Olivetti",
        "Ospedale Sandro Pertini",
        "Stazione Termini",
    ),
    "nl": (
        "Philips",
        "Albert Heijn",
        "Heineken",
        "Van Gogh Museum",
        "Anne Frank Huis",
        "Hema",
        "Rijksmuseum",
        "Erasmus MC",
        "Johan Cruijff ArenA",
        "C&A",
        "het Thorbeckeplein",
        "Beatrixgebouw",
    ),
    "pt": (
        "Natura",
        "Havaianas",
        "Casas Bahia",
        "Aeroporto Santos Dumont",
        "Getúlio Vargas",
        "FGV",
        "Parque Ibirapuera",
        "Magazine Luiza",
        "Fundação Oswaldo Cruz",
        "Avenida Brigadeiro Faria Lima",
        "Hospital Albert Einstein",
    ),
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _isbn(rng: random.Random) -> str:
    group = rng.choice(("0", "1", "3", "2", "88", "84", "90", "85"))
    body = ("978" + group + _d(rng, 8))[:12]
    d = body + ck.isbn13_digit(body)
    g = 3 + len(group)
    return f"{d[:3]}-{d[3:g]}-{d[g : g + 4]}-{d[g + 4 : 12]}-{d[12]}"


def _date(lang: str, rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026, 2027))
    if lang == "en_US":
        return rng.choice((f"{m}/{d}/{y}", f"{m}/{d}"))
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{d}-{m}-{y}"
    return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}"))


def _amount(lang: str, rng: random.Random) -> str:
    n = rng.randint(12, 4800)
    if lang in ("de", "es", "it", "nl"):
        return rng.choice((f"{n} €", f"€{n}", f"{n:,}".replace(",", ".") + ",00 €"))
    if lang == "fr":
        return f"{n} €"
    if lang == "pt":
        return f"R$ {n:,}".replace(",", ".") + ",00"
    if lang == "en_IN":
        return rng.choice((f"₹{n * 10:,}", f"Rs. {n * 10}"))
    return rng.choice((f"${n:,}", f"£{n}", f"${n}.99"))


def lookalike(lang: str, kind: str, rng: random.Random) -> str:
    r = rng.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "order":
        return rng.choice(
            (
                f"#{r(100000, 9999999)}",
                f"{r(100, 999)}-{_d(rng, 7)}-{_d(rng, 7)}",
                f"ORD-{r(2025, 2026)}-{_d(rng, 5)}",
            )
        )
    if kind == "po":
        return rng.choice(
            (
                f"PO-{_d(rng, 6)}",
                f"PO {r(4500000000, 4599999999)}",
                f"INV-{r(2025, 2026)}-{_d(rng, 4)}",
            )
        )
    if kind == "tracking":
        return rng.choice(
            (
                f"1Z{''.join(rng.choice(up) for _ in range(3))}{_d(rng, 13)}",
                f"JJD{_d(rng, 18)}",
                f"{''.join(rng.choice(up) for _ in range(2))}"
                f"{_d(rng, 9)}{rng.choice(('DE', 'GB', 'FR', 'NL', 'BR', 'IT'))}",
            )
        )
    if kind == "isbn":
        return _isbn(rng)
    if kind == "flight":
        return rng.choice(
            (
                f"LH {r(100, 2499)}",
                f"BA{r(10, 999)}",
                f"KL {r(600, 1899)}",
                f"AZ{r(100, 799)}",
                f"IB {r(3000, 3999)}",
                f"LA{r(3000, 8099)}",
                f"AI {r(100, 999)}",
                f"QF{r(1, 999)}",
                f"AC {r(100, 899)}",
                f"EI {r(100, 799)}",
                f"AF{r(1000, 1999)}",
                f"DL {r(100, 999)}",
            )
        )
    if kind == "version":
        return rng.choice(
            (
                f"v{r(1, 9)}.{r(0, 30)}.{r(0, 12)}",
                f"{r(1, 4)}.{r(0, 20)}.{r(0, 9)}",
                f"Python 3.{r(9, 13)}",
                f"iOS {r(16, 19)}.{r(0, 5)}",
            )
        )
    if kind == "date":
        return _date(lang, rng)
    if kind == "time" and lang == "it":
        return f"{r(7, 21)}:{rng.choice(('00', '30'))}"
    if kind == "time" and lang in ("fr", "es", "pt"):
        return f"{r(7, 21)}h{rng.choice(('00', '30', ''))}"
    if kind == "time" and lang == "de":
        return f"{r(7, 21)}:{rng.choice(('00', '15', '30', '45'))} Uhr"
    if kind == "time":
        return rng.choice(
            (
                f"{r(7, 21)}:{rng.choice(('00', '15', '30', '45'))}",
                f"{r(1, 12)}{rng.choice(('am', 'pm', ' PM'))}",
                f"{r(7, 21)}.{rng.choice(('00', '30'))}",
            )
        )
    if kind == "amount":
        return _amount(lang, rng)
    if kind == "model":
        return rng.choice(
            (
                f"RTX {rng.choice(('3060', '4070', '4090', '5080'))}",
                f"ThinkPad T{r(14, 16)}s Gen {r(2, 5)}",
                f"XPS 13 {r(9300, 9350)}",
                f"iPhone {r(11, 16)} Pro",
                f"Galaxy S{r(21, 25)}",
                f"M{r(1, 4)} Pro",
                "Sony A7 IV",
                f"SKU {_d(rng, 8)}",
            )
        )
    if kind == "eponym":
        pool = EPONYMS["en_IN"] if lang == "en_IN" else EPONYMS.get(lang, EPONYMS["en"])
        return rng.choice(pool)
    if kind == "ticket":
        return rng.choice(
            (
                f"JIRA-{r(100, 9999)}",
                f"PR #{r(10, 4999)}",
                f"ticket {r(10000, 99999)}",
                f"CVE-{r(2023, 2026)}-{r(1000, 49999)}",
                f"RFC {r(1000, 9700)}",
            )
        )
    if kind == "room":
        return rng.choice(
            (
                f"Room {r(1, 6)}.{r(10, 40)}",
                f"Gate B{r(10, 60)}",
                f"Hall {r(1, 9)}",
                f"Booth {rng.choice(up)}{r(10, 99)}",
            )
        )
    raise ValueError(kind)


KINDS = (
    "order",
    "po",
    "tracking",
    "isbn",
    "flight",
    "version",
    "date",
    "time",
    "amount",
    "model",
    "eponym",
    "ticket",
    "room",
)
