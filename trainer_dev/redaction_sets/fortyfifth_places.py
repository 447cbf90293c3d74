"""Towns, postcodes, streets and companies of the forty-fifth set, written by hand per locale."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets.fortyfifth_checks import postcode_ok

# (town, postcode spec): GB outward code, CA FSA, AR CPA head, PT 4-digit head, LU head;
# the rest are whole postcodes.
TOWNS = {
    "en_GB": [("Sheffield", "S9"), ("Derby", "DE24"), ("Coventry", "CV3"), ("Rotherham", "S60"),
              ("Sunderland", "SR5"), ("Bradford", "BD4"), ("Stoke-on-Trent", "ST4"),
              ("Telford", "TF3"), ("Swindon", "SN2"), ("Port Talbot", "SA13"),
              ("Motherwell", "ML1"), ("Huddersfield", "HD2"), ("Burnley", "BB11")],
    "en_NZ": [("Auckland", "1010"), ("Hamilton", "3204"), ("Christchurch", "8011"),
              ("Dunedin", "9016"), ("Tauranga", "3110"), ("Napier", "4110"),
              ("New Plymouth", "4310"), ("Nelson", "7010"), ("Palmerston North", "4410"),
              ("Invercargill", "9810"), ("Timaru", "7910"), ("Penrose", "1061")],
    "en_ZA": [("Johannesburg", "2001"), ("Durban", "4001"), ("Gqeberha", "6001"),
              ("East London", "5201"), ("Vanderbijlpark", "1911"), ("Richards Bay", "3900"),
              ("Pietermaritzburg", "3201"), ("Germiston", "1401"), ("Newcastle", "2940"),
              ("Epping", "7460"), ("Rosslyn", "0200"), ("Secunda", "2302")],
    "de_AT": [("Linz", "4020"), ("Steyr", "4400"), ("Graz", "8010"), ("Wels", "4600"),
              ("Wien", "1100"), ("Kapfenberg", "8605"), ("Leoben", "8700"),
              ("Dornbirn", "6850"), ("Salzburg", "5020"), ("St. Pölten", "3100"),
              ("Wiener Neustadt", "2700"), ("Ranshofen", "5282"), ("Villach", "9500")],
    "fr_CA": [("Montréal", "H1N"), ("Laval", "H7L"), ("Québec", "G1K"),
              ("Trois-Rivières", "G8T"), ("Sherbrooke", "J1L"), ("Drummondville", "J2C"),
              ("Saguenay", "G7H"), ("Granby", "J2G"), ("Longueuil", "J4G"),
              ("Bécancour", "G9H"), ("Saint-Hyacinthe", "J2S"), ("Lévis", "G6V")],
    "es_AR": [("CABA", "C1437"), ("Córdoba", "X5000"), ("Rosario", "S2000"),
              ("Mendoza", "M5500"), ("San Miguel de Tucumán", "T4000"),
              ("Bahía Blanca", "B8000"), ("Campana", "B2804"), ("Rafaela", "S2300"),
              ("Zárate", "B2800"), ("Pilar", "B1629"), ("Neuquén", "Q8300"),
              ("Mar del Plata", "B7600")],
    "pt_PT": [("Porto", "4100"), ("Aveiro", "3800"), ("Braga", "4705"),
              ("Leiria", "2400"), ("Marinha Grande", "2430"), ("Guimarães", "4835"),
              ("Setúbal", "2910"), ("Lisboa", "1950"), ("Coimbra", "3025"), ("Viseu", "3500"),
              ("Oliveira de Azeméis", "3720"), ("Palmela", "2950")],
    "da_DK": [("Aarhus C", "8000"), ("Odense SØ", "5220"), ("Aalborg", "9000"),
              ("Kolding", "6000"), ("Vejle", "7100"), ("Herning", "7400"), ("Esbjerg", "6700"),
              ("Horsens", "8700"), ("Randers", "8900"), ("Silkeborg", "8600"),
              ("Billund", "7190"), ("Nordborg", "6430"), ("Kalundborg", "4400")],
    "hu_HU": [("Győr", "9027"), ("Kecskemét", "6000"), ("Debrecen", "4031"),
              ("Miskolc", "3527"), ("Székesfehérvár", "8000"), ("Budapest", "1117"),
              ("Szeged", "6728"), ("Pécs", "7630"), ("Tatabánya", "2800"),
              ("Dunaújváros", "2400"), ("Nyíregyháza", "4400"), ("Esztergom", "2500")],
    "fr_MG": [("Antananarivo", "101"), ("Toamasina", "501"), ("Antsirabe", "110"),
              ("Fianarantsoa", "301"), ("Mahajanga", "401"), ("Toliara", "601"),
              ("Antsiranana", "201"), ("Moramanga", "514"), ("Ambatondrazaka", "503"),
              ("Ivato", "105"), ("Andoharanofotsy", "102"), ("Ambohidratrimo", "105")],
    "en_PG": [("Port Moresby", "111"), ("Lae", "411"), ("Mount Hagen", "281"),
              ("Madang", "511"), ("Goroka", "441"), ("Kokopo", "613"), ("Wewak", "531"),
              ("Kimbe", "621"), ("Alotau", "211"), ("Popondetta", "241"),
              ("Boroko", "111"), ("Kainantu", "443")],
    "de_LU": [("Luxembourg", "L-1"), ("Esch-sur-Alzette", "L-40"), ("Differdange", "L-45"),
              ("Dudelange", "L-34"), ("Ettelbruck", "L-90"), ("Diekirch", "L-92"),
              ("Wiltz", "L-95"), ("Bascharage", "L-49"), ("Foetz", "L-38"),
              ("Contern", "L-53"), ("Bettembourg", "L-32"), ("Grevenmacher", "L-67")],
}

STREETS = {
    "en_GB": ["Attercliffe Road", "Brightside Lane", "Carbrook Street", "Holbrook Avenue",
              "Foundry Way", "Tinsley Park Road", "Wharncliffe Close", "Pennine Drive",
              "Armitage Crescent", "Colliery Lane", "Sandringham Way", "Tannery Street",
              "Ironbridge Road", "Kelham Island Parade"],
    "en_NZ": ["Great South Road", "Kerrs Road", "Sawmill Road", "Te Rapa Road",
              "Hewletts Road", "Kaiwharawhara Road", "Manukau Street", "Springs Road",
              "Tahunanui Drive", "Taradale Road", "Ngauranga Crescent", "Pukete Road",
              "Onehunga Mall", "Waiwhetu Street"],
    "en_ZA": ["Main Reef Road", "Voortrekker Road", "Jan Smuts Avenue", "Albertina Sisulu Road",
              "Bhekuzulu Street", "Prospecton Road", "Umgeni Road", "Louis Botha Avenue",
              "Commissioner Street", "Khanyisile Street", "Blaauwberg Road", "Masakhane Drive",
              "Struben Street", "Tambo Crescent"],
    "de_AT": ["Industriezeile", "Lunzerstraße", "Wiener Straße", "Mühlkreisautobahnweg",
              "Hafenstraße", "Gewerbepark Süd", "Ennser Straße", "Kärntner Ring",
              "Eisenwerkstraße", "Schmiedgasse", "Fabrikstraße", "Voestgasse",
              "Hüttenweg", "Pummerinplatz"],
    "fr_CA": ["rue Sherbrooke Est", "boulevard Saint-Laurent", "rue Notre-Dame Ouest",
              "chemin de la Côte-de-Liesse", "rue Bellechasse", "avenue Papineau",
              "boulevard Industriel", "rue des Forges", "rang Saint-Joseph",
              "boulevard Lebourgneuf", "rue Marcel-Laurin", "chemin du Golf",
              "rue Armand-Frappier", "montée Masson"],
    "es_AR": ["Av. Corrientes", "Av. General Paz", "Calle Bouchard", "Av. Circunvalación",
              "Calle Ituzaingó", "Av. Mitre", "Ruta Panamericana", "Calle Sarmiento",
              "Av. Juan B. Justo", "Calle Tucumán", "Av. Fuerza Aérea", "Calle Chacabuco",
              "Av. de los Constituyentes", "Calle Lavalleja"],
    "pt_PT": ["Rua do Almada", "Avenida da Boavista", "Rua da Indústria", "Estrada de Paço",
              "Rua das Flores", "Travessa do Ferreiro", "Avenida Dom Afonso Henriques",
              "Rua Engenheiro Ferreira Dias", "Rua dos Vidreiros", "Largo do Rossio",
              "Zona Industrial de Cacia", "Rua da Cerâmica", "Avenida Marquês de Pombal",
              "Rua Sá da Bandeira"],
    "da_DK": ["Industrivej", "Vesterbrogade", "Fabriksvej", "Smedeholm", "Hedelundvej",
              "Kokholm", "Lergravsvej", "Ålborgvej", "Havnegade", "Stålvej", "Nørre Allé",
              "Sønderborgvej", "Grundtvigsvej", "Bødkervej"],
    "hu_HU": ["Ipar utca", "Rákóczi út", "Váci út", "Gyár utca", "Kandó Kálmán utca",
              "Mechwart tér", "Széchenyi körút", "Kossuth Lajos utca", "Bánki Donát utca",
              "Hunyadi út", "Kohász utca", "Szondi utca", "Gépgyár köz", "Bercsényi utca"],
    "fr_MG": ["rue Rainandriamampandry", "avenue de l'Indépendance", "rue Ravoninahitriniarivo",
              "route des Hydrocarbures", "rue Ratsimilaho", "boulevard Ratsimandrava",
              "rue Andrianampoinimerina", "route d'Andraharo", "rue Rabezavana",
              "avenue Gallieni", "rue Dok Villette", "route Circulaire",
              "rue Rakotonirina", "rue du Commerce"],
    "en_PG": ["Champion Parade", "Cuthbertson Street", "Douglas Street", "Waigani Drive",
              "Milfordhaven Road", "Huon Road", "Coronation Drive", "Okari Street",
              "Kumul Highway", "Lawes Road", "Spring Garden Road", "Bumbu Road",
              "Malaita Street", "Sir Hubert Murray Highway"],
    "de_LU": ["rue de l'Industrie", "route d'Arlon", "rue du Fossé", "Zone Industrielle Riedgen",
              "rue de Luxembourg", "Grand-Rue", "rue du Brill", "route de Thionville",
              "Am Hock", "rue Michel Rodange", "rue Zénon Bernard", "Op der Heckmill",
              "rue de la Gare", "Um Woeller"],
}

STREET_STOP = set(
    "road street lane avenue drive way close crescent place terrace parade highway mall st rd "
    "strasse straße gasse weg platz allee ring zeile gewerbepark sud süd "
    "rue avenue boulevard chemin route rang place allee allée montee montée de du des la le l "
    "d est ouest nord sud grand "
    "av calle ruta pasaje los las del general "
    "rua avenida estrada travessa largo praça zona industrial do da dos das dom engenheiro "
    "alle allé gade vej "
    "utca ut út ter tér korut körút koz köz "
    "am op der um zone industrielle sir".split())


def street_tokens(street: str) -> list[str]:
    """Street-name tokens: words of the name less street-type words, articles, initials."""
    out = []
    for tok in re.findall(r"[^\W\d_]+", street):
        if tok.lower() in STREET_STOP or len(tok) < 2:
            continue
        if tok not in out:
            out.append(tok)
    return out


BOX_WORDS = {
    "en_GB": ["PO Box"], "en_NZ": ["PO Box", "Private Bag"], "en_ZA": ["PO Box", "Posbus"],
    "de_AT": ["Postfach"], "fr_CA": ["C.P.", "case postale"],
    "es_AR": ["Casilla de Correo"], "pt_PT": ["Apartado"], "da_DK": ["Postboks"],
    "hu_HU": ["Pf.", "Postafiók"], "fr_MG": ["BP", "B.P."], "en_PG": ["PO Box", "P.O. Box"],
    "de_LU": ["B.P.", "Boîte postale", "Postfach"],
}

LETTERS_GB = "ABDEFGHJLNPQRSTUWXYZ"
LETTERS_CA = "ABCEGHJKLMNPRSTVWXYZ"


def postcode(locale: str, spec: str, rng) -> str:
    if locale == "en_GB":
        pc = f"{spec} {rng.randint(1, 9)}{rng.choice(LETTERS_GB)}{rng.choice(LETTERS_GB)}"
    elif locale == "fr_CA":
        pc = f"{spec} {rng.randint(1, 9)}{rng.choice(LETTERS_CA)}{rng.randint(0, 9)}"
    elif locale == "es_AR":
        pc = spec + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    elif locale == "pt_PT":
        pc = f"{spec}-{rng.randint(0, 999):03d}"
    elif locale == "de_LU":
        pc = spec + "".join(str(rng.randint(0, 9)) for _ in range(6 - len(spec)))
    else:
        pc = spec
    assert postcode_ok(locale, pc), (locale, pc)
    return pc


# Company stems (ASCII, for e-mail and web hosts) and organisation names (for signatures).
DOMAIN_TLDS = {
    "en_GB": ["co.uk", "com", "org.uk"], "en_NZ": ["co.nz", "nz", "com"],
    "en_ZA": ["co.za", "com"], "de_AT": ["at", "co.at", "eu"], "fr_CA": ["ca", "com", "qc.ca"],
    "es_AR": ["com.ar", "ar", "com"], "pt_PT": ["pt", "com.pt", "eu"], "da_DK": ["dk", "com"],
    "hu_HU": ["hu", "co.hu", "eu"], "fr_MG": ["mg", "com"], "en_PG": ["com.pg", "org.pg", "com"],
    "de_LU": ["lu", "eu", "com"],
}

STEMS = {
    "en_GB": ["pennine-castings", "brightside-forge", "holbrook-tooling", "dearne-valves",
              "tinsley-wire", "wharfedale-plastics", "severn-hydraulics", "calder-fasteners"],
    "en_NZ": ["kiwi-extrusions", "taranaki-engineering", "southern-alloys", "waikato-fabrication",
              "tasman-packaging", "canterbury-gears", "harbourside-steel", "kauri-controls"],
    "en_ZA": ["highveld-castings", "umgeni-engineering", "vaal-steelworks", "karoo-conveyors",
              "protea-fasteners", "msunduzi-plastics", "bokamoso-tooling", "ekurhuleni-pumps"],
    "de_AT": ["ennstal-maschinenbau", "traunviertel-guss", "alpen-hydraulik", "donau-stahlbau",
              "steyrtaler-werkzeug", "voralpen-antriebe", "muerztal-schmiede",
              "innviertel-kunststoff"],
    "fr_CA": ["usinage-beauce", "fonderie-mauricie", "soudure-laurentides", "moulage-estrie",
              "hydraulique-saguenay", "outillage-richelieu", "metaux-chaudiere", "acier-boreal"],
    "es_AR": ["metalurgica-delsur", "fundicion-pampa", "tornos-rosario", "matriceria-cordoba",
              "hidraulica-cuyo", "autopartes-zarate", "aceros-litoral", "plasticos-rafaela"],
    "pt_PT": ["moldes-marinha", "metalurgica-cacia", "fundicao-ave", "ceramica-aveiro",
              "cortica-feira", "textil-guimaraes", "tornearia-leiria", "vidros-atlantico"],
    "da_DK": ["vestjysk-staal", "fyns-maskinfabrik", "kolding-hydraulik", "herning-plast",
              "limfjord-smedie", "billund-stoebning", "djurs-automation", "nordborg-vaerktoej"],
    "hu_HU": ["gyori-gepgyar", "alfoldi-ontode", "matra-szerszam", "tisza-muanyag",
              "dunai-acelszerkezet", "bakonyi-hegesztes", "mecsek-hidraulika", "rabaparti-kft"],
    "fr_MG": ["usine-tana", "textile-antsirabe", "metal-toamasina", "sucrerie-nosybe",
              "fonderie-analamanga", "confection-ivato", "atelier-vakinankaratra",
              "brasserie-hauts"],
    "en_PG": ["lae-engineering", "moresby-steel", "highlands-fabrication", "markham-timber",
              "huon-marine", "madang-cannery", "sepik-tooling", "kumul-workshops"],
    "de_LU": ["foetz-metallbau", "minett-acier", "alzette-industrie", "moselle-plastiques",
              "nordstad-technik", "hesper-usinage", "ardennes-schmiede", "bissen-composites"],
}

ORGS = {
    "en_GB": ["Pennine Castings Ltd", "Brightside Forge plc", "Dearne Valves Ltd",
              "Calder Fasteners Ltd"],
    "en_NZ": ["Taranaki Engineering Ltd", "Southern Alloys Limited", "Tasman Packaging Ltd",
              "Kauri Controls Limited"],
    "en_ZA": ["Highveld Castings (Pty) Ltd", "Vaal Steelworks (Pty) Ltd", "Karoo Conveyors",
              "Bokamoso Tooling (Pty) Ltd"],
    "de_AT": ["Ennstal Maschinenbau GmbH", "Traunviertler Guss GmbH", "Alpen Hydraulik AG",
              "Donau Stahlbau GmbH & Co KG"],
    "fr_CA": ["Usinage Beauce inc.", "Fonderie Mauricie ltée", "Hydraulique Saguenay inc.",
              "Métaux Chaudière inc."],
    "es_AR": ["Metalúrgica del Sur S.A.", "Fundición Pampa S.R.L.", "Hidráulica Cuyo S.A.",
              "Aceros del Litoral S.A."],
    "pt_PT": ["Moldes da Marinha, Lda.", "Metalúrgica de Cacia, S.A.", "Fundição do Ave, Lda.",
              "Vidros Atlântico, S.A."],
    "da_DK": ["Vestjysk Stål A/S", "Fyns Maskinfabrik ApS", "Kolding Hydraulik A/S",
              "Limfjord Smedie ApS"],
    "hu_HU": ["Győri Gépgyár Kft.", "Alföldi Öntöde Zrt.", "Mátra Szerszám Kft.",
              "Dunai Acélszerkezet Kft."],
    "fr_MG": ["Usine de Tana SA", "Textile Antsirabe SARL", "Métal Toamasina SA",
              "Confection Ivato SARL"],
    "en_PG": ["Lae Engineering Ltd", "Moresby Steel Ltd", "Highlands Fabrication Ltd",
              "Huon Marine Services"],
    "de_LU": ["Foetz Metallbau S.à r.l.", "Minett Acier S.A.", "Alzette Industrie S.A.",
              "Nordstad Technik S.à r.l."],
}
