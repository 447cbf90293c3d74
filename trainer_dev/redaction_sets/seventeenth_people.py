"""Seventeenth set: name pools per locale and the written forms of a name mention."""
# ruff: noqa: E501  (data: phrase and name pools are kept one alternative-list per line)

from __future__ import annotations

import unicodedata

# given names (mixed), surnames ("_" joins a particle or a second word of one surname)
NAMES = {
    "en_US": (
        "James Maria Tyrone Keisha Daniel Priya Miguel Ashley Wei Grace Hunter Destiny Carlos Megan "
        "Jamal Brooke Xavier Summer Nguyen Hope Dwayne Rosa Cody Amber",
        "Walker Hernandez Okafor Kowalski Baker Rivera Patel Chen Washington Brown Sullivan Nakamura "
        "Jefferson Castillo Young Rose Gomez Fischer Mitchell Brooks O'Neill Hall Ramirez Price",
    ),
    "en_GB": (
        "Oliver Amelia Rhys Siobhan Callum Imogen Harpreet Aisha Alfie Poppy Ewan Chloe Kwame "
        "Bethan Rory Zainab Hamish Freya Declan Ellie Tariq Niamh Hugo Holly",
        "Thompson Evans Khan Hughes McAllister Ahmed Clarke Patterson Begum Wright Morgan Bell "
        "Fairweather Smith-Jones Bishop Adebayo Lloyd Marsh Field Gill Doyle Kaur Stone Hardy",
    ),
    "de_DE": (
        "Lukas Sophie Jonas Leonie Mehmet Ayşe Felix Hannah Maximilian Katharina Jan Elif Tobias "
        "Lena Dmitri Friederike Moritz Annika Ole Zeynep Till Greta Niklas Marie",
        "Müller Schmidt Yılmaz Becker Hoffmann von_Thaden Wagner Schröder Kowalczyk Neumann Krüger "
        "Fuchs Brandt Hartmann Lehmann Vogel Sommer Winter Koch Petrović Engel Keller Schäfer Böhm",
    ),
    "fr_FR": (
        "Camille Hugo Léa Mathis Chloé Karim Inès Théo Manon Yanis Élodie Baptiste Amandine Mamadou "
        "Océane Jérôme Nadia Gaël Clémence Loïc Salomé Mehdi Aurélie Quentin",
        "Martin Lefèvre Dubois Benali Moreau Girard Le_Gall Fontaine Rousseau Diallo Mercier "
        "Lambert Bonnet Chevalier Nguyen Faure Blanc Garnier Da_Silva Perrin Roux Leroy Colin Vidal",
    ),
    "nl_NL": (
        "Daan Sanne Bram Fleur Mohamed Lotte Thijs Noor Jesse Anouk Sem Fenna Ruben Iris Youssef "
        "Maud Stijn Esmee Kees Naomi Joris Floor Wouter Yara",
        "de_Jong Jansen de_Vries van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder Bos "
        "El_Amrani Vos Peters Hendriks van_Dijk Dekker Brouwer Kramer Postma Willems Kok Verhoeven Hoekstra",
    ),
    "cs_CZ": (
        "Jana Tomáš Petra Jakub Lucie Ondřej Tereza Martin Kateřina Vojtěch Eliška Lukáš Barbora "
        "Jiří Markéta Radek Zuzana Štěpán Veronika Filip Hana Matěj Klára Dominik",
        "Nováková Svoboda Dvořáková Černý Procházka Kučerová Veselý Horáková Němec Marková Pokorný "
        "Růžička Benešová Fiala Sedláček Doležalová Zeman Kolářová Navrátil Čermák Vaněk Holubová Kříž Bartoš",
    ),
    "sk_SK": (
        "Martina Peter Zuzana Marek Lenka Michal Katarína Juraj Simona Tomáš Ivana Roman Dominika "
        "Matúš Monika Rastislav Andrea Ľubomír Natália Patrik Veronika Šimon Lucia Branislav",
        "Horváthová Kováč Tóthová Varga Baláž Szabóová Molnár Nagyová Lukáč Šimková Kráľ Hudecová "
        "Oravec Kollárová Polák Gregušová Štefánik Mikulová Hrušovský Bieliková Zelenák Kováčiková Ďurica Blaho",
    ),
    "da_DK": (
        "Mads Freja Rasmus Ida Frederik Sofie Emil Karoline Ahmad Mette Søren Astrid Mikkel Louise "
        "Jens Signe Kasper Maja Anders Nanna Magnus Cecilie Bo Line",
        "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen "
        "Kristensen Olsen Thomsen Poulsen Møller Mortensen Østergaard Dahl Lund Holm Bak Skov Nørgaard",
    ),
    "ro_RO": (
        "Andrei Ioana Mihai Elena Alexandru Cristina Bogdan Raluca Ștefan Adriana Vlad Bianca Florin "
        "Oana Radu Simona Cătălin Diana Sorin Alina Tudor Irina Gabriel Corina",
        "Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghiu Munteanu Constantinescu Marin Tudose "
        "Lungu Rădulescu Moldovan Barbu Nistor Florea Dobre Sârbu Zamfir Vasilescu Ene Mocanu Pavel",
    ),
    "de_CH": (
        "Luca Noemi Gian Seraina Reto Nicole Jonas Lea Urs Corinne Fabio Ladina Marco Svenja "
        "Beat Aline Nando Chiara Dario Rahel Andri Mirjam Timo Flurina",
        "Meier Brunner Baumann Gerber Widmer Zürcher Bühler Frei Hürlimann Steiner Graf Moser "
        "Bianchi Rochat Suter Sutter Kälin Odermatt Wyss Zbinden Pfister Caduff Lüthi Schnyder",
    ),
    "hu_HU": (
        "Bence Eszter Máté Réka Dániel Zsófia Balázs Anna Gergely Katalin Ádám Nóra Péter Dóra "
        "Levente Boglárka Csaba Krisztina Zoltán Orsolya Tamás Viktória Attila Fanni",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász "
        "Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Bíró",
    ),
    "hr_HR": (
        "Ivan Ana Luka Petra Marko Ivana Josip Marija Filip Lucija Tomislav Katarina Matej Nikolina "
        "Ante Tena Domagoj Maja Karlo Lana Dario Mia Hrvoje Iva",
        "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Marković Petrović Matić Tomić "
        "Pavlović Božić Blažević Grgić Pavić Radić Perić Kovačić Šarić Lovrić Vidović Brkić",
    ),
}
PARTICLES = {"von", "van", "de", "den", "der", "le", "la", "da", "du", "di", "el"}
TITLE_WORDS = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "frau",
    "herr",
    "mme",
    "madame",
    "mevrouw",
    "meneer",
    "paní",
    "pan",
    "pani",
    "pán",
    "ing",
    "mgr",
    "lektor",
    "direktør",
    "cand.merc",
    "doamna",
    "domnul",
    "ifj",
    "özv",
    "gospođa",
    "gospodin",
}


def pools(locale):
    g, s = NAMES[locale]
    return g.split(), [x.replace("_", " ") for x in s.split()]


def fold(s: str) -> str:
    s = (
        s.replace("ø", "o")
        .replace("Ø", "O")
        .replace("æ", "ae")
        .replace("ß", "ss")
        .replace("ı", "i")
    )
    s = s.replace("Ľ", "L").replace("ľ", "l").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    out = []
    for t in name.replace("-", " ").split():
        t = t.strip(".,")
        if (
            t.lower() in PARTICLES
            or t.lower() in TITLE_WORDS
            or len(t) <= 1
            or t.endswith("'s")
            and len(t) <= 3
        ):
            continue
        if t.endswith("'s"):
            t = t[:-2]
        out.append(t.lstrip("@"))
    return out


def name_frags(value: str) -> list[str]:
    return ["t:" + t for t in tokens(value)]


def _handle(rng, given, surname):
    g, s = (
        fold(given).lower(),
        fold(surname).lower().replace(" ", "").replace("'", "").replace("-", ""),
    )
    return "@" + rng.choice([g + s, g + "." + s, g[0] + s, g + "_" + s, s + g[:2]])


def member_mention(rng, full: str, locale: str):
    """A realistic mention of a roster member: (value, form)."""
    given, surname = full.split(" ", 1)
    forms = [
        "full",
        "full",
        "given",
        "surname",
        "initial",
        "handle",
        "lower",
        "folded",
        "possessive",
    ]
    form = rng.choice(forms)
    if form == "full":
        return full, form
    if form == "given":
        return given, form
    if form == "surname":
        return surname, form
    if form == "initial":
        return f"{given[0]}. {surname}", form
    if form == "handle":
        return _handle(rng, given, surname), form
    if form == "lower":
        return full.lower(), form
    if form == "folded":
        f = fold(full)
        return (f, form) if f != full else (full.upper(), "upper")
    if locale.startswith("en"):
        return f"{given}'s", form
    return full, "full"


def person_mention(rng, given: str, surname: str, locale: str, titles: list[str]):
    r = rng.random()
    if locale == "hu_HU":
        if r < 0.7:
            return f"{surname} {given}", "full_eastern"
        return f"{rng.choice(['dr.', 'Dr.'])} {surname} {given}", "title_full"
    if r < 0.55:
        return f"{given} {surname}", "full"
    if r < 0.72:
        return f"{rng.choice(titles)} {surname}", "title_surname"
    if r < 0.85:
        return f"{rng.choice(titles)} {given} {surname}", "title_full"
    if r < 0.93:
        return f"{surname.upper()} {given}" if locale in (
            "fr_FR",
            "ro_RO",
        ) else f"{surname}, {given}", "surname_first"
    return f"{given[0]}. {surname}", "initial"


TITLES = {
    "en_US": ["Dr.", "Ms.", "Mr.", "Prof."],
    "en_GB": ["Dr", "Mrs", "Mr", "Ms"],
    "de_DE": ["Frau", "Herr", "Dr.", "Frau Dr."],
    "de_CH": ["Frau", "Herr", "Dr.", "Prof."],
    "fr_FR": ["Mme", "M.", "Dr", "Madame"],
    "nl_NL": ["mevrouw", "meneer", "dr.", "mr."],
    "cs_CZ": ["paní", "pan", "Ing.", "Mgr."],
    "sk_SK": ["pani", "pán", "Ing.", "Mgr."],
    "da_DK": ["dr.", "cand.merc.", "lektor", "direktør"],
    "ro_RO": ["doamna", "domnul", "dr.", "ing."],
    "hu_HU": ["dr.", "Dr.", "ifj.", "özv."],
    "hr_HR": ["gospođa", "gospodin", "dr.", "mr."],
}


def make_roster(rng, locale):
    given, surnames = pools(locale)
    g = rng.sample(given, 8)
    s = rng.sample(surnames, 8)
    return [f"{a} {b}" for a, b in zip(g, s, strict=False)]


def non_member(rng, locale, banned: set[str]):
    given, surnames = pools(locale)
    for _ in range(500):
        g, s = rng.choice(given), rng.choice(surnames)
        toks = {t.lower() for t in tokens(f"{g} {s}")} | {
            fold(t).lower() for t in tokens(f"{g} {s}")
        }
        if not toks & banned:
            return g, s
    raise RuntimeError("name pool exhausted")
