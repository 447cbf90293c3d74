"""Streets, towns with postcodes, mail providers and address formats of the thirty-seventh set.

Written by hand per locale; postcodes are checked against each country's pattern in code.
"""

from __future__ import annotations

import re

STREETS = {
    "en_US": ["Maple Avenue", "Elm Street", "Magnolia Drive", "Juniper Lane", "Pershing Road",
              "Sycamore Court", "Lafayette Boulevard", "Chestnut Street", "Willow Bend Drive",
              "Cottonwood Trail", "Harrison Avenue", "Beacon Hill Road", "Tamarack Way",
              "Quincy Street", "Dogwood Circle"],
    "en_GB": ["Coronation Street", "Mill Lane", "Hawthorn Road", "Gladstone Terrace",
              "Wellington Crescent", "Kingsway", "Cherry Tree Close", "Bramble Gardens",
              "Ravenscroft Avenue", "Featherstone Street", "Barley Mow Passage", "Quarry Hill",
              "St Aldates", "Ladysmith Road", "Primrose Walk"],
    "de_AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Favoritenstraße",
              "Annenstraße", "Linzer Gasse", "Dreifaltigkeitsgasse", "Museumstraße",
              "Schmiedgasse", "Kärntner Straße", "Wiedner Gürtel", "Getreidegasse",
              "Hasnerplatz", "Thaliastraße", "Anichstraße"],
    "fr_FR": ["rue de la Roquette", "avenue Jean Jaurès", "boulevard Voltaire",
              "rue des Tanneurs", "allée des Tilleuls", "rue Paradis", "cours Mirabeau",
              "rue Sainte-Catherine", "impasse des Lilas", "place Bellecour", "quai de la Fosse",
              "rue du Faubourg Saint-Antoine", "chemin des Vignes", "rue Gambetta",
              "avenue de la Marne"],
    "es_MX": ["Calle Durango", "Avenida Insurgentes Sur", "Calle Zacatecas", "Calzada de Tlalpan",
              "Avenida Chapultepec", "Calle Morelos", "Calle Hidalgo", "Privada de los Pinos",
              "Avenida Vallarta", "Calle Aldama", "Andador Nezahualcóyotl", "Calle Tamaulipas",
              "Avenida Revolución", "Calle Jacarandas", "Boulevard Kukulcán"],
    "it_IT": ["Via dei Mille", "Corso Vittorio Emanuele", "Via Toledo", "Viale Monza",
              "Via del Pratello", "Piazza Garibaldi", "Via San Gregorio Armeno",
              "Via Nizza", "Borgo Pinti", "Via Etnea", "Vicolo del Cedro", "Via Roma",
              "Corso Buenos Aires", "Via Sparano", "Lungomare Caracciolo"],
    "nl_BE": ["Kerkstraat", "Meir", "Veldstraat", "Lange Nieuwstraat", "Dorpsstraat",
              "Brugsesteenweg", "Korenmarkt", "Stationsstraat", "Diestsestraat",
              "Overpoortstraat", "Groenplaats", "Vlaamsekaai", "Molenstraat",
              "Kortrijksesteenweg", "Lindenlaan"],
    "pl_PL": ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie",
              "ul. Floriańska", "ul. Świętojańska", "ul. Grunwaldzka", "ul. Kościuszki",
              "ul. Wrzosowa", "ul. Ogrodowa", "os. Kalinowe", "ul. Mickiewicza",
              "pl. Wolności", "ul. Jaśminowa", "al. Niepodległości"],
    "en_KE": ["Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Waiyaki Way", "Kimathi Street",
              "Tom Mboya Street", "Nyerere Road", "Oginga Odinga Street", "Digo Road",
              "Kaunda Street", "Argwings Kodhek Road", "Lenana Road", "Muthithi Road",
              "Jomo Kenyatta Highway", "Haile Selassie Avenue"],
    "bs_BA": ["Ferhadija", "Titova", "Zmaja od Bosne", "Maršala Tita", "Ulica Branilaca Sarajeva",
              "Bulevar Meše Selimovića", "Obala Kulina bana", "Kralja Tvrtka", "Trg Alije Izetbegovića",
              "Ulica Mostarskog bataljona", "Džemala Bijedića", "Hamdije Kreševljakovića",
              "Ulica Safvet-bega Bašagića", "Vrbanja", "Ulica Husrefa Redžića"],
    "fr_HT": ["rue Capois", "rue Lamarre", "avenue John Brown", "rue Pavée", "rue Grégoire",
              "route de Delmas", "rue Clerveaux", "avenue Christophe", "rue Faustin Premier",
              "rue Panaméricaine", "boulevard Jean-Jacques Dessalines", "rue Rigaud",
              "impasse Carméline", "rue Geffrard", "ruelle Waag"],
    "es_NI": ["Avenida Bolívar", "Calle Colón", "Carretera a Masaya", "Calle Atravesada",
              "Calle El Caimito", "Avenida Universitaria", "Calle Real Xalteva", "Pista Suburbana",
              "Calle El Triunfo", "Avenida Monseñor Lezcano", "Calle Central", "Calle Palermo",
              "Camino de Oriente", "Calle San Juan", "Pista Jean Paul Genie"],
}

# street-type words and articles that are never scored street tokens (lower-case)
STREET_WORDS = {
    "avenue", "street", "drive", "lane", "road", "court", "boulevard", "bend", "trail", "way",
    "circle", "terrace", "crescent", "close", "gardens", "passage", "walk", "st", "hill",
    "straße", "gasse", "gürtel", "platz", "rue", "de", "la", "des", "du", "avenue", "allée",
    "cours", "impasse", "place", "quai", "chemin", "calle", "avenida", "calzada", "privada",
    "los", "andador", "via", "corso", "viale", "piazza", "borgo", "vicolo", "lungomare", "dei",
    "del", "san", "ul.", "al.", "os.", "pl.", "ulica", "bulevar", "obala", "trg", "od", "route",
    "ruelle", "carretera", "a", "pista", "camino", "highway", "sur", "bana", "sarajeva",
    "real", "la", "el", "tree", "mow",
}

# (town, postcode or template with '#' for a digit / '@' for an inward letter, region)
TOWNS = {
    "en_US": [("Springfield", "627##", "IL"), ("Dayton", "454##", "OH"), ("Tucson", "857##", "AZ"),
              ("Boise", "837##", "ID"), ("Savannah", "314##", "GA"), ("Albany", "122##", "NY"),
              ("Fresno", "937##", "CA"), ("Omaha", "681##", "NE"), ("Knoxville", "379##", "TN"),
              ("Burlington", "054##", "VT")],
    "en_GB": [("Leeds", "LS6 #@@", ""), ("Bristol", "BS3 #@@", ""), ("Cardiff", "CF24 #@@", ""),
              ("Glasgow", "G12 #@@", ""), ("Norwich", "NR2 #@@", ""), ("Leicester", "LE1 #@@", ""),
              ("Swansea", "SA1 #@@", ""), ("York", "YO31 #@@", ""), ("Belfast", "BT7 #@@", ""),
              ("Manchester", "M14 #@@", "")],
    "de_AT": [("Wien", "1060", ""), ("Wien", "1030", ""), ("Graz", "8020", ""),
              ("Linz", "4020", ""), ("Salzburg", "5020", ""), ("Innsbruck", "6020", ""),
              ("Klagenfurt", "9020", ""), ("St. Pölten", "3100", ""), ("Bregenz", "6900", ""),
              ("Wels", "4600", ""), ("Villach", "9500", "")],
    "fr_FR": [("Paris", "75011", ""), ("Lyon", "69002", ""), ("Marseille", "13001", ""),
              ("Nantes", "44000", ""), ("Bordeaux", "33000", ""), ("Lille", "59000", ""),
              ("Toulouse", "31000", ""), ("Rennes", "35000", ""), ("Strasbourg", "67000", ""),
              ("Aix-en-Provence", "13100", ""), ("Montpellier", "34000", "")],
    "es_MX": [("Ciudad de México", "06700", "CDMX"), ("Guadalajara", "44160", "Jal."),
              ("Monterrey", "64000", "N.L."), ("Puebla", "72000", "Pue."),
              ("Mérida", "97000", "Yuc."), ("Oaxaca de Juárez", "68000", "Oax."),
              ("Querétaro", "76000", "Qro."), ("Tijuana", "22000", "B.C."),
              ("Cancún", "77500", "Q. Roo"), ("Morelia", "58000", "Mich.")],
    "it_IT": [("Roma", "00185", "RM"), ("Milano", "20124", "MI"), ("Napoli", "80134", "NA"),
              ("Torino", "10123", "TO"), ("Bologna", "40126", "BO"), ("Firenze", "50121", "FI"),
              ("Palermo", "90133", "PA"), ("Bari", "70122", "BA"), ("Catania", "95124", "CT"),
              ("Genova", "16121", "GE")],
    "nl_BE": [("Antwerpen", "2000", ""), ("Gent", "9000", ""), ("Leuven", "3000", ""),
              ("Brugge", "8000", ""), ("Hasselt", "3500", ""), ("Mechelen", "2800", ""),
              ("Kortrijk", "8500", ""), ("Aalst", "9300", ""), ("Genk", "3600", ""),
              ("Sint-Niklaas", "9100", ""), ("Roeselare", "8800", "")],
    "pl_PL": [("Warszawa", "00-###", ""), ("Kraków", "31-###", ""), ("Łódź", "90-###", ""),
              ("Wrocław", "50-###", ""), ("Poznań", "60-###", ""), ("Gdańsk", "80-###", ""),
              ("Lublin", "20-###", ""), ("Białystok", "15-###", ""), ("Rzeszów", "35-###", ""),
              ("Gdynia", "81-###", "")],
    "en_KE": [("Nairobi", "00100", ""), ("Nairobi", "00200", ""), ("Mombasa", "80100", ""),
              ("Kisumu", "40100", ""), ("Nakuru", "20100", ""), ("Eldoret", "30100", ""),
              ("Thika", "01000", ""), ("Nyeri", "10100", ""), ("Machakos", "90100", ""),
              ("Kakamega", "50100", "")],
    "bs_BA": [("Sarajevo", "71000", ""), ("Mostar", "88000", ""), ("Tuzla", "75000", ""),
              ("Zenica", "72000", ""), ("Banja Luka", "78000", ""), ("Bihać", "77000", ""),
              ("Travnik", "72270", ""), ("Brčko", "76100", ""), ("Goražde", "73000", ""),
              ("Bugojno", "70230", "")],
    "fr_HT": [("Port-au-Prince", "HT6110", ""), ("Pétion-Ville", "HT6140", ""),
              ("Delmas", "HT6120", ""), ("Cap-Haïtien", "HT1110", ""), ("Gonaïves", "HT4110", ""),
              ("Les Cayes", "HT8110", ""), ("Jacmel", "HT9110", ""), ("Carrefour", "HT6130", ""),
              ("Saint-Marc", "HT4310", ""), ("Jérémie", "HT7110", "")],
    "es_NI": [("Managua", "11001", ""), ("Managua", "14013", ""), ("León", "21000", ""),
              ("Granada", "43000", ""), ("Masaya", "41000", ""), ("Estelí", "31000", ""),
              ("Matagalpa", "61000", ""), ("Chinandega", "25000", ""), ("Jinotega", "65000", ""),
              ("Rivas", "48000", "")],
}

POSTCODE_RE = {
    "en_US": r"\d{5}(-\d{4})?", "en_GB": r"[A-Z]{1,2}\d{1,2}[A-Z]? \d[ABD-HJLNP-UW-Z]{2}",
    "de_AT": r"[1-9]\d{3}", "fr_FR": r"(0[1-9]|[1-8]\d|9[0-5])\d{3}",
    "es_MX": r"\d{5}", "it_IT": r"\d{5}", "nl_BE": r"[1-9]\d{3}", "pl_PL": r"\d{2}-\d{3}",
    "en_KE": r"\d{5}", "bs_BA": r"[7-8]\d{4}", "fr_HT": r"HT\d{4}", "es_NI": r"\d{5}",
}

BOX_WORD = {
    "en_US": "PO Box", "en_GB": "PO Box", "de_AT": "Postfach", "fr_FR": "BP", "es_MX":
    "Apartado Postal", "it_IT": "Casella Postale", "nl_BE": "Postbus", "pl_PL":
    "skrytka pocztowa", "en_KE": "P.O. Box", "bs_BA": "poštanski pretinac", "fr_HT": "BP",
    "es_NI": "Apartado Postal",
}

COLONIAS = ["Col. Roma Norte", "Col. Narvarte", "Col. Centro", "Col. Del Valle",
            "Col. Americana", "Col. Obrera"]

PROVIDERS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.co.uk", "sky.com", "hotmail.co.uk"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "gmail.com"],
    "es_MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "outlook.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "pec.it"],
    "nl_BE": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"],
    "en_KE": ["gmail.com", "yahoo.co.ke", "africaonline.co.ke", "outlook.com"],
    "bs_BA": ["bih.net.ba", "gmail.com", "hotmail.com", "lol.ba", "yahoo.com"],
    "fr_HT": ["gmail.com", "yahoo.fr", "hotmail.com", "hainet.net", "outlook.fr"],
    "es_NI": ["gmail.com", "yahoo.es", "hotmail.com", "ibw.com.ni", "turbonett.com.ni"],
}

# web hosts for personal pages: <slug-word>-<name>.<tld> or platform/<slug>
WEB_TLD = {
    "en_US": "us", "en_GB": "co.uk", "de_AT": "at", "fr_FR": "fr", "es_MX": "com.mx",
    "it_IT": "it", "nl_BE": "be", "pl_PL": "pl", "en_KE": "co.ke", "bs_BA": "ba",
    "fr_HT": "ht", "es_NI": "com.ni",
}
WEB_WORD = {
    "en_US": ["tax", "notary", "paralegal", "immigration"],
    "en_GB": ["advice", "tenancy", "notary", "tax"],
    "de_AT": ["steuerberatung", "notariat", "beratung", "dolmetsch"],
    "fr_FR": ["avocat", "notaire", "conseil", "ecrivain-public"],
    "es_MX": ["abogada", "notaria", "gestoria", "asesoria"],
    "it_IT": ["caf", "patronato", "avvocato", "studio"],
    "nl_BE": ["advocaat", "notaris", "boekhouding", "tolk"],
    "pl_PL": ["kancelaria", "biuro", "tlumacz", "doradca"],
    "en_KE": ["advocates", "consult", "tax", "agency"],
    "bs_BA": ["advokat", "notar", "prevodilac", "savjetnik"],
    "fr_HT": ["cabinet", "notaire", "avocat", "conseil"],
    "es_NI": ["bufete", "notario", "asesoria", "gestiones"],
}
PLATFORMS = ["calendly.com", "linktr.ee", "gofundme.com/f", "about.me", "github.io"]

# delegated top-level domains used anywhere in the set (checked for every e-mail and URL)
DELEGATED_TLDS = {"com", "net", "org", "us", "uk", "at", "fr", "mx", "it", "be", "pl", "ke",
                  "ba", "ht", "ni", "es", "ee", "io", "gov", "gv"}


def postcode_ok(locale: str, code: str) -> bool:
    return re.fullmatch(POSTCODE_RE[locale], code) is not None
