"""Thirty-fifth set: name pools per locale, written by hand. The roster (8 members a locale) and
the PERSON pools share no token; the self-test checks it."""

from __future__ import annotations

import unicodedata

# locale -> (female given | male given | surnames), "|"-separated lists, hand-written
POOLS = {
    "en_US": (
        "Jolie|Raven|Destiny|Brittany|Keisha|Megan|Tamika|Heather|Courtney|Lindsey|Shannon|"
        "Marisol|Dana|Crystal|"
        "Whitney|Latoya|Kelsey|Amber",
        "Cleveland|Beau|Jaylen|Tyler|DeShawn|Cody|Brandon|Dustin|Travis|Jamal|Garrett|Wesley|"
        "Darnell|Trent|Colby|"
        "Marcus|Dwayne|Reggie",
        "Thibodeaux|Szymanski|Begay|Oduya-Banks|McCray|Kowalski|Hargrove|McAllister|Delgado|"
        "Whitfield|Okafor|Brennan|Castillo|Pruitt|"
        "Fontaine|Yazzie|Lindqvist|Abernathy|Gutierrez|Washington|Hollister|Nakamura|Baker|"
        "Summers|Rhodes|Stanton|O'Rourke",
    ),
    "en_GB": (
        "Ffion|Saoirse|Philippa|Siobhan|Gemma|Kirsty|Rhiannon|Niamh|Bethan|Lorna|Imogen|Harriet|"
        "Jodie|Aisling|"
        "Poppy|Zainab|Morag|Carys",
        "Tobias|Barnaby|Craig|Gareth|Callum|Declan|Rhys|Alistair|Darren|Fraser|Ieuan|Owain|"
        "Tariq|Ewan|Lewis|"
        "Rupert|Hamish|Dominic",
        "Featherstone|Haworth|Ogunleye|Blenkinsop|Cholmondeley|Llewellyn|Pemberton|McTavish|"
        "Ashworth|Butterworth|Chaudhry|Fairbairn|Greenhalgh|"
        "Hughes-Jones|Entwistle|Ramsbottom|Sutcliffe|Oyelaran|Kaur|Winterbottom|Marsh|"
        "Thistlewood|Hunter|Abbott|Prendergast|Cartwright",
    ),
    "de_DE": (
        "Gudrun|Insa|Friederike|Heike|Anke|Jutta|Svenja|Franziska|Dörte|Bärbel|Ilse|Mareike|"
        "Wiebke|Annegret|Kerstin|"
        "Tanja|Sabine|Rosemarie",
        "Hauke|Wolfgang|Fiete|Jürgen|Volker|Dirk|Torsten|Sönke|Hartmut|Uwe|Jens|Kai-Uwe|Detlef|"
        "Ralf|Björn|Ernst|"
        "Gunnar|Lutz",
        "Sauerbrey|Kowalczyk|Nußbaum|Eckhardt|Hüttenrauch|Schimanski|Brockmann|Wöhrle|"
        "Hinrichsen|Kächele|Obermaier|Quandt|Rieckhoff|Stöcklein|"
        "Thielemann|Wojciechowski|Ziegenbein|Fuchs|Lorenzen|Paschke|Grünewald|Hölzl|"
        "von Thaden|Bauknecht|Dreßler",
    ),
    "fr_BE": (
        "Marie-Pierre|Coralie|Bénédicte|Maëlle|Laetitia|Anaïs|Delphine|Séverine|Gaëlle|Murielle|"
        "Ludivine|Noémie|Perrine|"
        "Fabienne|Ophélie|Aurore|Nathalie|Rose",
        "Jean-Luc|Damien|Geoffrey|Grégory|Benoît|Jérôme|Quentin|Cédric|Arnaud|Thibault|Ludovic|"
        "Régis|Maxime|Pierre|"
        "Sébastien|Loïc|Yannick|Didier",
        "Vandamme|Lhoist|Schoonbroodt|Piette|Dumoulin|Vanderschueren|Dubois-Lemaire|Wauters|"
        "Lejeune|Delvaux|Gilson|Collignon|Hautecoeur|"
        "Deprez|Stassart|Mertens|Lambotte|Goffinet|Ransy|Vandenbroucke|de Meeûs|Henrotte|"
        "Pirard|Jadoul|Renard",
    ),
    "es_ES": (
        "Arantxa|Pilar|Covadonga|Itziar|Montserrat|Inmaculada|Rocío|Begoña|Nuria|Amparo|"
        "Macarena|Ainhoa|Remedios|"
        "Consuelo|Paz|Lorena|Yolanda|Esperanza",
        "Paco|Unai|Andreu|Íñigo|Jordi|Borja|Gonzalo|Xabier|Rubén|Aitor|Ignacio|Fermín|Ximo|"
        "Joaquín|Eneko|"
        "Sergio|Adrián|Lluís",
        "Olabarrieta|Sáez|Moreno|Rovira|Quiroga|Etxeberria|Fernández-Cuesta|Quintana|Llorente|"
        "Vidal|Salgado|Garrido|Urquijo|"
        "Iglesias|Montoya|Arrizabalaga|Pujol|Mendizábal|Carrasco|Benítez|Lobo|de la Fuente|"
        "Sanchís|Cordero|Ballesteros",
    ),
    "pt_BR": (
        "Lucimara|Joelma|Rayane|Thaís|Jéssica|Luana|Raquel|Daiane|Fabiana|Gisele|Tatiane|"
        "Rosângela|Cláudia|Kelly|"
        "Aparecida|Viviane|Priscila|Luz",
        "Cauã|Adriano|Valdir|Thiago|Anderson|Wellington|Cleiton|Rodrigo|Gustavo|Marcelo|Júnior|"
        "Edson|Renan|"
        "Diego|Fábio|Leandro|Wagner|Caio",
        "Nogueira|Bastos|Cordeiro|Barbosa|Sobral|Nascimento|Albuquerque|Cavalcanti|Figueiredo|"
        "Magalhães|Rocha|Bezerra|Teixeira|"
        "Ramalho|Pinto|Medeiros|Siqueira|Coelho|Vasconcelos|dos Anjos|Carvalho|Brandão|"
        "Tavares|Monteiro|Queiroz",
    ),
    "it_IT": (
        "Assunta|Carmela|Miriam|Giuseppina|Ornella|Donatella|Raffaella|Rosaria|Loredana|"
        "Annunziata|Ilaria|Benedetta|"
        "Concetta|Marisa|Graziella|Noemi|Serena|Vittoria",
        "Carmine|Aurelio|Nicolò|Gennaro|Salvatore|Pasquale|Ottavio|Raffaele|Corrado|Emanuele|"
        "Ludovico|Cosimo|"
        "Ruggero|Fabrizio|Gianluca|Vincenzo|Tommaso|Massimo",
        "Pagano|Mazzoleni|Greco|Scognamiglio|Ferri|Esposito|Lombardi|Santoro|Mancuso|Fumagalli|"
        "Barbieri|Caputo|Pellegrini|Russo|"
        "D'Angelo|Ferrara|Bonetti|Colombo|Marchetti|Zanetti|De Santis|Galli|Palumbo|"
        "Cattaneo|Brambilla",
    ),
    "nl_NL": (
        "Tineke|Gerdien|Noortje|Femke|Sanne|Marloes|Ilse|Anouk|Joke|Wilma|Mieke|Lieke|Esmée|"
        "Ingrid|Roos|Hanneke|"
        "Yara|Marjolein",
        "Kees|Douwe|Sven|Joost|Maarten|Sjoerd|Bas|Ruud|Gert-Jan|Wouter|Pim|Teun|Hendrik|Koen|"
        "Ruben|Thijs|"
        "Jeroen|Arjen",
        "Zijlstra|Hendriks|van Leeuwen|Wijnands|Boersma|de Vries|van den Berg|Bakker|Visser|"
        "Smit|Meijer|de Boer|Mulder|Bos|Vos|Dekker|"
        "Brouwer|van Dijk|Hoekstra|Kuipers|Verhoeven|Postma|Schouten|Timmermans|Dijkstra",
    ),
    "en_ZA": (
        "Sibongile|Karabo|Lize|Thandiwe|Nomvula|Lerato|Palesa|Zanele|Ayanda|Refilwe|Lindiwe|"
        "Marelize|Anri|Nadine|"
        "Precious|Busisiwe|Chantelle|Naledi",
        "Ndumiso|Francois|Siyabonga|Sipho|Thabo|Mandla|Jabulani|Tshepo|Sibusiso|Pieter|Johannes|"
        "Riaan|Kagiso|Lwazi|"
        "Themba|Ruan|Bongani|Vusi",
        "Mathebula|Engelbrecht|Baloyi|Fourie|Chetty|Dlamini|Nkosi|Mokoena|Botha|van der Merwe|"
        "Ndlovu|Mahlangu|Khumalo|Pretorius|"
        "Mthembu|Naidoo|Govender|Steyn|Zulu|Molefe|Venter|Maseko|Coetzee|Radebe|Pillay",
    ),
    "tr_TR": (
        "Fadime|Sibel|Yasemin|Ayşe|Elif|Zeynep|Emine|Hatice|Gülşen|Şükran|Özlem|Sevgi|Dilek|"
        "Nurcan|Tuğba|Merve|"
        "Büşra|Esra",
        "Süleyman|Barış|Ercan|Mehmet|Mustafa|Hüseyin|İbrahim|Ömer|Yusuf|Murat|Hakan|Serkan|Emre|"
        "Oğuz|Cengiz|"
        "Erdem|Kadir|Volkan",
        "Uysal|Karaca|Erdem|Bozkurt|Akın|Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|"
        "Özdemir|Arslan|Doğan|Kılıç|"
        "Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat",
    ),
    "en_KE": (
        "Moraa|Kerubo|Naserian|Wanjiru|Akinyi|Njeri|Atieno|Wambui|Chebet|Nyambura|Auma|Wairimu|"
        "Jepkoech|Mumbua|"
        "Kanini|Nafula|Achieng|Zawadi",
        "Kiptoo|Onyancha|Lekishon|Kamau|Otieno|Kipchoge|Mwangi|Omondi|Kiprono|Njoroge|Wekesa|"
        "Mutua|Ouma|Kibet|"
        "Barasa|Kimani|Odhiambo|Juma",
        "Nyamweya|Ruto|Ngugi|Ogola|Mwakio|Waweru|Ochieng|Rotich|Muthoni|Onyango|Korir|Kariuki|"
        "Wafula|Nyaga|Chepkemoi|Gitau|"
        "Macharia|Owino|Kiprotich|Mugo|Oduya|Langat|Nduta|Kamande|Okoth",
    ),
    "es_UY": (
        "Mercedes|Adriana|Graciela|Florencia|Valentina|Agustina|Rocío|Micaela|Lucía|Camila|"
        "Natalia|Soledad|Mariela|"
        "Dolores|Sofía|Victoria|Fernanda|Milagros",
        "Washington|Álvaro|Horacio|Matías|Santiago|Nicolás|Federico|Joaquín|Gonzalo|Diego|"
        "Sebastián|Rodrigo|Facundo|"
        "Martín|Ignacio|Emiliano|Bruno|Agustín",
        "Píriz|Cardozo|Machado|Ferrari|Quintana|Rodríguez|González|Fernández|Pereira|Martínez|"
        "Silva|Sosa|Suárez|Olivera|Castro|"
        "Méndez|Núñez|De León|Cabrera|Acosta|Viera|Bentancor|Correa|Techera|Olivera Píriz",
    ),
}

# the roster: 8 display names per locale, tokens not in any PERSON pool
ROSTER = {
    "en_US": [
        "Jolene Whitaker",
        "Darius Holloway",
        "Priya Raman",
        "Shelby Kuykendall",
        "Mateo Arriaga",
        "Tamsin Greer",
        "Lamar Ostrowski",
        "Corinne Vasquez-Hale",
    ],
    "en_GB": [
        "Fenella Hargreaves",
        "Ciaran Moorcroft",
        "Aditi Bhattacharya",
        "Ross Pettigrew",
        "Elspeth Caddick",
        "Kwame Asante",
        "Tilly Braithwaite",
        "Angus Drummond",
    ],
    "de_DE": [
        "Henrike Albers",
        "Malte Grzeschik",
        "Aylin Korkmaz",
        "Till Hesselbarth",
        "Dagmar Würfel",
        "Konstantin Oberländer",
        "Inga Feddersen",
        "Bernd Kühnapfel",
    ],
    "fr_BE": [
        "Amandine Verhulst",
        "Baudouin Crahay",
        "Inès Benali",
        "Florian Thys",
        "Clémence Warnotte",
        "Olivier Masquelier",
        "Sarah Ben Amar",
        "Xavier Dethier",
    ],
    "es_ES": [
        "Maite Zubizarreta",
        "Rafael Villalobos",
        "Cristina Alcántara",
        "Pau Ferrer",
        "Lucía Olmedo",
        "Álvaro Cienfuegos",
        "Carmen Bermúdez",
        "Iker Goikoetxea",
    ],
    "pt_BR": [
        "Juliana Brito",
        "Rafael Moura",
        "Letícia Sampaio",
        "Otávio Cardoso",
        "Camila Guimarães",
        "Bruno Lacerda",
        "Bianca Andrade",
        "Felipe Nogueira",
    ],
    "it_IT": [
        "Chiara Castelli",
        "Matteo Ferraris",
        "Giulia Rinaldi",
        "Alessandro Guerra",
        "Federica Sartori",
        "Davide Morelli",
        "Elena Giordano",
        "Stefano Bellini",
    ],
    "nl_NL": [
        "Lotte Jansen",
        "Daan Willems",
        "Noor el Idrissi",
        "Floris Wijnberg",
        "Iris Kok",
        "Jasper Veenstra",
        "Fleur Zwart",
        "Stijn Hofman",
    ],
    "en_ZA": [
        "Nandi Sithole",
        "Gerhard Louw",
        "Ayesha Patel",
        "Lungile Mabaso",
        "Carla du Toit",
        "Tumelo Moloi",
        "Zodwa Cele",
        "Andile Majola",
    ],
    "tr_TR": [
        "Selin Aktaş",
        "Burak Güneş",
        "Deniz Erdoğan",
        "Gizem Bulut",
        "Kerem Yavuz",
        "Pınar Aksoy",
        "Tolga Keskin",
        "Ebru Tekin",
    ],
    "en_KE": [
        "Faith Njambi",
        "Brian Kiplagat",
        "Mercy Adhiambo",
        "Dennis Mutiso",
        "Grace Wangari",
        "Collins Oloo",
        "Esther Cherono",
        "Victor Githinji",
    ],
    "es_UY": [
        "Lorena Piñeyro",
        "Pablo Larrañaga",
        "Andrea Vázquez",
        "Marcelo Irazábal",
        "Carolina Umpiérrez",
        "Gastón Etcheverry",
        "Paula Ferreira",
        "Leonardo Bonilla",
    ],
}

PARTICLES = {"van", "von", "de", "der", "den", "del", "la", "le", "los", "dos", "das", "du",
             "el", "ben", "da", "di", "d'", "ter", "te"}  # fmt: skip

TITLES = {
    "en": {"f": ["Ms", "Dr", "Mrs", "Nurse"], "m": ["Mr", "Dr"]},
    "de": {"f": ["Frau", "Frau Dr."], "m": ["Herr", "Herr Dr."]},
    "fr": {"f": ["Mme", "Madame", "Dr"], "m": ["M.", "Monsieur", "Dr"]},
    "es": {"f": ["Sra.", "Dra.", "doña"], "m": ["Sr.", "Dr.", "don"]},
    "pt": {"f": ["Sra.", "Dra.", "dona"], "m": ["Sr.", "Dr."]},
    "it": {"f": ["Sig.ra", "Dott.ssa", "Prof.ssa"], "m": ["Sig.", "Dott.", "Prof."]},
    "nl": {"f": ["mevrouw", "mevr.", "dr."], "m": ["meneer", "dhr.", "dr."]},
    "tr": {"f": ["Dr.", "Sayın"], "m": ["Dr.", "Sayın"]},
}
TR_SUFFIX = {"f": "Hanım", "m": "Bey"}


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ß", "ss").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def name_tokens(name: str) -> list[str]:
    """Name tokens without particles; hyphenated parts apart, apostrophes kept inside."""
    return [w for w in name.replace("-", " ").split() if w.lower() not in PARTICLES]


def pools(locale: str):
    f, m, s = POOLS[locale]
    return f.split("|"), m.split("|"), s.split("|")


def tr_possessive(word: str) -> str:
    vowels = [c for c in word.lower() if c in "aeıioöuü"]
    last = vowels[-1] if vowels else "e"
    v = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün", "ü": "ün"}
    suffix = v[last]
    if word[-1].lower() in "aeıioöuü":
        suffix = "n" + suffix
    return f"{word}'{suffix}"


def possessive(lang: str, name: str) -> str:
    if lang == "en":
        return f"{name}'s"
    if lang == "de":
        return f"von {name}"
    if lang == "fr" and fold(name[0]).lower() in "aeiouy":
        return f"d'{name}"
    if lang in ("fr", "es", "pt"):
        return f"de {name}"
    if lang == "it":
        return f"di {name}"
    if lang == "nl":
        return f"van {name}"
    return tr_possessive(name)
