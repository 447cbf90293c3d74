"""Towns with their postcodes for the twelfth set (hand-written, per postal standard)."""

from __future__ import annotations

S = str.split

US_TOWNS = [
    ("Portland", "OR", "972"),
    ("Seattle", "WA", "981"),
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Chicago", "IL", "606"),
    ("Boston", "MA", "021"),
    ("Brooklyn", "NY", "112"),
    ("Atlanta", "GA", "303"),
    ("Phoenix", "AZ", "850"),
    ("Minneapolis", "MN", "554"),
    ("Columbus", "OH", "432"),
    ("Raleigh", "NC", "276"),
    ("Madison", "WI", "537"),
    ("Sacramento", "CA", "958"),
    ("Nashville", "TN", "372"),
]
GB_TOWNS = [
    ("Sheffield", "S10"),
    ("Sheffield", "S7"),
    ("Manchester", "M14"),
    ("Manchester", "M20"),
    ("Leeds", "LS6"),
    ("Bristol", "BS7"),
    ("Edinburgh", "EH9"),
    ("Cardiff", "CF24"),
    ("Oxford", "OX4"),
    ("London", "NW5"),
    ("London", "SE15"),
    ("London", "E8"),
    ("Glasgow", "G12"),
    ("Norwich", "NR2"),
    ("Brighton", "BN2"),
    ("Birmingham", "B13"),
    ("Belfast", "BT9"),
    ("York", "YO10"),
]
IN_TOWNS = [
    ("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Koramangala", "Jayanagar"]),
    ("Chennai", "Tamil Nadu", "6000", ["Adyar", "T. Nagar", "Mylapore"]),
    ("Mumbai", "Maharashtra", "4000", ["Andheri West", "Bandra East", "Dadar"]),
    ("Pune", "Maharashtra", "4110", ["Kothrud", "Aundh", "Baner"]),
    ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Kukatpally"]),
    ("New Delhi", "Delhi", "1100", ["Vasant Kunj", "Lajpat Nagar", "Saket"]),
    ("Kolkata", "West Bengal", "7000", ["Salt Lake", "Ballygunge"]),
    ("Kochi", "Kerala", "6820", ["Edappally", "Kakkanad"]),
    ("Jaipur", "Rajasthan", "3020", ["Malviya Nagar", "Vaishali Nagar"]),
]
IN_BUILDINGS = S(
    "Sai_Krupa Shanti_Niwas Green_Meadows Prestige_Lakeside Sobha_Dahlia "
    "Ganga_Apartments Sunrise_Towers Kaveri_Enclave Ashirwad Anand_Bhavan"
)
DE_TOWNS = [
    ("Berlin", 10115, 14199),
    ("Hamburg", 20095, 22769),
    ("München", 80331, 81929),
    ("Köln", 50667, 51149),
    ("Frankfurt am Main", 60311, 60599),
    ("Stuttgart", 70173, 70629),
    ("Leipzig", 4103, 4357),
    ("Dresden", 1067, 1328),
    ("Freiburg im Breisgau", 79098, 79117),
    ("Münster", 48143, 48167),
    ("Bremen", 28195, 28779),
    ("Nürnberg", 90402, 90491),
]
AT_TOWNS = [
    ("Wien", None),
    ("Graz", ["8010", "8020", "8036", "8045"]),
    ("Linz", ["4020", "4040"]),
    ("Salzburg", ["5020"]),
    ("Innsbruck", ["6020"]),
    ("Klagenfurt am Wörthersee", ["9020"]),
    ("St. Pölten", ["3100"]),
    ("Bregenz", ["6900"]),
    ("Villach", ["9500"]),
    ("Dornbirn", ["6850"]),
]
FR_TOWNS = [
    ("Paris", [f"750{i:02d}" for i in range(1, 21)]),
    ("Lyon", [f"6900{i}" for i in range(1, 10)]),
    ("Marseille", [f"130{i:02d}" for i in range(1, 17)]),
    ("Toulouse", ["31000", "31100", "31200", "31300", "31400", "31500"]),
    ("Nantes", ["44000", "44100", "44200", "44300"]),
    ("Bordeaux", ["33000", "33100", "33200", "33300", "33800"]),
    ("Lille", ["59000", "59160", "59260", "59800"]),
    ("Rennes", ["35000", "35200"]),
    ("Strasbourg", ["67000", "67100", "67200"]),
    ("Grenoble", ["38000", "38100"]),
    ("Montpellier", ["34000", "34070", "34090"]),
    ("Nice", ["06000", "06100", "06300"]),
]
CA_TOWNS = [
    ("Montréal", "Québec", "QC", ["H2X", "H2J", "H2T", "H3H", "H4A", "H1V"]),
    ("Québec", "Québec", "QC", ["G1R", "G1K", "G1S"]),
    ("Laval", "Québec", "QC", ["H7N"]),
    ("Gatineau", "Québec", "QC", ["J8T", "J9H"]),
    ("Sherbrooke", "Québec", "QC", ["J1H"]),
    ("Trois-Rivières", "Québec", "QC", ["G8Z", "G9A"]),
    ("Longueuil", "Québec", "QC", ["J4H", "J4K"]),
    ("Moncton", "Nouveau-Brunswick", "NB", ["E1C"]),
    ("Ottawa", "Ontario", "ON", ["K1N", "K2P"]),
]
ES_TOWNS = [
    ("Madrid", "280", 55),
    ("Barcelona", "080", 42),
    ("Valencia", "460", 26),
    ("Sevilla", "410", 20),
    ("Bilbao", "480", 15),
    ("Zaragoza", "500", 18),
    ("Málaga", "290", 18),
    ("Murcia", "300", 12),
    ("Palma", "070", 15),
    ("Valladolid", "470", 15),
    ("A Coruña", "150", 11),
    ("Granada", "180", 19),
    ("Donostia / San Sebastián", "200", 18),
    ("Vitoria-Gasteiz", "010", 15),
]
MX_TOWNS = [
    ("Roma Norte", "06700", "Cuauhtémoc", "Ciudad de México", "CDMX"),
    ("Condesa", "06140", "Cuauhtémoc", "Ciudad de México", "CDMX"),
    ("Del Valle Centro", "03100", "Benito Juárez", "Ciudad de México", "CDMX"),
    ("Narvarte Poniente", "03020", "Benito Juárez", "Ciudad de México", "CDMX"),
    ("Polanco V Sección", "11560", "Miguel Hidalgo", "Ciudad de México", "CDMX"),
    ("Doctores", "06720", "Cuauhtémoc", "Ciudad de México", "CDMX"),
    ("Americana", "44160", None, "Guadalajara", "Jal."),
    ("Providencia", "44630", None, "Guadalajara", "Jal."),
    ("Obispado", "64060", None, "Monterrey", "N.L."),
    ("La Paz", "72160", None, "Puebla", "Pue."),
    ("García Ginerés", "97070", None, "Mérida", "Yuc."),
    ("Reforma", "68050", None, "Oaxaca de Juárez", "Oax."),
]
PT_TOWNS = [
    ("Lisboa", 1000, 1990),
    ("Porto", 4000, 4369),
    ("Braga", 4700, 4719),
    ("Coimbra", 3000, 3049),
    ("Aveiro", 3800, 3810),
    ("Faro", 8000, 8005),
    ("Setúbal", 2900, 2914),
    ("Funchal", 9000, 9064),
    ("Évora", 7000, 7005),
    ("Viseu", 3500, 3514),
    ("Leiria", 2400, 2419),
    ("Amadora", 2700, 2724),
]
NZ_TOWNS = [
    (
        "Auckland",
        [
            ("Ponsonby", "1011"),
            ("Grey Lynn", "1021"),
            ("Mount Eden", "1024"),
            ("Remuera", "1050"),
            ("Takapuna", "0622"),
            ("Henderson", "0612"),
        ],
    ),
    ("Wellington", [("Te Aro", "6011"), ("Newtown", "6021"), ("Karori", "6012")]),
    ("Christchurch", [("Riccarton", "8011"), ("Sydenham", "8023"), ("Papanui", "8053")]),
    ("Hamilton", [("Hillcrest", "3216")]),
    ("Dunedin", [("North East Valley", "9010")]),
    ("Tauranga", [("Mount Maunganui", "3116")]),
    ("Nelson", [("Stoke", "7011")]),
]
ZA_TOWNS = [
    ("Pretoria", [("Menlo Park", "0081"), ("Hatfield", "0083")]),
    ("Johannesburg", [("Melville", "2092"), ("Parkhurst", "2193"), ("Orlando West", "1804")]),
    ("Sandton", [("Morningside", "2196")]),
    (
        "Cape Town",
        [
            ("Observatory", "7925"),
            ("Sea Point", "8005"),
            ("Rondebosch", "7700"),
            ("Gugulethu", "7750"),
        ],
    ),
    ("Durban", [("Morningside", "4001"), ("Chatsworth", "4092")]),
    ("Gqeberha", [("Walmer", "6070")]),
    ("Bloemfontein", [("Willows", "9301")]),
]
