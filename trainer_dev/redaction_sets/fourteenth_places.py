"""Hand-written streets, towns, postcodes, mail providers and look-alike pools per locale."""

from __future__ import annotations

import random

_A = "ABDEFGHJLNPQRSTUWXYZ"  # UK inward-code letters

STREETS = {
    "en_US": "Maple Avenue|Oak Street|Sycamore Lane|Juniper Drive|Cedar Ridge Road|Bleecker Street|"
    "Magnolia Boulevard|Hawthorne Court|Dogwood Circle|Willow Creek Road|Chestnut Street|"
    "Larkspur Way|Pinecrest Drive|Beacon Hill Road",
    "en_GB": "Ashby Road|Kingsley Avenue|Mill Lane|Brackenbury Close|Hollybush Lane|"
    "Tennyson Crescent|"
    "Windermere Drive|Elmfield Terrace|Priory Gardens|Cromwell Road|Hazelmere Way|"
    "Barrowgate Row|St Aidan's Court|Thornbury Grove",
    "en_IE": "Griffith Avenue|Dargle Road|Ashfield Park|Mount Merrion Avenue|Sundays Well Road|"
    "Ballymun Road|Orwell Park|Clonliffe Road|Seapoint Avenue|Knocknacarra Road|"
    "Shandon Street|Ardilaun Road|Glasnevin Hill|Rathgar Avenue",
    "en_CA": "Rue Saint-Denis|Bloor Street West|Dundas Street|Rue Sherbrooke|Elgin Street|"
    "Jasper Avenue|Portage Avenue|Spring Garden Road|Robson Street|Whyte Avenue|"
    "Wellington Crescent|Danforth Avenue|Rue Beaubien|Kensington Road",
    "de_DE": "Lindenstraße|Am Stadtgarten|Kölner Straße|Goethestraße|Schillerplatz|Im Wiesengrund|"
    "Rosenweg|Auf dem Kamp|Eichendorffweg|Kastanienallee|Mühlenstraße|Zum Sonnenhang|"
    "Hinter der Mauer|Brunnenstraße|Ahornring",
    "es_ES": "Calle de Alcalá|Calle Mayor|Avenida de la Constitución|Calle del Pez|Carrer de Verdi|"
    "Calle Sierpes|Passeig de Gràcia|Calle Larios|Avenida de Andalucía|Rúa do Franco|"
    "Calle Uría|Calle de Toledo|Calle Jardines|Avenida de los Almendros",
    "nl_NL": "Keizersgracht|Dorpsstraat|Molenweg|Oranjelaan|Wilhelminastraat|"
    "Van Limburg Stirumstraat|"
    "Prinsengracht|Zonnebloemweg|Lindelaan|Vismarkt|Tuinstraat|Schoolstraat|"
    "Burgemeester Reigerstraat|Kastanjelaan",
    "fr_FR": "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la Paix|"
    "impasse des Tilleuls|"
    "chemin des Vignes|rue Pasteur|allée des Acacias|quai de la Fosse|rue Saint-Ferréol|"
    "rue du Moulin|avenue de Verdun|rue Mouffetard|rue des Capucins",
    "sv_SE": "Storgatan|Drottninggatan|Vasavägen|Björkvägen|Skolgatan|Hantverkargatan|Sveavägen|"
    "Linnégatan|Ringvägen|Tallstigen|Åsgränd|Nygatan|Södra Förstadsgatan|Kvarngatan",
    "pl_PL": "Kwiatowa|Polna|Leśna|Słoneczna|Mickiewicza|Długa|Ogrodowa|Lipowa|Szkolna|Kościuszki|"
    "Żeromskiego|Wrzosowa|Klonowa|Marszałkowska|Jaśminowa",
    "fi_FI": "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Koivukuja|Rantatie|Kirkkokatu|Puistokatu|"
    "Satakunnankatu|Myllytie|Kuusitie|Pihlajakatu|Vaahterapolku|Kauppakatu|Isokatu",
    "tr_TR": "Güneşli|Lale|Menekşe|Papatya|Çınar|Ihlamur|Akasya|Bahar|Kavak|Nergis|Zambak|Söğüt|"
    "Sedef|Karanfil",
}
TR_MAH = [
    "Caferağa",
    "Moda",
    "Bahçelievler",
    "Alsancak",
    "Kültür",
    "Esentepe",
    "Fenerbahçe",
    "Göztepe",
    "Osmanağa",
    "Levent",
    "Emek",
    "Yenişehir",
]

GENERIC = frozenset(
    "street road avenue lane drive close crescent way place court terrace gardens row grove "
    "circle boulevard hill park west east north south rue am im auf dem der zum zur hinter an "
    "straße weg platz allee calle avenida plaza paseo passeig carrer rúa de del la las los do "
    "des du le quai chemin impasse allée mah sok mahallesi sokak st van burgemeester".split()
)

# town, postcode seeds (locale-specific meaning), extra (state/province/county)
TOWNS = {
    "en_US": [
        ("Springfield", "627", "IL"),
        ("Portland", "972", "OR"),
        ("Austin", "787", "TX"),
        ("Columbus", "432", "OH"),
        ("Boulder", "803", "CO"),
        ("Savannah", "314", "GA"),
        ("Madison", "537", "WI"),
        ("Burlington", "054", "VT"),
        ("Ann Arbor", "481", "MI"),
        ("Tucson", "857", "AZ"),
        ("Asheville", "288", "NC"),
        ("Eugene", "974", "OR"),
    ],
    "en_GB": [
        ("Leeds", "LS6 LS7 LS11", ""),
        ("Bristol", "BS3 BS6", ""),
        ("Norwich", "NR2 NR3", ""),
        ("Sheffield", "S10 S11", ""),
        ("Cardiff", "CF5 CF24", ""),
        ("Brighton", "BN1 BN2", ""),
        ("York", "YO10 YO31", ""),
        ("Manchester", "M14 M20", ""),
        ("Exeter", "EX4", ""),
        ("Edinburgh", "EH6 EH9", ""),
        ("Reading", "RG1 RG30", ""),
        ("Nottingham", "NG7", ""),
    ],
    "en_IE": [
        ("Dublin 9", "D09", ""),
        ("Dublin 6", "D06", ""),
        ("Cork", "T12 T23", ""),
        ("Galway", "H91", ""),
        ("Limerick", "V94", ""),
        ("Waterford", "X91", ""),
        ("Drogheda, Co. Louth", "A92", ""),
        ("Kilkenny", "R95", ""),
        ("Letterkenny, Co. Donegal", "F92", ""),
        ("Athlone, Co. Westmeath", "N37", ""),
    ],
    "en_CA": [
        ("Toronto", "M5V M4C M6G", "ON"),
        ("Montréal", "H2J H3A", "QC"),
        ("Vancouver", "V6B V5K", "BC"),
        ("Ottawa", "K1N K2P", "ON"),
        ("Calgary", "T2N", "AB"),
        ("Halifax", "B3H", "NS"),
        ("Winnipeg", "R3M", "MB"),
        ("Edmonton", "T6E", "AB"),
        ("Québec", "G1R", "QC"),
        ("Victoria", "V8V", "BC"),
    ],
    "de_DE": [
        ("Köln", "50", ""),
        ("Leipzig", "04", ""),
        ("Freiburg im Breisgau", "79", ""),
        ("Münster", "48", ""),
        ("Kiel", "24", ""),
        ("Regensburg", "93", ""),
        ("Bremen", "28", ""),
        ("Dresden", "01", ""),
        ("Hannover", "30", ""),
        ("Mainz", "55", ""),
        ("Augsburg", "86", ""),
        ("Bielefeld", "33", ""),
    ],
    "es_ES": [
        ("Madrid", "280", ""),
        ("Barcelona", "080", ""),
        ("Sevilla", "410", ""),
        ("Valencia", "460", ""),
        ("Bilbao", "480", ""),
        ("Málaga", "290", ""),
        ("Zaragoza", "500", ""),
        ("Oviedo", "330", ""),
        ("Santiago de Compostela", "157", ""),
        ("Granada", "180", ""),
        ("Salamanca", "370", ""),
        ("Pamplona", "310", ""),
    ],
    "nl_NL": [
        ("Amsterdam", "10", ""),
        ("Utrecht", "35", ""),
        ("Groningen", "97", ""),
        ("Leiden", "23", ""),
        ("Eindhoven", "56", ""),
        ("Zwolle", "80", ""),
        ("Haarlem", "20", ""),
        ("Nijmegen", "65", ""),
        ("Maastricht", "62", ""),
        ("Delft", "26", ""),
        ("Leeuwarden", "89", ""),
        ("Tilburg", "50", ""),
    ],
    "fr_FR": [
        ("Lyon", "69001 69003 69004 69007", ""),
        ("Nantes", "44000 44100 44300", ""),
        ("Rennes", "35000 35200 35700", ""),
        ("Toulouse", "31000 31200 31400", ""),
        ("Bordeaux", "33000 33800", ""),
        ("Lille", "59000 59800", ""),
        ("Marseille", "13001 13005 13006 13008", ""),
        ("Strasbourg", "67000 67100", ""),
        ("Montpellier", "34000 34070 34090", ""),
        ("Grenoble", "38000 38100", ""),
        ("Dijon", "21000", ""),
        ("Brest", "29200", ""),
    ],
    "sv_SE": [
        ("Stockholm", "113 114 116 117 118", ""),
        ("Göteborg", "411 413 414 416", ""),
        ("Malmö", "211 214 217", ""),
        ("Uppsala", "752 753 754", ""),
        ("Umeå", "903 904", ""),
        ("Lund", "222 223 224", ""),
        ("Örebro", "702 703", ""),
        ("Linköping", "582 583", ""),
        ("Västerås", "722 723", ""),
        ("Luleå", "972 973", ""),
    ],
    "pl_PL": [
        ("Warszawa", "00 01 02 03", ""),
        ("Kraków", "30 31", ""),
        ("Gdańsk", "80", ""),
        ("Wrocław", "50 51 53", ""),
        ("Poznań", "60 61", ""),
        ("Łódź", "90 91 93", ""),
        ("Lublin", "20", ""),
        ("Szczecin", "70 71", ""),
        ("Toruń", "87", ""),
        ("Katowice", "40", ""),
        ("Białystok", "15", ""),
        ("Rzeszów", "35", ""),
    ],
    "fi_FI": [
        ("Helsinki", "00", ""),
        ("Tampere", "33", ""),
        ("Turku", "20", ""),
        ("Oulu", "90", ""),
        ("Jyväskylä", "40", ""),
        ("Kuopio", "70", ""),
        ("Espoo", "02", ""),
        ("Vantaa", "01", ""),
        ("Lahti", "15", ""),
        ("Rovaniemi", "96", ""),
    ],
    "tr_TR": [
        ("Kadıköy/İstanbul", "347", ""),
        ("Beşiktaş/İstanbul", "343", ""),
        ("Çankaya/Ankara", "066", ""),
        ("Konak/İzmir", "352", ""),
        ("Nilüfer/Bursa", "161", ""),
        ("Muratpaşa/Antalya", "071", ""),
        ("Tepebaşı/Eskişehir", "261", ""),
        ("Seyhan/Adana", "010", ""),
        ("Ortahisar/Trabzon", "612", ""),
    ],
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def postcode(rng: random.Random, locale: str, seed: str) -> str:
    pick = rng.choice(seed.split())
    if locale == "en_US":
        return pick + _d(rng, 2)
    if locale == "en_GB":
        return f"{pick} {rng.randint(1, 9)}{rng.choice(_A)}{rng.choice(_A)}"
    if locale == "en_IE":
        chars = "ACDEFHKNPRTVWXY"
        u = rng.choice(chars) + "".join(rng.choice(chars + "0123456789") for _ in range(3))
        return f"{pick} {u}"
    if locale == "en_CA":
        la = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{pick} {rng.randint(0, 9)}{rng.choice(la)}{rng.randint(0, 9)}"
    if locale in ("de_DE",):
        return pick + _d(rng, 3)
    if locale == "es_ES":
        return pick + f"{rng.randint(1, 9):02d}"
    if locale == "nl_NL":
        la = "ABCDEGHJKLMNPRSTVWXZ"
        while True:
            s = rng.choice(la) + rng.choice(la)
            if s not in ("SA", "SD", "SS"):
                break
        return f"{pick}{rng.randint(10, 99)} {s}"
    if locale == "fr_FR":
        return pick
    if locale == "sv_SE":
        return f"{pick} {_d(rng, 2)}"
    if locale == "pl_PL":
        return f"{pick}-{_d(rng, 3)}"
    if locale == "fi_FI":
        return pick + _d(rng, 2) + "0"
    if locale == "tr_TR":
        return pick + _d(rng, 2)
    raise ValueError(locale)


def street_tokens(street: str) -> list[str]:
    return [
        t
        for t in street.replace(",", " ").split()
        if t.lower().strip(".") not in GENERIC and len(t) > 2
    ]


def _towns_for(locale: str, street: str) -> list[tuple[str, str, str]]:
    """Keep French-named streets in Quebec, Catalan ones in Barcelona, Galician in Santiago."""
    towns = TOWNS[locale]
    if locale == "en_CA":
        qc = street.startswith("Rue")
        return [t for t in towns if (t[2] == "QC") == qc]
    if locale == "es_ES":
        if street.startswith(("Carrer", "Passeig")):
            return [t for t in towns if t[0] == "Barcelona"]
        if street.startswith("Rúa"):
            return [t for t in towns if t[0].startswith("Santiago")]
        return [t for t in towns if t[0] not in ("Barcelona", "Santiago de Compostela")]
    return towns


def make_address(rng: random.Random, locale: str, form: str) -> tuple[str, list[str], str]:
    """(written address, street tokens, postcode or '')."""
    street = rng.choice(STREETS[locale].split("|"))
    town, seed, extra = rng.choice(_towns_for(locale, street))
    pc = postcode(rng, locale, seed)
    n = str(rng.randint(1, 180))
    unit = str(rng.randint(1, 24))
    toks = street_tokens(street)
    if locale == "tr_TR":
        mah = rng.choice(TR_MAH)
        toks = [mah, street]
        st = f"{mah} Mah. {street} Sok. No: {n}" + (f" D: {unit}" if form == "unit" else "")
        return (
            (st if form == "street" else f"{st}, {pc} {town}"),
            toks,
            ("" if form == "street" else pc),
        )
    if locale in ("en_US", "en_CA", "en_GB", "en_IE", "fr_FR"):
        st = f"{n} {street}"
        if form == "unit":
            st = {
                "en_US": f"{st}, Apt {unit}",
                "en_CA": f"{unit}-{st}",
                "en_GB": f"Flat {unit}, {st}",
                "en_IE": f"Apt {unit}, {st}",
                "fr_FR": f"{st}, appt {unit}",
            }[locale]
    elif locale == "es_ES":
        st = f"{street}, {n}" + (
            f", {rng.randint(1, 8)}.º {rng.choice('ABCD')}" if form == "unit" else ""
        )
    elif locale == "pl_PL":
        st = f"ul. {street} {n}" + (f"/{unit}" if form == "unit" else "")
    elif locale == "fi_FI":
        st = f"{street} {n}" + (f" {rng.choice('ABC')} {unit}" if form == "unit" else "")
    elif locale == "sv_SE":
        st = f"{street} {n}" + (
            f", lgh 1{rng.randint(0, 3)}0{rng.randint(1, 4)}" if form == "unit" else ""
        )
    else:
        st = f"{street} {n}" + (
            f"-{rng.choice(['1', '2', 'hs', 'bis'])}"
            if locale == "nl_NL" and form == "unit"
            else (f", {int(unit) % 5 + 1}. OG" if form == "unit" else "")
        )
    if form == "street":
        return st, toks, ""
    if locale == "en_US":
        return f"{st}, {town}, {extra} {pc}", toks, pc
    if locale == "en_CA":
        return f"{st}, {town}, {extra} {pc}", toks, pc
    if locale in ("en_GB", "en_IE"):
        return f"{st}, {town}, {pc}" if locale == "en_IE" else f"{st}, {town} {pc}", toks, pc
    if locale == "fr_FR":
        return f"{st}, {pc} {town}", toks, pc
    return f"{st}, {pc} {town}", toks, pc
