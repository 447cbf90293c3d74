"""Name pools for the fifty-second set, typed by hand per locale.

MEMBERS: the roster (8 per locale, no particles, so no token is shared with a non-member).
PERSON_GIVEN / PERSON_SUR: non-members; the builder checks they share no token with MEMBERS.
"""

from __future__ import annotations

MEMBERS: dict[str, list[str]] = {
    "en_US": [
        "Dwayne Kowalczyk", "Marisol Eckersley", "Trevor Gunderson", "Keisha Lundgren",
        "Desmond Okonkwo", "Caitlin Dombrowski", "Jerome Pritchett", "Rhonda Halvorsen",
    ],
    "en_GB": [
        "Crispin Polglase", "Ffion Rowlands", "Emrys Higginbottom", "Tabitha Gallagher",
        "Henrietta Crabtree", "Fergus Cattermole", "Priya Chaudhry", "Idris Scattergood",
    ],
    "en_KY": [
        "Delroy Ebanks", "Shurna Bodden", "Kenrick Tibbetts", "Juliana Watler",
        "Alden Powery", "Velma Merren", "Garfield Hydes", "Tara Manderson",
    ],
    "de_DE": [
        "Jörg Schwarzkopf", "Annika Brüggemann", "Torsten Wendlandt", "Svenja Hölscher",
        "Malte Quandt", "Dörte Lichtblau", "Kemal Yıldırım", "Friederike Ostendorf",
    ],
    "de_IT": [
        "Florian Pichler", "Verena Gasser", "Lukas Oberhollenzer", "Magdalena Kofler",
        "Hannes Unterhofer", "Evi Plattner", "Manuel Zelger", "Sonja Mahlknecht",
    ],
    "fr_FR": [
        "Thibault Delaunay", "Clémence Aubertin", "Mathis Kergoat", "Solène Vidal",
        "Nadège Fontenelle", "Karim Benhaddou", "Apolline Rocheteau", "Gaëtan Verdier",
    ],
    "fr_PF": [
        "Teiki Tetuanui", "Vaimiti Teriitehau", "Heimana Tauhiro", "Poerava Maitere",
        "Manutea Bambridge", "Hinatea Wong", "Rahiti Lehartel", "Titaina Drollet",
    ],
    "es_ES": [
        "Álvaro Cifuentes", "Rocío Palomares", "Adrián Montesinos", "Nuria Valdivieso",
        "Joaquín Barrionuevo", "Inmaculada Sáez", "Rubén Escobedo", "Lucía Ferrándiz",
    ],
    "eu_ES": [
        "Iñaki Etxeberria", "Ainhoa Goikoetxea", "Unai Arrizabalaga", "Nerea Zubizarreta",
        "Gorka Urrutia", "Maialen Olabarrieta", "Jon Agirrezabala", "Itziar Larrañaga",
    ],
    "it_IT": [
        "Gianluca Ferraresi", "Federica Bassani", "Massimiliano Tedeschi", "Chiara Santangelo",
        "Lorenzo Zanotti", "Ilaria Buonocore", "Salvatore Amendola", "Beatrice Lombardini",
    ],
    "nl_NL": [
        "Joost Hoogendoorn", "Femke Hoekstra", "Sander Brinkman", "Lotte Schaafsma",
        "Thijs Verhoeven", "Anouk Kuipers", "Ruud Dijkstra", "Ilse Mulder",
    ],
    "pt_PT": [
        "Duarte Figueiredo", "Inês Sequeira", "Tiago Magalhães", "Leonor Valente",
        "Rui Carvalhal", "Matilde Quaresma", "Gonçalo Pestana", "Filipa Nogueira",
    ],
}

PERSON_GIVEN: dict[str, list[str]] = {
    "en_US": ("Garrett Amber Derek Shanice Cody Tiffani Lamar Jenna Travis Latoya Dustin Krystal "
              "Reggie Heather Jamal Courtney Colton Destiny").split(),
    "en_GB": ("Lachlan Fiona Ewan Morwenna Piers Araminta Tarquin Shona Cormac Tilly Clive "
              "Bryony Aled Jocasta Kwame Eilidh Hattie Saoirse").split(),
    "en_KY": ("Rayal Moses Mervin Dwight Sharon Lorna Kurt Winston Osbourne Marlon Deanna "
              "Carlyle Nadine Elvis Kadeem Joylene").split(),
    "de_DE": ("Jürgen Heike Dirk Sabine Lars Ute Björn Kerstin Henning Birgit Uwe Anke Volker "
              "Silke Timo Gesine Mehmet Ronja").split(),
    "de_IT": ("Andreas Martina Günther Elisabeth Matthias Petra Stefan Judith Alexander Irene "
              "Reinhold Theresia Armin Waltraud Giulia Davide").split(),
    "fr_FR": ("Léa Maxime Océane Bastien Margaux Quentin Anaïs Romain Mélanie Loïc Sandrine "
              "Benoît Élodie Cyril Audrey Jérémy Laëtitia Hugues").split(),
    "fr_PF": ("Tevai Vaea Maeva Teva Raiarii Toa Hiro Tamatea Mareva Matahi Heiarii Kahaia "
              "Ranitea Tumata Moana Vaihere").split(),
    "es_ES": ("Javier Carmen Manuel Pilar Raúl Marta Iván Cristina Alberto Yolanda Óscar "
              "Beatriz Diego Montserrat Hugo Pablo Elena Susana").split(),
    "eu_ES": ("Aitor Leire Mikel Amaia Asier Garazi Xabier Irati Ander Nahia Eneko Uxue Imanol "
              "Miren Koldo Edurne Oier Haizea").split(),
    "it_IT": ("Alessandro Francesca Matteo Giorgia Riccardo Valentina Simone Elisa Paola "
              "Emanuele Silvia Fabrizio Roberta Tommaso Vincenzo Debora Ottavio").split(),
    "nl_NL": ("Pieter Marieke Bas Sanne Wouter Lieke Jeroen Esther Koen Floor Maarten Eline "
              "Niels Roos Gijs Fenna Stijn Noor").split(),
    "pt_PT": ("João Mariana Pedro Catarina Miguel Ana Nuno Rita Sofia Bruno Joana Vasco "
              "Hélder Sara Afonso Carolina Ricardo").split(),
}

PERSON_SUR: dict[str, list[str]] = {
    "en_US": ("Hendricks Stoltzfus Brubaker Arredondo Washburn Pettigrew Yoder Kaczmarek "
              "Boudreaux Nakamura Wexler Greenlee Hatcher Szymanski Ruckert Birdsong "
              "Adeyemi Kettering").split(),
    "en_GB": ("Featherstonehaugh Cartwright Ormerod Oduya Prothero Merriweather Pennington "
              "Lumb Satterthwaite Illingworth Osei MacLeod Penrose Gosling Ainsworth "
              "Whitlock Wigglesworth Rafferty").split(),
    "en_KY": ("McLaughlin Connolly Rivers Yates Whittaker Foster Solomon Seymour Chisholm "
              "McCoy Anglin Myles Dixon Bothwell Hurlston Arch").split(),
    "de_DE": ("Lehmkuhl Strüver Brandenburger Mittelstädt Ziegenhagen Rohwedder Pfannkuch "
              "Dreyer Kassner Oelschläger Habicht Wiechmann Sauerbrey Kuhlmann Thieme "
              "Grabowski Eckhoff Pohlmann").split(),
    "de_IT": ("Gruber Thaler Innerhofer Egger Tschurtschenthaler Obexer Pircher Rainer Stuefer "
              "Niederkofler Kerschbaumer Pfeifer Messner Rabensteiner Bernardi Zanella").split(),
    "fr_FR": ("Lefebvre Gauthier Moreau Chevallier Rousseau Perrin Brossard Lemaire Carpentier "
              "Tessier Guillot Boulanger Mercier Fabre Besnard Pelletier Courtois").split(),
    "fr_PF": ("Temauri Tehaamoana Tuheiava Teriierooiterai Tauira Tepa Amaru Brotherson "
              "Sanford Vernaudon Chan Tehiva Faatauira Raapoto Teihotu").split(),
    "es_ES": ("Gutiérrez Navarro Domínguez Castaño Villalobos Benítez Quintana Redondo Pacheco "
              "Zamora Bermúdez Ortega Lozano Manzano Herrero Calvo Soriano Peñalver").split(),
    "eu_ES": ("Aranburu Elizondo Mendizabal Uriarte Garmendia Zabaleta Agirre Lasa Iturbe "
              "Altuna Gabilondo Ibarguren Beitia Arregi Azpiazu Elorza Sarasola").split(),
    "it_IT": ("Esposito Ricci Marchetti Galli Fontana Caruso Mancini Barbieri Greco Moretti "
              "Conti Rinaldi Ferri Pellegrini Cattaneo Vitale").split(),
    "nl_NL": ("Visser Smit Meijer Bos Vos Peters Hendriks Dekker Brouwer Dijkman Prins "
              "Huisman Jansen Wolters Timmermans").split(),
    "pt_PT": ("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
              "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Teixeira").split(),
}

# surnames written with a particle: the particle is part of the value, never a fragment
PARTICLE_SUR: dict[str, list[str]] = {
    "nl_NL": ["de Graaf", "van den Berg", "de Boer", "van Leeuwen", "de Wit", "van Beek",
              "ter Horst", "van der Linden"],
    "fr_FR": ["de Villiers", "Le Bihan", "du Plessis"],
    "it_IT": ["De Santis", "Di Lorenzo", "Dalla Valle"],
    "pt_PT": ["dos Reis", "da Cunha", "de Matos"],
    "es_ES": ["de la Fuente", "del Olmo"],
}
PARTICLES = {"de", "van", "den", "der", "ter", "le", "du", "di", "dalla", "dos", "da", "la",
             "del"}

TITLES: dict[str, list[str]] = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Capt.", "Mr."],
    "de": ["Herr", "Frau", "Dr.", "Kapitän", "Herrn"],
    "fr": ["M.", "Mme", "Monsieur", "Madame", "le commandant"],
    "es": ["Sr.", "Sra.", "don", "doña", "el comandante"],
    "eu": ["Sr.", "Sra.", "Jn.", "And."],
    "it": ["Sig.", "Sig.ra", "dott.", "il comandante", "la dott.ssa"],
    "nl": ["dhr.", "mevr.", "meneer", "mevrouw"],
    "pt": ["Sr.", "Sra.", "Dr.", "o comandante", "a Dra."],
}
