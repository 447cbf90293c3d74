"""Addresses for the sixth held-out set, per each country's postal standard: full addresses,
street-only mentions and postcode + town mentions, each with its fragments (t: street-name
tokens, p: the postcode). Street types and particles are never fragments."""

from __future__ import annotations

import random
import string

R = random.Random

# towns with a postcode maker: each returns a valid-format postcode for that town
_UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVXY"
_EIR = "0123456789ACDEFHKNPRTVWXY"


def _nl_letters(rng: R) -> str:
    while True:
        p = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        if p not in ("SA", "SD", "SS"):
            return p


TOWNS = {
    "de_DE": [
        ("Berlin", lambda r: f"10{r.randint(115, 999)}"),
        ("München", lambda r: f"80{r.randint(331, 999)}"),
        ("Hamburg", lambda r: f"20{r.randint(95, 999):03d}"),
        ("Köln", lambda r: f"50{r.randint(667, 999)}"),
        ("Leipzig", lambda r: f"04{r.randint(103, 357)}"),
        ("Freiburg im Breisgau", lambda r: f"79{r.randint(98, 117):03d}"),
    ],
    "en_AU": [
        ("Fitzroy VIC", "3065"),
        ("Newtown NSW", "2042"),
        ("Paddington QLD", "4064"),
        ("Fremantle WA", "6160"),
        ("Glenelg SA", "5045"),
        ("Sandy Bay TAS", "7005"),
        ("Braddon ACT", "2612"),
        ("Surry Hills NSW", "2010"),
    ],
    "en_CA": [
        ("Toronto, ON", "M"),
        ("Ottawa, ON", "K"),
        ("Vancouver, BC", "V"),
        ("Montréal, QC", "H"),
        ("Calgary, AB", "T"),
        ("Halifax, NS", "B"),
        ("Winnipeg, MB", "R"),
    ],
    "en_GB": [
        ("Leeds", "LS"),
        ("Manchester", "M"),
        ("Bristol", "BS"),
        ("Glasgow", "G"),
        ("Edinburgh", "EH"),
        ("Cardiff", "CF"),
        ("Norwich", "NR"),
        ("Oxford", "OX"),
        ("London", "SE"),
    ],
    "en_IE": [
        ("Dublin 6", "D06"),
        ("Dublin 8", "D08"),
        ("Cork", "T12"),
        ("Galway", "H91"),
        ("Limerick", "V94"),
        ("Waterford", "X91"),
        ("Kilkenny", "R95"),
        ("Sligo", "F91"),
    ],
    "en_IN": [
        ("Bengaluru, Karnataka", "5600"),
        ("Mumbai, Maharashtra", "4000"),
        ("Chennai, Tamil Nadu", "6000"),
        ("Kolkata, West Bengal", "7000"),
        ("Hyderabad, Telangana", "5000"),
        ("Pune, Maharashtra", "4110"),
        ("New Delhi", "1100"),
        ("Kochi, Kerala", "6820"),
    ],
    "en_US": [
        ("Austin, TX", "787"),
        ("Denver, CO", "802"),
        ("Chicago, IL", "606"),
        ("Seattle, WA", "981"),
        ("Boston, MA", "021"),
        ("Atlanta, GA", "303"),
        ("Columbus, OH", "432"),
        ("Portland, OR", "972"),
    ],
    "es_ES": [
        ("Madrid", "28"),
        ("Barcelona", "08"),
        ("Valencia", "46"),
        ("Sevilla", "41"),
        ("Bilbao", "48"),
        ("Zaragoza", "50"),
        ("Málaga", "29"),
        ("Granada", "18"),
    ],
    "fr_FR": [
        ("Paris", "750"),
        ("Lyon", "6900"),
        ("Marseille", "130"),
        ("Toulouse", "31"),
        ("Nantes", "44"),
        ("Lille", "59"),
        ("Bordeaux", "33"),
        ("Strasbourg", "67"),
    ],
    "it_IT": [
        ("Milano (MI)", "201"),
        ("Roma (RM)", "001"),
        ("Torino (TO)", "101"),
        ("Napoli (NA)", "801"),
        ("Bologna (BO)", "401"),
        ("Firenze (FI)", "501"),
        ("Palermo (PA)", "901"),
        ("Genova (GE)", "161"),
    ],
    "nl_NL": [
        ("Amsterdam", 10),
        ("Rotterdam", 30),
        ("Utrecht", 35),
        ("Den Haag", 25),
        ("Eindhoven", 56),
        ("Groningen", 97),
        ("Leiden", 23),
        ("Haarlem", 20),
    ],
    "pt_BR": [
        ("São Paulo – SP", (1000, 5999)),
        ("Rio de Janeiro – RJ", (20000, 23799)),
        ("Belo Horizonte – MG", (30000, 31999)),
        ("Curitiba – PR", (80000, 82999)),
        ("Porto Alegre – RS", (90000, 91999)),
        ("Salvador – BA", (40000, 42499)),
        ("Recife – PE", (50000, 52999)),
        ("Fortaleza – CE", (60000, 61599)),
    ],
}


def postcode(rng: R, locale: str, town) -> str:
    name, code = town
    if locale == "de_DE":
        return code(rng)
    if locale == "en_AU":
        return code
    if locale == "en_CA":
        fsa = code + str(rng.randint(1, 9)) + rng.choice(_CA_L)
        return f"{fsa} {rng.randint(0, 9)}{rng.choice(_CA_L)}{rng.randint(0, 9)}"
    if locale == "en_GB":
        inward = f"{rng.randint(1, 9)}{rng.choice(_UK_IN)}{rng.choice(_UK_IN)}"
        return f"{code}{rng.randint(1, 19)} {inward}"
    if locale == "en_IE":
        return f"{code} {''.join(rng.choice(_EIR) for _ in range(4))}"
    if locale == "en_IN":
        return f"{code}{rng.randint(1, 99):02d}"
    if locale == "en_US":
        z = f"{code}{rng.randint(1, 99):02d}"
        return z if rng.random() < 0.75 else f"{z}-{rng.randint(1, 9999):04d}"
    if locale == "es_ES":
        return f"{code}{rng.randint(1, 80):03d}"
    if locale == "fr_FR":
        if len(code) == 3:
            return f"{code}{rng.randint(1, 16):02d}"
        if len(code) == 4:
            return f"{code}{rng.randint(1, 9)}"
        return f"{code}{rng.choice(['000', '100', '200', '300'])}"
    if locale == "it_IT":
        return f"{code}{rng.randint(0, 99):02d}"
    if locale == "nl_NL":
        return f"{code}{rng.randint(11, 99)} {_nl_letters(rng)}"
    if locale == "pt_BR":
        n = rng.randint(*code)
        return f"{n:05d}-{rng.randint(0, 999):03d}"
    raise KeyError(locale)


# street name tokens (the distinctive part) and how each locale writes a street
_STREETS = """
de_DE: Linden; Kastanien; Goethe; Holunder; Birken; Schiller; Mühlen; Eichendorff; Rosenthaler
de_DE: Bergmann; Hasenheide; Ahorn
en_AU: Banksia; Wattle; Brunswick; Gertrude; Hargrave; Kingsford; Yarra; Macquarie
en_CA: Spadina; Dundas; Bathurst; Laurier; Sherbrooke; Granville; Wellesley; Portage
en_GB: Wellington; Headingley; Marlborough; Ashgrove; Cavendish; Pemberton; Holloway
en_GB: Beaconsfield
en_IE: Ashfield; Rathgar; Belgrave; Glasthule; Inchicore; Ballyroan; Sundrive; Kimmage
en_IN: Residency; Brigade; Shivaji; Tilak; Ashoka; Gulmohar; Koramangala; Nungambakkam
en_US: Magnolia; Sycamore; Lafayette; Wabash; Chestnut; Brookline; Cherokee; Pennington
es_ES: Alcalá; Fuencarral; Velázquez; Hortaleza; Argumosa; Diputació; Almirante; Montera
fr_FR: Lilas; Jaurès; Oberkampf; Glacière; Pyrénées; Mouffetard; Condorcet; Marceau
it_IT: Garibaldi; Mazzini; Tortona; Cavour; Porpora; Solferino; Anfossi; Tiburtina
nl_NL: Keizers; Linnaeus; Bilderdijk; Oranje; Witte de With; Zeeburger; Nobel; Vondel
pt_BR: Augusta; Haddock Lobo; Voluntários da Pátria; Bela Cintra; Barata Ribeiro
pt_BR: Cardeal Arcoverde; Pamplona; Oscar Freire
"""
STREETS: dict[str, list[str]] = {}
for _line in _STREETS.strip().splitlines():
    _locale, _names = _line.split(": ")
    STREETS.setdefault(_locale, []).extend(_names.split("; "))

GENERIC = set(
    "alameda allee ave avenida avenue boulevard c/ calle close corso cross da de del "
    "della des di drive east gracht high kade la laan lane le main nagar north park "
    "piazza platz rd road rua rue south st str straat straße street van via viale weg "
    "west with".split()
)


def street_text(rng: R, locale: str, name: str, number: int) -> str:
    n = number
    if locale == "de_DE":
        sfx = rng.choice(["straße", "str.", "weg", "allee"])
        return f"{name}{sfx} {n}" + (rng.choice(["", "a", "b"]) if rng.random() < 0.3 else "")
    if locale in ("en_AU", "en_GB", "en_IE", "en_US", "en_CA"):
        typ = rng.choice(["Street", "St", "Road", "Rd", "Avenue", "Lane", "Close", "Drive", "Park"])
        lead = rng.choice(["", "", "Unit 4/", "Flat 2, ", "Apt 12, "]) if locale != "en_US" else ""
        if lead == "Unit 4/":
            if locale == "en_AU":
                return f"{rng.randint(1, 9)}/{n} {name} {typ}"
            lead = "Unit 4, "
        if locale == "en_US":
            return f"{n * 10 + rng.randint(0, 9)} {name} {typ}" + rng.choice(
                ["", "", ", Apt 3B", ", Suite 210"]
            )
        return f"{lead}{n} {name} {typ}"
    if locale == "en_IN":
        return rng.choice(
            [
                f"#{n}, {name} Road",
                f"Flat {n % 9 + 1}02, {name} Nagar",
                f"{n}, {name} Layout, 5th Cross",
            ]
        )
    if locale == "es_ES":
        typ = rng.choice(["Calle de", "C/", "Avenida de", "Paseo de", "Calle"])
        return f"{typ} {name}, {n}" + rng.choice(["", ", 3.º B", ", 2.º izda.", ", bajo"])
    if locale == "fr_FR":
        typ = (
            rng.choice(["rue des", "rue", "avenue", "boulevard", "impasse"])
            if name == "Lilas"
            else rng.choice(["rue", "avenue", "boulevard", "place"])
        )
        return f"{n}{rng.choice(['', '', ' bis'])} {typ} {name}"
    if locale == "it_IT":
        typ = rng.choice(["Via", "Viale", "Corso", "Piazza", "via"])
        return f"{typ} {name} {n}" if rng.random() < 0.7 else f"{typ} {name}, {n}"
    if locale == "nl_NL":
        if " " in name:
            return f"{name}straat {n}"
        return (
            f"{name}{rng.choice(['gracht', 'straat', 'laan', 'kade', 'singel'])} {n}"
            + rng.choice(["", "", "-II", " A"])
        )
    if locale == "pt_BR":
        return (
            f"{rng.choice(['Rua', 'Av.', 'Alameda', 'R.'])} {name}, {n * 10 + rng.randint(0, 9)}"
            + rng.choice(["", ", apto 42", ", sala 1203", ", casa 2"])
        )
    raise KeyError(locale)


def street_fragments(name: str) -> list[str]:
    return ["t:" + w for w in name.split() if w.lower() not in GENERIC and len(w) >= 4]


def address(rng: R, locale: str, shape: str) -> tuple[str, list[str]]:
    """shape: full | street | town. Returns (value, fragments)."""
    town = rng.choice(TOWNS[locale])
    pc = postcode(rng, locale, town)
    name = rng.choice(STREETS[locale])
    street = street_text(rng, locale, name, rng.randint(1, 180))
    tname = town[0]
    if shape == "street":
        return street, street_fragments(name)
    if shape == "town":
        if locale in ("en_GB", "en_AU"):
            value = f"{tname} {pc}"
        elif locale in ("en_US", "en_CA", "en_IE"):
            value = f"{tname} {pc}" if locale != "en_IE" else f"{tname}, {pc}"
        elif locale == "en_IN":
            value = f"{tname} {pc}" if rng.random() < 0.5 else f"{tname.split(',')[0]} - {pc}"
        elif locale == "pt_BR":
            value = f"CEP {pc}, {tname}"
        elif locale == "it_IT":
            value = f"{pc} {tname}"
        else:
            value = f"{pc} {tname}"
        return value, ["p:" + pc]
    if locale == "de_DE":
        value = f"{street}, {pc} {tname}"
    elif locale in ("en_GB",):
        value = f"{street}, {tname} {pc}"
    elif locale == "en_IE":
        value = f"{street}, {tname}, {pc}"
    elif locale in ("en_AU", "en_US", "en_CA"):
        sep = ", " if locale != "en_AU" else ", "
        value = f"{street}{sep}{tname} {pc}"
    elif locale == "en_IN":
        value = f"{street}, {tname} {pc}"
    elif locale == "es_ES":
        value = f"{street}, {pc} {tname}"
    elif locale == "fr_FR":
        value = f"{street}, {pc} {tname}"
    elif locale == "it_IT":
        value = f"{street}, {pc} {tname}"
    elif locale == "nl_NL":
        value = f"{street}, {pc} {tname}"
    else:
        value = f"{street} – {tname.split(' – ')[0]}, {pc}"
    return value, street_fragments(name) + ["p:" + pc]
