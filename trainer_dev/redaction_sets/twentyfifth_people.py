"""People: rosters, non-member persons, declension, and mention forms with their fragments."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from .twentyfifth_names import ET_FORMS, GIVEN, IS_FATHERS, IS_FOREIGN, IS_FORMS, SURNAMES

PARTICLES = {"von", "der", "de", "da", "le", "la", "del", "van", "di", "el", "lo", "d'"}


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    gender: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _pairs(locale: str) -> tuple[list[tuple[str, str]], list[str | tuple[str, str]]]:
    given = [tuple(x.rsplit(" ", 1)) for x in GIVEN[locale].split(",")]
    sur: list[str | tuple[str, str]] = []
    for s in SURNAMES[locale].split(",") if SURNAMES[locale] else []:
        sur.append(tuple(s.split("/")) if "/" in s else s)
    return given, sur


def random_person(rng: random.Random, locale: str) -> Person:
    given, surs = _pairs(locale)
    g, gender = rng.choice(given)
    if locale == "is_IS":
        if g in ("Piotr", "Agnieszka"):
            return Person(g, rng.choice(IS_FOREIGN[gender]), gender)
        return Person(g, rng.choice(IS_FATHERS) + ("son" if gender == "m" else "dóttir"),
                      gender)
    s = rng.choice(surs)
    if isinstance(s, tuple):
        s = s[0] if gender == "m" else s[1]
    return Person(g, s, gender)


# ---------------------------------------------------------------- declension


def _soft(stem: str) -> str:
    if stem.endswith("t"):
        return stem[:-1] + "č"
    if stem.endswith("d"):
        return stem[:-1] + "dž"
    return stem


def lt_decline(word: str, case: str) -> str:
    if case == "nom":
        return word
    table = {
        "as": {"gen": "o", "dat": "ui", "acc": "ą", "ins": "u", "loc": "e", "voc": "ai"},
        "is": {"gen": "io", "dat": "iui", "acc": "į", "ins": "iu", "loc": "yje", "voc": "i"},
        "ys": {"gen": "io", "dat": "iui", "acc": "į", "ins": "iu", "loc": "yje", "voc": "y"},
        "us": {"gen": "aus", "dat": "ui", "acc": "ų", "ins": "umi", "loc": "uje", "voc": "au"},
        "a": {"gen": "os", "dat": "ai", "acc": "ą", "ins": "a", "loc": "oje", "voc": "a"},
        "ė": {"gen": "ės", "dat": "ei", "acc": "ę", "ins": "e", "loc": "ėje", "voc": "e"},
    }
    for end in ("as", "is", "ys", "us", "a", "ė"):
        if word.endswith(end):
            stem = word[: -len(end)]
            suf = table[end][case]
            if end in ("is", "ys") and suf.startswith("i") and case in ("gen", "dat", "ins"):
                stem = _soft(stem)
            if end == "us" and stem.endswith("i") and case == "ins":
                suf = "umi"
            return stem + suf
    return word


_LV_IS_GEN = {"Jānis": "Jāņ", "Andris": "Andr", "Kārlis": "Kārļ", "Guntis": "Gunt",
              "Eglītis": "Eglīš", "Lācis": "Lāč"}


def lv_decline(word: str, case: str) -> str:
    if case == "nom":
        return word
    if word.endswith("is"):
        stem = word[:-2]
        return {"gen": _LV_IS_GEN.get(word, stem) + "a", "dat": stem + "im", "acc": stem + "i",
                "loc": stem + "ī"}[case]
    if word.endswith(("s", "š")):
        stem = word[:-1]
        return stem + {"gen": "a", "dat": "am", "acc": "u", "loc": "ā"}[case]
    if word.endswith("a"):
        return word[:-1] + {"gen": "as", "dat": "ai", "acc": "u", "loc": "ā"}[case]
    if word.endswith("e"):
        return word[:-1] + {"gen": "es", "dat": "ei", "acc": "i", "loc": "ē"}[case]
    return word


def et_decline(word: str, case: str) -> str:
    gen, part = ET_FORMS.get(word, (word, word + "t"))
    suffix = {"nom": None, "gen": "", "part": None, "all": "le", "com": "ga", "ade": "l",
              "abl": "lt", "ela": "st", "tra": "ks"}[case]
    if case == "nom":
        return word
    if case == "part":
        return part
    return gen + suffix


def is_decline(word: str, case: str) -> str:
    if case == "nom":
        return word
    idx = {"acc": 0, "dat": 1, "gen": 2}[case]
    if word in IS_FORMS:
        return IS_FORMS[word][idx]
    if word.endswith("son"):
        return word[:-3] + ("son", "syni", "sonar")[idx]
    if word.endswith("dóttir"):
        return word[:-6] + "dóttur"
    return word


def decline(locale: str, word: str, case: str) -> str:
    if case == "nom":
        return word
    if locale == "lt_LT":
        return lt_decline(word, case)
    if locale == "lv_LV":
        return lv_decline(word, case)
    if locale == "et_EE":
        return et_decline(word, case)
    if locale == "is_IS":
        return is_decline(word, case)
    return word


CASES = {"lt_LT": ["gen", "dat", "acc", "ins", "loc", "voc"],
         "lv_LV": ["gen", "dat", "acc", "loc"],
         "et_EE": ["gen", "part", "all", "com", "ade", "abl", "ela", "tra"],
         "is_IS": ["acc", "dat", "gen"]}


def all_forms(locale: str, p: Person) -> set[str]:
    out = set()
    for word in p.full.split():
        out.add(word.lower())
        out.add(fold(word).lower())
        for c in CASES.get(locale, []):
            f = decline(locale, word, c)
            out.add(f.lower())
            out.add(fold(f).lower())
    return out - PARTICLES


def fold(s: str) -> str:
    s = s.replace("ø", "o").replace("ð", "d").replace("Ð", "D").replace("þ", "th")
    s = s.replace("Þ", "Th").replace("ı", "i").replace("æ", "ae").replace("Æ", "Ae")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- rosters and mentions


def roster(rng: random.Random, locale: str) -> list[Person]:
    out: list[Person] = []
    used: set[str] = set()
    while len(out) < 8:
        p = random_person(rng, locale)
        forms = all_forms(locale, p)
        if forms & used:
            continue
        out.append(p)
        used |= forms
    return out


def outsider(rng: random.Random, locale: str, banned: set[str]) -> Person:
    for _ in range(500):
        p = random_person(rng, locale)
        if not all_forms(locale, p) & banned:
            return p
    raise AssertionError(locale)


TITLES = {
    "en_US": {"m": ["Mr.", "Dr.", "Coach"], "f": ["Ms.", "Dr.", "Coach"]},
    "en_GB": {"m": ["Mr", "Dr"], "f": ["Mrs", "Ms", "Dr"]},
    "en_JM": {"m": ["Mr.", "Dr.", "Pastor"], "f": ["Miss", "Mrs.", "Dr."]},
    "de_DE": {"m": ["Herr", "Dr.", "Herr Dr."], "f": ["Frau", "Dr.", "Frau Prof."]},
    "fr_FR": {"m": ["M.", "Dr"], "f": ["Mme", "Dr"]},
    "es_ES": {"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]},
    "es_CR": {"m": ["don", "Lic.", "Ing."], "f": ["doña", "Licda.", "Dra."]},
    "it_IT": {"m": ["dott.", "ing.", "prof."], "f": ["dott.ssa", "avv.", "prof.ssa"]},
    "lt_LT": {"m": ["p.", "dr."], "f": ["p.", "dr."]},
    "lv_LV": {"m": ["Dr."], "f": ["Dr."]},
    "et_EE": {"m": ["dr"], "f": ["dr"]},
    "is_IS": {"m": ["séra"], "f": ["dr."]},
}


def _tokens(text: str) -> list[str]:
    out = []
    for tok in text.replace(".", " ").split():
        t = tok.strip("@,;:!?()")
        if t.endswith("'s") or t.endswith("’s"):
            t = t[:-2]
        if t and t.lower() not in PARTICLES and not (len(t) <= 2 and t[0].isupper()) \
                and t not in _ALL_TITLES:
            out.append("t:" + t)
    return out


_ALL_TITLES = {t for d in TITLES.values() for g in d.values() for x in g
               for t in x.replace(".", " ").split()}


def mention(rng: random.Random, locale: str, p: Person, case: str, forms: list[str],
            ) -> tuple[str, str, list[str]]:
    """(value as written, form name, fragments); case applies where the language declines."""
    declines = locale in CASES and case not in ("nom", "poss")
    g = decline(locale, p.given, case) if declines else p.given
    s = " ".join(decline(locale, w, case) for w in p.surname.split()) if declines else p.surname
    form = rng.choice(forms)
    # Estonian declines only the last word of a full name
    gf = p.given if locale == "et_EE" else g
    if form == "given":
        value = g
    elif form == "surname":
        value = s
    elif form == "initial":
        value = f"{p.given[0]}. {s}"
    elif form == "title":
        value = f"{rng.choice(TITLES[locale][p.gender])} {s}"
    elif form == "lower":
        value = f"{gf} {s}".lower() if rng.random() < 0.5 else g.lower()
    elif form == "folded":
        value = fold(f"{gf} {s}")
        if value == f"{gf} {s}":
            form = "full"
    elif form == "possessive":
        if locale.startswith("en"):
            value = f"{g}'s" if rng.random() < 0.6 else f"{g} {s}'s"
        else:  # German genitive s
            value = f"{g}s" if not g.endswith(("s", "x", "z")) else f"{g}'"
    elif form == "handle":
        sep = rng.choice(["", ".", "_"])
        base = fold(p.given).lower() + sep + fold(p.surname).lower().replace(" ", "")
        if rng.random() < 0.3:
            base = fold(p.given[0]).lower() + fold(p.surname).lower().replace(" ", "")
        base = base.replace("'", "")
        value = "@" + base
        return value, "handle", ["t:" + base]
    else:
        form = "full"
        value = f"{gf} {s}"
    if declines and form not in ("lower", "folded", "handle"):
        form = f"{form}_{case}"
    return value, form, _tokens(value)
