"""Forty-third set: hand-written streets, towns with postcode ranges, boxes and utilities."""

from __future__ import annotations

import re

# locale -> (streets, street-type/article words left out of fragments, towns)
# a town is (name, postcode prefix or range, region) and the drawer completes the postcode.
STREETS = {
    "en_GB": ["Tanner Street", "Bramley Road", "Cowgate", "Albion Terrace", "Ropewalk Lane",
              "Foundry Close", "Kingfisher Way", "Cathedral Walk", "Penrhyn Avenue",
              "Whitefriars Crescent", "Chandlers Row", "Mill Hill Road", "Saltmarket",
              "Thornbury Grove", "Weavers Court", "Harbour Parade"],
    "en_CA": ["Maple Crescent", "Dundas Street West", "Rue Saint-Denis", "Portage Avenue",
              "Jasper Avenue", "Spring Garden Road", "Elgin Street", "Granville Street",
              "Whyte Avenue", "Lakeshore Boulevard", "Tamarack Drive", "Birchwood Court",
              "Caribou Trail", "Wascana Parkway", "Quinpool Road", "Cedarbrae Gate"],
    "en_IN": ["Linking Road", "Brigade Road", "Anna Salai", "Park Street", "Residency Road",
              "Jubilee Hills Road", "Nehru Nagar Main Road", "Sardar Patel Marg",
              "Koregaon Park Lane", "Ashram Road", "MG Road", "Hazratganj Marg",
              "Shivaji Nagar Cross Road", "Lokhandwala Complex Road", "Salt Lake Sector",
              "Indiranagar Double Road"],
    "de_CH": ["Bahnhofstrasse", "Seefeldstrasse", "Spalenberg", "Kramgasse", "Langstrasse",
              "Rue du Simplon", "Hirschengraben", "Zeughausgasse", "Birkenweg", "Alpenquai",
              "Dorfstrasse", "Weinbergstrasse", "Rosenbergstrasse", "Sonnenhalde",
              "Florastrasse", "Obstgartenweg"],
    "fr_BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute",
              "Boulevard d'Avroy", "Rue des Tanneurs", "Rue Saint-Gilles", "Avenue Molière",
              "Rue du Marché aux Herbes", "Place Flagey", "Rue de Fer", "Quai de la Batte",
              "Rue des Carmes", "Avenue de Tervueren", "Rue Grétry", "Rue Pont d'Avroy"],
    "fr_BJ": ["Boulevard de la Marina", "Avenue Steinmetz", "Rue des Cheminots",
              "Avenue Jean-Paul II", "Rue du Renouveau", "Carré Haie Vive", "Rue Fifadji",
              "Avenue Clozel", "Rue Akpakpa Dodomè", "Boulevard Saint-Michel", "Rue Zongo",
              "Avenue Van Vollenhoven", "Rue Cadjèhoun", "Boulevard Cica Toyota",
              "Rue Gbégamey", "Route des Pêches"],
    "en_FJ": ["Ratu Sukuna Road", "Victoria Parade", "Waimanu Road", "Cakobau Road",
              "Toorak Road", "Vitogo Parade", "Queens Road", "Namaka Lane", "Rewa Street",
              "Nasese Drive", "Tofua Street", "Brown Street", "Naviti Street", "Lautoka Crescent",
              "Tamavua Heights Road", "Kings Road"],
    "es_MX": ["Paseo de la Reforma", "Avenida Insurgentes Sur", "Calle Tonalá",
              "Avenida Chapultepec", "Calle Morelos", "Avenida Vallarta", "Calle Zaragoza",
              "Avenida Constitución", "Calle Hidalgo", "Boulevard Kukulcán", "Calle Motolinía",
              "Avenida Revolución", "Calle Amsterdam", "Avenida Patriotismo",
              "Calle Alhóndiga", "Privada Tamarindos"],
    "es_GQ": ["Calle de Argelia", "Avenida de la Independencia", "Calle Rey Boncoro",
              "Avenida de Hassan II", "Calle de Bata", "Carretera del Aeropuerto",
              "Calle Nigeria", "Paseo Marítimo", "Calle Mongomo", "Avenida del Congo",
              "Calle Ela Nguema", "Calle Caracolas", "Calle Patricio Lumumba",
              "Avenida Monseñor Nze Abuy", "Calle Sipopo", "Calle Ebebiyín"],
    "pl_PL": ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Grunwaldzka",
              "ul. Świętojańska", "ul. Mickiewicza", "ul. Kościuszki", "ul. Jagiellońska",
              "ul. Grochowska", "os. Bohaterów Września", "ul. Słowackiego", "ul. Wierzbowa",
              "ul. Kasztanowa", "al. Niepodległości", "ul. Żeromskiego", "ul. Ogrodowa"],
    "cs_CZ": ["Vinohradská", "Na Příkopě", "Masarykova", "Husova", "Lidická", "Palackého",
              "Křižíkova", "Nádražní", "Štefánikova", "Korunní", "Poděbradova", "Zahradní",
              "Sokolovská", "Jiráskova", "Bělehradská", "Tylova"],
    "sv_SE": ["Drottninggatan", "Sveavägen", "Linnégatan", "Storgatan", "Kungsgatan",
              "Hamngatan", "Götgatan", "Odengatan", "Ringvägen", "Björkstigen", "Skolgatan",
              "Tallvägen", "Östra Hamngatan", "Stigbergsliden", "Vasagatan", "Järntorget"],
}

STREET_WORDS = {
    "street", "road", "lane", "avenue", "close", "way", "walk", "crescent", "row", "grove",
    "court", "parade", "terrace", "drive", "boulevard", "trail", "parkway", "gate", "west",
    "marg", "main", "cross", "double", "rue", "de", "la", "du", "des", "d'", "chaussee",
    "place", "quai", "route", "carre", "calle", "avenida", "paseo", "privada", "carretera",
    "del", "el", "ul.", "al.", "os.", "na", "ostra", "salai", "sector", "complex", "heights",
    "aux", "saint", "st", "ii",
}

# town, postcode head (GB/CA outward code, digits prefix elsewhere), province/region
TOWNS = {
    "en_GB": [("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M14"), ("Cardiff", "CF24"),
              ("Glasgow", "G12"), ("Edinburgh", "EH7"), ("Norwich", "NR2"), ("Leicester", "LE2"),
              ("Brighton", "BN1"), ("York", "YO31"), ("Sheffield", "S11"), ("Swansea", "SA1"),
              ("Nottingham", "NG7"), ("Exeter", "EX4")],
    "en_CA": [("Toronto", "M4C ON"), ("Ottawa", "K1S ON"), ("Montréal", "H2T QC"),
              ("Vancouver", "V6K BC"), ("Calgary", "T2N AB"), ("Edmonton", "T6E AB"),
              ("Halifax", "B3H NS"), ("Winnipeg", "R3L MB"), ("Regina", "S4S SK"),
              ("St. John's", "A1C NL"), ("Québec", "G1R QC"), ("Victoria", "V8V BC")],
    "en_IN": [("Mumbai", "400"), ("New Delhi", "110"), ("Bengaluru", "560"), ("Chennai", "600"),
              ("Kolkata", "700"), ("Hyderabad", "500"), ("Pune", "411"), ("Jaipur", "302"),
              ("Lucknow", "226"), ("Kochi", "682"), ("Ahmedabad", "380"), ("Bhopal", "462")],
    "de_CH": [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Luzern", "60"),
              ("St. Gallen", "90"), ("Winterthur", "84"), ("Biel/Bienne", "25"), ("Zug", "63"),
              ("Chur", "70"), ("Aarau", "50"), ("Thun", "36"), ("Schaffhausen", "82")],
    "fr_BE": [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Schaerbeek", "1030"),
              ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Wavre", "1300"), ("Louvain-la-Neuve", "1348"), ("Tournai", "7500"),
              ("Arlon", "6700"), ("Verviers", "4800")],
    "fr_BJ": [("Cotonou", "01"), ("Porto-Novo", "02"), ("Parakou", "03"), ("Abomey-Calavi", "04"),
              ("Cotonou", "03"), ("Bohicon", "05"), ("Natitingou", "06"), ("Ouidah", "07")],
    "en_FJ": [("Suva", ""), ("Lautoka", ""), ("Nadi", ""), ("Labasa", ""), ("Nausori", ""),
              ("Ba", ""), ("Sigatoka", ""), ("Savusavu", "")],
    "es_MX": [("Ciudad de México", "06"), ("Ciudad de México", "03"), ("Guadalajara", "44"),
              ("Monterrey", "64"), ("Puebla", "72"), ("Querétaro", "76"), ("Mérida", "97"),
              ("Oaxaca de Juárez", "68"), ("Tijuana", "22"), ("León", "37"), ("Cancún", "77"),
              ("Morelia", "58")],
    "es_GQ": [("Malabo", ""), ("Bata", ""), ("Ebebiyín", ""), ("Mongomo", ""), ("Luba", ""),
              ("Evinayong", ""), ("Ciudad de la Paz", ""), ("Aconibe", "")],
    "pl_PL": [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"),
              ("Poznań", "6"), ("Gdańsk", "80"), ("Szczecin", "7"), ("Lublin", "20"),
              ("Katowice", "40"), ("Białystok", "15"), ("Rzeszów", "35"), ("Toruń", "87")],
    "cs_CZ": [("Praha", "1"), ("Brno", "6"), ("Ostrava", "70"), ("Plzeň", "30"),
              ("Olomouc", "77"), ("Liberec", "46"), ("České Budějovice", "370"),
              ("Hradec Králové", "500"), ("Pardubice", "530"), ("Zlín", "760"),
              ("Jihlava", "586"), ("Ústí nad Labem", "400")],
    "sv_SE": [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"),
              ("Västerås", "72"), ("Örebro", "70"), ("Linköping", "58"), ("Umeå", "90"),
              ("Luleå", "97"), ("Lund", "22"), ("Jönköping", "55"), ("Sundsvall", "85")],
}

BOX_WORD = {"en_GB": "PO Box", "en_CA": "PO Box", "en_IN": "P.O. Box", "de_CH": "Postfach",
            "fr_BE": "Boîte postale", "fr_BJ": "BP", "en_FJ": "P.O. Box",
            "es_MX": "Apartado Postal", "es_GQ": "Apartado", "pl_PL": "skr. poczt.",
            "cs_CZ": "P. O. Box", "sv_SE": "Box"}

_GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"

POSTCODE_RE = {
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "en_CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",
    "en_IN": r"[1-9]\d{5}",
    "de_CH": r"[1-9]\d{3}",
    "fr_BE": r"[1-9]\d{3}",
    "es_MX": r"\d{5}",
    "pl_PL": r"\d{2}-\d{3}",
    "cs_CZ": r"[1-7]\d{2} \d{2}",
    "sv_SE": r"[1-9]\d{2} \d{2}",
}


def postcode_ok(locale: str, code: str) -> bool:
    pat = POSTCODE_RE.get(locale)
    return pat is not None and re.fullmatch(pat, code) is not None


def draw_postcode(rng, locale: str, head: str) -> str:
    d = "0123456789"
    if locale == "en_GB":
        return f"{head} {rng.choice('123456789')}{rng.choice(_GB_IN)}{rng.choice(_GB_IN)}"
    if locale == "en_CA":
        fsa = head.split()[0]
        return f"{fsa} {rng.choice(d)}{rng.choice(_CA_L)}{rng.choice(d)}"
    if locale == "en_IN":
        return head + "".join(rng.choice(d) for _ in range(3))
    if locale in ("de_CH", "fr_BE"):
        if len(head) == 4:
            return head
        return head + "".join(rng.choice(d) for _ in range(4 - len(head)))
    if locale == "es_MX":
        return head + "".join(rng.choice(d) for _ in range(5 - len(head)))
    if locale == "pl_PL":
        raw = head + "".join(rng.choice(d) for _ in range(5 - len(head)))
        return raw[:2] + "-" + raw[2:]
    if locale in ("cs_CZ", "sv_SE"):
        raw = head + "".join(rng.choice(d) for _ in range(5 - len(head)))
        if raw.endswith("00") is False and locale == "cs_CZ" and rng.random() < 0.5:
            raw = raw[:3] + "00"
        return raw[:3] + " " + raw[3:]
    return ""


# invented utilities, telcos and installers per locale (organisation names, not people)
ORGS = {
    "en_GB": ["Northgate Power", "Severnside Water", "Pennine Gas & Electric", "Lumen Fibre",
              "Brightwell Mobile", "Solway Heat Pumps"],
    "en_CA": ["Prairie Hydro", "Maritime Power Co-op", "Laurentian Gas", "NorthStar Wireless",
              "Cascade Fibre", "Boreal Solar"],
    "en_IN": ["Deccan Power Distribution", "Sahyadri Gas", "JalSeva Water Board",
              "Kaveri Fibernet", "Bharat Tel Mobile", "SuryaGrid Rooftop Solar"],
    "de_CH": ["Stadtwerke Limmattal", "Aare Energie AG", "Rheintal Gas", "Alpnet Glasfaser",
              "Helvetel Mobile", "Sonnenhof Wärmepumpen"],
    "fr_BE": ["Wallonie Énergie", "Meuse Gaz", "Eaux de Sambre", "Ardennes Fibre",
              "BelMobile", "Soleil de Namur Installations"],
    "fr_BJ": ["Société Béninoise d'Énergie du Littoral", "Eaux de l'Ouémé", "Bénin Fibre",
              "Atlantique Mobile", "Kétou Solaire", "Lagune Télécom"],
    "en_FJ": ["Viti Power Authority", "Rewa Water Services", "Bula Fibre", "Koro Mobile",
              "Sunrise Solar Fiji", "Pacific Gas Supplies"],
    "es_MX": ["Energía del Bajío", "Agua Potable del Valle", "Gas Natural Anáhuac",
              "Fibra Maya", "Telmóvil Norte", "Sol de Sonora Paneles"],
    "es_GQ": ["Energía de Bioko", "Aguas de Malabo", "Río Muni Telecom", "Guinea Fibra",
              "Ceiba Móvil", "Solar Annobón"],
    "pl_PL": ["Mazowiecka Energetyka", "Wodociągi Nadwiślańskie", "Gaz Śląski",
              "Światłowód Pomorski", "Orzeł Mobile", "Fotowolt Podhale"],
    "cs_CZ": ["Energie Vltava", "Vodárny Pojizeří", "Plyn Morava", "Optika Labe",
              "Česká Síť Mobil", "Solární Vysočina"],
    "sv_SE": ["Norrlandskraft", "Mälarvatten", "Västkust Gas", "Fiberlänken",
              "Nordmobil", "Solgården Värmepumpar"],
}
