"""People of the ninth set: per-locale given names and surnames (particles, double and
hyphenated surnames, apostrophes, accents), and the written forms of a name.

A name is ``(given, surname)``; a written form turns it into the text that appears in a post
and its fragments (``n:`` name tokens, see ``ninth.py``)."""

from __future__ import annotations

import random
import unicodedata

GIVEN = {
    "en_US": "Tyler Brianna Marcus Kayla Darnell Shelby Colton Jasmine Trevor Destiny Garrett "
    "Alexis Brandon Savannah Dakota Latoya Cody Mackenzie Reggie Courtney Hunter "
    "Brooke DeShawn Jaxon Aaliyah Wyatt Kiara Bryce Harper Jamal Delaney Landon "
    "Tamika Chase Serenity",
    "en_GB": "Oliver Harriet Callum Imogen Rhys Bethany Declan Freya Alfie Poppy Gareth Niamh "
    "Rupert Philippa Kieran Lydia Dominic Sian Hamish Rosalind Tobias Fern Archie "
    "Tamsin Ewan Georgina Barnaby Ffion Lewis Jessamy Angus Morwenna",
    "en_IE": "Cian Aoife Oisín Saoirse Darragh Siobhán Eoin Clodagh Pádraig Gráinne Ruairí "
    "Caoimhe Fionn Orla Tadhg Éabha Colm Nuala Dónal Róisín Seán Ailbhe Cathal "
    "Aisling Diarmuid Sorcha Ronan Deirbhile Conall Máire",
    "en_IN": "Aarav Priya Venkatesh Ananya Siddharth Lakshmi Rohan Kavya Arjun Deepika Harish "
    "Meenakshi Vikram Shreya Karthik Nandini Pranav Ishita Suresh Divya Aditya "
    "Sneha Raghav Pooja Nikhil Tanvi Abhishek Sanjana Gaurav Revathi",
    "en_AU": "Lachlan Matilda Harrison Chloe Brodie Isla Jayden Tahlia Mitchell Sienna Kane "
    "Georgia Thanh Mia Dimitri Ruby Hamish Zara Bailey Jarrah Flynn Indi Cooper "
    "Maddison Riley Ngaio Koby Shenae Beau Talia",
    "en_CA": "Mathieu Émilie Brayden Sophie Gabriel Maude Connor Camille Xavier Ashlynn Olivier "
    "Gabrielle Tristan Kaitlyn Félix Noémie Owen Chantal Rémi Avery Étienne "
    "Mégane Liam Ariane Jacob Rosalie Hudson Anaïs Logan Solange",
    "de_DE": "Lukas Anna-Lena Jannik Mareike Sören Friederike Jürgen Gudrun Malte Annika "
    "Henrik Svenja Björn Wiebke Dieter Ulrike Timo Hannelore Kai Jördis Jonas "
    "Lea-Marie Niklas Birte Ole Theresa Hauke Insa Wolfgang Käthe",
    "fr_FR": "Jean-Baptiste Anne-Sophie Mathis Océane Théo Clémence Loïc Maëlle Grégoire "
    "Solène Baptiste Margaux Hervé Élodie Yannick Agathe Rémi Capucine Benoît "
    "Gaëlle Enzo Léa Gaspard Inès Marius Apolline Kylian Bérénice Anatole Zoé",
    "es_ES": "Álvaro Lucía Iñaki Nerea Sergio Ainhoa Jorge Begoña Raúl Itziar Rubén Macarena "
    "Joaquín Rocío Íker Montserrat Adrián Inmaculada Unai Maite Hugo Carlota "
    "Pau Aitana Mikel Covadonga Gonzalo Leire Borja Milagros",
    "it_IT": "Lorenzo Giulia Matteo Chiara Gianluca Federica Niccolò Ilaria Davide Beatrice "
    "Pierluigi Alessia Tommaso Martina Gennaro Ludovica Emanuele Serena Fabrizio "
    "Noemi Leonardo Sofia Gabriele Aurora Riccardo Vittoria Edoardo Arianna "
    "Salvatore Carmela",
    "nl_NL": "Daan Sanne Joris Femke Bram Lieke Sjoerd Marloes Thijs Anouk Wouter Esmée "
    "Maarten Floor Ruud Ilse Stijn Noortje Gijs Hanneke Sem Fenna Jelle Roos "
    "Pieter Annelies Koen Marit Tijmen Lotte",
    "pt_BR": "João Luíza Thiago Mariana Caio Letícia Gustavo Bruna Rafael Larissa Leandro "
    "Giovana Vinícius Camila Matheus Thaís Rodrigo Beatriz Otávio Gabriela Enzo "
    "Maria Eduarda Heitor Valentina Arthur Yasmin Davi Lorena Wesley Jéssica",
}

SURNAMES = {
    "en_US": "Kowalczyk Whitfield Ramirez Okonkwo Delgado McAllister Hoffman Nakamura "
    "Washington Brennan Vasquez Castellanos Prewitt Lindqvist Abernathy Gutierrez Yazzie "
    "Holloway Fitzgerald Oyelaran|Park-Sullivan|DiMaggio|Van Buren|Schwartzman|"
    "Quintero|Haverford|Nakashima-Reed|Oduya|Bergstrom|Tillman|Castaneda",
    "en_GB": "Ashworth Pemberton Threlfall Okafor Hargreaves Cholmondeley Featherstone "
    "Blackwood Whitlock Aldridge Underhill Patel Fairbairn Kettleborough Osei Rowntree|"
    "Bowes-Lyon|Smith-Gordon|Ffoulkes|Llewellyn|Hetherington|Trevelyan|Adebayo|"
    "Crowther|Ogilvy|Wainwright|Penhaligon|Stirling",
    "en_IE": "Ó Briain|O'Sullivan|Mac Giolla Phádraig|Ní Bhriain|McGuinness|Fitzpatrick|"
    "Ó Conaill|Kavanagh|Breathnach|Ní Mhurchú|Donnelly|Mac Cárthaigh|Gallagher|Ó Ceallaigh|"
    "Mulcahy|Ní Dhomhnaill|Ó Murchú|Mac Namara|Ní Fhlannagáin|Geraghty|Moynihan|"
    "Ó Dálaigh|Mac Suibhne",
    "en_IN": "Venkataraman Chatterjee Deshpande Iyer Raghunathan Bhattacharya Kulkarni "
    "Subramanian Mukherjee Nair Menon Banerjee Reddy Krishnamurthy Chaudhary Sengupta "
    "Gopalakrishnan Ahluwalia|Parthasarathy|Dasgupta|Saxena|Bhatnagar|Pillai|"
    "Rangarajan|Ghoshal|Thakkar",
    "en_AU": "Papadopoulos Nguyen Kowalski Fitzsimmons Tran Costa McPherson Galanis Dimitriou "
    "Wheatley Yarran Thorburn Vukovic Pham Cavanagh Lethbridge|O'Loughlin|Di "
    "Pietro|Anagnostou|Blackburn|Sutherland|Mazzocchi|Kinchela|Hadley",
    "en_CA": "Tremblay Gagnon Bouchard Côté Pelletier Lefebvre Morrison Gauthier Bergeron "
    "MacKinnon Desrosiers Ouellet Sinclair Lévesque Thibodeau Chrétien|St-Pierre|"
    "Laroche-Dubé|D'Amours|Beauchemin|Gallant|Arsenault|Okonkwo-Pelletier|Cormier|"
    "Villeneuve|Boudreau",
    "de_DE": "Schäfer Brandstätter Weißenborn Kühnel Oberländer Jankowski Zimmermann Haßelbach "
    "Lüdtke Yılmaz Grünewald Kleinschmidt Böttcher Riedmüller|von der Heide|von Thadden|"
    "Meyer-Lüdenscheid|zu Eltz|Dreßler|Achterberg|Friedrichsen|Oltmanns|Szymański|"
    "Hübner|von Bismarck-Osten|Kleefeld",
    "fr_FR": "Lefèvre Dubreuil Chauvet Rousseau Beaumarchais Lacroix Fontaine Guérin Mercier "
    "Perrault Delacroix Bonnaire|de La Tour|N'Diaye|Le Goff|Roussel-Caron|d'Aubigny|Saint-Clair|"
    "Desjardins|Le Bihan|Kerjean|Charpentier|Aït Ahmed|de Villepin|Marchetti|Bréhaut",
    "es_ES": "García López|Fernández de Córdoba|Etxeberria|Ruiz Zafón|Martínez|Goikoetxea|"
    "Sánchez-Vicario|del Olmo|Quiñones|Iglesias Prieto|Muñoz Beltrán|de la Cruz|Aranguren|"
    "Villanueva|Ibáñez Solís|Olabarrieta|Gil de Biedma|Expósito|Cuesta Ordóñez|"
    "Sanz|Llorente|Puig i Soler",
    "it_IT": "Esposito|D'Angelo|De Luca|Di Stefano|Dell'Acqua|Bianchi|Lo Presti|Santoro|"
    "Mastrangelo|La Rosa|Ferrari|Galli|Colombo|Dalla Chiesa|Pellegrini|Caruso|"
    "Dall'Olio|Lombardi|Della Valle|Scognamiglio|Russo|De Sanctis|Lo Bianco",
    "nl_NL": "de Vries|van den Berg|van Dijk|Bakker|Jansen|'t Hart|Visser|van der Meulen|"
    "Smit|de Groot|Mulder|Hoekstra|van Leeuwen|ten Brink|Dijkstra|Brouwer|Kuipers|"
    "van 't Veer|Vermeulen|op den Kamp|Hendriks|Schoonhoven|de Haan",
    "pt_BR": "da Silva|dos Santos|Oliveira|Conceição|Albuquerque|Magalhães|Nascimento|"
    "Cavalcanti|de Souza|Araújo|Gonçalves|Figueiredo|Rocha Lima|Bittencourt|"
    "Carvalho|Sampaio|Queiroz|Bragança|do Nascimento|Teixeira|Falcão|Monteiro "
    "de Barros|Vasconcelos",
}

# Lower-case particles: never fragments (they are common words).
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "dalla",
    "da",
    "dos",
    "das",
    "do",
    "di",
    "la",
    "le",
    "zu",
    "ten",
    "ter",
    "t",
    "'t",
    "mac",
    "mc",
    "ní",
    "ó",
    "o",
    "d",
    "dell",
    "lo",
    "st",
    "saint",
    "y",
}


def _surnames(locale: str) -> list[str]:
    """A chunk with three or more spaces is a list of one-word surnames, any other chunk one
    surname (double, particle or multi-word)."""
    out: list[str] = []
    for chunk in SURNAMES[locale].split("|"):
        chunk = chunk.strip()
        out += chunk.split() if chunk.count(" ") >= 3 else [chunk]
    return list(dict.fromkeys(out))


GIVEN_LISTS = {loc: GIVEN[loc].split() for loc in GIVEN}
SURNAME_LISTS = {loc: _surnames(loc) for loc in SURNAMES}


def fold(text: str) -> str:
    """Accents dropped (ß and Irish/German forms kept as plain letters)."""
    text = text.replace("ß", "ss").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    """Name tokens of a written name: split on spaces, hyphens, apostrophes, dots and commas;
    particles and tokens shorter than three letters left out."""
    out = []
    for ch in "-'’.,":
        name = name.replace(ch, " ")
    for raw in name.split():
        if len(raw) < 3 or raw.lower() in PARTICLES:
            continue
        out.append(raw)
    return list(dict.fromkeys(out))


def draw_name(rng: random.Random, locale: str) -> tuple[str, str]:
    return rng.choice(GIVEN_LISTS[locale]), rng.choice(SURNAME_LISTS[locale])


def initials(given: str) -> str:
    parts = given.split("-")
    return "-".join(p[0] + "." for p in parts)


def cap_particles(surname: str) -> str:
    """A particle surname at the start of a sentence or after a title (Dutch/Belgian style)."""
    return surname[0].upper() + surname[1:] if surname[:1].islower() else surname


MEMBER_FORMS = (
    "full",
    "surname",
    "given",
    "initials+surname",
    "caps",
    "lower",
    "no accents",
    "possessive",
    "surname, given",
    "title+surname",
    "given",
    "surname",
    "full",
)
PERSON_FORMS = (
    "full",
    "title+surname",
    "caps",
    "initials+surname",
    "surname, given",
    "possessive",
    "no accents",
    "lower",
)

TITLES = {
    "en": ["Mr", "Ms", "Dr", "Mrs", "Prof.", "Mr.", "Ms.", "Dr."],
    "de": ["Herr", "Frau", "Dr.", "Prof."],
    "fr": ["M.", "Mme", "Madame", "Monsieur", "Dr"],
    "es": ["Sr.", "Sra.", "don", "doña", "Dra."],
    "it": ["Sig.", "Sig.ra", "dott.", "dott.ssa", "ing.", "avv."],
    "nl": ["mevrouw", "meneer", "dhr.", "mw.", "dr."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "dona"],
}


def written(rng: random.Random, name: tuple[str, str], form: str, lang: str) -> tuple[str, str]:
    """(text as it appears in the post, the value scored), for a written form."""
    given, surname = name
    if form == "full":
        text = f"{given} {surname}"
    elif form == "surname":
        text = cap_particles(surname)
    elif form == "given":
        text = given
    elif form == "initials+surname":
        text = f"{initials(given)} {surname}"
    elif form == "caps":
        text = rng.choice([f"{given} {surname}".upper(), f"{surname.upper()} {given}"])
    elif form == "lower":
        text = f"{given} {surname}".lower()
    elif form == "no accents":
        text = fold(f"{given} {surname}")
        if text == f"{given} {surname}":
            text = fold(f"{given} {surname}").upper() if rng.random() < 0.3 else text
    elif form == "possessive":
        base = rng.choice([given, f"{given} {surname}", cap_particles(surname)])
        text = base
    elif form == "surname, given":
        text = f"{surname.upper() if rng.random() < 0.4 else surname}, {given}"
    else:  # title+surname
        title = rng.choice(TITLES[lang])
        text = f"{title} {surname}" if rng.random() < 0.8 else f"{title} {given} {surname}"
        return text, text[len(title) + 1 :]
    return text, text


def possessive_suffix(lang: str, value: str) -> str:
    if lang == "en":
        return "'" if value.endswith("s") else "'s"
    if lang in ("de", "nl"):
        return "'" if value[-1] in "sxzß" else ("s" if lang == "de" else "'s")
    return ""
