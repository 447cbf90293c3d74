"""Towns, postcodes and streets per country, written by each country's postal habits."""

from __future__ import annotations

TOWNS = {
    "en_US": [
        ("Portland, OR", "97205"),
        ("Austin, TX", "78704"),
        ("Chicago, IL", "60614"),
        ("Denver, CO", "80211"),
        ("Seattle, WA", "98103"),
        ("Brooklyn, NY", "11215"),
        ("Raleigh, NC", "27601"),
        ("Somerville, MA", "02143"),
    ],
    "en_IN": [
        ("Bengaluru", "560038"),
        ("Pune", "411001"),
        ("Hyderabad", "500081"),
        ("Chennai", "600017"),
        ("Gurugram", "122002"),
        ("Kochi", "682016"),
        ("Mumbai", "400050"),
        ("Kolkata", "700019"),
    ],
    "de_DE": [
        ("Berlin", "10245"),
        ("Leipzig", "04109"),
        ("Köln", "50823"),
        ("Hamburg", "22765"),
        ("München", "80469"),
        ("Freiburg im Breisgau", "79098"),
        ("Dortmund", "44137"),
        ("Mainz", "55116"),
    ],
    "fr_FR": [
        ("Lyon", "69003"),
        ("Nantes", "44000"),
        ("Paris", "75011"),
        ("Lille", "59800"),
        ("Toulouse", "31000"),
        ("Bordeaux", "33000"),
        ("Rennes", "35000"),
        ("Montpellier", "34000"),
    ],
    "pt_BR": [
        ("São Paulo - SP", "01310-100"),
        ("Rio de Janeiro - RJ", "22071-060"),
        ("Belo Horizonte - MG", "30140-071"),
        ("Curitiba - PR", "80240-210"),
        ("Recife - PE", "52011-000"),
        ("Porto Alegre - RS", "90570-020"),
        ("Florianópolis - SC", "88015-200"),
        ("Salvador - BA", "40140-090"),
    ],
    "nl_NL": [
        ("Amsterdam", "1016 DZ"),
        ("Utrecht", "3511 LX"),
        ("Rotterdam", "3012 CL"),
        ("Den Haag", "2514 EG"),
        ("Eindhoven", "5611 HW"),
        ("Groningen", "9711 KT"),
        ("Haarlem", "2011 VK"),
        ("Nijmegen", "6511 PL"),
    ],
    "ca_ES": [
        ("Barcelona", "08036"),
        ("Girona", "17002"),
        ("Sabadell", "08201"),
        ("Terrassa", "08221"),
        ("Tarragona", "43001"),
        ("Lleida", "25002"),
        ("Badalona", "08911"),
        ("Sant Cugat del Vallès", "08172"),
    ],
    "es_GT": [
        ("Ciudad de Guatemala", "01010"),
        ("Ciudad de Guatemala", "01015"),
        ("Mixco", "01057"),
        ("Antigua Guatemala", "03001"),
        ("Quetzaltenango", "09001"),
        ("Ciudad de Guatemala", "01014"),
    ],
    "en_ZM": [
        ("Lusaka", "10101"),
        ("Kitwe", "50100"),
        ("Ndola", ""),
        ("Livingstone", ""),
    ],
    "fr_CM": [
        ("Douala", "BP 4512"),
        ("Yaoundé", "BP 1187"),
        ("Douala", "BP 2739"),
        ("Yaoundé", "BP 8350"),
        ("Bafoussam", "BP 612"),
        ("Garoua", "BP 341"),
    ],
    "es_BO": [
        ("La Paz", ""),
        ("Santa Cruz de la Sierra", ""),
        ("Cochabamba", ""),
        ("El Alto", ""),
        ("Sucre", ""),
    ],
    "sq_AL": [
        ("Tiranë", "1001"),
        ("Tiranë", "1019"),
        ("Durrës", "2001"),
        ("Shkodër", "4001"),
        ("Vlorë", "9401"),
        ("Korçë", "7001"),
        ("Elbasan", "3001"),
    ],
}

STREETS = {
    "en_US": [
        "Maple Avenue",
        "Hawthorne Blvd",
        "Division Street",
        "Clybourn Ave",
        "Tejon Street",
        "Fremont Ave N",
        "Prospect Park West",
        "Glenwood Avenue",
        "Elm Street",
        "Sycamore Lane",
        "Larchmont Drive",
        "Belmont Ave",
    ],
    "en_IN": [
        "Residency Road",
        "Koramangala 5th Block",
        "Hosur Road",
        "Baner Road",
        "Jubilee Hills Road",
        "Poonamallee High Road",
        "Sohna Road",
        "Panampilly Nagar",
        "Carter Road",
        "Ballygunge Place",
        "Indiranagar Double Road",
        "Lavelle Road",
    ],
    "de_DE": [
        "Lindenstraße",
        "Kastanienallee",
        "Am Sonnenhang",
        "Gartenweg",
        "Weißdornweg",
        "Schillerplatz",
        "Bergmannstraße",
        "Holunderweg",
        "Zülpicher Straße",
        "Eppendorfer Weg",
        "Rosenheimer Straße",
        "Mühlgasse",
    ],
    "fr_FR": [
        "rue des Tilleuls",
        "avenue Jean Jaurès",
        "rue de la Charité",
        "boulevard Voltaire",
        "rue du Faubourg Saint-Antoine",
        "impasse des Glycines",
        "rue Paradis",
        "cours de l'Intendance",
        "rue de Brest",
        "allée des Acacias",
        "quai de la Fosse",
    ],
    "pt_BR": [
        "Rua Augusta",
        "Av. Paulista",
        "Rua das Laranjeiras",
        "Rua dos Timbiras",
        "Rua Padre Anchieta",
        "Rua do Bom Jesus",
        "Rua Gonçalo de Carvalho",
        "Rua Bocaiúva",
        "Av. Sete de Setembro",
        "Rua Haddock Lobo",
    ],
    "nl_NL": [
        "Keizersgracht",
        "Oudegracht",
        "Witte de Withstraat",
        "Laan van Meerdervoort",
        "Stratumseind",
        "Oosterstraat",
        "Kruisweg",
        "Lange Hezelstraat",
        "Bloemgracht",
        "Biltstraat",
        "Zeestraat",
    ],
    "ca_ES": [
        "carrer de Mallorca",
        "carrer de Verdi",
        "passeig de Sant Joan",
        "carrer de la Força",
        "Rambla Nova",
        "carrer Major",
        "carrer de Sants",
        "avinguda Diagonal",
        "carrer del Rec",
        "carrer de Provença",
    ],
    "es_GT": [
        "Avenida La Reforma",
        "Calzada Roosevelt",
        "Boulevard Los Próceres",
        "Avenida Las Américas",
        "Calle del Arco",
        "Boulevard Vista Hermosa",
        "Avenida Petapa",
        "Calzada Aguilar Batres",
    ],
    "en_ZM": [
        "Kabulonga Road",
        "Addis Ababa Drive",
        "Leopards Hill Road",
        "Chindo Road",
        "Independence Avenue",
        "Obote Avenue",
        "Mosi-oa-Tunya Road",
        "Nkana Road",
        "Lubu Road",
        "Chilimbulu Road",
    ],
    "fr_CM": [
        "rue Joss",
        "boulevard de la Liberté",
        "rue Njo-Njo",
        "avenue Kennedy",
        "rue Koloko",
        "carrefour Bastos",
        "rue Drouot",
        "avenue de Gaulle",
        "rue Tokoto",
    ],
    "es_BO": [
        "Calle Jaén",
        "Av. Arce",
        "Calle Sagárnaga",
        "Av. Ballivián",
        "Calle Mercado",
        "Av. Monseñor Rivero",
        "Calle España",
        "Av. América",
        "Calle Potosí",
        "Av. Busch",
    ],
    "sq_AL": [
        "Rruga e Kavajës",
        "Rruga Myslym Shyri",
        "Rruga e Durrësit",
        "Bulevardi Zogu i Parë",
        "Rruga Ismail Qemali",
        "Rruga Pjetër Bogdani",
        "Rruga e Elbasanit",
        "Rruga Sami Frashëri",
        "Rruga Qemal Stafa",
    ],
}

STREET_TYPES = {
    "avenue",
    "ave",
    "blvd",
    "street",
    "lane",
    "drive",
    "road",
    "place",
    "block",
    "high",
    "double",
    "n",
    "west",
    "rue",
    "des",
    "de",
    "la",
    "du",
    "l",
    "d",
    "boulevard",
    "impasse",
    "cours",
    "allée",
    "quai",
    "rua",
    "av",
    "das",
    "dos",
    "do",
    "da",
    "laan",
    "van",
    "calle",
    "avenida",
    "calzada",
    "del",
    "los",
    "las",
    "carrer",
    "passeig",
    "avinguda",
    "rambla",
    "rruga",
    "e",
    "i",
    "bulevardi",
    "carrefour",
    "straße",
    "weg",
    "am",
    "nagar",
    "5th",
    "sant",
    "padre",
    "monseñor",
    "parë",
}


def street_tokens(street: str) -> list[str]:
    out = []
    for w in street.replace("'", " ").split():
        w = w.strip(".,")
        if w.lower() in STREET_TYPES or len(w) < 3 or any(c.isdigit() for c in w):
            continue
        out.append(w)
    return out


def make_address(rng, locale: str) -> tuple[str, str, list[str]]:
    """Return (address, form, fragments)."""
    town, pc = rng.choice(TOWNS[locale])
    st = rng.choice(STREETS[locale])
    n = str(rng.choice([rng.randint(1, 60), rng.randint(1, 250), rng.randint(100, 4800)]))
    form = rng.choice(["full", "full", "full", "street", "oneline"])
    if locale == "en_US":
        n = str(rng.randint(100, 4800))
        line = f"{n} {st}" + rng.choice(
            ["", f", Apt {rng.randint(2, 40)}", f" #{rng.randint(2, 30)}"]
        )
        full = f"{line}, {town} {pc}"
    elif locale == "en_IN":
        unit = rng.choice(["Flat", "No.", "#"])
        line = f"{unit} {rng.randint(1, 60)}{rng.choice(['', '/2', 'A'])}, {st}"
        full = f"{line}, {town} {pc}" if rng.random() < 0.5 else f"{line}, {town} - {pc}"
    elif locale in ("de_DE", "nl_NL"):
        n = str(rng.randint(1, 180)) + rng.choice(["", "", "a", "-2" if locale == "nl_NL" else "b"])
        line = f"{st} {n}"
        full = f"{line}, {pc} {town}"
    elif locale == "fr_FR":
        line = f"{rng.randint(1, 140)}{rng.choice(['', '', ' bis'])} {st}"
        full = f"{line}, {pc} {town}"
    elif locale == "pt_BR":
        line = f"{st}, {n}" + rng.choice(
            ["", f" - apto {rng.randint(11, 180)}", f", sala {rng.randint(2, 30)}"]
        )
        full = f"{line} - {town}, {pc}" if rng.random() < 0.5 else f"{line}, CEP {pc}, {town}"
    elif locale == "ca_ES":
        line = f"{st}, {rng.randint(1, 300)}" + rng.choice(
            ["", f", {rng.randint(1, 6)}r {rng.randint(1, 4)}a", ", baixos"]
        )
        full = f"{line}, {pc} {town}"
    elif locale == "es_GT":
        zona = rng.choice([1, 4, 9, 10, 13, 14, 15])
        line = f"{st} {rng.randint(1, 30)}-{rng.randint(10, 90)}, zona {zona}"
        full = f"{line}, {town} {pc}"
    elif locale == "en_ZM":
        line = f"Plot {rng.randint(10, 9999)}, {st}"
        full = f"{line}, {town} {pc}"
    elif locale == "fr_CM":
        q = rng.choice(["Bonapriso", "Akwa", "Bastos", "Bonanjo", "Mvog-Mbi", "Makepe"])
        line = f"{st}, {q}"
        full = f"{line}, {pc} {town}"
    elif locale == "es_BO":
        line = f"{st} N° {rng.randint(10, 2900)}" + rng.choice(
            ["", f", piso {rng.randint(1, 12)}", ", Sopocachi", ", Zona Sur"]
        )
        full = f"{line}, {town}"
    else:  # sq_AL
        line = (
            f"{st}, Pallati {rng.randint(1, 80)}, Ap. {rng.randint(1, 40)}"
            if rng.random() < 0.6
            else f"{st}, Nr. {rng.randint(1, 120)}"
        )
        full = f"{line}, {pc} {town}"
    frags = ["t:" + t for t in street_tokens(st)]
    if form == "street" or not pc:
        return line, "street_line", frags
    frags.append("p:" + pc)
    if form == "oneline":
        return full.replace(", ", " ", 1), "full_nocomma", frags
    return full, "full", frags
