"""Name pools for the twentyeighth set, written by hand per country.

Pools mix the origins really found in each country (including names that
are also ordinary words, compound and particle surnames, accents).
"_" joins multi-word given names or surnames.  The roster takes 8 given
names and 8 surnames per locale; PERSON values are drawn only from the
tokens the roster did not use, so no token is shared.
"""

from __future__ import annotations

PARTICLES = {
    "van",
    "den",
    "der",
    "de",
    "da",
    "dos",
    "das",
    "do",
    "del",
    "la",
    "le",
    "von",
    "zu",
    "ter",
    "ten",
    "di",
    "du",
    "des",
    "y",
    "bin",
    "el",
    "ould",
    "'t",
    "in",
}

TITLES = {
    "en": ["Mr.", "Ms.", "Dr.", "Mrs."],
    "en_IN": ["Mr.", "Ms.", "Dr.", "Shri", "Smt."],
    "de": ["Herr", "Frau", "Dr.", "Frau Dr."],
    "fr": ["M.", "Mme", "Me", "Dr"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "nl": ["meneer", "mevrouw", "dhr.", "mevr."],
    "es": ["Sr.", "Sra.", "Lic.", "Ing.", "Dra."],
}

NAMES = {
    "en_US": (
        "Madison Tyler Hunter Grace Hope Bill Mark Jasmine Carlos Keisha DeShawn Priya "
        "Brooke Wyatt Autumn Dakota Marisol Trevor Jenna Malik Chloe Rusty Summer Victor "
        "Connor Leticia Duane Skyler",
        "Baker Young Long Whitfield Nguyen Okafor Ramirez Kowalski Brooks Hart Delgado "
        "Sullivan Washington Fischer O'Neill Castillo Pruitt Holloway Kim McAllister "
        "Booker Larkin Patel Stone Freeman Underwood",
    ),
    "en_IN": (
        "Priyanka Rahul Anand Lakshmi Karthik Deepa Arjun Sneha Vikram Pooja Imran "
        "Fatima Harpreet Gurleen Suresh Kavya Rohan Meenakshi Joseph Asha Nikhil Divya "
        "Aditi Sanjay Farhan Shalini Mohan Ritu",
        "Sharma Iyer Reddy Nair Banerjee Gupta Khan Singh Menon Kulkarni Desai Chatterjee "
        "D'Souza Pillai Agarwal Joshi Rao Bhattacharya Shetty Qureshi Mehta Krishnan "
        "Chauhan Fernandes Sengupta Malhotra",
    ),
    "de_DE": (
        "Lukas Hannah Jonas Leonie Felix Marie Tobias Katharina Mehmet Ayşe Jan Sophie "
        "Florian Anja Björn Ewa Konstantin Lena Dieter Ursula Emre Jürgen Frieda Malte "
        "Nils Svenja Piotr Heike",
        "Müller Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf Yılmaz "
        "Kaya von_der_Heyde Braun Zimmermann Krüger Hartmann Lange Schmitt Nowak "
        "Vogel Engel Winter Sommer Brandt Kuhn",
    ),
    "fr_FR": (
        "Camille Léa Théo Manon Hugo Chloé Julien Inès Mathieu Sandrine Karim Yasmine "
        "Benoît Aurélie Rose Pascal Margaux Thibault Nadia Océane Loïc Élodie Olivier "
        "Sylvie Mehdi Gaëlle Baptiste Solène",
        "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Rousseau Bonnet Mercier "
        "Lambert Fontaine Chevalier Benali Nguyen de_La_Rochefoucauld Boucher Blanc "
        "Meunier Perrin Faure Garnier Haddad Leclerc Marchand Roussel",
    ),
    "pt_BR": (
        "Ana_Paula João_Pedro Mariana Thiago Larissa Rafael Beatriz Gustavo Camila Lucas "
        "Fernanda Matheus Juliana Diego Aline Vinícius Letícia Bruno Tatiane Renato "
        "Jéssica Caio Daiane Wellington Luana Edson Raíssa Otávio",
        "da_Silva dos_Santos Oliveira Souza Ferreira Pereira Almeida Carvalho Rodrigues "
        "Nascimento Lima Araújo Ribeiro Gomes Barbosa Rocha Cavalcanti Monteiro Moreira "
        "Teixeira Nogueira Tanaka Albuquerque Cardoso Freitas Batista",
    ),
    "nl_NL": (
        "Daan Sanne Bram Lotte Thijs Femke Jeroen Anouk Sem Eva Mohamed Fatma Joost "
        "Marieke Ruben Ilse Koen Noor Sven Esther Stijn Fleur Wouter Lieke Hamza Roos "
        "Pieter Iris",
        "de_Vries van_den_Berg Jansen Bakker Visser Smit Meijer de_Boer Mulder "
        "de_Groot Bos Vos Peters Hendriks van_Dijk Dekker Brouwer de_Wit Kok Postma "
        "van_der_Linden Boukhari Veenstra Kuipers Yildiz Schouten",
    ),
    "fr_SN": (
        "Mamadou Awa Cheikh Fatou Ousmane Aminata Ibrahima Khady Moussa Ndèye Abdoulaye "
        "Mariama Serigne Coumba Babacar Astou Modou Dieynaba Pape Rokhaya Lamine Binta "
        "Alioune Sokhna Boubacar Adja Souleymane Seynabou",
        "Diop Ndiaye Fall Sow Diallo Gueye Sy Ba Mbaye Faye Sarr Cissé Kane Thiam Diouf "
        "Seck Ndoye Camara Wade Niang Sène Touré Dieng Mendy Gomis Lô",
    ),
    "en_UG": (
        "Brian Patience Ivan Prossy Moses Shamim Godfrey Sharifah Ronald Brenda Isaac "
        "Winnie Denis Gloria Emmanuel Agnes Hakim Juliet Allan Faith Rashid Immaculate "
        "Collins Precious Joel Annet Kenneth Mercy",
        "Okello Nakato Ssempala Namubiru Mugisha Atim Kato Nansubuga Opio Tumusiime "
        "Byaruhanga Nabirye Lubega Akello Mukasa Nalwoga Ochieng Kyomuhendo Wasswa "
        "Namutebi Ssekandi Acen Muwonge Kiggundu Asiimwe Nankya",
    ),
    "es_PY": (
        "Rodrigo Lourdes Ever Liz Osvaldo Mirna Derlis Fátima Nelson Araceli Hugo "
        "Perla Gustavo Rossana César Nilda Ángel Rocío Blas Belén Hernán Zuni Richard "
        "Celeste Aníbal Gladys Fabián Tania",
        "Benítez González Ayala Villalba Giménez Báez Ortiz Cáceres Duarte Martínez "
        "Rojas Cabrera Acosta Aquino Vera Ramírez Sanabria Escobar Fretes Insfrán "
        "Paredes Riquelme Zárate Ojeda Franco Alcaraz",
    ),
    "fr_CI": (
        "Kouadio Aya Yao Adjoua Koffi Affoué Konan Amenan Drissa Mariam Serge Grâce "
        "Yannick Bintou Franck Ruth Hervé Awa Ange Salimata Arsène Nadège Wilfried "
        "Christelle Siaka Prisca Jean-Marc Estelle",
        "Kouassi Koné Traoré Ouattara Yao N'Guessan Coulibaly Bamba Kouamé Diabaté "
        "Soro Gbagbo Tanoh Aka Brou Konaté Dosso Zadi Gnahoré Yapi Kacou Séka Touré "
        "Ahoua Cissé Boni",
    ),
    "es_GT": (
        "José_Luis María_José Ana_Lucía Byron Heidy Édgar Sindy Marvin Yesenia Otto "
        "Mildred Élmer Karla Wilmer Glenda Erick Ingrid Mynor Astrid Walter Dulce "
        "Brenda Selvin Lesly Hugo Flor Jorge Mirna",
        "López García Pérez Hernández Morales Ajú Xicará Méndez Castillo Monzón "
        "Chávez Orellana Barrios Us Tzoc Cifuentes Estrada Arévalo de_León Sical "
        "Batz Samayoa Recinos Girón Velásquez Mazariegos",
    ),
    "en_ZM": (
        "Mwila Chanda Bwalya Mutinta Chileshe Lubinda Natasha Kelvin Mercy Joseph "
        "Taonga Brian Mulenga Choolwe Mapalo Given Memory Musonda Precious Kondwani "
        "Nchimunya Edith Lweendo Bupe Chimwemwe Patrick Luyando Maybin",
        "Banda Phiri Mwale Tembo Zulu Mumba Mulenga Sakala Lungu Chanda Ngoma Kabwe "
        "Siame Hamoonga Mwanza Nkandu Musonda Simwinga Kaunda Mubanga Chisenga "
        "Hachipuka Nyirenda Mutale Sichone Chilufya",
    ),
}


def pools(loc: str) -> tuple[list[str], list[str]]:
    given, sur = NAMES[loc]
    g = [x.replace("_", " ") for x in given.split()]
    s = [x.replace("_", " ") for x in sur.split()]
    return g, s


def tokens(name: str) -> list[str]:
    """Name tokens usable as t: fragments (no particles/titles/initials)."""
    out = []
    for part in name.replace("-", " ").split():
        p = part.strip(".,")
        if p.lower() in PARTICLES or len(p) < 2:
            continue
        if p.lower().startswith(("d'", "o'", "n'")):
            out.append(p)
            continue
        out.append(p)
    return out
