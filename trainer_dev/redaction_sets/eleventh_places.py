"""Streets, towns and postal formats for the eleventh set (written from each postal standard).

Each `address(locale, rng)` returns a dict of written parts: street line, postcode, town line and
several written forms (full, full_multiline, street, postcode_town), and the street tokens.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.eleventh_towns import TOWNS

STREETS = {
    "en_US": (
        "Maple Ave",
        "Oak Street",
        "Elm St",
        "Pine Ridge Rd",
        "Lincoln Blvd",
        "Martin Luther King Jr Blvd",
        "Sunset Dr",
        "Cedar Ln",
        "Willow Creek Ct",
        "Washington Ave",
        "Magnolia Way",
        "Hawthorne Pl",
        "Juniper Terrace",
        "Bayview Dr",
    ),
    "en_GB": (
        "Rosebery Road",
        "Victoria St",
        "Elm Grove",
        "Kingsley Avenue",
        "Mill Lane",
        "Ashton Close",
        "Beech Crescent",
        "Gladstone Terrace",
        "Lark Rise",
        "Nelson Row",
        "Hollybush Gardens",
        "Wellington Road",
        "Tennyson Way",
        "Brunswick Square",
    ),
    "en_IE": (
        "Ashfield Park",
        "Glenageary Road",
        "Main Street",
        "Castle Avenue",
        "Seaview Terrace",
        "Parnell Square",
        "Dominick St",
        "Church View",
        "Oakwood Drive",
        "Clonskeagh Road",
        "Beechwood Lawn",
        "Mountjoy Court",
        "Strand Road",
        "Ard na Gréine",
    ),
    "en_IN": (
        "MG Road",
        "Residency Road",
        "Linking Road",
        "Anna Salai",
        "Nehru Marg",
        "Brigade Road",
        "Lokhandwala Complex Road",
        "Banjara Hills Road",
        "Carter Road",
        "Subhash Chandra Bose Road",
        "Hosur Road",
        "Sarjapur Road",
    ),
    "en_AU": (
        "Banksia St",
        "Wattle Avenue",
        "Jacaranda Cres",
        "Bourke St",
        "Chapel Street",
        "Ocean Parade",
        "Kookaburra Ct",
        "Station Street",
        "Darling Street",
        "Grevillea Way",
        "Lygon St",
        "Brunswick Rd",
        "Anzac Parade",
        "Bluegum Close",
    ),
    "en_CA": (
        "Queen St W",
        "Maple Grove Dr",
        "Rue Saint-Denis",
        "Bloor St E",
        "Granville St",
        "Portage Ave",
        "Spring Garden Rd",
        "Jasper Avenue",
        "Boul. René-Lévesque",
        "Lakeshore Blvd",
        "Wellington St",
        "Birch Cres",
        "Tecumseh Rd",
        "Côte-des-Neiges",
    ),
    "de_DE": (
        "Lindenstraße",
        "Hauptstr.",
        "Bahnhofstraße",
        "Am Mühlbach",
        "Goethestraße",
        "Kastanienallee",
        "Schillerplatz",
        "Bergmannstr.",
        "Gartenweg",
        "Friedrich-Ebert-Str.",
        "Im Winkel",
        "An der Alster",
        "Rosenheimer Straße",
        "Sonnenbergweg",
        "Eichendorffring",
    ),
    "fr_FR": (
        "rue des Lilas",
        "avenue Victor Hugo",
        "bd Voltaire",
        "allée des Tilleuls",
        "rue du Faubourg Saint-Antoine",
        "impasse du Moulin",
        "place de la République",
        "rue Jean Jaurès",
        "chemin des Vignes",
        "quai de la Loire",
        "rue de la Paix",
        "cours Gambetta",
        "avenue des Acacias",
        "rue Pasteur",
    ),
    "es_ES": (
        "C/ Mayor",
        "Calle de Alcalá",
        "Avda. Diagonal",
        "Carrer de Mallorca",
        "Calle Sierpes",
        "Paseo de la Castellana",
        "Calle Gran Vía",
        "Avenida de América",
        "Calle del Pez",
        "Plaza del Pilar",
        "Rúa do Vilar",
        "Calle Larios",
        "C/ Colón",
        "Calle Ercilla",
    ),
    "it_IT": (
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Piazza della Repubblica",
        "Viale Monza",
        "Via dei Mille",
        "Via Roma",
        "Via Nazionale",
        "Via Tiburtina",
        "Borgo San Frediano",
        "Via Toledo",
        "Largo Augusto",
        "Via Indipendenza",
        "Vicolo del Cinque",
        "Via Sparano",
    ),
    "nl_NL": (
        "Prinsengracht",
        "Kerkstraat",
        "Dorpsstraat",
        "Oudegracht",
        "Stationsweg",
        "Lange Voorhout",
        "Molenstraat",
        "Wilhelminalaan",
        "Burgemeester Reigerstraat",
        "Zeedijk",
        "Julianastraat",
        "Van Woustraat",
        "Spui",
        "Herengracht",
    ),
    "pt_BR": (
        "Rua das Flores",
        "Av. Paulista",
        "Rua Augusta",
        "Rua Oscar Freire",
        "Avenida Atlântica",
        "Rua Voluntários da Pátria",
        "Rua XV de Novembro",
        "Av. Sete de Setembro",
        "Rua dos Andradas",
        "Rua Harmonia",
        "Travessa do Ouvidor",
        "Rua Barão de Itapetininga",
        "Alameda Santos",
        "Rua da Aurora",
    ),
}

_UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"
_NL_L = "ABCDEGHJKLMNPRSTVWXZ"
_EIR = "ACDEFHKNPRTVWXY"


def _house(rng: random.Random, locale: str) -> str:
    if locale in ("en_US", "en_CA"):
        n = rng.choice((rng.randint(10, 999), rng.randint(100, 9999), rng.randint(1000, 24999)))
    else:
        n = rng.choice((rng.randint(2, 99), rng.randint(10, 99), rng.randint(10, 260)))
    if locale in ("de_DE", "nl_NL") and rng.random() < 0.2:
        return f"{n}{rng.choice('abc')}"
    if locale == "fr_FR" and rng.random() < 0.15:
        return f"{n} bis"
    return str(n)


def _postcode(locale: str, town: tuple, rng: random.Random) -> str:
    r = rng.randint
    if locale == "en_US":
        z = f"{town[2]}{r(0, 99):02d}"
        return z + (f"-{r(1000, 9999)}" if rng.random() < 0.25 else "")
    if locale == "en_GB":
        area = town[1]
        dist = str(r(1, 28))
        inward = f"{r(1, 9)}{rng.choice(_UK_IN)}{rng.choice(_UK_IN)}"
        return f"{area}{dist} {inward}"
    if locale == "en_IE":
        uid = rng.choice(_EIR) + "".join(rng.choice(_EIR + "0123456789") for _ in range(3))
        return f"{town[1]} {uid}"
    if locale == "en_IN":
        pin = f"{town[1]}{r(1, 99):03d}"
        return pin if rng.random() < 0.7 else f"{pin[:3]} {pin[3:]}"
    if locale == "en_AU":
        return town[2]
    if locale == "en_CA":
        return f"{town[2]}{rng.choice(_CA_L)} {r(1, 9)}{rng.choice(_CA_L)}{r(0, 9)}"
    if locale == "nl_NL":
        pc = r(town[1], town[2])
        letters = rng.choice(_NL_L) + rng.choice(_NL_L)
        while letters in ("SA", "SD", "SS"):
            letters = rng.choice(_NL_L) + rng.choice(_NL_L)
        return f"{pc} {letters}" if rng.random() < 0.8 else f"{pc}{letters}"
    if locale == "pt_BR":
        return f"{r(town[2], town[3]):05d}-{r(0, 999):03d}"
    if locale == "fr_FR":
        lo, hi = town[1], town[2]
        return f"{lo + 100 * r(0, (hi - lo) // 100):05d}" if hi - lo >= 100 else f"{r(lo, hi):05d}"
    return f"{r(town[1], town[2]):05d}"


def address(locale: str, rng: random.Random) -> dict:
    street = rng.choice(STREETS[locale])
    town = rng.choice(TOWNS[locale])
    no = _house(rng, locale)
    pc = _postcode(locale, town, rng)
    name = town[0]
    unit = ""
    if locale == "en_US":
        line = f"{no} {street}"
        unit = rng.choice(("", "", f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", ", Unit 4"))
        town_line = f"{name}, {town[1]} {pc}"
    elif locale == "en_GB":
        line = f"{no} {street}"
        unit = rng.choice(("", "", f"Flat {rng.randint(1, 9)}, "))
        town_line = f"{name} {pc}"
    elif locale == "en_IE":
        line = f"{no} {street}"
        town_line = f"{name}, {pc}" if rng.random() < 0.5 else f"{name} {pc}"
    elif locale == "en_IN":
        line = rng.choice((f"#{no}, {street}", f"{no}, {street}", f"No. {no}, {street}"))
        unit = rng.choice(("", f"Flat {rng.randint(1, 9)}0{rng.randint(1, 4)}, "))
        town_line = f"{name} - {pc}" if rng.random() < 0.5 else f"{name} {pc}"
    elif locale == "en_AU":
        line = f"{no} {street}"
        if rng.random() < 0.3:
            line = f"{rng.randint(1, 12)}/{no} {street}"
        town_line = f"{name} {town[1]} {pc}"
    elif locale == "en_CA":
        line = f"{no} {street}"
        town_line = f"{name}, {town[1]} {pc}" if rng.random() < 0.6 else f"{name} {town[1]}  {pc}"
    elif locale == "de_DE":
        line = f"{street} {no}"
        town_line = f"{pc} {name}"
    elif locale == "fr_FR":
        line = f"{no}, {street}" if rng.random() < 0.3 else f"{no} {street}"
        town_line = f"{pc} {name}" if rng.random() < 0.7 else f"{pc} {name.upper()}"
    elif locale == "es_ES":
        line = f"{street}, {no}" if rng.random() < 0.6 else f"{street} {no}"
        unit = rng.choice(
            ("", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", ", 2º izq.", ", bajo")
        )
        town_line = f"{pc} {name}"
    elif locale == "it_IT":
        line = f"{street} {no}" if rng.random() < 0.6 else f"{street}, {no}"
        town_line = f"{pc} {name}" + rng.choice(("", f" ({town[3]})", f" {town[3]}"))
    elif locale == "nl_NL":
        line = f"{street} {no}"
        town_line = f"{pc} {name}" if rng.random() < 0.7 else f"{pc}  {name.upper()}"
    else:
        line = f"{street}, {no}"
        unit = rng.choice(("", f", apto {rng.randint(1, 20)}{rng.randint(1, 4)}", ", casa 2"))
        town_line = (
            f"{town[4]}, {name} - {town[1]}, {pc}"
            if rng.random() < 0.5
            else f"{name}/{town[1]}, CEP {pc}"
        )
    if locale in ("en_GB", "en_IN"):
        street_full = unit + line
    else:
        street_full = line + unit
    return {
        "street": street,
        "number": no,
        "postcode": pc,
        "town": name,
        "street_line": street_full,
        "town_line": town_line,
        "full": f"{street_full}, {town_line}",
        "full_multiline": f"{street_full}\n{town_line}",
    }
