"""Postal addresses of the seventh set, in each country's format (e-mail and URLs: seventh_contact).

``address`` returns (text, street-name tokens, postcode): the scorer checks street and postcode
apart.
"""

from __future__ import annotations

import random

_L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# street name words (the distinctive part), street types, towns with their postcode rules
STREETS = {
    "en_US": (
        "Maple|Hawthorne|Sycamore|Juniper|Magnolia|Larkspur|Cottonwood|Briarcliff|Kensington|"
        "Whitmore|Alder|Pinecrest|Ridgewood|Tamarack|Chestnut|Dogwood|Fairmount|Beacon"
    ),
    "en_GB": (
        "Ashby|Cranbourne|Thornhill|Kingsway|Beechwood|Larkhall|Marlborough|Foxglove|Holyrood|"
        "Wellesley|Abbotsford|Penrhyn|Sandringham|Elmfield|Chatsworth|Radcliffe|Bramley"
    ),
    "en_IE": (
        "Ballymun|Glenageary|Clonskeagh|Rathgar|Shandon|Knocknacarra|Tivoli|Dromcollogher|"
        "Ashgrove|Beaumont|Carrigaline|Ardnacrusha|Inchicore|Glasheen|Mount Merrion|Seapoint"
    ),
    "en_IN": (
        "Rajaji|Nehru|Lajpat Rai|Tilak|Sardar Patel|Gokhale|Annie Besant|Brigade|Residency|"
        "Chowringhee|Linking|Hosur|Carter|Jawahar|Kasturba|Subhash Chandra Bose|Ramakrishna"
    ),
    "en_AU": (
        "Wattle|Banksia|Jacaranda|Boronia|Kookaburra|Warrigal|Murrumbidgee|Grevillea|Bottlebrush|"
        "Coolabah|Waratah|Tallowwood|Brunswick|Lygon|Moorabool|Ironbark|Yarrabee"
    ),
    "en_CA": (
        "Maplewood|Tecumseh|Laurier|Mackenzie|Cedarbrae|Assiniboine|Saskatoon|Muskoka|Algonquin|"
        "Wascana|Chinook|Kootenay|Fundy|Beothuk|Cabot|Okanagan|Rideau"
    ),
    "de_DE": (
        "Linden|Kastanien|Birken|Goethe|Schiller|Ahorn|Holunder|Bismarck|Lessing|Eichendorff|"
        "Hölderlin|Mühlen|Brunnen|Rosen|Tannen|Wiesen|Kirch|Hafen|Fliederweg"
    ),
    "fr_FR": (
        "des Lilas|Victor-Hugo|de la République|des Tilleuls|Jean-Jaurès|Pasteur|des Acacias|"
        "Gambetta|du Faubourg-Poissonnière|des Marronniers|Émile-Zola|de la Roquette|"
        "Saint-Exupéry|des Cordeliers|Voltaire|du Moulin-Vert|des Glycines"
    ),
    "es_ES": (
        "Mayor|de Alcalá|del Pilar|de la Constitución|Sierpes|Colón|de Goya|Serrano|"
        "de Aragó|Doctor Fleming|de los Almendros|Fuencarral|San Vicente Mártir|Urzáiz|"
        "de la Paz|Zurbarán|Ribera de Curtidores"
    ),
    "it_IT": (
        "Garibaldi|Mazzini|Cavour|Manzoni|dei Mille|Vittorio Emanuele|Dante Alighieri|"
        "della Repubblica|Roma|dei Tigli|San Francesco|Leopardi|Matteotti|Carducci|"
        "delle Rose|Fratelli Bandiera|Bixio"
    ),
    "nl_NL": (
        "Prinsengracht|Kerkstraat|Molenweg|Lindelaan|Stationsweg|Dorpsstraat|Oudegracht|"
        "Julianalaan|Beatrixstraat|Vondelstraat|Spoorsingel|Koningsweg|Bloemgracht|Zeelandia|"
        "Hoogstraat|Nieuwe Binnenweg|Eikenlaan"
    ),
    "pt_BR": (
        "Augusta|Atlântica|das Flores|Sete de Setembro|Marechal Deodoro|Barão de Mauá|"
        "Tiradentes|Visconde de Pirajá|Oscar Freire|dos Andradas|Getúlio Vargas|Paulista|"
        "Boa Viagem|Rui Barbosa|das Palmeiras|Santos Dumont|Afonso Pena"
    ),
}

TOWNS = {
    "en_US": (
        "Springfield, IL 627|Austin, TX 787|Portland, OR 972|Columbus, OH 432|Raleigh, NC 276|"
        "Tucson, AZ 857|Madison, WI 537|Boise, ID 837|Albany, NY 122|Savannah, GA 314|"
        "Burlington, VT 054|Omaha, NE 681"
    ),
    "en_GB": (
        "Loughborough LE|Leeds LS|Bristol BS|Manchester M|Glasgow G|Cardiff CF|Norwich NR|"
        "Edinburgh EH|Croydon CR|Sheffield S|Bath BA|Reading RG|Exeter EX|Belfast BT"
    ),
    "en_IE": (
        "Dublin 6|D06|Dublin 4|D04|Cork|T12|Galway|H91|Limerick|V94|Waterford|X91|"
        "Ballincollig, Co. Cork|P31|Blackrock, Co. Dublin|A94|Naas, Co. Kildare|W91|Sligo|F91"
    ),
    "en_IN": (
        "Bengaluru|560|Chennai|600|Mumbai|400|New Delhi|110|Kolkata|700|Hyderabad|500|Pune|411|"
        "Kochi|682|Jaipur|302|Ahmedabad|380"
    ),
    "en_AU": (
        "Fitzroy VIC 30|Newtown NSW 20|Fremantle WA 61|Paddington QLD 40|Glenelg SA 50|"
        "Sandy Bay TAS 70|Braddon ACT 26|Parap NT 08|Geelong VIC 32|Wollongong NSW 25"
    ),
    "en_CA": (
        "Toronto, ON M|Ottawa, ON K|Vancouver, BC V|Calgary, AB T|Halifax, NS B|Winnipeg, MB R|"
        "Regina, SK S|Montréal, QC H|St. John's, NL A|Moncton, NB E|Charlottetown, PE C"
    ),
    "de_DE": (
        "Berlin 10|Hamburg 20|München 80|Köln 50|Frankfurt am Main 60|Leipzig 04|Dresden 01|"
        "Stuttgart 70|Bremen 28|Freiburg im Breisgau 79|Münster 48|Nürnberg 90"
    ),
    "fr_FR": (
        "Paris 750|Lyon 6900|Marseille 130|Toulouse 310|Nantes 440|Bordeaux 330|Lille 590|"
        "Rennes 350|Strasbourg 670|Montpellier 340|Grenoble 380|Brest 292"
    ),
    "es_ES": (
        "Madrid 280|Barcelona 080|Sevilla 410|Valencia 460|Bilbao 480|Zaragoza 500|Málaga 290|"
        "Vigo 362|Granada 180|Oviedo 330|Palma 070|Salamanca 370"
    ),
    "it_IT": (
        "Milano MI 201|Roma RM 001|Torino TO 101|Napoli NA 801|Bologna BO 401|Firenze FI 501|"
        "Bari BA 701|Genova GE 161|Palermo PA 901|Verona VR 371|Padova PD 351|Cagliari CA 091"
    ),
    "nl_NL": (
        "Amsterdam 10|Rotterdam 30|Utrecht 35|Den Haag 25|Eindhoven 56|Groningen 97|Leiden 23|"
        "Nijmegen 65|Haarlem 20|Zwolle 80|Maastricht 62|Delft 26"
    ),
    "pt_BR": (
        "São Paulo|SP|0|Rio de Janeiro|RJ|2|Belo Horizonte|MG|3|Curitiba|PR|8|Porto Alegre|RS|9|"
        "Recife|PE|5|Salvador|BA|4|Fortaleza|CE|6|Brasília|DF|7|Florianópolis|SC|8"
    ),
}

_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"
_CA_LET = "ABCEGHJKLMNPRSTVWXYZ"


def _pick(rng: random.Random, spec: str, group: int) -> list[str]:
    parts = spec.split("|")
    i = rng.randrange(len(parts) // group) * group
    return parts[i : i + group]


def _name_tokens(name: str) -> list[str]:
    skip = {
        "de",
        "la",
        "del",
        "des",
        "du",
        "dei",
        "delle",
        "della",
        "dos",
        "das",
        "da",
        "los",
        "di",
        "le",
        "i",
    }
    return [w for w in name.split() if w.lower() not in skip]


def address(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    r = rng
    name = r.choice(STREETS[locale].split("|"))
    num = str(r.choice((r.randint(1, 60), r.randint(1, 300), r.randint(100, 9800))))
    if locale == "en_US":
        town, _, zip3 = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        typ = r.choice(("Street", "Avenue", "Drive", "Lane", "Blvd", "Court", "Rd.", "Way"))
        pc = zip3 + _digits(r, 2) + (f"-{_digits(r, 4)}" if r.random() < 0.2 else "")
        unit = r.choice(("", "", ", Apt 4B", " Suite 210", ", Unit 12", " #305"))
        tail = town.split(", ")
        text = r.choice(
            [
                f"{num} {name} {typ}{unit}, {tail[0]}, {tail[1]} {pc}",
                f"{num} {name} {typ}{unit}\n{tail[0]}, {tail[1]} {pc}",
            ]
        )
        return text, [name], pc
    if locale == "en_GB":
        town, _, area = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        district = str(r.randint(1, 28))
        pc = f"{area}{district} {r.randint(0, 9)}{r.choice(_GB_INWARD)}{r.choice(_GB_INWARD)}"
        typ = r.choice(
            ("Road", "Close", "Street", "Gardens", "Terrace", "Avenue", "Crescent", "Mews")
        )
        flat = r.choice(("", "", "Flat 3, ", "Flat 2/1, ", "The Old Rectory, "))
        text = r.choice(
            [
                f"{flat}{num} {name} {typ}, {town} {pc}",
                f"{flat}{num} {name} {typ}\n{town}\n{pc}",
                f"{num} {name} {typ}, {town}, {pc}",
            ]
        )
        return text, [name], pc
    if locale == "en_IE":
        town, key = _pick(r, TOWNS[locale], 2)
        pc = key + " " + "".join(r.choice(_EIR) for _ in range(4))
        typ = r.choice(("Road", "Avenue", "Park", "Grove", "Street", "Lawn", "Terrace", "Heights"))
        text = r.choice(
            [
                f"{num} {name} {typ}, {town}, {pc}",
                f"{r.randint(1, 60)} {name} {typ}\n{town}\n{pc}",
                f"Apt {r.randint(1, 40)}, {name} {typ}, {town} {pc}",
            ]
        )
        return text, _name_tokens(name), pc
    if locale == "en_IN":
        town, pin3 = _pick(r, TOWNS[locale], 2)
        pc = pin3 + _digits(r, 3)
        typ = r.choice(("Road", "Street", "Marg", "Salai", "Cross Road", "Main Road", "Nagar"))
        flat = r.choice(
            ("Flat 402, Sai Krupa Apartments, ", "No. ", "#", "Plot ", "H.No. ", "Door No. ")
        )
        sep = r.choice((" ", " - ", "-", " – "))
        text = f"{flat}{num}, {name} {typ}, {town}{sep}{pc}"
        if r.random() < 0.3:
            text = f"{flat}{num}, {name} {typ},\n{town} {pc}"
        return text, _name_tokens(name), pc
    if locale == "en_AU":
        town = r.choice(TOWNS[locale].split("|"))
        pc = town[-2:] + _digits(r, 2)
        town = town[:-3]
        typ = r.choice(("Street", "St", "Road", "Parade", "Crescent", "Avenue", "Place", "Close"))
        unit = r.choice(("", "", "Unit 5, ", "3/", "Level 2, "))
        text = r.choice(
            [f"{unit}{num} {name} {typ}, {town} {pc}", f"{unit}{num} {name} {typ}\n{town} {pc}"]
        )
        return text, [name], pc
    if locale == "en_CA":
        town, _, first = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        fsa = f"{first}{r.randint(0, 9)}{r.choice(_CA_LET)}"
        pc = f"{fsa} {r.randint(0, 9)}{r.choice(_CA_LET)}{r.randint(0, 9)}"
        typ = r.choice(("Street", "Avenue", "Crescent", "Drive", "Road", "Boulevard", "Trail"))
        unit = r.choice(("", "", "Suite 400, ", "Unit 7 - ", "1204-"))
        text = r.choice(
            [f"{unit}{num} {name} {typ}, {town} {pc}", f"{unit}{num} {name} {typ}\n{town}  {pc}"]
        )
        return text, [name], pc
    if locale == "de_DE":
        town, _, plz2 = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        pc = plz2 + _digits(r, 3)
        if name.endswith("weg"):
            street = name
        else:
            street = name + r.choice(("straße", "str.", "weg", "allee", "platz", "ring", "gasse"))
        house = num if int(num) < 300 else str(r.randint(1, 120))
        house += r.choice(("", "", "", "a", " b"))
        text = r.choice(
            [
                f"{street} {house}, {pc} {town}",
                f"{street} {house}\n{pc} {town}",
                f"{street} {house} · {pc} {town}",
            ]
        )
        return text, [street.rstrip(".")], pc
    if locale == "fr_FR":
        town, _, cp3 = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        pc = cp3 + _digits(r, 5 - len(cp3))
        if town == "Paris":
            pc = "750" + f"{r.randint(1, 20):02d}"
        typ = r.choice(("rue", "avenue", "boulevard", "allée", "impasse", "place", "quai"))
        house = str(r.randint(1, 180)) + r.choice(("", "", " bis", " ter"))
        text = r.choice(
            [
                f"{house} {typ} {name}, {pc} {town}",
                f"{house}, {typ} {name}\n{pc} {town.upper()}",
                f"{house} {typ} {name} – {pc} {town}",
            ]
        )
        return text, [t for t in _name_tokens(name)], pc
    if locale == "es_ES":
        town, _, cp3 = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        pc = cp3 + _digits(r, 2)
        typ = r.choice(("C/", "Calle", "Avda.", "Avenida", "Pº", "Plaza", "c/"))
        house = str(r.randint(1, 150))
        floor = r.choice(("", ", 3º B", ", 1º izq.", ", bajo", ", 5ºA", ", ático"))
        text = r.choice(
            [
                f"{typ} {name}, {house}{floor}, {pc} {town}",
                f"{typ} {name} {house}{floor}\n{pc} {town}",
            ]
        )
        return text, _name_tokens(name), pc
    if locale == "it_IT":
        spec = r.choice(TOWNS[locale].split("|")).split(" ")
        town, prov, cap3 = " ".join(spec[:-2]), spec[-2], spec[-1]
        pc = cap3 + _digits(r, 5 - len(cap3))
        typ = r.choice(("Via", "Viale", "Corso", "Piazza", "via", "Largo", "V.le"))
        house = str(r.randint(1, 200)) + r.choice(("", "", "/A", " int. 4"))
        text = r.choice(
            [
                f"{typ} {name} {house}, {pc} {town} ({prov})",
                f"{typ} {name}, {house} - {pc} {town} {prov}",
                f"{typ} {name} {house}\n{pc} {town} ({prov})",
            ]
        )
        return text, _name_tokens(name), pc
    if locale == "nl_NL":
        town, _, pc2 = r.choice(TOWNS[locale].split("|")).rpartition(" ")
        while True:
            letters = r.choice(_L) + r.choice(_L)
            if letters not in ("SA", "SD", "SS"):
                break
        pc = pc2 + _digits(r, 2) + r.choice((" ", " ", "")) + letters
        house = str(r.randint(1, 400)) + r.choice(("", "", "-2", " A", "hs", "-III"))
        text = r.choice(
            [
                f"{name} {house}, {pc} {town}",
                f"{name} {house}\n{pc}  {town.upper()}",
                f"{name} {house}, {pc}, {town}",
            ]
        )
        return text, _name_tokens(name), pc
    if locale == "pt_BR":
        town, uf, first = _pick(r, TOWNS[locale], 3)
        pc = first + _digits(r, 4) + "-" + _digits(r, 3)
        typ = r.choice(("Rua", "Av.", "Avenida", "R.", "Alameda", "Travessa"))
        bairro = r.choice(
            ("Centro", "Jardim América", "Boa Vista", "Vila Mariana", "Savassi", "Moinhos de Vento")
        )
        comp = r.choice(("", ", apto 52", ", sala 1203", ", casa 2", ", bloco B ap. 301"))
        text = r.choice(
            [
                f"{typ} {name}, {num}{comp} - {bairro}, {town} - {uf}, {pc}",
                f"{typ} {name}, {num}{comp}\n{bairro} – {town}/{uf}\nCEP {pc}",
                f"{typ} {name} {num}{comp}, {bairro}, {town}-{uf}, CEP: {pc}",
            ]
        )
        return text, _name_tokens(name), pc
    raise ValueError(locale)
