"""Sixteenth set: hand-written name pools (diverse real populations per country) and name forms.

A person is (given, surname, style). Styles: "w" given-surname, "cn" Chinese (surname first in
speech), "my" Malay patronymic (bin/binti + father's name), "so" Tamil s/o d/o, "es" two Hispanic
surnames, "br" Brazilian with particles, "ar" Arabic with al-/el-. Given names may be compound.
"""

from __future__ import annotations

import random
import unicodedata

PARTICLES = {"van", "de", "da", "das", "do", "dos", "del", "della", "la", "le", "los", "der",
             "bin", "binti", "bint", "s/o", "d/o", "a/l", "a/p", "al", "el", "y", "e", "von"}
TITLES = {"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "prof.", "sr.", "sra.", "eng.", "engr.",
          "dato'", "datuk", "puan", "encik", "herr", "fru", "sri", "ing."}

G = {}  # locale -> list of (givens, surnames, style)


def _grp(loc: str, givens: str, surnames: str, style: str = "w") -> None:
    G.setdefault(loc, []).append((givens.split(","), surnames.split(","), style))


_grp("en_US", "Emily,Jake,Megan,Tyler,Brianna,Cody,Hope,Will", "Kowalczyk,Brennan,Hartley,"
     "Whitaker,Schroeder,Delgado,Underwood,Novak")
_grp("en_US", "DeShawn,Imani,Jamal,Aaliyah,Malik,Precious", "Washington,Okafor,Jefferson,"
     "Mbeki,Boateng,Pryor")
_grp("en_US", "Lupita,Alejandro,Ximena,Joaquín,Marisol", "Gutiérrez,Villaseñor,Treviño,"
     "Castañeda,Ibarra")
_grp("en_US", "Wei,Hyun-woo,Thanh,Mei-Ling,Ji-yeon", "Nguyen,Zhou,Park,Tran,Yamamoto", "w")
_grp("en_US", "Priyanka,Arjun,Fatima,Yusuf,Layla", "Venkataraman,Chaudhry,Haddad,Al-Amin,Desai")
_grp("en_GB", "Olivia,Callum,Siobhan,Rhys,Hattie,Bob,Grace", "Featherstone,Pemberton,"
     "Llewellyn,McAllister,Ashworth,Thwaite,Gallagher")
_grp("en_GB", "Aisha,Imran,Zainab,Tariq,Nadia", "Hussain,Begum,Rahman,Akhtar,Mahmood")
_grp("en_GB", "Chidi,Adaeze,Kwame,Folake,Tunde", "Okonkwo,Adeyemi,Mensah,Oyelaran,Asante")
_grp("en_GB", "Gurpreet,Harjit,Sunita,Ravinder", "Sandhu,Dhaliwal,Bhogal,Gill")
_grp("en_GB", "Agnieszka,Tomasz,Ewelina,Ionuț", "Wiśniewska,Zieliński,Szymańska,Popescu")
_grp("en_IN", "Priya,Venkatesh,Ananya,Rohit,Deepika,Sai,Lakshmi,Pooja", "Raghunathan,"
     "Iyer,Kulkarni,Banerjee,Deshpande,Subramaniam,Chatterjee,Nair")
_grp("en_IN", "Harpreet,Manpreet,Jaspreet,Gurdeep", "Grewal,Ahluwalia,Bedi,Sidhu")
_grp("en_IN", "Mohammed,Zoya,Faizan,Sana,Irfan", "Qureshi,Ansari,Shaikh,Siddiqui,Pathan")
_grp("en_IN", "Joseph,Merin,Tenzin,Lalremruati,Bijoy", "Kurian,Varghese,Dorjee,Lyngdoh,"
     "Chakma")
_grp("en_ZA", "Thandiwe,Sipho,Nomvula,Bongani,Lerato,Kagiso,Lindiwe,Gift", "Dlamini,Nkosi,"
     "Mokoena,Khumalo,Ndlovu,Mahlangu,Sithole,Molefe")
_grp("en_ZA", "Pieter,Annelie,Johan,Marike,Riaan", "van der Merwe,Botha,du Plessis,"
     "Janse van Rensburg,Steyn")
_grp("en_ZA", "Yusuf,Faheema,Ridwaan,Kavitha,Pravin", "Patel,Moosa,Naidoo,Pillay,Govender")
_grp("en_ZA", "Tendai,Chipo,Blessing,Fortune", "Moyo,Chikwanha,Mutasa,Banda")
_grp("sv_SE", "Åsa,Björn,Ingrid,Linnea,Oskar,Märta,Sixten", "Lindqvist,Åkesson,Bergström,"
     "Sjöberg,Nyström,Holmgren,Ekdahl")
_grp("sv_SE", "Abdirahman,Hodan,Fadumo,Mahad", "Warsame,Jama,Farah,Abdullahi")
_grp("sv_SE", "Dragana,Nikola,Amela,Emir,Jelena", "Petrović,Hadžić,Kovačević,Begić,Jovanović")
_grp("sv_SE", "Shirin,Dariush,Leyla,Reza,Hiwa", "Karimi,Rostami,Ahmadi,Sharifi,Barzani")
_grp("sv_SE", "Nguyen Van,Thi Lan", "Pham,Vo", "w")
_grp("fi_FI", "Aino,Eetu,Helmi,Juuso,Sanna,Väinö,Kaisu,Onni", "Kärkkäinen,Väisänen,"
     "Heikkilä,Mäkinen,Hyvönen,Lehtonen,Nieminen,Räsänen")
_grp("fi_FI", "Olena,Dmitri,Svetlana,Artyom", "Kovalenko,Ivanova,Smirnov,Bondarenko")
_grp("fi_FI", "Ilhan,Sahra,Liban", "Dahir,Guled,Hirsi")
_grp("fi_FI", "Mai,Quang,Linh", "Hoang,Dang,Bui")
_grp("fi_FI", "Rasmus,Ebba,Fredrik", "Lindroos,Sjöblom,Granqvist")
_grp("es_MX", "María Fernanda,José Luis,Guadalupe,Alejandro,Ximena,Francisco,Itzel,"
     "Luz", "Hernández,Ramírez,Cervantes,Zúñiga,Quintanilla,Bautista,Olvera,Sandoval", "es")
_grp("es_MX", "Xóchitl,Citlali,Cuauhtémoc,Tonatiuh", "Tzompa,Xolalpa,Cuautle,Tlapale", "es")
_grp("es_MX", "Carlos Slim,Salma,Nadim,Jorge", "Haddad,Nahle,Kuri,Yunes", "es")
_grp("es_MX", "Ki-Won,Hiroshi,Mei", "Yoon,Kobayashi,Chang", "w")
_grp("pt_BR", "João Pedro,Ana Clara,Thiago,Luana,Raimundo,Jéssica,Francisca,Caio",
     "da Silva,dos Santos,Conceição,Albuquerque,Figueiredo,Nascimento,Brandão,Magalhães", "br")
_grp("pt_BR", "Kenji,Yumi,Takeshi,Akemi", "Nakamura,Watanabe,Hayashi,Okada", "w")
_grp("pt_BR", "Fadi,Samira,Nagib,Rania", "Maluf,Jafet,Chedid,Salomão", "w")
_grp("pt_BR", "Wesley,Kauã,Raissa,Edvaldo", "Tavares,Rezende,Queiroz,Damasceno", "br")
_grp("en_SG", "Wei Ming,Hui Ling,Jun Jie,Xin Yi,Kah Seng,Mei Xuan", "Tan,Lim,Ng,Goh,Teo,Ong",
     "cn")
_grp("en_SG", "Muhammad Haziq,Nur Syafiqah,Irfan,Siti Aisyah", "Rosli,Jamaluddin,Salleh,"
     "Kassim", "my")
_grp("en_SG", "Rajendran,Kavitha,Suresh,Thulasi", "Murugan,Subramaniam,Krishnan,Selvaraj",
     "so")
_grp("en_SG", "Desmond,Shermaine,Bryan,Clarissa", "Koh,Yeo,Chua,Seah", "w")
_grp("ms_MY", "Ahmad Faiz,Nurul Aisyah,Mohd Hafiz,Siti Nurhaliza,Amirul,Farah Wahida",
     "Rahman,Kamaruddin,Zakaria,Ismail,Yusof,Othman", "my")
_grp("ms_MY", "Chee Keong,Mei Ling,Wai Kit,Siew Lan", "Lee,Chong,Wong,Yap", "cn")
_grp("ms_MY", "Thinesh,Devi,Saravanan,Malini", "Ramasamy,Arumugam,Muniandy,Perumal", "so")
_grp("ms_MY", "Jelani,Dayang,Awang", "Sabli,Jampong,Ajeng", "w")
_grp("en_PK", "Muhammad Usman,Ayesha,Bilal,Hira,Zeeshan,Mahnoor,Fawad,Sidra", "Siddiqui,"
     "Butt,Chaudhry,Qureshi,Khattak,Malik,Abbasi,Mirza")
_grp("en_PK", "Asad,Rabia,Kamran,Saima", "al-Hashmi,Bukhari,Gilani,Naqvi", "ar")
_grp("en_PK", "Gul,Zarmina,Shahzaib,Palwasha", "Afridi,Yousafzai,Durrani,Marwat")
_grp("en_PK", "Naveed,Saba,Danish", "Gill,Masih,Bhatti")
_grp("es_AR", "Agustina,Facundo,Martina,Santiago,Milagros,Gonzalo,Abril,Nahuel", "Fernández,"
     "Gómez,Rodríguez,Pereyra,Acosta,Benítez,Sosa,Medina", "es")
_grp("es_AR", "Luciano,Giuliana,Franco,Bruno", "Lombardi,Bianchi,Ferraro,Mancini", "w")
_grp("es_AR", "Sebastián,Natalia,Dmitri", "Kowalski,Wasserman,Goldberg", "w")
_grp("es_AR", "Soo-ah,Min-jun,Wen", "Kim,Lee,Chen", "w")
_grp("es_AR", "Karim,Nadia,Omar", "Menem,Saadi,el-Khoury", "ar")

NICKNAMES = {"Francisco": "Pancho", "Guadalupe": "Lupita", "Bongani": "Bongi", "Venkatesh":
             "Venky", "Alejandro": "Ale", "Thandiwe": "Thandi", "Lindiwe": "Lindi", "Santiago":
             "Santi", "Muhammad Usman": "Usman", "Mohammed": "Mo", "Olivia": "Liv", "Callum": "Cal",
             "Agustina": "Agus", "Facundo": "Facu", "Gonzalo": "Gonza", "Emily": "Em", "Jake":
             "Jakey", "Ahmad Faiz": "Faiz", "Wei Ming": "Ming", "Nurul Aisyah": "Aisyah",
             "João Pedro": "JP", "Ana Clara": "Aninha", "Raimundo": "Mundinho", "Eetu": "Eetsi",
             "Oskar": "Ogge", "Juuso": "Jusa", "Zeeshan": "Shani", "Milagros": "Mili",
             "Bilal": "Billu", "Sipho": "Sphe", "Priya": "Pri", "Deepika": "Deepu"}


def fold(s: str) -> str:
    """ASCII-fold diacritics as people without a local keyboard type them."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_tokens(s: str) -> list[str]:
    """Tokens that identify a person: words of the name without particles and titles."""
    out = []
    for raw in s.replace("-", " ").replace("\n", " ").split():
        t = raw.strip(",.;:()“”\"").rstrip("'’").lower()
        for suf in ("'s", "’s"):
            t = t.removesuffix(suf)
        if not t or t in PARTICLES or t in TITLES or t.rstrip(".") in TITLES:
            continue
        if t in ("al", "el") or len(t.replace(".", "")) <= 1 or (
                "." in t and len(t.replace(".", "")) <= 3):
            continue
        out.append(t)
    return out


def roster_and_pool(rng: random.Random, locale: str) -> tuple[list[tuple], list[tuple]]:
    """8 roster members (given, surname, style) and the disjoint pool of other people."""
    people = [(g, s, st) for gs, ss, st in G[locale] for g in gs for s in ss]
    rng.shuffle(people)
    roster: list[tuple] = []
    used: set[str] = set()
    for g, s, st in people:
        toks = set(name_tokens(g)) | set(name_tokens(s))
        if toks & used:
            continue
        roster.append((g, s, st))
        used |= toks
        if len(roster) == 8:
            break
    pool = [p for p in people
            if not (set(name_tokens(p[0])) | set(name_tokens(p[1]))) & used
            and not {name_tokens(NICKNAMES.get(p[0], "x y"))[0] if NICKNAMES.get(p[0]) else ""}
            & used]
    return roster, pool


FEMALE = {"Nurul Aisyah", "Siti Nurhaliza", "Farah Wahida", "Nur Syafiqah", "Siti Aisyah",
          "Kavitha", "Thulasi", "Devi", "Malini"}


def full_name(g: str, s: str, st: str, rng: random.Random) -> str:
    if st == "my":
        return f"{g} {'binti' if g in FEMALE else 'bin'} {s}" if rng.random() < 0.8 else f"{g} {s}"
    if st == "so":
        rel = "d/o" if g in FEMALE else rng.choice(["s/o", "a/l"])
        return f"{g} {rel} {s}" if rng.random() < 0.5 else f"{g} {s}"
    return f"{g} {s}"


def roster_string(g: str, s: str, st: str) -> str:
    if st == "my":
        return f"{g} {'binti' if g in FEMALE else 'bin'} {s}"
    return f"{g} {s}"


NAME_FORMS = ["full", "full", "full", "lower", "upper", "surname_first", "surname_comma",
              "initials", "given_only", "surname_only", "possessive", "handle", "hashtag",
              "folded", "typo", "nickname", "title", "linebreak", "random_case", "nbsp"]


def _typo(rng: random.Random, tok: str) -> str:
    if len(tok) < 5:
        return tok
    i = rng.randrange(1, len(tok) - 2)
    if rng.random() < 0.5:
        return tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:]
    return tok[:i] + tok[i + 1:]


def name_form(rng: random.Random, person: tuple, form: str, locale: str) -> tuple[str, str, str]:
    """Returns (value, form, suffix) where suffix is text glued after the value (possessive)."""
    g, s, st = person
    full = full_name(g, s, st, rng)
    surname_core = " ".join(w for w in s.split() if w.lower() not in PARTICLES) or s
    if st == "cn" and form == "full":
        form = "surname_first"
    if form == "nickname" and g not in NICKNAMES:
        form = "full"
    if form == "full":
        return full, form, ""
    if form == "lower":
        return full.lower(), form, ""
    if form == "upper":
        return full.upper(), form, ""
    if form == "surname_first":
        if st == "cn":
            return f"{s} {g}", form, ""
        return f"{s.upper() if rng.random() < 0.5 else s} {g}", form, ""
    if form == "surname_comma":
        return f"{s}, {g}", form, ""
    if form == "initials":
        ini = "".join(w[0] + "." for w in g.replace("-", " ").split())
        return f"{ini} {s}", form, ""
    if form == "given_only":
        return g, form, ""
    if form == "surname_only":
        return (f"Dr. {surname_core}" if rng.random() < 0.2 else surname_core), form, ""
    if form == "possessive":
        return full, form, rng.choice(["'s", "’s"])
    if form == "handle":
        sep = rng.choice(["_", ".", ""])
        return "@" + fold(g.split()[0] + sep + surname_core.replace(" ", "")).lower(), form, ""
    if form == "hashtag":
        return "#" + fold((g + surname_core).replace(" ", "").replace("-", "")), form, ""
    if form == "folded":
        f = fold(full)
        return (f if f != full else full.lower()), ("folded" if f != full else "lower"), ""
    if form == "typo":
        toks = full.split(" ")
        j = rng.randrange(len(toks))
        toks[j] = _typo(rng, toks[j])
        return " ".join(toks), form, ""
    if form == "nickname":
        return f"{NICKNAMES[g]} {surname_core}", form, ""
    if form == "title":
        t = {"es_MX": ["Lic.", "Ing.", "Dra."], "es_AR": ["Lic.", "Ing."],
             "pt_BR": ["Dr.", "Profa."],
             "ms_MY": ["Encik", "Puan", "Dr."], "en_PK": ["Engr.", "Dr.", "Mr."],
             "sv_SE": ["Dr."], "fi_FI": ["Dr."]}.get(locale, ["Dr.", "Ms", "Prof."])
        return f"{rng.choice(t)} {full}", form, ""
    if form == "linebreak":
        parts = full.split(" ")
        k = rng.randrange(1, len(parts))
        return " ".join(parts[:k]) + "\n" + " ".join(parts[k:]), form, ""
    if form == "random_case":
        return " ".join(w.upper() if rng.random() < 0.5 else w.lower() for w in full.split()), \
            form, ""
    return full.replace(" ", "\u00a0"), "nbsp", ""


def value_name_fragments(value: str, form: str, person: tuple) -> list[str]:
    """t: for each name token as written; glued forms (@handle, #tag) get t: for the whole
    handle plus s: (substring) for each name part folded to ASCII."""
    if form in ("handle", "hashtag"):
        g, s, _ = person
        low = value.lower()
        subs = [fold(t) for t in name_tokens(g + " " + s) if len(t) >= 3 and fold(t) in low]
        return ["t:" + value[1:]] + ["s:" + t for t in dict.fromkeys(subs)]
    return ["t:" + t for t in dict.fromkeys(name_tokens(value.replace("\u00a0", " ")))]
