"""Seventeenth set: real town/postcode pairs, street names and address forms per locale."""

from __future__ import annotations

TOWNS = {
    "en_US": [
        ("Columbus", "OH", "43215"),
        ("Austin", "TX", "78701"),
        ("Denver", "CO", "80203"),
        ("Portland", "OR", "97205"),
        ("Raleigh", "NC", "27601"),
        ("Madison", "WI", "53703"),
        ("Tucson", "AZ", "85701"),
        ("Boise", "ID", "83702"),
        ("Richmond", "VA", "23219"),
        ("Omaha", "NE", "68102"),
        ("Albany", "NY", "12207"),
        ("Pittsburgh", "PA", "15222"),
    ],
    "en_GB": [
        ("Leeds", "", "LS6 2AH"),
        ("Bristol", "", "BS8 1TH"),
        ("Manchester", "", "M20 2RN"),
        ("Norwich", "", "NR2 3DF"),
        ("Cardiff", "", "CF24 4HQ"),
        ("Edinburgh", "", "EH9 1PL"),
        ("Sheffield", "", "S10 2GB"),
        ("Brighton", "", "BN1 6UT"),
        ("York", "", "YO31 7EX"),
        ("Glasgow", "", "G12 8QQ"),
        ("Nottingham", "", "NG7 1FD"),
        ("Exeter", "", "EX4 4QJ"),
    ],
    "de_DE": [
        ("Berlin", "", "10115"),
        ("Hamburg", "", "20357"),
        ("München", "", "80469"),
        ("Köln", "", "50667"),
        ("Leipzig", "", "04109"),
        ("Dresden", "", "01067"),
        ("Freiburg im Breisgau", "", "79098"),
        ("Münster", "", "48143"),
        ("Bremen", "", "28195"),
        ("Mainz", "", "55116"),
        ("Göttingen", "", "37073"),
        ("Nürnberg", "", "90403"),
    ],
    "fr_FR": [
        ("Lyon", "", "69003"),
        ("Paris", "", "75011"),
        ("Marseille", "", "13006"),
        ("Toulouse", "", "31000"),
        ("Nantes", "", "44000"),
        ("Lille", "", "59000"),
        ("Bordeaux", "", "33000"),
        ("Rennes", "", "35000"),
        ("Strasbourg", "", "67000"),
        ("Montpellier", "", "34000"),
        ("Grenoble", "", "38000"),
        ("Dijon", "", "21000"),
    ],
    "nl_NL": [
        ("Amsterdam", "", "1015 CX"),
        ("Utrecht", "", "3511 LX"),
        ("Rotterdam", "", "3011 AD"),
        ("Den Haag", "", "2514 EA"),
        ("Eindhoven", "", "5611 AZ"),
        ("Groningen", "", "9711 LM"),
        ("Haarlem", "", "2011 RK"),
        ("Leiden", "", "2311 EZ"),
        ("Nijmegen", "", "6511 KZ"),
        ("Zwolle", "", "8011 MA"),
        ("Delft", "", "2611 HG"),
        ("Breda", "", "4811 XJ"),
    ],
    "cs_CZ": [
        ("Praha 2", "", "120 00"),
        ("Praha 7", "", "170 00"),
        ("Brno", "", "602 00"),
        ("Ostrava", "", "702 00"),
        ("Plzeň", "", "301 00"),
        ("Olomouc", "", "779 00"),
        ("Liberec", "", "460 01"),
        ("České Budějovice", "", "370 01"),
        ("Hradec Králové", "", "500 02"),
        ("Pardubice", "", "530 02"),
        ("Zlín", "", "760 01"),
        ("Jihlava", "", "586 01"),
    ],
    "sk_SK": [
        ("Bratislava", "", "811 06"),
        ("Bratislava", "", "821 08"),
        ("Košice", "", "040 01"),
        ("Žilina", "", "010 01"),
        ("Nitra", "", "949 01"),
        ("Banská Bystrica", "", "974 01"),
        ("Trnava", "", "917 01"),
        ("Prešov", "", "080 01"),
        ("Trenčín", "", "911 01"),
        ("Martin", "", "036 01"),
        ("Poprad", "", "058 01"),
        ("Zvolen", "", "960 01"),
    ],
    "da_DK": [
        ("København N", "", "2200"),
        ("København Ø", "", "2100"),
        ("Aarhus C", "", "8000"),
        ("Odense C", "", "5000"),
        ("Aalborg", "", "9000"),
        ("Esbjerg", "", "6700"),
        ("Frederiksberg", "", "2000"),
        ("Roskilde", "", "4000"),
        ("Vejle", "", "7100"),
        ("Horsens", "", "8700"),
        ("Kolding", "", "6000"),
        ("Randers C", "", "8900"),
    ],
    "ro_RO": [
        ("București", "Sector 1", "010511"),
        ("București", "Sector 3", "030167"),
        ("Cluj-Napoca", "jud. Cluj", "400001"),
        ("Iași", "jud. Iași", "700028"),
        ("Timișoara", "jud. Timiș", "300011"),
        ("Brașov", "jud. Brașov", "500030"),
        ("Constanța", "jud. Constanța", "900178"),
        ("Sibiu", "jud. Sibiu", "550182"),
        ("Oradea", "jud. Bihor", "410087"),
        ("Craiova", "jud. Dolj", "200585"),
    ],
    "de_CH": [
        ("Zürich", "", "8001"),
        ("Zürich", "", "8004"),
        ("Bern", "", "3011"),
        ("Basel", "", "4051"),
        ("Luzern", "", "6003"),
        ("Winterthur", "", "8400"),
        ("St. Gallen", "", "9000"),
        ("Zug", "", "6300"),
        ("Aarau", "", "5000"),
        ("Chur", "", "7000"),
        ("Thun", "", "3600"),
        ("Baden", "", "5400"),
    ],
    "hu_HU": [
        ("Budapest", "", "1052"),
        ("Budapest", "", "1117"),
        ("Budapest", "", "1065"),
        ("Debrecen", "", "4024"),
        ("Szeged", "", "6720"),
        ("Pécs", "", "7621"),
        ("Győr", "", "9021"),
        ("Miskolc", "", "3525"),
        ("Kecskemét", "", "6000"),
        ("Székesfehérvár", "", "8000"),
        ("Eger", "", "3300"),
        ("Sopron", "", "9400"),
    ],
    "hr_HR": [
        ("Zagreb", "", "10000"),
        ("Zagreb", "", "10010"),
        ("Split", "", "21000"),
        ("Rijeka", "", "51000"),
        ("Osijek", "", "31000"),
        ("Zadar", "", "23000"),
        ("Pula", "", "52100"),
        ("Varaždin", "", "42000"),
        ("Dubrovnik", "", "20000"),
        ("Karlovac", "", "47000"),
        ("Šibenik", "", "22000"),
        ("Čakovec", "", "40000"),
    ],
}

# street-name words (what gets t: fragments), and the street-type words per locale
STREETS = {
    "en_US": (
        "Maple Oak Lincoln Jefferson Cedar Highland Walnut Chestnut Sycamore Lakeview Ridgewood "
        "Franklin Magnolia Prospect Hawthorne Elmwood",
        ["St", "Ave", "Street", "Avenue", "Blvd", "Dr", "Lane"],
    ),
    "en_GB": (
        "Albert Victoria Queens Mill Church Grange Kingsley Beechwood Ashfield Manor Hartington "
        "Belvedere Cromwell Thornhill Wellington Abbey",
        ["Road", "Street", "Lane", "Close", "Avenue", "Gardens"],
    ),
    "de_DE": (
        "Linden Goethe Schiller Kastanien Ahorn Birken Mozart Bahnhof Garten Berliner Friedhof "
        "Humboldt Eichen Rosen Sonnen Brunnen",
        ["straße", "str.", "weg", "allee", "ring", "platz"],
    ),
    "fr_FR": (
        "Lilas|Tilleuls|Acacias|Peupliers|Marronniers|Coquelicots|Vosges|Carmes|Capucins|Cordeliers|"
        "Jardins|Écoles",
        ["rue des", "allée des", "impasse des", "boulevard des", "chemin des"],
    ),
    "nl_NL": (
        "Keizers Heren Linden Prinsen Kastanje Beuken Molen Zonne Vondel Berken Tulpen Rozen "
        "Iepen Wilgen Sparren Eiken",
        ["gracht", "straat", "laan", "weg", "plein", "singel"],
    ),
    "cs_CZ": (
        "Vinohradská Korunní Lidická Husova Palackého Masarykova Nádražní Žitná Jugoslávská "
        "Sokolská Komenského Pražská Dukelská Zahradní Lipová Školní",
        [],
    ),
    "sk_SK": (
        "Obchodná Štúrova Hlavná Mlynská Kukučínova Hviezdoslavova Jesenského Záhradnícka "
        "Poštová Námestovská Dunajská Palisády Hurbanova Kollárova Lipová Tatranská",
        [],
    ),
    "da_DK": (
        "Nørrebro Vester Blegdams Strand Frederiksborg Jagt Østerbro Amager Tordenskjolds "
        "Rosen Bøge Skov Kirke Møller Ege Mølle",
        ["gade", "vej", "allé", "boulevard"],
    ),
    "ro_RO": (
        "Mihai_Eminescu Ion_Creangă Avram_Iancu Republicii Libertății Unirii Florilor "
        "Independenței Observatorului Zorilor Memorandumului Lalelelor",
        ["Str.", "Strada", "Bd.", "Calea"],
    ),
    "de_CH": (
        "Bahnhof Seefeld Kirch Bäckerei Wein Hohl Lang Dorf Schützen Rosen Matten "
        "Sonnenberg Grund Limmat Hirschen Allmend",
        ["strasse", "weg", "gasse", "platz", "rain"],
    ),
    "hu_HU": (
        "Váci Rákóczi Andrássy Kossuth Petőfi Bartók Baross Dózsa Hunyadi Szent_István "
        "Jókai Arany_János Széchenyi Tisza Damjanich Kazinczy",
        ["utca", "út", "tér", "körút"],
    ),
    "hr_HR": (
        "Ilica Vlaška Savska Heinzelova Maksimirska Zagrebačka Vukovarska Riječka Frankopanska "
        "Radićeva Masarykova Gundulićeva Marmontova Korzo Strossmayerova Primorska",
        [],
    ),
}


def _street_words(locale):
    raw, types = STREETS[locale]
    sep = "|" if "|" in raw else " "
    return [w.replace("_", " ") for w in raw.split(sep)], types


def address(rng, locale):
    """Return (value, fragments, form)."""
    town, region, pc = rng.choice(TOWNS[locale])
    words, types = _street_words(locale)
    w = rng.choice(words)
    n = rng.randint(1, 148)
    toks = w.split()
    if locale == "en_US":
        street = f"{n} {w} {rng.choice(types)}"
        unit = rng.choice(
            ["", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}"]
        )
        v = f"{street}{unit}, {town}, {region} {pc}"
    elif locale == "en_GB":
        flat = rng.choice(["", f"Flat {rng.randint(1, 12)}, "])
        v = f"{flat}{n} {w} {rng.choice(types)}, {town} {pc}"
    elif locale in ("de_DE", "de_CH", "nl_NL", "da_DK"):
        t = rng.choice(types)
        name = w + t
        toks = [name.rstrip(".")]
        extra = (
            f", {rng.randint(1, 5)}. {rng.choice(['th.', 'tv.', 'mf.'])}"
            if locale == "da_DK" and rng.random() < 0.6
            else ""
        )
        v = f"{name} {n}{extra}, {pc} {town}"
        if locale == "de_CH" and rng.random() < 0.3:
            v = f"{name} {n}, CH-{pc} {town}"
    elif locale == "fr_FR":
        v = f"{n} {rng.choice(types)} {w}, {pc} {town}"
    elif locale in ("cs_CZ", "sk_SK"):
        num = f"{rng.randint(100, 2600)}/{n}" if rng.random() < 0.6 else str(n)
        v = f"{w} {num}, {pc} {town}"
    elif locale == "ro_RO":
        bl = rng.choice(
            ["", f", bl. {rng.choice('ABCDM')}{rng.randint(1, 9)}, ap. {rng.randint(1, 60)}"]
        )
        v = f"{rng.choice(types)} {w} nr. {n}{bl}, {pc} {town}" + (
            f", {region}" if rng.random() < 0.4 else ""
        )
    elif locale == "hu_HU":
        v = f"{pc} {town}, {w} {rng.choice(types)} {n}." + rng.choice(
            ["", f" {rng.randint(1, 6)}/{rng.randint(1, 12)}."]
        )
    else:  # hr_HR
        v = f"{w} {n}, {pc} {town}"
    frags = ["t:" + t for t in toks if len(t) > 2] + ["p:" + pc]
    return v, frags, "postal_" + locale.split("_")[1].lower()
