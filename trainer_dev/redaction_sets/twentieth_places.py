"""Streets and real town/postcode pairs per country, formatted to each postal standard.

A street is (name tokens, type word, type-before-name?).  Only name tokens become
"t:" fragments; the postcode becomes a "p:" fragment.
"""

from __future__ import annotations

TOWNS = {
    "en_US": [
        ("Portland, OR", "97205"),
        ("Austin, TX", "78701"),
        ("Columbus, OH", "43215"),
        ("Denver, CO", "80202"),
        ("Raleigh, NC", "27601"),
        ("Madison, WI", "53703"),
        ("Tucson, AZ", "85701"),
        ("Boise, ID", "83702"),
    ],
    "en_IN": [
        ("Bengaluru", "560001"),
        ("Pune", "411001"),
        ("Chennai", "600017"),
        ("Mumbai", "400050"),
        ("Hyderabad", "500034"),
        ("Kolkata", "700019"),
        ("Jaipur", "302001"),
        ("Kochi", "682016"),
    ],
    "pt_BR": [
        ("São Paulo - SP", "01310-100"),
        ("Rio de Janeiro - RJ", "22041-001"),
        ("Belo Horizonte - MG", "30130-010"),
        ("Curitiba - PR", "80020-000"),
        ("Porto Alegre - RS", "90010-150"),
        ("Recife - PE", "50030-230"),
        ("Florianópolis - SC", "88010-400"),
        ("Salvador - BA", "40020-000"),
    ],
    "nl_NL": [
        ("Amsterdam", "1016 EA"),
        ("Utrecht", "3511 AB"),
        ("Rotterdam", "3011 BD"),
        ("Den Haag", "2514 JK"),
        ("Eindhoven", "5611 AB"),
        ("Groningen", "9711 LM"),
        ("Haarlem", "2011 VA"),
        ("Leiden", "2311 EZ"),
    ],
    "pl_PL": [
        ("Warszawa", "00-514"),
        ("Kraków", "31-005"),
        ("Łódź", "90-102"),
        ("Gdańsk", "80-831"),
        ("Wrocław", "50-077"),
        ("Poznań", "61-772"),
        ("Gdynia", "81-366"),
        ("Lublin", "20-002"),
    ],
    "sv_SE": [
        ("Stockholm", "111 21"),
        ("Göteborg", "411 38"),
        ("Malmö", "211 43"),
        ("Uppsala", "753 20"),
        ("Västerås", "722 15"),
        ("Örebro", "702 10"),
        ("Linköping", "582 24"),
        ("Umeå", "903 26"),
    ],
    "es_CO": [
        ("Bogotá", "110221"),
        ("Medellín", "050021"),
        ("Cali", "760042"),
        ("Barranquilla", "080020"),
        ("Bucaramanga", "680003"),
        ("Cartagena", "130001"),
        ("Pereira", "660003"),
        ("Manizales", "170001"),
    ],
    "id_ID": [
        ("Jakarta Selatan", "12730"),
        ("Bandung", "40135"),
        ("Yogyakarta", "55271"),
        ("Surabaya", "60271"),
        ("Semarang", "50132"),
        ("Denpasar", "80234"),
        ("Medan", "20152"),
        ("Malang", "65119"),
    ],
    "en_PH": [
        ("Makati City", "1209"),
        ("Quezon City", "1103"),
        ("Pasig City", "1605"),
        ("Cebu City", "6000"),
        ("Davao City", "8000"),
        ("Taguig City", "1634"),
        ("Mandaluyong City", "1550"),
        ("Iloilo City", "5000"),
    ],
    "es_CL": [
        ("Providencia, Santiago", "7500000"),
        ("Las Condes, Santiago", "7550000"),
        ("Ñuñoa, Santiago", "7750000"),
        ("Viña del Mar", "2520000"),
        ("Valparaíso", "2340000"),
        ("Concepción", "4030000"),
        ("Temuco", "4780000"),
        ("La Serena", "1700000"),
    ],
    "es_PE": [
        ("Miraflores, Lima", "15074"),
        ("San Isidro, Lima", "15073"),
        ("Santiago de Surco, Lima", "15023"),
        ("Barranco, Lima", "15063"),
        ("Arequipa", "04001"),
        ("Trujillo", "13001"),
        ("Cusco", "08002"),
        ("Piura", "20001"),
    ],
    "en_KE": [
        ("Nairobi", "00100"),
        ("Westlands, Nairobi", "00800"),
        ("Karen, Nairobi", "00502"),
        ("Mombasa", "80100"),
        ("Kisumu", "40100"),
        ("Nakuru", "20100"),
        ("Eldoret", "30100"),
        ("Thika", "01000"),
    ],
}

STREETS = {
    "en_US": [
        ("Maple", "Ave"),
        ("Oakwood", "Drive"),
        ("Sycamore", "St"),
        ("Juniper", "Lane"),
        ("Whitfield", "Road"),
        ("Cedar Crest", "Blvd"),
        ("Alder", "Court"),
        ("Linden", "Street"),
        ("Hawthorne", "Ave"),
        ("Bramble", "Way"),
    ],
    "en_IN": [
        ("Linking", "Road"),
        ("Residency", "Road"),
        ("Nehru", "Marg"),
        ("Lavelle", "Road"),
        ("Carter", "Road"),
        ("Koregaon Park", "Lane"),
        ("Brigade", "Road"),
        ("Sardar Patel", "Marg"),
        ("Church", "Street"),
        ("Hill", "Road"),
    ],
    "pt_BR": [
        ("Augusta", "Rua"),
        ("Laranjeiras", "Rua das"),
        ("Oscar Freire", "Rua"),
        ("Sete de Setembro", "Avenida"),
        ("Brigadeiro Faria Lima", "Avenida"),
        ("Voluntários da Pátria", "Rua"),
        ("Padre Chagas", "Rua"),
        ("Santos", "Alameda"),
        ("Ipiranga", "Avenida"),
        ("Mostardeiro", "Rua"),
    ],
    "nl_NL": [
        ("Keizersgracht", ""),
        ("Vondelstraat", ""),
        ("Lindenlaan", ""),
        ("Oudegracht", ""),
        ("Wilhelminastraat", ""),
        ("Kerkstraat", ""),
        ("Burgemeester Reigerstraat", ""),
        ("Prinsengracht", ""),
        ("Zeestraat", ""),
        ("Nieuwe Binnenweg", ""),
    ],
    "pl_PL": [
        ("Marszałkowska", "ul."),
        ("Piotrkowska", "ul."),
        ("Jerozolimskie", "al."),
        ("Świętojańska", "ul."),
        ("Floriańska", "ul."),
        ("Mickiewicza", "ul."),
        ("Kościuszki", "ul."),
        ("Grunwaldzka", "al."),
        ("Ogrodowa", "ul."),
        ("Długa", "ul."),
    ],
    "sv_SE": [
        ("Drottninggatan", ""),
        ("Storgatan", ""),
        ("Kungsgatan", ""),
        ("Vasagatan", ""),
        ("Linnégatan", ""),
        ("Östra Hamngatan", ""),
        ("Södra Förstadsgatan", ""),
        ("Sveavägen", ""),
        ("Hantverkargatan", ""),
        ("Järnvägsgatan", ""),
    ],
    "es_CO": [
        ("El Poblado", "Avenida"),
        ("Boyacá", "Avenida"),
        ("Las Palmas", "Avenida"),
        ("Santander", "Avenida"),
        ("#93", "Calle"),
        ("#45", "Carrera"),
        ("#72", "Calle"),
        ("#11", "Carrera"),
        ("#26", "Calle"),
        ("#43A", "Carrera"),
    ],
    "id_ID": [
        ("Kemang Raya", "Jl."),
        ("Dago", "Jl."),
        ("Malioboro", "Jl."),
        ("Diponegoro", "Jl."),
        ("Gajah Mada", "Jl."),
        ("Pemuda", "Jl."),
        ("Teuku Umar", "Jl."),
        ("Cikini Raya", "Jl."),
        ("Kaliurang", "Jl."),
        ("Pattimura", "Jl."),
    ],
    "en_PH": [
        ("Jupiter", "St."),
        ("Katipunan", "Ave."),
        ("Mabini", "St."),
        ("Kalayaan", "Ave."),
        ("Aguirre", "Ave."),
        ("Osmeña", "Blvd."),
        ("Legaspi", "St."),
        ("Timog", "Ave."),
        ("Shaw", "Blvd."),
        ("Escario", "St."),
    ],
    "es_CL": [
        ("Providencia", "Av."),
        ("Irarrázaval", "Av."),
        ("Los Leones", "Av."),
        ("Apoquindo", "Av."),
        ("Huérfanos", "calle"),
        ("Libertad", "Av."),
        ("Colo Colo", "calle"),
        ("Alemania", "Av."),
        ("Manuel Montt", "Av."),
        ("Brasil", "Av."),
    ],
    "es_PE": [
        ("Larco", "Av."),
        ("Schell", "Calle"),
        ("Arequipa", "Av."),
        ("Benavides", "Av."),
        ("Berlín", "Calle"),
        ("Pardo", "Av."),
        ("Ucayali", "Jr."),
        ("Conquistadores", "Av."),
        ("Grau", "Av."),
        ("Bolognesi", "Av."),
    ],
    "en_KE": [
        ("Ngong", "Road"),
        ("Kimathi", "Street"),
        ("Moi", "Avenue"),
        ("Argwings Kodhek", "Road"),
        ("Lenana", "Road"),
        ("Muthaiga", "Road"),
        ("Oloitoktok", "Road"),
        ("Mama Ngina", "Street"),
        ("Riverside", "Drive"),
        ("Nyerere", "Road"),
    ],
}


def address(r, loc):
    """Return (form, value, fragments)."""
    (name, typ), (town, pc) = r.choice(STREETS[loc]), r.choice(TOWNS[loc])
    no = str(r.randint(1, 480))
    frags = [
        "t:" + t
        for t in name.lstrip("#").split()
        if len(t) > 1 and t.lower() not in {"de", "da", "las", "los", "el"}
    ]
    if loc == "es_CO" and name.startswith("#"):
        blk = f"{name[1:]} # {r.randint(1, 120)}-{r.randint(2, 99):02d}"
        frags = ["t:" + blk]
        street = f"{typ} {blk}"
        return (
            "full",
            f"{street}, {town} {pc}"
            if r.random() < 0.6
            else f"{street}, {r.choice(['apto', 'of.'])} {r.randint(101, 1204)}, {town}, {pc}",
            frags + ["p:" + pc],
        )
    form = r.choice(["full", "full", "oneline_unit", "multiline"])
    unit = ""
    if form == "oneline_unit":
        unit = {
            "en": f"Apt {r.randint(2, 40)}",
            "pt": f"ap. {r.randint(11, 304)}",
            "nl": "",
            "pl": "",
            "sv": f"lgh {r.randint(1001, 1503)}",
            "es": f"depto {r.randint(101, 1802)}",
            "id": f"Blok {r.choice('ABC')}",
        }[loc[:2]]
    if loc in ("nl_NL", "sv_SE"):
        street = f"{name} {no}{r.choice(['', '', 'A', ' bis' if loc == 'nl_NL' else 'B'])}"
    elif loc == "pl_PL":
        street = f"{typ} {name} {no}" + (f"/{r.randint(1, 60)}" if r.random() < 0.5 else "")
    elif loc == "pt_BR":
        street = f"{typ} {name}, {no}"
    elif loc in ("es_CL", "es_PE"):
        street = f"{typ} {name} {no}"
    elif loc == "id_ID":
        street = f"{typ} {name} No. {no}"
    elif loc == "en_KE":
        street = (
            f"{r.choice(['House No. ', 'Plot ', ''])}{no}, {name} {typ}"
            if r.random() < 0.7
            else f"{name} {typ}"
        )
    else:
        street = f"{no} {name} {typ}"
    if unit:
        street = f"{street}, {unit}" if loc[:2] not in ("en",) else f"{unit}, {street}"
    sep = "\n" if form == "multiline" else ", "
    if loc == "en_US":
        tail = f"{town} {pc}"
    elif loc in ("nl_NL", "pl_PL", "sv_SE"):
        tail = f"{pc} {town}"
    elif loc == "pt_BR":
        tail = f"{town}, {pc}" if r.random() < 0.5 else f"CEP {pc}, {town}"
    elif loc == "en_PH":
        tail = f"{town} {pc}"
    elif loc == "en_KE":
        tail = (
            f"{town} {pc}" if r.random() < 0.5 else f"P.O. Box {r.randint(100, 99999)}-{pc}, {town}"
        )
    elif loc == "en_IN":
        tail = f"{town} - {pc}" if r.random() < 0.5 else f"{town} {pc}"
    else:
        tail = f"{town} {pc}" if r.random() < 0.6 else f"{town}, CP {pc}"
    return form, street + sep + tail, frags + ["p:" + pc]
