"""Eighth set: person records per locale (own pools) and the written forms of a name."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

_P = {
    "en_US": (
        "James Michael Robert David William Thomas Christopher Daniel Matthew Anthony Joshua Andrew Tyler "
        "Brandon Kevin Marcus DeShawn Luis Ethan Caleb Wyatt Owen",
        "Mary Jennifer Linda Patricia Elizabeth Jessica Ashley Brittany Samantha Megan Lauren Kayla Tamika "
        "Rosa Hannah Madison Abigail Chloe Harper Savannah Leah Brooke",
        "Hernandez Kowalski Whitfield Okafor Nguyen Delgado McAllister Brennan Tran Goldberg Washington "
        "Abernathy Castellanos Pruitt Yamamoto Sorensen Vasquez Holloway Lindqvist Barrows Fairbanks "
        "Kincaid Montoya Oyelaran Petrakis Rasmussen Stroud Thibodeaux Underwood Villanueva Whitaker Zielinski",
    ),
    "en_GB": (
        "Oliver Harry George Jack Charlie Alfie Callum Rhys Gareth Nigel Alistair Rupert Hamish Tobias "
        "Declan Dominic Barnaby Finlay",
        "Olivia Amelia Isla Poppy Imogen Siobhan Harriet Philippa Niamh Gemma Kirsty Lowri Freya Bethan "
        "Eleanor Rosalind Tamsin Felicity",
        "Ashworth Pemberton Featherstone Haworth Greenhalgh Llewellyn Ramsbottom Cholmondeley Braithwaite "
        "Oyelowo Khan Patel Fairclough Ogilvie Thistlethwaite Pritchard Blenkinsop Winterbottom Heseltine "
        "Whitworth Entwistle Sutcliffe Marchbanks Hargreaves Dunmore Trelawney Penhaligon Grimshaw Ackroyd",
    ),
    "en_IE": (
        "Seán Ciarán Pádraig Cian Oisín Darragh Eoin Tadhg Colm Donal Fergal Ruairí Diarmuid Cathal Niall",
        "Aoife Siobhán Gráinne Saoirse Caoimhe Sinéad Clodagh Orla Niamh Róisín Deirdre Eimear Máire Úna Bríd",
        "Ó Súilleabháin|O'Sullivan|Mac Giolla Phádraig|Fitzgerald|Ní Bhriain|Ó Ceallaigh|McGuinness|"
        "Ó Dónaill|Kavanagh|Mac Cárthaigh|O'Driscoll|Breathnach|Donoghue|Ó Murchú|Fennelly|Costigan|"
        "Mac an tSaoi|Brosnan|Lenihan|Hegarty|Ó Briain|Scanlon|Moriarty|Tierney",
    ),
    "en_IN": (
        "Aarav Vihaan Arjun Rohan Siddharth Karthik Venkatesh Rajesh Prakash Anirudh Harpreet Gurpreet "
        "Mohammed Imran Sandeep Abhishek Nikhil Pranav Srinivas",
        "Priya Ananya Diya Kavya Lakshmi Meenakshi Shreya Pooja Divya Aishwarya Nandini Fatima Harleen "
        "Sunita Deepika Revathi Ishita",
        "Sharma|Venkataraman|Iyer|Chatterjee|Banerjee|Subramanian|Deshpande|Kulkarni|Reddy|Naidu|Menon|"
        "Pillai|Choudhury|Siddiqui|Gill|Sandhu|Mukherjee|Bhattacharya|Raghunathan|Krishnamurthy|"
        "Agarwal|Mehta|Joshi|Nair|Hegde|Bose|Dutta|Ansari|Khurana|Patnaik",
    ),
    "en_AU": (
        "Lachlan Angus Jarrah Brodie Hamish Cooper Flynn Mitchell Darcy Riley Kieran Zane Bodhi Tarni",
        "Matilda Isla Charlotte Sienna Tahlia Jacinta Kylie Bronwyn Shaylee Mia Ruby Indi Tegan Skye",
        "Nguyen Papadopoulos Fitzpatrick McLeod Kowalczyk Halloran Cartwright Vukovic Tran Rossetti "
        "Blackwood Mulholland Yarran Thorburn Castellano Dimitriou Harwood Lachlan-Smith Kennard Pearce "
        "Quilty Everingham Moloney Trevaskis",
    ),
    "en_CA": (
        "Liam Noah Logan Benoît Étienne Mathieu Tremaine Gurjit Hamza Rajan Connor Dylan Sébastien Jean-Philippe",
        "Emma Chloé Geneviève Marie-Ève Isabelle Sophie Mackenzie Avneet Brianna Zoé Amélie Kaitlyn Léa Nadia",
        "Tremblay|Gagnon|Bouchard|Côté|Lévesque|Bélanger|MacDonald|MacKinnon|Desjardins|Okonkwo|"
        "Dhaliwal|Grewal|Lafleur|St-Pierre|Beauchemin|Whitehorse|Chrétien|Morrisseau|Fraser|Campbell|"
        "Thériault|Boudreau|Wong|Kaur",
    ),
    "de_DE": (
        "Jonas Lukas Maximilian Felix Tobias Matthias Jürgen Wolfgang Dieter Klaus-Peter Jörg Uwe Sven "
        "Björn Florian Emre Konstantin Hans-Jürgen",
        "Anna Lena Leonie Johanna Katharina Sabine Ute Birgit Annegret Jutta Mareike Friederike Hannelore "
        "Svenja Ayşe Dörte Gesine Marlene",
        "Müller|Schmidt|Schneider|Fischer|Weißenberger|Großmann|Schäfer|Köhler|Hoffmann-Riem|Brückner|"
        "von Bülow|Oberhäuser|Yılmaz|Kowalewski|Fröhlich|Dietrich|Zimmermann|Lindemann|Scholz|Krüger|"
        "Baumgärtner|Weiß|Vogt|Strauß|Hähnel|Rößler|Böttcher|Niederegger|von der Heydt|Schulze-Delitzsch",
    ),
    "fr_FR": (
        "Jean-Baptiste Étienne François Thibault Maxime Guillaume Benoît Rémi Jérôme Loïc Théo Hugo "
        "Mathéo Yannick Olivier Karim",
        "Marie-Claire Hélène Élodie Océane Clémence Amélie Mathilde Ségolène Gaëlle Anaïs Béatrice Chloé "
        "Manon Inès Solène Nadège",
        "Dubois|Lefèvre|Moreau|Girard|Rousseau|Lemaître|Fournier|Mercier|de La Fontaine|Beaumarchais|"
        "Chevalier|Faure|Garnier|Lacroix|Barbier|Bénard|Lécuyer|Delacroix|d'Aubigny|Ouédraogo|"
        "Benali|Le Goff|Le Bihan|Quéméneur|Duchêne|Vasseur|Perrin|Aubert|Deschamps|Tessier",
    ),
    "es_ES": (
        "José Luis Javier Alejandro Íñigo Álvaro Sergio Jordi Xavier Rubén Andrés Joaquín Gonzalo Unai "
        "Pablo Iker",
        "María José Lucía Carmen Pilar Mercedes Begoña Nuria Montserrat Ainhoa Rocío Inmaculada Almudena "
        "Itziar Maite Sonsoles",
        "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Muñoz|Álvarez|"
        "Etxeberria|Puigdemont|Castañeda|Ibáñez|Ordóñez|Vidal|Arrieta|Sáez|Villalobos|Echevarría|"
        "Montoya|Peñalver|Lasa|Quintana|Urrutia|Benítez|Cifuentes|del Olmo",
    ),
    "it_IT": (
        "Giuseppe Giovanni Francesco Alessandro Lorenzo Matteo Niccolò Gianluca Pierpaolo Salvatore "
        "Raffaele Tommaso Vittorio Domenico Ettore Gabriele",
        "Giulia Francesca Chiara Alessandra Federica Ilaria Beatrice Marisa Annunziata Rosaria Lucrezia "
        "Ginevra Benedetta Serena Carmela Noemi",
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|De Luca|Lo Bianco|"
        "D'Angelo|Di Stefano|Mancini|Barbieri|Fontana|Caruso|Santoro|Galli|Coppola|Pellegrino|"
        "Dell'Acqua|La Rosa|Cattaneo|Lombardi|Moretti|Gentile|Fabbri|Vitale",
    ),
    "nl_NL": (
        "Jan Pieter Daan Sem Bram Thijs Joost Maarten Wouter Sjoerd Gijs Ruud Hendrik Youssef Stijn Koen",
        "Anouk Sanne Femke Lieke Marieke Ilse Esther Fleur Noor Sophie Annelies Wilhelmina Roos Iris Merel",
        "de Vries|Jansen|de Jong|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van der Berg|"
        "Dekker|van Leeuwen|Hoekstra|Brouwer|de Graaf|van der Linden|Kuipers|Verhoeven|Bosman|"
        "van 't Hof|ter Horst|Oosterhuis|Wijnaldum|Huisman|Vermeulen|van Beek|Postma|Dijkstra|Timmermans",
    ),
    "pt_BR": (
        "João Pedro Lucas Gabriel Matheus Rafael Thiago Leonardo Guilherme Antônio Francisco Caio Vinícius "
        "Otávio Raimundo Cauã",
        "Ana Maria Júlia Beatriz Larissa Fernanda Letícia Camila Tainá Mariana Conceição Luíza Aparecida "
        "Yasmin Rayssa Débora",
        "da Silva|dos Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Ribeiro|Carvalho|"
        "Araújo|Nascimento|de Albuquerque|Cavalcanti|Figueiredo|Magalhães|Conceição|Brandão|Assunção|"
        "Vasconcelos|Moura|Barbosa|Teixeira|Queiroz|Sampaio|Fonseca|de Castro|Gonçalves",
    ),
}

PARTICLES = {
    "de",
    "del",
    "van",
    "der",
    "von",
    "da",
    "dos",
    "das",
    "di",
    "la",
    "le",
    "ter",
    "'t",
    "mac",
    "ó",
    "ní",
    "an",
    "d'",
    "dell'",
    "lo",
    "o'",
    "st",
    "ste",
}
TITLES = {
    "en": ["Dr.", "Dr", "Prof.", "Mr", "Mrs", "Ms", "Mr.", "Ms."],
    "de": ["Dr.", "Prof. Dr.", "Frau", "Herr", "Frau Dr."],
    "fr": ["M.", "Mme", "Dr", "Pr", "Me"],
    "es": ["Sr.", "Sra.", "Dr.", "Dra.", "D.", "Dña."],
    "it": ["Dott.", "Dott.ssa", "Sig.", "Sig.ra", "Ing.", "Avv.", "Prof."],
    "nl": ["dhr.", "mevr.", "dr.", "mr.", "ir."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Prof."],
}


def lang(locale: str) -> str:
    return locale[:2]


def pools(locale: str) -> tuple[list[str], list[str], list[str]]:
    male, female, surnames = _P[locale]
    given = male.split() + female.split()
    # a few multi-word given names are written with a space in the pools above
    joined = {"es_ES": ["José Luis", "María José"]}.get(locale, [])
    if joined:
        given = [g for g in given if g not in {"José", "Luis", "María"}] + joined
    sur = surnames.split("|") if "|" in surnames else surnames.split()
    return given, sur, female.split()


@dataclass(frozen=True)
class Person:
    locale: str
    given: str
    surname: str
    member: bool

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def surname_tokens(self) -> list[str]:
        toks = [t for t in self.surname.replace("-", " ").split() if t.lower() not in PARTICLES]
        out = []
        for t in toks:
            for pre in ("O'", "D'", "Dell'", "d'", "dell'"):
                if t.startswith(pre) and len(t) > len(pre):
                    t = t[len(pre) :]
            if len(t) > 1:
                out.append(t)
        return out or [self.surname]


def fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    ).replace("ß", "ss")


def cap_surname(surname: str) -> str:
    """Dutch and some Romance particles are capitalised when the given name is left out."""
    return surname[:1].upper() + surname[1:]


def form(
    rng: random.Random, p: Person, style: str, chat: bool = False
) -> tuple[str, list[str], str]:
    """One written form of ``p``: (text, name fragments, form name)."""
    L = lang(p.locale)
    toks = p.surname_tokens()
    g_first = p.given.split()[0].split("-")[0]
    if style == "full":
        return p.full, toks, style
    if style == "inverted":
        return f"{cap_surname(p.surname) if L == 'nl' else p.surname}, {p.given}", toks, style
    if style == "initial":
        initials = "".join(
            part[0] + "." for part in p.given.replace("-", " -").split() if part[0] != "-"
        )
        if "-" in p.given:
            initials = "-".join(x[0] + "." for x in p.given.split("-"))
        return f"{initials} {p.surname}", toks, style
    if style == "title":
        t = rng.choice(TITLES[L])
        sur = cap_surname(p.surname) if L in {"nl", "it", "fr"} else p.surname
        return f"{t} {sur}", toks, style
    if style == "title_full":
        return f"{rng.choice(TITLES[L])} {p.full}", toks, style
    if style == "caps":
        return p.full.upper(), toks, style
    if style == "caps_surname":
        return p.surname.upper(), toks, style
    if style == "lower":
        return p.full.lower(), toks, style
    if style == "folded":
        f = fold(p.full)
        return f, [fold(t) for t in toks], style
    if style == "surname":
        return cap_surname(p.surname), toks, style
    if style == "given":
        return g_first.lower() if chat else g_first, [g_first], style
    if style == "middle" and p.locale not in ("en_US", "en_CA", "en_AU", "en_GB", "pt_BR"):
        style = "full"
    if style == "full":
        return p.full, toks, style
    if style == "middle":
        return f"{p.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.surname}", toks, style
    if style == "given_initial":
        return f"{g_first} {toks[0][0]}.", [g_first], style
    if style == "handle":
        h = fold(g_first + toks[-1]).lower().replace("'", "")
        return "@" + h, [h], style
    raise ValueError(style)


MEMBER_STYLES = ["full"] * 6 + [
    "inverted",
    "initial",
    "initial",
    "title",
    "title",
    "title_full",
    "caps",
    "caps_surname",
    "lower",
    "folded",
    "folded",
    "surname",
    "surname",
    "given_initial",
    "middle",
]
PERSON_STYLES = ["full"] * 8 + [
    "middle",
    "title",
    "title",
    "title_full",
    "initial",
    "inverted",
    "caps",
    "given_initial",
]


def make_people(
    rng: random.Random, locale: str, n_members: int
) -> tuple[list[Person], list[Person]]:
    """Members and a separate pool of non-members; members and others never share a surname."""
    given, sur, _ = pools(locale)
    sur = sur[:]
    rng.shuffle(sur)
    cut = max(6, len(sur) * 2 // 5)
    m_sur, o_sur = sur[:cut], sur[cut:]
    double = {"es_ES": 0.75, "pt_BR": 0.4}.get(locale, 0.0)  # two surnames (paternal + maternal)
    if double:

        def pair(pool: list[str]) -> list[str]:
            out = []
            for i, s in enumerate(pool):
                other = pool[(i + 1 + rng.randrange(len(pool) - 1)) % len(pool)]
                out.append(f"{s} {other}" if rng.random() < double and other != s else s)
            return out

        m_sur, o_sur = pair(m_sur), pair(o_sur)
    members, seen = [], set()
    for i in range(n_members):
        s = m_sur[i % len(m_sur)]
        g = rng.choice(given)
        while (g, s) in seen:
            g = rng.choice(given)
        seen.add((g, s))
        members.append(Person(locale, g, s, True))
    others = [Person(locale, rng.choice(given), s, False) for s in o_sur for _ in range(3)]
    return members, others
