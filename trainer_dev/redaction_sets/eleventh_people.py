"""Hand-written name lists for the eleventh set, per locale.

Common and less common given names and surnames, immigrant names, names that are also words,
compound and particle surnames. Written from general knowledge of naming conventions.
"""

from __future__ import annotations

_EN_GIVEN_COMMON = (
    "James Olivia Michael Emma William Sophia Daniel Chloe Matthew Hannah Ryan Megan Nathan Lauren "
    "Tyler Abigail Connor Madison Ethan Kayla Gavin Brianna Derek Courtney Trevor Whitney "
    "Grace Hope Faith Joy Summer Hunter Mason Rose Ivy Dawn Heath Clay Dale"
)
GIVEN = {
    "en_US": _EN_GIVEN_COMMON + " DeShawn Jamal Latoya Xiomara Guadalupe Esperanza Minh Wei "
    "Priyanka Oksana Tatiana Dmitri Yusuf Amara Ngozi Chiara Brandon Ashley Cody Destiny",
    "en_GB": _EN_GIVEN_COMMON + " Harriet Rupert Alastair Imogen Nigel Gemma Kirsty Callum Rhys "
    "Siobhan Bethan Dafydd Gareth Ffion Amrit Rajinder Tariq Nadia Kwame Adaeze Marek Agnieszka",
    "en_IE": _EN_GIVEN_COMMON + " Aoife Siobhán Niamh Caoimhe Saoirse Róisín Cian Oisín Darragh "
    "Eoin Tadhg Pádraig Sinéad Clodagh Ciarán Fionnuala Dearbhla Piotr Katarzyna Rafael Tomasz",
    "en_IN": "Aarav Vivaan Aditya Arjun Rohan Karthik Siddharth Vikram Rahul Pranav Ishaan Anand "
    "Priya Ananya Kavya Divya Sneha Pooja Meera Lakshmi Nandini Shreya Aishwarya Deepika Gurpreet "
    "Harpreet Manpreet Farhan Imran Ayesha Zoya Joseph Mary Thomas Sunita Venkatesh Sai "
    "Raghav Tanvi Bhavna Kiran Jyoti Asha Pushpa Sunny",
    "en_AU": _EN_GIVEN_COMMON + " Lachlan Bronwyn Kylie Shane Brodie Tahlia Jarrah Mitchell "
    "Cooper Matilda Harrison Georgia Nguyen Thanh Mai Hamish Yiannis Eleni Giuseppe Mohammed",
    "en_CA": _EN_GIVEN_COMMON + " Mathieu Geneviève Étienne Chantal Jacques Amélie Gurdeep "
    "Jaspreet Mei Ling Hiroshi Aiyana Tanvir Fatima Siobhan Brendan Colton Kaitlyn Émilie",
    "de_DE": "Lukas Leon Jonas Felix Maximilian Paul Finn Tobias Jan Matthias Stefan Jürgen Uwe "
    "Klaus Sabine Anja Katrin Julia Lena Hannah Marie Sophie Lea Johanna Ulrike Birgit Jörg "
    "Björn Sören Maren Frauke Mehmet Ayşe Elif Emre Fatma Murat Anastasia Dimitrios Natalia "
    "Piotr Agnieszka Luca Giulia Heike Dörte Günter Till Ole Ines Kai Frank Ernst",
    "fr_FR": "Lucas Hugo Louis Jules Gabriel Arthur Raphaël Théo Mathis Nathan Clément Benoît "
    "François Jérôme Sébastien Emma Léa Chloé Manon Camille Inès Zoé Juliette Océane Mathilde "
    "Hélène Élodie Agnès Anaïs Marie-Claire Jean-Baptiste Pierre-Yves Anne-Sophie Karim "
    "Mohamed Yasmine Nadia Fatou Moussa Mamadou Aïcha Rachid Leïla Thuy Olivier Pascal "
    "Constance Victoire Florian Maëlle",
    "es_ES": "Alejandro Pablo Javier Daniel Sergio Álvaro Adrián Diego Mario Jorge Íñigo Iker "
    "Jordi Pau Xavier Lucía María Paula Martina Sofía Carmen Laura Marta Nerea Ainhoa Begoña "
    "Rocío Inmaculada Pilar Montserrat Núria María José José Luis Juan Carlos Ana Belén "
    "Mohamed Fátima Youssef Andrea Valentina Camila Ionut Elena Wei Rubén Mercedes Consuelo",
    "it_IT": "Francesco Alessandro Lorenzo Matteo Leonardo Andrea Gabriele Riccardo Tommaso "
    "Davide Giuseppe Salvatore Gennaro Carmine Vincenzo Sofia Giulia Aurora Alice Ginevra "
    "Chiara Martina Francesca Federica Alessia Ilaria Serena Gaia Beatrice Maria Grazia "
    "Gian Luca Pier Paolo Anna Maria Niccolò Nicolò Ahmed Fatima Ioana Andrei Xin Elisa "
    "Rosaria Concetta Assunta Ludovica Donatella Ornella",
    "nl_NL": "Daan Sem Lucas Levi Finn Milan Bram Thijs Jesse Ruben Sander Joost Pieter Wouter "
    "Maarten Gijs Emma Julia Sanne Lotte Fleur Anouk Femke Eline Marloes Ilse Mirjam Ingrid "
    "Annelies Hendrika Geert Klaas Mohamed Fatima Yassine Soufiane Khadija Priscilla Rajesh "
    "Kevin Iris Noor Jikke Sjoerd Tjitske Hidde",
    "pt_BR": "João Pedro Gabriel Lucas Matheus Rafael Gustavo Thiago Felipe Guilherme Bruno "
    "Rodrigo Leandro Wellington Cleber Maria Ana Júlia Beatriz Larissa Camila Fernanda Juliana "
    "Letícia Vitória Daniela Patrícia Luana Thaís Raíssa Conceição Aparecida Maria Eduarda "
    "Ana Clara João Victor Hiroshi Keiko Takeshi Mariana Giovanna Karina Sueli Cícero "
    "Francisca Raimundo Jussara Rayane Kauã",
}

# Compound given names are joined with a space above and split here on known pairs.
_COMPOUNDS = {
    "María José",
    "José Luis",
    "Juan Carlos",
    "Ana Belén",
    "Maria Grazia",
    "Gian Luca",
    "Pier Paolo",
    "Anna Maria",
    "Maria Eduarda",
    "Ana Clara",
    "João Victor",
    "Mei Ling",
}

_EN_SUR_COMMON = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
    "Thompson White Harris Clark Lewis Walker Hall Allen Wright Baker Carter Mitchell Turner "
    "Parker Collins Edwards Stewart Morris Cook Bell Murphy Bailey Cooper Howard Ward Fox Hill "
    "Stone Wood Rivers Brooks Little Moody Crane Swift"
)
SURNAMES = {
    "en_US": _EN_SUR_COMMON + " Rodriguez Hernandez Gonzalez Nguyen Kim Patel Washington "
    "Jefferson Okafor Kowalski Schwartz O'Connor McAllister DeLuca Van Buren St. Clair "
    "Castillo-Reyes Yamamoto Abernathy Goldberg Haddad Dubois",
    "en_GB": _EN_SUR_COMMON + " Hughes Evans Roberts Jenkins Llewellyn Pritchard Ferguson "
    "MacLeod McKenzie Fitzgerald Ashworth Greenwood Higginbotham Featherstone Khan Begum "
    "Chowdhury Singh Sandhu Okonkwo Mensah Nowak Wiśniewski Bowes-Lyon Ap Rhys Smyth",
    "en_IE": "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle "
    "McCarthy Gallagher Ó Súilleabháin Mac Giolla Phádraig Ní Bhriain Ó Murchú Fitzpatrick "
    "Kavanagh Brennan Quinn Nolan Dunne Lynch Keane Whelan Moran Kennedy Flanagan Hogan "
    "Nowak Kowalczyk da Silva Oyelaran Mahon Daly Power Foley Field",
    "en_IN": "Sharma Verma Gupta Agarwal Iyer Iyengar Nair Menon Pillai Reddy Rao Naidu Patel "
    "Shah Desai Mehta Joshi Kulkarni Deshpande Chatterjee Banerjee Mukherjee Bose Das Ghosh "
    "Singh Kaur Gill Sandhu Khan Siddiqui Qureshi Ansari D'Souza Fernandes Pereira Thomas "
    "Varghese Kurian Chaudhary Yadav Mishra Tiwari Bhattacharya Subramanian Krishnamurthy",
    "en_AU": _EN_SUR_COMMON + " Nguyen Tran Le Papadopoulos Karagiannis Rossi Esposito Chen "
    "Wong Singh Sharma O'Loughlin McGrath Kowalczyk Van der Merwe Tjandra Haddad Jovanović "
    "Horvat Whitlam Fraser Murray",
    "en_CA": _EN_SUR_COMMON + " Tremblay Gagnon Roy Côté Bouchard Gauthier Lavoie Bélanger "
    "Lefebvre Pelletier Gill Dhillon Grewal Chan Leung Wong Li MacDonald Campbell Fraser "
    "Sinclair Bearchief Cardinal Saint-Pierre O'Keefe Kowalchuk Hrynchuk",
    "de_DE": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
    "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
    "Hartmann Lange Schmitt Werner Krause Lehmann Köhler Fuchs Vogel Jäger Engel Winkler "
    "Yılmaz Kaya Öztürk Nowak Kowalski Popović Nguyen Papadopoulos von Bülow von der Heyde "
    "Meyer-Landrut Schulze-Wehninghoff Gröning Frühauf Eichhorn Sommer Winter",
    "fr_FR": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon "
    "Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André "
    "Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Chevalier Blanchard "
    "Benali Haddad Diallo Traoré N'Diaye Nguyen Da Costa de La Fontaine Le Goff Le Bihan "
    "Kerouac Dupont-Aignan Saint-Martin Rousseau Fontaine Boulanger Lebrun",
    "es_ES": "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín "
    "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres "
    "Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado "
    "Castro Rubio Iglesias Puig Vilanova Garmendia Etxeberria Aguirre Ferrer Soler Marín "
    "El Amrani Popescu de la Fuente del Río Sanz de Santamaría",
    "it_IT": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
    "Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana "
    "Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli "
    "Vitale Lombardo Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Fabbri "
    "Della Valle Lo Russo Dal Molin Hu El Idrissi Popa Sala",
    "nl_NL": "de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer "
    "de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra "
    "Smits de Graaf van der Meer van der Linden Kok Jacobs de Haan Vermeulen van den Heuvel "
    "van der Veen van den Broek de Bruijn Schouten Hoekstra Postma Yılmaz El Amrani Bouzid "
    "Ramdin Tjon-A-Fong Kuipers Timmermans Groen Koster",
    "pt_BR": "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa "
    "Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias "
    "Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Teixeira "
    "Cavalcanti Albuquerque Bezerra da Silva dos Santos de Oliveira Nakamura Tanaka Haddad "
    "Abdalla Kowalski Schmidt Bittencourt Magalhães Guimarães Figueiredo Araújo",
}

# Surnames of two words are listed joined; these are the multi-word ones.
_MULTI_SUR = {
    "Van Buren",
    "St. Clair",
    "Ap Rhys",
    "Ó Súilleabháin",
    "Mac Giolla Phádraig",
    "Ní Bhriain",
    "Ó Murchú",
    "da Silva",
    "Van der Merwe",
    "von Bülow",
    "von der Heyde",
    "Da Costa",
    "de La Fontaine",
    "Le Goff",
    "Le Bihan",
    "El Amrani",
    "de la Fuente",
    "del Río",
    "Sanz de Santamaría",
    "De Luca",
    "De Santis",
    "Della Valle",
    "Lo Russo",
    "Dal Molin",
    "El Idrissi",
    "de Jong",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "de Boer",
    "de Groot",
    "van Leeuwen",
    "de Wit",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "de Haan",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "dos Santos",
    "de Oliveira",
}

PARTICLES = {
    "van",
    "de",
    "den",
    "der",
    "di",
    "da",
    "das",
    "do",
    "dos",
    "del",
    "della",
    "dal",
    "la",
    "le",
    "lo",
    "von",
    "zu",
    "mac",
    "mc",
    "st",
    "ap",
    "ó",
    "ní",
    "o",
    "el",
    "y",
    "ter",
    "te",
    "op",
    "du",
    "des",
    "of",
    "e",
}

NICKNAMES = {
    "Olivia": "Liv",
    "Megan": "Meg",
    "Madison": "Maddie",
    "Kayla": "Kay",
    "Courtney": "Court",
    "Trevor": "Trev",
    "Gavin": "Gav",
    "Connor": "Con",
    "Harriet": "Hattie",
    "Rupert": "Rupe",
    "Imogen": "Immy",
    "Callum": "Cal",
    "Gareth": "Gaz",
    "Siobhán": "Shiv",
    "Darragh": "Dar",
    "Eoin": "Owen",
    "Tadhg": "Teige",
    "Priya": "Pri",
    "Ananya": "Anu",
    "Pranav": "Pranu",
    "Karthik": "Karthi",
    "Rohan": "Ro",
    "Bronwyn": "Bron",
    "Kylie": "Kyls",
    "Harrison": "Harry",
    "Matilda": "Tilly",
    "Geneviève": "Gen",
    "Jaspreet": "Jas",
    "Kaitlyn": "Katie",
    "Stefan": "Steffi",
    "Sabine": "Bine",
    "Katrin": "Kati",
    "Ulrike": "Ulli",
    "Lukas": "Luki",
    "Sébastien": "Seb",
    "Jean-Baptiste": "JB",
    "Anne-Sophie": "Anne-So",
    "Mathilde": "Mathou",
    "Clément": "Clem",
    "Benoît": "Ben",
    "Adrián": "Adri",
    "Montserrat": "Montse",
    "Inmaculada": "Inma",
    "Consuelo": "Chelo",
    "Pilar": "Pili",
    "Mercedes": "Merche",
    "José Luis": "Pepelu",
    "Juan Carlos": "Juanca",
    "Lorenzo": "Lollo",
    "Federica": "Fede",
    "Beatrice": "Bea",
    "Riccardo": "Ricky",
    "Gennaro": "Genny",
    "Annelies": "Anneke",
    "Maarten": "Mart",
    "Wouter": "Wout",
    "Rafael": "Rafa",
    "Leandro": "Léo",
    "Beatriz": "Bia",
    "Raimundo": "Mundinho",
    "Larissa": "Lari",
    "Letícia": "Lelê",
    "James": "Jim",
    "Michael": "Mike",
    "William": "Bill",
    "Daniel": "Dan",
    "Matthew": "Matt",
    "Nathan": "Nate",
    "Abigail": "Abby",
    "Derek": "Del",
    "Brandon": "Bran",
    "Alastair": "Ali",
    "Thomas": "Tom",
    "Joseph": "Joe",
    "Alejandro": "Álex",
    "Francisco": "Paco",
    "Javier": "Javi",
    "Francesco": "Cesco",
    "Giuseppe": "Peppe",
    "Alessandro": "Ale",
    "Salvatore": "Totò",
    "Vincenzo": "Enzo",
    "Maximilian": "Max",
    "Matthias": "Matze",
    "Johanna": "Hanni",
    "Tobias": "Tobi",
    "Guilherme": "Gui",
    "Rodrigo": "Digo",
    "Gabriel": "Gabi",
    "Pieter": "Piet",
    "Hendrika": "Riek",
    "Aditya": "Adi",
    "Siddharth": "Sid",
    "Venkatesh": "Venky",
    "Lakshmi": "Lakshu",
    "Fernanda": "Nanda",
    "Patrícia": "Paty",
    "Raphaël": "Raph",
    "Mathieu": "Matt",
    "Elizabeth": "Liz",
    "Lachlan": "Lachie",
    "Jonas": "Joni",
    "Pádraig": "Paddy",
    "Ciarán": "Kieran",
    "Mitchell": "Mitch",
}

TITLES = {
    "en": ("Dr.", "Dr", "Mr", "Ms.", "Mrs", "Prof.", "Mx"),
    "en_IN": ("Dr.", "Mr.", "Mrs.", "Shri", "Smt.", "Prof."),
    "de": ("Frau", "Herr", "Dr.", "Prof. Dr.", "Frau Dr."),
    "fr": ("Mme", "M.", "Dr", "Madame", "Monsieur", "Me"),
    "es": ("Sr.", "Sra.", "Dr.", "Dra.", "don", "doña"),
    "it": ("Dott.", "Dott.ssa", "Sig.", "Sig.ra", "Ing.", "Avv.", "Prof.ssa"),
    "nl": ("mevrouw", "meneer", "dhr.", "mw.", "dr.", "ir."),
    "pt": ("Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"),
}


def _split(raw: str, joined: set[str]) -> list[str]:
    words = raw.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2):
            cand = " ".join(words[i : i + n])
            if cand in joined:
                out.append(cand)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    seen: set[str] = set()
    return [w for w in out if not (w in seen or seen.add(w))]


def given_names(locale: str) -> list[str]:
    return _split(GIVEN[locale], _COMPOUNDS)


def surnames(locale: str) -> list[str]:
    return _split(SURNAMES[locale], _MULTI_SUR)


def name_tokens(name: str) -> list[str]:
    """Tokens of >= 3 letters that carry the name (particles left out)."""
    import re

    out = []
    for tok in re.findall(r"[^\W\d_]+", name):
        if len(tok) >= 3 and tok.lower() not in PARTICLES:
            out.append(tok)
    return out
