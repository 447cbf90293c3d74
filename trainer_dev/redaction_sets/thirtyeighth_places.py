"""Streets, towns with postcodes, e-mail domains and web platforms of the thirty-eighth set.

Written by hand from general knowledge of each country's streets and postal habits.
Towns are "town;postcode" (US "town;ST;zip", AU "suburb;ST;pc", BR "town;UF;cep"; en_MW,
fr_CD and nl_SR have no postcodes in use).
"""

from __future__ import annotations

STREETS = {
    "en_US": "Sycamore Lane|Magnolia Drive|Wabash Avenue|Peachtree Street|Chestnut Street|"
             "Larkspur Court|Tremont Street|Juniper Way|Cottonwood Road|Bluebonnet Trail|"
             "Kenmore Avenue|Hollyhock Place",
    "en_GB": "Mortimer Street|Lavender Hill|Deansgate|Bold Street|Kelvin Way|Rosebery Avenue|"
             "Coldharbour Lane|Hanover Square|Whitefriargate|Sauchiehall Street|Pilgrim Street|"
             "Cheapside",
    "en_AU": "Brunswick Street|Chapel Street|Oxford Street|Hindley Street|Murray Street|"
             "Lygon Street|Glebe Point Road|Boundary Street|Sydney Road|Hay Street|Jetty Road|"
             "Gouger Street",
    "de_DE": "Kastanienallee|Schönhauser Allee|Kollwitzstraße|Ehrenfeldgürtel|Bergmannstraße|"
             "Lindwurmstraße|Karl-Liebknecht-Straße|Eppendorfer Weg|Goldbekufer|"
             "Prinzregentenstraße|"
             "Königsbrücker Straße|Wilhelmshöher Allee",
    "fr_FR": "rue des Capucines|rue Oberkampf|boulevard Voltaire|rue de la Roquette|"
             "avenue Jean-Médecin|cours Mirabeau|rue Sainte-Catherine|quai des Chartrons|"
             "rue Mercière|place Bellecour|rue du Faubourg-Montmartre|allée des Tilleuls",
    "es_ES": "Calle de Alcalá|Calle del Pez|Carrer de Verdi|Calle Sierpes|"
             "Avenida de la Constitución|"
             "Calle Fuencarral|Carrer de Sants|Paseo de Gracia|Calle Larios|Rúa do Franco|"
             "Calle Mayor|Calle de Hortaleza",
    "nl_NL": "Prinsengracht|Haarlemmerdijk|Oudegracht|Witte de Withstraat|Nobelstraat|"
             "Zeedijk|Javastraat|Stratumseind|Vismarkt|Wilhelminapark|Lange Voorhout|"
             "Kruiskade",
    "pt_BR": "Rua Oscar Freire|Avenida Paulista|Rua Augusta|Rua Haddock Lobo|"
             "Avenida Afonso Pena|Rua das Laranjeiras|Rua Visconde de Pirajá|Avenida Sete de "
             "Setembro|Rua Padre Chagas|Rua dos Andradas|Avenida Boa Viagem|Rua Teodoro Sampaio",
    "cs_CZ": "Vinohradská|Korunní|Francouzská|Táboritská|Dukelských hrdinů|Masarykova|Kobližná|"
             "Údolní|Nádražní|Husova|Palackého|Dlouhá",
    "en_MW": "Chilembwe Road|Glyn Jones Road|Kamuzu Procession Road|Masauko Chipembere Highway|"
             "Mandala Road|Haile Selassie Road|Kenyatta Drive|Independence Drive|Orton Chirwa "
             "Avenue|Paul Kagame Road|Chikwawa Road|Mzimba Street",
    "fr_CD": "avenue Kabinda|avenue Lumumba|avenue Kasa-Vubu|avenue des Aviateurs|"
             "avenue Tombalbaye|avenue Wagenia|avenue Colonel Mondjiba|avenue de la Justice|"
             "avenue Pumbu|avenue Bandundu|avenue Mama Yemo|avenue Kasaï",
    "nl_SR": "Keizerstraat|Domineestraat|Waterkant|Henck Arronstraat|Gravenstraat|"
             "Zwartenhovenbrugstraat|Wilhelminastraat|Kwattaweg|Indira Gandhiweg|Mahonylaan|"
             "Anton Dragtenweg|Tourtonnelaan",
}

STREET_WORDS = {"lane", "drive", "avenue", "street", "court", "way", "road", "trail", "place",
                "hill", "square", "rue", "boulevard", "cours", "quai", "allee", "allée", "calle",
                "carrer", "rúa", "avenida", "paseo", "rua", "highway", "weg", "straße",
                "strasse", "colonel", "de", "des", "la", "du", "del", "do", "das", "dos", "the",
                "sainte", "padre", "visconde"}

TOWNS = {
    "en_US": "Austin;TX;78704|Chicago;IL;60614|Boston;MA;02116|Atlanta;GA;30309|Denver;CO;80205|"
             "Portland;OR;97209|Columbus;OH;43215|Tucson;AZ;85719|Madison;WI;53703|"
             "Raleigh;NC;27601|Omaha;NE;68102|Savannah;GA;31401",
    "en_GB": "London;SW11 1NG|Manchester;M3 4LZ|Liverpool;L1 4JQ|Leeds;LS1 5DL|Bristol;BS1 5TR|"
             "Glasgow;G2 3BZ|Cardiff;CF10 1AH|Norwich;NR2 1SH|York;YO1 7HH|Brighton;BN1 1UB|"
             "Hull;HU1 2AA|Newcastle upon Tyne;NE1 6JQ",
    "en_AU": "Fitzroy;VIC;3065|Prahran;VIC;3181|Darlinghurst;NSW;2010|Adelaide;SA;5000|"
             "Perth;WA;6000|Carlton;VIC;3053|Glebe;NSW;2037|West End;QLD;4101|Brunswick;VIC;3056|"
             "Glenelg;SA;5045|Hobart;TAS;7000|Darwin;NT;0800",
    "de_DE": "Berlin;10435|Hamburg;20357|München;80331|Köln;50667|Leipzig;04109|Dresden;01099|"
             "Freiburg im Breisgau;79098|Münster;48143|Bremen;28195|Nürnberg;90402|Kassel;34117|"
             "Chemnitz;09111",
    "fr_FR": "Paris;75011|Lyon;69002|Marseille;13001|Bordeaux;33000|Nice;06000|Lille;59000|"
             "Nantes;44000|Toulouse;31000|Strasbourg;67000|Aix-en-Provence;13100|Rennes;35000|"
             "Montpellier;34000",
    "es_ES": "Madrid;28014|Barcelona;08012|Sevilla;41004|Valencia;46002|Málaga;29005|"
             "Santiago de Compostela;15705|Bilbao;48001|Zaragoza;50001|Granada;18009|"
             "Valladolid;47001|Murcia;30001|Salamanca;37002",
    "nl_NL": "Amsterdam;1016 GV|Utrecht;3512 JE|Rotterdam;3014 AH|Den Haag;2514 EJ|"
             "Eindhoven;5611 EM|Groningen;9712 HN|Maastricht;6211 KL|Haarlem;2011 RC|"
             "Leiden;2311 EW|Zwolle;8011 CW|Arnhem;6811 BG|Nijmegen;6511 KZ",
    "pt_BR": "São Paulo;SP;01426-001|Belo Horizonte;MG;30130-003|Rio de Janeiro;RJ;22410-003|"
             "Porto Alegre;RS;90035-190|Salvador;BA;40020-000|Recife;PE;51020-000|"
             "Curitiba;PR;80010-000|Campinas;SP;13010-050|Fortaleza;CE;60165-081|"
             "Goiânia;GO;74015-010|Florianópolis;SC;88010-400|Manaus;AM;69005-010",
    "cs_CZ": "Praha 2;120 00|Praha 3;130 00|Brno;602 00|Ostrava;702 00|Plzeň;301 00|"
             "Olomouc;779 00|Liberec;460 01|České Budějovice;370 01|Hradec Králové;500 02|"
             "Pardubice;530 02|Zlín;760 01|Jihlava;586 01",
    "en_MW": "Blantyre|Lilongwe|Mzuzu|Zomba|Limbe|Mangochi|Kasungu|Karonga|Salima|Dedza|Mulanje|"
             "Nkhata Bay",
    "fr_CD": "Kinshasa;Gombe|Kinshasa;Limete|Kinshasa;Ngaliema|Kinshasa;Bandalungwa|"
             "Kinshasa;Lingwala|Lubumbashi;Kampemba|Goma;Karisimbi|Bukavu;Ibanda|"
             "Kisangani;Makiso|Matadi;Nzanza|Kolwezi;Dilala|Mbuji-Mayi;Dibindi",
    "nl_SR": "Paramaribo|Lelydorp|Nieuw-Nickerie|Meerzorg|Moengo|Albina|Onverwacht|Totness|"
             "Groningen|Brownsweg|Wageningen|Nieuw-Amsterdam",
}

# personal mail providers per locale (all on delegated TLDs)
MAIL = {
    "en_US": "gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|comcast.net",
    "en_GB": "gmail.com|btinternet.com|outlook.com|yahoo.co.uk|sky.com|virginmedia.com",
    "en_AU": "gmail.com|bigpond.com|outlook.com|optusnet.com.au|iinet.net.au|yahoo.com.au",
    "de_DE": "web.de|gmx.de|t-online.de|posteo.de|gmail.com|mailbox.org",
    "fr_FR": "orange.fr|laposte.net|free.fr|sfr.fr|gmail.com|wanadoo.fr",
    "es_ES": "gmail.com|hotmail.es|telefonica.net|yahoo.es|outlook.es|movistar.es",
    "nl_NL": "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl|planet.nl",
    "pt_BR": "gmail.com|uol.com.br|bol.com.br|terra.com.br|hotmail.com|yahoo.com.br",
    "cs_CZ": "seznam.cz|email.cz|centrum.cz|gmail.com|post.cz|volny.cz",
    "en_MW": "gmail.com|yahoo.com|malawi.net|africa-online.net|outlook.com|sdnp.org.mw",
    "fr_CD": "gmail.com|yahoo.fr|outlook.fr|hotmail.com|vodacom.cd|orange.cd",
    "nl_SR": "gmail.com|sr.net|yahoo.com|hotmail.com|outlook.com|digicelsuriname.net",
}

# marketplace and shop platforms for personal seller and profile URLs: "host;path"
SHOPS = {
    "en": "www.etsy.com;shop|www.ebay.com;usr|www.depop.com;|www.vinted.co.uk;member|"
          "linktr.ee;|www.instagram.com;",
    "de": "www.etsy.com;de/shop|www.kleinanzeigen.de;pro|www.vinted.de;member|"
          "www.ebay.de;usr|linktr.ee;|www.instagram.com;",
    "fr": "www.etsy.com;fr/shop|www.leboncoin.fr;boutique|www.vinted.fr;member|"
          "www.facebook.com;|linktr.ee;|www.instagram.com;",
    "es": "www.etsy.com;es/shop|es.wallapop.com;user|www.vinted.es;member|linktr.ee;|"
          "www.instagram.com;|www.facebook.com;",
    "nl": "www.etsy.com;nl/shop|www.marktplaats.nl;u|www.vinted.nl;member|linktr.ee;|"
          "www.instagram.com;|www.facebook.com;",
    "pt": "www.elo7.com.br;loja|www.enjoei.com.br;|produto.mercadolivre.com.br;perfil|"
          "linktr.ee;|www.instagram.com;|www.facebook.com;",
    "cs": "www.vinted.cz;member|www.sbazar.cz;|www.fler.cz;prodejce|linktr.ee;|"
          "www.instagram.com;|www.facebook.com;",
}

# sellers in the new locales mostly sell through social pages
SHOPS_LOCALE = {
    "en_MW": "www.facebook.com;|www.instagram.com;|linktr.ee;|www.tiktok.com;@",
    "fr_CD": "www.facebook.com;|www.instagram.com;|linktr.ee;|www.tiktok.com;@",
    "nl_SR": "www.facebook.com;|www.instagram.com;|linktr.ee;|www.tiktok.com;@",
}

# own shop domains: "<slug>.<tld>" words added to a name
SHOP_WORDS = {
    "en": "crafts|bakes|studio|vintage|designs|homewares",
    "de": "handmade|manufaktur|atelier|laden|design|werkstatt",
    "fr": "atelier|creations|boutique|deco|couture|bijoux",
    "es": "tienda|taller|artesania|moda|diseno|regalos",
    "nl": "winkel|atelier|handgemaakt|studio|design|webshop",
    "pt": "atelie|loja|artesanato|moda|presentes|doces",
    "cs": "obchod|atelier|dilna|design|moda|tvorba",
}

SHOP_TLD = {"en_US": "com", "en_GB": "co.uk", "en_AU": "com.au", "de_DE": "de", "fr_FR": "fr",
            "es_ES": "es", "nl_NL": "nl", "pt_BR": "com.br", "cs_CZ": "cz", "en_MW": "mw",
            "fr_CD": "cd", "nl_SR": "sr"}
