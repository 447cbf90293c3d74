"""Per-locale given names, surnames and titles for the fifth held-out set (written by hand).

Surnames are split per seed into a member pool (the roster) and a non-member pool (PERSON
items), so a PERSON never shares a surname with a member. The look-alike firms in
fifth_looks.py use surnames that appear in neither list.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.split("|") if w.strip()]


GIVEN = {
    "de_DE": _split("Anna|Lukas|Lea|Jonas|Sophie|Maximilian|Marie|Felix|Johanna|Tobias|Katharina|Jürgen|"
        "Sabine|Björn|Anke|Uwe|Jörg|Franziska|Moritz|Ute|Dagmar|Lars|Frauke|Matthias|Hannah|Till|"
        "Henrike|Malte|Svenja|Ole|Annegret|Kai-Uwe|Merle|Sönke|Greta|Benedikt"),
    "en_AU": _split("Olivia|Jack|Charlotte|Lachlan|Mia|Cooper|Chloe|Riley|Isla|Hamish|Matilda|Brodie|"
        "Zoe|Mitchell|Ruby|Angus|Jessica|Blake|Harriet|Fletcher|Tahlia|Bronte|Lily-Rose|Declan|Kirra|Ngaio"),
    "en_CA": _split("Liam|Emma|Noah|Chloé|Ethan|Avery|Logan|Madison|Owen|Brooke|Gabriel|Jasmine|"
        "Mathieu|Sophie-Anne|Connor|Keira|Tristan|Amélie|Hunter|Paige|Wyatt|Harpreet|Jean-Luc|Naomi"),
    "en_GB": _split("Oliver|Amelia|Harry|Isla|George|Poppy|Alfie|Freya|Charlie|Imogen|Rhys|Sian|Callum|"
        "Eilidh|Fraser|Niamh|Hugo|Rosie|Tariq|Priya|Gethin|Bethan|Ewan|Phoebe|Rupert|Hattie"),
    "en_IE": _split("Seán|Aoife|Conor|Siobhán|Ciarán|Niamh|Oisín|Caoimhe|Darragh|Róisín|Cian|Saoirse|"
        "Pádraig|Orla|Eoin|Gráinne|Fionn|Clodagh|Tadhg|Aisling|Donal|Méabh|Ronan|Sinéad"),
    "en_IN": _split("Aarav|Priya|Rohan|Ananya|Vikram|Kavya|Arjun|Sneha|Siddharth|Lakshmi|Rahul|Divya|"
        "Karthik|Meera|Aditya|Pooja|Venkatesh|Shruti|Harish|Nandini|Gurpreet|Farhan|Ishita|Sanjay"),
    "en_US": _split("James|Emily|Michael|Madison|Tyler|Ashley|Brandon|Kayla|DeShawn|Maria|Jacob|Hannah|"
        "Carlos|Brittany|Austin|Megan|Jamal|Lauren|Ethan|Kaitlyn|Dakota|Mei|Trevor|Savannah"),
    "es_ES": _split("José|María|Javier|Lucía|Álvaro|Carmen|Sergio|Paula|Íñigo|Nuria|Jordi|Begoña|"
        "Pablo|Marta|Alejandro|Inmaculada|Rubén|Ainhoa|Raúl|Montserrat|Adrián|Rocío|Gonzalo|Itziar"),
    "fr_FR": _split("Camille|Lucas|Léa|Hugo|Chloé|Théo|Manon|Mathis|Inès|Antoine|Élodie|Julien|Amélie|"
        "François|Hélène|Gaëtan|Solène|Rémi|Margaux|Benoît|Anaïs|Jérôme|Clémence|Yannick|Maëlle|Loïc"),
    "it_IT": _split("Giulia|Luca|Francesca|Matteo|Chiara|Alessandro|Sara|Lorenzo|Federica|Davide|"
        "Martina|Niccolò|Alessia|Gianluca|Ilaria|Stefano|Beatrice|Tommaso|Elisa|Pierpaolo|Giorgia|Emanuele"),
    "nl_NL": _split("Daan|Sanne|Bram|Lotte|Sem|Fleur|Thijs|Anouk|Joost|Eva|Ruben|Femke|Jeroen|Marloes|"
        "Pieter|Ilse|Wouter|Maaike|Stijn|Noor|Gijs|Sietske|Hidde|Lieke|Maarten|Jente"),
    "pt_BR": _split("João|Ana|Pedro|Beatriz|Lucas|Mariana|Gabriel|Juliana|Rafael|Camila|Thiago|Letícia|"
        "Felipe|Fernanda|Guilherme|Larissa|Matheus|Luíza|Caio|Tatiane|Vinícius|Gislaine|Otávio|Raíssa"),
}

SURNAMES = {
    "de_DE": _split("Müller|Schröder|Weißenborn|von Bülow|Hoffmann|Krüger|Baumgärtner|Schäfer|Zimmermann|"
        "Lehmann-Kraus|Köhler|Vogelsang|Brandtstätter|Kaiser|Oberländer|Hübner|von der Heydt|Pfeiffer|"
        "Jäger|Dietrichs|Rößler|Wendland|Szymański|Yilmaz|Große-Wilde|Engelhardt|Kühn|Ostermann|"
        "Riedlinger|Häusler|Nowak|Frühwirth|Strobel|Löffler|zu Stolberg|Bachmeier"),
    "en_AU": _split("Nguyen|Kowalczyk|McAllister|Papadopoulos|Whitfield|O'Keeffe|Tran|Ferguson-Reid|"
        "Hargreaves|Macintyre|Costa|Dunstan|Pettigrew|Singh|Blackwood|Tamihana|Greenhalgh|Cheung|"
        "Fitzgerald|Lindqvist|Marchetti|Tuckwell|Sutcliffe|Wakefield|Nakamura|Prowse|Archibald"),
    "en_CA": _split("Tremblay|Gagnon|MacDonald|Côté|Bouchard|Singh|Lévesque|O'Connor|Chen|Fraser|"
        "Desjardins|Wong|Thibodeau|MacLeod|Boucher-Grant|Okafor|Pelletier|Nadeau|Gill|Campbell-Moore|"
        "Ouellette|Lachance|Dhillon|Kozak|McNeil|St-Pierre|Bergeron"),
    "en_GB": _split("Whitaker|Okonkwo|Ashworth|ap Rhys|Llewellyn|Fothergill|Mackenzie|Patel|Hughes-Davies|"
        "Sinclair|Thistlethwaite|O'Hara|Pemberton|Ahmed|Featherstone|McGregor|Haworth|Bannerman|"
        "Chaudhry|Kettlewell|Rowntree|Pritchard|Oyelaran|Cholmondeley|Balfour|Entwistle|Gallagher"),
    "en_IE": _split("Ó Briain|O'Sullivan|Mac Giolla|McCarthy|Fitzpatrick|Ní Bhriain|O'Donoghue|Kavanagh|"
        "Ó Súilleabháin|Byrne|Ní Mhurchú|Doyle|MacNamara|Quinlan|O'Mahony|Breathnach|Lynch|Geraghty|"
        "Mac Cárthaigh|Nic Aodha|Flanagan|Ó Ceallaigh|Tierney|McGuinness|Hegarty|Dunphy|Ó Dálaigh"),
    "en_IN": _split("Iyer|Krishnamurthy|Banerjee|Deshpande|Reddy|Chatterjee|Nair|Venkataraman|Gupta|"
        "Kulkarni|Mukherjee|Subramanian|Bhattacharya|Menon|Sharma|Chakraborty|Rajagopalan|Joshi|"
        "Pillai|Agarwal|Shetty|Dasgupta|Naidu|Bhatt|D'Souza|Fernandes|Siddiqui|Ahluwalia"),
    "en_US": _split("Haverford|Rodriguez|Washington|O'Neill|Kowalski|Nguyen|Fitzgerald|Hernandez|"
        "McAllister|Blackburn|Okafor|DeLuca|Van Buren|Larsen|Abernathy|Castillo|Whitmore|Sorensen|"
        "Delgado|Patterson|Yamamoto|Goldberg|MacArthur|Brennan|Oyelowo|St. Clair|Kaczmarek|Ramirez-Soto"),
    "es_ES": _split("García Márquez|Fernández|López de la Torre|Martínez|Sánchez-Vicario|Gómez|Ruiz|"
        "Jiménez|Núñez|Muñoz|Álvarez|Romero|de la Fuente|Iglesias|Ortega|Echeverría|Goikoetxea|Vilaseca|"
        "Castaño|Villanueva|Ibáñez|del Río|Peñalver|Mascarell|Zubizarreta|Cabrera|Olmedo|Saldaña"),
    "fr_FR": _split("Lefèvre|Dubois|de Villepin|Moreau|Girard|Rousseau|Le Gall|Fontaine|Chevalier|"
        "Mercier|Leroy|Bonnefoy|Dufour|Garnier-Roux|Lambert|Barbier|Le Brun|Perrin|Marchand|Guérin|"
        "Deschamps|Lemaître|Kerjean|d'Argentré|Benali|Courtois|Vasseur|Thébault"),
    "it_IT": _split("Rossi|Bianchi|Esposito|Ricci|Di Stefano|Lo Russo|Colombo|De Luca|Marchetti|Galli|"
        "Fontana|Conti|Barbieri|D'Angelo|Mancini|Greco|Santoro|Rinaldi|Ferraro|Caruso|Lombardi|"
        "Moretti|Gentile|Dell'Acqua|Pellegrini|Zanetti|Bernasconi|Cattaneo"),
    "nl_NL": _split("de Jong|Jansen|van den Berg|Bakker|van Dijk|Visser|Smit|de Boer|Mulder|de Groot|"
        "Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|van der Meer|Kuipers|"
        "Verhoeven|van 't Hof|Schouten|Hoekstra|IJzerman|Wijnands|ter Horst"),
    "pt_BR": _split("Silva|dos Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Moura|Gomes|"
        "Ribeiro|Carvalho|Almeida|Araújo|Nascimento|Conceição|da Costa|Barbosa|Cavalcanti|Magalhães|"
        "Figueiredo|Brandão|Assunção|de Souza Leão|Falcão|Guimarães|Teixeira|Bittencourt"),
}

# Honorifics and titles in each locale's language (for PERSON and MEMBER "title + surname").
TITLES = {
    "de_DE": ["Frau", "Herr", "Dr.", "Prof. Dr.", "Frau Dr.", "Herrn"],
    "en_AU": ["Mr", "Ms", "Dr", "Prof.", "Mrs"],
    "en_CA": ["Mr.", "Ms.", "Dr.", "Prof.", "Mrs."],
    "en_GB": ["Mr", "Ms", "Dr", "Professor", "Mrs", "Sir"],
    "en_IE": ["Mr", "Ms", "Dr", "Prof.", "Mrs"],
    "en_IN": ["Mr.", "Ms.", "Dr.", "Shri", "Smt.", "Prof."],
    "en_US": ["Mr.", "Ms.", "Dr.", "Prof.", "Mrs."],
    "es_ES": ["Sr.", "Sra.", "D.", "Dña.", "Dr.", "Dra."],
    "fr_FR": ["M.", "Mme", "Dr", "Pr", "Maître", "Monsieur", "Madame"],
    "it_IT": ["Dott.", "Dott.ssa", "Sig.", "Sig.ra", "Ing.", "Avv.", "Prof.ssa"],
    "nl_NL": ["dhr.", "mevr.", "dr.", "prof.", "ir.", "mr."],
    "pt_BR": ["Sr.", "Sra.", "Dr.", "Dra.", "Prof.", "Profª"],
}

# Particles are not fragments: a surname token must carry the name itself.
PARTICLES = {
    "van", "der", "den", "de", "von", "zu", "di", "da", "dos", "das", "do", "del", "la", "le", "lo",
    "d'", "ap", "mac", "mc", "ó", "o", "ní", "nic", "'t", "ter", "st.", "st", "della", "dell'",
}


def surname_tokens(surname: str) -> list[str]:
    """The tokens of a surname that name the person ('van den Berg' -> ['Berg'])."""
    out = []
    for part in surname.replace("-", " ").split():
        for piece in (part, *part.split("'")[1:]) if "'" in part and not part.endswith("'") else (part,):
            if piece.lower() not in PARTICLES and len(piece) >= 2:
                out.append(piece)
    return out
