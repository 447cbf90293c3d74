"""Thirtysecond set: hand-written name pools, streets, towns and domains per locale.

Pools are "|"-separated strings. Surnames may carry particles or be compounds; several given
names and surnames are also common words of the language.
"""

from __future__ import annotations

import unicodedata


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


def fold(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


PARTICLES = {
    "de", "da", "do", "dos", "das", "van", "der", "den", "von", "zu", "la", "le", "del",
    "della", "di", "y", "e", "ter", "ten", "'t", "du", "des", "dal", "lo", "in",
}  # fmt: skip

# locale: given (m), given (f), surnames, titles (m), titles (f)
NAMES: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "en_US": (
        _s("Tyler|Hunter|Mason|Carter|Wade|Duane|Curtis|Lonnie|Reggie|Dustin|Brock|Chase|Royce"),
        _s("Brandy|Autumn|Summer|Destiny|Crystal|Tammy|Kendra|Latoya|Shelby|Dawn|Harmony|Ivy"),
        _s(
            "Kowalczyk|Baker|Fields|Winters|Stone|Booker|Tanner|Whitfield|Mayweather|"
            "Delgado|Pruitt|O'Malley|McAllister|Nguyen|Holloway|Sparks|Goodwin|Church|"
            "Rivers|Stroud|Fenwick|Lattimore|Ashby|Cobb|Fairbanks"
        ),
        _s("Mr.|Mr"),
        _s("Ms.|Mrs.|Ms"),
    ),
    "en_IN": (
        _s("Rakesh|Sandeep|Venkatesh|Harpreet|Imran|Sunil|Mahesh|Karthik|Devendra|Arjun|Ravi"),
        _s("Lakshmi|Sunita|Meenakshi|Pooja|Farzana|Gurleen|Shalini|Anjali|Kavya|Nandini|Usha"),
        _s(
            "Gowda|Chatterjee|Nair|Iyengar|Deshpande|Khurana|Siddiqui|Bhatia|Menon|Rathore|"
            "Pillai|Banerjee|Kulkarni|Trivedi|Reddy|Saxena|Dhillon|Fernandes|Mukherjee|"
            "Ansari|Joshi|Agarwal|Chauhan"
        ),
        _s("Mr.|Shri|Mr"),
        _s("Ms.|Smt.|Mrs."),
    ),
    "de_DE": (
        _s("Jörg|Uwe|Dieter|Marvin|Kevin|Sven|Torsten|Björn|Heiko|Rüdiger|Mehmet|Lars|Till"),
        _s("Jana|Sabine|Dörte|Heike|Mareike|Anke|Svenja|Birgit|Gül|Frauke|Ilka|Nadine"),
        _s(
            "Wolf|Vogel|Fuchs|Koch|Kaiser|Brandt|Lehmann|Dietrich|Schäfer|Krüger|Böhm|"
            "Zimmermann|von Rechenberg|Meyer-Thiele|Hoffmann|Öztürk|Kowalski|Engel|Sommer|"
            "Winkler|Haase|Großmann|Jäger|Schwarz|zu Eltz"
        ),
        _s("Herr|Hr."),
        _s("Frau|Fr."),
    ),
    "fr_FR": (
        _s("Thierry|Jérôme|Sébastien|Mathieu|Loïc|Yannick|Grégory|Karim|Fabrice|Gaël|Rémi"),
        _s("Nathalie|Sandrine|Aurélie|Céline|Nadège|Maëlle|Karine|Samia|Gwenaëlle|Élodie|Rose"),
        _s(
            "Blanc|Petit|Roux|Marchand|Lefèvre|Garnier|Chevalier|Boucher|Fontaine|Mercier|"
            "Le Goff|Benali|Dupont-Moreau|Gauthier|Lemoine|Rousseau|Barbier|Perrin|"
            "de La Roche|Berger|Masson|Vidal|Joly|Laporte"
        ),
        _s("M.|Monsieur"),
        _s("Mme|Madame"),
    ),
    "pt_BR": (
        _s("Cleiton|Wellington|Rogério|Anderson|Edson|Jefferson|Márcio|Gilberto|Thiago|Caio"),
        _s("Cláudia|Luciana|Fabiana|Jussara|Rosângela|Tatiane|Aparecida|Vitória|Graça|Luz"),
        _s(
            "da Silva|dos Santos|Oliveira|Pereira|Carvalho|Rocha|Leão|Barros|Nascimento|"
            "Cordeiro|Moura|Figueiredo|Pinheiro|Macedo|Araújo|Cunha|Coelho|Vieira|Bezerra|"
            "Campos|Fonseca|Prado|Xavier|Brandão|Ramos"
        ),
        _s("Sr.|Seu|Sr"),
        _s("Sra.|Dona|Sra"),
    ),
    "nl_NL": (
        _s("Joost|Gert-Jan|Sjoerd|Ruud|Bram|Wouter|Maarten|Hidde|Youssef|Kees|Thijs|Jeroen"),
        _s("Ilse|Marieke|Femke|Anouk|Sanne|Wilma|Ingrid|Esmee|Fleur|Loes|Nouri|Roos"),
        _s(
            "de Jong|Visser|Bakker|de Boer|Smit|van Dijk|Mulder|Vos|Brouwer|van den Heuvel|"
            "Kok|de Haan|Dekker|Hendriks|Jansen|Koster|van Leeuwen|Postma|Huisman|Veenstra|"
            "Schouten|de Groot|Kuipers|ter Horst"
        ),
        _s("dhr.|meneer"),
        _s("mevr.|mevrouw"),
    ),
    "fr_CM": (
        _s("Emmanuel|Blaise|Hervé|Jean-Claude|Désiré|Achille|Ibrahim|Serge|Landry|Aboubakar"),
        _s("Josiane|Clarisse|Hortense|Aïssatou|Prudence|Solange|Carine|Mireille|Nadège|Félicité"),
        _s(
            "Mbarga|Nkoulou|Tchatchoua|Fotso|Ngo Bassa|Essomba|Kamga|Njoya|Atangana|Eto'o|"
            "Manga|Onana|Ndongo|Tchoumi|Bello|Hamadou|Fouda|Nguemo|Moukouri|Ekambi|Simo|"
            "Djomo|Abena|Ewane"
        ),
        _s("M.|Monsieur"),
        _s("Mme|Madame"),
    ),
    "es_BO": (
        _s("Wilfredo|Grover|Marcelo|Reynaldo|Eber|Rolando|Limbert|Fernando|Teodoro|Yerko"),
        _s("Rosario|Soledad|Ximena|Paola|Gladys|Wara|Lourdes|Mercedes|Nelly|Marisol|Paz"),
        _s(
            "Mamani|Quispe|Choque|Condori|Vargas|Arce|Flores|Gutiérrez|Rojas|Villarroel|"
            "Apaza|Ticona|Salazar|Montaño|Camacho|Justiniano|Paz|Cruz|Vaca Díez|Suárez|"
            "Aguilar|Huanca|Limachi|Ortiz"
        ),
        _s("Sr.|don"),
        _s("Sra.|doña"),
    ),
    "sq_AL": (
        _s("Arben|Ilir|Gentian|Fatmir|Bledar|Dritan|Erion|Luan|Agron|Besnik|Sokol|Altin"),
        _s("Drita|Flutura|Mimoza|Shpresa|Entela|Blerina|Arjola|Liljana|Valbona|Lule|Bora"),
        _s(
            "Hoxha|Shehu|Leka|Dervishi|Kola|Gjoka|Çela|Marku|Muça|Hysa|Koçi|Prifti|Basha|"
            "Zeneli|Mema|Rama|Lika|Duka|Gjini|Tafaj|Bregu|Mali|Qorri|Xhafa"
        ),
        _s("z.|zoti"),
        _s("znj.|zonja"),
    ),
    "ro_MD": (
        _s("Ion|Vasile|Sergiu|Dumitru|Iurie|Valeriu|Nicolae|Vadim|Octavian|Radu|Eugen|Victor"),
        _s("Doina|Tatiana|Svetlana|Natalia|Viorica|Speranța|Corina|Lilia|Aurelia|Mariana|Ala"),
        _s(
            "Lupu|Rusu|Ciobanu|Munteanu|Ceban|Țurcan|Cojocaru|Botnaru|Sârbu|Moraru|Bivol|"
            "Popescu|Guțu|Roșca|Cebotari|Lungu|Prodan|Vrabie|Plămădeală|Grosu|Melnic|"
            "Rotaru|Caraman|Mocanu"
        ),
        _s("dl|dl."),
        _s("dna|dna."),
    ),
    "it_CH": (
        _s("Fabio|Mattia|Gianluca|Sandro|Reto|Claudio|Ivano|Nicola|Tiziano|Elia|Loris|Marco"),
        _s("Manuela|Chiara|Tiziana|Sabrina|Lara|Ornella|Nadia|Ilaria|Mirta|Gioia|Aurora"),
        _s(
            "Fontana|Bianchi|Gatti|Porta|Ferrari|Rezzonico|Cattaneo|Bernasconi|Pedrazzini|"
            "Soldati|Generelli|Della Casa|Lepori|Galli|Sala|Lombardi|Bettelini|Martinoli|"
            "Storni|Regazzoni|Guidotti|Quadri|Moretti|Campana"
        ),
        _s("sig.|signor"),
        _s("sig.ra|signora"),
    ),
    "es_HN": (
        _s("Nery|Olvin|Yeferson|Dennis|Marvin|Elvin|Santos|Osman|Wilmer|Kevin|Rigoberto"),
        _s("Dilcia|Suyapa|Reina|Yesenia|Iris|Glenda|Keila|Alba|Sonia|Lesly|Blanca|Esperanza"),
        _s(
            "Zelaya|Maradiaga|Cálix|Banegas|Mejía|Ávila|Funes|Castellanos|Portillo|Pineda|"
            "Sosa|Bonilla|Oseguera|Aguilar|Lagos|Ordóñez|Amador|Rosales|Velásquez|Carbajal|"
            "Vallecillo|Medina|Reyes|Sierra"
        ),
        _s("Sr.|don"),
        _s("Sra.|doña"),
    ),
}

# locale: streets (full names), towns (town, postcode or "", region), street type words
PLACES: dict[str, tuple[list[str], list[tuple[str, str, str]], set[str]]] = {
    "en_US": (
        _s(
            "Cottonwood Ave|Harbor Blvd|Ridgecrest Dr|Foundry St|Sawmill Rd|Tamarack Ln|"
            "Old Canal Rd|Quarry Hill Rd|Beacon Pkwy|Pecan Grove Dr|Kessler Blvd|Bluebonnet Ln|"
            "Ironwood Ct|Gantry St"
        ),
        [
            ("Joliet", "60436", "IL"),
            ("Memphis", "38118", "TN"),
            ("Fort Worth", "76106", "TX"),
            ("Savannah", "31408", "GA"),
            ("Reno", "89502", "NV"),
            ("Allentown", "18109", "PA"),
            ("Louisville", "40213", "KY"),
            ("Tacoma", "98421", "WA"),
        ],  # fmt: skip
        {"ave", "blvd", "dr", "st", "rd", "ln", "pkwy", "ct", "old", "hill"},
    ),
    "en_IN": (
        _s(
            "Peenya Industrial Area|Residency Road|Bhiwandi Bypass Road|Linking Road|"
            "Hosur Road|Grand Trunk Road|Ambattur Estate Road|Sahar Cargo Road|"
            "Okhla Phase Road|Whitefield Main Road|Kasturba Road|Ring Road Narela"
        ),
        [
            ("Bengaluru", "560058", "KA"),
            ("Mumbai", "400099", "MH"),
            ("Chennai", "600058", "TN"),
            ("Kolkata", "700088", "WB"),
            ("New Delhi", "110020", "DL"),
            ("Pune", "411026", "MH"),
            ("Bhiwandi", "421302", "MH"),
            ("Hyderabad", "500037", "TS"),
        ],  # fmt: skip
        {"road", "main", "area", "phase", "estate", "industrial"},
    ),
    "de_DE": (
        _s(
            "Speicherstraße|Am Güterbahnhof|Lagerweg|Schleusenstraße|Hafenrandstraße|"
            "Fuhrparkallee|Kranichweg|Zollhofstraße|Gewerbering|Spediteurstraße|Holzhafen|"
            "Kiebitzweg|Industriestraße|Am Rangierbahnhof"
        ),
        [
            ("Hamburg", "20457", ""),
            ("Duisburg", "47119", ""),
            ("Bremen", "28197", ""),
            ("Kassel", "34123", ""),
            ("Leipzig", "04159", ""),
            ("Nürnberg", "90451", ""),
            ("Mannheim", "68159", ""),
            ("Regensburg", "93055", ""),
        ],  # fmt: skip
        {"am"},
    ),
    "fr_FR": (
        _s(
            "rue des Entrepôts|avenue du Port Fluvial|chemin des Bateliers|rue de la Douane|"
            "allée des Tilleuls|boulevard des Messageries|impasse des Charrons|"
            "rue du Bassin Vauban|"
            "route de la Gare de Triage|rue des Vanniers|quai des Chargeurs|rue Pasteur"
        ),
        [
            ("Rungis", "94150", ""),
            ("Le Havre", "76600", ""),
            ("Lyon", "69007", ""),
            ("Marseille", "13015", ""),
            ("Lille", "59160", ""),
            ("Toulouse", "31200", ""),
            ("Orléans", "45000", ""),
            ("Strasbourg", "67100", ""),
        ],  # fmt: skip
        {"rue", "avenue", "chemin", "allée", "boulevard", "impasse", "route", "quai"},
    ),
    "pt_BR": (
        _s(
            "Rua dos Estivadores|Avenida Portuária|Rua Bento Gonçalves|Travessa do Armazém|"
            "Rodovia dos Tropeiros|Rua Jequitibá|Avenida das Indústrias|Rua Sete Barras|"
            "Alameda dos Ipês|Rua Guaicurus|Estrada do Galpão|Rua Capitão Rosendo"
        ),
        [
            ("São Paulo", "03178-200", "SP"),
            ("Santos", "11013-560", "SP"),
            ("Campinas", "13069-310", "SP"),
            ("Curitiba", "81460-000", "PR"),
            ("Contagem", "32280-470", "MG"),
            ("Recife", "50770-080", "PE"),
            ("Itajaí", "88303-040", "SC"),
            ("Manaus", "69075-830", "AM"),
        ],
        {"rua", "avenida", "travessa", "rodovia", "alameda", "estrada", "dos", "das", "do"},
    ),
    "nl_NL": (
        _s(
            "Havenweg|Pakhuisstraat|Vrachtweg|Sluiskade|Laan van de Transport|Overslagweg|"
            "Expeditiestraat|Containerkade|Schepenwerf|Loswal|Veilingweg|Distributieweg"
        ),
        [
            ("Rotterdam", "3089 JN", ""),
            ("Venlo", "5928 PN", ""),
            ("Tilburg", "5048 AV", ""),
            ("Zwolle", "8013 NH", ""),
            ("Amersfoort", "3821 BR", ""),
            ("Moerdijk", "4782 PM", ""),
            ("Nijmegen", "6541 AT", ""),
            ("Groningen", "9723 JG", ""),
        ],  # fmt: skip
        {"laan", "van", "de"},
    ),
    "fr_CM": (
        _s(
            "rue Joss|boulevard de la Liberté|rue Njo-Njo|avenue Kennedy|rue des Manguiers|"
            "route de Bonabéri|rue Tokoto|avenue de l'Indépendance|rue du Marché Central|"
            "carrefour Ndokoti|rue Mermoz|route de Mvan"
        ),
        [
            ("Douala", "", "Littoral"),
            ("Yaoundé", "", "Centre"),
            ("Bafoussam", "", "Ouest"),
            ("Garoua", "", "Nord"),
            ("Kribi", "", "Sud"),
            ("Limbé", "", "Sud-Ouest"),
            ("Edéa", "", "Littoral"),
            ("Ngaoundéré", "", "Adamaoua"),
        ],  # fmt: skip
        {"rue", "boulevard", "avenue", "route", "carrefour", "de", "la", "l'", "des", "du"},
    ),
    "es_BO": (
        _s(
            "Calle Comercio|Avenida Cristo Redentor|Calle Sucre|Avenida Blanco Galindo|"
            "Calle Los Tajibos|Avenida Juan Pablo II|Calle Colombia|Avenida Villazón|"
            "Calle Warnes|Avenida Circunvalación|Calle Ingavi|Avenida Petrolera"
        ),
        [
            ("La Paz", "", "Sopocachi"),
            ("El Alto", "", "Zona Senkata"),
            ("Santa Cruz de la Sierra", "", "Equipetrol"),
            ("Cochabamba", "", "Zona Norte"),
            ("Oruro", "", "Zona Central"),
            ("Sucre", "", "Barrio San Roque"),
            ("Tarija", "", "Barrio Las Panosas"),
            ("Potosí", "", "Zona San Clemente"),
        ],
        {"calle", "avenida", "los", "ii"},
    ),
    "sq_AL": (
        _s(
            "Rruga e Durrësit|Rruga Myslym Shyri|Rruga e Kavajës|Rruga Teodor Keko|"
            "Rruga Industriale|Rruga Ali Demi|Rruga e Elbasanit|Rruga Hamdi Sina|"
            "Rruga Taulantia|Rruga Pjetër Budi|Rruga e Dibrës|Rruga Dalip Topi"
        ),
        [
            ("Tiranë", "1001", ""),
            ("Durrës", "2001", ""),
            ("Vlorë", "9401", ""),
            ("Shkodër", "4001", ""),
            ("Elbasan", "3001", ""),
            ("Fier", "9301", ""),
            ("Korçë", "7001", ""),
            ("Vorë", "1032", ""),
        ],  # fmt: skip
        {"rruga", "e"},
    ),
    "ro_MD": (
        _s(
            "str. Uzinelor|bd. Dacia|str. Calea Orheiului|str. Vadul lui Vodă|str. Mihai Viteazul|"
            "șos. Hîncești|str. Industrială|str. Petricani|str. Columna|str. Ismail|"
            "str. Alba Iulia|șos. Balcani"
        ),
        [
            ("Chișinău", "2023", ""),
            ("Bălți", "3121", ""),
            ("Orhei", "3505", ""),
            ("Ungheni", "3601", ""),
            ("Cahul", "3909", ""),
            ("Comrat", "3801", ""),
            ("Soroca", "3001", ""),
            ("Strășeni", "3701", ""),
        ],  # fmt: skip
        {"str.", "bd.", "șos.", "calea", "lui"},
    ),
    "it_CH": (
        _s(
            "Via Cantonale|Via Serafino Balestra|Via San Gottardo|Via Industria|Via ai Magazzini|"
            "Via Vergiò|Via Campagna|Via Stazione|Via Pian Scairolo|Via Luserte|"
            "Via Gerretta|Via Ronchetto"
        ),
        [
            ("Lugano", "6900", ""),
            ("Bellinzona", "6500", ""),
            ("Locarno", "6600", ""),
            ("Mendrisio", "6850", ""),
            ("Chiasso", "6830", ""),
            ("Biasca", "6710", ""),
            ("Giubiasco", "6512", ""),
            ("Stabio", "6855", ""),
        ],  # fmt: skip
        {"via", "ai", "san"},
    ),
    "es_HN": (
        _s(
            "Bulevar del Norte|Calle Real|Avenida Juan Pablo Segundo|Colonia Kennedy|"
            "Barrio Guamilito|Colonia Trejo|Avenida Circunvalación|Barrio El Benque|"
            "Colonia Miraflores|Calle del Comercio|Bulevar Suyapa|Colonia Las Colinas"
        ),
        [
            ("San Pedro Sula", "21102", "Cortés"),
            ("Tegucigalpa", "11101", "Francisco Morazán"),
            ("Choloma", "21112", "Cortés"),
            ("La Ceiba", "31101", "Atlántida"),
            ("Comayagua", "12101", "Comayagua"),
            ("Puerto Cortés", "21301", "Cortés"),
            ("Villanueva", "21114", "Cortés"),
            ("Choluteca", "51101", "Choluteca"),
        ],
        {"bulevar", "calle", "avenida", "colonia", "barrio", "del", "el", "las"},
    ),
}

DOMAINS = {
    "en_US": _s("gmail.com|yahoo.com|outlook.com|icloud.com|att.net|comcast.net"),
    "en_IN": _s("gmail.com|rediffmail.com|yahoo.co.in|outlook.com|hotmail.com"),
    "de_DE": _s("web.de|gmx.de|t-online.de|posteo.de|gmail.com|freenet.de"),
    "fr_FR": _s("orange.fr|free.fr|laposte.net|sfr.fr|gmail.com|wanadoo.fr"),
    "pt_BR": _s("gmail.com|uol.com.br|bol.com.br|terra.com.br|hotmail.com|yahoo.com.br"),
    "nl_NL": _s("ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com|xs4all.nl|outlook.com"),
    "fr_CM": _s("yahoo.fr|gmail.com|camtel.cm|hotmail.fr|outlook.fr"),
    "es_BO": _s("gmail.com|hotmail.com|entelnet.bo|yahoo.es|outlook.com"),
    "sq_AL": _s("gmail.com|yahoo.com|abcom.al|hotmail.com|live.com"),
    "ro_MD": _s("mail.md|gmail.com|yandex.ru|mail.ru|moldtelecom.md|yahoo.com"),
    "it_CH": _s("bluewin.ch|ticino.com|gmail.com|hispeed.ch|sunrise.ch|gmx.ch"),
    "es_HN": _s("gmail.com|yahoo.com|hotmail.es|hondutel.hn|outlook.com"),
}
TLD = {
    "en_US": "com", "en_IN": "in", "de_DE": "de", "fr_FR": "fr", "pt_BR": "com.br",
    "nl_NL": "nl", "fr_CM": "cm", "es_BO": "com.bo", "sq_AL": "al", "ro_MD": "md",
    "it_CH": "ch", "es_HN": "hn",
}  # fmt: skip
URL_PATH = {
    "en": "contact", "de": "kontakt", "fr": "contact", "pt": "contato", "nl": "contact",
    "es": "contacto", "sq": "kontakt", "ro": "contact", "it": "contatti",
}  # fmt: skip
PLATFORMS = _s("linkedin.com/in/|github.com/|calendly.com/|t.me/|about.me/|instagram.com/")
