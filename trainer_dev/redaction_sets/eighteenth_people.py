"""Name pools, the member roster and the written forms of mentions."""
# ruff: noqa: E501  (data tables: name pools, streets, per-language clauses)

from __future__ import annotations

import re
from functools import cache

from .eighteenth_core import fold

# given names / surnames per locale, across the origins really found there
GIVEN = {
    "en_US": "Madison Tyler DeShawn Brianna Miguel Hannah Connor Aaliyah Ethan Priya Jamal Kayla Wyatt Mei Dakota Brandon Summer Grace",
    "en_IN": "Aarav Ananya Vikram Lakshmi Rohan Sneha Arjun Divya Karthik Pooja Imran Meera Siddharth Kavya Harpreet Nikhil Deepa Fatima",
    "es_ES": "Lucía Javier Nerea Álvaro Montserrat Iñaki Rocío Sergio Pilar Jordi Amparo Rubén Ainhoa Dolores Íker Begoña Marcos Paloma",
    "it_IT": "Giulia Matteo Chiara Lorenzo Federica Alessandro Francesca Davide Martina Niccolò Ilaria Gianluca Serena Tommaso Beatrice Raffaele Elisa Stefano",
    "pt_BR": "João Ana Thiago Larissa Guilherme Fernanda Rafael Camila Lucas Juliana Caio Patrícia Vinícius Letícia Gustavo Bruna Otávio Aline",
    "nb_NO": "Ingrid Håkon Sigrid Eirik Ragnhild Øystein Solveig Magnus Tuva Sindre Astrid Jørgen Marte Vegard Hedda Torbjørn Silje Aksel",
    "ms_MY": "Nurul Hafiz Jia Wei Ravi Aisyah Kelvin Faizal Hakim Mei Suresh Yusof Jason Anis Siew Azlan Priya Farah",
    "es_AR": "Florencia Matías Agustina Santiago Milagros Facundo Camila Tomás Rocío Nicolás Valentina Lautaro Belén Gonzalo Luciana Ezequiel Micaela Joaquín",
    "en_NG": "Chinedu Ngozi Oluwaseun Aisha Emeka Funmilayo Ibrahim Chiamaka Tunde Halima Obinna Yetunde Musa Adaeze Segun Zainab Ikenna Bisola",
    "en_PH": "Maria Jose Kristine Mark Angelica Paolo Rowena Jerome Liza Carlo Hazel Rommel Joy Bong Maricel Dindo Czarina Jericho",
    "id_ID": "Budi Siti Agus Dewi Rizky Putri Hendra Ayu Fajar Intan Wahyu Ratna Yoga Nadia Bambang Kartika Arief Melati",
    "es_CO": "Andrés Daniela Camilo Valeria Julián Natalia Sebastián Paola Felipe Catalina Esteban Manuela Mauricio Yurani Óscar Lina Jhon Marcela",
}
SURNAME = {
    "en_US": "Whitaker Nguyen Okafor Hernandez Sullivan Brooks Patel Kowalski Washington Chen Fitzgerald Baker Rivera Lindqvist Greene Holloway Park Young",
    "en_IN": "Sharma Iyer Reddy Banerjee Menon Deshpande Khan Nair Gupta Chatterjee Pillai Verma Kulkarni Mukherjee Joshi Sethi Rao Bhattacharya",
    "es_ES": "García Fernández Etxeberria Puig Romero Navarro Castro Serrano Vidal Ortega Gil Iglesias Sanz Ruiz de la Fuente Moreno Lozano Ferrer Campos",
    "it_IT": "Rossi Esposito Bianchi Colombo Ricci Marino Greco Bruno De Luca Galli Conti Mancini Costa Fontana Lombardi Moretti Barbieri D'Angelo",
    "pt_BR": "Silva Santos Oliveira Souza Pereira Nascimento Carvalho Ferreira Almeida Rocha Barbosa Cavalcanti Ribeiro Tanaka Moraes Araújo Teixeira Monteiro",
    "nb_NO": "Hansen Johansen Olsen Larsen Berg Haugen Bakke Solberg Lie Dahl Strand Nygård Eriksen Holm Aasen Kristiansen Lunde Ødegård",
    "ms_MY": "binti Ahmad|bin Ismail|Tan|Lim|a/l Subramaniam|binti Rahman|Wong|bin Abdullah|Lee|Chong|a/p Muthu|bin Hassan|Ng|Yeoh|binti Osman|Ooi|bin Salleh|Goh",
    "es_AR": "González Rodríguez Fernández López Martínez Pérez Gómez Sosa Díaz Álvarez Romero Benítez Acosta Medina Herrera Suárez Aguirre Pereyra",
    "en_NG": "Okonkwo Adeyemi Bello Eze Ogunleye Abubakar Nwosu Balogun Okeke Adebayo Danjuma Onyekachi Afolabi Umar Olawale Nnamdi Akintola Ibekwe",
    "en_PH": "Santos Reyes Cruz Bautista Dela Cruz Villanueva Mendoza Garcia Ramos Aquino Castillo Tolentino Soriano Manalo Navarro Gatchalian Dimaculangan Pascual",
    "id_ID": "Santoso Wijaya Pratama Kusuma Hidayat Saputra Nugroho Siregar Lestari Wibowo Setiawan Simanjuntak Halim Rahmawati Gunawan Sitompul Susanto Purnomo",
    "es_CO": "Rodríguez Gómez Martínez Restrepo Ospina Cárdenas Valencia Zapata Londoño Jaramillo Castaño Mejía Arango Quintero Salazar Mosquera Duarte Giraldo",
}
_MULTI = {"de la Fuente", "De Luca", "Dela Cruz"}
TITLES = {
    "en": ["Dr.", "Prof.", "Engr.", "Ms.", "Mr.", "Atty."],
    "es": ["Dr.", "Dra.", "Ing.", "Lic.", "Prof."],
    "it": ["Dott.", "Dott.ssa", "Ing.", "Avv.", "Prof."],
    "pt": ["Dr.", "Dra.", "Prof.", "Eng."],
    "nb": ["dr.", "prof."],
    "ms": ["Dr.", "Encik", "Puan", "Ir."],
    "id": ["Pak", "Bu", "Dr.", "Mas", "Mbak"],
}
PARTICLES = {
    "de",
    "la",
    "del",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "dei",
    "delle",
    "della",
    "e",
    "y",
    "bin",
    "binti",
    "a/l",
    "a/p",
    "dela",
    "van",
    "al",
    "ap",
}
NICK = {
    "Oluwaseun": "Seun",
    "Funmilayo": "Funmi",
    "Alessandro": "Ale",
    "Guilherme": "Gui",
    "Vinícius": "Vini",
    "Santiago": "Santi",
    "Sebastián": "Sebas",
    "Kristine": "Tin",
    "Nicolás": "Nico",
    "Francesca": "Fra",
    "Rafael": "Rafa",
    "Jericho": "Jek",
    "Siddharth": "Sid",
    "Karthik": "Karthi",
    "Chiamaka": "Amaka",
    "Torbjørn": "Tobben",
}


def surnames(loc: str) -> list[str]:
    raw = SURNAME[loc]
    if "|" in raw:
        return raw.split("|")
    out, words = [], raw.split()
    i = 0
    while i < len(words):
        for m in _MULTI:
            n = len(m.split())
            if " ".join(words[i : i + n]) == m:
                out.append(m)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def tokens(name: str) -> list[str]:
    toks = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", name)
    return [t for t in toks if t.lower() not in PARTICLES and len(t) > 1]


@cache
def roster(loc: str) -> list[tuple[str, str]]:
    g, s = GIVEN[loc].split(), surnames(loc)
    return [(g[i], s[i]) for i in range(8)]


@cache
def all_roster_tokens() -> frozenset[str]:
    out: set[str] = set()
    for loc in GIVEN:
        for g, s in roster(loc):
            out.update(t.lower() for t in tokens(g + " " + s))
            out.update(fold(t).lower() for t in tokens(g + " " + s))
    return frozenset(out)


@cache
def outsiders(loc: str) -> list[tuple[str, str]]:
    bad = all_roster_tokens()
    g = [x for x in GIVEN[loc].split()[8:] if x.lower() not in bad]
    s = [x for x in surnames(loc)[8:] if not any(t.lower() in bad for t in tokens(x))]
    pairs = [(a, b) for a in g for b in s]
    if loc == "ms_MY":  # keep patronymic particles and name origins consistent
        pairs = [(a, b) for a, b in pairs if _MY_FIT.get(a, "") == _my_kind(b)]
    return pairs


_MY_FIT = {
    "Hakim": "malay_m",
    "Yusof": "malay_m",
    "Azlan": "malay_m",
    "Anis": "malay_f",
    "Farah": "malay_f",
    "Suresh": "indian_m",
    "Priya": "indian_f",
    "Mei": "chinese",
    "Siew": "chinese",
    "Jason": "chinese",
}


def _my_kind(sur: str) -> str:
    first = sur.split()[0]
    return {"bin": "malay_m", "binti": "malay_f", "a/l": "indian_m", "a/p": "indian_f"}.get(
        first, "chinese"
    )


def lang(loc: str) -> str:
    return {"ms_MY": "ms", "id_ID": "id", "nb_NO": "nb"}.get(loc, loc[:2])


def _possessive(name: str, lg: str) -> str:
    if lg == "en":
        return name + ("'" if name.endswith("s") else "'s")
    if lg == "nb":
        return name + ("'" if name[-1] in "sxz" else "s")
    return name


def mention(rng, loc: str, given: str, sur: str, member: bool):
    """Return (written value, form, fragments)."""
    lg = lang(loc)
    short_sur = sur.split()[-1] if sur.split()[0].lower() in PARTICLES else sur
    forms = [
        "full",
        "full",
        "given",
        "surname",
        "initial_surname",
        "lower",
        "caps",
        "title",
        "possessive",
        "folded",
        "quoted",
    ]
    if member:
        forms += ["handle", "handle", "handle_dot", "hashtag", "reply_header", "given"]
    if given in NICK:
        forms.append("nickname")
    form = rng.choice(forms)
    full = f"{given} {sur}"
    if form == "full":
        v = full
    elif form == "given":
        v = given
    elif form == "surname":
        v = short_sur if lg != "ms" else given
    elif form == "initial_surname":
        v = f"{given[0]}. {short_sur}" if lg != "ms" else f"{given} {sur.split()[-1][0]}."
    elif form == "lower":
        v = full.lower()
    elif form == "caps":
        v = full.upper()
    elif form == "title":
        v = f"{rng.choice(TITLES[lg])} {rng.choice([full, short_sur if lg != 'ms' else given])}"
    elif form == "possessive":
        v = _possessive(rng.choice([given, full]), lg)
        if v.endswith(("'s", "'")) is False and lg not in ("en", "nb"):
            form, v = "full", full
    elif form == "folded":
        v = fold(full)
        if v == full:
            v = fold(full).lower()
    elif form == "quoted":
        v = full
    elif form == "handle":
        v = "@" + fold(given + "".join(tokens(short_sur))).replace("'", "")
    elif form == "handle_dot":
        v = "@" + fold(given + "." + "".join(tokens(short_sur))).lower().replace("'", "")
    elif form == "hashtag":
        v = "#" + fold(given + "".join(tokens(short_sur))).replace("'", "")
    elif form == "reply_header":
        v = full
    else:  # nickname
        v = NICK[given]
    frags = [
        "t:" + t
        for t in tokens(v)
        if len(t) > 1 and t not in TITLES[lg] and t.rstrip(".") + "." not in TITLES[lg]
    ]
    frags = [
        f
        for f in frags
        if f[2:].lower()
        not in (
            "dr",
            "dra",
            "prof",
            "ing",
            "lic",
            "dott",
            "ssa",
            "avv",
            "eng",
            "ir",
            "pak",
            "bu",
            "mas",
            "mbak",
            "encik",
            "puan",
            "engr",
            "atty",
            "ms",
            "mr",
        )
    ]
    return v, form, frags
