"""Name pools, mention forms and handles for the thirtieth set (written by hand)."""

from __future__ import annotations

import unicodedata

# locale -> (given names, surnames); mixes of the origins really found in each country
NAMES = {
    "en_US": (
        "Megan Tyler Jordan Rosa Deshawn Hannah Carlos Mei Brandon Aaliyah Grace Wesley "
        "Priya Colton Dakota Summer Hunter Ivy",
        "Whitfield Okafor Delgado Brennan Nguyen Kowalski Hart Rivers Castellano Bishop "
        "Lindqvist Mahoney Washington Park Stone Baker Yazzie Goldberg",
    ),
    "en_IN": (
        "Aarav Ananya Rohit Sneha Vikram Lakshmi Imran Kavya Harpreet Deepa Arjun Meera "
        "Sanjay Farah Rahul Pooja Joseph Nandini",
        "Iyer Sharma Banerjee Kulkarni Reddy Menon Chatterjee Qureshi Gill Nair Pillai "
        "Deshpande D'Souza Agarwal Bhattacharya Khan Rao Joshi",
    ),
    "de_DE": (
        "Lena Jonas Katrin Mehmet Sophie Lukas Anja Tobias Elif Matthias Jana Florian "
        "Ursula Dennis Zeynep Sven Hanna Kai",
        "Schneider Böhm Yılmaz Hoffmann Krause Wagner Vogel Fuchs Kowalczyk Becker "
        "Schäfer Winkler Brandt Engel Lang Sommer Koch Haas",
    ),
    "fr_FR": (
        "Camille Hugo Léa Mathis Inès Thibault Nadia Julien Chloé Karim Margaux Yann "
        "Océane Bastien Aïcha Rémi Soizic Élodie",
        "Lefèvre Moreau Benali Garnier Rousseau Faure Le Goff Chevalier Mercier Boyer "
        "Diallo Lemoine Blanc Marchand Perrin Fontaine Roux Gauthier",
    ),
    "pt_BR": (
        "João Mariana Thiago Letícia Rafael Camila Gustavo Beatriz Vinícius Larissa Diego "
        "Fernanda Paulo Aline Renato Jéssica Caio Tainá",
        "Almeida Nascimento Carvalho Ribeiro Takahashi Oliveira Barbosa Cavalcanti Moura "
        "Rocha Teixeira Haddad Pereira Azevedo Lima Farias Monteiro Cardoso",
    ),
    "nl_NL": (
        "Sanne Daan Femke Bram Noor Thijs Anouk Ruben Fleur Mohamed Lotte Jeroen Esra "
        "Wouter Iris Stijn Maud Sem",
        "de Vries van Dijk Bakker Jansen Visser Smit Meijer de Boer Mulder Bos Vos Peters "
        "Hendriks van Leeuwen Dekker Brouwer Kaya Postma",
    ),
    "ca_ES": (
        "Jordi Montserrat Pau Núria Arnau Laia Oriol Mireia Xavier Aina Marc Roser Quim "
        "Berta Joan Carme Adrià Ona",
        "Puig Vilaró Ferrer Soler Casals Grau Pujol Riera Serra Bosch Vidal Camps Roca "
        "Font Sala Mas Codina Roig",
    ),
    "es_GT": (
        "José Ana Luis María Carlos Gabriela Estuardo Lucía Byron Karla Mynor Wendy Edgar "
        "Sindy Fernando Heidy Marvin Andrea",
        "López Pérez Ajú Castillo Morales Cifuentes Xicará Recinos Barrios Godoy "
        "Monterroso Quiñónez Chávez Orellana Tzul Méndez Arévalo Pineda",
    ),
    "en_ZM": (
        "Mwila Chanda Bwalya Mutale Natasha Kelvin Chilufya Mercy Lubinda Precious "
        "Mulenga Given Kasonde Memory Joseph Thandiwe Brian Mirriam",
        "Phiri Banda Mwanza Tembo Zulu Lungu Mumba Sakala Chileshe Musonda Mbewe Kabwe "
        "Ngoma Daka Nyirenda Sichone Kaunda Simwinga",
    ),
    "fr_CM": (
        "Jean-Paul Aminatou Serge Clarisse Hervé Brigitte Ousmane Solange Patrice Nadège "
        "Emmanuel Hadiza Landry Estelle Junior Carine Blaise Mireille",
        "Mbarga Ndongo Fotso Nkoulou Tchamba Abega Eto'o Bello Ngo Biyong Kamga Manga "
        "Tchoupo Essomba Njoya Owona Moukouri Atangana Djoumessi",
    ),
    "es_BO": (
        "Evo Wilma Marcelo Rosario Javier Ximena Franz Sonia Rodrigo Lourdes Alvaro "
        "Gladys Mauricio Paola Richard Nelly Ivan Jhenny",
        "Mamani Quispe Condori Choque Flores Gutiérrez Vargas Apaza Rojas Salazar "
        "Terrazas Aguilar Ticona Villca Zeballos Arce Huanca Calle",
    ),
    "sq_AL": (
        "Arben Elira Besnik Mirela Dritan Ardita Gentian Blerina Erion Jonida Klodian "
        "Anisa Fatos Rezarta Ilir Xhesika Ermal Ornela",
        "Hoxha Shehu Gjoka Krasniqi Dervishi Leka Kola Marku Prifti Berisha Çela Toska "
        "Zeneli Meta Bushati Hasani Lika Rama",
    ),
}

PARTICLES = {
    "de",
    "van",
    "der",
    "den",
    "da",
    "do",
    "dos",
    "das",
    "del",
    "le",
    "la",
    "von",
    "ten",
    "ter",
}


def _split_surnames(s: str) -> list[str]:
    out, buf = [], []
    for w in s.split():
        buf.append(w)
        if w.lower() not in PARTICLES:
            out.append(" ".join(buf))
            buf = []
    return out


def pools(locale: str) -> tuple[list[str], list[str]]:
    g, s = NAMES[locale]
    return g.split(), _split_surnames(s)


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ç", "c").replace("Ç", "C")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def tokens(name: str) -> list[str]:
    out = []
    for w in name.replace("-", " ").split():
        w = w.strip(".,")
        if w.lower() in PARTICLES or len(w) < 2:
            continue
        out.append(w)
    return out


def name_tokens(name: str) -> list[str]:
    """Whole tokens (hyphenated given names kept whole) used for t: fragments."""
    out = []
    for w in name.split():
        w = w.strip(".,")
        if w.lower() in PARTICLES or len(w) < 2 or w.endswith("."):
            continue
        out.append(w)
    return out


def roster(rng, locale: str) -> list[str]:
    g, s = pools(locale)
    gs, ss = rng.sample(g, 8), rng.sample(s, 8)
    return [f"{a} {b}" for a, b in zip(gs, ss, strict=False)]


TITLES = {
    "en": (["Mr", "Ms", "Dr", "Mrs"], ["Mr.", "Ms.", "Dr."]),
    "de": (["Herr", "Frau", "Dr."], ["Herr", "Frau"]),
    "fr": (["M.", "Mme", "Maître"], ["Monsieur", "Madame"]),
    "pt": (["Sr.", "Sra.", "Dr.", "Dona"], ["Seu", "Dona"]),
    "nl": (["meneer", "mevrouw", "dhr.", "mevr."], ["meneer", "mevrouw"]),
    "ca": (["Sr.", "Sra.", "senyor", "senyora"], ["en", "la"]),
    "es": (["Lic.", "Ing.", "Sr.", "Sra.", "Dra."], ["don", "doña"]),
    "sq": (["z.", "znj.", "Dr."], ["zoti", "zonja"]),
}


def _handle(rng, given: str, sur: str) -> str:
    g, s = fold(given).lower().replace("'", ""), fold(sur).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{g}.{s}", f"{g}{s[:1]}", f"{g[:1]}{s}", f"{g}_{s}"])


def mention(rng, name: str, lang: str, member: bool) -> tuple[str, str, list[str], str]:
    """Return (value, form, fragments, suffix written right after the value)."""
    given, sur = name.split(" ", 1)
    forms = ["full", "full", "given", "surname", "initial", "title", "lower", "folded"]
    if member:
        forms += ["handle", "given", "possessive" if lang in ("en", "nl") else "full"]
    else:
        forms += ["given_initial"]
    form = rng.choice(forms)
    suffix = ""
    if form == "folded" and fold(name) == name:
        form = "full"
    if form == "full":
        v = name
    elif form == "given":
        v = given
    elif form == "surname":
        v = sur
        if sur.split()[0].lower() in PARTICLES and lang == "nl":
            v = sur[0].upper() + sur[1:]
    elif form == "initial":
        v = f"{given[0]}. {sur}"
    elif form == "title":
        v = rng.choice(TITLES[lang][0]) + " " + sur
    elif form == "lower":
        v = rng.choice([name, given]).lower()
    elif form == "folded":
        v = fold(name)
    elif form == "handle":
        h = _handle(rng, given, sur)
        return "@" + h, form, ["t:" + h], ""
    elif form == "possessive":
        v, suffix = given, "'s"
    else:  # given_initial
        v = f"{given} {sur[0]}."
    frags = [
        "t:" + t
        for t in name_tokens(v)
        if t.lower() not in {x.lower().strip(".") for x in TITLES[lang][0]}
    ]
    return v, form, frags, suffix
