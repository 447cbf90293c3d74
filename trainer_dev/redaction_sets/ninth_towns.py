"""Towns with postcode stems, street names and types per locale, and famous streets (named as
places, no number) of the ninth set."""

from __future__ import annotations

TOWNS = {
    "en_US": [
        ("Boise", "ID", "837"),
        ("Columbus", "OH", "432"),
        ("Tacoma", "WA", "984"),
        ("Savannah", "GA", "314"),
        ("Albuquerque", "NM", "871"),
        ("Madison", "WI", "537"),
        ("Spokane", "WA", "992"),
        ("Tulsa", "OK", "741"),
        ("Burlington", "VT", "054"),
        ("Raleigh", "NC", "276"),
        ("Fresno", "CA", "937"),
        ("Knoxville", "TN", "379"),
    ],
    "en_GB": [
        ("Leeds", "", "LS"),
        ("Bristol", "", "BS"),
        ("Norwich", "", "NR"),
        ("York", "", "YO"),
        ("Cardiff", "", "CF"),
        ("Exeter", "", "EX"),
        ("Sheffield", "", "S"),
        ("Edinburgh", "", "EH"),
        ("Brighton", "", "BN"),
        ("Oxford", "", "OX"),
    ],
    "en_IE": [
        ("Galway", "Co. Galway", "H91"),
        ("Cork", "Co. Cork", "T12"),
        ("Limerick", "Co. Limerick", "V94"),
        ("Dublin 8", "", "D08"),
        ("Dublin 6W", "", "D6W"),
        ("Kilkenny", "Co. Kilkenny", "R95"),
        ("Sligo", "Co. Sligo", "F91"),
        ("Tralee", "Co. Kerry", "V92"),
    ],
    "en_IN": [
        ("Bengaluru", "Karnataka", "560"),
        ("Pune", "Maharashtra", "411"),
        ("Chennai", "Tamil Nadu", "600"),
        ("Kolkata", "West Bengal", "700"),
        ("Hyderabad", "Telangana", "500"),
        ("Kochi", "Kerala", "682"),
        ("Jaipur", "Rajasthan", "302"),
        ("Ahmedabad", "Gujarat", "380"),
    ],
    "en_AU": [
        ("Fitzroy", "VIC", "3065"),
        ("Paddington", "NSW", "2021"),
        ("Fremantle", "WA", "6160"),
        ("Toowong", "QLD", "4066"),
        ("Glenelg", "SA", "5045"),
        ("Sandy Bay", "TAS", "7005"),
        ("Braddon", "ACT", "2612"),
        ("Parramatta", "NSW", "2150"),
        ("Geelong", "VIC", "3220"),
    ],
    "en_CA": [
        ("Toronto", "ON", "M"),
        ("Montréal", "QC", "H"),
        ("Vancouver", "BC", "V"),
        ("Ottawa", "ON", "K"),
        ("Calgary", "AB", "T"),
        ("Winnipeg", "MB", "R"),
        ("Halifax", "NS", "B"),
        ("Québec", "QC", "G"),
    ],
    "de_DE": [
        ("Berlin", "", "10"),
        ("Leipzig", "", "04"),
        ("Hamburg", "", "22"),
        ("München", "", "80"),
        ("Köln", "", "50"),
        ("Freiburg im Breisgau", "", "79"),
        ("Münster", "", "48"),
        ("Dresden", "", "01"),
        ("Bremen", "", "28"),
        ("Frankfurt am Main", "", "60"),
    ],
    "fr_FR": [
        ("Paris", "", "750"),
        ("Lyon", "", "6900"),
        ("Nantes", "", "440"),
        ("Bordeaux", "", "330"),
        ("Lille", "", "590"),
        ("Strasbourg", "", "670"),
        ("Rennes", "", "350"),
        ("Montpellier", "", "340"),
        ("Aix-en-Provence", "", "131"),
    ],
    "es_ES": [
        ("Madrid", "", "280"),
        ("Barcelona", "", "080"),
        ("Valencia", "", "460"),
        ("Sevilla", "", "410"),
        ("Bilbao", "", "480"),
        ("Zaragoza", "", "500"),
        ("Santiago de Compostela", "A Coruña", "157"),
        ("Málaga", "", "290"),
    ],
    "it_IT": [
        ("Milano", "MI", "201"),
        ("Roma", "RM", "001"),
        ("Torino", "TO", "101"),
        ("Bologna", "BO", "401"),
        ("Firenze", "FI", "501"),
        ("Napoli", "NA", "801"),
        ("Padova", "PD", "351"),
        ("Bari", "BA", "701"),
    ],
    "nl_NL": [
        ("Amsterdam", "", "10"),
        ("Utrecht", "", "35"),
        ("Rotterdam", "", "30"),
        ("Groningen", "", "97"),
        ("Leiden", "", "23"),
        ("Eindhoven", "", "56"),
        ("Haarlem", "", "20"),
        ("Nijmegen", "", "65"),
        ("Zwolle", "", "80"),
    ],
    "pt_BR": [
        ("São Paulo", "SP", "0"),
        ("Rio de Janeiro", "RJ", "2"),
        ("Belo Horizonte", "MG", "30"),
        ("Curitiba", "PR", "80"),
        ("Porto Alegre", "RS", "90"),
        ("Recife", "PE", "50"),
        ("Salvador", "BA", "40"),
        ("Fortaleza", "CE", "60"),
        ("Campinas", "SP", "13"),
    ],
}

STREET_NAMES = {
    "en_US": "Juniper Sycamore Lakeview Harrington Wexford Bramblewood Chickasaw Magnolia "
    "Tamarack Foxhollow Pinecrest Ridgeway Ashbury Cottonwood Larkspur Quarry",
    "en_GB": "Beaumont Ashgrove Rydal Claremont Wickham Thornbury Belvoir Highfield Kingsdown "
    "Marlowe Windermere Ferncliffe Granby Cavendish Pendle Aysgarth",
    "en_IE": "Ashbrook Glenageary Knocknacarra Rathgar Ballyfermot Castlelawn Inchicore "
    "Seapoint Kilmacud Mountjoy Cloonagh Dunmore Belgard Oakpark",
    "en_IN": "Nehru|Tilak|Sardar Patel|Ambedkar|Rajaji|Kamaraj|Vivekananda|Netaji Subhash|"
    "Rabindranath Tagore|Chhatrapati Shivaji|Ashoka|Bhagat Singh",
    "en_AU": "Brunswick Wattle Jacaranda Ironbark Banksia Coogee Kooyong Wollemi Yarra "
    "Bellevue Gertrude Carrington Karrakatta Bungaree",
    "en_CA": "Bloor Dufferin Spadina Laurier Rideau Sherbrooke Bathurst Ossington Beaubien "
    "Jarvis Dorchester Selkirk Portage Robie",
    "de_DE": "Linden Birken Kastanien Eichendorff Schiller Holunder Mühlen Ahorn Fliederbusch "
    "Wacholder Brunnen Goethe Hölderlin Kirschblüten Amsel Fontane",
    "fr_FR": "Lilas Tanneurs Capucins Cordeliers Marronniers Jacobins Tilleuls Glycines "
    "Charmilles Moulins Prêcheurs Acacias Carmes Augustins",
    "es_ES": "Alcalá Fuencarral Hortaleza Argumosa Cervantes Lepanto Almirante Velarde "
    "Quevedo Olivar Embajadores Zurbarán Lagasca Covarrubias",
    "it_IT": "Garibaldi Mazzini Cavour Manzoni Carducci Leopardi Pascoli Verdi Morgagni "
    "Fratelli Bandiera Solferino Montebello Palestro Goito",
    "nl_NL": "Linnaeus|Spaarndammer|Bilderdijk|Kinker|Vondel|Hobbema|Ruysdael|Scheltema|"
    "Sarphati|Tesselschade|Marnix|Saenredam|Wibaut",
    "pt_BR": "Augusta|Haddock Lobo|Bela Cintra|Teodoro Sampaio|Pamplona|Tabapuã|Girassol|"
    "Harmonia|Aspicuelta|Fradique Coutinho|Cardeal Arcoverde|Mourato Coelho",
}

STREET_TYPES = {
    "en_US": [
        "St",
        "Street",
        "Ave",
        "Avenue",
        "Blvd",
        "Dr",
        "Drive",
        "Ln",
        "Lane",
        "Ct",
        "Way",
        "Rd",
        "Road",
        "Pkwy",
        "Terrace",
        "Place",
    ],
    "en_GB": [
        "Road",
        "Street",
        "Lane",
        "Close",
        "Gardens",
        "Crescent",
        "Terrace",
        "Grove",
        "Mews",
        "Avenue",
        "Drive",
        "Way",
    ],
    "en_IE": [
        "Road",
        "Park",
        "Avenue",
        "Grove",
        "Terrace",
        "Lawn",
        "Court",
        "Drive",
        "Heights",
        "Street",
    ],
    "en_IN": ["Road", "Marg", "Street", "Nagar Main Road", "Cross Road", "Salai"],
    "en_AU": ["St", "Street", "Rd", "Road", "Pde", "Parade", "Cres", "Tce", "Ave", "Hwy", "Cl"],
    "en_CA": ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Cres", "Dr"],
    "de_DE": ["straße", "str.", "weg", "allee", "gasse", "ring", "platz", "damm", "ufer"],
    "fr_FR": [
        "rue des",
        "avenue des",
        "boulevard des",
        "impasse des",
        "allée des",
        "place des",
        "quai des",
        "chemin des",
        "cours des",
        "square des",
        "passage des",
    ],
    "es_ES": [
        "Calle",
        "C/",
        "Avenida",
        "Avda.",
        "Paseo",
        "Plaza",
        "Ronda",
        "Camino",
        "Rúa",
        "Travesía",
    ],
    "it_IT": [
        "Via",
        "Viale",
        "Corso",
        "Piazza",
        "Vicolo",
        "Largo",
        "Via dei",
        "Lungarno",
        "Piazzale",
        "Borgo",
    ],
    "nl_NL": ["straat", "laan", "weg", "gracht", "kade", "plein", "singel", "dijk", "hof"],
    "pt_BR": ["Rua", "R.", "Avenida", "Av.", "Alameda", "Travessa", "Praça", "Estrada"],
}

# words never used as street fragments (types, particles, ordinal words)
DE_TOWN_ADJECTIVES = [
    "Bamberger",
    "Würzburger",
    "Landsberger",
    "Hildesheimer",
    "Lübecker",
    "Paderborner",
    "Konstanzer",
    "Dortmunder",
    "Göttinger",
    "Kasseler",
]

NOT_STREET_TOKENS = set(
    "straße platz ufer allee ring damm weg gasse "
    "alameda allée am an apt apto avda ave avenida avenue bis block blvd borgo boulevard "
    "calle camino chemin cl close conj corso cours court cres crescent cross ct da das de dei "
    "del della den der des do dos dr drive estrada flat floor gardens grove heights hwy im "
    "impasse la lane largo lawn le ln lungarno main marg mews nagar no parade park paseo "
    "passage pde piazza piazzale piso pkwy place plaza praça quai rd road ronda rua rue rúa "
    "sala salai sector square st str street suite tce ter terrace travessa travesía unit van "
    "via viale vicolo way".split()
)


# ---------------------------------------------------------------- look-alike places

FAMOUS_STREETS = {
    "en_US": ["Michigan Avenue", "Rodeo Drive", "Bourbon Street", "Lombard Street", "Fifth Avenue"],
    "en_GB": ["Oxford Street", "Deansgate", "Princes Street", "Bold Street", "Carnaby Street"],
    "en_IE": ["Grafton Street", "O'Connell Street", "Shop Street", "Patrick Street"],
    "en_IN": ["MG Road", "Linking Road", "Park Street", "Brigade Road", "Chandni Chowk"],
    "en_AU": ["George Street", "Chapel Street", "Rundle Mall", "Hay Street", "Lygon Street"],
    "en_CA": ["Yonge Street", "Rue Sainte-Catherine", "Robson Street", "Spring Garden Road"],
    "de_DE": ["Kurfürstendamm", "Königsallee", "Maximilianstraße", "Jungfernstieg", "Zeil"],
    "fr_FR": ["Champs-Élysées", "la Canebière", "rue de Rivoli", "rue Sainte-Catherine"],
    "es_ES": ["Gran Vía", "La Rambla", "Paseo de Gracia", "calle Larios", "calle Preciados"],
    "it_IT": ["Via Montenapoleone", "Via del Corso", "Via Toledo", "Via Condotti"],
    "nl_NL": ["Kalverstraat", "Damrak", "Lijnbaan", "Herestraat", "Stratumseind"],
    "pt_BR": ["Avenida Paulista", "Rua Oscar Freire", "Avenida Atlântica", "Rua da Praia"],
}
