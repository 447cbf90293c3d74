"""Forty-seventh set: streets, towns with their postcode heads, clinics and shelters, box words,
postcode patterns (each from the national postal operator's addressing rules)."""

from __future__ import annotations

import re

STREETS = {
    "en_IE": ["Ballymun Road", "Grattan Crescent", "Bóthar na Trá", "Sráid Mhic Dara",
              "Clontarf Road", "Lough Atalia Road", "Mardyke Walk", "Blackpool Bridge",
              "Annamoe Terrace", "Glasthule Road", "Shandon Street", "Tullow Road",
              "Ardnacrusha Drive", "Knocknacarra Road", "Inchicore Parade", "Ballinlough Road"],
    "en_AU": ["Coorparoo Street", "Wattletree Road", "Glenferrie Road", "Parramatta Road",
              "Yagan Street", "Murrumbeena Crescent", "Bungaree Avenue", "Wollombi Road",
              "Gympie Terrace", "Kurrajong Avenue", "Tooronga Road", "Currawong Close",
              "Jacaranda Drive", "Bilgola Parade", "Merriwa Street", "Wyndham Lane"],
    "en_BB": ["Rockley Main Road", "Tudor Street", "Bay Street", "Roebuck Street",
              "Passage Road", "Worthing Gap", "Pine Hill Road", "Sunset Crest Drive",
              "Clapham Terrace", "Hothersal Turning", "Maxwell Coast Road", "Wildey Gardens",
              "Black Rock Main Road", "Speightstown Esplanade", "Oistins Gap", "Warrens Crescent"],
    "fr_FR": ["rue des Tanneurs", "rue de la Glacière", "avenue Jean-Jaurès",
              "impasse des Mûriers", "boulevard Vauban", "chemin des Aubépines",
              "rue du Moulin-Vert", "allée des Tilleuls",
              "quai de la Fosse", "rue Paul-Bert", "place du Marché-aux-Herbes", "rue Lamartine",
              "route de Quimperlé", "rue des Chartreux", "cours Berriat", "avenue Gambetta"],
    "fr_CA": ["rue Saint-Denis", "boulevard René-Lévesque", "rue des Érables", "avenue Cartier",
              "chemin Sainte-Foy", "rue Wellington", "boulevard Talbot", "rue Principale",
              "avenue du Mont-Royal", "rue Saint-Joseph", "boulevard Laurier", "rue King Ouest",
              "chemin de la Canardière", "rue Racine", "avenue Papineau", "rue Fleury Est"],
    "fr_MC": ["boulevard des Moulins", "avenue Princesse-Grace", "rue Grimaldi",
              "boulevard Albert-Ier", "avenue de la Costa", "rue Basse", "quai Antoine-Ier",
              "rue Comte-Félix-Gastaldi", "avenue de l'Annonciade", "rue Suffren-Reymond",
              "boulevard de Belgique", "rue de la Turbie", "avenue Hector-Otto",
              "rue des Géraniums", "boulevard du Larvotto", "rue Princesse-Caroline"],
    "pt_BR": ["Rua Augusta", "Avenida Sete de Setembro", "Rua Barão de Itapetininga",
              "Travessa do Ouvidor", "Rua das Laranjeiras", "Avenida Afonso Pena",
              "Rua Padre Chagas", "Alameda Santos", "Rua Tabapuã", "Avenida Boa Viagem",
              "Rua Visconde de Pirajá", "Rua Gonçalves Dias", "Avenida Beira-Mar",
              "Rua Mangabeira", "Rua Jaguaribe", "Estrada do Itararé"],
    "pt_PT": ["Rua do Salitre", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Cedofeita",
              "Calçada do Combro", "Rua Latino Coelho", "Largo do Rato", "Rua da Boavista",
              "Avenida Fernão de Magalhães", "Rua dos Bacalhoeiros", "Beco do Forno",
              "Rua Sá da Bandeira", "Estrada de Benfica", "Rua Ferreira Borges",
              "Praceta Gil Vicente", "Rua Miguel Bombarda"],
    "pt_TL": ["Rua de Caicoli", "Avenida Presidente Nicolau Lobato", "Rua Jacinto Cândido",
              "Rua de Bidau", "Avenida dos Direitos Humanos", "Rua Martires da Pátria",
              "Rua de Lecidere", "Rua de Kampung Alor", "Estrada de Comoro", "Rua de Audian",
              "Rua Belarmino Lobo", "Rua de Becora", "Rua Formosa", "Estrada de Hera",
              "Rua de Manleuana", "Beco de Vila Verde"],
    "de_DE": ["Lindenstraße", "Am Kupfergraben", "Kastanienallee", "Mühlenweg",
              "Hafenstraße", "Auf dem Hövel", "Brunnenstraße", "Eichendorffweg", "Fährstraße",
              "Hinter der Mauer", "Kiefernring", "Schäferkamp", "Gänsemarkt", "Ulmenstraße",
              "Rübezahlweg", "Deichtorplatz"],
    "de_AT": ["Mariahilfer Straße", "Praterstraße", "Grieskai", "Linzer Gasse",
              "Museumstraße", "Schönbrunner Straße", "Herrengasse", "Annenstraße",
              "Kapuzinerweg", "Pfarrgasse", "Leopoldskroner Allee", "Maria-Theresien-Straße",
              "Wiedner Hauptstraße", "Zieglergasse", "Hubertusweg", "Am Steinhof"],
    "es_ES": ["calle de Embajadores", "avenida de la Constitución", "calle Mayor",
              "paseo de Gràcia", "calle del Pez", "rúa do Franco", "calle Sierpes",
              "avenida del Cid", "plaza de la Merced", "calle de Alcalá", "ronda de Segovia",
              "calle Heros", "travesía de San Mateo", "camino de Vinateros", "calle Gran Vía",
              "calle Portales"],
}

# Words of street names that are street types or articles (never name fragments).
STREET_WORDS = {
    "road", "street", "crescent", "walk", "bridge", "terrace", "drive", "parade", "avenue",
    "close", "lane", "gap", "turning", "gardens", "esplanade", "main", "coast", "bóthar",
    "sráid", "na", "rue", "impasse", "boulevard", "chemin", "allée", "quai", "place",
    "route", "cours", "ouest", "est", "rua", "avenida", "travessa", "alameda", "estrada",
    "calçada", "largo", "beco", "praceta", "straße", "strasse", "allee", "weg", "am", "auf",
    "dem", "der", "hinter", "gasse", "kai", "ring", "platz", "calle", "paseo", "rúa", "plaza",
    "ronda", "travesía", "camino", "de", "del", "la", "las", "los", "do", "da", "dos", "das",
    "des", "du", "le", "ier", "hauptstraße", "vía",
    # titles inside street names (not name fragments of their own)
    "presidente", "saint", "sainte", "princesse", "comte", "barão", "visconde", "padre",
}

TOWNS = {  # (town, postcode head or the state / parish / UF that fixes it)
    "en_IE": [("Dublin 9", "D09"), ("Dublin 6W", "D6W"), ("Cork", "T12"), ("Galway", "H91"),
              ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Tralee", "V92"),
              ("Athlone", "N37"), ("Sligo", "F91"), ("Carlow", "R93"), ("Letterkenny", "F92")],
    "en_AU": [("Coorparoo", "QLD 4151"), ("Fitzroy", "VIC 3065"), ("Newtown", "NSW 2042"),
              ("Fremantle", "WA 6160"), ("Glenelg", "SA 5045"), ("Sandy Bay", "TAS 7005"),
              ("Braddon", "ACT 2612"), ("Parap", "NT 0820"), ("Toowoomba", "QLD 4350"),
              ("Ballarat", "VIC 3350"), ("Wagga Wagga", "NSW 2650"), ("Bunbury", "WA 6230")],
    "en_BB": [("Bridgetown, St Michael", "BB11"), ("Rockley, Christ Church", "BB15"),
              ("Oistins, Christ Church", "BB17"), ("Holetown, St James", "BB24"),
              ("Speightstown, St Peter", "BB26"), ("Six Roads, St Philip", "BB18"),
              ("Warrens, St Michael", "BB12"), ("Bathsheba, St Joseph", "BB21"),
              ("Belleplaine, St Andrew", "BB25"), ("Redman's Village, St Thomas", "BB22")],
    "fr_FR": [("Paris", "750"), ("Lyon", "690"), ("Nantes", "440"), ("Rennes", "350"),
              ("Grenoble", "380"), ("Quimper", "290"), ("Toulouse", "310"), ("Lille", "590"),
              ("Bayonne", "641"), ("Strasbourg", "670"), ("Montpellier", "340"), ("Dijon", "210")],
    "fr_CA": [("Montréal (Québec)", "H2"), ("Québec (Québec)", "G1"), ("Laval (Québec)", "H7"),
              ("Gatineau (Québec)", "J8"), ("Sherbrooke (Québec)", "J1"),
              ("Trois-Rivières (Québec)", "G9"), ("Saguenay (Québec)", "G7"),
              ("Rimouski (Québec)", "G5"), ("Longueuil (Québec)", "J4"),
              ("Moncton (Nouveau-Brunswick)", "E1")],
    "fr_MC": [("Monaco", "98000"), ("Monte-Carlo", "98000"), ("Fontvieille", "98000"),
              ("La Condamine", "98000"), ("Monaco-Ville", "98000")],
    "pt_BR": [("São Paulo - SP", "01"), ("Rio de Janeiro - RJ", "22"),
              ("Belo Horizonte - MG", "30"), ("Recife - PE", "51"), ("Salvador - BA", "40"),
              ("Porto Alegre - RS", "90"), ("Curitiba - PR", "80"), ("Fortaleza - CE", "60"),
              ("Belém - PA", "66"), ("Goiânia - GO", "74"), ("Vitória - ES", "29"),
              ("Manaus - AM", "69")],
    "pt_PT": [("LISBOA", "1"), ("PORTO", "4"), ("COIMBRA", "30"), ("BRAGA", "47"),
              ("AVEIRO", "38"), ("FARO", "80"), ("ÉVORA", "70"), ("VISEU", "35"),
              ("SETÚBAL", "29"), ("FUNCHAL", "90"), ("PONTA DELGADA", "95"), ("LEIRIA", "24")],
    "pt_TL": [("Díli", ""), ("Baucau", ""), ("Maliana", ""), ("Suai", ""), ("Lospalos", ""),
              ("Ermera", ""), ("Aileu", ""), ("Same", ""), ("Viqueque", ""), ("Oecusse", "")],
    "de_DE": [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
              ("Leipzig", "04"), ("Bremen", "28"), ("Kiel", "24"), ("Freiburg im Breisgau", "79"),
              ("Münster", "48"), ("Rostock", "18"), ("Erfurt", "99"), ("Husum", "25")],
    "de_AT": [("Wien", "1"), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"),
              ("Innsbruck", "60"), ("Klagenfurt am Wörthersee", "90"), ("Villach", "95"),
              ("St. Pölten", "31"), ("Dornbirn", "68"), ("Wels", "46"), ("Leoben", "87")],
    "es_ES": [("Madrid", "28"), ("Barcelona", "08"), ("Sevilla", "41"), ("Valencia", "46"),
              ("Bilbao", "48"), ("Zaragoza", "50"), ("Santiago de Compostela", "15"),
              ("Oviedo", "33"), ("Palma", "07"), ("Logroño", "26"), ("Málaga", "29"),
              ("Pamplona", "31")],
}

POSTCODE_RE = {
    "en_IE": r"[ACDEFHKNPRTVWXY]\d[\dW] [\dACDEFHKNPRTVWXY]{4}",
    "en_AU": r"\d{4}",
    "en_BB": r"BB\d{5}",
    "fr_FR": r"\d{5}",
    "fr_CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",
    "fr_MC": r"98000",
    "pt_BR": r"\d{5}-\d{3}",
    "pt_PT": r"\d{4}-\d{3}",
    "de_DE": r"\d{5}",
    "de_AT": r"\d{4}",
    "es_ES": r"\d{5}",
}

BOX_WORD = {"en_IE": "PO Box", "en_AU": "PO Box", "en_BB": "P.O. Box", "fr_FR": "BP",
            "fr_CA": "C.P.", "fr_MC": "BP", "pt_BR": "Caixa Postal", "pt_PT": "Apartado",
            "pt_TL": "Caixa Postal", "de_DE": "Postfach", "de_AT": "Postfach",
            "es_ES": "Apartado de Correos"}

EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def draw_postcode(rng, locale: str, head: str) -> str:
    """A postcode in the town's range, by each operator's pattern."""
    if locale == "en_IE":  # Eircode: routing key + four characters of the unique identifier
        return head + " " + "".join(rng.choice(EIRCODE_CHARS[10:] if k == 0 else EIRCODE_CHARS)
                                    for k in range(4))
    if locale == "en_AU":
        return head.split()[1]
    if locale == "en_BB":
        return head + f"{rng.randint(0, 999):03d}"
    if locale == "fr_FR":
        if head == "750":  # Paris: 750 + arrondissement
            return head + f"{rng.randint(1, 20):02d}"
        return head + f"{rng.randint(0, 99):02d}"
    if locale == "fr_CA":
        return (head + rng.choice(CA_LETTERS) + " " + str(rng.randint(0, 9))
                + rng.choice(CA_LETTERS) + str(rng.randint(0, 9)))
    if locale == "fr_MC":
        return "98000"
    if locale == "pt_BR":
        body = head + "".join(str(rng.randint(0, 9)) for _ in range(5 - len(head)))
        return body + f"-{rng.randint(0, 999):03d}"
    if locale == "pt_PT":
        body = head + "".join(str(rng.randint(0, 9)) for _ in range(4 - len(head)))
        if body.endswith("0000"):
            body = body[:3] + "1"
        return body + f"-{rng.randint(1, 999):03d}"
    if locale == "de_DE":
        return head + f"{rng.randint(100, 999):03d}"
    if locale == "de_AT":
        if head == "1":  # Vienna: 1 + district 01-23 + 0
            return f"1{rng.randint(1, 23):02d}0"
        return head + "".join(str(rng.randint(0, 9)) for _ in range(4 - len(head)))
    if locale == "es_ES":
        return head + f"{rng.randint(1, 999):03d}"
    raise KeyError(locale)


def postcode_ok(locale: str, value: str) -> bool:
    return locale in POSTCODE_RE and re.fullmatch(POSTCODE_RE[locale], value) is not None


ORGS = {  # vet clinics, shelters, pet insurers, groomers and kennels (made up)
    "en_IE": ["Liffey Vale Veterinary Hospital", "Corrib Paws Clinic", "Slaney Animal Rescue",
              "Burren Pet Insurance", "Tolka Grooming Studio", "Shannonside Boarding Kennels"],
    "en_AU": ["Jacaranda Vet Hospital", "Bottlebrush Animal Shelter", "Southern Cross Pet Cover",
              "Koala Coast Grooming", "Red Gum Boarding Kennels", "Billabong Vet Clinic"],
    "en_BB": ["Coral Reef Veterinary Clinic", "Bajan Paws Animal Shelter", "Flying Fish Pet Care",
              "Sugar Cane Grooming", "Island Pet Insurance", "Windward Animal Hospital"],
    "fr_FR": ["Clinique vétérinaire des Tanneurs", "Refuge des Quatre Vents",
              "Cabinet vétérinaire du Lac", "Mutuelle animale Croquettes & Cie",
              "Pension canine des Pins", "Toilettage Poil Doux"],
    "fr_CA": ["Hôpital vétérinaire des Érables", "Refuge Patte d'Espoir",
              "Clinique vétérinaire du Fleuve", "Assurance Boule de Poils",
              "Toilettage Chez Pitou", "Pension Les Huskies du Nord"],
    "fr_MC": ["Clinique vétérinaire du Rocher", "Refuge de la Rive", "Cabinet vétérinaire Larvotto",
              "Assurance Félins Azur", "Toilettage Riviera", "Pension des Oliviers"],
    "pt_BR": ["Hospital Veterinário Ipê Amarelo", "Abrigo Patinhas Felizes",
              "Clínica Veterinária Bem-te-vi", "Plano Pet Saúde Total", "Banho e Tosa Au Au",
              "Hotelzinho Quatro Patas"],
    "pt_PT": ["Hospital Veterinário do Tejo", "Canil Municipal da Serra",
              "Clínica Veterinária Ribeira",
              "Seguro Patudos", "Tosquias Bigodes", "Hotel Canino Sobreiro"],
    "pt_TL": ["Clínica Veterinária Tasi Mane", "Abrigo Animal Cristo Rei",
              "Clínica Veterinária Lafaek",
              "Serviço Veterinário Municipal", "Tratamento Animal Atauro", "Clínica Ramelau"],
    "de_DE": ["Tierarztpraxis am Deich", "Tierheim Eichkamp", "Kleintierklinik Lindenhof",
              "Tierkrankenversicherung Pfotenschutz", "Hundesalon Wuschelkopf",
              "Tierpension Heidekraut"],
    "de_AT": ["Tierklinik Donauufer", "Tierschutzhaus Am Hang", "Kleintierpraxis Schlossberg",
              "Tierversicherung Alpenpfote", "Hundefriseur Zottel", "Tierpension Zirbenwald"],
    "es_ES": ["Clínica Veterinaria Los Olivos", "Protectora Huellas del Sur",
              "Hospital Veterinario Retiro", "Seguros Bigotes", "Peluquería canina Guau",
              "Residencia canina El Encinar"],
}
