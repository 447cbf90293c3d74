"""Roster and mention forms for the twentyseventh set.

Includes Icelandic and Serbian case declension.
"""

from __future__ import annotations

from .twentyseventh_contacts import fold
from .twentyseventh_names import IS_FATHER, IS_GIVEN, POOLS, SR_GIVEN, SR_SUR

# Icelandic given names: (nom, acc, dat, gen, gender)
IS_SUFFIX = {"m": ("son", "son", "syni", "sonar"), "f": ("dóttir", "dóttur", "dóttur", "dóttur")}
CASE_IX = {"nom": 0, "acc": 1, "dat": 2, "gen": 3}

# Serbian (Latin): given (name, gender)
SR_CASES = ("nom", "gen", "dat", "acc", "ins")


def sr_decl(name: str, gender: str, surname: bool, case: str) -> str:
    i = SR_CASES.index(case)
    if i == 0:
        return name
    if gender == "f" and surname:
        return name
    if name.endswith("a"):
        return name[:-1] + ("", "e", "i", "u", "om")[i]
    if name.endswith("o"):
        return name[:-1] + ("", "a", "u", "a", "om")[i]
    if name.endswith("e"):
        return name[:-1] + ("", "a", "u", "a", "em")[i]
    stem = "Aleksandr" if name == "Aleksandar" else name
    soft = stem[-1] in "čćšžđj" or stem.endswith(("lj", "nj"))
    return stem + ("", "a", "u", "a", "em" if soft else "om")[i]


TWO_SURNAMES = {"es_ES", "es_CR", "ca_ES"}
TITLES = {
    "en": ["Dr.", "Prof.", "Ms.", "Mr."],
    "de": ["Frau", "Herr", "Dr.", "Prof. Dr."],
    "fr": ["Mme", "M.", "Dr", "Pr"],
    "es": ["Sra.", "Sr.", "Dra.", "Dr."],
    "it": ["dott.ssa", "dott.", "prof.ssa", "ing."],
    "is": ["dr."],
    "sr": ["dr", "prof. dr", "gospođa", "gospodin"],
    "ca": ["Sra.", "Sr.", "Dra.", "Dr."],
}


NEUTRAL_TITLE = {
    "en": "Dr.",
    "de": "Dr.",
    "fr": "Dr",
    "es": "Dr.",
    "it": "ing.",
    "is": "dr.",
    "sr": "dr",
    "ca": "Dr.",
}


class Person:
    """One person: given/surname(s) plus declension data."""

    def __init__(self, given, surs, gender="m", father=None, giv_forms=None):
        self.given, self.surs, self.gender, self.father, self.giv_forms = (
            given,
            surs,
            gender,
            father,
            giv_forms,
        )

    @property
    def sur(self):
        return self.surs[0]

    def tokens(self):
        return set(self.given.split()) | {t for s in self.surs for t in s.split()}

    def g(self, case="nom"):
        if self.giv_forms:
            return self.giv_forms[CASE_IX.get(case, 0)]
        if self.father is None and case != "nom" and self.gender in "mf" and hasattr(self, "sr"):
            return sr_decl(self.given, self.gender, False, case)
        return self.given

    def s(self, case="nom"):
        if self.father:
            return self.father + IS_SUFFIX[self.gender][CASE_IX.get(case, 0)]
        if hasattr(self, "sr"):
            return sr_decl(self.surs[0], self.gender, True, case)
        return self.surs[0]


def person(rng, locale):
    if locale == "is_IS":
        gv = rng.choice(IS_GIVEN)
        f = rng.choice(IS_FATHER)
        p = Person(gv[0], [f + IS_SUFFIX[gv[4]][0]], gv[4], f, gv[:4])
        return p
    if locale == "sr_RS":
        gv, gd = rng.choice(SR_GIVEN)
        p = Person(gv, [rng.choice(SR_SUR)], gd)
        p.sr = True
        return p
    gs, ss = POOLS[locale]
    surs = [rng.choice(ss)]
    if locale in TWO_SURNAMES:
        surs.append(rng.choice([s for s in ss if s != surs[0]]))
    return Person(rng.choice(gs), surs)


def roster(rng, locale):
    out, used = [], set()
    while len(out) < 8:
        p = person(rng, locale)
        if p.tokens() & used or p.sur in used:
            continue
        used |= (
            p.tokens()
            | {p.s(c) for c in ("acc", "dat", "gen", "ins")}
            | {p.g(c) for c in ("acc", "dat", "gen", "ins")}
        )
        out.append(p)
    return out, used


def outsider(rng, locale, used):
    for _ in range(500):
        p = person(rng, locale)
        toks = (
            p.tokens()
            | {p.s(c) for c in ("acc", "dat", "gen", "ins")}
            | {p.g(c) for c in ("acc", "dat", "gen", "ins")}
        )
        if not toks & used and not {fold(t).lower() for t in toks} & {
            fold(t).lower() for t in used
        }:
            return p
    raise RuntimeError(locale)


def _split(s):
    return [t for t in s.replace(",", " ").split() if t]


def mention(rng, p, lang, locale, case, member):
    """Return (value, tail, form, tokens)."""
    c = case or "nom"
    declines = locale in ("is_IS", "sr_RS")
    full_surs = (
        p.s(c)
        if not (locale in TWO_SURNAMES and len(p.surs) > 1)
        else (
            f"{p.surs[0]} i {p.surs[1]}"
            if locale == "ca_ES" and rng.random() < 0.6
            else " ".join(p.surs)
        )
    )
    forms = ["full", "full", "given", "surname", "initial-surname", "lower", "title"]
    if member:
        forms += ["handle", "folded", "given", "possessive"]
    else:
        forms += ["possessive", "folded"]
    f = rng.choice(forms)
    if locale in TWO_SURNAMES and f == "full" and not member:
        f = "full-two-surnames"
    if member and locale in TWO_SURNAMES and f == "full" and rng.random() < 0.4:
        f = "full-two-surnames"
    if f == "full-two-surnames":
        v = f"{p.g(c)} {full_surs}"
    elif f == "full":
        v = f"{p.g(c)} {p.s(c)}"
    elif f == "given":
        v = p.g(c)
    elif f == "surname":
        v = p.s(c)
        if lang in ("de", "fr", "it", "es", "ca") and rng.random() < 0.5:
            f = "title"
    elif f == "initial-surname":
        v = f"{fold(p.given)[0]}. {p.s(c)}"
    elif f == "lower":
        v = f"{p.g(c)} {p.s(c)}".lower() if rng.random() < 0.6 else p.g(c).lower()
    elif f == "handle":
        g, s = (
            fold(p.given).lower().replace(" ", ""),
            fold(p.sur).lower().replace(" ", "").replace("'", ""),
        )
        h = rng.choice([f"{g}{s}", f"{g}.{s}", f"{g}_{s}", f"{g[0]}{s}"])
        return "@" + h, "", "handle", [h]
    elif f == "folded":
        v = fold(f"{p.g(c)} {p.s(c)}")
        if v == f"{p.g(c)} {p.s(c)}":
            f = "full"
    elif f == "possessive":
        if lang == "en":
            v, tail = (p.given, "'s") if rng.random() < 0.5 else (f"{p.given} {p.sur}", "'s")
            return v, tail, "possessive", _split(v)
        if lang == "de":
            base = p.given if rng.random() < 0.5 else f"{p.given} {p.sur}"
            v = base + ("'" if base[-1] in "sxzß" else "s")
            return v, "", "genitive-s", _split(v.rstrip("'"))
        f = "full"
        v = f"{p.g(c)} {p.s(c)}"
    if f == "title":
        t = rng.choice(TITLES[lang])
        if lang == "sr" and t.startswith("gospo"):
            t = "dr" if c != "nom" else ("gospođa" if p.gender == "f" else "gospodin")
        if rng.random() < 0.6:
            v = f"{t} {p.s(c)}"
        else:  # with the given name, use a title that does not presume gender
            if t not in (
                "Dr.",
                "Prof.",
                "Prof. Dr.",
                "Dr",
                "Pr",
                "Dra.",
                "ing.",
                "dr.",
                "dr",
                "prof. dr",
            ):
                t = NEUTRAL_TITLE[lang]
            v = f"{t} {p.g(c)} {p.s(c)}"
        toks = [x for x in _split(v) if x not in _split(t)]
        return v, "", "title", toks
    if (
        declines
        and c != "nom"
        and f in ("full", "given", "surname", "lower", "folded", "initial-surname")
    ):
        f = f + "-declined-" + c
    toks = [x for x in _split(v) if not (len(x) == 2 and x.endswith(".")) and x.lower() != "i"]
    return v, "", f, toks
