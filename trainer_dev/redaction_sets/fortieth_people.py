"""Name pools and rosters of the fortieth set, written by hand for this set.

Given names: "F" female, "M" male (space-separated); surnames "S" with "_" for an inner space
(particles and compounds); roster members "Given|Surname", women at even places and men at odd
ones (member titles follow that). PERSON pools are filtered against every roster token of every
locale (``person_pools``).
"""

from __future__ import annotations

from functools import cache

NAMES = {
    "en_US": {
        "F": "Ashley Brittany Jasmine Kayla Destiny Heather Crystal Amber Tiffany Shanice Latoya "
             "Megan Courtney Savannah Paige Whitney Autumn Dakota Rachel Lindsey Maribel Joy",
        "M": "Tyler Cody Brandon Dustin Marquis DeShawn Travis Garrett Hunter Wyatt Colton Chase "
             "Jamal Darnell Kyle Logan Mason Trent Earl Buck Rusty Jesse",
        "S": "Baker Hunter Young Miles Reyes Nguyen Kowalski Jefferson Fletcher Sullivan "
             "McAllister Booker Rhodes Whitaker Goldberg Pruitt Castillo Hale Gaines Patel "
             "Underwood Boone Stone Rivers Carver Dawson Ochoa Haskins Pembroke Lindqvist "
             "Van_Buren St._Clair Mancuso Tillman Holloway Armstrong Begay Yazzie Winters "
             "Kimura Polanski Brooks",
        "R": ["Madison|Clarke", "Tyrone|Washington", "Rosa|Delgado-Ruiz", "Dwayne|Hollister",
              "Brooke|Summers", "Cole|Bradshaw", "Kendra|Marsh", "Dale|Kessler"],
    },
    "en_GB": {
        "F": "Siobhan Gemma Kerry Leanne Nicola Harriet Imogen Poppy Saoirse Bethan Rhiannon "
             "Aisling Tamsin Nia Priya Shona Fiona Kirsty Lorna Hazel Ivy Carys",
        "M": "Gareth Rhys Callum Declan Alistair Fergus Hamish Ciaran Ravi Dylan Owen Tristan "
             "Wilf Rory Niall Euan Barnaby Ollie Kofi Jed Alfie Dev",
        "S": "Pritchard Featherstone Ramsbottom Aitken Wetherby Cholmondeley Llewellyn Ap_Rhys "
             "MacLeod McGregor Sutcliffe Thwaite Ogunleye Chaudhry Begum Higginbotham Trotter "
             "Nightingale Fairweather Parish Bishop Rook Cooper Wainwright Grieve Dunbar "
             "Haworth Penhaligon Trelawney Quigley Gallagher Doherty Kaur Sandhu Okafor Bell "
             "Lamb Bird Brewer Ashdown Finch Pennington Hargreaves",
        "R": ["Eleanor|Whitcombe", "Angus|Fraser-Mackie", "Nadia|Rahman", "Tobias|Penrose",
              "Megan|Bowen", "Lewis|Moss", "Aoife|O'Sullivan", "Jasper|Hart"],
    },
    "de_AT": {
        "F": "Theresia Katharina Magdalena Johanna Verena Stefanie Barbara Elisabeth Ursula "
             "Hannelore Gerlinde Ingrid Martina Sabine Lena Leonie Valentina Christa Rosi "
             "Waltraud Brigitte Anneliese",
        "M": "Florian Matthias Lukas Andreas Wolfgang Gernot Reinhard Herbert Josef Alois Ernst "
             "Leopold Ferdinand Dominik Bernhard Klemens Raimund Georg Sepp Wenzel Vinzenz Kurt",
        "S": "Gruber Huber Bauer Wagner Pichler Moser Steiner Hofer Leitner Eder Mayrhofer "
             "Schwarzenegger Edlinger Fuchs Wolf Brandstätter Aigner Haas Lechner Schwaiger "
             "Unterberger Oberhauser Zöchling Pfeiffer Gschwandtner Kreuzer Lindner Traxler "
             "Prohaska Nowotny Dvořák Schönberger Winkler Strasser Wallner Riegler Fischer "
             "Weiß Grill Kaiser Ebner Sommer",
        "R": ["Anna-Lena|Hinterberger", "Maximilian|von Thurn", "Sophie|Krenn", "Jakob|Fröhlich",
              "Marlene|Ertl", "Tobias|Zauner", "Hanna|Stöger-Rauch", "Michael|Pölzl"],
    },
    "fr_FR": {
        "F": "Camille Manon Océane Clémence Margaux Élodie Aurélie Solène Maëlle Gwenaëlle "
             "Brigitte Sylvie Nathalie Christelle Inès Yasmine Chloé Pauline Bérénice Agathe "
             "Rose Violette",
        "M": "Théo Mathis Quentin Baptiste Maxime Grégoire Benoît Hervé Thierry Didier Yannick "
             "Loïc Gaël Mehdi Karim Jérémy Romain Sébastien Anatole Aurélien Martin Blaise",
        "S": "Lefebvre Girard Mercier Fontaine Chevalier Rousseau Bonnet Lambert Dupuis Marchand "
             "Lemoine Fournier Gauthier Perrin Barbier Leclerc Morel Boucher Carpentier "
             "Deschamps Lacroix Benali Nguyen Da_Silva de_La_Fontaine d'Arcy Le_Goff Le_Bihan "
             "Kerjean Meunier Boulanger Fabre Roux Faure Blanc Petit Lebrun Garnier Masson "
             "Renard Poirier Collin",
        "R": ["Juliette|Marchetti", "Antoine|Beaumont", "Lucie|Vasseur", "Hugo|Delacroix",
              "Amandine|Le Floch", "Nicolas|Sainte-Marie", "Léa|Hamidi", "Olivier|Bouchard"],
    },
    "es_MX": {
        "F": "Guadalupe Ximena Itzel Citlali Fernanda Mariana Alejandra Yolanda Araceli "
             "Socorro Dolores Paloma Esperanza Luz Araceli Marisol Rocío Nayeli Daniela "
             "Abril Azucena Consuelo Yesenia",
        "M": "Juan_Pablo Alejandro Rodrigo Emiliano Santiago Ulises Cuauhtémoc Efraín Rigoberto "
             "Armando Jesús Ángel Octavio Baltazar Heriberto Joaquín Leonel Gerardo Fausto "
             "Salvador Eduardo Isidro",
        "S": "Hernández García Martínez López González Pérez Sánchez Ramírez Flores Cruz "
             "Ortega Vázquez Jiménez Moreno Romero Gutiérrez Mendoza Aguilar Castañeda Villalobos "
             "Zamora Cervantes Tapia Juárez Espinoza Salazar Orozco Velázquez de_la_Garza "
             "del_Toro Ibarra Quintero Huerta Ochoa Xicoténcatl Tzompantzi Lobo Paz Palma "
             "Sierra Rosales Cortés",
        "R": ["Valeria|Montiel", "Diego|Arriaga", "Sofía|Benavides", "Mauricio|Treviño",
              "Renata|de los Santos", "Iván|Solís", "Karla|Medina-Uribe", "Héctor|Galván"],
    },
    "nl_BE": {
        "F": "Lieve Griet Katrien Annelies Elke Sofie Veerle Hilde Marijke Inge Fien Lotte "
             "Femke Jolien Nele Ilse Bieke Leen Ine Kaat Margot Roos",
        "M": "Pieter Jeroen Wouter Koen Bart Stijn Joris Dries Sander Tijs Jelle Geert Wim "
             "Rik Lode Brecht Toon Jef Seppe Warre Mathias Kasper",
        "S": "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet "
             "Vermeulen Van_den_Bossche Van_de_Velde De_Clercq Vandenbroucke Verstraete "
             "Declercq Desmet Lambrechts Verhoeven Claeys Hermans Van_Damme Dewulf Vanhove "
             "De_Backer Cools Smets Coppens Baert Verbeke D'hondt Deprez Vos De_Wolf Pauwels "
             "Michiels Vandamme Aerts Bosmans Engels Lenaerts",
        "R": ["Eline|Van Acker", "Thomas|Vercammen", "Lore|Dierickx", "Arne|Vanderstraeten",
              "Hanne|Wuyts", "Robbe|De Meyer", "Silke|Segers", "Jonas|Timmermans"],
    },
    "it_IT": {
        "F": "Giulia Chiara Francesca Alessia Martina Federica Ilaria Valentina Beatrice "
             "Lucrezia Rosalia Concetta Assunta Graziella Ornella Benedetta Serena Gioia "
             "Viola Marisa Donatella Letizia",
        "M": "Alessandro Lorenzo Matteo Tommaso Gianluca Pierpaolo Salvatore Gennaro Vincenzo "
             "Carmine Raffaele Ottavio Fabrizio Emanuele Giacomo Leonardo Ruggero Amedeo "
             "Massimo Fortunato Sandro Dario",
        "S": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
             "Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri "
             "Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo "
             "D'Angelo Di_Stefano Lo_Bianco La_Rosa Dell'Acqua Sorrentino Cattaneo Pellegrini "
             "Benedetti Fiore Serra Sartori Guerra",
        "R": ["Elisa|Montanari", "Davide|Bellandi", "Sara|Quaranta", "Nicola|De Santis",
              "Arianna|Zanetti", "Stefano|Cappelletti", "Noemi|Gualtieri", "Marco|Parisi"],
    },
    "pt_PT": {
        "F": "Beatriz Inês Matilde Leonor Mariana Carolina Constança Graça Fátima Conceição "
             "Lurdes Rosário Filipa Joana Raquel Sónia Teresa Madalena Margarida Luz Aurora "
             "Benedita",
        "M": "João Tiago Duarte Gonçalo Rodrigo Afonso Rui Nuno Vasco Bernardo Diogo "
             "Sebastião Fernando Jorge Henrique Artur Filipe Simão Tomás Lourenço Martim "
             "Gaspar",
        "S": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa "
             "Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho "
             "Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha "
             "Coelho Cunha Figueiredo Magalhães dos_Santos da_Costa Sá_Carneiro Brito Pires "
             "Lobo Mota Barros Antunes Tavares Guerreiro",
        "R": ["Catarina|Azevedo", "Miguel|Pacheco", "Rita|Quaresma", "André|Vasconcelos",
              "Sofia|Dias da Cunha", "Pedro|Baptista", "Marta|Loureiro", "Ricardo|Esteves"],
    },
    "sv_SE": {
        "F": "Astrid Ingrid Sigrid Linnea Elsa Maja Wilma Ebba Saga Frida Ylva Birgitta "
             "Agneta Gunilla Margareta Karin Malin Sanna Tove Hedvig Signe Vera",
        "M": "Oskar Gustav Nils Axel Henrik Sven Björn Göran Mats Ulf Magnus Pontus Hampus "
             "Viggo Sixten Torbjörn Leif Anders Ola Stig Bo Per",
        "S": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
             "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Lindberg Lindström "
             "Bergström Sjöberg Åberg Holm Ekström Lundqvist Nyström Sundberg Hedlund Björk "
             "Strand Falk Berg Lind Dahl Wallin Engström Forsberg Åkesson Blom Rask Sjögren "
             "Hellström Nord Fors",
        "R": ["Elin|Wikström", "Johan|Lundgren", "Klara|Sandberg", "Erik|af Klinteberg",
              "Moa|Östlund", "Filip|Ekholm", "Alva|Norén", "Viktor|Hägglund"],
    },
    "es_EC": {
        "F": "Gabriela Verónica Maritza Jessenia Lorena Paola Katherine Johanna Mayra Nube "
             "Sisa Killa Rosario Piedad Mercedes Cumandá Tamia Jhoanna Dayana Nathaly Blanca "
             "Estrella",
        "M": "Byron Fausto Wilson Klever Édison Holger Segundo Galo Washington Jhonny Darwin "
             "Stalin Patricio Marcelo Fabián Xavier Inti Yupanqui Rumiñahui Lenín Germán Vinicio",
        "S": "Guamán Quishpe Chicaiza Tipán Cevallos Andrade Zambrano Mera Intriago Vera "
             "Cedeño Macías Alvarado Bravo Paredes Córdova Villacís Proaño Yépez Egas Játiva "
             "Salvador Calderón León Cabrera Pesántez Ordóñez Espinosa Tenesaca Sarango "
             "Pilataxi Caiza Guerrero Sotomayor Pazmiño Naranjo Moncayo Endara de_la_Torre "
             "Loor Chiriboga Pinargote",
        "R": ["Daniela|Carrión", "Andrés|Saltos", "María José|Viteri", "Carlos|Benítez-Aguirre",
              "Lucía|Ayala", "Sebastián|Coronel", "Pamela|Rivadeneira", "Javier|Zurita"],
    },
    "fr_GA": {
        "F": "Aïcha Clarisse Prisca Nadège Edwige Pulchérie Ghislaine Murielle Liliane Sylvie "
             "Euphrasie Léontine Ornella Chimène Grâce Espérance Rosine Berthe Yolande "
             "Bénédicte Nadia Félicité",
        "M": "Landry Ghislain Serge Aristide Brice Hervé Rodrigue Blaise Parfait Fidèle "
             "Désiré Wilfried Thierry Arnaud Guy-Roger Rufin Dieudonné Anicet Saturnin "
             "Christian Patrick Junior",
        "S": "Mba Ndong Obiang Nzé Ondo Ella Essono Ovono Mintsa Bekale Nguema Engonga "
             "Moussavou Mouketou Boussougou Mabika Koumba Mboumba Ibinga Mapangou Nzamba "
             "Ntoutoume Ekomi Mouloungui Ngoma Biyoghe Okouyi Ossa Mengue Allogo Nzouba "
             "Pambo Moukagni Ndjimbi Makaya Ogandaga Mbadinga Oyane Eyeghe Abessolo Mbina "
             "Akendengué Nzeng Mebiame Moussounda",
        "R": ["Estelle|Mboumba-Nziengui", "Cédric|Obame", "Laure|Ondo Mintsa", "Joël|Mavoungou",
              "Sandrine|Ekoga", "Franck|Nzigou", "Mireille|Bouanga", "Steeve|Ella Ekogha"],
    },
    "en_LR": {
        "F": "Comfort Patience Precious Hawa Musu Fatu Kebbeh Yassah Oretha Satta Miatta "
             "Korpo Yatta Mercy Blessing Princess Garmai Weade Massa Decontee Esther Sia",
        "M": "Momo Varney Boakai Tamba Sumo Flomo Kollie Jallah Sekou Mohammed Emmanuel Prince "
             "Augustine Saah Siaffa Kpehe Gbessay Armah Jusu Joseph Nathaniel Dweh",
        "S": "Kollie Flomo Kamara Sirleaf Tolbert Weah Doe Cooper Barclay Dennis Johnson "
             "Freeman Tubman Massaquoi Kromah Konneh Dolo Gono Karnga Toe Zogbaye Gbowee "
             "Kpoto Nyumah Sackor Tarpeh Wleh Saygbe Quaye Kiawu Zinnah Gbarbea Harris Sherman "
             "Howard Jlateh Kamara-Dukuly Wesseh Wolo Yarkpawolo Pewee Nimely Gbayan",
        "R": ["Beatrice|Kpadeh", "Samuel|Gbanyan", "Ruth|Tarr", "Abraham|Nagbe",
              "Josephine|Sumo-Kerkula", "Isaac|Dunbar", "Lovetta|Kesselly",
              "George|Sirleaf-Davies"],
    },
}

PARTICLES = {"van", "den", "der", "de", "von", "da", "di", "do", "dos", "das", "del", "della",
             "la", "le", "du", "des", "af", "los", "las", "ap", "st.", "y", "e", "d'", "lo",
             "dell'"}


def name_tokens(name: str) -> list[str]:
    """Name tokens without particles, titles or initials (split on space and hyphen)."""
    out = []
    for part in name.replace("-", " ").split():
        low = part.lower()
        if low in PARTICLES or (len(part) == 2 and part.endswith(".")):
            continue
        for pre in ("d'", "dell'"):
            if low.startswith(pre) and len(low) > len(pre) + 2 and low not in ("d'hondt",):
                part = part[len(pre):]
        out.append(part)
    return out


def roster(locale: str) -> list[tuple[str, str]]:
    return [tuple(r.split("|")) for r in NAMES[locale]["R"]]


@cache
def roster_tokens() -> frozenset:
    from trainer_dev.redaction_sets.fortieth import norm

    toks = []
    for loc in NAMES:
        for given, surname in roster(loc):
            toks += [norm(t) for t in name_tokens(given) + name_tokens(surname)]
    return frozenset(toks)


@cache
def person_pools(locale: str) -> tuple[list[str], list[str], list[str]]:
    """(female given, male given, surnames) with every roster token removed, in written order."""
    from trainer_dev.redaction_sets.fortieth import norm

    bad = roster_tokens()

    def keep(name: str) -> bool:
        return not any(norm(t) in bad for t in name_tokens(name))

    data = NAMES[locale]
    fem = [n.replace("_", " ") for n in data["F"].split()]
    mal = [n.replace("_", " ") for n in data["M"].split()]
    sur = [n.replace("_", " ") for n in data["S"].split()]
    dedup = lambda xs: list(dict.fromkeys(x for x in xs if keep(x)))  # noqa: E731
    return dedup(fem), dedup(mal), dedup(sur)
