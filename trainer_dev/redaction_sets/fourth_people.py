"""Names, honorifics, e-mail and web conventions per locale for the fourth held-out set.

Surname tables are split in two halves: the first names members, the second non-members, so
that a PERSON item never shares a surname with a member. ``invented_surname`` composes
surnames from syllables in each language's style, so that no name list can hold them.
"""

from __future__ import annotations

import random
import unicodedata

LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_AU": "en",
    "en_CA": "en",
    "en_IN": "en",
    "en_IE": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "it_IT": "it",
    "es_ES": "es",
    "pt_BR": "pt",
    "nl_NL": "nl",
}
LOCALES = list(LANG)

GIVEN = {
    "en_US": (
        "Madison Brianna Kayla Jasmine Tamara Whitney Courtney Destiny Heather Lindsey Shelby "
        "Alexis",
        "Tyler Brandon Cody Dustin Marcus Trevor Darnell Garrett Hunter Logan Wyatt Austin",
    ),
    "en_GB": (
        "Harriet Imogen Philippa Rosalind Gemma Siobhan Lucinda Bryony Hermione Elspeth Nia Ffion",
        "Alistair Rupert Hamish Callum Gareth Declan Tobias Crispin Rhodri Angus Barnaby Fergus",
    ),
    "en_AU": (
        "Kylie Shannon Tegan Brooke Jacinta Bronwyn Narelle Chloe Sienna Matilda Ebony Talia",
        "Lachlan Bailey Darcy Hamish Brodie Jarrah Kieran Mitchell Corey Riley Flynn Campbell",
    ),
    "en_CA": (
        "Genevieve Brittany Kaitlyn Mackenzie Avery Rowan Chantal Nadia Paige Sloane Amelie Josee",
        "Connor Mathieu Dallas Bryce Quinn Kendall Gordie Tristan Colby Landon Reid Desmond",
    ),
    "en_IN": (
        "Priya Ananya Lakshmi Divya Meenakshi Shruti Kavya Nandini Aparna Sneha Ishita Revathi",
        "Arjun Vikram Rahul Siddharth Karthik Aditya Pranav Harish Nikhil Rohan Sandeep Venkatesh",
    ),
    "en_IE": (
        "Aoife Niamh Saoirse Caoimhe Orla Sinead Grainne Clodagh Roisin Ciara Eimear Deirdre",
        "Cian Oisin Padraig Eoin Ronan Tadhg Colm Darragh Fionn Cathal Donal Lorcan",
    ),
    "de_DE": (
        "Anneliese Friederike Henrike Jutta Ulrike Wiebke Svenja Gesine Mechthild Birte Johanna "
        "Dörte",
        "Jörg Wolfgang Hartmut Bernd Ulf Gunnar Torsten Volker Malte Jürgen Björn Eckhard",
    ),
    "fr_FR": (
        "Ségolène Bénédicte Gwenaëlle Maëlle Solène Capucine Apolline Héloïse Clémence Margaux "
        "Mathilde Élodie",
        "Gaëtan Benoît Anatole Baptiste Thibault Grégoire Aurélien Corentin Lucien Régis Hervé "
        "Yannick",
    ),
    "it_IT": (
        "Ludovica Benedetta Ginevra Cecilia Vittoria Annalisa Raffaella Ornella Donatella "
        "Graziella Noemi Serena",
        "Gianluca Pierpaolo Ettore Leonardo Tommaso Riccardo Massimiliano Edoardo Amedeo Corrado "
        "Sandro Ivano",
    ),
    "es_ES": (
        "Almudena Begoña Inmaculada Montserrat Nerea Itziar Remedios Rocío Maite Ainhoa Macarena "
        "Pilar",
        "Íñigo Borja Gonzalo Ignacio Jacobo Álvaro Rodrigo Xavier Unai Fermín Sergio Aitor",
    ),
    "pt_BR": (
        "Thaís Luana Rafaela Jéssica Larissa Gabriela Bianca Fernanda Tatiane Juliana Ana Paula "
        "Maria Eduarda",
        "Thiago Rodrigo Leandro Gustavo Vinícius Caio Renato Wellington Matheus Diego João Pedro "
        "Luiz Felipe",
    ),
    "nl_NL": (
        "Anouk Femke Marieke Sanne Ilse Lieke Wietske Maaike Fenna Janneke Roos Lotte",
        "Bram Sjoerd Joris Maarten Wouter Thijs Gijs Ruud Jeroen Stijn Pieter Hidde",
    ),
}
# pt_BR lists hold two-word given names: keep them together
_TWO_WORD = {"Ana Paula", "Maria Eduarda", "João Pedro", "Luiz Felipe"}

SURNAMES = {
    "en_US": "Whitfield Caldwell Pemberton Hollister Abernathy Dunleavy Kowalczyk Nakamura Okafor "
    "Delacroix "
    "Brennan Lindqvist Castellano Huxley Faulkner Ashby Prescott Galloway Yoder Matsumoto "
    "Rutherford Vandermeer Okonkwo Haverford Sandoval Pritchard Merriweather Stroud Tanaka "
    "Espinoza "
    "Kettering Lockhart Nguyen-Tran Fairbanks Dempsey Albright",
    "en_GB": "Ashworth Fennimore Thistlewood Carrington Blackwood Pryce Rowntree Ellingham "
    "Featherstone Gwynne "
    "Holloway Pickering Winterbottom Llewellyn Kershaw Ormerod Stanhope Tremayne Whitmore "
    "Braithwaite "
    "Hargreaves Mcallister Attwood Bellamy Cavendish Drinkwater Entwistle Fairclough Grimshaw "
    "Heathcote "
    "Bannerman-Leigh Chowdhury Okoye Sandhu Penhaligon Quarrie",
    "en_AU": "Kowalski Brennan Matheson Tregenza Papadopoulos Nguyen Costello Hutchinson McAlpine "
    "Sheridan "
    "Tiernan Vukovic Wilkinson Zammit Bartlett Calleja Dunstan Fitzgerald Gallagher Hennessy "
    "Jovanovic Kingsford Lambropoulos Moriarty Nankervis Pettigrew Quinlivan Rasmussen Skipworth "
    "Tavares "
    "Underwood Vella Walcott Yeoman Ambrose Buckley",
    "en_CA": "Tremblay Gagnon Bouchard Lavoie Desrosiers Fitzpatrick MacIsaac Leblanc Chartrand "
    "Wojcik "
    "Singh-Dhillon Hryniuk Beaulieu Cormier Doucette Fougere Gillis Hebert Kowalchuk Lapointe "
    "MacKinnon Nadeau Ostrowski Paquette Robichaud Sauvageau Thibodeau Vaillancourt Yablonski "
    "Zhang-Morin "
    "Arsenault Bergeron Chisholm Dubois Ellsworth Fraser",
    "en_IN": "Venkataraman Iyer Chakraborty Deshpande Kulkarni Raghunathan Banerjee Menon "
    "Sundaram Bhattacharya "
    "Chatterjee Nair Pillai Reddy Srinivasan Agarwal Mukherjee Joshi Rangarajan Kapoor "
    "Ganguly Hegde Iyengar Khandelwal Lahiri Malhotra Narayanan Oberoi Parthasarathy Ramaswamy "
    "Subramaniam Trivedi Upadhyay Vaidyanathan Warrier Yadav",
    "en_IE": "O'Sullivan MacCarthy Ní Bhriain Fitzgerald Kavanagh Ó Briain Donnelly Mulcahy "
    "Brennan Geraghty "
    "Hanrahan Keane Lynch McGrath Nolan O'Donoghue Quinlan Redmond Sheehan Toibin "
    "Breathnach Cullinane Dineen Fahy Gallagher Hegarty Kinsella Loughnane Moynihan Ní Dhuibhir "
    "O'Riordan Power Rafferty Scanlon Tierney Whelan",
    "de_DE": "Wendlinger Oberhuber Kesselring Großkopf Brandstätter Schönherr Leuthäuser Pfeifer "
    "Dreßler Röckl "
    "von Ahlefeldt Müller-Lüdenscheidt Hölzl Nießen Querfurth Tschirner Ulbrich Vogelsang Wiegand "
    "Zöllner "
    "Achterberg Bräutigam Dörfler Engelhardt Fuchsberger Grünewald Hagedorn Immendorf Jablonski "
    "Kleinschmidt "
    "Lemberger Mannheimer Neuhäuser Ostendorf Pöppelmann Rautenberg",
    "fr_FR": "Lefebvre Delahaye Dupuis-Morel Marchetti Rousseau Vasseur de La Roche Lemaître "
    "Béranger Chevalier "
    "Fontaine Guérin Hébert Jolivet Le Goff Martineau Noël Perrault Quéré Rivière "
    "Aubert Boucheron Courtois Deschamps Étienne Fauchier Giraudeau Hamelin Joubert Kerguelen "
    "Lacombe Mallet Navarre Ollivier Poulain Ricard",
    "it_IT": "Bernasconi Castellani De Santis Di Lorenzo Esposito Ferraresi Guidotti Lombardini "
    "Mancuso Nicoletti "
    "Orlandini Pellegrini Quaranta Russo Santoro Tagliaferri Urbani Valentini Zanetti Colombo "
    "Abbate Barbieri Cattaneo D'Amico Fabbri Gentile Innocenti La Rosa Marchesini Negri "
    "Ottaviani Pagano Ricciardi Sorrentino Tedeschi Vitale",
    "es_ES": "Echeverría Goikoetxea Larrañaga Villanueva Fernández-Mora Bermúdez Cifuentes "
    "Domínguez Escobar Figueroa "
    "Gallardo Herrero Iglesias Jurado Lozano Márquez Núñez Olmedo Palacios Quintana "
    "Arrieta Benítez Carrasco de la Fuente Espinosa Fuentes Garrido Hidalgo Ibáñez Lorente "
    "Montero Navarro Ortega Pastor Rubio Salazar",
    "pt_BR": "Albuquerque Cavalcanti Figueiredo Magalhães Nascimento Queiroz Siqueira Vasconcelos "
    "Bittencourt Drummond "
    "Esteves Fonseca Guimarães Holanda Junqueira Lacerda Macedo Nogueira Pacheco Rezende "
    "Aragão Barbosa Carvalho dos Santos Damasceno Freitas Gouveia Loureiro Medeiros Moraes "
    "Peixoto Ramalho Sampaio Teixeira Valadares Xavier",
    "nl_NL": "van der Hoeven de Vries Bakker Vermeulen van Dijk Jansen-Smit Hoekstra Kuipers "
    "Mulder van den Broek "
    "Postma Dijkstra Visser Smits de Groot Brouwer van Leeuwen Schouten Veenstra Zwart "
    "Aalbers Boersma Claassen de Jong Evers Frijlink Geerts Heijmans IJzerman Koopmans "
    "Lammers Meijer Nieuwenhuis Oosterhuis Prins Rietveld",
}

# multi-word surnames written with spaces (particles, two-word Irish surnames)
_MULTI = {
    "en_IE": ["Ní Bhriain", "Ó Briain", "Ní Dhuibhir"],
    "de_DE": ["von Ahlefeldt"],
    "fr_FR": ["de La Roche", "Le Goff"],
    "it_IT": ["De Santis", "Di Lorenzo", "La Rosa"],
    "es_ES": ["de la Fuente"],
    "pt_BR": ["dos Santos"],
    "nl_NL": [
        "van der Hoeven",
        "de Vries",
        "van Dijk",
        "van den Broek",
        "de Groot",
        "van Leeuwen",
        "de Jong",
    ],
}

PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "le",
    "von",
    "zu",
    "di",
    "da",
    "dos",
    "das",
    "del",
    "della",
    "ter",
    "ten",
    "du",
    "des",
    "y",
    "e",
    "ní",
    "ó",
    "mac",
    "o",
}


def _split_surnames(locale: str) -> list[str]:
    text = SURNAMES[locale]
    multi = _MULTI.get(locale, [])
    placeholders = {}
    for i, m in enumerate(multi):
        key = f"@{i}@"
        placeholders[key] = m
        text = text.replace(m, key, 1)
    return [placeholders.get(w, w) for w in text.split()]


def _split_given(text: str) -> list[str]:
    for two in _TWO_WORD:
        text = text.replace(two, two.replace(" ", "_"))
    return [w.replace("_", " ") for w in text.split()]


def given_names(locale: str) -> tuple[list[str], list[str]]:
    female, male = GIVEN[locale]
    return _split_given(female), _split_given(male)


def surnames(locale: str) -> tuple[list[str], list[str]]:
    """(member surnames, non-member surnames): the two halves of the table."""
    names = _split_surnames(locale)
    half = len(names) // 2
    return names[:half], names[half:]


_SYLLABLES = {
    "en": (
        "Ash Brack Cold Fen Hart Kirk Mor Pen Thorn Whit Aldr Brim Cres Dun Gal",
        "worth ley by combe ridge ton field hurst wick ington more stead",
    ),
    "de": (
        "Wendel Ober Kessel Linden Hain Brunn Falken Rott Eber Hoch Wald Gier Strack",
        "brecht huber mayr bichler reuter hammer wieser thaler gruber egger ried kötter",
    ),
    "fr": (
        "Beau Mont Lar Chal Vern Dela Roche Vill Garn Bris Cour Mar",
        "court ignac ebois ardière ouet enoux illon euil ançon otte ambert iveau",
    ),
    "it": (
        "Scara Bel Fonta Mon Cava Ross Pellegr Torr Vigna Coll Sant Marz",
        "pelli ucci nari etti anello iglia ozzi ini oni esi ardo allo",
    ),
    "es": (
        "Alba Cor Ferr Gal Mend Olm Quir Sarr Valb Arr Lom Zub",
        "ández edo ueta arriaga illa oza ona ero iel ausa ares iaga",
    ),
    "pt": (
        "Albu Barr Cout Fagund Menez Quint Sobr Toled Vasc Brit Goul Pimen",
        "querque eto inho ela ães ada eira oso ana elo ões ino",
    ),
    "nl": (
        "Dommel Brake Gelder Hoog Kamp Ooster Wester Ruys Veld Kruis Wijn Gras",
        "steijn man huis ink kamp enga sma ert broek hoven land dijk",
    ),
}
_IN_SYLLABLES = (
    "Venkata Subra Ragha Krishna Bhatta Chandra Padma Sesha Mukher Chatter Bala Gopala",
    "raman manian van murthy charya sekhar nabhan giri swamy jee krishnan natarajan",
)


def invented_surname(rng: random.Random, locale: str) -> str:
    heads, tails = _IN_SYLLABLES if locale == "en_IN" else _SYLLABLES[LANG[locale]]
    name = rng.choice(heads.split()) + rng.choice(tails.split())
    if locale == "nl_NL" and rng.random() < 0.4:
        name = rng.choice(["van ", "van de ", "ter ", "de "]) + name
    if locale == "de_DE" and rng.random() < 0.1:
        name = "von " + name
    return name


HONORIFICS = {  # (female, male, neutral titles)
    "en": (["Ms", "Mrs", "Ms.", "Mrs."], ["Mr", "Mr."], ["Dr", "Dr.", "Prof.", "Professor"]),
    "de": (["Frau", "Frau Dr."], ["Herr", "Herr Dr."], ["Dr.", "Prof. Dr."]),
    "fr": (["Mme", "Madame", "Mme."], ["M.", "Monsieur"], ["Dr", "Me", "Pr"]),
    "it": (
        ["Sig.ra", "Dott.ssa", "Prof.ssa", "Avv."],
        ["Sig.", "Dott.", "Ing.", "Avv."],
        ["Dott.", "Arch."],
    ),
    "es": (["Sra.", "Dña.", "Dra."], ["Sr.", "D.", "Dr."], ["Dr.", "Prof."]),
    "pt": (["Sra.", "Dra.", "Profa."], ["Sr.", "Dr.", "Prof."], ["Dr.", "Eng."]),
    "nl": (
        ["mevrouw", "mevr.", "Mevrouw"],
        ["meneer", "dhr.", "De heer"],
        ["dr.", "ir.", "mr.", "prof."],
    ),
}


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


MAIL_PROVIDERS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "protonmail.com"],
    "en_GB": [
        "btinternet.com",
        "gmail.com",
        "hotmail.co.uk",
        "sky.com",
        "outlook.com",
        "virginmedia.com",
    ],
    "en_AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "iinet.net.au"],
    "en_CA": ["sympatico.ca", "gmail.com", "rogers.com", "shaw.ca", "outlook.com", "videotron.ca"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
    "en_IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "icloud.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it", "pec.it"],
    "es_ES": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com", "ig.com.br"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
}

COUNTRY_TLD = {
    "en_US": ["com", "us", "net"],
    "en_GB": ["co.uk", "uk", "com"],
    "en_AU": ["com.au", "au", "net.au"],
    "en_CA": ["ca", "com"],
    "en_IN": ["in", "co.in", "com"],
    "en_IE": ["ie", "com"],
    "de_DE": ["de", "berlin", "nrw"],
    "fr_FR": ["fr", "paris", "bzh"],
    "it_IT": ["it", "com"],
    "es_ES": ["es", "cat", "eus"],
    "pt_BR": ["com.br", "br", "rio"],
    "nl_NL": ["nl", "amsterdam", "frl"],
}
ODD_TLDS = [
    "studio",
    "design",
    "photography",
    "coach",
    "consulting",
    "dev",
    "io",
    "me",
    "xyz",
    "art",
    "work",
    "page",
    "blog",
    "tech",
    "agency",
    "ink",
]

# obfuscated e-mail spellings: (at, dot) per language
OBFUSCATION = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "."), (" AT ", " DOT ")],
    "de": [("(at)", "."), (" [at] ", " [punkt] "), (" at ", " punkt "), ("[ät]", ".")],
    "fr": [(" arobase ", " point "), ("(at)", "."), (" [at] ", " [point] ")],
    "it": [(" chiocciola ", " punto "), ("(at)", "."), (" [at] ", " [punto] ")],
    "es": [(" arroba ", " punto "), ("(at)", "."), (" [arroba] ", " [punto] ")],
    "pt": [(" arroba ", " ponto "), ("(at)", "."), (" [at] ", " [ponto] ")],
    "nl": [(" apenstaartje ", " punt "), ("(at)", "."), (" [at] ", " [punt] ")],
}

ID_NAMES = {
    "en_US": ["SSN", "Social Security number", "social security no."],
    "en_GB": ["National Insurance number", "NI number", "NINO"],
    "en_AU": ["TFN", "tax file number"],
    "en_CA": ["SIN", "Social Insurance Number"],
    "en_IN": ["Aadhaar number", "Aadhaar"],
    "en_IE": ["PPS number", "PPSN"],
    "de_DE": ["Steuer-ID", "Steueridentifikationsnummer", "steuerliche Identifikationsnummer"],
    "fr_FR": ["numéro de sécu", "numéro de sécurité sociale", "NIR"],
    "it_IT": ["codice fiscale", "CF"],
    "es_ES": ["DNI", "documento"],
    "pt_BR": ["CPF"],
    "nl_NL": ["BSN", "burgerservicenummer"],
}

IBAN_COUNTRIES = {
    "en_US": ["DE", "GB"],
    "en_GB": ["GB"],
    "en_AU": ["GB", "IE"],
    "en_CA": ["FR", "GB"],
    "en_IN": ["GB", "DE"],
    "en_IE": ["IE"],
    "de_DE": ["DE", "DE", "AT"],
    "fr_FR": ["FR", "FR", "BE"],
    "it_IT": ["IT"],
    "es_ES": ["ES"],
    "pt_BR": ["BR"],
    "nl_NL": ["NL", "NL", "BE"],
}
