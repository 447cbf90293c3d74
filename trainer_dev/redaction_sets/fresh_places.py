"""Postal addresses for the fresh held-out set, written from each country's addressing standard.

``address(rng, locale)`` returns ``(text, street_tokens, postcode)``: the address as a person types
it (one line or several, any case), the street-name tokens whose survival is a leak, and the
postcode as written ("" when the post gives none).

Sources (public knowledge of the standards): USPS Publication 28 (street suffixes, secondary
unit designators, ZIP+4), Royal Mail PAF (outward/inward postcode shapes), Australia Post
(state + 4-digit postcode, unit/number slash form), Canada Post (A1A 1A1, no D F I O Q U,
suite-civic hyphen form, French forms in Quebec), India Post (6-digit PIN), Deutsche Post
(Straße Hausnummer, PLZ Ort), La Poste NF Z10-011 (numéro, type de voie, libellé, CP commune,
CEDEX), Poste Italiane (DUG toponimo, civico, CAP località sigla), Correos (tipo de vía, nombre,
número, piso, puerta), Correios (logradouro, número, complemento, bairro, cidade-UF, CEP
00000-000), PostNL (straat huisnummer toevoeging, 1234 AB plaats).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.fresh_people import PARTICLES

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _case(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.07:
        return text.upper()
    if r < 0.11:
        return text.lower()
    return text


def _tokens(name: str, drop: set[str] = frozenset()) -> list[str]:
    out = []
    for raw in name.replace("-", " ").replace("'", " ").replace("’", " ").split():
        word = raw.strip(".,()")
        if len(word) < 3 or word.lower() in PARTICLES or word.lower() in drop:
            continue
        out.append(word)
    return out


def _shown(tokens: list[str], text: str) -> list[str]:
    """Tokens in the case the text shows them."""
    out = []
    for tok in tokens:
        for cand in (tok, tok.upper(), tok.lower()):
            if cand in text:
                out.append(cand)
                break
    return out


# --- United States (USPS Pub. 28) -----------------------------------------------------------------

US_CITIES = [
    ("Austin", "TX", "787"),
    ("Portland", "OR", "972"),
    ("Denver", "CO", "802"),
    ("Columbus", "OH", "432"),
    ("Madison", "WI", "537"),
    ("Raleigh", "NC", "276"),
    ("Boise", "ID", "837"),
    ("Tucson", "AZ", "857"),
    ("Savannah", "GA", "314"),
    ("Burlington", "VT", "054"),
    ("Ann Arbor", "MI", "481"),
    ("Brooklyn", "NY", "112"),
    ("Pasadena", "CA", "911"),
    ("Omaha", "NE", "681"),
]
US_STREETS = [
    "Maple",
    "Sycamore",
    "Juniper",
    "Hawthorne",
    "Larkspur",
    "Briarwood",
    "Sandpiper",
    "Quarry",
    "Pinecrest",
    "Magnolia",
    "Tamarack",
    "Wexford",
    "Cottonwood",
    "Hollister",
    "Fairmount",
    "Kessling",
    "Chickasaw",
    "Bluebonnet",
    "Greenbriar",
    "Wolcott",
]
US_TYPES = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Blvd",
    "Rd",
    "Road",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Way",
    "Ct",
    "Pl",
    "Pkwy",
    "Ter",
    "Cir",
    "Trl",
    "Hwy",
    "Loop",
]
US_UNITS = ["Apt {n}", "Suite {n}", "Unit {n}", "#{n}", "Ste {n}", "Fl {n}", "Bldg {l}"]


def addr_us(rng):
    city, state, z = rng.choice(US_CITIES)
    name = rng.choice(US_STREETS)
    way = rng.choice(["", "", "N ", "S ", "E ", "W ", "NE "])
    street = f"{rng.randint(10, 9899)} {way}{name} {rng.choice(US_TYPES)}"
    unit = rng.choice(US_UNITS).format(n=rng.randint(1, 1450), l=rng.choice("ABCDE"))
    zipc = (
        z
        + f"{rng.randint(0, 99):02d}"
        + (f"-{rng.randint(0, 9999):04d}" if rng.random() < 0.3 else "")
    )
    form = rng.randrange(5)
    text = [
        f"{street}, {unit}, {city}, {state} {zipc}",
        f"{street}\n{city}, {state} {zipc}",
        f"{street} {unit}, {city} {state} {zipc}",
        f"{street}, {city}, {state} {zipc}",
        f"{street}",
    ][form]
    text = _case(rng, text)
    return text, _shown([name], text), (zipc if form < 4 else "")


# --- United Kingdom (Royal Mail) ------------------------------------------------------------------

GB_CITIES = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Bristol", "BS"),
    ("Edinburgh", "EH"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Norwich", "NR"),
    ("York", "YO"),
    ("Brighton", "BN"),
    ("London", "SE"),
    ("London", "N"),
    ("London", "EC"),
    ("London", "SW"),
    ("Oxford", "OX"),
    ("Cambridge", "CB"),
    ("Belfast", "BT"),
]
GB_STREETS = [
    "Kingsley",
    "Ashgrove",
    "Cowley",
    "Beaumont",
    "Wharfedale",
    "Marlborough",
    "Cavendish",
    "Tenterden",
    "Pennyfield",
    "Rosebery",
    "Ladbroke",
    "Abbeydale",
    "Foxhollow",
    "Sedgemoor",
    "Whitecross",
    "Larchfield",
    "Aldwyn",
    "Coldharbour",
]
GB_TYPES = [
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Crescent",
    "Drive",
    "Gardens",
    "Grove",
    "Mews",
    "Place",
    "Row",
    "Terrace",
    "Way",
    "Walk",
    "Square",
    "Court",
    "Hill",
    "Rise",
    "Parade",
    "Wharf",
    "Rd",
    "St",
    "Cres",
    "Gdns",
    "Sq",
]
GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gb_postcode(rng, area):
    if area in {"EC", "SW"} and rng.random() < 0.5:
        outward = f"{area}{rng.randint(1, 4)}{rng.choice('ABHMNPRVWXY')}"
    elif len(area) == 1:
        outward = f"{area}{rng.randint(1, 99)}"
    else:
        outward = f"{area}{rng.randint(1, 28)}"
    inward = f"{rng.randint(0, 9)}{rng.choice(GB_INWARD)}{rng.choice(GB_INWARD)}"
    return f"{outward} {inward}" if rng.random() < 0.9 else f"{outward}{inward}"


def addr_gb(rng):
    city, area = rng.choice(GB_CITIES)
    name = rng.choice(GB_STREETS)
    street = f"{rng.randint(1, 240)} {name} {rng.choice(GB_TYPES)}"
    pc = gb_postcode(rng, area)
    form = rng.randrange(5)
    text = [
        f"Flat {rng.randint(1, 30)}, {street}, {city} {pc}",
        f"{street}, {city}, {pc}",
        f"Unit {rng.randint(1, 12)}{rng.choice('ABC')}\n{street}\n{city}\n{pc}",
        f"{rng.choice(['The Old Forge', 'Rose Cottage', 'Ivy House'])}, {street}, {city} {pc}",
        f"{street}, {city}",
    ][form]
    text = _case(rng, text)
    return text, _shown([name], text), (pc if form < 4 else "")


# --- Australia (Australia Post) -------------------------------------------------------------------

AU_SUBURBS = [
    ("Fitzroy", "VIC", 3065),
    ("Surry Hills", "NSW", 2010),
    ("Fortitude Valley", "QLD", 4006),
    ("Fremantle", "WA", 6160),
    ("Glenelg", "SA", 5045),
    ("Battery Point", "TAS", 7004),
    ("Braddon", "ACT", 2612),
    ("Parap", "NT", 820),
    ("Newtown", "NSW", 2042),
    ("Carlton", "VIC", 3053),
    ("Paddington", "QLD", 4064),
    ("Subiaco", "WA", 6008),
    ("Hawthorn", "VIC", 3122),
    ("Manly", "NSW", 2095),
]
AU_STREETS = [
    "Banksia",
    "Wattle",
    "Bottlebrush",
    "Jacaranda",
    "Kurrajong",
    "Warrigal",
    "Boronia",
    "Gertrude",
    "Lygon",
    "Hindmarsh",
    "Coolabah",
    "Waratah",
    "Grevillea",
    "Yarralumla",
    "Mulgrave",
    "Tallowwood",
]
AU_TYPES = [
    "St",
    "Rd",
    "Ave",
    "Pde",
    "Cres",
    "Tce",
    "Hwy",
    "Cl",
    "Ct",
    "Dr",
    "Pl",
    "Esp",
    "Gr",
    "Street",
    "Parade",
    "Terrace",
    "Esplanade",
    "Circuit",
    "Way",
    "Road",
]


def addr_au(rng):
    suburb, state, pc = rng.choice(AU_SUBURBS)
    name = rng.choice(AU_STREETS)
    num = rng.randint(1, 320)
    typ = rng.choice(AU_TYPES)
    postcode = f"{pc + rng.randint(0, 3):04d}"
    form = rng.randrange(5)
    text = [
        f"{rng.randint(1, 40)}/{num} {name} {typ}, {suburb} {state} {postcode}",
        f"Unit {rng.randint(1, 40)}, {num} {name} {typ}, {suburb} {state} {postcode}",
        f"Level {rng.randint(1, 30)}, {num} {name} {typ}\n{suburb.upper()} {state} {postcode}",
        f"{num} {name} {typ} {suburb} {state} {postcode}",
        f"{num} {name} {typ}, {suburb}",
    ][form]
    text = _case(rng, text)
    return text, _shown([name], text), (postcode if form < 4 else "")


# --- Canada (Canada Post) -------------------------------------------------------------------------

CA_CITIES = [
    ("Toronto", "ON", "M"),
    ("Ottawa", "ON", "K"),
    ("Montréal", "QC", "H"),
    ("Québec", "QC", "G"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Edmonton", "AB", "T"),
    ("Winnipeg", "MB", "R"),
    ("Halifax", "NS", "B"),
    ("Regina", "SK", "S"),
    ("Fredericton", "NB", "E"),
    ("St. John's", "NL", "A"),
    ("Charlottetown", "PE", "C"),
]
CA_STREETS = [
    "Spadina",
    "Hastings",
    "Granville",
    "Portage",
    "Barrington",
    "Jasper",
    "Gottingen",
    "Laurier",
    "Dundas",
    "Kingsway",
    "Elgin",
    "Albert",
    "Macleod",
    "Bathurst",
    "Sherbourne",
]
CA_STREETS_QC = [
    "Sainte-Catherine",
    "Saint-Denis",
    "Sherbrooke",
    "Saint-Laurent",
    "Laurier",
    "de Maisonneuve",
    "Papineau",
    "Beaubien",
    "des Érables",
    "Cartier",
]
CA_TYPES = [
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Drive",
    "Crescent",
    "Way",
    "Trail",
]
CA_LETTERS = "ABCEGHJKLMNPRSTVXY"


def ca_postcode(rng, first):
    pc = (
        f"{first}{rng.randint(0, 9)}{rng.choice(CA_LETTERS)} "
        f"{rng.randint(0, 9)}{rng.choice(CA_LETTERS)}{rng.randint(0, 9)}"
    )
    return pc if rng.random() < 0.85 else pc.replace(" ", "")


def addr_ca(rng):
    city, prov, first = rng.choice(CA_CITIES)
    pc = ca_postcode(rng, first)
    num = rng.randint(10, 4800)
    if prov == "QC" and rng.random() < 0.7:
        name = rng.choice(CA_STREETS_QC)
        typ = rng.choice(["rue", "boulevard", "boul.", "avenue", "chemin", "côte"])
        way = rng.choice(["", " Ouest", " Est"])
        form = rng.randrange(3)
        text = [
            f"{num}, {typ} {name}{way}, bureau {rng.randint(100, 1900)}, {city} ({'Québec'}) {pc}",
            f"{num} {typ} {name}{way}\n{city} QC {pc}",
            f"{num}, {typ} {name}{way}, {city}",
        ][form]
        text = _case(rng, text)
        return text, _shown(_tokens(name, {"saint", "sainte"}), text), (pc if form < 2 else "")
    name = rng.choice(CA_STREETS)
    typ = rng.choice(CA_TYPES)
    way = rng.choice(["", "", " West", " East", " W", " N"])
    form = rng.randrange(5)
    text = [
        f"{rng.randint(100, 2900)}-{num} {name} {typ}{way}, {city}, {prov} {pc}",
        f"Suite {rng.randint(100, 2900)}, {num} {name} {typ}{way}, {city} {prov} {pc}",
        f"{num} {name} {typ}{way}\n{city} {prov}  {pc}",
        f"{num} {name} {typ}{way}, {city}, {prov}, {pc}",
        f"{num} {name} {typ}{way}, {city}",
    ][form]
    text = _case(rng, text)
    return text, _shown([name], text), (pc if form < 4 else "")


# --- India (India Post) ---------------------------------------------------------------------------

IN_CITIES = [
    ("Bengaluru", "560", "Karnataka"),
    ("Mumbai", "400", "Maharashtra"),
    ("Chennai", "600", "Tamil Nadu"),
    ("Hyderabad", "500", "Telangana"),
    ("Pune", "411", "Maharashtra"),
    ("New Delhi", "110", "Delhi"),
    ("Kolkata", "700", "West Bengal"),
    ("Kochi", "682", "Kerala"),
    ("Jaipur", "302", "Rajasthan"),
    ("Ahmedabad", "380", "Gujarat"),
    ("Gurugram", "122", "Haryana"),
]
IN_BUILDINGS = [
    "Sai Krupa",
    "Shanti Niketan",
    "Prestige Meridian",
    "Gokul Dham",
    "Lakshmi Nivas",
    "Sunrise Heights",
    "Brindavan",
    "Kailash Enclave",
    "Anand Vihar",
    "Nandanvan",
]
IN_ROADS = [
    "Radhakrishnan Salai",
    "Linking Road",
    "Residency Road",
    "Ashoka Marg",
    "Tilak Road",
    "Chembur Naka",
    "Lokmanya Nagar",
    "Gandhi Bazaar",
    "Aurobindo Marg",
    "Kasturba Road",
    "Sardar Patel Road",
    "Park Street",
]
IN_DROP = {
    "road",
    "salai",
    "marg",
    "nagar",
    "bazaar",
    "street",
    "naka",
    "vihar",
    "enclave",
    "heights",
    "nivas",
    "dham",
    "park",
}


def addr_in(rng):
    city, pin3, state = rng.choice(IN_CITIES)
    pin = pin3 + f"{rng.randint(1, 99):03d}"
    shown_pin = rng.choice([pin, pin, f"{pin[:3]} {pin[3:]}"])
    building = rng.choice(IN_BUILDINGS)
    road = rng.choice(IN_ROADS)
    form = rng.randrange(5)
    text = [
        f"Flat {rng.randint(101, 1204)}, {building} Apartments, {road}, {city} - {shown_pin}",
        f"No. {rng.randint(1, 120)}, {road}, {city} {shown_pin}, {state}",
        f"H.No. {rng.randint(1, 16)}-{rng.randint(1, 9)}-{rng.randint(10, 999)}, {building}, "
        f"{road},\n{city}-{shown_pin}",
        f"Plot {rng.randint(1, 300)}, {road}, {city}, {state} {shown_pin}",
        f"{rng.choice('ABCD')}-{rng.randint(1, 90)}, {building}, {road}, {city}",
    ][form]
    text = _case(rng, text)
    tokens = _tokens(road, IN_DROP) + (
        _tokens(building, IN_DROP)
        if building in text or building.upper() in text or building.lower() in text
        else []
    )
    return text, _shown(tokens, text), (shown_pin if form < 4 else "")


# --- Germany (Deutsche Post) ----------------------------------------------------------------------

DE_CITIES = [
    ("Berlin", 10115, 14199),
    ("Hamburg", 20095, 22769),
    ("München", 80331, 81929),
    ("Köln", 50667, 51149),
    ("Frankfurt am Main", 60306, 60599),
    ("Leipzig", 4103, 4357),
    ("Dresden", 1067, 1328),
    ("Stuttgart", 70173, 70629),
    ("Düsseldorf", 40210, 40629),
    ("Freiburg im Breisgau", 79098, 79117),
    ("Heidelberg", 69115, 69126),
    ("Bremen", 28195, 28779),
]
DE_STEMS = [
    "Linden",
    "Kastanien",
    "Birken",
    "Mühlen",
    "Ahorn",
    "Eichendorff",
    "Holunder",
    "Wiesen",
    "Brunnen",
    "Fichten",
    "Schlehen",
    "Quitten",
    "Rotdorn",
    "Weidenhof",
    "Lerchen",
    "Pappel",
]
DE_SUFFIX = [
    "straße",
    "str.",
    "weg",
    "allee",
    "platz",
    "ring",
    "gasse",
    "damm",
    "ufer",
    "steig",
    "pfad",
    "Straße",
]
DE_ADJ = [
    "Dessauer",
    "Strausberger",
    "Frankfurter",
    "Kieler",
    "Lübecker",
    "Potsdamer",
    "Wittenberger",
    "Hamelner",
    "Bautzener",
    "Zwickauer",
    "Göppinger",
    "Soester",
]
DE_TYPE_WORD = [
    "Straße",
    "Str.",
    "Allee",
    "Platz",
    "Ring",
    "Damm",
    "Ufer",
    "Weg",
    "Chaussee",
    "Promenade",
    "Markt",
    "Kai",
    "Steig",
]
DE_PERSON = [
    "Käthe-Kollwitz",
    "Konrad-Zuse",
    "Clara-Zetkin",
    "Heinrich-Heine",
    "Lise-Meitner",
    "Hedwig-Dohm",
]
DE_PREP = [
    ("Am", "Kupfergraben"),
    ("An der", "Alster"),
    ("Im", "Winkelfeld"),
    ("Auf dem", "Hollerberg"),
    ("Zum", "Lindenhof"),
    ("In den", "Rebgärten"),
    ("Hinter der", "Stadtmauer"),
    ("Unter den", "Ulmen"),
]


def _de_street(rng):
    kind = rng.randrange(4)
    if kind == 0:
        stem, suf = rng.choice(DE_STEMS), rng.choice(DE_SUFFIX)
        if suf == "Straße":
            name = f"{stem} Straße" if rng.random() < 0.2 else f"{stem}straße"
        else:
            name = stem + suf
        return name, [name.split()[0].rstrip(".")]
    if kind == 1:
        adj = rng.choice(DE_ADJ)
        return f"{adj} {rng.choice(DE_TYPE_WORD)}", [adj]
    if kind == 2:
        person = rng.choice(DE_PERSON)
        typ = rng.choice(["Straße", "Platz", "Weg", "Ring", "Allee"])
        return f"{person}-{typ}", person.split("-")
    prep, noun = rng.choice(DE_PREP)
    return f"{prep} {noun}", [noun]


def addr_de(rng):
    city, lo, hi = rng.choice(DE_CITIES)
    plz = f"{rng.randint(lo, hi):05d}"
    name, tokens = _de_street(rng)
    num = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b', ' a', '-14', '/1'])}"
    form = rng.randrange(6)
    extra = rng.choice(["3. OG", "Hinterhaus", "Whg. 12", "2. Etage links", "Aufgang B"])
    text = [
        f"{name} {num}, {plz} {city}",
        f"{name} {num}\n{plz} {city}",
        f"{name} {num}, {extra}, {plz} {city}",
        f"c/o Atelier Nord, {name} {num}, D-{plz} {city}",
        f"{name} {num} in {plz} {city}",
        f"{name} {num}",
    ][form]
    text = _case(rng, text)
    return text, _shown(tokens, text), (plz if form < 5 else "")


# --- France (La Poste, NF Z10-011) ----------------------------------------------------------------

FR_CITIES = [
    ("Paris", 75001, 75020),
    ("Lyon", 69001, 69009),
    ("Marseille", 13001, 13016),
    ("Toulouse", 31000, 31500),
    ("Nantes", 44000, 44300),
    ("Bordeaux", 33000, 33800),
    ("Lille", 59000, 59800),
    ("Strasbourg", 67000, 67200),
    ("Rennes", 35000, 35700),
    ("Montpellier", 34000, 34090),
    ("Grenoble", 38000, 38100),
    ("Nice", 6000, 6300),
]
FR_TYPES = [
    "rue",
    "avenue",
    "av.",
    "boulevard",
    "bd",
    "place",
    "pl.",
    "allée",
    "impasse",
    "chemin",
    "quai",
    "cours",
    "square",
    "passage",
    "venelle",
    "voie",
    "parc",
    "promenade",
    "prom.",
    "route",
    "sentier",
    "cité",
    "villa",
    "hameau",
    "rond-point",
    "esplanade",
    "faubourg",
    "montée",
    "traverse",
    "mail",
]
FR_NAMES = [
    "des Glycines",
    "du Moulin-Vert",
    "de la Verrerie",
    "des Tanneurs",
    "Lamartine",
    "des Capucins",
    "Émile-Zola",
    "des Orfèvres",
    "des Acacias",
    "du Vieux-Colombier",
    "Pasteur",
    "des Brotteaux",
    "Condorcet",
    "des Tilleuls",
    "Paul-Bert",
    "de la Chaussée-d'Antin",
    "des Ursulines",
    "Saint-Exupéry",
    "Mirabeau",
    "des Maraîchers",
]
FR_DROP = {"saint", "sainte", "hôtel", "ville", "vieux", "vert"}


def addr_fr(rng):
    city, lo, hi = rng.choice(FR_CITIES)
    cp = f"{rng.randint(lo, hi):05d}"
    name = rng.choice(FR_NAMES)
    typ = rng.choice(FR_TYPES)
    if rng.random() < 0.2:
        typ = typ.capitalize()
    num = f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' bis', ' ter', 'B'])}"
    sep = rng.choice([" ", ", "])
    form = rng.randrange(6)
    cedex = f" Cedex {rng.randint(1, 20):02d}" if rng.random() < 0.1 else ""
    text = [
        f"{num}{sep}{typ} {name}, {cp} {city}{cedex}",
        f"{num} {typ} {name}\n{cp} {city.upper()}",
        f"Bât. {rng.choice('ABCD')}, {rng.randint(1, 8)}e étage, {num} {typ} {name}, {cp} {city}",
        f"{num}{sep}{typ} {name} – {cp} {city}",
        f"{num}{sep}{typ} {name}, F-{cp} {city}",
        f"{num}{sep}{typ} {name}",
    ][form]
    text = _case(rng, text)
    return text, _shown(_tokens(name, FR_DROP), text), (cp if form < 5 else "")


# --- Italy (Poste Italiane) -----------------------------------------------------------------------

IT_CITIES = [
    ("Roma", "RM", 118, 199),
    ("Milano", "MI", 20121, 20162),
    ("Torino", "TO", 10121, 10156),
    ("Firenze", "FI", 50121, 50145),
    ("Napoli", "NA", 80121, 80147),
    ("Bologna", "BO", 40121, 40141),
    ("Venezia", "VE", 30121, 30176),
    ("Genova", "GE", 16121, 16167),
    ("Palermo", "PA", 90121, 90151),
    ("Bari", "BA", 70121, 70132),
]
IT_TYPES = [
    "Via",
    "Viale",
    "V.le",
    "Piazza",
    "P.zza",
    "Piazzale",
    "Corso",
    "C.so",
    "Largo",
    "Vicolo",
    "Strada",
    "Contrada",
    "Borgo",
    "Salita",
    "via",
    "viale",
    "piazza",
    "corso",
]
IT_NAMES = [
    "dei Cestari",
    "degli Ortolani",
    "delle Acacie",
    "del Cedrone",
    "Garibaldi",
    "Mazzini",
    "Cavour",
    "della Spiga",
    "dei Mille",
    "Matteotti",
    "Solferino",
    "dell'Indipendenza",
    "di Porta Tufi",
    "delle Belle Arti",
    "Fratelli Bandiera",
    "Aurelio Saffi",
    "San Vitale",
    "dei Serragli",
    "Carducci",
    "degli Scipioni",
]
IT_DROP = {"san", "santa", "porta", "fratelli", "belle"}


def addr_it(rng):
    city, prov, lo, hi = rng.choice(IT_CITIES)
    cap = f"{rng.randint(lo, hi):05d}"
    name = rng.choice(IT_NAMES)
    typ = rng.choice(IT_TYPES)
    num = f"{rng.randint(1, 220)}{rng.choice(['', '', '', '/A', '/B', ' bis', 'r'])}"
    form = rng.randrange(6)
    text = [
        f"{typ} {name} {num}, {cap} {city} {prov}",
        f"{typ} {name}, {num} - {cap} {city} ({prov})",
        f"{typ} {name} n. {num}, scala {rng.choice('ABC')}, int. {rng.randint(1, 30)}"
        f"\n{cap} {city}",
        f"c/o Studio Associato, {typ} {name} {num}, {cap} {city}",
        f"{typ} {name} {num} – {cap} {city.upper()} ({prov})",
        f"{typ} {name} {num}",
    ][form]
    text = _case(rng, text)
    return text, _shown(_tokens(name, IT_DROP), text), (cap if form < 5 else "")


# --- Spain (Correos) ------------------------------------------------------------------------------

ES_CITIES = [
    ("Madrid", 28001, 28080, "es"),
    ("Barcelona", 8001, 8042, "ca"),
    ("Valencia", 46001, 46026, "es"),
    ("Sevilla", 41001, 41020, "es"),
    ("Santiago de Compostela", 15701, 15707, "gl"),
    ("Málaga", 29001, 29018, "es"),
    ("Bilbao", 48001, 48015, "es"),
    ("Zaragoza", 50001, 50018, "es"),
    ("Vigo", 36201, 36216, "gl"),
    ("Granada", 18001, 18014, "es"),
]
ES_TYPES = {
    "es": [
        "Calle",
        "C/",
        "c/",
        "Avenida",
        "Avda.",
        "Av.",
        "Paseo",
        "Pº",
        "Plaza",
        "Pza.",
        "Ronda",
        "Travesía",
        "Camino",
        "Glorieta",
        "calle",
        "avenida",
    ],
    "ca": ["Carrer", "C/", "Passeig", "Avinguda", "Plaça", "carrer"],
    "gl": ["Rúa", "rúa", "Avenida", "Praza", "Rúa", "Travesía"],
}
ES_NAMES = {
    "es": [
        "de Hortaleza",
        "del Conde Duque",
        "de la Princesa",
        "de Santa Engracia",
        "de Fuencarral",
        "del Arenal",
        "de Blasco Ibáñez",
        "de las Delicias",
        "del Marqués de Larios",
        "de Zurbarán",
        "Sierpes",
        "de Almagro",
    ],
    "ca": [
        "de Verdi",
        "de Sant Joan",
        "de Gràcia",
        "del Rosselló",
        "de Pau Claris",
        "de la Diputació",
    ],
    "gl": ["do Franco", "das Hortas", "do Vilar", "de San Pedro", "da Raíña", "do Preguntoiro"],
}
ES_DROP = {"santa", "sant", "san", "conde", "marqués"}


def addr_es(rng):
    city, lo, hi, lang = rng.choice(ES_CITIES)
    cp = f"{rng.randint(lo, hi):05d}"
    typ = rng.choice(ES_TYPES[lang])
    name = rng.choice(ES_NAMES[lang])
    num = rng.choice([str(rng.randint(1, 250)), str(rng.randint(1, 250)), "s/n"])
    floor = rng.choice(
        [
            "3º B",
            "2.º 1.ª",
            "bajo",
            "ático",
            "4º izda.",
            "1º dcha.",
            "piso 5, puerta 2",
            "esc. B, 6º",
        ]
    )
    join = " " if typ in {"C/", "c/"} and rng.random() < 0.5 else " "
    form = rng.randrange(5)
    text = [
        f"{typ}{join}{name}, {num}, {floor}, {cp} {city}",
        f"{typ} {name} {num}\n{cp} {city}",
        f"{typ} {name}, nº {num} - {cp} {city.upper()}",
        f"{typ} {name}, {num} ({cp} {city})",
        f"{typ} {name}, {num}, {floor}",
    ][form]
    text = _case(rng, text)
    return text, _shown(_tokens(name, ES_DROP), text), (cp if form < 4 else "")


# --- Brazil (Correios) ----------------------------------------------------------------------------

BR_CITIES = [
    ("São Paulo", "SP", 1000, 5999),
    ("Rio de Janeiro", "RJ", 20000, 23799),
    ("Belo Horizonte", "MG", 30000, 31999),
    ("Porto Alegre", "RS", 90000, 91999),
    ("Curitiba", "PR", 80000, 82999),
    ("Salvador", "BA", 40000, 42599),
    ("Recife", "PE", 50000, 52999),
    ("Fortaleza", "CE", 60000, 61599),
    ("Brasília", "DF", 70000, 72799),
    ("Florianópolis", "SC", 88000, 88099),
]
BR_TYPES = [
    "Rua",
    "R.",
    "Avenida",
    "Av.",
    "Alameda",
    "Al.",
    "Travessa",
    "Tv.",
    "Praça",
    "Estrada",
    "Rodovia",
    "Largo",
    "Ladeira",
    "rua",
    "avenida",
]
BR_NAMES = [
    "Oscar Freire",
    "das Laranjeiras",
    "Haddock Lobo",
    "Visconde de Pirajá",
    "Barão de Itapetininga",
    "dos Andradas",
    "Marechal Deodoro",
    "Bento Gonçalves",
    "Padre Chagas",
    "Conselheiro Laurindo",
    "Treze de Maio",
    "dos Otoni",
    "Cônego Eugênio Leite",
    "Dom Pedrito",
    "das Palmeiras Imperiais",
    "Jaguaribe",
]
BR_DROP = {"barão", "visconde", "marechal", "padre", "conselheiro", "dom", "cônego"}
BR_BAIRROS = [
    "Jardins",
    "Pinheiros",
    "Botafogo",
    "Savassi",
    "Moinhos de Vento",
    "Batel",
    "Boa Viagem",
    "Meireles",
    "Asa Sul",
    "Centro",
]


def addr_br(rng):
    city, uf, lo, hi = rng.choice(BR_CITIES)
    cep = f"{rng.randint(lo, hi):05d}-{rng.randint(0, 999):03d}"
    if rng.random() < 0.2:
        cep = cep.replace("-", "")
    typ = rng.choice(BR_TYPES)
    name = rng.choice(BR_NAMES)
    num = rng.choice([str(rng.randint(1, 3200)), str(rng.randint(1, 3200)), "s/n"])
    comp = rng.choice(
        [
            f"apto {rng.randint(11, 1804)}",
            f"ap. {rng.randint(11, 304)}",
            f"bloco {rng.choice('ABC')}, ap. {rng.randint(11, 304)}",
            f"sala {rng.randint(101, 2210)}",
            f"conj. {rng.randint(11, 141)}",
        ]
    )
    bairro = rng.choice(BR_BAIRROS)
    form = rng.randrange(6)
    text = [
        f"{typ} {name}, {num}, {comp} - {bairro}, {city} - {uf}, {cep}",
        f"{typ} {name}, {num} - {bairro}, {city}/{uf} - CEP {cep}",
        f"{typ} {name} {num}, {comp}\n{bairro} – {city}/{uf}\nCEP: {cep}",
        f"{typ} {name}, {num} – {city} ({uf}) – {cep}",
        f"CEP {cep} – {typ} {name}, {num}",
        f"{typ} {name}, {num}, {comp}",
    ][form]
    text = _case(rng, text)
    return text, _shown(_tokens(name, BR_DROP), text), (cep if form < 5 else "")


# --- Netherlands (PostNL) -------------------------------------------------------------------------

NL_CITIES = [
    ("Amsterdam", 1011, 1109),
    ("Rotterdam", 3011, 3089),
    ("Den Haag", 2491, 2597),
    ("Utrecht", 3511, 3585),
    ("Groningen", 9711, 9747),
    ("Leeuwarden", 8911, 8939),
    ("Eindhoven", 5611, 5658),
    ("Maastricht", 6211, 6229),
    ("Haarlem", 2011, 2037),
    ("Nijmegen", 6511, 6546),
    ("Delft", 2611, 2629),
    ("Zwolle", 8011, 8043),
]
NL_STEMS = [
    "Keizers",
    "Heeren",
    "Linden",
    "Kastanje",
    "Molen",
    "Vondel",
    "Rembrandt",
    "Scheltema",
    "Berken",
    "Tulp",
    "Hooft",
    "Spaarne",
    "Dorps",
    "Nassau",
    "Beuken",
    "Haver",
    "Graan",
    "Wilhelmina",
    "Lijnbaans",
    "Zuidwal",
]
NL_SUFFIX = [
    "straat",
    "weg",
    "laan",
    "gracht",
    "plein",
    "kade",
    "singel",
    "dijk",
    "hof",
    "pad",
    "dreef",
    "plantsoen",
    "steeg",
    "markt",
    "state",
    "erf",
    "wal",
    "burg",
    "veld",
]
NL_MULTI = [
    ("Burgemeester de Withstraat", ["Withstraat"]),
    ("Van Baerlestraat", ["Baerlestraat"]),
    ("Nieuwe Binnenweg", ["Binnenweg"]),
    ("Lange Voorhout", ["Voorhout"]),
    ("Jan Pieterszoon Coenstraat", ["Pieterszoon", "Coenstraat"]),
    ("Oudezijds Voorburgwal", ["Oudezijds", "Voorburgwal"]),
    ("Eerste Constantijn Huygensstraat", ["Constantijn", "Huygensstraat"]),
    ("Dr. Lelylaan", ["Lelylaan"]),
    ("Prins Hendrikkade", ["Hendrikkade"]),
]
NL_LETTERS = "ABCDEGHJKLMNPRTVWXZ"


def addr_nl(rng):
    city, lo, hi = rng.choice(NL_CITIES)
    letters = rng.choice(NL_LETTERS) + rng.choice(NL_LETTERS)
    pc = (
        f"{rng.randint(lo, hi)} {letters}"
        if rng.random() < 0.75
        else f"{rng.randint(lo, hi)}{letters}"
    )
    if rng.random() < 0.4:
        name, tokens = rng.choice(NL_MULTI)
    else:
        name = rng.choice(NL_STEMS) + rng.choice(NL_SUFFIX)
        tokens = [name]
    num = f"{rng.randint(1, 400)}{rng.choice(['', '', '', 'A', '-2', '-III', ' hs', 'bis', '-1'])}"
    form = rng.randrange(5)
    text = [
        f"{name} {num}, {pc} {city}",
        f"{name} {num}\n{pc} {city.upper()}",
        f"{name} {num} | {pc} {city}",
        f"{pc} {city}, {name} {num}",
        f"{name} {num}",
    ][form]
    text = _case(rng, text)
    return text, _shown(tokens, text), (pc if form < 4 else "")


ADDRESS = {
    "en_US": addr_us,
    "en_GB": addr_gb,
    "en_AU": addr_au,
    "en_CA": addr_ca,
    "en_IN": addr_in,
    "de_DE": addr_de,
    "fr_FR": addr_fr,
    "it_IT": addr_it,
    "es_ES": addr_es,
    "pt_BR": addr_br,
    "nl_NL": addr_nl,
}

CITIES = {
    "en_US": [c for c, _, _ in US_CITIES],
    "en_GB": sorted({c for c, _ in GB_CITIES}),
    "en_AU": [c for c, _, _ in AU_SUBURBS],
    "en_CA": [c for c, _, _ in CA_CITIES],
    "en_IN": [c for c, _, _ in IN_CITIES],
    "de_DE": [c for c, _, _ in DE_CITIES],
    "fr_FR": [c for c, _, _ in FR_CITIES],
    "it_IT": [c for c, _, _, _ in IT_CITIES],
    "es_ES": [c for c, _, _, _ in ES_CITIES],
    "pt_BR": [c for c, _, _, _ in BR_CITIES],
    "nl_NL": [c for c, _, _ in NL_CITIES],
}
