"""Forty-fourth set: streets, towns with postcodes, boxes, e-mail and web hosts, written by hand
for this set from general knowledge of each country's postal habits."""

from __future__ import annotations

import re

STREETS = {
    "en_US": "Magnolia Avenue|Birch Lane|Kingsley Boulevard|Ridgewood Drive|Old Mill Road|"
             "Juniper Court|Cottonwood Street|Lakeshore Drive|Harmon Place|Quarry Road|"
             "Sycamore Street|Beacon Hill Road|Wexford Terrace|Pinecrest Way|Fulton Street|"
             "Delancey Street|Elmhurst Avenue|Tanager Lane|Bramble Court|Greenbriar Parkway",
    "en_AU": "Flinders Lane|Wattle Grove|Bottlebrush Crescent|Kookaburra Close|Lygon Street|"
             "Jacaranda Avenue|Banksia Parade|Murrumbidgee Road|Currawong Place|Brunswick Street|"
             "Ironbark Drive|Wombat Way|Mulga Court|Glenferrie Road|Oxley Terrace|"
             "Boronia Street|Tallowwood Avenue|Kurrajong Road|Hindmarsh Square|Bellbird Rise",
    "en_IE": "Fitzwilliam Square|Harcourt Street|Ormond Quay|Leeson Street|Patrick Street|"
             "Eyre Square|Shandon Street|Glasthule Road|Rathgar Avenue|Sráid an Mhuilinn|"
             "Bóthar na Trá|Clonskeagh Road|Ballsbridge Terrace|Merchants Quay|Mardyke Walk|"
             "Castlebar Road|Drumcondra Road|Ennistymon Lane|Knocklyon Road|Mountjoy Square",
    "de_DE": "Goethestraße|Am Sandtorkai|Lindenallee|Kastanienweg|Schillerplatz|"
             "Hirschgraben|Friedrich-Ebert-Anlage|Bergmannstraße|Mühlenkamp|Rosenthaler Straße|"
             "An der Alster|Hohenzollernring|Kreuzgasse|Eichendorffweg|Birkenstieg|"
             "Marienburger Straße|Ulmenweg|Weißdornpfad|Brunnenstraße|Zeppelinstraße",
    "fr_FR": "rue de la Roquette|boulevard Haussmann|avenue Foch|rue des Lilas|quai de Saône|"
             "rue Oberkampf|impasse des Glycines|allée des Tilleuls|rue Sainte-Catherine|"
             "place Bellecour|cours Mirabeau|rue de Verneuil|chemin des Vignes|rue Mouffetard|"
             "boulevard Voltaire|rue du Faubourg Montmartre|avenue Jean Médecin|rue Paradis|"
             "quai des Chartrons|rue Lafayette",
    "es_ES": "calle de Alcalá|avenida de la Constitución|calle Mayor|paseo de Gracia|"
             "calle Sierpes|ronda de Atocha|calle Larios|plaza del Pilar|calle de Fuencarral|"
             "avenida Diagonal|calle Uría|rambla de Cataluña|calle Colón|calle Zurbano|"
             "travesía del Conde Duque|calle Ercilla|avenida de Madrid|calle Jovellanos|"
             "calle Velázquez|paseo del Prado",
    "it_IT": "via dei Coronari|corso Buenos Aires|via Toledo|piazza Navona|via Garibaldi|"
             "viale Monza|via Po|corso Vittorio Emanuele|via del Babuino|via Etnea|"
             "via Nazionale|vicolo del Cinque|via Zamboni|lungarno Corsini|via Sparano|"
             "strada Nuova|via Mazzini|borgo Pinti|via Cavour|via Ghibellina",
    "nl_NL": "Prinsengracht|Keizersgracht|Oudegracht|Witte de Withstraat|Lange Voorhout|"
             "Stationsweg|Herengracht|Korte Nieuwstraat|Zeestraat|Wilhelminapark|Vondelstraat|"
             "Breestraat|Noordsingel|Oosterkade|Jacob Catsstraat|Hooigracht|Vismarkt|"
             "Sint Jansstraat|Molenstraat|Kruisweg",
    "pt_BR": "Rua Augusta|Avenida Paulista|Rua da Consolação|Rua Oscar Freire|"
             "Avenida Atlântica|Rua do Ouvidor|Rua Haddock Lobo|Avenida Sete de Setembro|"
             "Rua das Laranjeiras|Travessa do Comércio|Rua Voluntários da Pátria|Rua Amazonas|"
             "Avenida Boa Viagem|Rua Chile|Alameda Santos|Rua Marechal Deodoro|Rua dos Andradas|"
             "Avenida Beira-Mar|Rua Padre Chagas|Rua Tabapuã",
    "fr_TG": "rue du Commerce|boulevard du Mono|avenue de la Libération|rue Aniko Palako|"
             "boulevard Circulaire|rue de l'Ogou|avenue Sarakawa|rue des Cocotiers|"
             "rue Kpalimé|avenue Augustino de Souza|rue Tokmaké|boulevard Jean-Paul II|"
             "rue Atimé|rue des Flamboyants|avenue Nicolas Grunitzky|rue Gbadago|"
             "rue Akodessewa|avenue de Duisburg|rue Agbalépédogan|rue Zongo",
    "en_BZ": "Albert Street|Regent Street|Eve Street|Cleghorn Street|Barrack Road|"
             "Princess Margaret Drive|Hummingbird Highway|Freetown Road|Mahogany Street|"
             "Coney Drive|Baymen Avenue|Cemetery Road|Victoria Street|Queen Street|"
             "Belama Avenue|Sandpiper Street|Ring Road|Magoon Street|Cayo Street|Orchid Street",
    "pt_ST": "Avenida Marginal 12 de Julho|Rua de Angola|Avenida Kwame Nkrumah|"
             "Rua Patrice Lumumba|Rua de Moçambique|Avenida da Independência|Rua 3 de Fevereiro|"
             "Rua Viriato da Cruz|Rua do Município|Travessa do Pelourinho|Rua Amílcar Cabral|"
             "Avenida Conceição|Rua de Santo António|Rua da Caixa|Rua Soldado Paulo|"
             "Rua Almada Negreiros|Avenida Água Grande|Rua Ponta Mina|Rua de Neves|Rua Trindade",
}
STREET_TYPES = {
    "street", "avenue", "lane", "boulevard", "drive", "road", "court", "place", "terrace",
    "way", "parkway", "grove", "crescent", "close", "parade", "rise", "square", "quay", "walk",
    "highway", "sráid", "an", "bóthar", "na", "am", "der", "straße", "weg", "platz",
    "rue", "de", "la", "des", "du", "quai", "impasse", "allée", "cours", "chemin", "l",
    "calle", "avenida", "paseo", "ronda", "plaza", "del", "travesía",
    "rambla", "via", "corso", "piazza", "viale", "vicolo", "lungarno", "strada", "borgo", "dei",
    "rua", "travessa", "alameda", "da", "do", "das", "dos", "e", "sint", "lange", "korte",
}
# (town line as written after the street, postcode or "", how the postcode is drawn)
TOWNS = {
    "en_US": [("Austin, TX", "787"), ("Boston, MA", "021"), ("Denver, CO", "802"),
              ("Seattle, WA", "981"), ("Chicago, IL", "606"), ("Atlanta, GA", "303"),
              ("Portland, OR", "972"), ("Phoenix, AZ", "850"), ("Miami, FL", "331"),
              ("Columbus, OH", "432"), ("Nashville, TN", "372"), ("Minneapolis, MN", "554")],
    "en_AU": [("Melbourne VIC", "3000"), ("Sydney NSW", "2000"), ("Brisbane QLD", "4000"),
              ("Perth WA", "6000"), ("Adelaide SA", "5000"), ("Hobart TAS", "7000"),
              ("Darwin NT", "0800"), ("Canberra ACT", "2601"), ("Parramatta NSW", "2150"),
              ("Geelong VIC", "3220"), ("Townsville QLD", "4810"), ("Fremantle WA", "6160")],
    "en_IE": [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"),
              ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"),
              ("Athlone", "N37"), ("Tralee", "V92"), ("Drogheda", "A92"),
              ("Letterkenny", "F92")],
    "de_DE": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"),
              ("Köln", "50667"), ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"),
              ("Leipzig", "04109"), ("Dresden", "01067"), ("Hannover", "30159"),
              ("Bremen", "28195"), ("Nürnberg", "90402"), ("Karlsruhe", "76133")],
    "fr_FR": [("Paris", "750"), ("Lyon", "69002"), ("Marseille", "13001"),
              ("Bordeaux", "33000"), ("Toulouse", "31000"), ("Lille", "59000"),
              ("Nantes", "44000"), ("Strasbourg", "67000"), ("Rennes", "35000"),
              ("Montpellier", "34000"), ("Nice", "06000"), ("Dijon", "21000")],
    "es_ES": [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "46001"),
              ("Sevilla", "41001"), ("Bilbao", "48001"), ("Zaragoza", "50001"),
              ("Málaga", "29001"), ("A Coruña", "15001"), ("Oviedo", "33001"),
              ("Murcia", "30001"), ("Palma", "07001"), ("Valladolid", "47001")],
    "it_IT": [("Roma", "00186"), ("Milano", "20121"), ("Napoli", "80133"), ("Torino", "10121"),
              ("Palermo", "90133"), ("Firenze", "50123"), ("Bologna", "40121"),
              ("Venezia", "30124"), ("Genova", "16121"), ("Bari", "70121"),
              ("Verona", "37121"), ("Cagliari", "09124")],
    "nl_NL": [("Amsterdam", "1012"), ("Rotterdam", "3011"), ("Den Haag", "2511"),
              ("Utrecht", "3511"), ("Eindhoven", "5611"), ("Groningen", "9711"),
              ("Nijmegen", "6511"), ("Leiden", "2311"), ("Zwolle", "8011"),
              ("Maastricht", "6211"), ("Breda", "4811"), ("Enschede", "7511")],
    "pt_BR": [("São Paulo - SP", "01310"), ("Rio de Janeiro - RJ", "20040"),
              ("Belo Horizonte - MG", "30130"), ("Salvador - BA", "40020"),
              ("Curitiba - PR", "80010"), ("Porto Alegre - RS", "90010"),
              ("Recife - PE", "50030"), ("Fortaleza - CE", "60060"), ("Brasília - DF", "70040"),
              ("Belém - PA", "66010"), ("Manaus - AM", "69005"),
              ("Florianópolis - SC", "88010")],
    "fr_TG": [("Tokoin, Lomé", ""), ("Bè, Lomé", ""), ("Nyékonakpoè, Lomé", ""),
              ("Adidogomé, Lomé", ""), ("Agoè, Lomé", ""), ("Hédzranawoé, Lomé", ""),
              ("Kpalimé", ""), ("Sokodé", ""), ("Kara", ""), ("Atakpamé", ""), ("Aného", ""),
              ("Tsévié", "")],
    "en_BZ": [("Belize City", ""), ("Belmopan", ""), ("San Ignacio, Cayo", ""),
              ("Orange Walk Town", ""), ("Corozal Town", ""), ("Dangriga", ""),
              ("Punta Gorda, Toledo", ""), ("San Pedro, Ambergris Caye", ""),
              ("Benque Viejo del Carmen", ""), ("Placencia", ""), ("Ladyville", ""),
              ("Santa Elena, Cayo", "")],
    "pt_ST": [("São Tomé", ""), ("Trindade", ""), ("Santana", ""), ("Neves", ""),
              ("Guadalupe", ""), ("Santo António, Príncipe", ""), ("Madalena", ""),
              ("São João dos Angolares", ""), ("Pantufo", ""), ("Bombom", ""),
              ("Monte Café", ""), ("Ribeira Afonso", "")],
}
BOX = {"en_US": "PO Box {n}", "en_AU": "PO Box {n}", "en_IE": "PO Box {n}",
       "de_DE": "Postfach {n}", "fr_FR": "BP {n}", "es_ES": "Apartado de Correos {n}",
       "it_IT": "Casella Postale {n}", "nl_NL": "Postbus {n}", "pt_BR": "Caixa Postal {n}",
       "fr_TG": "BP {n}", "en_BZ": "P.O. Box {n}", "pt_ST": "Caixa Postal {n}"}
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
NL_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"

POSTCODE_RE = {
    "en_US": r"\d{5}(-\d{4})?", "en_AU": r"\d{4}",
    "en_IE": r"[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4}",
    "de_DE": r"\d{5}", "fr_FR": r"\d{5}", "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "it_IT": r"\d{5}", "nl_NL": r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}", "pt_BR": r"\d{5}-\d{3}",
}  # fmt: skip


def postcode_ok(locale: str, code: str) -> bool:
    return bool(re.fullmatch(POSTCODE_RE[locale], code))


def draw_postcode(rng, locale: str, base: str) -> str:
    if locale == "en_US":
        code = base + f"{rng.randrange(1, 100):02d}"
        return code + (f"-{rng.randrange(1, 10000):04d}" if rng.random() < 0.3 else "")
    if locale == "en_IE":
        return base + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(
            rng.choice(EIR_CHARS) for _ in range(3))
    if locale == "fr_FR" and base == "750":
        return f"750{rng.randrange(1, 21):02d}"
    if locale == "es_ES" and len(base) == 3:
        return base + f"{rng.randrange(1, 50):02d}"
    if locale == "nl_NL":
        while True:
            letters = rng.choice(NL_LETTERS) + rng.choice(NL_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return f"{int(base) + rng.randrange(0, 8)} {letters}"
    if locale == "pt_BR":
        return f"{base}-{rng.randrange(0, 1000):03d}"
    return base


# e-mail providers and law-office hosts (delegated TLDs only)
MAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hargrovelaw.com",
              "tenantsunion.org", "legalaidnyc.org"],
    "en_AU": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au",
              "communitylaw.org.au", "tenantsvic.org.au"],
    "en_IE": ["eircom.net", "gmail.com", "outlook.ie", "flac.ie", "solicitors.ie",
              "mediators.ie"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "kanzlei-nord.de",
              "mieterverein.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "avocats-lyon.fr",
              "notaires.fr"],
    "es_ES": ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es", "abogados.es",
              "icam.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "pec.it", "studiolegale.it",
              "notariato.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hotmail.nl", "advocaten.nl",
              "juridischloket.nl"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "adv.br",
              "defensoria.sp.gov.br"],
    "fr_TG": ["yahoo.fr", "gmail.com", "cafe.tg", "laposte.tg", "barreau.tg", "outlook.fr"],
    "en_BZ": ["btl.net", "gmail.com", "yahoo.com", "belizelaw.bz", "outlook.com",
              "legalaid.org.bz"],
    "pt_ST": ["cstome.net", "gmail.com", "hotmail.com", "advogados.st", "yahoo.com.br",
              "sapo.pt"],
}
SLUG_HOSTS = {
    "en_US": ["linkedin.com/in", "avvo.com/attorneys", "martindale.com/attorney"],
    "en_AU": ["linkedin.com/in", "lawsociety.com.au/find", "liv.asn.au/lawyer"],
    "en_IE": ["linkedin.com/in", "lawsociety.ie/solicitor", "lawlibrary.ie/barrister"],
    "de_DE": ["xing.com/profile", "anwalt.de/rechtsanwalt", "linkedin.com/in"],
    "fr_FR": ["linkedin.com/in", "avocat.fr/annuaire", "notaires.fr/notaire"],
    "es_ES": ["linkedin.com/in", "abogados.es/abogado", "icam.es/colegiado"],
    "it_IT": ["linkedin.com/in", "avvocati.it/avvocato", "notariato.it/notaio"],
    "nl_NL": ["linkedin.com/in", "advocatenorde.nl/advocaat", "knb.nl/notaris"],
    "pt_BR": ["linkedin.com/in", "jusbrasil.com.br/perfil", "oab.org.br/advogado"],
    "fr_TG": ["linkedin.com/in", "barreau.tg/avocat", "facebook.com"],
    "en_BZ": ["linkedin.com/in", "facebook.com", "belizebar.bz/member"],
    "pt_ST": ["linkedin.com/in", "facebook.com", "advogados.st/membro"],
}
FIRM_WORDS = {
    "en_US": ["tenantdefense", "smallclaimshelp", "visalawgroup", "debtreliefcounsel",
              "probonoclinic", "eastsidelegal"],
    "en_AU": ["leasedisputes", "familylawhub", "visaaustralia", "conveyancingplus",
              "fairworkadvice", "westcoastlegal"],
    "en_IE": ["tenancyadvice", "mediationireland", "immigrationlaw", "conveyancing",
              "probatehelp", "westofirelandlegal"],
    "de_DE": ["mietrecht-hilfe", "notarkammer", "kanzlei-hafen", "schuldnerberatung",
              "auslaenderrecht", "schlichtungsstelle"],
    "fr_FR": ["avocat-bail", "mediation-conso", "droit-etrangers", "etude-notariale",
              "surendettement-aide", "cabinet-rive-gauche"],
    "es_ES": ["abogadosalquiler", "mediacionfamiliar", "extranjeria-legal", "notariacentro",
              "segundaoportunidad", "despacho-levante"],
    "it_IT": ["studiolegale-affitti", "mediazione-civile", "avvocato-immigrazione",
              "notaio-centro", "sovraindebitamento", "studio-navigli"],
    "nl_NL": ["huurrecht-advies", "mediatorsnetwerk", "vreemdelingenrecht", "notariskantoor",
              "schuldhulpmaatje", "advocaten-aan-de-gracht"],
    "pt_BR": ["advocacia-inquilino", "mediacao-familiar", "imigracao-legal", "cartorio-online",
              "renegocia-dividas", "escritorio-paulista"],
    "fr_TG": ["cabinet-lome", "mediation-togo", "notaire-tokoin", "aide-juridique",
              "avocats-associes", "droit-foncier"],
    "en_BZ": ["belizelegal", "landtitlehelp", "cayolaw", "mediationbelize",
              "legalaidbz", "immigrationbz"],
    "pt_ST": ["advocacia-stp", "notariado-st", "mediacao-stp", "apoio-juridico",
              "escritorio-equador", "direito-terra"],
}
WEB_TLD = {"en_US": [".com", ".org", ".law", ".legal"], "en_AU": [".com.au", ".org.au"],
           "en_IE": [".ie", ".com"], "de_DE": [".de"], "fr_FR": [".fr", ".avocat"],
           "es_ES": [".es", ".abogado"], "it_IT": [".it"], "nl_NL": [".nl"],
           "pt_BR": [".com.br", ".adv.br"], "fr_TG": [".tg", ".com"],
           "en_BZ": [".bz", ".com"], "pt_ST": [".st", ".com"]}
TLDS = {"com", "org", "net", "law", "legal", "au", "ie", "de", "fr", "avocat", "es", "abogado",
        "it", "nl", "br", "tg", "bz", "st", "pt"}


def email_ok(s: str) -> bool:
    m = re.fullmatch(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@([a-z0-9-]+\.)+([a-z]+)", s)
    return bool(m) and m.group(2) in TLDS and ".." not in s


def url_ok(s: str) -> bool:
    m = re.fullmatch(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+([a-z]+))(/[\w\-/.]*)?", s)
    return bool(m) and m.group(2) in TLDS
