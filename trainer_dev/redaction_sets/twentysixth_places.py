"""Towns with their real postcodes and hand-written street names, per locale.

make_address returns (value, fragments, form). Fragments: "t:" for each
street-name token (never the street type, the particle or the house number)
and "p:" for the postcode (or P.O. box number / GhanaPostGPS code).
"""

from __future__ import annotations

import random

TOWNS = {
    "en_US": [
        ("Columbus", "OH", "43215"),
        ("Austin", "TX", "78701"),
        ("Denver", "CO", "80203"),
        ("Portland", "OR", "97205"),
        ("Raleigh", "NC", "27601"),
        ("Madison", "WI", "53703"),
        ("Tucson", "AZ", "85701"),
        ("Richmond", "VA", "23219"),
        ("Boise", "ID", "83702"),
    ],
    "en_IN": [
        ("Bengaluru", "KA", "560038"),
        ("Pune", "MH", "411001"),
        ("Hyderabad", "TS", "500081"),
        ("Chennai", "TN", "600017"),
        ("Kochi", "KL", "682016"),
        ("Gurugram", "HR", "122002"),
        ("Noida", "UP", "201301"),
        ("Kolkata", "WB", "700091"),
        ("Ahmedabad", "GJ", "380015"),
    ],
    "de_DE": [
        ("Berlin", "", "10115"),
        ("Hamburg", "", "20095"),
        ("München", "", "80331"),
        ("Köln", "", "50667"),
        ("Leipzig", "", "04109"),
        ("Dresden", "", "01067"),
        ("Freiburg im Breisgau", "", "79098"),
        ("Münster", "", "48143"),
        ("Karlsruhe", "", "76133"),
    ],
    "fr_FR": [
        ("Lyon", "", "69002"),
        ("Nantes", "", "44000"),
        ("Toulouse", "", "31000"),
        ("Lille", "", "59000"),
        ("Rennes", "", "35000"),
        ("Montpellier", "", "34000"),
        ("Grenoble", "", "38000"),
        ("Bordeaux", "", "33000"),
        ("Strasbourg", "", "67000"),
    ],
    "pt_BR": [
        ("São Paulo", "SP", "01310-100"),
        ("Campinas", "SP", "13015-904"),
        ("Belo Horizonte", "MG", "30130-110"),
        ("Curitiba", "PR", "80020-310"),
        ("Recife", "PE", "50030-230"),
        ("Porto Alegre", "RS", "90010-150"),
        ("Florianópolis", "SC", "88010-400"),
        ("Fortaleza", "CE", "60160-230"),
    ],
    "nl_NL": [
        ("Amsterdam", "", "1016 DW"),
        ("Utrecht", "", "3511 LX"),
        ("Rotterdam", "", "3012 CN"),
        ("Eindhoven", "", "5611 AZ"),
        ("Groningen", "", "9711 LM"),
        ("Den Haag", "", "2514 EA"),
        ("Leiden", "", "2311 GT"),
        ("Nijmegen", "", "6511 PN"),
        ("Zwolle", "", "8011 CW"),
    ],
    "en_GH": [
        ("Accra", "East Legon", "GA-183-8164"),
        ("Accra", "Osu", "GA-040-1573"),
        ("Kumasi", "Asokwa", "AK-484-9321"),
        ("Tema", "Community 11", "GT-016-2233"),
        ("Takoradi", "Anaji", "WS-312-7740"),
        ("Accra", "Dzorwulu", "GA-157-6620"),
        ("Cape Coast", "Abura", "CC-117-4089"),
        ("Tamale", "Vittin", "NT-025-1187"),
    ],
    "fr_LU": [
        ("Luxembourg", "", "L-1611"),
        ("Esch-sur-Alzette", "", "L-4170"),
        ("Differdange", "", "L-4530"),
        ("Dudelange", "", "L-3450"),
        ("Strassen", "", "L-8010"),
        ("Bertrange", "", "L-8080"),
        ("Ettelbruck", "", "L-9050"),
        ("Mamer", "", "L-8210"),
        ("Luxembourg", "", "L-2210"),
        ("Howald", "", "L-1817"),
    ],
    "es_EC": [
        ("Quito", "Pichincha", "170135"),
        ("Guayaquil", "Guayas", "090112"),
        ("Cuenca", "Azuay", "010107"),
        ("Manta", "Manabí", "130802"),
        ("Ambato", "Tungurahua", "180104"),
        ("Loja", "Loja", "110104"),
        ("Portoviejo", "Manabí", "130105"),
        ("Ibarra", "Imbabura", "100150"),
    ],
    "fr_SN": [
        ("Dakar", "Mermoz", "BP 5071"),
        ("Dakar", "Sacré-Cœur 3", "BP 15210"),
        ("Dakar", "Point E", "BP 3327"),
        ("Dakar", "Ouakam", "BP 8012"),
        ("Dakar", "Almadies", "BP 24190"),
        ("Thiès", "Randoulène", "BP 967"),
        ("Saint-Louis", "Sor", "BP 412"),
        ("Dakar", "Plateau", "BP 6140"),
    ],
    "en_UG": [
        ("Kampala", "Nakasero", "7062"),
        ("Kampala", "Kololo", "10231"),
        ("Kampala", "Ntinda", "33125"),
        ("Kampala", "Bugolobi", "4517"),
        ("Entebbe", "Kitoro", "388"),
        ("Kampala", "Muyenga", "21894"),
        ("Jinja", "Walukuba", "1192"),
        ("Mbarara", "Kakoba", "1410"),
    ],
    "es_PY": [
        ("Asunción", "Villa Morra", "1209"),
        ("Asunción", "Recoleta", "1536"),
        ("San Lorenzo", "Central", "2160"),
        ("Ciudad del Este", "Alto Paraná", "7000"),
        ("Encarnación", "Itapúa", "6000"),
        ("Luque", "Central", "2060"),
        ("Lambaré", "Central", "2330"),
        ("Fernando de la Mora", "Central", "2300"),
    ],
}

# street name (tokens to score are the words not in the type/particle list), type words
STREETS = {
    "en_US": (
        "Maple|Ave;Juniper Ridge|Dr;Cottonwood|Ln;Harrington|St;Sycamore|Blvd;"
        "Pinecrest|Ct;Old Mill|Rd;Larkspur|Way;Briarwood|Pl;Magnolia Bend|Dr"
    ),
    "en_IN": (
        "Koramangala|Main Road;Hosur|Road;Anna Salai|;Linking|Road;Sarjapur|Road;"
        "Banjara Hills Road No. 12|;Residency|Road;Gariahat|Road;Vijay Nagar|Colony"
    ),
    "de_DE": (
        "Lindenstraße|;Kastanienallee|;Am Sandtorkai|;Gneisenaustraße|;Bergmannstraße|;"
        "Hohenzollernring|;Pfarrer-Kneipp-Weg|;Rosenheimer Straße|;Kurfürstendamm|"
    ),
    "fr_FR": (
        "des Tanneurs|rue;de la Bourse|place;Gambetta|cours;des Lilas|impasse;"
        "Victor Hugo|boulevard;du Moulin Vert|chemin;Lamartine|allée;Paul Bert|avenue;"
        "des Capucins|quai"
    ),
    "pt_BR": (
        "Augusta|Rua;Paulista|Avenida;Marechal Floriano|Rua;dos Andradas|Rua;"
        "Bento Gonçalves|Avenida;Afonso Pena|Avenida;das Palmeiras|Travessa;"
        "Beira Mar|Avenida;Ipiranga|Rua"
    ),
    "nl_NL": (
        "Keizersgracht|;Oudegracht|;Witte de Withstraat|;Stratumseind|;Vismarkt|;"
        "Laan van Meerdervoort|;Breestraat|;Molenstraat|;Diezerstraat|;Zonnebloemlaan|"
    ),
    "en_GH": (
        "Nii Sowah|Street;Oxford|Street;Boundary|Road;Liberation|Road;Spintex|Road;"
        "Kanda Highway|;Ring Road|;Sakumono|Close;Agyemang Badu|Street"
    ),
    "fr_LU": (
        "de la Gare|rue;de Strasbourg|rue;Grande-Duchesse Charlotte|boulevard;"
        "de la Liberté|avenue;du Fossé|rue;des Champs|rue;Emile Mayrisch|rue;"
        "de Bettembourg|route;Jean Monnet|rue"
    ),
    "es_EC": (
        "Amazonas|Av.;de los Shyris|Av.;República de El Salvador|Av.;Nueve de Octubre|Av.;"
        "Juan Tanca Marengo|Av.;Remigio Crespo|Av.;Reina Victoria|calle;Foch|calle"
    ),
    "fr_SN": (
        "Cité Keur Gorgui|;Bourguiba|avenue;Cheikh Anta Diop|avenue;Félix Faure|rue;"
        "Cité Djily Mbaye|;Corniche Ouest|route;Cité Biagui|;des Almadies|route"
    ),
    "en_UG": (
        "Bombo|Road;Acacia|Avenue;Lumumba|Avenue;Bukoto|Street;Ggaba|Road;"
        "Mackinnon|Road;Kiira|Road;Nakasero Hill|Road;Luthuli|Avenue"
    ),
    "es_PY": (
        "Mariscal López|Av.;Tte. Vera|calle;España|Av.;Senador Long|calle;"
        "Eusebio Ayala|Av.;Cruz del Chaco|calle;Perú|Av.;Santa Teresa|Av."
    ),
}
_TYPE_WORDS = {
    "road",
    "street",
    "avenue",
    "colony",
    "close",
    "highway",
    "main",
    "cité",
    "no",
    "de",
    "la",
    "des",
    "du",
    "los",
    "el",
    "dos",
    "das",
    "am",
    "van",
    "laan",
    "route",
    "straße",
    "tte",
    "av",
    "calle",
    "hills",
    "weg",
}


_IN_BLDG = ["Sai Krupa Apts", "Prestige Court", "Green Glen Layout", "Shanti Niwas"]


def street_tokens(name: str) -> list[str]:
    out = []
    for w in name.replace("-", " ").split():
        w = w.strip(".,")
        if w.lower() in _TYPE_WORDS or not w.isalpha() or len(w) < 3:
            continue
        out.append(w)
    return out


def _streets(loc: str) -> list[tuple[str, str]]:
    return [tuple(x.split("|")) for x in STREETS[loc].split(";")]


def make_address(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    town, reg, pc = rng.choice(TOWNS[loc])
    name, typ = rng.choice(_streets(loc))
    n = rng.randrange(2, 240)
    frag = [f"t:{t}" for t in street_tokens(name)]
    form = "street_line"
    if loc == "en_US":
        unit = rng.choice(
            [
                "",
                f", Apt {rng.randrange(1, 30)}{rng.choice('ABCD')}",
                f", Suite {rng.randrange(100, 900)}",
            ]
        )
        v = f"{n * 10 + rng.randrange(10)} {name} {typ}{unit}, {town}, {reg} {pc}"
    elif loc == "en_IN":
        v = (
            f"{rng.choice(['Flat', 'No.', 'Plot'])} {n}, {rng.choice(_IN_BLDG)}, "
            f"{name}{' ' + typ if typ else ''}, {town} {rng.choice(['', '- '])}{pc}"
        )
    elif loc in ("de_DE", "nl_NL"):
        full = f"{name} {typ}".strip()
        sep = rng.choice([", ", "\n"])
        v = f"{full} {n}{rng.choice(['', '', 'a', 'b'])}{sep}{pc} {town}"
        form = "two_line" if sep == "\n" else form
    elif loc in ("fr_FR", "fr_LU"):
        v = f"{n}{rng.choice(['', ',', ' bis'])} {typ} {name}, {pc} {town}"
        if loc == "fr_LU" and rng.random() < 0.3:
            v = f"{n}, {typ} {name}\n{pc} {town}"
            form = "two_line"
    elif loc == "pt_BR":
        bairro = rng.choice(["Centro", "Bela Vista", "Savassi", "Boa Viagem"])
        v = f"{typ} {name}, {n * 7} - {bairro}, {town} - {reg}, {pc}"
    elif loc == "en_GH":
        v = f"House No. {n}, {name}{' ' + typ if typ else ''}, {reg}, {town}. GPS: {pc}"
        form = "gps"
        if rng.random() < 0.4:
            v = f"{pc} ({name}{' ' + typ if typ else ''}, {reg})"
            form = "gps_first"
    elif loc == "es_EC":
        cross = rng.choice([s for s in _streets(loc) if s[0] != name])
        v = f"{typ} {name} N{rng.randrange(20, 50)}-{n} y {cross[1]} {cross[0]}, {town} {pc}"
        frag += [f"t:{t}" for t in street_tokens(cross[0])]
        form = "intersection"
    elif loc == "fr_SN":
        v = f"{typ + ' ' if typ else ''}{name}, villa n° {n}, {reg}, {pc} {town}"
        form = "villa_bp"
    elif loc == "en_UG":
        v = f"Plot {n}, {name} {typ}, {reg}, P.O. Box {pc}, {town}"
        form = "plot_box"
    else:  # es_PY
        cross = rng.choice([s for s in _streets(loc) if s[0] != name])
        v = f"{typ} {name} {n * 9} c/ {cross[0]}, {reg}, {town} ({pc})"
        frag += [f"t:{t}" for t in street_tokens(cross[0])]
        form = "corner"
    code = pc.split()[-1] if loc in ("fr_SN",) else pc
    if loc == "fr_LU":
        code = pc[2:]
    frag.append(f"p:{code}")
    return v, frag, form
