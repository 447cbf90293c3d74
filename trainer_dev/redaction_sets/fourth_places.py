"""Phones and postal addresses per locale for the fourth held-out set.

Phone formats follow each national numbering plan (area codes, mobile ranges, trunk prefix,
international form); addresses follow each country's postal addressing standard (element
order, unit/floor parts, postcode shape, the upper-case form postal operators ask for).
Every address builder returns ``(text, street_tokens, postcode)``: the tokens are the
distinctive words of the street name as written, the postcode as written.
"""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets.fourth_ids import digits


def _d(rng: random.Random, n: int) -> str:
    return digits(rng, n)


# --- phones ----------------------------------------------------------------------------------

_US_AREAS = [
    "212",
    "312",
    "415",
    "617",
    "206",
    "512",
    "303",
    "404",
    "702",
    "919",
    "608",
    "503",
    "614",
]
_CA_AREAS = ["416", "604", "514", "403", "613", "902", "780", "250", "819", "306", "204", "506"]


def _nanp(rng: random.Random, areas: list[str]) -> str:
    a = rng.choice(areas)
    e = str(rng.randint(2, 9)) + _d(rng, 2)
    line = _d(rng, 4)
    return rng.choice(
        [
            f"({a}) {e}-{line}",
            f"{a}-{e}-{line}",
            f"{a}.{e}.{line}",
            f"+1 {a} {e} {line}",
            f"+1-{a}-{e}-{line}",
            f"1-{a}-{e}-{line}",
            f"+1 ({a}) {e}-{line}",
            f"({a}) {e}-{line} ext. {rng.randint(10, 999)}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        m = "7" + str(rng.randint(1, 9)) + _d(rng, 2)
        rest = _d(rng, 6)
        return rng.choice(
            [f"0{m} {rest}", f"+44 {m} {rest}", f"+44 (0){m} {rest}", f"0{m} {rest[:3]} {rest[3:]}"]
        )
    if r < 0.7:
        x, y = _d(rng, 4), _d(rng, 4)
        area = rng.choice(["20", "29"])
        return rng.choice([f"0{area} {x} {y}", f"+44 {area} {x} {y}", f"(0{area}) {x} {y}"])
    if r < 0.9:
        area = rng.choice(["161", "113", "131", "117", "141", "121", "114"])
        x, y = _d(rng, 3), _d(rng, 4)
        return rng.choice([f"0{area} {x} {y}", f"+44 {area} {x} {y}", f"(0{area}) {x} {y}"])
    area = rng.choice(["1223", "1865", "1904", "1392", "1603"])
    return rng.choice([f"0{area} {_d(rng, 6)}", f"+44 {area} {_d(rng, 6)}"])


def _ie(rng: random.Random) -> str:
    if rng.random() < 0.55:
        m = "8" + rng.choice("35679")
        x, y = _d(rng, 3), _d(rng, 4)
        return rng.choice(
            [f"0{m} {x} {y}", f"+353 {m} {x} {y}", f"+353 (0){m} {x}{y}", f"0{m}-{x}{y}"]
        )
    area, size = rng.choice([("1", 7), ("21", 7), ("91", 6), ("61", 6), ("51", 6), ("74", 7)])
    n = _d(rng, size)
    return rng.choice(
        [f"(0{area}) {n[:3]} {n[3:]}", f"0{area} {n[:3]} {n[3:]}", f"+353 {area} {n[:3]} {n[3:]}"]
    )


def _au(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        m = "4" + _d(rng, 2)
        x, y = _d(rng, 3), _d(rng, 3)
        return rng.choice(
            [f"0{m} {x} {y}", f"+61 {m} {x} {y}", f"0{m}{x}{y}", f"+61 {m[0]} {m[1:]}{x} {y}"]
        )
    if r < 0.9:
        area = rng.choice("2378")
        x, y = _d(rng, 4), _d(rng, 4)
        return rng.choice([f"(0{area}) {x} {y}", f"0{area} {x} {y}", f"+61 {area} {x} {y}"])
    return f"1300 {_d(rng, 3)} {_d(rng, 3)}"


def _in(rng: random.Random) -> str:
    if rng.random() < 0.7:
        n = rng.choice("6789") + _d(rng, 9)
        return rng.choice(
            [
                f"{n[:5]} {n[5:]}",
                f"+91 {n[:5]} {n[5:]}",
                f"+91-{n}",
                f"0{n[:5]} {n[5:]}",
                f"+91 {n[:3]} {n[3:6]} {n[6:]}",
            ]
        )
    area = rng.choice(["22", "11", "80", "44", "33", "40", "20"])
    x, y = _d(rng, 4), _d(rng, 4)
    return rng.choice(
        [f"0{area} {x} {y}", f"0{area}-{x}-{y}", f"+91 {area} {x} {y}", f"0{area}-{x}{y}"]
    )


def _de(rng: random.Random) -> str:
    if rng.random() < 0.45:
        pre = rng.choice(["151", "152", "160", "170", "171", "172", "175", "176", "177", "179"])
        n = _d(rng, 8 if pre.startswith("15") else 7)
        return rng.choice(
            [
                f"0{pre} {n}",
                f"+49 {pre} {n}",
                f"+49 (0){pre} {n[:3]} {n[3:]}",
                f"0{pre}/{n}",
                f"0{pre} {n[:4]} {n[4:]}",
            ]
        )
    area, size = rng.choice(
        [("30", 8), ("89", 7), ("40", 8), ("221", 7), ("69", 8), ("711", 7), ("341", 7), ("351", 7)]
    )
    n = _d(rng, size)
    return rng.choice(
        [
            f"0{area} {n}",
            f"+49 {area} {n}",
            f"0{area} {n[:-2]}-{n[-2:]}",
            f"(0{area}) {n[:3]} {n[3:]}",
            f"+49 (0){area} {n}",
            f"0{area}/{n}",
        ]
    )


def _fr(rng: random.Random) -> str:
    first = rng.choice("1234567996")
    n = first + _d(rng, 8)
    pairs = [n[1:3], n[3:5], n[5:7], n[7:9]]
    return rng.choice(
        [
            f"0{first} " + " ".join(pairs),
            f"+33 {first} " + " ".join(pairs),
            f"+33 (0){first} " + " ".join(pairs),
            f"0{first}." + ".".join(pairs),
            f"0{n}",
            f"0{first}-" + "-".join(pairs),
        ]
    )


def _it(rng: random.Random) -> str:
    if rng.random() < 0.55:
        pre = str(
            rng.choice(
                [
                    320,
                    328,
                    329,
                    331,
                    333,
                    335,
                    338,
                    339,
                    340,
                    345,
                    347,
                    348,
                    349,
                    366,
                    380,
                    388,
                    392,
                ]
            )
        )
        n = _d(rng, 7)
        return rng.choice(
            [
                f"{pre} {n[:3]} {n[3:]}",
                f"+39 {pre} {n}",
                f"{pre}/{n}",
                f"+39 {pre} {n[:3]} {n[3:]}",
                f"{pre}-{n}",
            ]
        )
    area, size = rng.choice(
        [
            ("02", 8),
            ("06", 8),
            ("011", 7),
            ("055", 6),
            ("051", 6),
            ("081", 7),
            ("010", 6),
            ("041", 6),
        ]
    )
    n = _d(rng, size)
    return rng.choice(
        [
            f"{area} {n}",
            f"+39 {area} {n}",
            f"{area}-{n}",
            f"{area} {n[:4]} {n[4:]}",
            f"(+39) {area} {n}",
        ]
    )


def _es(rng: random.Random) -> str:
    if rng.random() < 0.55:
        n = rng.choice("67") + _d(rng, 8)
    else:
        n = rng.choice(["91", "93", "96", "95", "94", "98"]) + _d(rng, 7)
    return rng.choice(
        [
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"+34 {n[:3]} {n[3:6]} {n[6:]}",
            f"(+34) {n}",
            f"+34 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
            f"0034 {n}",
        ]
    )


_BR_DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "47", "48", "62", "27"]


def _br(rng: random.Random) -> str:
    ddd = rng.choice(_BR_DDD)
    if rng.random() < 0.65:
        a, b = "9" + _d(rng, 4), _d(rng, 4)
        return rng.choice(
            [
                f"({ddd}) {a}-{b}",
                f"+55 {ddd} {a}-{b}",
                f"{ddd} {a} {b}",
                f"+55 ({ddd}) {a}{b}",
                f"({ddd}) {a[0]} {a[1:]}-{b}",
            ]
        )
    a, b = rng.choice("2345") + _d(rng, 3), _d(rng, 4)
    return rng.choice([f"({ddd}) {a}-{b}", f"+55 {ddd} {a}-{b}", f"{ddd} {a}-{b}"])


def _nl(rng: random.Random) -> str:
    if rng.random() < 0.5:
        n = _d(rng, 8)
        return rng.choice(
            [
                f"06-{n}",
                f"06 {n[:4]} {n[4:]}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 6 {n}",
                f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}",
            ]
        )
    area = rng.choice(["20", "10", "30", "70", "50", "40", "71", "43"])
    n = _d(rng, 7)
    return rng.choice(
        [
            f"0{area}-{n}",
            f"0{area} {n[:3]} {n[3:]}",
            f"+31 {area} {n[:3]} {n[3:]}",
            f"+31 (0){area} {n}",
        ]
    )


PHONES = {
    "en_US": lambda rng: _nanp(rng, _US_AREAS),
    "en_CA": lambda rng: _nanp(rng, _CA_AREAS),
    "en_GB": _gb,
    "en_IE": _ie,
    "en_AU": _au,
    "en_IN": _in,
    "de_DE": _de,
    "fr_FR": _fr,
    "it_IT": _it,
    "es_ES": _es,
    "pt_BR": _br,
    "nl_NL": _nl,
}


# --- addresses -------------------------------------------------------------------------------

GENERIC_STREET_WORDS = {
    w.lower()
    for w in (
        "street st road rd avenue ave drive dr boulevard blvd lane ln court ct way place pl "
        "terrace "
        "tce crescent cres close cl grove gardens mews park lawn parade pde highway hwy main cross "
        "marg nagar apartments residency towers heights north south east west upper lower "
        "am im auf dem der den an straße str strasse platz weg allee gasse ring "
        "rue avenue av boulevard bd allée impasse place chemin quai cours des du de la le les "
        "via viale corso piazza vicolo largo borgo lungarno della dei del delle degli "
        "calle avenida avda paseo plaza ronda travesía camino carrer las los el "
        "rua travessa alameda das dos da do padre marechal "
        "laan gracht straat markt nieuwe lange grote oude san sai"
    ).split()
}


def street_tokens(street: str) -> list[str]:
    """Distinctive words of a street name, as written (the ``t:`` fragments of an address)."""
    words = re.findall(r"[^\W\d_]+", street)
    return [w for w in words if len(w) >= 3 and w.lower() not in GENERIC_STREET_WORDS]


def _finish(rng: random.Random, lines: list[str], street: str, postcode: str, caps_ok=True):
    style = rng.random()
    if style < 0.5:
        text = ", ".join(lines)
    elif style < 0.85:
        text = "\n".join(lines)
    else:
        text = ", ".join(lines)
    if caps_ok and rng.random() < 0.18:
        text = text.upper()
        street = street.upper()
        postcode = postcode.upper()
    return text, street_tokens(street), postcode


_US_STREETS = [
    "Maple Ridge",
    "Cedar Hollow",
    "Oakmont",
    "Willowbrook",
    "Pine Crest",
    "Juniper",
    "Sycamore",
    "Briarwood",
    "Magnolia",
    "Hawthorne",
    "Larkspur",
    "Cottonwood",
    "Elmhurst",
    "Alder Creek",
]
_US_TYPES = [
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Drive",
    "Dr",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Road",
    "Rd",
    "Court",
    "Ct",
    "Way",
    "Place",
    "Pl",
    "Terrace",
]
_US_CITIES = [
    ("Portland", "OR", "972"),
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Columbus", "OH", "432"),
    ("Raleigh", "NC", "276"),
    ("Madison", "WI", "537"),
    ("Boise", "ID", "837"),
    ("Savannah", "GA", "314"),
    ("Tucson", "AZ", "857"),
    ("Albany", "NY", "122"),
    ("Burlington", "VT", "054"),
    ("Spokane", "WA", "992"),
]


def _addr_us(rng: random.Random):
    name = rng.choice(_US_STREETS)
    street = f"{rng.choice(['', '', 'N ', 'W ', 'SE '])}{name} {rng.choice(_US_TYPES)}"
    num = str(rng.randint(10, 9899))
    unit = rng.choice(
        [
            "",
            "",
            f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
            f"Suite {rng.randint(100, 2400)}",
            f"Unit {rng.randint(1, 60)}",
            f"#{rng.randint(100, 999)}",
        ]
    )
    city, st, pre = rng.choice(_US_CITIES)
    zipc = pre + _d(rng, 2)
    if rng.random() < 0.25:
        zipc += "-" + _d(rng, 4)
    first = f"{num} {street}" + (f" {unit}" if unit else "")
    return _finish(rng, [first, f"{city}, {st} {zipc}"], name, zipc.split("-")[0])


_CA_STREETS = [
    "Kingsway",
    "Bloor",
    "Dundas",
    "Jasper",
    "Spadina",
    "Sherbrooke",
    "Portage",
    "Granville",
    "Barrington",
    "Wellington",
    "Osborne",
    "Robson",
    "Elgin",
    "Carling",
]
_CA_TYPES = [
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Crescent",
    "Cres",
    "Drive",
    "Dr",
]
_CA_CITIES = [
    ("Vancouver", "BC", "V6"),
    ("Toronto", "ON", "M5"),
    ("Ottawa", "ON", "K1"),
    ("Calgary", "AB", "T2"),
    ("Edmonton", "AB", "T5"),
    ("Winnipeg", "MB", "R3"),
    ("Halifax", "NS", "B3"),
    ("Saskatoon", "SK", "S7"),
    ("Victoria", "BC", "V8"),
    ("Hamilton", "ON", "L8"),
    ("Moncton", "NB", "E1"),
]
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _addr_ca(rng: random.Random):
    name = rng.choice(_CA_STREETS)
    street = f"{name} {rng.choice(_CA_TYPES)}" + rng.choice(["", "", " W", " E"])
    num = str(rng.randint(10, 4999))
    city, prov, pre = rng.choice(_CA_CITIES)
    inward = f"{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(0, 9)}"
    postal = f"{pre}{rng.choice(_CA_LETTERS)} {inward}"
    style = rng.random()
    if style < 0.3:
        first = f"{rng.randint(101, 2405)}-{num} {street}"
    elif style < 0.55:
        first = f"{num} {street} Unit {rng.randint(1, 40)}"
    else:
        first = f"{num} {street}"
    sep = rng.choice([" ", "  ", ", "])
    return _finish(rng, [first, f"{city} {prov}{sep}{postal}"], name, postal)


_GB_STREETS = [
    "Elmwood",
    "Ashgrove",
    "Kingfisher",
    "Rowan",
    "Beechcroft",
    "Hollybush",
    "Larchfield",
    "Orchard",
    "Millbrook",
    "Chapelfield",
    "Fernhill",
    "Meadowbank",
    "Woodside",
    "Primrose",
]
_GB_TYPES = [
    "Road",
    "Rd",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Crescent",
    "Gardens",
    "Terrace",
    "Mews",
    "Grove",
    "Drive",
]
_GB_TOWNS = [
    ("Leeds", "LS", 29),
    ("Manchester", "M", 40),
    ("Bristol", "BS", 16),
    ("Edinburgh", "EH", 17),
    ("Cardiff", "CF", 24),
    ("Norwich", "NR", 14),
    ("York", "YO", 32),
    ("Brighton", "BN", 3),
    ("Glasgow", "G", 46),
    ("London", "SE", 28),
    ("London", "N", 22),
    ("Oxford", "OX", 4),
]
_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def _addr_gb(rng: random.Random):
    name = rng.choice(_GB_STREETS)
    street = f"{name} {rng.choice(_GB_TYPES)}"
    town, area, top = rng.choice(_GB_TOWNS)
    inward = f"{rng.randint(0, 9)}{rng.choice(_GB_INWARD)}{rng.choice(_GB_INWARD)}"
    postcode = f"{area}{rng.randint(1, top)} {inward}"
    lines = []
    if rng.random() < 0.35:
        lines.append(
            rng.choice(
                [
                    f"Flat {rng.randint(1, 24)}",
                    f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}",
                    "Unit 4",
                    f"Apartment {rng.randint(1, 40)}",
                ]
            )
        )
    lines.append(f"{rng.randint(1, 240)} {street}")
    if rng.random() < 0.5:
        lines += [town.upper(), postcode]
    else:
        lines.append(f"{town} {postcode}")
    return _finish(rng, lines, name, postcode)


_IE_STREETS = [
    "Ashgrove",
    "Seafield",
    "Glenview",
    "Oakpark",
    "Beechwood",
    "Rathmore",
    "Kilbride",
    "Ballymore",
    "Carrigmore",
    "Woodlands",
    "Knocklyon",
    "Ardmore",
]
_IE_TYPES = [
    "Road",
    "Avenue",
    "Terrace",
    "Park",
    "Lawn",
    "Drive",
    "Close",
    "Grove",
    "Crescent",
    "Place",
]
_IE_PLACES = [
    ("Rathmines", "Dublin 6", "D06"),
    ("Drumcondra", "Dublin 9", "D09"),
    ("Blackrock", "Co. Dublin", "A94"),
    ("Ballincollig", "Co. Cork", "P31"),
    ("Douglas", "Cork", "T12"),
    ("Salthill", "Galway", "H91"),
    ("Castletroy", "Limerick", "V94"),
    ("Tramore", "Co. Waterford", "X91"),
    ("Kilkenny", "Co. Kilkenny", "R95"),
    ("Letterkenny", "Co. Donegal", "F92"),
    ("Naas", "Co. Kildare", "W91"),
    ("Swords", "Co. Dublin", "K67"),
]
_EIR = "ACDEFHKNPRTVWXY"


def _addr_ie(rng: random.Random):
    name = rng.choice(_IE_STREETS)
    street = f"{name} {rng.choice(_IE_TYPES)}"
    locality, town, key = rng.choice(_IE_PLACES)
    uid = rng.choice(_EIR) + "".join(rng.choice(_EIR + "0123456789") for _ in range(3))
    eircode = f"{key} {uid}" if rng.random() < 0.8 else f"{key}{uid}"
    lines = [f"{rng.randint(1, 180)} {street}", locality, town, eircode]
    if rng.random() < 0.3:
        lines.insert(0, f"Apartment {rng.randint(1, 60)}")
    return _finish(rng, lines, name, eircode)


_AU_STREETS = [
    "Wattle",
    "Banksia",
    "Jacaranda",
    "Bottlebrush",
    "Coolabah",
    "Waratah",
    "Kookaburra",
    "Macquarie",
    "Flinders",
    "Boronia",
    "Grevillea",
    "Ironbark",
]
_AU_TYPES = [
    "Street",
    "St",
    "Road",
    "Rd",
    "Avenue",
    "Ave",
    "Parade",
    "Pde",
    "Crescent",
    "Cres",
    "Place",
    "Pl",
    "Terrace",
    "Tce",
    "Close",
]
_AU_PLACES = [
    ("Fitzroy", "VIC", "3065"),
    ("Newtown", "NSW", "2042"),
    ("Fortitude Valley", "QLD", "4006"),
    ("Glenelg", "SA", "5045"),
    ("Fremantle", "WA", "6160"),
    ("Sandy Bay", "TAS", "7005"),
    ("Braddon", "ACT", "2612"),
    ("Parap", "NT", "0820"),
    ("Manly", "NSW", "2095"),
    ("Brunswick", "VIC", "3056"),
    ("Toowong", "QLD", "4066"),
    ("Subiaco", "WA", "6008"),
]


def _addr_au(rng: random.Random):
    name = rng.choice(_AU_STREETS)
    street = f"{name} {rng.choice(_AU_TYPES)}"
    num = rng.randint(1, 420)
    suburb, state, pc = rng.choice(_AU_PLACES)
    style = rng.random()
    if style < 0.3:
        first = f"{rng.randint(1, 30)}/{num} {street}"
    elif style < 0.5:
        first = f"Unit {rng.randint(1, 30)}, {num} {street}"
    elif style < 0.6:
        first = f"Level {rng.randint(1, 30)}, {num} {street}"
    else:
        first = f"{num} {street}"
    if rng.random() < 0.5:
        last = f"{suburb.upper()} {state} {pc}"
    else:
        last = f"{suburb} {state} {pc}"
    return _finish(rng, [first, last], name, pc)


_IN_ROADS = [
    "Nehru",
    "Tilak",
    "Rajaji",
    "Ambedkar",
    "Netaji Subhash",
    "Sardar Patel",
    "Tagore",
    "Shivaji",
    "Lokmanya",
    "Kasturba",
    "Jawahar",
    "Vivekananda",
]
_IN_ROAD_TYPES = ["Road", "Marg", "Street", "Main Road", "Cross Road"]
_IN_BUILDINGS = [
    "Sai Krupa Apartments",
    "Lakshmi Residency",
    "Green Meadows",
    "Shanti Niketan",
    "Sunrise Towers",
    "Gokul Heights",
    "Ashirwad Enclave",
    "Kaveri Residency",
]
_IN_PLACES = [
    ("Indiranagar", "Bengaluru", "Karnataka", "5600"),
    ("Andheri West", "Mumbai", "Maharashtra", "4000"),
    ("Koramangala", "Bengaluru", "Karnataka", "5600"),
    ("T. Nagar", "Chennai", "Tamil Nadu", "6000"),
    ("Salt Lake", "Kolkata", "West Bengal", "7000"),
    ("Banjara Hills", "Hyderabad", "Telangana", "5000"),
    ("Kothrud", "Pune", "Maharashtra", "4110"),
    ("Vastrapur", "Ahmedabad", "Gujarat", "3800"),
    ("Lajpat Nagar", "New Delhi", "Delhi", "1100"),
    ("Malviya Nagar", "Jaipur", "Rajasthan", "3020"),
]


def _addr_in(rng: random.Random):
    road = f"{rng.choice(_IN_ROADS)} {rng.choice(_IN_ROAD_TYPES)}"
    building = rng.choice(_IN_BUILDINGS)
    area, city, state, pre = rng.choice(_IN_PLACES)
    pin = pre + _d(rng, 2)
    pin_text = rng.choice([pin, pin, f"{pin[:3]} {pin[3:]}"])
    unit = rng.choice(
        [
            f"Flat {rng.randint(101, 1204)}",
            f"Flat No. {rng.randint(1, 40)}{rng.choice('ABC')}",
            f"Plot {rng.randint(1, 300)}",
            f"Door No. {rng.randint(1, 9)}-{rng.randint(1, 9)}-{rng.randint(10, 99)}",
        ]
    )
    last = rng.choice(
        [f"{city}, {state} {pin_text}", f"{city} - {pin_text}", f"{city}, {state} - {pin_text}"]
    )
    lines = [f"{unit}, {building}", road, area, last]
    return _finish(rng, lines, f"{building} {road}", pin_text)


_DE_STREETS = [
    "Lindenstraße",
    "Kastanienallee",
    "Am Mühlbach",
    "Birkenweg",
    "Eichendorffstraße",
    "Rosenstraße",
    "Im Wiesengrund",
    "Ahornring",
    "Brunnengasse",
    "Auf dem Kamp",
    "Uhlandstr.",
    "Goethestr.",
    "Schlehenweg",
    "Holunderstraße",
]
_DE_CITIES = [
    ("Berlin", ["10", "12", "13"]),
    ("München", ["80", "81"]),
    ("Hamburg", ["20", "22"]),
    ("Köln", ["50", "51"]),
    ("Leipzig", ["04"]),
    ("Dresden", ["01"]),
    ("Freiburg im Breisgau", ["79"]),
    ("Münster", ["48"]),
    ("Nürnberg", ["90"]),
    ("Bremen", ["28"]),
    ("Stuttgart", ["70"]),
    ("Kassel", ["34"]),
]


def _addr_de(rng: random.Random):
    street = rng.choice(_DE_STREETS)
    num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b", f"-{rng.randint(2, 9)}"])
    city, pres = rng.choice(_DE_CITIES)
    plz = rng.choice(pres) + _d(rng, 3)
    lines = [f"{street} {num}"]
    if rng.random() < 0.3:
        lines.append(
            rng.choice(
                ["2. OG", "Hinterhaus", f"App. {rng.randint(1, 40)}", "3. Etage links", "Aufgang B"]
            )
        )
    lines.append(f"{plz} {city}" if rng.random() < 0.9 else f"D-{plz} {city}")
    return _finish(rng, lines, street, plz)


_FR_STREETS = [
    "rue des Lilas",
    "avenue Jean-Jaurès",
    "boulevard Voltaire",
    "allée des Tilleuls",
    "impasse du Moulin",
    "place de la Fontaine",
    "rue Victor-Hugo",
    "chemin des Vignes",
    "quai des Célestins",
    "cours Mirabeau",
    "rue du Faubourg-Montmartre",
    "bd Gambetta",
    "av. Foch",
    "rue des Charmilles",
]
_FR_CITIES = [
    ("Paris", lambda r: f"750{r.randint(1, 20):02d}"),
    ("Lyon", lambda r: f"6900{r.randint(1, 9)}"),
    ("Marseille", lambda r: f"130{r.randint(1, 16):02d}"),
    ("Bordeaux", lambda r: r.choice(["33000", "33100", "33800"])),
    ("Toulouse", lambda r: r.choice(["31000", "31200", "31400"])),
    ("Nantes", lambda r: r.choice(["44000", "44100"])),
    ("Lille", lambda r: r.choice(["59000", "59800"])),
    ("Rennes", lambda r: r.choice(["35000", "35700"])),
    ("Strasbourg", lambda r: r.choice(["67000", "67100"])),
    ("Montpellier", lambda r: r.choice(["34000", "34090"])),
    ("Grenoble", lambda r: r.choice(["38000", "38100"])),
    ("Dijon", lambda r: "21000"),
]


def _addr_fr(rng: random.Random):
    street = rng.choice(_FR_STREETS)
    num = str(rng.randint(1, 160)) + rng.choice(["", "", "", " bis", " ter"])
    city, cp_fn = rng.choice(_FR_CITIES)
    cp = cp_fn(rng)
    lines = []
    if rng.random() < 0.35:
        lines.append(
            rng.choice(
                [
                    f"Bât. {rng.choice('ABCD')}",
                    f"Appt {rng.randint(1, 60)}",
                    f"Esc. {rng.randint(1, 6)}, 3e étage",
                    "Résidence Les Pins",
                ]
            )
        )
    lines.append(f"{num} {street}")
    lines.append(f"{cp} {city.upper() if rng.random() < 0.5 else city}")
    return _finish(rng, lines, street, cp)


_IT_STREETS = [
    "Via Giuseppe Garibaldi",
    "Corso Vittorio Emanuele II",
    "Piazza della Libertà",
    "Viale dei Mille",
    "Via dei Tigli",
    "Vicolo del Pozzo",
    "Largo Augusto",
    "Via San Gregorio",
    "Borgo Pinti",
    "Via Nazionale",
    "Lungarno Corsini",
    "V.le Monza",
    "P.zza Carducci",
    "C.so Buenos Aires",
]
_IT_CITIES = [
    ("Milano", "201", "MI"),
    ("Roma", "001", "RM"),
    ("Torino", "101", "TO"),
    ("Firenze", "501", "FI"),
    ("Bologna", "401", "BO"),
    ("Napoli", "801", "NA"),
    ("Genova", "161", "GE"),
    ("Bari", "701", "BA"),
    ("Padova", "351", "PD"),
    ("Verona", "371", "VR"),
    ("Trieste", "341", "TS"),
    ("Perugia", "061", "PG"),
]


def _addr_it(rng: random.Random):
    street = rng.choice(_IT_STREETS)
    num = str(rng.randint(1, 220)) + rng.choice(["", "", "/A", "/B"])
    city, pre, prov = rng.choice(_IT_CITIES)
    cap = pre + f"{rng.randint(0, 99):02d}"
    first = rng.choice([f"{street} {num}", f"{street}, {num}"])
    lines = [first]
    if rng.random() < 0.3:
        lines.append(
            rng.choice(
                [
                    f"int. {rng.randint(1, 30)}",
                    f"scala {rng.choice('ABC')}",
                    f"piano {rng.randint(1, 8)}",
                ]
            )
        )
    lines.append(rng.choice([f"{cap} {city} ({prov})", f"{cap} {city} {prov}", f"{cap} {city}"]))
    text, toks, pc = _finish(rng, lines, street, cap)
    return text, toks, pc


_ES_STREETS = [
    "Calle de Alcalá",
    "Avenida de la Constitución",
    "Paseo de Gracia",
    "Calle del Pez",
    "Plaza de la Merced",
    "Ronda de Segovia",
    "Calle Cervantes",
    "Travesía del Olivar",
    "Carrer de Mallorca",
    "Calle Almirante",
    "Camino de las Huertas",
    "C/ Fuencarral",
    "Avda. de Andalucía",
    "Pza. del Pilar",
]
_ES_CITIES = [
    ("Madrid", "280"),
    ("Barcelona", "080"),
    ("Valencia", "460"),
    ("Sevilla", "410"),
    ("Bilbao", "480"),
    ("Zaragoza", "500"),
    ("Málaga", "290"),
    ("Granada", "180"),
    ("Salamanca", "370"),
    ("Valladolid", "470"),
    ("Palma", "070"),
    ("A Coruña", "150"),
]


def _addr_es(rng: random.Random):
    street = rng.choice(_ES_STREETS)
    num = str(rng.randint(1, 180))
    city, pre = rng.choice(_ES_CITIES)
    cp = pre + f"{rng.randint(1, 52):02d}"
    floor = rng.choice(
        [
            "",
            f"{rng.randint(1, 9)}º {rng.choice('ABCD')}",
            f"{rng.randint(1, 6)}º {rng.randint(1, 4)}ª",
            "bajo izda.",
            f"esc. A, {rng.randint(1, 8)}º dcha.",
        ]
    )
    first = f"{street}, {num}" + (f", {floor}" if floor else "")
    return _finish(rng, [first, f"{cp} {city}"], street, cp)


_BR_STREETS = [
    "Rua Augusta",
    "Avenida Paulista",
    "Rua das Laranjeiras",
    "Rua Voluntários da Pátria",
    "Avenida Atlântica",
    "Rua Padre Chagas",
    "Travessa do Ouvidor",
    "Alameda Santos",
    "Rua dos Inconfidentes",
    "Rua Sete de Setembro",
    "Av. Afonso Pena",
    "R. Marechal Deodoro",
    "Rua Haddock Lobo",
    "Rua Oscar Freire",
]
_BR_PLACES = [
    ("Consolação", "São Paulo", "SP", "013"),
    ("Pinheiros", "São Paulo", "SP", "054"),
    ("Copacabana", "Rio de Janeiro", "RJ", "220"),
    ("Botafogo", "Rio de Janeiro", "RJ", "222"),
    ("Savassi", "Belo Horizonte", "MG", "301"),
    ("Moinhos de Vento", "Porto Alegre", "RS", "905"),
    ("Batel", "Curitiba", "PR", "804"),
    ("Boa Viagem", "Recife", "PE", "510"),
    ("Meireles", "Fortaleza", "CE", "601"),
    ("Asa Sul", "Brasília", "DF", "702"),
    ("Barra", "Salvador", "BA", "401"),
    ("Trindade", "Florianópolis", "SC", "880"),
]


def _addr_br(rng: random.Random):
    street = rng.choice(_BR_STREETS)
    num = str(rng.randint(10, 3200))
    bairro, city, uf, pre = rng.choice(_BR_PLACES)
    cep = f"{pre}{_d(rng, 2)}-{_d(rng, 3)}"
    unit = rng.choice(
        [
            "",
            f"apto {rng.randint(11, 1804)}",
            f"ap. {rng.randint(11, 1804)}",
            f"sala {rng.randint(101, 2210)}",
            f"bloco {rng.choice('ABC')}, apto {rng.randint(11, 904)}",
        ]
    )
    first = f"{street}, {num}" + (f", {unit}" if unit else "")
    last = rng.choice([f"{city} - {uf}", f"{city}/{uf}"])
    cep_text = rng.choice([cep, f"CEP {cep}"])
    return _finish(rng, [first, bairro, last, cep_text], street, cep)


_NL_STREETS = [
    "Keizersgracht",
    "Dorpsstraat",
    "Lange Voorhout",
    "Oudegracht",
    "Kerkstraat",
    "Stationsweg",
    "Prinsengracht",
    "Molenstraat",
    "Vondellaan",
    "Nieuwe Binnenweg",
    "Zonnebloemstraat",
    "Lindelaan",
    "Bilderdijkkade",
    "Willemsparkweg",
]
_NL_CITIES = [
    ("Amsterdam", "10"),
    ("Rotterdam", "30"),
    ("Den Haag", "25"),
    ("Utrecht", "35"),
    ("Eindhoven", "56"),
    ("Groningen", "97"),
    ("Leiden", "23"),
    ("Haarlem", "20"),
    ("Nijmegen", "65"),
    ("Maastricht", "62"),
    ("Zwolle", "80"),
    ("Delft", "26"),
]
_NL_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def _addr_nl(rng: random.Random):
    street = rng.choice(_NL_STREETS)
    num = str(rng.randint(1, 400)) + rng.choice(["", "", "", "a", "-hs", "-II", " bis", "-2"])
    city, pre = rng.choice(_NL_CITIES)
    while True:
        letters = rng.choice(_NL_LETTERS) + rng.choice(_NL_LETTERS)
        if letters not in {"SA", "SD", "SS"}:
            break
    code = f"{pre}{_d(rng, 2)}"
    pc = rng.choice([f"{code} {letters}", f"{code} {letters}", f"{code}{letters}"])
    last = rng.choice([f"{pc} {city}", f"{pc}  {city.upper()}"])
    return _finish(rng, [f"{street} {num}", last], street, pc)


ADDRESSES = {
    "en_US": _addr_us,
    "en_CA": _addr_ca,
    "en_GB": _addr_gb,
    "en_IE": _addr_ie,
    "en_AU": _addr_au,
    "en_IN": _addr_in,
    "de_DE": _addr_de,
    "fr_FR": _addr_fr,
    "it_IT": _addr_it,
    "es_ES": _addr_es,
    "pt_BR": _addr_br,
    "nl_NL": _addr_nl,
}
