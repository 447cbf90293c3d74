"""Postal addresses for the fifth held-out set, one writer per national postal standard.

Each writer returns (full_address, street_line, postcode_town, street_tokens, postcode), so
the set can label full addresses, street-only mentions and postcode-town mentions. Street
tokens are the name-bearing words of the street (never the street type or a particle).
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

import random
import string

from .fifth_names import PARTICLES

STREET_TYPES = {
    "street", "st", "road", "rd", "ave", "lane", "ln", "drive", "dr", "crescent", "cres",
    "place", "pl", "terrace", "tce", "court", "ct", "close", "way", "parade", "boulevard", "blvd",
    "row", "square", "sq", "gardens", "grove", "mews", "walk", "hill", "park", "highway", "hwy",
    "nw", "ne", "sw", "se", "n", "s", "e", "w", "west", "east", "north", "south", "apt", "suite",
    "unit", "flat", "floor", "main", "cross", "layout", "nagar", "marg",
    "rue", "avenue", "allée", "chemin", "impasse", "quai", "bis", "ter", "cedex", "bd",
    "via", "viale", "piazza", "corso", "largo", "vicolo", "piazzale",
    "calle", "c/", "avda.", "avenida", "paseo", "plaza", "camino", "ronda", "travesía", "piso",
    "rua", "av.", "alameda", "travessa", "praça", "rodovia", "apto", "sala", "bloco",
    "straße", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer",
    "laan", "straat", "plein", "gracht", "kade", "singel", "dijk", "steeg",
    "saint", "st.", "sainte", "san", "santa", "são", "dom", "dos", "das", "del", "degli", "dei",
    "delle", "della", "de", "la", "le", "les", "du", "des", "am", "an", "der", "im", "zum", "zur",
    "hills", "padre", "barão", "visconde", "dona", "mont", "royal", "nieuwe", "lange", "oude",
    "grote", "kleine", "oost", "noord", "zuid", "hauptstraße", "landstraße", "hospital", "mission",
    "bridge", "faubourg", "mayor", "prestige", "brigade", "gateway",
}


_SEP = [", ", "\n"]
_SEP3 = [", ", "\n", " - "]


def street_tokens(street_name: str) -> list[str]:
    out = []
    for raw in street_name.replace("-", " ").replace("/", " ").split():
        word = raw.strip(",.'’")
        low = word.lower()
        if low in STREET_TYPES or low in PARTICLES or len(word) < 3 or any(c.isdigit() for c in word):
            continue
        out.append(word)
    return out


def _pick(rng: random.Random, text: str) -> str:
    return rng.choice([w.strip() for w in text.split("|")])


def _num(rng: random.Random, hi: int = 180) -> int:
    return rng.randint(1, hi)


def de(rng):
    street = _pick(rng, "Friedrichstraße|Schönhauser Allee|Sonnenallee|Kaiserdamm|Leopoldstraße|"
        "Am Sandtorkai|Hohenzollernring|Schwanthalerstraße|Berger Straße|Kastanienallee|Eppendorfer Weg|"
        "Königstraße|Ottenser Hauptstraße|Lindenthalgürtel|Bockenheimer Landstraße|Prinzregentenstraße")
    town, pc = rng.choice([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
        ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Leipzig", "04"), ("Dresden", "01"),
        ("Bremen", "28"), ("Freiburg im Breisgau", "791")])  # fmt: skip
    postcode = pc + "".join(rng.choice("0123456789") for _ in range(5 - len(pc)))
    line = f"{street} {_num(rng)}{rng.choice(['', '', 'a', 'b'])}"
    if rng.random() < 0.3:
        full = f"{line}, {rng.choice(['2. OG', 'Hinterhaus', 'c/o Coworking'])}, {postcode} {town}"
    else:
        full = f"{line}{rng.choice(_SEP)}{postcode} {town}"
    return full, line, f"{postcode} {town}", street_tokens(street), postcode


def au(rng):
    name = _pick(rng, "Wattle|Bungaree|Kurrajong|Flinders|Hindmarsh|Macquarie|Yarraman|Boronia|"
        "Collingwood|Glenferrie|Woolloomooloo|Coonara|Ballarat")
    kind = rng.choice(["Street", "St", "Road", "Rd", "Parade", "Crescent", "Tce", "Avenue"])
    suburb, state, pc = rng.choice([("SURRY HILLS", "NSW", "2010"), ("PARRAMATTA", "NSW", "2150"),
        ("FITZROY", "VIC", "3065"), ("BRUNSWICK EAST", "VIC", "3057"), ("FORTITUDE VALLEY", "QLD", "4006"),
        ("SUBIACO", "WA", "6008"), ("NORWOOD", "SA", "5067"), ("BATTERY POINT", "TAS", "7004"),
        ("BRADDON", "ACT", "2612"), ("NEWTOWN", "NSW", "2042")])  # fmt: skip
    unit = rng.choice(["", "", f"Unit {rng.randint(1, 40)}, ", f"{rng.randint(1, 40)}/"])
    line = f"{unit}{_num(rng, 300)} {name} {kind}"
    sub = suburb if rng.random() < 0.7 else suburb.title()
    sep = rng.choice(["\n", ", ", " "])
    return f"{line}{sep}{sub} {state} {pc}", line, f"{sub} {state} {pc}", [name], pc


_CA_LET = "ABCEGHJKLMNPRSTVXY"


def ca(rng):
    city, prov, first = rng.choice([("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"),
        ("Québec", "QC", "G"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"),
        ("Halifax", "NS", "B"), ("Saskatoon", "SK", "S"), ("Moncton", "NB", "E")])  # fmt: skip
    pc = f"{first}{rng.randint(1, 9)}{rng.choice(_CA_LET)} {rng.randint(0, 9)}{rng.choice(_CA_LET)}{rng.randint(0, 9)}"
    if prov == "QC" and rng.random() < 0.7:
        name = _pick(rng, "Sherbrooke|Saint-Denis|Laurier|des Pins|Beaubien|Saint-Laurent|Maisonneuve")
        typ = rng.choice(["rue", "boulevard", "avenue"])
        line = f"{_num(rng, 4000)}, {typ} {name}" + rng.choice(["", f", bureau {rng.randint(100, 900)}"])
        words = name
    else:
        name = _pick(rng, "Spadina|Dundas|Bathurst|Granville|Kingsway|Portage|Ossington|Cabot|Yonge|Macleod")
        typ = rng.choice(["Avenue", "Street", "St", "Ave", "Road", "Trail"])
        line = f"{rng.choice(['', '', f'{rng.randint(101, 2400)}-'])}{_num(rng, 4000)} {name} {typ}"
        line += rng.choice(["", "", " W", " E", " NW"])
        words = name
    tail = f"{city} {prov} {pc}" if rng.random() < 0.6 else f"{city}, {prov}  {pc}"
    return f"{line}{rng.choice(_SEP)}{tail}", line, tail, street_tokens(words), pc


def _uk_inward(rng):
    return f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def gb(rng):
    town, outward = rng.choice([("LONDON", rng.choice(["SE15", "N16", "E8", "SW11", "NW5", "EC1V"])),
        ("MANCHESTER", "M4"), ("LEEDS", "LS6"), ("BRISTOL", "BS3"), ("EDINBURGH", "EH6"),
        ("CARDIFF", "CF24"), ("GLASGOW", "G12"), ("YORK", "YO31"), ("BRIGHTON", "BN2")])  # fmt: skip
    pc = f"{outward} {_uk_inward(rng)}"
    name = _pick(rng, "Bellenden|Stoke Newington|Ashbourne|Cheltenham|Gloucester|Wilmslow|Kirkstall|"
        "Coronation|Leith|Clarendon|Byres|Marlborough|Rusholme|Tavistock")
    typ = rng.choice(["Road", "Street", "Lane", "Crescent", "Terrace", "Gardens", "Walk"])
    flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, "])
    line = f"{flat}{_num(rng, 240)} {name} {typ}"
    sep = rng.choice(["\n", ", "])
    t = town if rng.random() < 0.6 else town.title()
    return f"{line}{sep}{t}{sep}{pc}", line, f"{t} {pc}", street_tokens(name), pc


def ie(rng):
    town, key = rng.choice([("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 6W", "D6W"),
        ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"),
        ("Blackrock, Co. Dublin", "A94"), ("Kilkenny", "R95"), ("Sligo", "F91")])  # fmt: skip
    chars = "ACDEFHKNPRTVWXY0123456789"
    ident = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
    pc = f"{key} {ident}"
    name = _pick(rng, "Pembroke|Ranelagh|Harcourt|Bóthar na Trá|Drumcondra|Oliver Plunkett|Shandon|"
        "Eyre|Quay|Mardyke|Patrick")
    typ = rng.choice(["Street", "Road", "Terrace", "Square", "Avenue", "Lane"])
    if name.startswith("Bóthar"):
        street = name
        tokens = ["Trá"]
    else:
        street = f"{name} {typ}"
        tokens = street_tokens(name)
    line = f"{rng.choice(['', '', 'Apt ' + str(rng.randint(1, 30)) + ', '])}{_num(rng, 90)} {street}"
    sep = rng.choice([", ", "\n"])
    return f"{line}{sep}{town}{sep}{pc}", line, f"{town} {pc}", tokens, pc


def india(rng):
    city, state, pc = rng.choice([("Bengaluru", "Karnataka", "5600"), ("Mumbai", "Maharashtra", "4000"),
        ("Pune", "Maharashtra", "4110"), ("Chennai", "Tamil Nadu", "6000"), ("Hyderabad", "Telangana", "5000"),
        ("New Delhi", "Delhi", "1100"), ("Kolkata", "West Bengal", "7000"), ("Kochi", "Kerala", "6820")])  # fmt: skip
    pin = pc + f"{rng.randint(1, 99):02d}"
    area = _pick(rng, "Indiranagar|Koramangala|Bandra West|Kothrud|Adyar|Banjara Hills|Vasant Kunj|"
        "Salt Lake|Panampilly Nagar|Jayanagar|Malleswaram")
    road = _pick(rng, "Chinmaya Mission Hospital|Hill|Linking|Karve|Lattice Bridge|Sardar Patel|Nelson Mandela")
    house = rng.choice([f"Flat {rng.randint(101, 1204)}", f"No. {_num(rng, 300)}", f"#{_num(rng, 400)}"])
    block = _pick(rng, "Prestige Shantiniketan|Sobha Lakeview|Lodha Bellezza|Brigade Gateway|Hiranandani Gardens")
    line = f"{house}, {block}, {road} Road, {area}"
    pin_w = pin if rng.random() < 0.75 else f"{pin[:3]} {pin[3:]}"
    tail = rng.choice([f"{city} - {pin_w}", f"{city}, {state} {pin_w}", f"{city} {pin_w}, {state}"])
    return f"{line}, {tail}", line, tail, street_tokens(f"{road} {area}") + street_tokens(block), pin_w


def us(rng):
    city, st, z = rng.choice([("Austin", "TX", "787"), ("Brooklyn", "NY", "112"), ("Seattle", "WA", "981"),
        ("Denver", "CO", "802"), ("Chicago", "IL", "606"), ("Portland", "OR", "972"), ("Atlanta", "GA", "303"),
        ("Somerville", "MA", "021"), ("Oakland", "CA", "946"), ("Madison", "WI", "537")])  # fmt: skip
    zip5 = z + f"{rng.randint(1, 99):02d}"
    zipc = zip5 + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.3 else "")
    name = _pick(rng, "Guadalupe|Bedford|Aurora|Peachtree|Hawthorne|Milwaukee|Alberta|Telegraph|Somerset|"
        "Larimer|Magnolia|Wabash|Monroe")
    typ = rng.choice(["St", "Ave", "Blvd", "Dr", "Ln", "Street", "Avenue", "Rd"])
    pre = rng.choice(["", "", "N ", "W ", "SE "])
    unit = rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" Ste {rng.randint(100, 900)}",
                       f" #{rng.randint(2, 30)}"])  # fmt: skip
    line = f"{_num(rng, 9800)} {pre}{name} {typ}{unit}"
    if rng.random() < 0.3:
        line, city = line.upper(), city.upper()
    tail = f"{city}, {st} {zipc}" if rng.random() < 0.7 else f"{city} {st} {zipc}"
    return f"{line}{rng.choice(_SEP)}{tail}", line, tail, street_tokens(name), zipc


def es(rng):
    city, pc, prov = rng.choice([("Madrid", "280", ""), ("Barcelona", "080", ""), ("Valencia", "460", ""),
        ("Sevilla", "410", ""), ("Bilbao", "480", " (Bizkaia)"), ("Zaragoza", "500", ""),
        ("Málaga", "290", ""), ("A Coruña", "150", ""), ("Salamanca", "370", "")])  # fmt: skip
    postcode = pc + f"{rng.randint(1, 50):02d}"
    typ, name = rng.choice([("C/", "Fuencarral"), ("C/", "Alcalá"), ("Avda.", "de la Constitución"),
        ("Avda.", "Diagonal"), ("Calle", "Ercilla"), ("C/", "Preciados"), ("Paseo", "de Gràcia"),
        ("Plaza", "de Cervantes"), ("C/", "Sierpes"), ("Ronda", "de Atocha"), ("C/", "Larios")])  # fmt: skip
    piso = rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice(['A', 'B', 'C', 'izq.', 'dcha.'])}",
                       f", {rng.randint(1, 6)}.º {rng.randint(1, 4)}.ª", ", bajo"])  # fmt: skip
    line = f"{typ} {name}, {_num(rng, 200)}{piso}"
    tail = f"{postcode} {city}{prov}"
    return f"{line}{rng.choice(_SEP3)}{tail}", line, tail, street_tokens(name), postcode


def fr(rng):
    city, pc = rng.choice([("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Bordeaux", "330"),
        ("Lille", "590"), ("Nantes", "440"), ("Toulouse", "310"), ("Strasbourg", "670"), ("Rennes", "350")])  # fmt: skip
    postcode = pc + "".join(rng.choice("0123456789") for _ in range(5 - len(pc)))
    if city in ("Paris", "Lyon"):
        postcode = pc + f"{rng.randint(1, 9 if city == 'Lyon' else 20):0{5 - len(pc)}d}"
    name = _pick(rng, "rue Oberkampf|rue de la Roquette|boulevard Voltaire|avenue Jean Jaurès|"
        "quai des Chartrons|rue Sainte-Catherine|place Bellecour|rue du Faubourg Poissonnière|"
        "allée des Tilleuls|impasse des Lilas|cours Mirabeau|rue Nationale")
    suffix = rng.choice(["", "", "", " bis", " ter"])
    line = f"{_num(rng, 140)}{suffix} {name}"
    extra = rng.choice(["", "", f"Bâtiment {rng.choice('ABC')}, ", f"Appartement {rng.randint(2, 60)}, "])
    town = city.upper() if rng.random() < 0.6 else city
    if rng.random() < 0.15:
        tail = f"{postcode} {town.upper()} CEDEX {rng.randint(1, 20):02d}"
        line = f"BP {rng.randint(10, 999)} - {line}"
    else:
        tail = f"{postcode} {town}"
    return f"{extra}{line}{rng.choice(_SEP)}{tail}", line, tail, street_tokens(name), postcode


def it(rng):
    city, pr, cap = rng.choice([("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"),
        ("Bologna", "BO", "401"), ("Napoli", "NA", "801"), ("Firenze", "FI", "501"), ("Bari", "BA", "701"),
        ("Verona", "VR", "371"), ("Padova", "PD", "351"), ("Genova", "GE", "161")])  # fmt: skip
    postcode = cap + f"{rng.randint(0, 99):02d}"
    typ = rng.choice(["Via", "Via", "Viale", "Piazza", "Corso", "Largo"])
    name = _pick(rng, "Giuseppe Garibaldi|Alessandro Manzoni|dei Mille|Vittorio Emanuele II|Cavour|"
        "della Repubblica|Torquato Tasso|Gramsci|Brera|San Vitale|Matteotti|dell'Indipendenza")
    line = f"{typ} {name}{rng.choice([', ', ' '])}{_num(rng, 150)}{rng.choice(['', '', '/A', ' int. 4', ' scala B'])}"
    tail = f"{postcode} {city} ({pr})" if rng.random() < 0.8 else f"{postcode} {city} {pr}"
    return f"{line}{rng.choice(_SEP3)}{tail}", line, tail, street_tokens(name), postcode


def nl(rng):
    city, pc = rng.choice([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
        ("Eindhoven", "56"), ("Groningen", "97"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Leiden", "23")])  # fmt: skip
    while True:
        letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    postcode = f"{pc}{rng.randint(10, 99)} {letters}" if rng.random() < 0.85 else f"{pc}{rng.randint(10, 99)}{letters}"
    name = _pick(rng, "Keizersgracht|Oudegracht|Witte de Withstraat|Prinsengracht|Stationsplein West|"
        "Vondelstraat|Herengracht|Lange Voorhout|Stratumseind|Nieuwe Binnenweg|Zijlweg|Bisschopsweg")
    line = f"{name} {_num(rng, 400)}{rng.choice(['', '', '-2', ' A', 'hs', '-III'])}"
    town = city.upper() if rng.random() < 0.4 else city
    tail = f"{postcode} {town}" if " " in postcode else f"{postcode}  {town}"
    return f"{line}{rng.choice(_SEP)}{tail}", line, tail, street_tokens(name), postcode


def br(rng):
    city, uf, cep = rng.choice([("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"),
        ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"),
        ("Recife", "PE", "50"), ("Salvador", "BA", "40"), ("Fortaleza", "CE", "60")])  # fmt: skip
    postcode = f"{cep}{rng.randint(100, 999)}-{rng.randint(0, 999):03d}"
    typ, name = rng.choice([("Rua", "Augusta"), ("Av.", "Paulista"), ("Rua", "Voluntários da Pátria"),
        ("Avenida", "Afonso Pena"), ("Rua", "Barão de Itapetininga"), ("Alameda", "Santos"),
        ("Rua", "Visconde de Pirajá"), ("Travessa", "Dona Paula"), ("Rua", "Padre Chagas")])  # fmt: skip
    bairro = _pick(rng, "Consolação|Bela Vista|Botafogo|Savassi|Batel|Moinhos de Vento|Boa Viagem|Pinheiros")
    comp = rng.choice(["", f", apto {rng.randint(11, 184)}", f", sala {rng.randint(101, 2201)}", ", bloco B"])
    line = f"{typ} {name}, {_num(rng, 3000)}{comp}"
    tail = rng.choice([f"{bairro}, {city} - {uf}, {postcode}", f"{bairro} – {city}/{uf} – CEP {postcode}",
                       f"{city} - {uf}, {postcode}"])  # fmt: skip
    return f"{line} - {tail}", line, tail, street_tokens(name), postcode


WRITERS = {"de_DE": de, "en_AU": au, "en_CA": ca, "en_GB": gb, "en_IE": ie, "en_IN": india, "en_US": us,
           "es_ES": es, "fr_FR": fr, "it_IT": it, "nl_NL": nl, "pt_BR": br}  # fmt: skip

# Ordinary towns for free text (not PII on their own).
TOWNS = {
    "de_DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"], "en_AU": ["Sydney", "Melbourne", "Brisbane", "Perth"],
    "en_CA": ["Toronto", "Vancouver", "Montréal", "Calgary"], "en_GB": ["London", "Manchester", "Leeds", "Glasgow"],
    "en_IE": ["Dublin", "Cork", "Galway", "Limerick"], "en_IN": ["Bengaluru", "Mumbai", "Pune", "Hyderabad"],
    "en_US": ["Austin", "Chicago", "Seattle", "Boston"], "es_ES": ["Madrid", "Barcelona", "Valencia", "Bilbao"],
    "fr_FR": ["Paris", "Lyon", "Nantes", "Bordeaux"], "it_IT": ["Milano", "Roma", "Torino", "Bologna"],
    "nl_NL": ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven"], "pt_BR": ["São Paulo", "Recife", "Curitiba", "Belo Horizonte"],
}  # fmt: skip

_ = string  # kept for generators that may need alphabets
