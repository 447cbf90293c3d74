"""A second held-out set, written from the postal and numbering standards, scored from the
redacted text alone. The detection rules are never tuned on it.

Its generator shares nothing with ``synthetic.py`` or ``heldout.py`` (Faker): address templates
follow each country's postal standard (USPS Pub. 28, Royal Mail PAF, Australia Post, Canada
Post, Deutsche Post, La Poste NF Z10-011, Poste Italiane, Correos with Galician forms, PostNL,
Correios), phones follow each national numbering plan (ITU-T E.164 plus national layouts),
bare domains end in TLDs drawn from the whole Public Suffix List, and names come from word
pools written for this file. Ten locales.

Scoring is a reviewer's: an item counts as leaked when any fragment of it survives in the
redacted text (a 4-digit window of a number, an email local part, a URL host label or slug, a
surname token, a street-name token or the postcode). Look-alikes must survive whole, and
PII-free posts give false positives per 1,000 words.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

LOCALES = ("us", "gb", "au", "ca", "de", "fr", "it", "es", "nl", "br")

# Street-name stems per locale, written for this file (not taken from the rules or Faker).
_STREET_STEMS = {
    "us": "Magnolia Sycamore Juniper Hawthorne Prescott Whitfield Brookstone Larkspur".split(),
    "gb": "Ashburnham Coldharbour Fernhill Kingswood Marlowe Pennington Thornbury Wycliffe".split(),
    "au": "Kooyong Wattle Boronia Jacaranda Bellbird Currawong Warrigal Yarrabee Kurrajong".split(),
    "ca": "Sherbrooke Laurier Dufferin Tecumseh Bathurst Cartier Champlain Frontenac".split(),
    "de": "Lessing Fontane Humboldt Kleist Eichendorff Brentano Holbein Gutenberg Rathenau".split(),
    "fr": "Lamartine Vauban Colbert Pasteur Condorcet Daubigny Mirabeau Lavoisier".split(),
    "it": "Coronari Orti Mercanti Cestari Serragli Tessitori Vetrai Orafi Bottai".split(),
    "es": "Alcalá Serrano Velázquez Goya Moratín Zurbarán Churruca Espronceda".split(),
    "nl": "Schelte Rozen Linden Berken Wilgen Prinsen Heeren Kaizers Lauriers".split(),
    "br": "Voluntários Inconfidentes Bandeirantes Tamoios Guaianases Timbiras Aimorés".split(),
}
_CITIES = {
    "us": [("Springfield", "IL"), ("Bozeman", "MT"), ("Tacoma", "WA"), ("Savannah", "GA")],
    "gb": ["Harrogate", "Shrewsbury", "Truro", "Ely", "Kendal"],
    "au": ["Hawthorn", "Toowong", "Fremantle", "Glenelg", "Sandy Bay"],
    "ca": [("Kingston", "ON"), ("Moncton", "NB"), ("Kelowna", "BC"), ("Sherbrooke", "QC")],
    "de": ["Leipzig", "Freiburg im Breisgau", "Kassel", "Rostock", "Jena"],
    "fr": ["Rennes", "Nantes", "Aix-en-Provence", "Besançon", "Grenoble"],
    "it": [("Roma", "RM"), ("Bologna", "BO"), ("Torino", "TO"), ("Lecce", "LE")],
    "es": ["Madrid", "Valladolid", "Santiago de Compostela", "Lugo", "Vigo"],
    "nl": ["Leeuwarden", "Zwolle", "Deventer", "Amersfoort", "Haarlem"],
    "br": [("Curitiba", "PR"), ("Recife", "PE"), ("Belo Horizonte", "MG"), ("Niterói", "RJ")],
}
# People who are not members, per locale (given, surname), written for this file.
_GIVEN = {
    "us": "Brandon Kayla Dwayne Latoya Trevor Shelby Marcus Brianna".split(),
    "gb": "Gareth Siobhan Rhys Imogen Declan Harriet Callum Niamh".split(),
    "au": "Lachlan Matilda Bronte Hamish Jarrah Tahlia Kirra Angus".split(),
    "ca": "Étienne Geneviève Mathieu Chantal Tanner Océane Rémi Brielle".split(),
    "de": "Jannik Wiebke Torben Frauke Malte Ilse Henrike Till".split(),
    "fr": "Maëlle Gaëtan Solène Baptiste Clémence Yannick Romane Loïc".split(),
    "it": "Gianluca Federica Salvatore Ilaria Ettore Chiara Rocco Benedetta".split(),
    "es": "Iker Nerea Xoán Uxía Brais Ainhoa Sabela Íñigo".split(),
    "nl": "Joost Femke Sander Marieke Pim Anouk Thijs Maren".split(),
    "br": "Thiago Luana Caio Juliana Rafael Bruna Vinícius Larissa".split(),
}
_SURNAMES = {
    "us": "Whitaker Holloway Bramlett Okafor Delgado Pruitt Hensley Castellano".split(),
    "gb": "Ashworth Pritchard Fairbairn Dunmore Hargreaves Llewellyn Cartwright Beddoes".split(),
    "au": "Kilpatrick Tregonning Whitlam Oyelaran Nguyen Costigan Mabo Forsythe".split(),
    "ca": "Tremblay Gagnon Bouchard Lefebvre MacIsaac Côté Ouellet Desrosiers".split(),
    "de": "Brandvold Kühnel Wegener Lindemann Hoffmeister Brückner Albers Reinholz".split(),
    "fr": "Lefèvre Guillou Marchetti Rousseau Le Goff Fontaine Chevalier Dumoulin".split(),
    "it": "Bianchini Lombardo Esposito Ferraro Cattaneo Marchesi Santoro Gallo".split(),
    "es": "Fernández Outeiral Castro Iglesias Barreiro Mosquera Otero Gómez".split(),
    "nl": "Visser Bakker Smit Mulder Hendriks Dijkstra Oosterhuis Brouwer".split(),
    "br": "Albuquerque Cavalcanti Nogueira Teixeira Moura Figueiredo Sampaio Rocha".split(),
}
_PARTICLE_SURNAMES = {
    "nl": ["van Tijl", "de Boer", "van der Linde", "te Pas", "ter Horst"],
    "it": ["De Zan", "Di Stefano", "Lo Russo", "Dalla Costa"],
    "fr": ["de Villiers", "Le Roux", "du Pont", "de la Fontaine"],
    "br": ["da Silva", "dos Santos", "de Souza"],
    "es": ["de la Fuente", "del Río", "de Castro"],
    "de": ["von Arnim", "zu Dohna", "vom Stein"],
}
_NAME_TEMPLATES = [
    "Happy to recommend {name} for any data role.",
    "{name} joins our team this month!",
    "Lunch with {name} was the highlight of the week.",
    "Big thanks to {name} for reviewing the draft.",
    "Proud of what {name} built this quarter.",
    "{name} rejoint notre équipe à Lyon.",
    "Grazie a {name} per il supporto.",
    "Met {name} at the meetup yesterday.",
    "Working alongside {name} taught me a lot.",
    "Congratulations {name} on the promotion!",
]
# The member directory: display names as members typed them (particles, accents, hyphens).
_MEMBERS = (
    "Sanne te Pas|Ana De Sousa|Joris van den Broek|Maria José dos Santos|Dagny Hårstad|"
    "Oisín Mac Giolla|Zsófia Kertész|Radu Ionescu-Bălan|Akosua Mensah|Pablo Ruiz Picasso|"
    "Hélène Château|Kwame Asante|Björk Guðmundsdóttir|Tomasz Wiśniewski|Leilani Kahale|"
    "Yusuf Demirci|Greet De Smedt|Marta Lo Iacono|Ngaio Pōtae|Ciarán O'Dwyer"
).split("|")
_TITLES = ["Mr.", "Ms.", "Dr.", "Mrs.", "Prof."]
# Companies and brands named after people, and reference numbers, that must survive.
_COMPANIES = [
    "Thomas Cook",
    "Hunter Douglas",
    "Del Monte Foods",
    "Charles Schwab",
    "John Lewis",
    "Marks & Spencer",
    "Ralph Lauren",
    "Calvin Klein",
    "Tommy Hilfiger",
    "Jack Wolfskin",
    "Tom Tailor",
    "Carl Zeiss",
    "Estée Lauder",
    "Ted Baker",
    "Paul Smith",
    "Hugo Boss",
]
_PROSE = [
    "We shipped the new onboarding flow after three sprints of work.",
    "Our team is hiring two backend engineers for the platform group.",
    "The conference keynote covered evaluation of retrieval systems.",
    "I spent the weekend refactoring the billing service and writing tests.",
    "Customer interviews changed how we think about the pricing page.",
    "Remote work has made written communication even more important.",
    "The quarterly report shows steady growth in every region.",
    "Grateful for mentors who take the time to explain the basics.",
    "Our paper on data quality was accepted at the workshop.",
    "The migration to the new database finished ahead of schedule.",
    "Lessons from a year of on-call: automate the boring parts first.",
    "We open-sourced the scheduler we use for batch jobs.",
    "Reading group this week: chapter four of the systems book.",
    "The launch in Berlin and Madrid went smoothly on Tuesday.",
    "Version 2.4.1 fixes the memory leak reported last month.",
    "Revenue grew 18% year over year, with churn down to 3.2%.",
    "Join the webinar on 12 March at 15:00 CET about MLOps.",
    "Microsoft Teams and Google Docs kept the project moving.",
    "The new office in Amsterdam opens in Q3 2025.",
    "Five things I learned from mentoring junior engineers.",
]


# Capitalised phrases that name no person: products, events, places, titles, awards, teams.
# PII-free posts mix them in, so false positives are measured on the hard cases too.
_CAPITALISED = [
    "Product Manager",
    "Senior Data Scientist",
    "Machine Learning",
    "Google Cloud Next",
    "Web Summit Lisbon",
    "New York",
    "San Francisco",
    "Happy New Year",
    "Black Friday",
    "Stanford University",
    "Harvard Business Review",
    "Wall Street Journal",
    "Microsoft Azure",
    "Amazon Web Services",
    "Visual Studio Code",
    "Google Analytics",
    "Apple Vision Pro",
    "Tesla Model Y",
    "Formula One",
    "Champions League",
    "Real Madrid",
    "Bayern Munich",
    "Costa Rica",
    "Buenos Aires",
    "Los Angeles",
    "Las Vegas",
    "Santa Clara",
    "San Diego",
    "Kings Cross",
    "Christmas Eve",
    "Easter Monday",
    "Jupyter Notebook",
    "Ruby on Rails",
    "Apache Kafka",
    "Apache Spark",
    "Hugging Face",
    "Stable Diffusion",
    "Nobel Prize",
    "Turing Award",
    "Fields Medal",
    "Mont Blanc",
    "Rio de Janeiro",
    "Sao Paulo",
    "Hong Kong",
    "Saint Petersburg",
    "Victoria Falls",
    "Grand Canyon",
    "Silicon Valley",
    "Open Source",
    "Customer Success",
    "Head of Growth",
    "Chief Executive Officer",
    "Design Sprint",
    "Data Engineering",
    "Kubernetes Operator",
    "Power BI",
    "Looker Studio",
    "Adobe Premiere",
    "Final Cut Pro",
    "Logic Pro",
    "Unreal Engine",
    "Unity Hub",
    "Salesforce Dreamforce",
    "Mobile World Congress",
    "Ada Lovelace Day",
    "Pride Month",
    "Earth Day",
    "Labor Day",
    "Boxing Day",
    "Carnival Week",
    "Oktoberfest Munich",
    "Tour de France",
    "Giro d'Italia",
    "Paris Saclay",
    "Delft University",
    "Imperial College",
    "Trinity College Dublin",
]


@dataclass
class Post:
    """One post: its locale, labelled items (type, fragments that must not survive) and
    look-alikes (strings that must survive whole). ``pii_free`` posts hold no PII at all."""

    text: str
    locale: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    pii_free: bool = False


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _uk_postcode(rng: random.Random) -> str:
    area = rng.choice(["HG", "SY", "TR", "CB", "LA", "LS", "M", "B", "EH", "CF"])
    unit = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{area}{rng.randint(1, 20)} {rng.randint(0, 9)}{unit}"


_AU_STATES = {
    "NSW": (2000, 2599),
    "VIC": (3000, 3999),
    "QLD": (4000, 4999),
    "SA": (5000, 5799),
    "WA": (6000, 6797),
    "TAS": (7000, 7799),
    "ACT": (2600, 2618),
}
_CA_FIRST = {"ON": "KLMNP", "QC": "GHJ", "BC": "V", "NB": "E"}
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _ca_postcode(rng: random.Random, province: str) -> str:
    first = rng.choice(_CA_FIRST[province])
    return (
        f"{first}{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)} "
        f"{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(0, 9)}"
    )


def address(rng: random.Random, locale: str) -> tuple[str, list[str]]:
    """An address in the locale's postal format and its fragments (street tokens, postcode)."""
    stem = rng.choice(_STREET_STEMS[locale])
    num = str(rng.randint(1, 299))
    if locale == "us":
        city, state = rng.choice(_CITIES["us"])
        kind = rng.choice(["Street", "St", "Avenue", "Ave", "Boulevard", "Drive", "Lane", "Court"])
        zipc = _d(rng, 5)
        unit = rng.choice(["", f", Apt {rng.randint(1, 40)}", f" #{rng.randint(100, 999)}"])
        pre = rng.choice(["", "N ", "W "])
        return f"{rng.randint(100, 9999)} {pre}{stem} {kind}{unit}, {city}, {state} {zipc}", [
            stem,
            zipc,
        ]
    if locale == "gb":
        kind = rng.choice(["Road", "Lane", "Close", "Crescent", "Gardens", "Way", "Mews", "Street"])
        pc = _uk_postcode(rng)
        flat = rng.choice(["", f"Flat {rng.randint(1, 9)}, "])
        return f"{flat}{num} {stem} {kind}, {rng.choice(_CITIES['gb'])} {pc}", [stem, pc]
    if locale == "au":
        state, (lo, hi) = rng.choice(list(_AU_STATES.items()))
        pc = str(rng.randint(lo, hi))
        kind = rng.choice(["Street", "St", "Road", "Rd", "Parade", "Crescent", "Terrace", "Avenue"])
        unit = rng.choice(["", f"{rng.randint(1, 20)}/", f"Unit {rng.randint(1, 9)}, "])
        suburb = rng.choice(_CITIES["au"])
        return f"{unit}{num} {stem} {kind}, {suburb} {state} {pc}", [stem, pc]
    if locale == "ca":
        city, prov = rng.choice(_CITIES["ca"])
        pc = _ca_postcode(rng, prov)
        if prov == "QC":
            kind = rng.choice(["rue", "boulevard", "avenue", "chemin"])
            return f"{num}, {kind} {stem}, {city} QC {pc}", [stem, pc]
        kind = rng.choice(["Street", "Avenue", "Road", "Drive", "Crescent"])
        return f"{num} {stem} {kind}, {city} {prov} {pc}", [stem, pc]
    if locale == "de":
        plz = f"{rng.randint(1, 99):02d}{_d(rng, 3)}"
        city = rng.choice(_CITIES["de"])
        style = rng.randrange(3)
        if style == 0:
            street = f"{stem}{rng.choice(['straße', 'str.', 'weg', 'allee', 'platz', 'ring'])}"
            token = street
        elif style == 1:
            token = f"{stem}er"
            street = f"{token} {rng.choice(['Platz', 'Ufer', 'Allee', 'Weg', 'Straße', 'Damm'])}"
        else:
            token = stem
            street = f"Am {stem}{rng.choice(['park', 'hof', 'berg'])}"
            token = street.split()[-1]
        tail = rng.choice([f", {plz} {city}", ""])
        frags = [token] + ([plz] if tail else [])
        return f"{street} {num}{tail}", frags
    if locale == "fr":
        cp = f"{rng.randint(1, 95):02d}{_d(rng, 3)}"
        kind = rng.choice(
            [
                "rue",
                "avenue",
                "boulevard",
                "allée",
                "impasse",
                "chemin",
                "place",
                "quai",
                "square",
                "venelle",
                "voie",
                "cours",
                "passage",
                "sentier",
                "cité",
                "parc",
                "prom.",
            ]
        )
        part = rng.choice(["", "de ", "des ", "du ", "de la "])
        bis = rng.choice(["", " bis", " ter"])
        return f"{num}{bis} {kind} {part}{stem}, {cp} {rng.choice(_CITIES['fr'])}", [stem, cp]
    if locale == "it":
        city, prov = rng.choice(_CITIES["it"])
        cap = f"{rng.randint(0, 9)}{_d(rng, 4)}"
        kind = rng.choice(["Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo", "via"])
        part = rng.choice(["", "dei ", "degli ", "della ", "del ", "di "])
        tail = rng.choice([f", {cap} {city} ({prov})", f", {city}"])
        frags = [stem] + ([cap] if cap in tail else [])
        return f"{kind} {part}{stem} {num}{tail}", frags
    if locale == "es":
        city = rng.choice(_CITIES["es"])
        galician = city in ("Santiago de Compostela", "Lugo", "Vigo")
        cp = (rng.choice(["15", "27", "36"]) if galician else "28") + _d(rng, 3)
        kinds = (
            ["Rúa", "Praza", "Avenida", "Travesía", "rúa"]
            if galician
            else ["Calle", "C/", "Avenida", "Plaza", "Paseo", "Camino", "calle"]
        )
        part = rng.choice(
            ["", "de ", "del ", "de la "] if not galician else ["", "do ", "da ", "de "]
        )
        floor = rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}"])
        return f"{rng.choice(kinds)} {part}{stem}, {num}{floor}, {cp} {city}", [stem, cp]
    if locale == "nl":
        letters = "".join(rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        pc = f"{rng.randint(1000, 9999)} {letters}"
        suffix = rng.choice(
            [
                "straat",
                "laan",
                "gracht",
                "weg",
                "plein",
                "kade",
                "singel",
                "state",
                "hof",
                "dijk",
                "",
            ]
        )
        street = f"{stem}{suffix}" if suffix else f"{rng.choice(['Lange', 'Korte', 'Oude'])} {stem}"
        house = rng.choice(
            [num, f"{num}-{rng.randint(1, 3)}", f"{num}{rng.choice('abc')}", f"{num} hs"]
        )
        token = street.split()[-1]
        return f"{street} {house}, {pc} {rng.choice(_CITIES['nl'])}", [token, pc.split()[0]]
    city, uf = rng.choice(_CITIES["br"])
    cep = f"{_d(rng, 5)}-{_d(rng, 3)}"
    kind = rng.choice(["Rua", "Avenida", "Travessa", "Praça", "Alameda", "R."])
    apt = rng.choice(["", f", apto {rng.randint(11, 99)}", f" - Bloco {rng.choice('AB')}"])
    bairro = rng.choice(["Centro", "Boa Vista", "Jardim América"])
    return f"{kind} dos {stem}, {num}{apt} - {bairro}, {city} - {uf}, {cep}", [stem, cep]


def phone(rng: random.Random, locale: str) -> str:
    """A number in the national numbering plan's usual written layouts (E.164 or national)."""
    d = lambda n: _d(rng, n)  # noqa: E731
    nz = lambda: str(rng.randint(2, 9))  # noqa: E731
    plans = {
        "us": [
            f"({nz()}{d(2)}) {nz()}{d(2)}-{d(4)}",
            f"{nz()}{d(2)}-{nz()}{d(2)}-{d(4)}",
            f"+1 {nz()}{d(2)} {nz()}{d(2)} {d(4)}",
            f"{nz()}{d(2)}.{nz()}{d(2)}.{d(4)}",
        ],
        "gb": [
            f"020 {d(4)} {d(4)}",
            f"+44 20 {d(4)} {d(4)}",
            f"07{d(3)} {d(6)}",
            f"+44 7{d(3)} {d(3)} {d(3)}",
            f"01{d(3)} {d(6)}",
        ],
        "au": [
            f"(0{rng.choice('2378')}) {d(4)} {d(4)}",
            f"04{d(2)} {d(3)} {d(3)}",
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"+61 {rng.choice('2378')} {d(4)} {d(4)}",
        ],
        "ca": [
            f"({nz()}{d(2)}) {nz()}{d(2)}-{d(4)}",
            f"+1 {nz()}{d(2)}-{nz()}{d(2)}-{d(4)}",
            f"{nz()}{d(2)} {nz()}{d(2)} {d(4)}",
        ],
        "de": [
            f"030 {d(8)}",
            f"+49 30 {d(8)}",
            f"0151 {d(8)}",
            f"(089) {d(7)}",
            f"+49 (0)171 {d(7)}",
            f"0221/{d(6)}",
        ],
        "fr": [
            f"0{rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 {rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"0{rng.choice('67')}.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        ],
        "it": [
            f"06 {d(4)} {d(4)}",
            f"+39 06 {d(4)} {d(4)}",
            f"3{d(2)} {d(3)} {d(4)}",
            f"+39 3{d(2)} {d(7)}",
        ],
        "es": [
            f"9{d(2)} {d(3)} {d(3)}",
            f"+34 9{d(2)} {d(2)} {d(2)} {d(2)}",
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"9{d(2)}.{d(3)}.{d(3)}",
            f"6{d(8)}",
        ],
        "nl": [f"020 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(8)}", f"+31 (0)20 {d(3)} {d(4)}"],
        "br": [
            f"({rng.randint(11, 99)}) 9{d(4)}-{d(4)}",
            f"+55 {rng.randint(11, 99)} 9{d(4)}-{d(4)}",
            f"({rng.randint(11, 99)}) {rng.randint(2, 5)}{d(3)}-{d(4)}",
        ],
    }
    return rng.choice(plans[locale])


def _numbers(text: str) -> list[str]:
    """The digit strings of every number written in ``text`` (separators inside dropped)."""
    return [re.sub(r"\D", "", m) for m in re.findall(r"\d(?:[ ().\-/]{0,2}\d)*", text)]


def _digit_windows(value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    return [digits[i : i + 4] for i in range(len(digits) - 3)] or [digits]


_LABEL_WORDS = "atelier kanzlei bakery studio werkstatt maison casa huis oficina loja".split()


def url(rng: random.Random, tlds: list[str]) -> tuple[str, list[str]]:
    host = f"{rng.choice(_LABEL_WORDS)}-{_d(rng, 2)}{rng.choice(['', 'x', 'q'])}"
    tld = rng.choice(tlds)
    slug = f"{rng.choice(['team', 'about', 'p'])}{_d(rng, 3)}"
    style = rng.randrange(4)
    if style == 0:
        return f"{host}.{tld}", [host]
    if style == 1:
        return f"https://{host}.{tld}/{slug}", [host, slug]
    if style == 2:
        return f"www.{host}.{tld}", [host]
    return f"{host}.{tld}/{slug}", [host, slug]


def person(rng: random.Random, locale: str) -> tuple[str, list[str]]:
    given = rng.choice(_GIVEN[locale])
    if locale in _PARTICLE_SURNAMES and rng.random() < 0.25:
        last = rng.choice(_PARTICLE_SURNAMES[locale])
        if rng.random() < 0.5:
            return f"{rng.choice(_TITLES)} {last}", [last.split()[-1]]
    else:
        last = rng.choice(_SURNAMES[locale])
    return f"{given} {last}", [given, last.split()[-1]]


def lookalike(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"PO {rng.randint(45, 49)}{_d(rng, 8)}"
    if kind == 1:
        body = _d(rng, 9)
        total = sum((10 - i) * int(c) for i, c in enumerate(body))
        check = (11 - total % 11) % 11
        return body + ("X" if check == 10 else str(check))
    if kind == 2:
        while True:
            digits = f"{rng.randint(100, 999)}{_d(rng, 14)}"
            if _luhn(digits):
                return f"{digits[:3]}-{digits[3:10]}-{digits[10:]}"
    return rng.choice(_COMPANIES)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


_LOOKALIKE_FRAMES = [
    "Please reference {x} on the invoice.",
    "Great read: {x}, second edition.",
    "Order {x} arrived on time.",
    "Booked the offsite through {x}.",
]


def make_standards_set(*, seed: int, n: int, tlds: list[str]) -> tuple[list[str], list[Post]]:
    """``n`` labelled posts (ten locales) plus PII-free posts, and the member directory."""
    rng = random.Random(seed)
    members = list(_MEMBERS)
    kinds = ["ADDRESS", "PHONE", "URL", "PERSON", "MEMBER", "LOOKALIKE", "PII_FREE"]
    posts: list[Post] = []
    for i in range(n):
        locale = LOCALES[i % len(LOCALES)]
        kind = kinds[(i // len(LOCALES)) % len(kinds)]
        lead = rng.choice(_PROSE)
        post = Post("", locale)
        if kind == "ADDRESS":
            value, frags = address(rng, locale)
            post.text = f"{lead} Our new office: {value}. {rng.choice(_PROSE)}"
            post.items.append(("ADDRESS", frags, value))
        elif kind == "PHONE":
            value = phone(rng, locale)
            frame = rng.choice(
                ["Call {x} for details.", "Reach the desk on {x}.", "{x} is the hotline."]
            )
            post.text = f"{lead} {frame.format(x=value)}"
            post.items.append(("PHONE", _digit_windows(value), value))
        elif kind == "URL":
            value, frags = url(rng, tlds)
            post.text = f"{lead} More at {value} and in the comments."
            post.items.append(("URL", frags, value))
        elif kind == "PERSON":
            value, frags = person(rng, locale)
            post.text = f"{lead} {rng.choice(_NAME_TEMPLATES).format(name=value)}"
            post.items.append(("PERSON", frags, value))
        elif kind == "MEMBER":
            member = rng.choice(members)
            tokens = member.split()
            form = rng.randrange(5)
            if form == 0:
                value = member
            elif form == 1:
                value = member.lower()
            elif form == 2:
                value = member.upper()
            elif form == 3:
                value = f"{tokens[0][0]}. {' '.join(tokens[1:])}"
            else:
                value = f"{tokens[0]} {tokens[-1]}"
            post.text = f"{lead} {rng.choice(_NAME_TEMPLATES).format(name=value)}"
            post.items.append(("MEMBER", [tokens[-1]], value))
        elif kind == "LOOKALIKE":
            value = lookalike(rng)
            post.text = f"{lead} {rng.choice(_LOOKALIKE_FRAMES).format(x=value)}"
            post.lookalikes.append(value)
        else:
            sentences = rng.sample(_PROSE, rng.randint(2, 4))
            probes = rng.sample(_CAPITALISED, 2)
            sentences.insert(1, f"Excited about {probes[0]} and {probes[1]} this year.")
            post.text = " ".join(sentences)
            post.pii_free = True
        posts.append(post)
    return members, posts


def leaked(redacted: str, fragments: list[str], background: str = "") -> bool:
    """True when any fragment survives: digits anywhere, words as whole words (any case).

    ``background`` is the post without the item: a digit window that the rest of the post
    already shows ("Q3 2025") is not a leak of the item."""
    low = redacted.casefold()
    numbers = _numbers(low)
    seen = _numbers(background)
    for fragment in fragments:
        f = fragment.casefold()
        if f.isdigit():
            if any(f in number for number in numbers) and not any(f in n for n in seen):
                return True
        elif re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low):
            return True
    return False
