"""Eighth set: street names, towns with their postcode formats, districts (per locale)."""

from __future__ import annotations

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# street names (name part only; the type word is added by the locale's formatter)
STREETS = {
    "en_US": "Maple|Juniper|Pennsylvania|Magnolia|Cottonwood|Sycamore|Lakeshore|Wadsworth|Chestnut|Bluebonnet|"
    "Kensington|Martin Luther King Jr|Harborview|Ridgecrest|Foxhollow|Woodlawn|Tamarack|Briarwood",
    "en_GB": "Ashby|Coldharbour|Priory|Wellington|Vicarage|Hawthorn|Cavendish|Quarry|Gorsey|Tattersall|"
    "Fenwick|Dunstable|Abbotsford|Larkspur|Holloway|Mersey|Stanhope|Kingsholm",
    "en_IE": "Ballinteer|Clonskeagh|Griffith|Rathgar|Mount Merrion|Glasnevin|Shandon|Ardnacrusha|"
    "Knocknacarra|Kilbarrack|Drumcondra|Blackglen|Carrigaline|Mardyke|Salthill|Castletroy",
    "en_IN": "Mahatma Gandhi|Nehru|Sardar Patel|Brigade|Linking|Anna Salai|Lokhandwala|Banjara Hills|"
    "Jubilee Hills|Rajaji|Netaji Subhash|Tilak|Vivekananda|Kasturba|Ashoka|Residency",
    "en_AU": "Wattle|Bottlebrush|Jacaranda|Brunswick|Kooyong|Paramatta|Boundary|Glenferrie|Banksia|"
    "Coorparoo|Warrigal|Illawarra|Currawong|Tullamarine|Eucalyptus|Yarra",
    "en_CA": "Bloor|Sherbrooke|Jasper|Portage|Dufferin|Saint-Denis|Laurier|Granville|Spadina|Yonge|"
    "Wellesley|Rideau|Bathurst|Côte-des-Neiges|Kingsway|Quinpool",
    "de_DE": "Haupt|Linden|Goethe|Schiller|Bahnhof|Kastanien|Friedrich-Ebert-|Rosen|Birken|Mühlen|"
    "Brunnen|Eichendorff|Kirch|Garten|Wiesen|Ahorn|Beethoven|Uhland",
    "fr_FR": "de la République|Victor Hugo|des Lilas|du Faubourg Saint-Antoine|Jean Jaurès|de la Paix|"
    "des Acacias|Gambetta|du Moulin|Pasteur|des Tanneurs|Émile Zola|de Verdun|des Capucins|Voltaire|"
    "Sainte-Catherine",
    "es_ES": "Mayor|de Alcalá|del Pez|de Serrano|de la Princesa|Gran Vía|del Carmen|de Goya|de Velázquez|"
    "Sant Joan|de Colón|del Doctor Fleming|de Triana|de las Delicias|de Bailén|de Zurbarán",
    "it_IT": "Giuseppe Garibaldi|Roma|Camillo Benso di Cavour|dei Mille|Alessandro Manzoni|San Francesco|"
    "Dante Alighieri|Nazionale|del Corso|Giacomo Matteotti|delle Rose|dei Tigli|Vittorio Emanuele II|"
    "Marco Polo|della Libertà|Toscana",
    "nl_NL": "Keizersgracht|Prinsengracht|Dorpsstraat|Kerkstraat|Molenweg|Julianalaan|Beatrixstraat|"
    "Lindelaan|Stationsweg|Nieuwe Binnenweg|Oudegracht|Herengracht|Wilhelminapark|Parallelweg|"
    "Zonnebloemstraat|Vondelstraat",
    "pt_BR": "Augusta|das Flores|Barão de Itapetininga|Dom Pedro II|XV de Novembro|Sete de Setembro|"
    "dos Andradas|Visconde de Pirajá|Marechal Deodoro|da Consolação|Padre Anchieta|Tiradentes|"
    "Bento Gonçalves|Duque de Caxias|Santos Dumont|Paulista",
}


# town, region, postcode maker
def _us_zip(prefix):
    return lambda r: (
        prefix + _d(r, 5 - len(prefix)) + (("-" + _d(r, 4)) if r.random() < 0.25 else "")
    )


def _gb(outwards):
    return lambda r: (
        f"{r.choice(outwards)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    )


_EIR = "0123456789ACDEFHKNPRTVWXY"


def _ie(key):
    return lambda r: f"{key} {''.join(r.choice(_EIR) for _ in range(4))}"


def _ca(fsa_first):
    al = "ABCEGHJKLMNPRSTVWXYZ"
    return lambda r: (
        f"{fsa_first}{r.randint(0, 9)}{r.choice(al)} {r.randint(0, 9)}{r.choice(al)}{r.randint(0, 9)}"
    )


def _num(prefix, n):
    return lambda r: prefix + _d(r, n - len(prefix))


def _nl(prefix):
    def make(r):
        while True:
            lt = r.choice(_LETTERS) + r.choice(_LETTERS)
            if lt not in {"SA", "SD", "SS"}:
                return f"{prefix}{_d(r, 4 - len(prefix))} {lt}"

    return make


def _br(prefix):
    return lambda r: f"{prefix}{_d(r, 5 - len(prefix))}-{_d(r, 3)}"


TOWNS = {
    "en_US": [
        ("Springfield", "IL", _us_zip("627")),
        ("Bozeman", "MT", _us_zip("597")),
        ("Tacoma", "WA", _us_zip("984")),
        ("Asheville", "NC", _us_zip("288")),
        ("Duluth", "MN", _us_zip("558")),
        ("El Paso", "TX", _us_zip("799")),
        ("Providence", "RI", _us_zip("029")),
        ("Boise", "ID", _us_zip("837")),
    ],
    "en_GB": [
        ("LEEDS", "", _gb(["LS6", "LS2", "LS11"])),
        ("MANCHESTER", "", _gb(["M14", "M20", "M1"])),
        ("CARDIFF", "", _gb(["CF10", "CF24"])),
        ("LONDON", "", _gb(["N7", "SE15", "E17", "NW3"])),
        ("Bristol", "", _gb(["BS6", "BS3"])),
        ("Norwich", "Norfolk", _gb(["NR2", "NR4"])),
        ("Truro", "Cornwall", _gb(["TR1"])),
        ("EDINBURGH", "", _gb(["EH6", "EH9"])),
    ],
    "en_IE": [
        ("Dublin 6", "", _ie("D06")),
        ("Ballincollig", "Co. Cork", _ie("P31")),
        ("Galway", "", _ie("H91")),
        ("Limerick", "", _ie("V94")),
        ("Ennis", "Co. Clare", _ie("V95")),
        ("Naas", "Co. Kildare", _ie("W91")),
        ("Dublin 9", "", _ie("D09")),
        ("Tralee", "Co. Kerry", _ie("V92")),
    ],
    "en_IN": [
        ("Bengaluru", "Karnataka", _num("560", 6)),
        ("Mumbai", "Maharashtra", _num("400", 6)),
        ("Chennai", "Tamil Nadu", _num("600", 6)),
        ("Hyderabad", "Telangana", _num("500", 6)),
        ("New Delhi", "Delhi", _num("110", 6)),
        ("Kolkata", "West Bengal", _num("700", 6)),
        ("Pune", "Maharashtra", _num("411", 6)),
        ("Kochi", "Kerala", _num("682", 6)),
    ],
    "en_AU": [
        ("FITZROY", "VIC", _num("30", 4)),
        ("NEWTOWN", "NSW", _num("2042", 4)),
        ("PADDINGTON", "QLD", _num("40", 4)),
        ("FREMANTLE", "WA", _num("616", 4)),
        ("GLENELG", "SA", _num("504", 4)),
        ("BRADDON", "ACT", _num("261", 4)),
        ("SANDY BAY", "TAS", _num("700", 4)),
        ("PARAP", "NT", _num("08", 4)),
    ],
    "en_CA": [
        ("Toronto", "ON", _ca("M")),
        ("Montréal", "QC", _ca("H")),
        ("Vancouver", "BC", _ca("V")),
        ("Winnipeg", "MB", _ca("R")),
        ("Halifax", "NS", _ca("B")),
        ("Calgary", "AB", _ca("T")),
        ("Ottawa", "ON", _ca("K")),
        ("Saskatoon", "SK", _ca("S")),
    ],
    "de_DE": [
        ("Berlin", "", _num("10", 5)),
        ("München", "", _num("80", 5)),
        ("Hamburg", "", _num("22", 5)),
        ("Köln", "", _num("50", 5)),
        ("Leipzig", "", _num("04", 5)),
        ("Freiburg im Breisgau", "", _num("79", 5)),
        ("Münster", "", _num("48", 5)),
        ("Bad Homburg v. d. Höhe", "", _num("613", 5)),
    ],
    "fr_FR": [
        ("PARIS", "", _num("750", 5)),
        ("LYON", "", _num("6900", 5)),
        ("Marseille", "", _num("130", 5)),
        ("Bordeaux", "", _num("330", 5)),
        ("Lille", "", _num("590", 5)),
        ("Rennes", "", _num("350", 5)),
        ("Strasbourg", "", _num("670", 5)),
        ("Saint-Étienne", "", _num("420", 5)),
    ],
    "es_ES": [
        ("Madrid", "Madrid", _num("280", 5)),
        ("Barcelona", "Barcelona", _num("080", 5)),
        ("Sevilla", "Sevilla", _num("410", 5)),
        ("Valencia", "Valencia", _num("460", 5)),
        ("Bilbao", "Bizkaia", _num("480", 5)),
        ("Zaragoza", "Zaragoza", _num("500", 5)),
        ("Málaga", "Málaga", _num("290", 5)),
        ("A Coruña", "A Coruña", _num("150", 5)),
    ],
    "it_IT": [
        ("Milano", "MI", _num("201", 5)),
        ("Roma", "RM", _num("001", 5)),
        ("Torino", "TO", _num("101", 5)),
        ("Napoli", "NA", _num("801", 5)),
        ("Bologna", "BO", _num("401", 5)),
        ("Firenze", "FI", _num("501", 5)),
        ("Palermo", "PA", _num("901", 5)),
        ("Reggio nell'Emilia", "RE", _num("421", 5)),
    ],
    "nl_NL": [
        ("Amsterdam", "", _nl("10")),
        ("Rotterdam", "", _nl("30")),
        ("Utrecht", "", _nl("35")),
        ("Den Haag", "", _nl("25")),
        ("Groningen", "", _nl("97")),
        ("Eindhoven", "", _nl("56")),
        ("Leeuwarden", "", _nl("89")),
        ("'s-Hertogenbosch", "", _nl("52")),
    ],
    "pt_BR": [
        ("São Paulo", "SP", _br("01")),
        ("Rio de Janeiro", "RJ", _br("22")),
        ("Belo Horizonte", "MG", _br("30")),
        ("Porto Alegre", "RS", _br("90")),
        ("Recife", "PE", _br("50")),
        ("Salvador", "BA", _br("40")),
        ("Curitiba", "PR", _br("80")),
        ("Fortaleza", "CE", _br("60")),
    ],
}

DISTRICTS = {  # aligned with TOWNS
    "en_IN": "Indiranagar|Andheri West|T. Nagar|Gachibowli|Hauz Khas|Salt Lake|Kothrud|Kakkanad".split(
        "|"
    ),
    "pt_BR": "Pinheiros|Copacabana|Savassi|Moinhos de Vento|Boa Viagem|Barra|Batel|Meireles".split(
        "|"
    ),
}
