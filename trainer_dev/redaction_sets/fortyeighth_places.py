"""Street addresses and PO boxes for the forty-eighth set, by locale, written by hand.

Each town carries a postcode stem; the generator fills the rest in the country's pattern.
Fragments: street-name tokens without the street-type word ("t:"), postcode or box ("p:").
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.fortyeighth_people import name_tokens, normalise

STREETS = {
    "en_GB": [
        "Mill Lane",
        "Ashgrove Road",
        "Cavendish Crescent",
        "Bramley Close",
        "Priory Walk",
        "Hawthorn Drive",
        "Tanners Row",
        "Kingsdown Terrace",
        "Wellgate Avenue",
        "Oakfield Grove",
        "Rosemount Place",
        "Moorside Way",
    ],
    "en_US": [
        "Maple Avenue",
        "Birchwood Drive",
        "Sycamore Street",
        "Ridgeview Road",
        "Lakeshore Boulevard",
        "Chestnut Lane",
        "Pinecrest Court",
        "Fairmount Street",
        "Willowbrook Way",
        "Hollister Avenue",
        "Cedar Hollow Road",
        "Brookline Drive",
    ],
    "de_DE": [
        "Lindenstraße",
        "Kastanienallee",
        "Birkenweg",
        "Uhlandstraße",
        "Goebenstraße",
        "Am Mühlenbach",
        "Tulpenweg",
        "Feldbergstraße",
        "Hohenzollernring",
        "Eichendorffweg",
        "Scharnhorststraße",
        "Rosenhag",
    ],
    "fr_FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "rue de la Charité",
        "boulevard Carnot",
        "impasse des Tilleuls",
        "rue Paul Bert",
        "allée des Châtaigniers",
        "chemin des Vignes",
        "rue Saint-Exupéry",
        "avenue de Verdun",
        "rue Mirabeau",
        "place des Marronniers",
    ],
    "es_ES": [
        "Calle de Alcalá",
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle Goya",
        "Paseo de la Castellana",
        "Calle del Pez",
        "Avenida Blasco Ibáñez",
        "Calle Sierpes",
        "Calle Ercilla",
        "Camino de Ronda",
        "Calle Larios",
        "Calle Uría",
    ],
    "it_IT": [
        "Via Garibaldi",
        "Via dei Mille",
        "Corso Vittorio Emanuele",
        "Via Solferino",
        "Viale Monza",
        "Via Nizza",
        "Piazza Bra",
        "Via Toledo",
        "Via Indipendenza",
        "Via Cavour",
        "Via Etnea",
        "Viale dei Pini",
    ],
    "pl_PL": [
        "ul. Długa",
        "ul. Piotrkowska",
        "al. Niepodległości",
        "ul. Mokotowska",
        "ul. Floriańska",
        "ul. Świętojańska",
        "ul. Ogrodowa",
        "os. Tysiąclecia",
        "ul. Lipowa",
        "ul. Kasztanowa",
        "ul. Grunwaldzka",
        "al. Wojska Polskiego",
    ],
    "pt_BR": [
        "Rua das Flores",
        "Avenida Paulista",
        "Rua Augusta",
        "Rua Haddock Lobo",
        "Avenida Atlântica",
        "Rua da Bahia",
        "Rua XV de Novembro",
        "Rua dos Andradas",
        "Avenida Sete de Setembro",
        "Rua Oscar Freire",
        "Alameda Santos",
        "Travessa do Ouvidor",
    ],
    "de_LI": [
        "Landstrasse",
        "Städtle",
        "Herrengasse",
        "Lettstrasse",
        "Feldkircherstrasse",
        "Essanestrasse",
        "Bühelweg",
        "Im Rietle",
        "Gapetschstrasse",
        "Zollstrasse",
        "Kirchstrasse",
        "Austrasse",
    ],
    "sv_FI": [
        "Strandgatan",
        "Mannerheimvägen",
        "Skolhusgatan",
        "Hamngatan",
        "Storgatan",
        "Alexandersgatan",
        "Kyrkoesplanaden",
        "Handelsesplanaden",
        "Björkstigen",
        "Sjömansgatan",
        "Rönnvägen",
        "Ekenäsvägen",
    ],
    "en_BS": [
        "Village Road",
        "Shirley Street",
        "East Bay Street",
        "Marlborough Street",
        "Blue Hill Road",
        "Soldier Road",
        "Carmichael Road",
        "Wulff Road",
        "Poinciana Drive",
        "Coral Road",
        "Sea Horse Lane",
        "Robinson Road",
    ],
    "mt_MT": [
        "Triq il-Kbira",
        "Triq il-Wied",
        "Triq il-Mitħna",
        "Triq Santa Marija",
        "Triq il-Karmnu",
        "Triq il-Ħarruba",
        "Triq Dun Karm",
        "Triq ix-Xatt",
        "Triq il-Parroċċa",
        "Tower Road",
        "Triq Birbal",
        "Triq il-Ġnien",
    ],
}
STREET_TYPES = {
    "lane",
    "road",
    "crescent",
    "close",
    "walk",
    "drive",
    "row",
    "terrace",
    "avenue",
    "grove",
    "place",
    "way",
    "street",
    "boulevard",
    "court",
    "rue",
    "impasse",
    "allee",
    "chemin",
    "calle",
    "avenida",
    "paseo",
    "camino",
    "via",
    "viale",
    "corso",
    "piazza",
    "ul",
    "al",
    "os",
    "rua",
    "travessa",
    "alameda",
    "triq",
    "am",
    "im",
    "des",
    "dei",
    "del",
}
# (town, postcode stem, extra) per locale; extra is a state or region where the form has one.
TOWNS = {
    "en_GB": [
        ("Leeds", "LS6", ""),
        ("Sheffield", "S11", ""),
        ("Bristol", "BS7", ""),
        ("Norwich", "NR2", ""),
        ("Cardiff", "CF14", ""),
        ("Glasgow", "G12", ""),
        ("Exeter", "EX4", ""),
        ("Durham", "DH1", ""),
        ("Belfast", "BT9", ""),
    ],
    "en_US": [
        ("Columbus", "432", "OH"),
        ("Portland", "972", "OR"),
        ("Austin", "787", "TX"),
        ("Madison", "537", "WI"),
        ("Raleigh", "276", "NC"),
        ("Boulder", "803", "CO"),
        ("Ann Arbor", "481", "MI"),
        ("Burlington", "054", "VT"),
    ],
    "de_DE": [
        ("Köln", "506", ""),
        ("Münster", "481", ""),
        ("Freiburg im Breisgau", "791", ""),
        ("Leipzig", "041", ""),
        ("Kiel", "241", ""),
        ("Nürnberg", "904", ""),
        ("Bielefeld", "336", ""),
        ("Dresden", "010", ""),
    ],
    "fr_FR": [
        ("Lyon", "6900", ""),
        ("Nantes", "4400", ""),
        ("Toulouse", "3100", ""),
        ("Rennes", "3500", ""),
        ("Lille", "5900", ""),
        ("Grenoble", "3800", ""),
        ("Annecy", "7400", ""),
        ("Bordeaux", "3300", ""),
    ],
    "es_ES": [
        ("Madrid", "280", ""),
        ("Bilbao", "480", ""),
        ("Sevilla", "410", ""),
        ("Valencia", "460", ""),
        ("Málaga", "290", ""),
        ("Oviedo", "330", ""),
        ("Zaragoza", "500", ""),
        ("Granada", "180", ""),
    ],
    "it_IT": [
        ("Milano", "201", "MI"),
        ("Torino", "101", "TO"),
        ("Bologna", "401", "BO"),
        ("Verona", "371", "VR"),
        ("Napoli", "801", "NA"),
        ("Catania", "951", "CT"),
        ("Firenze", "501", "FI"),
        ("Bergamo", "241", "BG"),
    ],
    "pl_PL": [
        ("Warszawa", "0", ""),
        ("Kraków", "3", ""),
        ("Gdańsk", "8", ""),
        ("Wrocław", "5", ""),
        ("Poznań", "6", ""),
        ("Łódź", "9", ""),
        ("Lublin", "2", ""),
        ("Gdynia", "8", ""),
    ],
    "pt_BR": [
        ("São Paulo", "01", "SP"),
        ("Rio de Janeiro", "22", "RJ"),
        ("Belo Horizonte", "30", "MG"),
        ("Curitiba", "80", "PR"),
        ("Porto Alegre", "90", "RS"),
        ("Florianópolis", "88", "SC"),
        ("Recife", "50", "PE"),
        ("Salvador", "40", "BA"),
    ],
    "de_LI": [
        ("Vaduz", "9490", ""),
        ("Schaan", "9494", ""),
        ("Triesen", "9495", ""),
        ("Balzers", "9496", ""),
        ("Eschen", "9492", ""),
        ("Mauren", "9493", ""),
        ("Ruggell", "9491", ""),
        ("Triesenberg", "9497", ""),
    ],
    "sv_FI": [
        ("Helsingfors", "00", ""),
        ("Vasa", "65", ""),
        ("Jakobstad", "68", ""),
        ("Åbo", "20", ""),
        ("Borgå", "06", ""),
        ("Ekenäs", "10", ""),
        ("Esbo", "02", ""),
        ("Mariehamn", "22", ""),
    ],
    "en_BS": [
        ("Nassau", "N", "New Providence"),
        ("Nassau", "SS", "New Providence"),
        ("Nassau", "CB", "New Providence"),
        ("Freeport", "F", "Grand Bahama"),
        ("Nassau", "EE", "New Providence"),
        ("Marsh Harbour", "AB", "Abaco"),
    ],
    "mt_MT": [
        ("Valletta", "VLT", ""),
        ("Birkirkara", "BKR", ""),
        ("Sliema", "SLM", ""),
        ("Mosta", "MST", ""),
        ("Qormi", "QRM", ""),
        ("Żabbar", "ZBR", ""),
        ("Naxxar", "NXR", ""),
        ("Ħamrun", "HMR", ""),
        ("Msida", "MSD", ""),
    ],
}
GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
BOX = {
    "en_GB": "PO Box {n}",
    "en_US": "P.O. Box {n}",
    "de_DE": "Postfach {n}",
    "fr_FR": "BP {n}",
    "es_ES": "Apartado de Correos {n}",
    "it_IT": "Casella Postale {n}",
    "pl_PL": "skr. poczt. {n}",
    "pt_BR": "Caixa Postal {n}",
    "de_LI": "Postfach {n}",
    "sv_FI": "PB {n}",
    "en_BS": "P.O. Box {n}",
    "mt_MT": "PO Box {n}",
}


def postcode(rng: random.Random, locale: str, stem: str) -> str:
    r = rng.randint
    if locale == "en_GB":
        return f"{stem} {r(1, 9)}{rng.choice(GB_IN)}{rng.choice(GB_IN)}"
    if locale == "en_US":
        z = f"{stem}{r(1, 99):02d}"
        return z + (f"-{r(1000, 9899)}" if r(0, 2) == 0 else "")
    if locale == "de_DE":
        return f"{stem}{r(0, 99):02d}"
    if locale == "fr_FR":
        return f"{stem}{r(0, 9)}"
    if locale == "es_ES":
        return f"{stem}{r(1, 50):02d}"
    if locale == "it_IT":
        return f"{stem}{r(21, 60):02d}"
    if locale == "pl_PL":
        return f"{stem}{r(0, 9)}-{r(1, 999):03d}"
    if locale == "pt_BR":
        return f"{stem}{r(0, 999):03d}-{r(0, 999):03d}"
    if locale == "de_LI":
        return stem
    if locale == "sv_FI":
        return f"{stem}{r(1, 9)}{rng.choice('05')}0"
    if locale == "mt_MT":
        return f"{stem} {r(1000, 9999)}"
    return ""  # en_BS: no postcodes; PO boxes carry an island prefix


def street_tokens(street: str) -> list[str]:
    return [t for t in name_tokens(street) if t not in STREET_TYPES]


def _street_line(rng: random.Random, locale: str, street: str) -> str:
    n = rng.randint(2, 148)
    if locale == "en_GB":
        return rng.choice([f"{n} {street}", f"Flat {rng.randint(1, 9)}, {n} {street}"])
    if locale == "en_US":
        return rng.choice([f"{n * 17} {street}", f"{n * 13} {street}, Apt {rng.randint(1, 9)}B"])
    if locale in ("de_DE", "de_LI", "it_IT"):
        return rng.choice([f"{street} {n}", f"{street} {n}{rng.choice('abc')}"])
    if locale == "fr_FR":
        return rng.choice([f"{n} {street}", f"{n} bis {street}"])
    if locale == "es_ES":
        return rng.choice(
            [f"{street} {n}", f"{street}, {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}"]
        )
    if locale == "pl_PL":
        return rng.choice([f"{street} {n}", f"{street} {n}/{rng.randint(1, 40)}"])
    if locale == "pt_BR":
        return rng.choice(
            [f"{street}, {n * 7}", f"{street}, {n * 11} - apto {rng.randint(11, 94)}"]
        )
    if locale == "sv_FI":
        return rng.choice(
            [f"{street} {n}", f"{street} {n} {rng.choice('ABC')} {rng.randint(1, 30)}"]
        )
    if locale == "en_BS":
        return rng.choice([f"#{n} {street}", f"{street}"])
    return rng.choice([f"{n}, {street}", f"Flat {rng.randint(1, 9)}, {street}"])  # mt_MT


def _town_line(locale: str, pc: str, town: str, extra: str) -> str:
    if locale == "en_GB":
        return f"{town} {pc}"
    if locale == "en_US":
        return f"{town}, {extra} {pc}"
    if locale == "it_IT":
        return f"{pc} {town} ({extra})"
    if locale == "pt_BR":
        return f"{town} - {extra}, CEP {pc}"
    if locale == "mt_MT":
        return f"{town} {pc}"
    return f"{pc} {town}"


def address(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    """(value, fragments, form): one-line, multi-line, no postcode, or a PO box."""
    town, stem, extra = rng.choice(TOWNS[locale])
    street = rng.choice(STREETS[locale])
    forms = ["one_line", "one_line", "multi_line", "no_postcode", "po_box"]
    if locale == "en_BS":
        forms = ["one_line", "multi_line", "po_box", "po_box"]
    form = rng.choice(forms)
    if form == "po_box":
        if locale == "en_BS":
            box = f"{stem}-{rng.randint(1000, 9999) if stem != 'F' else rng.randint(40000, 44999)}"
            return f"P.O. Box {box}, {town}, {extra}", ["p:" + normalise(box)], form
        n = str(rng.randint(120, 9899))
        if locale == "de_DE":
            n = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        pc = postcode(rng, locale, stem)
        value = f"{BOX[locale].format(n=n)}, {_town_line(locale, pc, town, extra)}"
        return value, ["p:" + normalise(n), "p:" + normalise(pc)], form
    line = _street_line(rng, locale, street)
    frags = ["t:" + t for t in street_tokens(street)]
    if locale == "en_BS":
        sep = "\n" if form == "multi_line" else ", "
        return f"{line}{sep}{town}, {extra}", frags, form
    pc = postcode(rng, locale, stem)
    if form == "no_postcode":
        return f"{line}, {town}", frags, form
    tl = _town_line(locale, pc, town, extra)
    frags.append("p:" + normalise(pc))
    return (f"{line}\n{tl}" if form == "multi_line" else f"{line}, {tl}"), frags, form
