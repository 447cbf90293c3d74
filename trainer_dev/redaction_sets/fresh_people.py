"""Person names for the fresh held-out set: per-locale given names, surnames (with particles) and
honorifics, written from each locale's naming conventions, plus surnames built from each
language's surname morphology (prefix + suffix) so that part of the set is in no name list.

``person(rng, locale)`` returns ``(text, fragments)``: the name as written in a post and the
surname tokens (as written, case-sensitive) whose survival means a leak.
"""

from __future__ import annotations

import random
import unicodedata

PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "het",
    "te",
    "ter",
    "ten",
    "von",
    "zu",
    "vom",
    "zum",
    "du",
    "des",
    "la",
    "le",
    "les",
    "d'",
    "di",
    "da",
    "dal",
    "dalla",
    "dei",
    "del",
    "della",
    "delle",
    "degli",
    "lo",
    "dos",
    "das",
    "do",
    "e",
    "y",
    "i",
    "st",
    "st.",
    "mac",
    "al",
    "el",
    "bin",
}
GENERIC_SUFFIXES = {"filho", "neto", "júnior", "junior", "jr", "jr.", "sobrinho", "ii", "iii"}

GIVEN = {
    "en_US": [
        "Madison",
        "Tyler",
        "Brianna",
        "Darnell",
        "Kayla",
        "Garrett",
        "Shauna",
        "Trevor",
        "Marisol",
        "Deshawn",
        "Lindsey",
        "Cody",
        "Whitney",
        "Reggie",
        "Tamsin",
        "Caleb",
        "Jolene",
        "Hunter",
        "Ximena",
        "Brett",
        "Aubrey",
        "Landon",
        "Kiana",
        "Dwayne",
    ],
    "en_GB": [
        "Siobhan",
        "Callum",
        "Imogen",
        "Rhys",
        "Niamh",
        "Alistair",
        "Harriet",
        "Euan",
        "Philippa",
        "Declan",
        "Bethan",
        "Rupert",
        "Aoife",
        "Hamish",
        "Georgina",
        "Owain",
        "Priya",
        "Tobias",
        "Kirsty",
        "Fergus",
        "Eleri",
        "Jasper",
        "Morwenna",
        "Nkechi",
    ],
    "en_AU": [
        "Bronwyn",
        "Lachlan",
        "Tahlia",
        "Brodie",
        "Kirra",
        "Hayden",
        "Shannon",
        "Jarrah",
        "Kylie",
        "Darcy",
        "Matilda",
        "Bailey",
        "Narelle",
        "Mitchell",
        "Indi",
        "Cooper",
        "Leonie",
        "Rhett",
        "Ngaio",
        "Thanh",
        "Elouise",
        "Tane",
        "Sienna",
        "Angus",
    ],
    "en_CA": [
        "Geneviève",
        "Connor",
        "Maëlle",
        "Brayden",
        "Chantal",
        "Tanner",
        "Mireille",
        "Keegan",
        "Sasha",
        "Étienne",
        "Brianne",
        "Dallas",
        "Harpreet",
        "Colby",
        "Anik",
        "Jocelyn",
        "Raphaël",
        "Tessa",
        "Gurdeep",
        "Sylvie",
        "Quinn",
        "Mathis",
        "Nadia",
        "Kaden",
    ],
    "en_IN": [
        "Aarav",
        "Ishita",
        "Venkatesh",
        "Lakshmi",
        "Harshvardhan",
        "Meenakshi",
        "Sandeep",
        "Tanvi",
        "Siddharth",
        "Revathi",
        "Gurpreet",
        "Anirudh",
        "Pooja",
        "Karthikeyan",
        "Nandini",
        "Faizan",
        "Deepika",
        "Rohan",
        "Bhavana",
        "Suresh",
        "Aishwarya",
        "Pranav",
        "Shalini",
        "Irfan",
    ],
    "de_DE": [
        "Katharina",
        "Jörg",
        "Friederike",
        "Lukas",
        "Annegret",
        "Henrik",
        "Wiebke",
        "Matthias",
        "Heike",
        "Torsten",
        "Swantje",
        "Björn",
        "Ute",
        "Malte",
        "Gesine",
        "Dietmar",
        "Leonie",
        "Hans-Jürgen",
        "Merve",
        "Kai-Uwe",
        "Hannelore",
        "Till",
        "Anke",
        "Emre",
    ],
    "fr_FR": [
        "Aurélien",
        "Margaux",
        "Jean-Baptiste",
        "Ségolène",
        "Thibault",
        "Clémence",
        "Gwenaël",
        "Anaïs",
        "Benoît",
        "Éloïse",
        "Yannick",
        "Solène",
        "Marie-Claire",
        "Loïc",
        "Capucine",
        "Hervé",
        "Maëva",
        "Grégoire",
        "Inès",
        "Jean-Luc",
        "Océane",
        "Mathurin",
        "Nadège",
        "Karim",
    ],
    "it_IT": [
        "Giulia",
        "Lorenzo",
        "Chiara",
        "Gianluca",
        "Federica",
        "Matteo",
        "Ilaria",
        "Pierpaolo",
        "Benedetta",
        "Tommaso",
        "Arianna",
        "Vittorio",
        "Ludovica",
        "Salvatore",
        "Ottavia",
        "Raffaele",
        "Serena",
        "Gianmarco",
        "Annalisa",
        "Carmine",
        "Noemi",
        "Emanuele",
        "Rosaria",
        "Filippo",
    ],
    "es_ES": [
        "María José",
        "Iñaki",
        "Almudena",
        "Jorge",
        "Nerea",
        "Álvaro",
        "Itziar",
        "Gonzalo",
        "Montserrat",
        "Íñigo",
        "Rocío",
        "Xabier",
        "Macarena",
        "Joaquín",
        "Ainhoa",
        "Borja",
        "Begoña",
        "Sergi",
        "Lucía",
        "Unai",
        "Maite",
        "Jordi",
        "Covadonga",
        "Rubén",
    ],
    "pt_BR": [
        "João Pedro",
        "Ana Clara",
        "Thiago",
        "Fernanda",
        "Luiz Henrique",
        "Bruna",
        "Caio",
        "Letícia",
        "Rafael",
        "Jéssica",
        "Vinícius",
        "Tainá",
        "Gustavo",
        "Raíssa",
        "Washington",
        "Débora",
        "Heitor",
        "Luana",
        "Cauã",
        "Priscila",
        "Edvaldo",
        "Yasmin",
        "Maria Eduarda",
        "Iago",
    ],
    "nl_NL": [
        "Anneke",
        "Sjoerd",
        "Femke",
        "Joost",
        "Maartje",
        "Thijs",
        "Wietske",
        "Bram",
        "Lieke",
        "Jan-Willem",
        "Marloes",
        "Gijs",
        "Sanne",
        "Hidde",
        "Lotte",
        "Rutger",
        "Noor",
        "Pepijn",
        "Fenna",
        "Wouter",
        "Saskia",
        "Jelle",
        "Mounir",
        "Esmée",
    ],
}

SURNAMES = {
    "en_US": [
        "Whitfield",
        "Okafor",
        "Strandberg",
        "Castellanos",
        "Nguyen",
        "Prescott",
        "Haskins",
        "Olatunji",
        "McAllister",
        "Delgado",
        "Kowalczyk",
        "Thibodeaux",
        "Yamamoto",
        "Washburn",
        "O'Rourke",
        "Van Buskirk",
        "Abernathy",
        "Szymanski",
        "Rosenthal",
        "Lindqvist",
        "Pemberton",
        "Mahoney",
        "Achterberg",
        "Fairbanks",
    ],
    "en_GB": [
        "Pennington",
        "O'Connell",
        "Featherstone",
        "Okonkwo",
        "Ramsbottom",
        "Llewellyn",
        "MacLeod",
        "Kaur",
        "Ashworth",
        "Trevelyan",
        "Higginbotham",
        "Adebayo",
        "Fitzwilliam",
        "Cartwright",
        "Oyelowo",
        "Blackwood",
        "Tremayne",
        "Heseltine",
        "Sutcliffe",
        "Mistry",
        "Braithwaite",
        "Coutts",
        "Pryce-Jones",
        "Quigley",
    ],
    "en_AU": [
        "Papadopoulos",
        "Tran",
        "Fitzgerald",
        "McGuigan",
        "Kowalski",
        "Nguyen-Hart",
        "Waddell",
        "Bartholomew",
        "Lazarou",
        "Costigan",
        "Hollingworth",
        "Dunstan",
        "Vella",
        "Mangan",
        "Treloar",
        "Rudd-Evans",
        "Scarfe",
        "Kalinowski",
        "O'Loughlin",
        "Pearce",
        "Bellamy",
        "Tuckwell",
        "Ngata",
        "Wetherell",
    ],
    "en_CA": [
        "Tremblay",
        "Gagnon",
        "Bouchard",
        "Sandhu",
        "MacKinnon",
        "Pelletier",
        "Okeke",
        "Lévesque",
        "Fraser-Doyle",
        "Côté",
        "Bergeron",
        "Lachance",
        "Grewal",
        "Boudreau",
        "Kaminski",
        "St-Pierre",
        "Arsenault",
        "Whitehorse",
        "Morin",
        "Desjardins",
        "Leblanc",
        "McIsaac",
        "Ouellet",
        "Thériault",
    ],
    "en_IN": [
        "Krishnamurthy",
        "Chatterjee",
        "Iyer",
        "Deshpande",
        "Qureshi",
        "Banerjee",
        "Raghunathan",
        "Dhillon",
        "Kulkarni",
        "Subramaniam",
        "Bhattacharya",
        "Menon",
        "Venkataraman",
        "Chaudhary",
        "Nair",
        "Pillai",
        "Joshi",
        "Gokhale",
        "Mukherjee",
        "Sundaram",
        "Agarwal",
        "Rajput",
        "Shenoy",
        "Khandelwal",
    ],
    "de_DE": [
        "Vogelsang",
        "Möllenkamp",
        "Oberhuber",
        "Schäfer-Wolff",
        "von Hardenberg",
        "Habermehl",
        "Dreßler",
        "Kühnert",
        "Yılmaz",
        "Lindemann",
        "Pfannkuch",
        "Öztürk",
        "Hagedorn",
        "zu Eltz",
        "Wendtland",
        "Krüger",
        "Bergmann",
        "Schwarzkopf",
        "Kaczmarek",
        "Grünewald",
        "Tiedemann",
        "Rautenberg",
        "Weißhaupt",
        "Albers",
    ],
    "fr_FR": [
        "Delacroix",
        "Lefèvre",
        "de La Salle",
        "Benali",
        "Giraud",
        "Dubois-Martin",
        "Fontaine",
        "N'Diaye",
        "Rousseau",
        "Le Goff",
        "Chevalier",
        "Mercier",
        "Kerbrat",
        "Deschamps",
        "Lemaître",
        "Haddad",
        "Beaumarchais",
        "Duchêne",
        "Vasseur",
        "Carpentier",
        "d'Aubigny",
        "Renaudin",
        "Quéméner",
        "Toussaint",
    ],
    "it_IT": [
        "De Luca",
        "Lo Russo",
        "Di Stefano",
        "Esposito",
        "Dal Molin",
        "Bianchi",
        "Ferraresi",
        "Capuozzo",
        "Della Valle",
        "Marchetti",
        "Santangelo",
        "Zanella",
        "Colombo",
        "Quartararo",
        "De Nardis",
        "Pellegrini",
        "Barbagallo",
        "Rinaldi",
        "Lombardo",
        "Tagliaferri",
        "Vitale",
        "Guarnieri",
        "D'Amico",
        "Mancuso",
    ],
    "es_ES": [
        "García López",
        "Fernández de la Vega",
        "Ruiz",
        "Etxeberria",
        "Gutiérrez Ortega",
        "Sánchez",
        "Iglesias",
        "Goikoetxea",
        "Martínez-Almeida",
        "Castro",
        "Vidal i Puig",
        "Moreno",
        "Aranburu",
        "Rodríguez",
        "Santamaría",
        "Ballesteros",
        "Ferrer",
        "Quintana",
        "Domínguez",
        "Urquijo",
        "Navarro",
        "Llorente",
        "Carrasco",
        "Otxoa",
    ],
    "pt_BR": [
        "da Silva",
        "dos Santos",
        "Albuquerque",
        "Oliveira",
        "Carvalho",
        "Nascimento",
        "de Souza",
        "Gonçalves",
        "Figueiredo",
        "Cavalcanti",
        "Rocha",
        "Bittencourt",
        "Magalhães",
        "Yamaguchi",
        "Pereira",
        "Brandão",
        "Teixeira",
        "Siqueira",
        "Medeiros",
        "Guimarães",
        "Barbosa",
        "Queiroz",
        "Andrade",
        "Vasconcelos",
    ],
    "nl_NL": [
        "van der Berg",
        "de Vries",
        "te Riele",
        "van Dijk",
        "Bakker",
        "Hendriks",
        "Visser",
        "van Wely",
        "Smits",
        "de Jong",
        "Brouwer",
        "El Amrani",
        "Kuipers",
        "van 't Hof",
        "Mulder",
        "ter Horst",
        "Dijkstra",
        "Hoekstra",
        "Postma",
        "van Leeuwen",
        "Verhoeven",
        "Schouten",
        "Bouzid",
        "ten Cate",
    ],
}

# Surname morphology: prefix + suffix draws surnames that no list holds.
MORPH = {
    "en_US": (
        ["Ash", "Brook", "Kettle", "Hollins", "Marsh", "Thorn", "Wex", "Carl", "Pen"],
        ["worth", "field", "ington", "wick", "ridge", "ford", "berry", "stone"],
    ),
    "en_GB": (
        ["Ram", "Whit", "Hazel", "Brad", "Gos", "Til", "Crom", "Ayle", "Dun"],
        ["bottom", "combe", "hurst", "thwaite", "wick", "ley", "den", "stow"],
    ),
    "en_AU": (
        ["Tuck", "Wet", "Hol", "Kil", "Dar", "Mor", "Cole", "Pen", "Gar"],
        ["well", "rell", "lingworth", "burn", "gate", "ridge", "ton", "ham"],
    ),
    "en_CA": (
        ["Bou", "Ther", "Lache", "Ar", "Pel", "Des", "Mac", "Gau", "Lam"],
        ["chard", "iault", "nault", "senault", "letier", "jardins", "rin", "thier"],
    ),
    "en_IN": (
        ["Krishna", "Venkata", "Subra", "Raghu", "Shan", "Bala", "Chandra", "Rama", "Sri"],
        ["murthy", "raman", "manian", "nathan", "kar", "swamy", "sekhar", "prasad"],
    ),
    "de_DE": (
        ["Vogel", "Ober", "Kessel", "Hollen", "Wester", "Eichen", "Stein", "Rauten", "Brunn"],
        ["kamp", "huber", "meier", "rath", "hoff", "feld", "bach", "berger"],
    ),
    "fr_FR": (
        ["Beau", "Roche", "Val", "Mont", "Ker", "Lebr", "Desch", "Vill", "Gren"],
        ["champ", "fort", "ier", "mont", "gall", "eton", "ard", "ville"],
    ),
    "it_IT": (
        ["Ferr", "Marc", "Bern", "Tagli", "Pell", "Sant", "Cap", "Guar", "Zan"],
        ["aresi", "etti", "ozzo", "ucci", "ieri", "ella", "oni", "ardi"],
    ),
    "es_ES": (
        ["Goi", "Etxe", "Aran", "Urqu", "Ball", "Sant", "Llor", "Garr", "Bel"],
        ["koetxea", "berria", "buru", "ijo", "esteros", "aella", "ente", "ido"],
    ),
    "pt_BR": (
        ["Bitten", "Caval", "Figuei", "Maga", "Vascon", "Albu", "Sique", "Meda", "Quei"],
        ["court", "canti", "redo", "lhães", "celos", "querque", "ira", "roz"],
    ),
    "nl_NL": (
        ["Dijk", "Hoek", "Post", "Brou", "Kuip", "Schou", "Verh", "Wijn", "Bos"],
        ["stra", "sma", "wer", "ers", "ten", "oeven", "gaarden", "ma"],
    ),
}

HONORIFICS = {
    "en_US": ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mx."],
    "en_GB": ["Mr", "Ms", "Mrs", "Dr", "Prof", "Sir", "Dame"],
    "en_AU": ["Mr", "Ms", "Mrs", "Dr", "A/Prof", "Prof"],
    "en_CA": ["Mr.", "Ms.", "Dr.", "Prof.", "Mme", "M."],
    "en_IN": ["Shri", "Smt.", "Dr.", "Mr.", "Ms.", "Prof.", "Er."],
    "de_DE": ["Herr", "Frau", "Dr.", "Frau Dr.", "Herr Prof. Dr.", "Prof.", "Dipl.-Ing."],
    "fr_FR": ["M.", "Mme", "Mlle", "Dr", "Pr", "Me", "Monsieur", "Madame"],
    "it_IT": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Ing.", "Avv.", "Prof.ssa", "Arch."],
    "es_ES": ["Sr.", "Sra.", "D.", "Dña.", "Dr.", "Dra.", "don", "doña"],
    "pt_BR": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng.", "Prof.", "Profa."],
    "nl_NL": ["Dhr.", "Mevr.", "mr.", "drs.", "ir.", "dr.", "mevrouw", "meneer"],
}

LOCALES = list(GIVEN)


def strip_accents(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("ß", "ss")
        .replace("ı", "i")
    )


def surname_tokens(surname: str) -> list[str]:
    """The tokens of a surname as written whose survival is a leak (particles excluded)."""
    out = []
    for word in surname.replace("-", " ").split():
        bare = word.lower()
        if bare in PARTICLES or bare in GENERIC_SUFFIXES or bare == "'t" or len(word) < 2:
            continue
        if bare.startswith("d'") and len(word) > 3:
            out.append(word)
            continue
        out.append(word)
    return out


def draw_surname(rng: random.Random, locale: str, *, synth_share: float = 0.35) -> str:
    if rng.random() < synth_share:
        prefixes, suffixes = MORPH[locale]
        name = rng.choice(prefixes) + rng.choice(suffixes)
        if locale == "es_ES" and rng.random() < 0.5:
            return name + " " + rng.choice(SURNAMES[locale]).split()[0]
        return name
    return rng.choice(SURNAMES[locale])


def _lead_particle_upper(surname: str) -> str:
    """Dutch (and Flemish-style) capital particle when no given name or initial precedes."""
    return surname[0].upper() + surname[1:] if surname[:1].islower() else surname


def person(rng: random.Random, locale: str, surname: str | None = None) -> tuple[str, list[str]]:
    given = rng.choice(GIVEN[locale])
    surname = surname or draw_surname(rng, locale)
    form = rng.random()
    title = rng.choice(HONORIFICS[locale])
    if locale == "pt_BR" and rng.random() < 0.3:
        surname = f"{surname} {rng.choice(['Neto', 'Filho', 'Júnior'])}"
    if form < 0.32:
        text = f"{given} {surname}"
    elif form < 0.47:
        text = f"{title} {given} {surname}"
    elif form < 0.62:
        shown = _lead_particle_upper(surname) if locale == "nl_NL" else surname
        text = f"{title} {shown}"
    elif form < 0.74:
        initials = ". ".join(p[0] for p in given.replace("-", " ").split()) + "."
        if locale in {"en_US", "en_IN"} and rng.random() < 0.3:
            initials = f"{initials} {rng.choice('ABCDEGHJKLMRST')}."
        text = f"{initials} {surname}"
    elif form < 0.80:
        text = (
            f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {surname}"
            if locale.startswith("en")
            else f"{given} {surname}"
        )
    elif form < 0.86:
        text = f"{given} {surname}".upper()
    elif form < 0.90:
        text = f"{given} {surname}".lower()
    elif form < 0.95:
        shown = _lead_particle_upper(surname) if locale == "nl_NL" else surname
        text = f"{shown}, {given}"
    else:
        text = f"{given} {surname}"
    # Fragments are the surname tokens in the case the post shows them.
    tokens = []
    for tok in surname_tokens(surname):
        for cand in (tok, tok.upper(), tok.lower(), tok[0].upper() + tok[1:]):
            if cand in text and cand not in tokens:
                tokens.append(cand)
                break
    return text, tokens


def member_display_names(rng: random.Random, locale: str, n: int) -> list[tuple[str, str, str]]:
    """n members: (display name as registered, given name, surname)."""
    out = []
    seen = set()
    while len(out) < n:
        given = rng.choice(GIVEN[locale])
        surname = draw_surname(rng, locale, synth_share=0.5)
        if (given, surname) in seen:
            continue
        seen.add((given, surname))
        display = f"{given} {surname}"
        if rng.random() < 0.08:
            display += rng.choice([", MBA", ", PhD", " (she/her)", ", CFA", " 🌱"])
        out.append((display, given, surname))
    return out


def member_mention(
    rng: random.Random, locale: str, given: str, surname: str
) -> tuple[str, list[str]]:
    """How a post writes a member: as registered, any case, accents dropped, initial, @tag."""
    form = rng.random()
    if form < 0.35:
        text = f"{given} {surname}"
    elif form < 0.45:
        text = f"{given} {surname}".lower()
    elif form < 0.55:
        text = f"{given} {surname}".upper()
    elif form < 0.67:
        text = strip_accents(f"{given} {surname}")
        if text == f"{given} {surname}":
            text = f"{given} {surname}"
    elif form < 0.79:
        initials = ".".join(p[0] for p in given.replace("-", " ").split()) + "."
        text = f"{initials} {surname}"
    elif form < 0.89:
        text = f"@{given} {surname}"
    elif form < 0.95:
        text = f"{given} {surname}'s" if locale.startswith("en") else f"{given} {surname}"
    else:
        shown = _lead_particle_upper(surname) if locale == "nl_NL" else surname
        text = f"{rng.choice(HONORIFICS[locale])} {shown}"
    tokens = []
    for tok in surname_tokens(surname):
        for cand in (
            tok,
            tok.upper(),
            tok.lower(),
            strip_accents(tok),
            strip_accents(tok).upper(),
            strip_accents(tok).lower(),
            tok[0].upper() + tok[1:],
        ):
            if cand in text and cand not in tokens:
                tokens.append(cand)
                break
    return text, tokens
