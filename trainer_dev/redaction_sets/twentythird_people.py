"""Roster, non-member people and name mentions (forms, titles, Baltic cases) for the twentythird set."""

import random
import re
from dataclasses import dataclass

from . import twentythird_names as nm
from .twentythird_pii import fold, slugify

PARTICLES = {"von", "zu", "de", "la", "le", "del", "di", "da", "el", "van", "der", "du", "des"}
TITLES = {
    "en_US": ["Dr."],
    "en_GB": ["Dr", "Prof."],
    "en_MT": ["Dr", "Perit", "Prof."],
    "de_DE": ["Dr.", "Prof. Dr."],
    "fr_FR": ["Dr", "Me", "Pr"],
    "fr_CH": ["Dr", "Me"],
    "es_ES": ["Dr.", "Prof."],
    "es_UY": ["Ing.", "Lic.", "Cr."],
    "it_IT": ["Avv.", "ing.", "prof."],
    "lt_LT": ["dr.", "prof."],
    "lv_LV": ["dr.", "prof."],
    "et_EE": ["dr", "prof"],
}
TITLE_WORDS = {"dr", "prof", "perit", "me", "pr", "ing", "lic", "cr", "avv"}


@dataclass(frozen=True)
class Who:
    given: str
    sur: str
    gender: str  # m / f / x
    given_gen: str = ""
    sur_gen: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.sur}"


def name_tokens(s: str) -> list[str]:
    return [
        t for t in re.findall(r"\w+", s) if len(t) > 1 and t.lower() not in PARTICLES | TITLE_WORDS
    ]


def person_name_tokens(w: Who) -> set[str]:
    return {t.lower() for t in name_tokens(w.full)}


class Roster:
    def __init__(self, loc: str, rng: random.Random):
        self.loc = loc
        if loc == "lt_LT" or loc == "lv_LV":
            gv = nm.LT_GIVEN if loc == "lt_LT" else nm.LV_GIVEN
            sr = nm.LT_SUR if loc == "lt_LT" else nm.LV_SUR
            self.given = [(g, sex, "") for g, sex in gv]
            self.sur = [(m, f, "") for m, f in sr]
        elif loc == "et_EE":
            self.given = list(nm.ET_GIVEN)
            self.sur = [(s, s, g) for s, g in nm.ET_SUR]
        else:
            self.given = [(g, "x", "") for g in nm.GIVEN[loc]]
            self.sur = [(s, s, "") for s in nm.SURNAMES[loc]]
        gi = rng.sample(range(len(self.given)), 8)
        si = rng.sample(range(len(self.sur)), 8)
        self.members = [self._who(self.given[a], self.sur[b]) for a, b in zip(gi, si, strict=False)]
        self.p_given = [g for i, g in enumerate(self.given) if i not in gi]
        self.p_sur = [s for i, s in enumerate(self.sur) if i not in si]
        self.forbidden: set[str] = set()

    def _who(self, g: tuple, s: tuple) -> Who:
        given, sex, ggen = g
        m, f, sgen = s
        return Who(given, f if sex == "f" else m, sex, ggen, sgen)

    def member_names(self) -> list[str]:
        return [w.full for w in self.members]

    def set_forbidden(self, tokens: set[str]) -> None:
        self.forbidden = tokens
        self.p_given = [g for g in self.p_given if g[0].lower() not in tokens]
        self.p_sur = [
            s
            for s in self.p_sur
            if not {t.lower() for t in name_tokens(s[0] + " " + s[1])} & tokens
        ]

    def pick_member(self, rng: random.Random) -> Who:
        return rng.choice(self.members)

    def pick_person(self, rng: random.Random) -> Who:
        return self._who(rng.choice(self.p_given), rng.choice(self.p_sur))

    def contact_name(self, rng: random.Random) -> tuple[str, str]:
        w = self.pick_person(rng)
        return w.given, w.sur


def _decline(word: str, w: Who, loc: str, case: str, is_sur: bool) -> str:
    if case == "nom":
        return word
    if loc == "lt_LT":
        return nm.lt_case(word, case)
    if loc == "lv_LV":
        return nm.lv_case(word, w.gender, case)
    if loc == "et_EE":
        stem = w.sur_gen if is_sur else w.given_gen
        return stem + {"all": "le", "com": "ga", "gen": ""}[case]
    return word


def _possessive(s: str, loc: str) -> str:
    if loc.startswith("en"):
        return s + ("'" if s.endswith("s") else "'s")
    return s + ("'" if s[-1] in "sßxz" else "s")  # German genitive


def mention(
    w: Who, loc: str, rng: random.Random, case: str, member: bool
) -> tuple[str, str, list[str]]:
    """Render a mention of w; return (value, form, scored name tokens)."""
    forms = (
        [
            "full",
            "full",
            "given",
            "given",
            "surname",
            "initial_surname",
            "handle",
            "lower",
            "folded",
            "title",
        ]
        if member
        else ["full", "full", "full", "given", "title", "initial_surname", "lower"]
    )
    form = rng.choice(forms)
    if form == "handle" and case != "nom":
        form = "full"
    if form == "folded" and fold(w.full) == w.full:
        form = "lower"
    baltic = loc in ("lt_LT", "lv_LV", "et_EE")
    if form == "handle":
        h = rng.choice(
            [
                slugify(w.given) + slugify(w.sur),
                slugify(w.given)[0] + slugify(w.sur),
                slugify(w.given) + "." + slugify(w.sur),
            ]
        )
        return "@" + h, form, [h]
    g_dec = _decline(w.given, w, loc, case, False)
    s_dec = _decline(w.sur, w, loc, case, True)
    if loc == "et_EE" and case != "nom":
        g_full = w.given  # Estonian declines only the last part of a full name
    else:
        g_full = g_dec
    if form in ("full", "lower", "folded"):
        v = f"{g_full} {s_dec}"
        v = v.lower() if form == "lower" else fold(v) if form == "folded" else v
    elif form == "given":
        v = g_dec
    elif form == "surname":
        v = s_dec
    elif form == "initial_surname":
        v = f"{w.given[0]}. {s_dec}"
    else:
        t = rng.choice(TITLES[loc])
        v = f"{t} {s_dec}" if rng.random() < 0.6 else f"{t} {g_full} {s_dec}"
    if case == "gen" and not baltic:
        v = _possessive(v, loc)
    return v, form, name_tokens(v)
# ruff: noqa: E501
