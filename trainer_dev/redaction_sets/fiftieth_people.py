"""Names of the fiftieth set, typed by hand per locale: the roster (members, with a gender for
the languages whose articles need one) and the pools of non-members (PERSON)."""

from __future__ import annotations

# (given, surname, gender): eight members per locale
ROSTER: dict[str, list[tuple[str, str, str]]] = {
    "en_US": [
        ("Dwayne", "Kowalczyk", "m"), ("Shauna", "Birdwell", "f"), ("Trevor", "Okafor", "m"),
        ("Kirsten", "Vandermeer", "f"), ("Marcus", "Teague", "m"), ("Lorraine", "Esposito", "f"),
        ("Darnell", "Whitacre", "m"), ("Jolene", "Haskins", "f"),
    ],
    "en_GB": [
        ("Alastair", "Pennington", "m"), ("Harriet", "Grimshaw", "f"), ("Declan", "Fairbrother",
         "m"),
        ("Imogen", "Ackroyd", "f"), ("Rupert", "Oyelowo", "m"), ("Philippa", "Stanwick", "f"),
        ("Nigel", "Braithwaite", "m"), ("Saoirse", "Holdsworth", "f"),
    ],
    "en_IN": [
        ("Raghav", "Iyengar", "m"), ("Sneha", "Kulkarni", "f"), ("Arjun", "Bhattacharya", "m"),
        ("Pooja", "Venkataraman", "f"), ("Kunal", "Deshpande", "m"), ("Ananya", "Chaudhary", "f"),
        ("Siddharth", "Menon", "m"), ("Divya", "Raghunathan", "f"),
    ],
    "de_AT": [
        ("Florian", "Pichler", "m"), ("Theresa", "Gruber", "f"), ("Lukas", "Hörmann", "m"),
        ("Verena", "Stöckl", "f"), ("Johannes", "Wallner", "m"), ("Magdalena", "Pölzl", "f"),
        ("Matthias", "Leitgeb", "m"), ("Katharina", "Aigner", "f"),
    ],
    "fr_CH": [
        ("Cédric", "Favre", "m"), ("Nathalie", "Rochat", "f"), ("Yannick", "Berset", "m"),
        ("Séverine", "Jaquier", "f"), ("Loïc", "Mottier", "m"), ("Aurélie", "Baudraz", "f"),
        ("Grégoire", "Chappuis", "m"), ("Mélanie", "Perrenoud", "f"),
    ],
    "es_AR": [
        ("Facundo", "Iturraspe", "m"), ("Micaela", "Gorostiaga", "f"), ("Nahuel", "Quiroga", "m"),
        ("Florencia", "Basualdo", "f"), ("Gonzalo", "Etcheverry", "m"), ("Agustina", "Maldonado",
         "f"),
        ("Matías", "Zabaleta", "m"), ("Rocío", "Benítez", "f"),
    ],
    "it_IT": [
        ("Gianluca", "Ferrandi", "m"), ("Chiara", "Lombardini", "f"), ("Davide", "Scarpellini",
         "m"),
        ("Federica", "Mancuso", "f"), ("Niccolò", "Trevisan", "m"), ("Ilaria", "Cavallaro", "f"),
        ("Stefano", "Pellegrini", "m"), ("Martina", "Zanetti", "f"),
    ],
    "pt_PT": [
        ("Tiago", "Magalhães", "m"), ("Inês", "Carvalho", "f"), ("Rui", "Figueiredo", "m"),
        ("Beatriz", "Sequeira", "f"), ("Gonçalo", "Antunes", "m"), ("Mariana", "Lobato", "f"),
        ("Duarte", "Meireles", "m"), ("Leonor", "Quintela", "f"),
    ],
    "en_GI": [
        ("Kieran", "Montegriffo", "m"), ("Stephanie", "Bossano", "f"), ("Jonathan", "Chipolina",
         "m"),
        ("Nicole", "Baglietto", "f"), ("Clive", "Azzopardi", "m"), ("Gemma", "Pitaluga", "f"),
        ("Fabian", "Danino", "m"), ("Kaylee", "Ferrary", "f"),
    ],
    "en_IM": [
        ("Juan", "Kermode", "m"), ("Aalish", "Quilliam", "f"), ("Illiam", "Cregeen", "m"),
        ("Breesha", "Kinvig", "f"), ("Orry", "Callister", "m"), ("Voirrey", "Faragher", "f"),
        ("Colby", "Kneale", "m"), ("Moirrey", "Gelling", "f"),
    ],
    "cy_GB": [
        ("Gethin", "Prydderch", "m"), ("Siân", "Llewellyn", "f"), ("Iwan", "ap Gwynfor", "m"),
        ("Ffion", "Bowen", "f"), ("Rhodri", "Tudur", "m"), ("Llinos", "Huws", "f"),
        ("Osian", "Pugh", "m"), ("Gwenllian", "Prosser", "f"),
    ],
    "lb_LU": [
        ("Jang", "Kieffer", "m"), ("Josée", "Majerus", "f"), ("Fränz", "Steichen", "m"),
        ("Tessy", "Flammang", "f"), ("Gilles", "Bettendorf", "m"), ("Mireille", "Goerens", "f"),
        ("Pol", "Zenner", "m"), ("Joëlle", "Frising", "f"),
    ],
}

# Non-members: given names and surnames per locale (tokens shared with the roster are dropped
# when the set is built, so PERSON never shares a token with a member).
GIVEN: dict[str, list[str]] = {
    "en_US": ["Bethany", "Caleb", "Tamika", "Wyatt", "Roxanne", "Dustin", "Marisol", "Garrett",
              "LaToya", "Brady", "Crystal", "Kendall", "Rhonda", "Travis", "Autumn", "Jerome"],
    "en_GB": ["Callum", "Niamh", "Gareth", "Poppy", "Fergus", "Eleanor", "Hamish", "Tamsin",
              "Lewis", "Rosalind", "Barnaby", "Kerry", "Oliver", "Bronagh", "Stuart", "Felicity"],
    "en_IN": ["Harsha", "Meenakshi", "Vikram", "Lakshmi", "Abhishek", "Nandini", "Pranav",
              "Kavya", "Rohit", "Shreya", "Tarun", "Aishwarya", "Girish", "Ishita", "Manoj"],
    "de_AT": ["Stefanie", "Bernhard", "Sabine", "Christoph", "Elisabeth", "Wolfgang", "Barbara",
              "Herbert", "Julia", "Reinhard", "Anneliese", "Dominik", "Ingrid", "Gernot"],
    "fr_CH": ["Valérie", "Thierry", "Sandrine", "Pascal", "Delphine", "Olivier", "Corinne",
              "Frédéric", "Anouk", "Raphaël", "Laetitia", "Jérôme", "Maude", "Sébastien"],
    "es_AR": ["Valentina", "Lautaro", "Camila", "Santiago", "Luciana", "Joaquín", "Milagros",
              "Ezequiel", "Brenda", "Thiago", "Julieta", "Ramiro", "Antonella", "Leandro"],
    "it_IT": ["Alessandra", "Lorenzo", "Francesca", "Matteo", "Giulia", "Riccardo", "Valeria",
              "Tommaso", "Elisa", "Andrea", "Simona", "Edoardo", "Beatrice", "Claudio"],
    "pt_PT": ["Joana", "Miguel", "Catarina", "Henrique", "Sofia", "Afonso", "Rita", "Bernardo",
              "Madalena", "Vasco", "Teresa", "Nuno", "Carolina", "Rodrigo"],
    "en_GI": ["Ernest", "Melissa", "Dylan", "Charlene", "Albert", "Jolene", "Aaron", "Kimberley",
              "Lionel", "Samantha", "Ryan", "Leanne", "Mario", "Yvette"],
    "en_IM": ["Ewan", "Ealish", "Tomás", "Caitlin", "Finlo", "Rebecca", "Conor", "Kirree",
              "Daniel", "Ellan", "Patrick", "Jessica", "Fenella", "Harry"],
    "cy_GB": ["Elin", "Dafydd", "Cerys", "Owain", "Bethan", "Aled", "Nia", "Hywel", "Sioned",
              "Geraint", "Lowri", "Emyr", "Catrin", "Tomos", "Meinir"],
    "lb_LU": ["Carole", "Patrick", "Nadine", "Claude", "Sandy", "Laurent", "Cindy", "Yves",
              "Lynn", "Sven", "Jil", "Marc", "Anne", "Romain"],
}
SURNAME: dict[str, list[str]] = {
    "en_US": ["Halvorsen", "McAllister", "Dunleavy", "Pruitt", "Castellanos", "Whitfield",
              "Ostrowski", "Kincaid", "Albrecht", "Delgado", "Ferraro", "Blankenship", "Nakamura"],
    "en_GB": ["Trowbridge", "Ashworth", "Kilbride", "Oakes", "Pemberton", "Sutcliffe", "Dunmore",
              "Lockhart", "Carmody", "Rushton", "Fenwick", "Okonjo", "Hargreaves"],
    "en_IN": ["Subramanian", "Agarwal", "Nair", "Srinivasan", "Joshi", "Banerjee", "Pillai",
              "Mukherjee", "Rao", "Ganguly", "Khanna", "Patil", "Shetty"],
    "de_AT": ["Hofbauer", "Steinwender", "Moser", "Lechner", "Brandstätter", "Eder", "Fuchs",
              "Haselsteiner", "Kogler", "Reisinger", "Wimmer", "Zauner", "Obermayr"],
    "fr_CH": ["Dubuis", "Monnier", "Gaillard", "Vuilleumier", "Cuendet", "Pasquier", "Reymond",
              "Blanchoud", "Tinguely", "Jeanneret", "Crausaz", "Bovet", "Droz"],
    "es_AR": ["Sosa", "Villalba", "Paz", "Acosta", "Ledesma", "Giménez", "Aguirre", "Cabrera",
              "Ojeda", "Peralta", "Luna", "Bustos", "Arce"],
    "it_IT": ["Galli", "Fontana", "Marchetti", "Barbieri", "Rinaldi", "Colombo", "Moretti",
              "De Luca", "Sartori", "Testa", "Brambilla", "Longo", "Ferraresi"],
    "pt_PT": ["Pereira", "Tavares", "Moura", "Fonseca", "Pinheiro", "Correia", "Barros",
              "Teixeira", "Nogueira", "Brandão", "Vieira", "Cardoso", "Simões"],
    "en_GI": ["Caruana", "Linares", "Sacramento", "Isola", "Netto", "Cortes", "Benady",
              "Vasquez", "Feetham", "Mascarenhas", "Reyes", "Hassan", "Gomez"],
    "en_IM": ["Quayle", "Corlett", "Kewley", "Christory", "Quine", "Cannell", "Clague",
              "Moore", "Skillicorn", "Teare", "Kissack", "Crellin", "Costain"],
    "cy_GB": ["Pritchard", "Parry", "Vaughan", "Rees", "Griffiths", "Howells", "Bevan",
              "Gwilym", "Rowlands", "Meredith", "Watkins", "Puw", "Jenkins"],
    "lb_LU": ["Schmit", "Wagner", "Thill", "Reuter", "Kremer", "Schroeder", "Welter", "Hansen",
              "Wirtz", "Kayser", "Lentz", "Nilles", "Theisen", "Krier"],
}

# Name particles and titles: never a fragment, written where the language writes them.
PARTICLES = {"ap", "ferch", "de", "del", "della", "di", "da", "dos", "das", "van", "von", "le",
             "la", "du", "des", "y"}
TITLES: dict[str, list[str]] = {
    "en": ["Mr", "Ms", "Mrs", "Dr", "Mx"],
    "de": ["Herr", "Frau", "Mag.", "Dr.", "DI", "Ing."],
    "fr": ["M.", "Mme", "Dr"],
    "es": ["Sr.", "Sra.", "Lic.", "Ing."],
    "it": ["Sig.", "Sig.ra", "dott.", "dott.ssa", "ing."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng.º"],
    "cy": ["Mr", "Mrs", "Ms", "Dr"],
    "lb": ["Här", "Madame", "Monsieur", "Fra"],
}
