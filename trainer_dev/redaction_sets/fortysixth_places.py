"""Forty-sixth set: streets, towns with their postcodes, box words, clinics and shelters.

Postcode shapes follow each postal operator's addressing rules: An Post's Eircode (routing key
plus a four-character identifier from 0-9 A C D E F H K N P R T V W X Y), Australia Post (locality
in capitals, state, four digits), NZ Post (suburb, town, four digits), Mauritius Post (five
digits), Österreichische Post and bpost (four digits before the town), Deutsche Post and La Poste
(five digits before the town; Monaco is 98000 under La Poste's scheme), Poste Italiane (five
digits, town, province in brackets; San Marino 4789x), Andorra's parish codes (AD100-AD700).
"""

from __future__ import annotations

import re

EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"

POSTCODE_RE = {
    "en_IE": r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}",
    "en_AU": r"\d{4}", "en_NZ": r"\d{4}", "en_MU": r"\d{5}", "de_AT": r"\d{4}",
    "de_DE": r"\d{5}", "de_BE": r"\d{4}", "fr_FR": r"\d{5}", "fr_MC": r"98000",
    "it_IT": r"\d{5}", "it_SM": r"4789\d", "ca_AD": r"AD[1-7]00",
}

# (town as written, postcode or Eircode routing key, county/state/province where written)
TOWNS = {
    "en_IE": [("Ennis", "V95", "Co. Clare"), ("Tralee", "V92", "Co. Kerry"),
              ("Galway", "H91", ""), ("Cork", "T12", ""), ("Limerick", "V94", ""),
              ("Waterford", "X91", ""), ("Kilkenny", "R95", ""), ("Sligo", "F91", ""),
              ("Letterkenny", "F92", "Co. Donegal"), ("Athlone", "N37", "Co. Westmeath"),
              ("Drogheda", "A92", "Co. Louth"), ("Castlebar", "F23", "Co. Mayo"),
              ("Dublin 6", "D06", ""), ("Dublin 8", "D08", ""), ("Dublin 6W", "D6W", ""),
              ("Navan", "C15", "Co. Meath"), ("Wexford", "Y35", "")],
    "en_AU": [("FITZROY", "3065", "VIC"), ("NEWTOWN", "2042", "NSW"), ("FREMANTLE", "6160", "WA"),
              ("PADDINGTON", "4064", "QLD"), ("GLENELG", "5045", "SA"),
              ("BATTERY POINT", "7004", "TAS"), ("BRADDON", "2612", "ACT"),
              ("PARAP", "0820", "NT"), ("BALLARAT", "3350", "VIC"), ("TOOWOOMBA", "4350", "QLD"),
              ("WAGGA WAGGA", "2650", "NSW"), ("BENDIGO", "3550", "VIC"),
              ("DUBBO", "2830", "NSW"), ("MANDURAH", "6210", "WA"),
              ("ALICE SPRINGS", "0870", "NT"), ("MOUNT GAMBIER", "5290", "SA")],
    "en_NZ": [("Ponsonby, Auckland", "1011", ""), ("Mount Victoria, Wellington", "6011", ""),
              ("Riccarton, Christchurch", "8041", ""), ("Dunedin Central, Dunedin", "9016", ""),
              ("Frankton, Hamilton", "3204", ""), ("Tauranga", "3110", ""),
              ("Napier South, Napier", "4110", ""), ("Palmerston North", "4410", ""),
              ("Nelson", "7010", ""), ("Whanganui", "4500", ""), ("Rotorua", "3010", ""),
              ("Gisborne", "4010", ""), ("Invercargill", "9810", ""), ("Whangārei", "0110", "")],
    "en_MU": [("Port Louis", "11328", ""), ("Curepipe", "74213", ""),
              ("Quatre Bornes", "72426", ""), ("Vacoas", "73304", ""), ("Rose Hill", "71368", ""),
              ("Beau Bassin", "71504", ""), ("Mahébourg", "50802", ""),
              ("Grand Baie", "30510", ""), ("Centre de Flacq", "40901", ""),
              ("Moka", "80835", ""), ("Flic en Flac", "90503", ""), ("Triolet", "21504", ""),
              ("Goodlands", "30401", ""), ("Souillac", "60805", "")],
    "de_AT": [("Wien", "1060", ""), ("Wien", "1160", ""), ("Wien", "1030", ""),
              ("Graz", "8010", ""), ("Linz", "4020", ""), ("Salzburg", "5020", ""),
              ("Innsbruck", "6020", ""), ("Klagenfurt am Wörthersee", "9020", ""),
              ("Villach", "9500", ""), ("St. Pölten", "3100", ""), ("Dornbirn", "6850", ""),
              ("Bregenz", "6900", ""), ("Wels", "4600", ""), ("Krems an der Donau", "3500", ""),
              ("Leoben", "8700", ""), ("Eisenstadt", "7000", ""), ("Zell am See", "5700", "")],
    "de_DE": [("Berlin", "10967", ""), ("Berlin", "13357", ""), ("Hamburg", "22765", ""),
              ("München", "81667", ""), ("Köln", "50825", ""), ("Bremen", "28195", ""),
              ("Kiel", "24103", ""), ("Lübeck", "23552", ""), ("Husum", "25813", ""),
              ("Flensburg", "24937", ""), ("Rostock", "18055", ""), ("Leipzig", "04109", ""),
              ("Dresden", "01067", ""), ("Münster", "48143", ""), ("Oldenburg", "26122", ""),
              ("Göttingen", "37073", ""), ("Freiburg im Breisgau", "79098", "")],
    "de_BE": [("Eupen", "4700", ""), ("Kelmis", "4720", ""), ("Lontzen", "4710", ""),
              ("Raeren", "4730", ""), ("Bütgenbach", "4750", ""), ("Büllingen", "4760", ""),
              ("Amel", "4770", ""), ("Sankt Vith", "4780", ""), ("Burg-Reuland", "4790", ""),
              ("Hergenrath", "4728", ""), ("Eynatten", "4731", ""), ("Walhorn", "4711", "")],
    "fr_FR": [("Paris", "75011", ""), ("Lyon", "69003", ""), ("Marseille", "13006", ""),
              ("Toulouse", "31000", ""), ("Nantes", "44000", ""), ("Rennes", "35000", ""),
              ("Brest", "29200", ""), ("Quimper", "29000", ""), ("Lille", "59000", ""),
              ("Strasbourg", "67000", ""), ("Bordeaux", "33000", ""),
              ("Montpellier", "34000", ""), ("Annecy", "74000", ""), ("Tours", "37000", ""),
              ("Dijon", "21000", ""), ("Nice", "06000", ""), ("Saint-Malo", "35400", "")],
    "fr_MC": [("Monaco", "98000", "")],
    "it_IT": [("Roma", "00185", "RM"), ("Milano", "20121", "MI"), ("Napoli", "80134", "NA"),
              ("Torino", "10121", "TO"), ("Bologna", "40121", "BO"), ("Firenze", "50122", "FI"),
              ("Palermo", "90133", "PA"), ("Bari", "70121", "BA"), ("Genova", "16121", "GE"),
              ("Verona", "37121", "VR"), ("Lecce", "73100", "LE"), ("Perugia", "06121", "PG"),
              ("Trento", "38122", "TN"), ("Cagliari", "09124", "CA"), ("Rimini", "47921", "RN")],
    "it_SM": [("San Marino", "47890", ""), ("Dogana", "47891", ""), ("Acquaviva", "47892", ""),
              ("Borgo Maggiore", "47893", ""), ("Chiesanuova", "47894", ""),
              ("Domagnano", "47895", ""), ("Faetano", "47896", ""), ("Fiorentino", "47897", ""),
              ("Montegiardino", "47898", ""), ("Serravalle", "47899", "")],
    "ca_AD": [("Canillo", "AD100", ""), ("Encamp", "AD200", ""), ("Ordino", "AD300", ""),
              ("La Massana", "AD400", ""), ("Andorra la Vella", "AD500", ""),
              ("Sant Julià de Lòria", "AD600", ""), ("Escaldes-Engordany", "AD700", "")],
}

STREETS = {
    "en_IE": ["Main Street", "Rathgar Road", "Bóthar na Trá", "Sráid an Chaisleáin",
              "Fairgreen Road", "Abbey Street", "Ballybane Road", "Cnoc na Gréine",
              "Mardyke Walk", "Ashgrove Park", "Clonard Avenue", "Shandon Street",
              "Glenageary Road", "Bridewell Lane", "Ardnacrusha Road"],
    "en_AU": ["Brunswick Street", "King Street", "Wattle Grove", "Banksia Crescent",
              "Jacaranda Avenue", "Currawong Close", "Murrumbidgee Parade", "Sturt Street",
              "Boundary Road", "Illawarra Road", "Kookaburra Court", "Bottlebrush Drive",
              "Gundagai Road", "Flinders Lane", "Yarralumla Way"],
    "en_NZ": ["Karangahape Road", "Ponsonby Road", "Cuba Street", "Riccarton Road",
              "Te Awa Road", "Kowhai Street", "Pōhutukawa Drive", "Rimu Street",
              "Tawa Terrace", "Harakeke Lane", "Moray Place", "Manuka Crescent",
              "Totara Avenue", "Kauri Road", "Matai Street"],
    "en_MU": ["Royal Road", "Rue Desforges", "Avenue des Flamboyants", "Sir Virgil Naz Street",
              "Rue La Bourdonnais", "Avenue Bois de Natte", "Camp Fouquereaux Road",
              "Morcellement Raffray", "Rue Saint-Georges", "Avenue Lislet Geoffroy",
              "Coastal Road", "Rue des Manguiers", "Avenue des Tamariniers",
              "Pailles Branch Road", "Rue du Vieux Conseil"],
    "de_AT": ["Mariahilfer Straße", "Ottakringer Straße", "Herrengasse", "Linzer Gasse",
              "Hauptplatz", "Kaiser-Josef-Platz", "Annenstraße", "Schillerstraße",
              "Sonnleitenweg", "Erlengasse", "Lindengasse", "Am Steinfeld", "Mühlbachgasse",
              "Kirchenweg", "Wiedner Hauptstraße"],
    "de_DE": ["Lindenstraße", "Oranienstraße", "Große Bergstraße", "Holtenauer Straße",
              "Am Kiefernweg", "Dorfstraße", "Bahnhofstraße", "Weidenallee", "Rosenstraße",
              "Ginsterweg", "Hafenstraße", "Schloßallee", "Kastanienweg", "Am Deich",
              "Klosterstraße"],
    "de_BE": ["Aachener Straße", "Hookstraße", "Klosterstraße", "Gospertstraße",
              "Herbesthaler Straße", "Paveestraße", "Hütte", "Malmedyer Straße",
              "Neustraße", "Kirchstraße", "Schönefelderweg", "Am Stadtwald", "Rotenberg",
              "Bergkapellstraße", "Talstraße"],
    "fr_FR": ["rue des Lilas", "avenue Jean-Jaurès", "rue de la République",
              "boulevard Voltaire", "impasse des Glycines", "chemin des Vignes",
              "rue du Moulin", "allée des Tilleuls", "quai de la Fosse", "rue de Siam",
              "place du Marché", "rue des Écoles", "route de Brest", "rue Sainte-Catherine",
              "cours Lafayette"],
    "fr_MC": ["boulevard des Moulins", "boulevard d'Italie", "avenue de la Costa",
              "rue Grimaldi", "boulevard du Larvotto", "avenue Princesse Grace",
              "rue Princesse Caroline", "boulevard de Suisse", "avenue de Fontvieille",
              "rue Basse", "avenue Saint-Michel", "boulevard Rainier III", "rue des Orchidées",
              "avenue Hector Otto", "rue Bellevue"],
    "it_IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille",
              "Viale della Repubblica", "Vicolo del Pozzo", "Piazza del Popolo",
              "Via delle Rose", "Via San Vitale", "Via Toledo", "Largo dei Gelsi",
              "Via dei Glicini", "Via Mazzini", "Strada Vicinale dei Colli", "Via Marmolada"],
    "it_SM": ["Via del Serrone", "Strada di Paderna", "Via Ca' dei Lupi", "Via Piana",
              "Contrada Omagnano", "Via XXVIII Luglio", "Via Tre Settembre",
              "Strada Cardio", "Via Corrado Forlani", "Via dei Boschetti", "Via Rivo Fontanelle",
              "Piazzale Lo Stradone", "Via Ca' Martino", "Via Gorgascura", "Via Brandolina"],
    "ca_AD": ["Avinguda Meritxell", "Carrer de la Unió", "Avinguda Carlemany",
              "Carrer Prat de la Creu", "Carrer Bonaventura Armengol", "Carrer de les Canals",
              "Avinguda del Fener", "Carrer del Solà", "Camí de la Grau", "Carrer Major",
              "Avinguda de Sant Antoni", "Carrer del Roc del Metge", "Carrer Verge del Pilar",
              "Avinguda de les Escoles", "Carretera de la Comella"],
}

STREET_WORDS = frozenset({
    "street", "road", "lane", "avenue", "park", "walk", "crescent", "close", "parade", "court",
    "drive", "way", "grove", "terrace", "place", "bóthar", "sráid", "cnoc", "rue",
    "morcellement", "branch", "coastal", "straße", "strasse", "gasse", "platz", "weg", "allee",
    "am", "hauptplatz", "boulevard", "impasse", "chemin", "allée", "quai", "route", "cours",
    "via", "viale", "corso", "vicolo", "piazza", "largo", "strada", "contrada", "piazzale",
    "vicinale", "avinguda", "carrer", "camí", "carretera", "na", "an", "des", "du", "de", "la",
    "les", "le", "dei", "del", "delle", "di", "ca'", "lo", "sir", "the", "saint", "sainte",
    "sant", "san",
})

BOX_WORD = {
    "en_IE": "PO Box", "en_AU": "PO Box", "en_NZ": "PO Box", "en_MU": "P.O. Box",
    "de_AT": "Postfach", "de_DE": "Postfach", "de_BE": "Postfach", "fr_FR": "BP",
    "fr_MC": "BP", "it_IT": "Casella postale", "it_SM": "Casella postale",
    "ca_AD": "Apartat de correus",
}

# clinics, shelters, insurers, groomers: the organisation in sign-offs and job lines
ORGS = {
    "en_IE": ["Shannonside Veterinary Hospital", "Liffey Paws Rescue", "Atlantic Pet Cover",
              "Burren Equine Practice", "Greenway Grooming Co-op"],
    "en_AU": ["Northside Animal Hospital", "Outback Paws Rescue", "Southern Cross Pet Cover",
              "Bayside Vet Clinic", "Riverland Kennels"],
    "en_NZ": ["Harbourside Vets", "Kiwi Paws Animal Rescue", "Southern Alps Equine Vets",
              "Aotearoa Pet Cover", "Te Awa Animal Hospital"],
    "en_MU": ["Clinique Vétérinaire de l'Ouest", "Island Paws Welfare", "Lagoon Pet Clinic",
              "Tropical Pet Care", "Central Plateau Veterinary Centre"],
    "de_AT": ["Tierklinik Donaustadt", "Tierschutzhaus Alpenblick", "Kleintierpraxis am Ring",
              "Tierversicherung Edelweiß", "Hufschmiede Bergland"],
    "de_DE": ["Tierarztpraxis am Hafen", "Tierheim Nordlicht", "Kleintierklinik Elbufer",
              "Tierkrankenversicherung Deichschutz", "Hundeschule Wattwurm"],
    "de_BE": ["Tierarztpraxis Weserbogen", "Tierheim Hohes Venn", "Tierklinik Ostbelgien",
              "Hundesalon Göhltal", "Pferdepraxis Eifelblick"],
    "fr_FR": ["Clinique vétérinaire des Tilleuls", "Refuge de la Vallée", "Assur'Animaux Ouest",
              "Cabinet vétérinaire du Port", "Pension canine Les Pins"],
    "fr_MC": ["Clinique vétérinaire du Rocher", "Refuge de Fontvieille",
              "Cabinet vétérinaire de la Condamine", "Toilettage Riviera", "Assurance Félin Azur"],
    "it_IT": ["Clinica veterinaria Il Faro", "Canile comunale Le Querce", "Ambulatorio Zampe",
              "Assicurazione Amici Pelosi", "Toelettatura Bau Bau"],
    "it_SM": ["Ambulatorio veterinario Titano", "Canile Tre Torri", "Clinica Monte Titano",
              "Toelettatura Borgo", "Rifugio Amici a Quattro Zampe"],
    "ca_AD": ["Clínica veterinària dels Valira", "Protectora d'Animals de les Valls",
              "Centre veterinari Pessons", "Perruqueria canina Coll d'Ordino",
              "Assegurances Mascotes Pirineu"],
}

GS1 = {"en_IE": "539", "en_AU": "93", "en_NZ": "94", "en_MU": "609", "de_AT": "90",
       "de_DE": "40", "de_BE": "54", "fr_FR": "30", "fr_MC": "37", "it_IT": "80",
       "it_SM": "80", "ca_AD": "84"}


def draw_postcode(rng, locale: str, head: str) -> str:
    if locale == "en_IE":
        return f"{head} " + "".join(rng.choice(EIRCODE_CHARS) for _ in range(4))
    return head


def postcode_ok(locale: str, pc: str) -> bool:
    return re.fullmatch(POSTCODE_RE[locale], pc) is not None
