"""Thirty-fifth set: name pools per locale, written by hand. The roster (8 members a locale) and
the PERSON pools share no token; the self-test checks it."""

from __future__ import annotations

import unicodedata

# locale -> (female given | male given | surnames), "|"-separated lists, hand-written
POOLS = {
    "en_US": (
        "Brittany|Keisha|Megan|Tamika|Heather|Courtney|Lindsey|Shannon|Marisol|Dana|Crystal|"
        "Whitney|Latoya|Kelsey|Amber",
        "Tyler|DeShawn|Cody|Brandon|Dustin|Travis|Jamal|Garrett|Wesley|Darnell|Trent|Colby|"
        "Marcus|Dwayne|Reggie",
        "Kowalski|Hargrove|McAllister|Delgado|Whitfield|Okafor|Brennan|Castillo|Pruitt|"
        "Fontaine|Yazzie|Lindqvist|Abernathy|Gutierrez|Washington|Hollister|Nakamura|Baker|"
        "Summers|Rhodes|Stanton|O'Rourke",
    ),
    "en_GB": (
        "Siobhan|Gemma|Kirsty|Rhiannon|Niamh|Bethan|Lorna|Imogen|Harriet|Jodie|Aisling|"
        "Poppy|Zainab|Morag|Carys",
        "Gareth|Callum|Declan|Rhys|Alistair|Darren|Fraser|Ieuan|Owain|Tariq|Ewan|Lewis|"
        "Rupert|Hamish|Dominic",
        "Llewellyn|Pemberton|McTavish|Ashworth|Butterworth|Chaudhry|Fairbairn|Greenhalgh|"
        "Hughes-Jones|Entwistle|Ramsbottom|Sutcliffe|Oyelaran|Kaur|Winterbottom|Marsh|"
        "Thistlewood|Hunter|Abbott|Prendergast|Cartwright",
    ),
    "de_DE": (
        "Heike|Anke|Jutta|Svenja|Franziska|Dörte|Bärbel|Ilse|Mareike|Wiebke|Annegret|Kerstin|"
        "Tanja|Sabine|Rosemarie",
        "Jürgen|Volker|Dirk|Torsten|Sönke|Hartmut|Uwe|Jens|Kai-Uwe|Detlef|Ralf|Björn|Ernst|"
        "Gunnar|Lutz",
        "Schimanski|Brockmann|Wöhrle|Hinrichsen|Kächele|Obermaier|Quandt|Rieckhoff|Stöcklein|"
        "Thielemann|Wojciechowski|Ziegenbein|Fuchs|Lorenzen|Paschke|Grünewald|Hölzl|"
        "von Thaden|Bauknecht|Dreßler",
    ),
    "fr_BE": (
        "Maëlle|Laetitia|Anaïs|Delphine|Séverine|Gaëlle|Murielle|Ludivine|Noémie|Perrine|"
        "Fabienne|Ophélie|Aurore|Nathalie|Rose",
        "Grégory|Benoît|Jérôme|Quentin|Cédric|Arnaud|Thibault|Ludovic|Régis|Maxime|Pierre|"
        "Sébastien|Loïc|Yannick|Didier",
        "Vanderschueren|Dubois-Lemaire|Wauters|Lejeune|Delvaux|Gilson|Collignon|Hautecoeur|"
        "Deprez|Stassart|Mertens|Lambotte|Goffinet|Ransy|Vandenbroucke|de Meeûs|Henrotte|"
        "Pirard|Jadoul|Renard",
    ),
    "es_ES": (
        "Itziar|Montserrat|Inmaculada|Rocío|Begoña|Nuria|Amparo|Macarena|Ainhoa|Remedios|"
        "Consuelo|Paz|Lorena|Yolanda|Esperanza",
        "Íñigo|Jordi|Borja|Gonzalo|Xabier|Rubén|Aitor|Ignacio|Fermín|Ximo|Joaquín|Eneko|"
        "Sergio|Adrián|Lluís",
        "Etxeberria|Fernández-Cuesta|Quintana|Llorente|Vidal|Salgado|Garrido|Urquijo|"
        "Iglesias|Montoya|Arrizabalaga|Pujol|Mendizábal|Carrasco|Benítez|Lobo|de la Fuente|"
        "Sanchís|Cordero|Ballesteros",
    ),
    "pt_BR": (
        "Thaís|Jéssica|Luana|Raquel|Daiane|Fabiana|Gisele|Tatiane|Rosângela|Cláudia|Kelly|"
        "Aparecida|Viviane|Priscila|Luz",
        "Thiago|Anderson|Wellington|Cleiton|Rodrigo|Gustavo|Marcelo|Júnior|Edson|Renan|"
        "Diego|Fábio|Leandro|Wagner|Caio",
        "Nascimento|Albuquerque|Cavalcanti|Figueiredo|Magalhães|Rocha|Bezerra|Teixeira|"
        "Ramalho|Pinto|Medeiros|Siqueira|Coelho|Vasconcelos|dos Anjos|Carvalho|Brandão|"
        "Tavares|Monteiro|Queiroz",
    ),
    "it_IT": (
        "Giuseppina|Ornella|Donatella|Raffaella|Rosaria|Loredana|Annunziata|Ilaria|Benedetta|"
        "Concetta|Marisa|Graziella|Noemi|Serena|Vittoria",
        "Gennaro|Salvatore|Pasquale|Ottavio|Raffaele|Corrado|Emanuele|Ludovico|Cosimo|"
        "Ruggero|Fabrizio|Gianluca|Vincenzo|Tommaso|Massimo",
        "Esposito|Lombardi|Santoro|Mancuso|Fumagalli|Barbieri|Caputo|Pellegrini|Russo|"
        "D'Angelo|Ferrara|Bonetti|Colombo|Marchetti|Zanetti|De Santis|Galli|Palumbo|"
        "Cattaneo|Brambilla",
    ),
    "nl_NL": (
        "Femke|Sanne|Marloes|Ilse|Anouk|Joke|Wilma|Mieke|Lieke|Esmée|Ingrid|Roos|Hanneke|"
        "Yara|Marjolein",
        "Joost|Maarten|Sjoerd|Bas|Ruud|Gert-Jan|Wouter|Pim|Teun|Hendrik|Koen|Ruben|Thijs|"
        "Jeroen|Arjen",
        "de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Dekker|"
        "Brouwer|van Dijk|Hoekstra|Kuipers|Verhoeven|Postma|Schouten|Timmermans|Dijkstra",
    ),
    "en_ZA": (
        "Thandiwe|Nomvula|Lerato|Palesa|Zanele|Ayanda|Refilwe|Lindiwe|Marelize|Anri|Nadine|"
        "Precious|Busisiwe|Chantelle|Naledi",
        "Sipho|Thabo|Mandla|Jabulani|Tshepo|Sibusiso|Pieter|Johannes|Riaan|Kagiso|Lwazi|"
        "Themba|Ruan|Bongani|Vusi",
        "Dlamini|Nkosi|Mokoena|Botha|van der Merwe|Ndlovu|Mahlangu|Khumalo|Pretorius|"
        "Mthembu|Naidoo|Govender|Steyn|Zulu|Molefe|Venter|Maseko|Coetzee|Radebe|Pillay",
    ),
    "tr_TR": (
        "Ayşe|Elif|Zeynep|Emine|Hatice|Gülşen|Şükran|Özlem|Sevgi|Dilek|Nurcan|Tuğba|Merve|"
        "Büşra|Esra",
        "Mehmet|Mustafa|Hüseyin|İbrahim|Ömer|Yusuf|Murat|Hakan|Serkan|Emre|Oğuz|Cengiz|"
        "Erdem|Kadir|Volkan",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|"
        "Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat",
    ),
    "en_KE": (
        "Wanjiru|Akinyi|Njeri|Atieno|Wambui|Chebet|Nyambura|Auma|Wairimu|Jepkoech|Mumbua|"
        "Kanini|Nafula|Achieng|Zawadi",
        "Kamau|Otieno|Kipchoge|Mwangi|Omondi|Kiprono|Njoroge|Wekesa|Mutua|Ouma|Kibet|"
        "Barasa|Kimani|Odhiambo|Juma",
        "Waweru|Ochieng|Rotich|Muthoni|Onyango|Korir|Kariuki|Wafula|Nyaga|Chepkemoi|Gitau|"
        "Macharia|Owino|Kiprotich|Mugo|Oduya|Langat|Nduta|Kamande|Okoth",
    ),
    "es_UY": (
        "Florencia|Valentina|Agustina|Rocío|Micaela|Lucía|Camila|Natalia|Soledad|Mariela|"
        "Dolores|Sofía|Victoria|Fernanda|Milagros",
        "Matías|Santiago|Nicolás|Federico|Joaquín|Gonzalo|Diego|Sebastián|Rodrigo|Facundo|"
        "Martín|Ignacio|Emiliano|Bruno|Agustín",
        "Rodríguez|González|Fernández|Pereira|Martínez|Silva|Sosa|Suárez|Olivera|Castro|"
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
    if lang in ("fr", "es", "pt"):
        return f"de {name}"
    if lang == "it":
        return f"di {name}"
    if lang == "nl":
        return f"van {name}"
    return tr_possessive(name)
