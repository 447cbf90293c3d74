"""Streets, towns with postcodes, box words, e-mail domains and web words of the fortieth set.

Written by hand for this set. Street tokens are the words of a street name less its street-type
words and articles (``STREET_STOP``); towns are (postcode, town) pairs checked by ``PC_RE``.
"""

from __future__ import annotations

import re

STREETS = {
    "en_US": "Magnolia Avenue|Peachtree Street|Sycamore Lane|Wabash Avenue|Lombard Street|"
             "Cottonwood Drive|Kalakaua Avenue|Bourbon Street|Elmhurst Road|Juniper Court|"
             "Bluebonnet Trail|Chesapeake Boulevard|Whitfield Place|Arapahoe Road",
    "en_GB": "Marylebone Road|Gloucester Terrace|Holloway Road|Deansgate|Bridlington Crescent|"
             "Sauchiehall Street|Cathedral Close|Penrhyn Avenue|Wendover Gardens|Mill Lane|"
             "Clifton Hill|Tolworth Rise|Harrowgate Mews|Ambleside Drive",
    "de_AT": "Mariahilfer Straße|Getreidegasse|Herrengasse|Landstraßer Hauptstraße|Linzer Gasse|"
             "Maria-Theresien-Straße|Annenstraße|Kärntner Ring|Museumstraße|Lindengasse|"
             "Hietzinger Kai|Schwedenplatz|Alserbachstraße|Favoritenstraße",
    "fr_FR": "rue de la Roquette|boulevard Haussmann|avenue Jean Médecin|rue Sainte-Catherine|"
             "quai des Chartrons|rue Mouffetard|cours Mirabeau|rue du Faubourg Poissonnière|"
             "avenue de Lodève|rue Nationale|allée des Tilleuls|place Bellecour|"
             "rue Paradis|chemin des Vignes",
    "es_MX": "Avenida Insurgentes Sur|Calle Durango|Paseo de la Reforma|Calle Tonalá|"
             "Avenida Chapultepec|Calle Hidalgo|Avenida Vallarta|Calle Morelos|"
             "Calzada de Tlalpan|Avenida Tulum|Calle Cinco de Mayo|Calle Zaragoza|"
             "Avenida Revolución|Privada Jacarandas",
    "nl_BE": "Meir|Kortrijksesteenweg|Overpoortstraat|Vlaamsekaai|Naamsestraat|Langestraat|"
             "Groenplaats|Brugsesteenweg|Diestsevest|Bredabaan|Kouter|Lange Nieuwstraat|"
             "Veldstraat|Koningin Astridlaan",
    "it_IT": "Via Margutta|Via Toledo|Corso Buenos Aires|Via dei Calzaiuoli|Viale Monza|"
             "Via Roma|Via Garibaldi|Piazza Bellini|Via della Spiga|Lungomare Caracciolo|"
             "Via Nazionale|Corso Vittorio Emanuele|Via Saragozza|Viale Gramsci",
    "pt_PT": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|"
             "Avenida dos Aliados|Rua das Flores|Travessa do Carmo|Rua Garrett|"
             "Avenida Infante Santo|Largo do Chiado|Rua Ferreira Borges|Calçada da Estrela|"
             "Rua Miguel Bombarda|Avenida Sá da Bandeira",
    "sv_SE": "Drottninggatan|Götgatan|Kungsportsavenyen|Storgatan|Hornsgatan|Linnégatan|"
             "Södra Förstadsgatan|Vasagatan|Birger Jarlsgatan|Järntorgsgatan|Stora Nygatan|"
             "Östra Hamngatan|Fjällgatan|Tegnérgatan",
    "es_EC": "Avenida Amazonas|Calle Juan León Mera|Avenida Nueve de Octubre|Calle Larga|"
             "Avenida de los Shyris|Calle García Moreno|Malecón Simón Bolívar|Calle Bolívar|"
             "Avenida Colón|Calle Reina Victoria|Avenida Orellana|Calle Sucre|"
             "Avenida Solano|Calle Pichincha",
    "fr_GA": "boulevard Triomphal|rue Pecqueur|avenue de Cointet|rue Ange Mba|"
             "boulevard de l'Indépendance|rue des Ambassades|avenue Bouët|rue Louis Barthou|"
             "boulevard Quaben|rue Gustave Anguilé|chemin de Glass|avenue du Colonel Parant|"
             "rue Montagne Sainte|boulevard Bessieux",
    "en_LR": "Broad Street|Carey Street|Randall Street|Tubman Boulevard|Benson Street|"
             "Ashmun Street|Camp Johnson Road|Gurley Street|Sekou Toure Avenue|Lynch Street|"
             "Newport Street|Mechlin Street|Somalia Drive|Jallah Town Road",
}

STREET_STOP = {
    "avenue", "street", "lane", "road", "drive", "court", "trail", "boulevard", "place", "terrace",
    "crescent", "close", "gardens", "hill", "rise", "mews", "straße", "gasse", "ring", "kai",
    "platz", "hauptstraße", "rue", "de", "la", "des", "du", "quai", "cours", "allée", "chemin",
    "l'", "calle", "avenida", "paseo", "calzada", "privada", "del", "los", "las", "via", "viale",
    "corso", "piazza", "lungomare", "della", "dei", "rua", "da", "das", "do", "dos", "travessa",
    "largo", "calçada", "gatan", "malecón", "y", "laan", "steenweg", "straat", "kaai", "vest",
    "baan", "plaats",
}

TOWNS = {
    "en_US": "10019 New York, NY|60605 Chicago, IL|94109 San Francisco, CA|30308 Atlanta, GA|"
             "70116 New Orleans, LA|96815 Honolulu, HI|80202 Denver, CO|33139 Miami Beach, FL|"
             "98101 Seattle, WA|02116 Boston, MA|78701 Austin, TX|89109 Las Vegas, NV",
    "en_GB": "NW1 5LR London|W2 3QB London|M3 4LY Manchester|G2 3EX Glasgow|LS1 6AZ Leeds|"
             "YO11 2DP Scarborough|BS8 4AA Bristol|EH1 2PB Edinburgh|CF10 1FS Cardiff|"
             "LL57 1UT Bangor|KT5 9NR Surbiton|LA22 0BZ Ambleside",
    "de_AT": "1060 Wien|1010 Wien|5020 Salzburg|8010 Graz|4020 Linz|6020 Innsbruck|"
             "9020 Klagenfurt|6900 Bregenz|3100 St. Pölten|7000 Eisenstadt|5700 Zell am See|"
             "6580 St. Anton am Arlberg",
    "fr_FR": "75011 Paris|75009 Paris|06000 Nice|33000 Bordeaux|13100 Aix-en-Provence|"
             "69002 Lyon|13001 Marseille|34000 Montpellier|67000 Strasbourg|29200 Brest|"
             "44000 Nantes|74400 Chamonix-Mont-Blanc",
    "es_MX": "06700 Ciudad de México, CDMX|44100 Guadalajara, Jal.|64000 Monterrey, N.L.|"
             "77500 Cancún, Q.R.|68000 Oaxaca de Juárez, Oax.|48300 Puerto Vallarta, Jal.|"
             "97000 Mérida, Yuc.|72000 Puebla, Pue.|37700 San Miguel de Allende, Gto.|"
             "23400 San José del Cabo, B.C.S.|77780 Tulum, Q.R.|29200 San Cristóbal, Chis.",
    "nl_BE": "2000 Antwerpen|9000 Gent|8000 Brugge|3000 Leuven|8500 Kortrijk|2800 Mechelen|"
             "3500 Hasselt|8400 Oostende|9300 Aalst|2300 Turnhout|1000 Brussel|8300 Knokke-Heist",
    "it_IT": "00186 Roma|80134 Napoli|20124 Milano|50122 Firenze|40124 Bologna|10121 Torino|"
             "90133 Palermo|30124 Venezia|16121 Genova|37121 Verona|70122 Bari|09124 Cagliari",
    "pt_PT": "1100-048 Lisboa|1250-096 Lisboa|4000-443 Porto|4050-253 Porto|3000-150 Coimbra|"
             "8000-078 Faro|4700-306 Braga|9000-060 Funchal|7000-514 Évora|8600-315 Lagos|"
             "2710-616 Sintra|9500-150 Ponta Delgada",
    "sv_SE": "111 51 Stockholm|116 46 Stockholm|411 38 Göteborg|211 34 Malmö|753 20 Uppsala|"
             "831 30 Östersund|981 31 Kiruna|621 57 Visby|702 10 Örebro|903 26 Umeå|"
             "252 21 Helsingborg|582 24 Linköping",
    "es_EC": "170143 Quito|170517 Quito|090313 Guayaquil|010150 Cuenca|100150 Ibarra|"
             "180150 Ambato|200101 Puerto Ayora|150150 Tena|110150 Loja|130105 Manta|"
             "240150 Salinas|060150 Riobamba",
    "fr_GA": "Libreville|Port-Gentil|Franceville|Oyem|Lambaréné|Mouila|Tchibanga|Makokou|"
             "Koulamoutou|Bitam|Gamba|Moanda",
    "en_LR": "1000 Monrovia|1000 Monrovia 10|1000 Sinkor|1000 Paynesville|1000 Congo Town|"
             "1100 Gbarnga|1200 Buchanan|1300 Harper|1000 Mamba Point|1000 Bushrod Island|"
             "1400 Voinjama|1500 Kakata",
}

PC_RE = {
    "en_US": r"\d{5}(-\d{4})?",
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "de_AT": r"[1-9]\d{3}",
    "fr_FR": r"(0[1-9]|[1-8]\d|9[0-5])\d{3}",
    "es_MX": r"\d{5}",
    "nl_BE": r"[1-9]\d{3}",
    "it_IT": r"\d{5}",
    "pt_PT": r"[1-9]\d{3}-\d{3}",
    "sv_SE": r"[1-9]\d{2} \d{2}",
    "es_EC": r"(0[1-9]|1\d|2[0-4])\d{4}",
    "fr_GA": r"$^",
    "en_LR": r"\d{4}",
}

BOX = {
    "en_US": "PO Box", "en_GB": "PO Box", "de_AT": "Postfach", "fr_FR": "BP", "es_MX": "Apartado",
    "nl_BE": "Postbus", "it_IT": "Casella Postale", "pt_PT": "Apartado", "sv_SE": "Box",
    "es_EC": "Casilla", "fr_GA": "BP", "en_LR": "P.O. Box",
}

MAILS = {
    "en_US": "gmail.com yahoo.com comcast.net aol.com outlook.com icloud.com",
    "en_GB": "btinternet.com gmail.com hotmail.co.uk sky.com outlook.com virginmedia.com",
    "de_AT": "gmx.at aon.at chello.at a1.net gmail.com outlook.at",
    "fr_FR": "orange.fr free.fr laposte.net sfr.fr gmail.com wanadoo.fr",
    "es_MX": "prodigy.net.mx hotmail.com gmail.com yahoo.com.mx outlook.com live.com.mx",
    "nl_BE": "telenet.be skynet.be proximus.be gmail.com hotmail.be outlook.be",
    "it_IT": "libero.it virgilio.it tiscali.it alice.it gmail.com fastwebnet.it",
    "pt_PT": "sapo.pt gmail.com hotmail.com netcabo.pt iol.pt outlook.pt",
    "sv_SE": "telia.com bredband.net gmail.com hotmail.se outlook.com spray.se",
    "es_EC": "hotmail.com gmail.com yahoo.es andinanet.net outlook.com netlife.ec",
    "fr_GA": "gmail.com yahoo.fr hotmail.fr outlook.fr gabontelecom.ga airtelmail.ga",
    "en_LR": "gmail.com yahoo.com hotmail.com outlook.com lonestarcell.com.lr libtelco.lr",
}

TLDS = {"com", "net", "org", "travel", "aero", "info", "at", "fr", "mx", "be", "it", "pt", "se",
        "ec", "ga", "lr", "uk", "us", "eu", "ee", "tours", "blog", "es"}

WEB_WORDS = {
    "en": "travels trips roadtrip wanders journeys tours guiding adventures voyages",
    "de": "reisen unterwegs touren wanderlust ausfluege reiseblog bergtouren",
    "fr": "voyages escapades balades randonnees carnet-de-route periples",
    "es": "viajes rutas aventuras recorridos mochilero travesias",
    "nl": "reizen onderweg trektochten fietsroutes reisblog",
    "it": "viaggi itinerari escursioni avventure racconti-di-viaggio",
    "pt": "viagens roteiros passeios aventuras caminhadas",
    "sv": "resor vandring aventyr resdagbok fjallturer",
}

PLATFORMS = ["instagram.com/", "www.tripadvisor.com/Profile/", "linktr.ee/", "flickr.com/photos/",
             "www.youtube.com/@", "www.facebook.com/", "medium.com/@", "vimeo.com/"]

LOCALE_TLD = {"en_US": "com", "en_GB": "co.uk", "de_AT": "at", "fr_FR": "fr", "es_MX": "com.mx",
              "nl_BE": "be", "it_IT": "it", "pt_PT": "pt", "sv_SE": "se", "es_EC": "com.ec",
              "fr_GA": "ga", "en_LR": "com.lr"}


def streets(locale: str) -> list[str]:
    return STREETS[locale].split("|")


def street_tokens(street: str) -> list[str]:
    out = []
    for w in re.split(r"[\s\-]+", street):
        low = w.lower()
        if low in STREET_STOP or not w or w[0].isdigit():
            continue
        if low.startswith("l'"):
            w, low = w[2:], low[2:]
        out.append(w)
    return out


def towns(locale: str) -> list[tuple[str, str]]:
    out = []
    for t in TOWNS[locale].split("|"):
        if locale == "fr_GA":
            out.append(("", t))
            continue
        if locale == "en_GB":
            m = re.match(r"([A-Z0-9]+ [A-Z0-9]+) (.*)", t)
        elif locale == "sv_SE":
            m = re.match(r"(\d{3} \d{2}) (.*)", t)
        else:
            m = re.match(r"(\S+) (.*)", t)
        out.append((m.group(1), m.group(2)))
    return out


def pc_ok(locale: str, pc: str) -> bool:
    return bool(re.fullmatch(PC_RE[locale], pc))

# Streets that belong to one town (or, "=1000", to the towns of one postcode); the rest go with
# any town of the locale.
STREET_TOWN = {
    "en_US": "Peachtree Street=Atlanta;Wabash Avenue=Chicago;Lombard Street=San Francisco;"
             "Kalakaua Avenue=Honolulu;Bourbon Street=New Orleans;Bluebonnet Trail=Austin;"
             "Arapahoe Road=Denver",
    "en_GB": "Marylebone Road=London;Gloucester Terrace=London;Holloway Road=London;"
             "Deansgate=Manchester;Sauchiehall Street=Glasgow;Clifton Hill=Bristol;"
             "Tolworth Rise=Surbiton",
    "de_AT": "Mariahilfer Straße=Wien;Getreidegasse=Salzburg;Landstraßer Hauptstraße=Wien;"
             "Linzer Gasse=Salzburg;Maria-Theresien-Straße=Innsbruck;Annenstraße=Graz;"
             "Kärntner Ring=Wien;Museumstraße=Innsbruck;Lindengasse=Wien;Hietzinger Kai=Wien;"
             "Schwedenplatz=Wien;Alserbachstraße=Wien;Favoritenstraße=Wien",
    "fr_FR": "rue de la Roquette=Paris;boulevard Haussmann=Paris;avenue Jean Médecin=Nice;"
             "rue Sainte-Catherine=Bordeaux;quai des Chartrons=Bordeaux;rue Mouffetard=Paris;"
             "cours Mirabeau=Aix-en-Provence;rue du Faubourg Poissonnière=Paris;"
             "avenue de Lodève=Montpellier;place Bellecour=Lyon;rue Paradis=Marseille",
    "es_MX": "Avenida Insurgentes Sur=Ciudad de México;Calle Durango=Ciudad de México;"
             "Paseo de la Reforma=Ciudad de México;Calle Tonalá=Ciudad de México;"
             "Avenida Chapultepec=Guadalajara;Avenida Vallarta=Guadalajara;"
             "Calzada de Tlalpan=Ciudad de México;Avenida Tulum=Cancún",
    "nl_BE": "Meir=Antwerpen;Kortrijksesteenweg=Gent;Overpoortstraat=Gent;Vlaamsekaai=Antwerpen;"
             "Naamsestraat=Leuven;Langestraat=Brugge;Groenplaats=Antwerpen;Diestsevest=Leuven;"
             "Bredabaan=Antwerpen;Kouter=Gent;Lange Nieuwstraat=Antwerpen;Veldstraat=Gent",
    "it_IT": "Via Margutta=Roma;Via Toledo=Napoli;Corso Buenos Aires=Milano;"
             "Via dei Calzaiuoli=Firenze;Viale Monza=Milano;Via Roma=Torino;Piazza Bellini=Napoli;"
             "Via della Spiga=Milano;Lungomare Caracciolo=Napoli;Via Nazionale=Roma;"
             "Via Saragozza=Bologna",
    "pt_PT": "Rua Augusta=Lisboa;Avenida da Liberdade=Lisboa;Rua de Santa Catarina=Porto;"
             "Rua do Ouro=Lisboa;Avenida dos Aliados=Porto;Rua das Flores=Porto;"
             "Travessa do Carmo=Lisboa;Rua Garrett=Lisboa;Avenida Infante Santo=Lisboa;"
             "Largo do Chiado=Lisboa;Rua Ferreira Borges=Coimbra;Calçada da Estrela=Lisboa;"
             "Rua Miguel Bombarda=Porto;Avenida Sá da Bandeira=Coimbra",
    "sv_SE": "Drottninggatan=Stockholm;Götgatan=Stockholm;Kungsportsavenyen=Göteborg;"
             "Hornsgatan=Stockholm;Linnégatan=Göteborg;Södra Förstadsgatan=Malmö;"
             "Vasagatan=Stockholm;Birger Jarlsgatan=Stockholm;Järntorgsgatan=Göteborg;"
             "Östra Hamngatan=Göteborg;Fjällgatan=Stockholm;Tegnérgatan=Stockholm",
    "es_EC": "Avenida Amazonas=Quito;Calle Juan León Mera=Quito;Avenida Nueve de Octubre=Guayaquil;"
             "Calle Larga=Cuenca;Avenida de los Shyris=Quito;Calle García Moreno=Quito;"
             "Malecón Simón Bolívar=Guayaquil;Avenida Colón=Quito;Calle Reina Victoria=Quito;"
             "Avenida Orellana=Quito;Avenida Solano=Cuenca",
    "fr_GA": "boulevard Triomphal=Libreville;rue Pecqueur=Libreville;avenue de Cointet=Libreville;"
             "boulevard de l'Indépendance=Libreville;rue des Ambassades=Libreville;"
             "avenue Bouët=Libreville;boulevard Quaben=Libreville;chemin de Glass=Libreville;"
             "boulevard Bessieux=Libreville",
    "en_LR": "Broad Street==1000;Carey Street==1000;Randall Street==1000;Tubman Boulevard==1000;"
             "Benson Street==1000;Ashmun Street==1000;Camp Johnson Road==1000;Gurley Street==1000;"
             "Sekou Toure Avenue==1000;Lynch Street==1000;Newport Street==1000;"
             "Mechlin Street==1000;Somalia Drive==1000;Jallah Town Road==1000",
}


def towns_for(locale: str, street: str) -> list[tuple[str, str]]:
    """The towns a street may go with (its own town, or every town of the locale)."""
    pairs = dict(x.split("=", 1) for x in STREET_TOWN[locale].split(";"))
    want = pairs.get(street)
    all_towns = towns(locale)
    if want is None:
        return all_towns
    if want.startswith("="):
        return [t for t in all_towns if t[0] == want[1:]]
    return [t for t in all_towns if t[1].startswith(want)]
