"""Per-locale pools for the nineteenth set: names, streets, towns, domains, companies.

Written by hand from knowledge of each country's naming and postal habits.
"""

from __future__ import annotations

PARTICLES = {
    "van",
    "den",
    "der",
    "de",
    "la",
    "le",
    "von",
    "di",
    "del",
    "da",
    "du",
    "des",
    "dos",
    "y",
    "zu",
}

# given names (mixed origins found in each country), surnames (incl. particles, compounds,
# names that are also common words)
NAMES = {
    "en_US": (
        "Madison Tyler Jamal Keisha Carlos Mei Priya Dmitri Hope Grant Brooke Wesley "
        "Savannah Malik Hunter Noor Tanisha Bryce Luz Cody".split(),
        "Washington Nguyen Okafor Rosenberg Baker Delgado Whitfield Kowalski Park Bishop "
        "O'Connell Hartley Ramirez-Cole Fitzgerald Young Lindqvist Mason Banerjee "
        "Castellano Hayes".split(),
    ),
    "en_GB": (
        "Siobhan Rhys Aled Harriet Callum Aisha Oliver Imogen Ravi Fergus Bethan Hamza "
        "Poppy Declan Niamh Tobias Saoirse Kwame Amelia Euan".split(),
        "Pritchard Ahmed Llewellyn Thorne Fairweather McAllister Okonkwo Heald Gallagher Sharma "
        "Whitmore Rowntree Ashworth Baxter Iqbal Penhaligon Moss Ellison Brook Carver".split(),
    ),
    "de_DE": (
        "Jannik Friederike Mehmet Svenja Lukas Ayşe Henrik Mareike Konstantin Leonie Björn "
        "Anneliese Dariusz Wiebke Till Elif Jörg Hannelore Sinan Merle".split(),
        "Schröder Brandt Yılmaz Vogel Hoffmann Kaczmarek Zimmermann Lehmann Fuchs Becker-Ohlsen "
        "Koch Winkler Nowak Petersen Engel Krause Scholz Wagner Kühn Özdemir".split(),
    ),
    "de_CH": (
        "Reto Ursina Beat Mirjam Urs Seraina Gian Corinne Flurin Nadja Luca Bettina Sandro "
        "Rahel Florim Noemi Matthias Chiara Dragan Simone".split(),
        "Brunner Gerber Zürcher Baumgartner Bühler Caduff Rüegg Meier Frei Hasler Keller "
        "Berisha Ammann Widmer Schnyder Lüthi Graf Bernasconi Tschudi Moser".split(),
    ),
    "fr_FR": (
        "Mathilde Yannick Soizic Karim Amandine Thibault Nadia Gwenaëlle Rémi Inès Baptiste "
        "Océane Mamadou Clémence Loïc Sabrina Aurélien Ludivine Farid Solène".split(),
        "Lefèvre Rousseau Benali Le_Goff Fontaine Mercier Chevalier Diallo Lemaire Garnier "
        "Boucher Roux Faure Perrin Marchand Nguyen-Thi Leclerc Barbier Renard Colin".split(),
    ),
    "fr_BE": (
        "Maxime Aurore Quentin Laetitia Grégory Élodie Cédric Manon Youssef Fanny Jérôme "
        "Delphine Arnaud Salomé Kevin Céline Nicolas Yasmina Benoît Justine".split(),
        "Dubois Lambert Dupont Wauters Leroy Lejeune Mertens Renard Jacquet Lecocq Gilson "
        "Dethier Hermans El_Amrani Bastin Collignon Lemaire Jadot Piette Goffin".split(),
    ),
    "nl_BE": (
        "Pieter Lotte Wout Annelies Jens Griet Bram Eline Koen Sofie Stijn Fien Ruben Hanne "
        "Dries Lien Arne Nele Yassine Marieke".split(),
        "Peeters Janssens Maes De_Smet Claes Vermeulen Van_Damme Goossens Wouters De_Backer "
        "Verstraeten Mertens Willems Desmet Vos Van_den_Broeck Hendrickx Aerts Coppens "
        "Bouzidi".split(),
    ),
    "es_ES": (
        "Alejandro Nerea Iker Ainhoa Jordi Montserrat Álvaro Rocío Xabier Lucía Sergio Pilar "
        "Íñigo Macarena Óscar Amaia Rubén Consuelo Mohamed Itziar".split(),
        "García-Lorca Fernández Etxeberria Puig Romero Navarro Blanco Pastor Iglesias Castro "
        "Vidal Serrano Moreno Gallego Ruiz Ortega Aguirre Soler Cano Molina".split(),
    ),
    "it_IT": (
        "Giulia Lorenzo Chiara Matteo Federica Alessandro Martina Davide Ilaria Tommaso Serena "
        "Niccolò Beatrice Gianluca Valentina Salvatore Elisa Andrea Francesca Emanuele".split(),
        "Bianchi Esposito Ferraro Colombo D'Angelo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana".split(),
    ),
    "hu_HU": (
        "Zsófia Bence Réka Ádám Eszter Gergely Dóra Levente Anikó Márton Boglárka Csaba "
        "Krisztina Zoltán Nóra Péter Tünde Balázs Orsolya Attila".split(),
        "Kovács Szabó Horváth Tóth Varga Fekete Molnár Németh Farkas Balogh Papp Takács "
        "Juhász Lakatos Mészáros Oláh Simon Rácz Fodor Szűcs".split(),
    ),
    "hr_HR": (
        "Ivana Luka Marija Josip Petra Ante Katarina Mateo Lucija Tomislav Maja Dario Ana "
        "Krešimir Nikolina Goran Tena Hrvoje Mirela Domagoj".split(),
        "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Zec Pavlović Šarić "
        "Božić Perić Matić Lovrić Grgić Radić Vuk Tomić Blažević".split(),
    ),
    "sl_SI": (
        "Nina Žiga Tjaša Matevž Urška Rok Špela Jure Maša Gašper Barbara Anže Katja Luka "
        "Nika Blaž Tina Aljaž Petra Primož".split(),
        "Novak Horvat Krajnc Zupančič Kovačič Potočnik Mlakar Kos Vidmar Golob Turk Kralj "
        "Zajc Bizjak Hribar Korošec Rozman Kastelic Oblak Žagar".split(),
    ),
}
NAMES = {k: (g, [x.replace("_", " ") for x in s]) for k, (g, s) in NAMES.items()}

MAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "brightpath.io"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.co.uk", "hotmail.co.uk", "northwise.co.uk"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "proton.me"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "fr_BE": ["skynet.be", "gmail.com", "voo.be", "outlook.be", "proximus.be"],
    "nl_BE": ["telenet.be", "gmail.com", "hotmail.be", "scarlet.be", "outlook.com"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "hu_HU": ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu", "vipmail.hu"],
    "hr_HR": ["gmail.com", "net.hr", "t-com.hr", "inet.hr", "yahoo.com"],
    "sl_SI": ["gmail.com", "siol.net", "t-2.net", "amis.net", "guest.arnes.si"],
}

# companies and landmarks named after people: look-alikes that must survive
EPONYMS = {
    "en_US": [
        "Johnson & Johnson",
        "Ford Foundation",
        "Hewlett Packard Enterprise",
        "Carnegie Hall",
        "Walt Disney World",
    ],
    "en_GB": [
        "Sainsbury's",
        "Rolls-Royce",
        "Marks & Spencer",
        "Royal Albert Hall",
        "Wellcome Trust",
    ],
    "de_DE": [
        "Robert Bosch GmbH",
        "Fraunhofer-Institut",
        "Max-Planck-Gesellschaft",
        "Carl Zeiss",
        "Porsche",
    ],
    "de_CH": ["Lindt & Sprüngli", "Nestlé", "Hilti", "Victorinox", "Dürrenmatt-Zentrum"],
    "fr_FR": ["Institut Pasteur", "Hermès", "Peugeot", "Michelin", "Centre Pompidou"],
    "fr_BE": ["Solvay", "Delhaize", "Palais Stoclet", "Musée Magritte", "Godiva"],
    "nl_BE": ["Colruyt", "Lotus Biscoff", "Rubenshuis", "Van de Velde", "Plantin-Moretus"],
    "es_ES": [
        "Museo Reina Sofía",
        "Fundación Joan Miró",
        "Zara",
        "Estadio Santiago Bernabéu",
        "Loewe",
    ],
    "it_IT": ["Ferrero", "Barilla", "Politecnico Leonardo da Vinci", "Lavazza", "Ferragamo"],
    "hu_HU": [
        "Zwack Unicum",
        "Richter Gedeon",
        "Petőfi Irodalmi Múzeum",
        "Ganz Művek",
        "Liszt Ferenc Repülőtér",
    ],
    "hr_HR": [
        "Podravka Vegeta",
        "Zračna luka Franjo Tuđman",
        "Tehnički muzej Nikola Tesla",
        "Kraš",
        "Rimac Automobili",
    ],
    "sl_SI": ["Prešernova nagrada", "Plečnikova hiša", "Krka", "Gorenje", "Cankarjev dom"],
}

PHONE_REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "de_DE": "DE",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "nl_BE": "BE",
    "es_ES": "ES",
    "it_IT": "IT",
    "hu_HU": "HU",
    "hr_HR": "HR",
    "sl_SI": "SI",
}

LANG = {
    "en_US": "en",
    "en_GB": "en",
    "de_DE": "de",
    "de_CH": "de",
    "fr_FR": "fr",
    "fr_BE": "fr",
    "nl_BE": "nl",
    "es_ES": "es",
    "it_IT": "it",
    "hu_HU": "hu",
    "hr_HR": "hr",
    "sl_SI": "sl",
}

TITLES = {
    "en": ["Dr.", "Prof.", "Ms", "Mr"],
    "de": ["Frau", "Herr", "Dr.", "Prof."],
    "fr": ["Mme", "M.", "Dr", "Maître"],
    "nl": ["mevrouw", "meneer", "dr.", "prof."],
    "es": ["Sra.", "Sr.", "Dra.", "Dr."],
    "it": ["dott.ssa", "dott.", "ing.", "prof."],
    "hu": ["dr.", "Dr."],
    "hr": ["dr.", "prof."],
    "sl": ["dr.", "ga.", "g."],
}
