"""Real town/postcode pairs and plausible streets per locale, written to each postal standard."""
# ruff: noqa: E501  (data tables: name pools, streets, per-language clauses)

from __future__ import annotations

# (town line, postcode) pairs; the town line is written after the postcode where the country does so
TOWNS = {
    "en_US": [
        ("Austin, TX", "78701"),
        ("Denver, CO", "80202"),
        ("Portland, OR", "97205"),
        ("Columbus, OH", "43215"),
        ("Raleigh, NC", "27601"),
        ("Madison, WI", "53703"),
        ("Boise, ID", "83702"),
        ("Nashville, TN", "37203"),
        ("Seattle, WA", "98101"),
        ("Chicago, IL", "60614"),
        ("Pittsburgh, PA", "15222"),
        ("Boston, MA", "02116"),
    ],
    "en_IN": [
        ("Bengaluru", "560038"),
        ("Mumbai", "400050"),
        ("Pune", "411001"),
        ("Chennai", "600017"),
        ("Hyderabad", "500081"),
        ("New Delhi", "110017"),
        ("Kolkata", "700019"),
        ("Ahmedabad", "380009"),
        ("Jaipur", "302001"),
        ("Kochi", "682016"),
        ("Noida", "201301"),
        ("Gurugram", "122002"),
    ],
    "es_ES": [
        ("Madrid", "28004"),
        ("Barcelona", "08012"),
        ("Valencia", "46004"),
        ("Sevilla", "41003"),
        ("Zaragoza", "50001"),
        ("Bilbao", "48009"),
        ("Málaga", "29015"),
        ("Granada", "18009"),
        ("Valladolid", "47001"),
        ("A Coruña", "15003"),
        ("Palma", "07001"),
        ("Murcia", "30001"),
    ],
    "it_IT": [
        ("Milano", "20121"),
        ("Roma", "00185"),
        ("Torino", "10121"),
        ("Bologna", "40126"),
        ("Firenze", "50122"),
        ("Napoli", "80132"),
        ("Verona", "37121"),
        ("Padova", "35122"),
        ("Genova", "16121"),
        ("Bari", "70121"),
        ("Trento", "38122"),
        ("Palermo", "90133"),
    ],
    "pt_BR": [
        ("São Paulo - SP", "01310-100"),
        ("Rio de Janeiro - RJ", "22041-001"),
        ("Belo Horizonte - MG", "30130-010"),
        ("Curitiba - PR", "80020-310"),
        ("Porto Alegre - RS", "90010-150"),
        ("Recife - PE", "50030-230"),
        ("Salvador - BA", "40020-000"),
        ("Florianópolis - SC", "88010-400"),
        ("Fortaleza - CE", "60160-230"),
        ("Brasília - DF", "70040-010"),
        ("Campinas - SP", "13015-100"),
        ("Goiânia - GO", "74015-010"),
    ],
    "nb_NO": [
        ("Oslo", "0552"),
        ("Oslo", "0150"),
        ("Bergen", "5003"),
        ("Trondheim", "7011"),
        ("Stavanger", "4006"),
        ("Tromsø", "9008"),
        ("Kristiansand", "4611"),
        ("Drammen", "3015"),
        ("Fredrikstad", "1607"),
        ("Bodø", "8006"),
        ("Ålesund", "6002"),
        ("Lillehammer", "2609"),
    ],
    "ms_MY": [
        ("Kuala Lumpur", "50450"),
        ("Petaling Jaya, Selangor", "47300"),
        ("Shah Alam, Selangor", "40000"),
        ("George Town, Pulau Pinang", "10200"),
        ("Johor Bahru, Johor", "80000"),
        ("Ipoh, Perak", "30000"),
        ("Kota Kinabalu, Sabah", "88000"),
        ("Kuching, Sarawak", "93000"),
        ("Melaka", "75000"),
        ("Seremban, Negeri Sembilan", "70000"),
        ("Cyberjaya, Selangor", "63000"),
        ("Puchong, Selangor", "47100"),
    ],
    "es_AR": [
        ("CABA", "C1414"),
        ("CABA", "C1043"),
        ("CABA", "C1425"),
        ("Córdoba", "X5000"),
        ("Rosario, Santa Fe", "S2000"),
        ("Mendoza", "M5500"),
        ("La Plata", "B1900"),
        ("Mar del Plata", "B7600"),
        ("Salta", "A4400"),
        ("San Miguel de Tucumán", "T4000"),
        ("Neuquén", "Q8300"),
        ("Bahía Blanca", "B8000"),
    ],
    "en_NG": [
        ("Victoria Island, Lagos", "101241"),
        ("Ikeja, Lagos", "100271"),
        ("Lekki, Lagos", "105102"),
        ("Wuse II, Abuja", "900288"),
        ("Garki, Abuja", "900103"),
        ("Ibadan, Oyo State", "200211"),
        ("Port Harcourt, Rivers State", "500272"),
        ("Enugu", "400102"),
        ("Kano", "700241"),
        ("Benin City, Edo State", "300251"),
        ("Yaba, Lagos", "101212"),
        ("Surulere, Lagos", "101283"),
    ],
    "en_PH": [
        ("Makati City", "1226"),
        ("Quezon City", "1101"),
        ("Taguig City", "1634"),
        ("Pasig City", "1605"),
        ("Manila", "1000"),
        ("Cebu City", "6000"),
        ("Davao City", "8000"),
        ("Iloilo City", "5000"),
        ("Baguio City", "2600"),
        ("Mandaluyong City", "1550"),
        ("Cagayan de Oro", "9000"),
        ("Bacolod City", "6100"),
    ],
    "id_ID": [
        ("Jakarta Selatan", "12110"),
        ("Jakarta Pusat", "10310"),
        ("Bandung", "40115"),
        ("Surabaya", "60271"),
        ("Yogyakarta", "55223"),
        ("Semarang", "50134"),
        ("Medan", "20112"),
        ("Denpasar", "80225"),
        ("Makassar", "90111"),
        ("Malang", "65111"),
        ("Bogor", "16121"),
        ("Tangerang Selatan", "15310"),
    ],
    "es_CO": [
        ("Bogotá", "110221"),
        ("Bogotá", "110231"),
        ("Medellín", "050021"),
        ("Medellín", "050022"),
        ("Cali", "760042"),
        ("Barranquilla", "080020"),
        ("Cartagena", "130001"),
        ("Bucaramanga", "680003"),
        ("Pereira", "660001"),
        ("Manizales", "170001"),
        ("Santa Marta", "470004"),
        ("Cúcuta", "540001"),
    ],
}

# street (type word, name) — name tokens are what gets scored
STREETS = {
    "en_US": (
        "St Ave Dr Blvd Ln Rd Ct Way",
        "Maple Ridge|Cedar Hollow|Lakeshore|Briarwood|Juniper|Sycamore Bend|Harbor View|Ashford|Wildflower|Copperfield|Meadowlark|Old Mill",
    ),
    "en_IN": (
        "Road Marg Street Cross",
        "Linking|Hill|Carter|Brigade|Residency|Nehru Place|Kasturba|Hosur|Koregaon Park|Jubilee Hills|Lavelle|Temple",
    ),
    "es_ES": (
        "Calle|Avenida|Paseo|Plaza|C/",
        "de Alcalá|del Olmo|de la Alameda|Mayor|de Gràcia|Colón|del Carmen|de Toledo|Reyes Católicos|Zurbano|Fuencarral|de la Reina",
    ),
    "it_IT": (
        "Via|Viale|Corso|Piazza|Vicolo",
        "dei Mille|Solferino|Marsala|Torino|dei Serragli|Tiburtina|San Felice|Sempione|Canonica|delle Belle Arti|Nizza|Santo Stefano",
    ),
    "pt_BR": (
        "Rua|Avenida|Av.|Travessa|Alameda",
        "Augusta|Haddock Lobo|dos Andradas|Barata Ribeiro|XV de Novembro|das Flores|Visconde de Pirajá|Santos Dumont|Padre Chagas|Oscar Freire|Bento Gonçalves|do Ouvidor",
    ),
    "nb_NO": (
        "gate|vei|veien|gata",
        "Thorvald Meyers|Markveien|Storgata|Kongens|Olav Tryggvasons|Bygdøy allé|Kirkegata|Sandviksveien|Dronningens|Strandgata|Løkkeveien|Parkveien",
    ),
    "ms_MY": (
        "Jalan|Jln.|Lorong|Persiaran",
        "Ampang|Telawi|Bangsar|Kiara|Dato Onn|SS 2/24|Burma|Tun Perak|Pudu|Gasing|Setia Murni|Kemajuan",
    ),
    "es_AR": (
        "Av.|Avenida|Calle|Pasaje",
        "Santa Fe|Gorriti|Corrientes|Córdoba|Thames|Honduras|Cabildo|Humboldt|San Martín|Belgrano|Mitre|Olleros",
    ),
    "en_NG": (
        "Street|Road|Crescent|Close|Avenue",
        "Adeola Odeku|Awolowo|Admiralty|Herbert Macaulay|Ademola Adetokunbo|Allen|Bourdillon|Kofo Abayomi|Aminu Kano|Opebi|Akin Adesola|Isaac John",
    ),
    "en_PH": (
        "Street|St.|Avenue|Ave.|Road",
        "Jupiter|Kalayaan|Salcedo|Valero|Katipunan|Maginhawa|Escolta|Mabini|Lacson|Rada|Emerald|Tomas Morato",
    ),
    "id_ID": (
        "Jl.|Jalan|Gang|Gg.",
        "Kemang Raya|Cikini Raya|Dago|Malioboro|Darmo|Pandanaran|Sudirman|Gatot Subroto|Teuku Umar|Tebet Barat|Braga|Pemuda",
    ),
    "es_CO": (
        "Calle|Carrera|Cra.|Cl.|Avenida|Transversal",
        "#|#|#|#|El Poblado|Jiménez|Boyacá|Circunvalar|#|#|#|#",
    ),
}


def address(rng, loc: str):
    """Return (value, form, fragments)."""
    from .eighteenth_people import tokens

    types, names = STREETS[loc]
    types = types.split("|") if "|" in types else types.split()
    name = rng.choice(names.split("|"))
    town, pc = rng.choice(TOWNS[loc])
    typ = rng.choice(types)
    n = rng.randint(2, 2899) if loc in ("en_US", "es_AR") else rng.randint(1, 240)
    unit = ""
    frags: list[str] = []
    form = "street_postcode_town"
    if loc == "en_US":
        unit = rng.choice(
            [
                "",
                "",
                f", Apt {rng.randint(2, 40)}{rng.choice('ABCD')}",
                f" Suite {rng.randint(100, 950)}",
            ]
        )
        v = f"{n} {name} {typ}{unit}, {town} {pc}"
    elif loc == "en_IN":
        v = rng.choice(
            [
                f"Flat {rng.randint(101, 904)}, {n} {name} {typ}, {town} - {pc}",
                f"No. {n}, {name} {typ}, {town} {pc}",
                f"{n}, {name} {typ}, {town} {pc}",
            ]
        )
    elif loc == "es_ES":
        fl = rng.choice(
            [
                "",
                f", {rng.randint(1, 8)}º {rng.choice('ABCD')}",
                f", {rng.randint(1, 6)}º{rng.choice(['1ª', '2ª', 'izda.', 'dcha.'])}",
            ]
        )
        v = f"{typ} {name}, {n}{fl}, {pc} {town}"
    elif loc == "it_IT":
        v = f"{typ} {name} {n}{rng.choice(['', '/B', ', scala C'])}, {pc} {town}"
    elif loc == "pt_BR":
        v = f"{typ} {name}, {n * 7}{rng.choice(['', f' - apto {rng.randint(11, 184)}', ', sala 1203'])}, {town}, {pc}"
        v = v.replace(f", {town}, {pc}", rng.choice([f", {town}, {pc}", f" - {town}, CEP {pc}"]))
    elif loc == "nb_NO":
        if name.endswith(("veien", "gata", "allé")):
            st = name
        else:
            st = f"{name} {typ}"
        v = f"{st} {n}{rng.choice(['', 'B', ' H0302'])}, {pc} {town}"
    elif loc == "ms_MY":
        v = f"{rng.choice(['No. ', 'Lot ', ''])}{n}, {typ} {name}, {pc} {town}"
        if "/" in name:
            frags.append("p:" + name)
    elif loc == "es_AR":
        v = f"{typ} {name} {n}{rng.choice(['', ', piso 4 B', ', 2° A', ' dpto 7'])}, {pc} {town}"
    elif loc == "en_NG":
        v = f"{n} {name} {typ}, {town} {pc}"
    elif loc == "en_PH":
        v = f"{rng.choice(['', 'Unit ' + str(rng.randint(201, 3805)) + ', '])}{n} {name} {typ}, {town} {pc}"
    elif loc == "id_ID":
        v = f"{typ} {name} No. {n}{rng.choice(['', ', RT 03/RW 05', ', Blok C'])}, {town} {pc}"
    else:  # es_CO
        if name == "#":
            a, b, c = rng.randint(10, 140), rng.randint(5, 99), rng.randint(2, 99)
            plate = f"{b}-{c:02d}"
            v = f"{typ} {a}{rng.choice(['', 'A', 'B', ' Sur'])} # {plate}{rng.choice(['', ' apto 502', ' oficina 801'])}, {town}, {pc}"
            frags.append("p:" + plate)
            form = "numeric_grid"
        else:
            v = f"{typ} {name} # {rng.randint(10, 80)}-{rng.randint(10, 99)}, {town}, {pc}"
    if not (loc == "es_CO" and name == "#"):
        frags += [
            "t:" + t for t in tokens(name) if not t.isdigit() and t.lower() not in ("allé", "raya")
        ] or []
        if name in (
            "Markveien",
            "Storgata",
            "Kirkegata",
            "Strandgata",
            "Løkkeveien",
            "Parkveien",
            "Sandviksveien",
        ):
            frags = ["t:" + name]
    if not any(f.startswith("t:") for f in frags) and form != "numeric_grid":
        frags += ["t:" + t for t in tokens(name)]
    frags.append("p:" + pc)
    if rng.random() < 0.12 and form != "numeric_grid":
        # street only, no postcode: people often write just that
        v = v.split(", " + pc)[0].split(f", {pc}")[0]
        if pc not in v:
            frags = [f for f in frags if f != "p:" + pc]
            form = "street_only"
    return v, form, frags
