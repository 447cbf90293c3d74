"""Thirty-sixth set: hand-written streets, towns with postcode stems, and address layouts."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets.thirtysixth_core import normalise

# town, region (or ""), postcode stem (the country's generator completes it)
TOWNS = {
    "en_US": [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"),
              ("Denver", "CO", "802"), ("Madison", "WI", "537"), ("Raleigh", "NC", "276"),
              ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Eugene", "OR", "974"),
              ("Ann Arbor", "MI", "481"), ("Boise", "ID", "837"), ("Savannah", "GA", "314")],
    "en_GB": [("Leeds", "", "LS6"), ("Manchester", "", "M14"), ("Birmingham", "", "B15"),
              ("Oxford", "", "OX2"), ("Cambridge", "", "CB2"), ("Bristol", "", "BS8"),
              ("Newcastle upon Tyne", "", "NE1"), ("Cardiff", "", "CF10"),
              ("Edinburgh", "", "EH8"), ("Glasgow", "", "G12"), ("Sheffield", "", "S10"),
              ("Liverpool", "", "L17")],
    "de_DE": [("Berlin", "", "101"), ("München", "", "803"), ("Hamburg", "", "200"),
              ("Köln", "", "506"), ("Leipzig", "", "041"), ("Dresden", "", "010"),
              ("Heidelberg", "", "691"), ("Freiburg im Breisgau", "", "790"),
              ("Münster", "", "481"), ("Göttingen", "", "370"), ("Tübingen", "", "720"),
              ("Bonn", "", "531")],
    "fr_FR": [("Lyon", "", "690"), ("Paris", "", "750"), ("Toulouse", "", "310"),
              ("Bordeaux", "", "330"), ("Lille", "", "590"), ("Nantes", "", "440"),
              ("Strasbourg", "", "670"), ("Montpellier", "", "340"), ("Rennes", "", "350"),
              ("Grenoble", "", "380"), ("Dijon", "", "210"), ("Clermont-Ferrand", "", "630")],
    "es_ES": [("Madrid", "", "28"), ("Salamanca", "", "37"), ("Granada", "", "18"),
              ("Valencia", "", "46"), ("Sevilla", "", "41"), ("Zaragoza", "", "50"),
              ("Bilbao", "", "48"), ("Oviedo", "", "33"), ("Santiago de Compostela", "", "15"),
              ("Murcia", "", "30"), ("Valladolid", "", "47"), ("Alcalá de Henares", "", "28")],
    "pt_BR": [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"),
              ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
              ("Porto Alegre", "RS", "90"), ("Salvador", "BA", "40"), ("Recife", "PE", "50"),
              ("Fortaleza", "CE", "60"), ("Brasília", "DF", "70"), ("Campinas", "SP", "13"),
              ("Florianópolis", "SC", "88"), ("Goiânia", "GO", "74")],
    "en_IN": [("Bengaluru", "Karnataka", "560"), ("Chennai", "Tamil Nadu", "600"),
              ("Pune", "Maharashtra", "411"), ("Mumbai", "Maharashtra", "400"),
              ("New Delhi", "Delhi", "110"), ("Hyderabad", "Telangana", "500"),
              ("Kolkata", "West Bengal", "700"), ("Kochi", "Kerala", "682"),
              ("Jaipur", "Rajasthan", "302"), ("Lucknow", "Uttar Pradesh", "226"),
              ("Chandigarh", "", "160"), ("Ahmedabad", "Gujarat", "380")],
    "pt_PT": [("Lisboa", "", "1000"), ("Porto", "", "4000"), ("Coimbra", "", "3000"),
              ("Braga", "", "4700"), ("Aveiro", "", "3810"), ("Évora", "", "7000"),
              ("Faro", "", "8000"), ("Setúbal", "", "2900"), ("Viseu", "", "3500"),
              ("Leiria", "", "2400"), ("Guimarães", "", "4800"), ("Funchal", "", "9000")],
    "vi_VN": [("Hà Nội", "", "10"), ("TP. Hồ Chí Minh", "", "70"), ("Đà Nẵng", "", "50"),
              ("Huế", "", "49"), ("Cần Thơ", "", "94"), ("Hải Phòng", "", "04"),
              ("Nha Trang", "", "57"), ("Vinh", "", "43"), ("Quy Nhơn", "", "55"),
              ("Đà Lạt", "", "66"), ("Biên Hòa", "", "76"), ("Thủ Dầu Một", "", "75")],
    "es_VE": [("Caracas", "Distrito Capital", "10"), ("Maracaibo", "Zulia", "40"),
              ("Valencia", "Carabobo", "20"), ("Barquisimeto", "Lara", "30"),
              ("Mérida", "Mérida", "51"), ("Maracay", "Aragua", "21"),
              ("Puerto Ordaz", "Bolívar", "80"), ("Cumaná", "Sucre", "61"),
              ("San Cristóbal", "Táchira", "50"), ("Barcelona", "Anzoátegui", "60"),
              ("Coro", "Falcón", "41"), ("Los Teques", "Miranda", "12")],
    "en_ZW": [("Harare", "", ""), ("Bulawayo", "", ""), ("Mutare", "", ""), ("Gweru", "", ""),
              ("Masvingo", "", ""), ("Kwekwe", "", ""), ("Chinhoyi", "", ""),
              ("Marondera", "", ""), ("Bindura", "", ""), ("Kadoma", "", ""),
              ("Victoria Falls", "", ""), ("Chitungwiza", "", "")],
    "fr_DZ": [("Alger", "", "16"), ("Oran", "", "31"), ("Constantine", "", "25"),
              ("Annaba", "", "23"), ("Blida", "", "09"), ("Sétif", "", "19"),
              ("Tlemcen", "", "13"), ("Béjaïa", "", "06"), ("Tizi Ouzou", "", "15"),
              ("Batna", "", "05"), ("Boumerdès", "", "35"), ("Mostaganem", "", "27")],
}

STREETS = {
    "en_US": ["Maple Avenue", "Oak Street", "Cedar Lane", "Willow Drive", "Chestnut Street",
              "Magnolia Boulevard", "Sycamore Court", "Hawthorne Road", "Juniper Way",
              "Laurel Avenue", "Dogwood Lane", "Pinecrest Drive", "Ridgeview Road",
              "Lakeshore Drive", "Cottonwood Trail", "Bluebonnet Lane", "Peachtree Street",
              "Harmon Avenue"],
    "en_GB": ["Wellington Road", "Ashgrove Crescent", "Holloway Lane", "Mulberry Close",
              "Regent Street", "Kingsway", "Abbey Road", "Larkspur Gardens", "Whinmoor Way",
              "Thornfield Avenue", "Cathedral Walk", "Heron Drive", "Foxglove Terrace",
              "Coldharbour Lane", "Beechwood Grove", "Pilgrims Way", "Marlowe Mews",
              "Tarn Street"],
    "de_DE": ["Goethestraße", "Schillerstraße", "Lindenallee", "Am Mühlbach", "Gartenweg",
              "Rosenweg", "Kastanienallee", "Hölderlinweg", "Lange Reihe", "Uhlandstraße",
              "Eichendorffring", "Im Kirschgarten", "Brunnenstraße", "Ahornweg",
              "Mozartstraße", "An der Feldmark", "Wilhelmshöher Allee", "Birkenstieg"],
    "fr_FR": ["rue Victor Hugo", "avenue Jean Jaurès", "rue des Lilas", "boulevard Voltaire",
              "rue Pasteur", "allée des Tilleuls", "rue de la Paix", "chemin des Vignes",
              "rue Sainte-Catherine", "place Bellecour", "rue du Moulin", "impasse des Acacias",
              "quai des Chartrons", "rue Condorcet", "avenue Foch", "rue des Écoles",
              "rue Gambetta", "cours Mirabeau"],
    "es_ES": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real",
              "Paseo de la Castellana", "Calle del Olmo", "Rúa do Franco", "Calle Serrano",
              "Avenida de Andalucía", "Calle de Toledo", "Plaza de San Marcos",
              "Calle Cervantes", "Calle de los Libreros", "Ronda de Poniente",
              "Calle Zurbarán", "Avenida Blasco Ibáñez", "Calle Larios", "Travesía del Pozo"],
    "pt_BR": ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua da Consolação",
              "Avenida Sete de Setembro", "Rua Voluntários da Pátria", "Rua XV de Novembro",
              "Avenida Afonso Pena", "Rua Marechal Deodoro", "Rua dos Andradas",
              "Avenida Boa Viagem", "Rua Tiradentes", "Alameda Santos", "Rua Barão de Jaguara",
              "Travessa do Ouvidor", "Rua Padre Chagas", "Avenida Beira Mar", "Rua Guaicurus"],
    "en_IN": ["Nehru Marg", "Linking Road", "Park Street", "Anna Salai", "Residency Road",
              "Brigade Road", "Carter Road", "Ashoka Road", "Gokhale Road", "Mount Road",
              "Rajpath Lane", "Ballygunge Circular Road", "Lavelle Road", "Sardar Patel Marg",
              "Hazratganj Road", "Church Street", "Camac Street", "Marine Drive"],
    "pt_PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua Ferreira Borges",
              "Rua do Carmo", "Travessa da Queimada", "Avenida dos Aliados", "Rua Direita",
              "Largo do Chiado", "Rua das Flores", "Rua de Cedofeita", "Avenida Sá da Bandeira",
              "Rua da Sofia", "Calçada do Combro", "Rua Miguel Bombarda", "Rua do Souto",
              "Avenida Fernão de Magalhães", "Rua Alexandre Herculano"],
    "vi_VN": ["đường Lê Lợi", "đường Trần Hưng Đạo", "phố Hàng Bài", "đường Pasteur",
              "đường Điện Biên Phủ", "phố Huế", "đường Lý Thường Kiệt", "đường Nam Kỳ Khởi Nghĩa",
              "phố Tràng Tiền", "đường Võ Văn Tần", "đường Phan Đình Phùng", "phố Hàng Gai",
              "đường Bạch Đằng", "đường Cách Mạng Tháng Tám", "phố Kim Mã",
              "đường Xô Viết Nghệ Tĩnh",
              "đường Hùng Vương", "đường Nguyễn Văn Cừ"],
    "es_VE": ["Avenida Francisco de Miranda", "Avenida Libertador", "Calle Los Mangos",
              "Avenida Urdaneta", "Calle Real de Sabana Grande", "Avenida Bella Vista",
              "Calle Los Samanes", "Avenida Las Delicias", "Calle Páez", "Avenida Andrés Bello",
              "Calle El Recreo", "Avenida Cedeño", "Calle Carabobo", "Avenida Los Próceres",
              "Calle Sucre", "Avenida Principal de Los Ruices", "Calle Ayacucho",
              "Avenida Guaicaipuro"],
    "en_ZW": ["Samora Machel Avenue", "Julius Nyerere Way", "Jason Moyo Avenue",
              "Herbert Chitepo Street", "Josiah Tongogara Avenue", "Leopold Takawira Street",
              "Selous Avenue", "Enterprise Road", "Borrowdale Road", "Lomagundi Road",
              "Simon Mazorodze Road", "Fife Street", "Chinhoyi Street", "Fort Street",
              "Herbert Chitepo Avenue", "Masotsha Ndlovu Way", "Kwame Nkrumah Avenue",
              "Lobengula Street"],
    "fr_DZ": ["rue Didouche Mourad", "rue Larbi Ben M'hidi", "boulevard Zighout Youcef",
              "rue Hassiba Ben Bouali", "rue Abane Ramdane", "boulevard Krim Belkacem",
              "rue Ahmed Zabana", "rue Émir Abdelkader", "boulevard Colonel Amirouche",
              "rue Khemisti", "avenue de l'Indépendance", "rue des Frères Bouadou",
              "cité des Oliviers", "rue Mustapha Ben Boulaïd", "boulevard de la Soummam",
              "rue Belouizdad", "chemin des Crêtes", "rue Ali Boumendjel"],
}

# street-type words and articles left out of the t: fragments
STOP = {"avenue", "street", "lane", "drive", "boulevard", "court", "road", "way", "trail",
        "crescent", "close", "gardens", "terrace", "grove", "mews", "walk", "am", "im", "an",
        "der", "allee", "weg", "reihe", "rue", "des", "de", "la", "du", "chemin",
        "place", "impasse", "quai", "cours", "calle", "avenida", "del", "paseo", "rua", "do",
        "ronda", "travesia", "plaza", "das", "dos", "da", "alameda", "travessa", "marg",
        "salai", "circular", "largo", "calcada", "duong", "pho", "los", "las", "el",
        "cite", "frères", "freres", "en", "ben"}

BOX = {"en_US": "PO Box", "en_GB": "PO Box", "de_DE": "Postfach", "fr_FR": "BP",
       "es_ES": "Apartado de Correos", "pt_BR": "Caixa Postal", "en_IN": "Post Box No.",
       "pt_PT": "Apartado", "vi_VN": "Hộp thư", "es_VE": "Apartado Postal",
       "en_ZW": "P.O. Box", "fr_DZ": "BP"}


def street_tokens(street: str) -> list[str]:
    out = []
    for tok in re.split(r"[\s\-]+", street):
        if normalise(tok)[:2] in ("l'", "d'"):
            tok = tok[2:]
        n = normalise(tok)
        if n in STOP or len(n) < 2:
            continue
        if n not in out:
            out.append(tok)
    return out


_GB_IN = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng, locale: str, stem: str) -> str:
    r = rng.randint
    if locale == "en_US":
        z = stem + f"{r(1, 99):02d}"
        return z + f"-{r(1, 9999):04d}" if rng.random() < 0.3 else z
    if locale == "en_GB":
        return f"{stem} {r(1, 9)}{rng.choice(_GB_IN)}{rng.choice(_GB_IN)}"
    if locale in ("de_DE", "fr_FR", "en_IN"):
        return stem + f"{r(1, 99):02d}" if locale != "en_IN" else stem + f"{r(1, 99):03d}"
    if locale in ("es_ES", "fr_DZ", "vi_VN"):
        return stem + f"{r(0, 99):03d}" if locale != "vi_VN" else stem + f"{r(0, 999):03d}"
    if locale == "pt_BR":
        return f"{stem}{r(0, 999):03d}-{r(0, 999):03d}"
    if locale == "pt_PT":
        return f"{int(stem) + r(0, 99)}-{r(1, 999):03d}"
    if locale == "es_VE":
        return stem + f"{r(1, 99):02d}"
    return ""


POSTCODE_RE = {
    "en_US": r"\d{5}(-\d{4})?",
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "de_DE": r"(0[1-9]|[1-9]\d)\d{3}",
    "fr_FR": r"(0[1-9]|[1-8]\d|9[0-5])\d{3}",
    "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "pt_BR": r"\d{5}-\d{3}",
    "en_IN": r"[1-8]\d{5}",
    "pt_PT": r"[1-9]\d{3}-\d{3}",
    "vi_VN": r"\d{5}",
    "es_VE": r"\d{4}",
    "fr_DZ": r"(0[1-9]|[1-4]\d|5[0-8])\d{3}",
}


def postcode_ok(locale: str, pc: str) -> bool:
    pat = POSTCODE_RE.get(locale)
    return pat is not None and re.fullmatch(pat, pc) is not None


def address(rng, locale: str, form: str) -> tuple[str, list[str]]:
    """(written address, fragments) in one of the forms one/multi/street_town/box."""
    street = rng.choice(STREETS[locale])
    town, region, stem = rng.choice(TOWNS[locale])
    pc = postcode(rng, locale, stem)
    num = str(rng.randint(1, 240))
    frags = ["t:" + t for t in street_tokens(street)]
    line1 = _street_line(rng, locale, street, num)
    box = ""
    if form == "box":
        box = str(rng.randint(100, 9899))
    tail = _town_line(locale, town, region, pc)
    if form == "street_town":
        tail = _town_line(locale, town, region, "")
        pc = ""
    if form == "one":
        value = f"{line1}, {tail}"
    elif form == "multi":
        value = f"{line1}\n{tail}"
    elif form == "street_town":
        value = f"{line1}, {tail}"
    else:
        value = f"{line1}, {BOX[locale]} {box}, {tail}"
    if pc:
        frags.append("p:" + pc)
    if box:
        frags.append("p:" + box)
    return value, frags


def _street_line(rng, locale: str, street: str, num: str) -> str:
    if locale in ("en_US", "en_GB", "en_ZW", "fr_FR", "fr_DZ"):
        if locale == "en_GB" and rng.random() < 0.3:
            return f"Flat {rng.randint(1, 9)}, {num} {street}"
        return f"{num} {street}"
    if locale == "en_IN":
        return f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}, {num} {street}"
    if locale == "vi_VN":
        return f"Số {num} {street}"
    if locale in ("es_ES", "es_VE"):
        if locale == "es_VE":
            return f"{street}, Edif. {rng.choice(['Los Apamates', 'Torre Alfa', 'Res. Caribe'])}"\
                f", piso {rng.randint(1, 12)}"
        return f"{street}, {num}, {rng.randint(1, 6)}º {rng.choice('ABCD')}"
    if locale == "pt_BR":
        return f"{street}, {num} - apto {rng.randint(11, 98)}"
    return f"{street} {num}" if locale == "de_DE" else f"{street}, {num}"


def _town_line(locale: str, town: str, region: str, pc: str) -> str:
    if locale == "en_US":
        return f"{town}, {region} {pc}".rstrip()
    if locale == "pt_BR":
        return f"{town} - {region}, {pc}" if pc else f"{town} - {region}"
    if locale == "en_IN":
        base = f"{town}, {region}" if region else town
        return f"{base} {pc}" if pc else base
    if locale in ("en_GB",):
        return f"{town} {pc}".rstrip()
    if locale == "es_VE":
        return f"{town} {pc}, {region}" if pc else f"{town}, {region}"
    if locale == "en_ZW":
        return town
    if locale == "vi_VN":
        return f"{town} {pc}".rstrip()
    return f"{pc} {town}".lstrip()
