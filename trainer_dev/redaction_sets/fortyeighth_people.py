"""Names for the forty-eighth set (sports clubs), written by hand for it per locale.

ROSTER: the eight club members per locale the engine is told about. GIVEN_F / GIVEN_M /
SURNAMES: private non-members; a surname "Nowicki/Nowicka" has a male and a female form.
Non-member names sharing a token with the roster are dropped in code (``person_pool``).
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

ROSTER = {
    "en_GB": [
        "Harriet Blackwood",
        "Callum Fairbairn",
        "Priya Chaudhry",
        "Owen Pritchard",
        "Niamh Gallagher",
        "Tobias Wren",
        "Imogen Stanier",
        "Declan Mulholland",
    ],
    "en_US": [
        "Jordan Whitfield",
        "Tamika Ellison",
        "Brett Kowalczyk",
        "Savannah Ruiz",
        "Darnell Okafor",
        "Megan Lindqvist",
        "Trevor Haskins",
        "Alyssa Nakamura",
    ],
    "de_DE": [
        "Jonas Bergmann",
        "Leonie Hartwig",
        "Mehmet Yıldız",
        "Svenja Krämer",
        "Florian Eichhorn",
        "Katharina von Stetten",
        "Nils Ohlendorf",
        "Annika Brückner",
    ],
    "fr_FR": [
        "Camille Rousseau",
        "Théo Marchand",
        "Inès Benali",
        "Guillaume Lefèvre",
        "Manon Delacroix",
        "Yannick Le Goff",
        "Élodie Carpentier",
        "Bastien Moreau",
    ],
    "es_ES": [
        "Lucía Fernández Ortega",
        "Álvaro Iglesias Prieto",
        "Nerea Azkue Etxeberria",
        "Javier Montoya Cano",
        "Marta Valverde Ríos",
        "Iker Salazar Beltrán",
        "Rocío Palacios Gil",
        "Sergio Navarro Lozano",
    ],
    "it_IT": [
        "Giulia Ferraresi",
        "Matteo Longobardi",
        "Chiara De Santis",
        "Lorenzo Bianchetti",
        "Federica Carbone",
        "Alessio Mancuso",
        "Martina Lo Russo",
        "Davide Pellegrini",
    ],
    "pl_PL": [
        "Katarzyna Wiśniewska",
        "Tomasz Zieliński",
        "Agnieszka Wróblewska",
        "Paweł Kaczmarek",
        "Magdalena Szymańska",
        "Grzegorz Lewandowski",
        "Joanna Dąbrowska",
        "Michał Jankowski",
    ],
    "pt_BR": [
        "Larissa Figueiredo",
        "Thiago Nascimento",
        "Juliana Araújo",
        "Rafael Bittencourt",
        "Camila Teixeira",
        "Gustavo Prado",
        "Fernanda Cavalcanti",
        "Leandro Monteiro",
    ],
    "de_LI": [
        "Fabian Frommelt",
        "Sarina Büchel",
        "Dominik Ospelt",
        "Larissa Hasler",
        "Manuel Wohlwend",
        "Jasmin Kindle",
        "Patrick Negele",
        "Selina Batliner",
    ],
    "sv_FI": [
        "Mikael Lindholm",
        "Johanna Sjöberg",
        "Emil Grönroos",
        "Sofia Wikström",
        "Niklas Backman",
        "Linnea Forsblom",
        "Jesper Holmqvist",
        "Ida Westerlund",
    ],
    "en_BS": [
        "Keva Rolle",
        "Dwayne Ferguson",
        "Shavonne Cartwright",
        "Antonio Saunders",
        "Latoya Pinder",
        "Kendrick Munnings",
        "Tiffany Bethel",
        "Jamaal Strachan",
    ],
    "mt_MT": [
        "Kurt Farrugia",
        "Christabelle Zammit",
        "Ġorġ Micallef",
        "Rebecca Xuereb",
        "Clint Azzopardi",
        "Marthese Buttigieg",
        "Luke Cassar",
        "Daniela Spiteri",
    ],
}

GIVEN_F = {
    "en_GB": "Eleanor Aisha Bethany Siobhan Poppy Lydia Yasmin Ffion Rosalind Tamsin",
    "en_US": "Brianna Shanice Kelsey Mackenzie Haley Jasmine Destiny Marisol Courtney",
    "de_DE": "Friederike Theresa Jana Franziska Merle Henrike Wiebke Ulrike Sabine",
    "fr_FR": "Aurélie Margaux Chloé Sandrine Léa Océane Gaëlle Solène Maëlys",
    "es_ES": "Alba Paula Carmen Irene Noelia Ainhoa Miriam Elena Itziar",
    "it_IT": "Francesca Elisa Sara Valentina Ilaria Beatrice Serena Alessandra Noemi",
    "pl_PL": "Marta Ewa Zofia Aleksandra Natalia Dorota Karolina Beata Urszula",
    "pt_BR": "Bruna Letícia Mariana Patrícia Débora Renata Tatiane Priscila Jéssica",
    "de_LI": "Corinne Nadine Tamara Sandra Michaela Vanessa Seraina Ramona",
    "sv_FI": "Matilda Elin Frida Malin Saga Nora Vilma Annika Stina",
    "en_BS": "Tameka Shenique Krystal Ayana Charisse Lakeisha Monique Vanessa Deandra",
    "mt_MT": "Nicole Marvic Rita Doris Stephanie Elaine Charlene Graziella Rosanne",
}
GIVEN_M = {
    "en_GB": "Rhys Freddie Gareth Marcus Hamish Kieran Rupert Dominic Alasdair",
    "en_US": "Cody Tyler Garrett Dustin Terrence Colton Wyatt Logan Dakota",
    "de_DE": "Malte Ole Dirk Björn Lukas Sönke Kai Henning Torsten",
    "fr_FR": "Quentin Julien Romain Maxime Nicolas Thibault Baptiste Kévin Gaëtan",
    "es_ES": "Rubén Adrián Hugo Diego Gonzalo Víctor Raúl Óscar Unai",
    "it_IT": "Simone Stefano Riccardo Gabriele Tommaso Nicola Emanuele Michele Ettore",
    "pl_PL": "Krzysztof Piotr Łukasz Marcin Wojciech Bartosz Jakub Rafał Przemysław",
    "pt_BR": "Felipe Rodrigo Vinícius Eduardo Caio Matheus Diogo Renan Wagner",
    "de_LI": "Andreas Matthias Stefan Reto Urs Pascal Roman Marco Elias",
    "sv_FI": "Henrik Anders Kristian Patrik Rasmus Joakim Oskar Mattias Kaj",
    "en_BS": "Jermaine Delano Rashad Devon Kirkland Travis Ricardo Omar Cordero",
    "mt_MT": "Antoine Ryan Roderick Ċensu Pawlu Mario Malcolm Ġanni Jeremy",
}
SURNAMES = {
    "en_GB": "Ashworth Thistlethwaite Okonkwo Hargreaves Pennington McAllister Raikes Dunmore "
    "Haldane Whitcombe Bannerman Loughlin Sedgwick Trevelyan Akhtar Ferreira-Lowe",
    "en_US": "Pruitt Galloway Vandermeer Okonjo Birchfield Castellanos Whitaker Mahoney "
    "Strickland Yazzie Lindgren Abernathy Tran Kaminski Holloway Beaumont",
    "de_DE": "Schäfer Winterberg Kowalewski Hofstetter Lindemann Göbel Rautenberg Pfeiffer "
    "Lüders Zimmermann Kesselring Brandauer Mertens Hinrichs Dietz Schulze-Wessel",
    "fr_FR": "Girard Fontaine Dubois Lemoine Chevalier Perrin Barbier Gauthier Roussel "
    "Mercier Brunet Renaud Vasseur Leclerc Kerhervé Lacombe-Vidal",
    "es_ES": "García Morales Herrera Castaño Domínguez Sanz Cabrera Santana Rojas Molina "
    "Arrieta Quintero Zamora Bermejo Garmendia Sotomayor",
    "it_IT": "Esposito Colombo Ricci Marino Greco Gallo Conti Caruso Moretti Barbieri "
    "Lombardi Rinaldi D'Amico Serafini Bellandi Giordano",
    "pl_PL": "Nowicki/Nowicka Pawlak Michalski/Michalska Krawczyk Górecki/Górecka Sikora "
    "Baran Urbański/Urbańska Mazur Kubiak Wilczyński/Wilczyńska Stępień "
    "Sadowski/Sadowska Czarnecki/Czarnecka Jabłoński/Jabłońska Walczak",
    "pt_BR": "Oliveira Carvalho Ribeiro Mendes Barros Pinheiro Rocha Moura Freitas Dias "
    "Andrade Siqueira Albuquerque Magalhães Quintela Vasconcelos",
    "de_LI": "Marxer Schädler Oehri Gassner Sprenger Walser Heeb Eberle Nigg Quaderer "
    "Biedermann Tschütscher Kranz Risch Gstöhl Lampert",
    "sv_FI": "Nyström Ekholm Söderberg Blomqvist Häggblom Lönnqvist Björkman Strandberg "
    "Sundqvist Granlund Åkerlund Fagerström Lindroos Nylund Rosenlund Storbacka",
    "en_BS": "Knowles Darville Deveaux Albury Sweeting Mortimer Higgs Sears McKenzie Bain "
    "Gibson Forbes Moxey Seymour Adderley Culmer",
    "mt_MT": "Borg Vella Galea Grech Mifsud Agius Caruana Debono Fenech Sammut Bonello "
    "Schembri Bugeja Gauci Tabone Sciberras",
}
# Particles and titles are never fragments: they are not the name.
PARTICLES = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "da",
    "dos",
    "das",
    "do",
    "di",
    "del",
    "della",
    "lo",
    "y",
    "e",
    "zu",
    "af",
    "al",
    "el",
    "il",
    "l",
    "ta",
    "tal",
    "ix",
    "san",
    "santa",
    "dun",
    "st",
    "mc",
}
# Per locale: the male title, the female title, then titles for anyone.
TITLES = {
    "en_GB": ["Mr", "Ms", "Dr", "Coach"],
    "en_US": ["Mr.", "Ms.", "Dr.", "Coach"],
    "de_DE": ["Herr", "Frau", "Dr.", "Trainer"],
    "fr_FR": ["M.", "Mme", "Dr", "coach"],
    "es_ES": ["Sr.", "Sra.", "Dr.", "D."],
    "it_IT": ["Sig.", "Sig.ra", "Dott.", "mister"],
    "pl_PL": ["Pan", "Pani", "dr", "trener"],
    "pt_BR": ["Sr.", "Sra.", "Dr.", "professor"],
    "de_LI": ["Herr", "Frau", "Dr.", "Trainer"],
    "sv_FI": ["herr", "fru", "dr", "tränare"],
    "en_BS": ["Mr.", "Mrs.", "Dr.", "Coach"],
    "mt_MT": ["Sur", "Sinjura", "Dr", "Coach"],
}

# Polish members' case forms (genitive, dative, instrumental), written by hand.
PL_CASES = {
    "Katarzyna Wiśniewska": ["Katarzyny Wiśniewskiej", "Katarzynie", "Wiśniewską"],
    "Tomasz Zieliński": ["Tomasza Zielińskiego", "Tomkowi", "Zielińskim"],
    "Agnieszka Wróblewska": ["Agnieszki Wróblewskiej", "Agnieszce", "Wróblewską"],
    "Paweł Kaczmarek": ["Pawła Kaczmarka", "Pawłowi", "Kaczmarkiem"],
    "Magdalena Szymańska": ["Magdaleny Szymańskiej", "Magdzie", "Szymańską"],
    "Grzegorz Lewandowski": ["Grzegorza Lewandowskiego", "Grześkowi", "Lewandowskim"],
    "Joanna Dąbrowska": ["Joanny Dąbrowskiej", "Asi", "Dąbrowską"],
    "Michał Jankowski": ["Michała Jankowskiego", "Michałowi", "Jankowskim"],
}
# Genitive -s in German and Swedish; Maltese and the rest take the plain form.
GENITIVE_S = {"de_DE", "de_LI", "sv_FI"}

_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ħ": "h",
        "Ħ": "H",
        "ø": "o",
        "Ø": "O",
        "ı": "i",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
    }
)


def fold(text: str) -> str:
    """Accents stripped, case kept (the 'folded' written form)."""
    text = unicodedata.normalize("NFD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """NFKC, case-fold, accents stripped, Unicode digits to ASCII: the matching form."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    text = fold(text)
    return "".join(
        str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text
    )


def name_tokens(text: str) -> list[str]:
    """The normalised tokens of a written name, without particles, titles and initials."""
    out = []
    for tok in re.findall(r"\w+", normalise(text)):
        if len(tok) > 1 and tok not in PARTICLES and not tok.isdigit():
            out.append(tok)
    return out


@cache
def roster_tokens(locale: str) -> frozenset[str]:
    return frozenset(t for name in ROSTER[locale] for t in name_tokens(name))


@cache
def all_roster_tokens() -> frozenset[str]:
    return frozenset(t for locale in ROSTER for t in roster_tokens(locale))


@cache
def person_pool(locale: str) -> tuple[tuple[str, str], ...]:
    """(given, surname) pairs for non-members: gender-matched, no token shared with any
    roster member of any locale."""
    banned = all_roster_tokens()
    pairs = []
    for gender, given in (("f", GIVEN_F[locale]), ("m", GIVEN_M[locale])):
        for g in given.split():
            for s in SURNAMES[locale].split():
                forms = s.split("/")
                sur = forms[-1] if gender == "f" else forms[0]
                if not (set(name_tokens(g)) | set(name_tokens(sur))) & banned:
                    pairs.append((g, sur))
    return tuple(pairs)


def split_member(locale: str, name: str) -> tuple[str, str]:
    """(given, surname) of a roster name; Spanish keeps both surnames, particles stay."""
    given, _, surname = name.partition(" ")
    return given, surname


def member_mention(rng: random.Random, locale: str, name: str) -> tuple[str, str]:
    """One written mention of a member and its form name."""
    given, surname = split_member(locale, name)
    main_sur = surname.split()[-1] if locale != "es_ES" else surname.split()[0]
    handle = fold(given + main_sur).lower().replace(" ", "")
    forms = [
        ("full", name),
        ("given", given),
        ("surname", surname),
        ("initial", f"{given[0]}. {main_sur}"),
        (
            "handle",
            "@"
            + rng.choice(
                [
                    handle,
                    fold(given).lower() + "_" + fold(main_sur).lower()[:4],
                    fold(given[0] + main_sur).lower(),
                ]
            ),
        ),
        ("lower", name.lower()),
        ("folded", fold(name)),
        ("swapped", f"{surname}, {given}"),
        ("upper_surname", f"{main_sur.upper()} {given}"),
    ]
    if locale == "pl_PL":
        for case, written in zip(("gen", "dat", "ins"), PL_CASES[name], strict=True):
            forms.append((f"inflected_{case}", written))
    elif locale in GENITIVE_S:
        forms.append(("genitive", given + ("'" if given.endswith("s") else "s")))
    elif locale.startswith("en"):
        forms.append(("possessive", given + "'s"))
    if fold(name) == name:
        forms = [f for f in forms if f[0] != "folded"]
    form, text = rng.choice(forms)
    return text, form


def person_mention(rng: random.Random, locale: str, given: str, sur: str) -> tuple[str, str]:
    male, female, *anyone = TITLES[locale]
    title = rng.choice([female if given in GIVEN_F[locale].split() else male, *anyone])
    forms = [
        ("full", f"{given} {sur}"),
        ("full", f"{given} {sur}"),
        ("title_surname", f"{title} {sur}"),
        ("title_full", f"{title} {given} {sur}"),
        ("initial", f"{given[0]}. {sur}"),
        ("swapped", f"{sur}, {given}"),
        ("upper_surname", f"{sur.upper()} {given}"),
        ("lower", f"{given} {sur}".lower()),
        ("folded", fold(f"{given} {sur}")),
    ]
    if fold(given + sur) == given + sur:
        forms = [f for f in forms if f[0] != "folded"]
    form, text = rng.choice(forms)
    return text, form
