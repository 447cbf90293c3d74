"""Names of the tenth set: own per-locale given names and surnames (particles, double and
hyphenated surnames, apostrophes, accents, Mc/Mac/O', Indian names across regions, Brazilian
multi-part names, Dutch tussenvoegsels), honorifics, and the written forms of a name."""

from __future__ import annotations

import random

from .tenth_data import DATA
from .tenth_numbers import ascii_fold

# "|" separates entries; a surname may hold spaces (particles, double surnames).
GIVEN = {loc: "|".join(v) for loc, v in DATA["given"].items()}
SURNAMES = {loc: "|".join(v) for loc, v in DATA["surname"].items()}
HONORIFIC = {
    "en": ["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Dr", "Dr.", "Prof."],
    "de": ["Herr", "Frau", "Dr.", "Prof. Dr."],
    "fr": ["M.", "Mme", "Mme.", "Dr", "Maître"],
    "es": ["Sr.", "Sra.", "D.", "Dña.", "Dr."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Ing.", "Avv."],
    "nl": ["dhr.", "mevr.", "Dhr.", "Mevr.", "dr."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Prof."],
}
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "das",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "lo",
    "te",
    "ter",
    "ten",
    "von",
    "zu",
    "vom",
    "'t",
    "in",
    "het",
    "mac",
    "ní",
    "ó",
    "ni",
    "o",
    "y",
    "e",
    "d'",
    "dell'",
    "d'alessandro",
}
# tokens that look like words of ordinary text; they are never used as fragments
NOT_FRAGMENT = {"mac", "giolla"}


def lang(locale: str) -> str:
    return locale.split("_")[0]


def given_names(locale: str) -> list[str]:
    return GIVEN[locale].split("|")


def surnames(locale: str) -> list[str]:
    return SURNAMES[locale].split("|")


def name_tokens(name: str) -> list[str]:
    """Fragment tokens of a name: words of >= 3 letters that are not particles."""
    out = []
    for raw in name.replace("-", " ").split():
        tok = raw.strip(".,;:()")
        for piece in (tok,) if "'" not in tok[2:] else (tok, tok.split("'")[-1]):
            if (
                len(piece) >= 3
                and piece.lower() not in PARTICLES
                and piece.lower() not in NOT_FRAGMENT
            ):
                out.append(piece)
    return out


def caps_surname(s: str) -> str:
    return s.upper()


def initials(given: str) -> str:
    if "-" in given:
        return "-".join(p[0] + "." for p in given.split("-"))
    return given[0] + "."


MEMBER_FORMS = [
    "full",
    "surname",
    "given",
    "initial_surname",
    "caps",
    "lower",
    "no_accents",
    "possessive",
    "surname_comma_given",
    "honorific_surname",
    "caps_surname_given",
]
PERSON_FORMS = [
    "full",
    "full",
    "full",
    "honorific_surname",
    "surname_comma_given",
    "initial_surname",
    "caps_surname_given",
    "honorific_full",
    "no_accents",
]


def write_name(
    rng: random.Random, given: str, surname: str, form: str, locale: str
) -> tuple[str, list[str]]:
    """(written value, fragment tokens) of a name in a written form."""
    hon = rng.choice(HONORIFIC[lang(locale)])
    if surname.startswith(("Ní ", "Nic ")) and hon.startswith("Mr"):
        hon = "Ms"
    if form == "full":
        v = f"{given} {surname}"
    elif form == "surname":
        v = surname[0].upper() + surname[1:] if rng.random() < 0.5 else surname
    elif form == "given":
        return given, name_tokens(given)
    elif form == "initial_surname":
        v = f"{initials(given)} {surname}"
    elif form == "caps":
        v = f"{given} {surname}".upper()
    elif form == "lower":
        v = f"{given} {surname}".lower()
    elif form == "no_accents":
        v = ascii_fold(f"{given} {surname}")
    elif form == "possessive":
        v = (
            f"{given} {surname}'s"
            if lang(locale) == "en"
            else f"{given} {surname}s"
            if lang(locale) in ("de", "nl") and not surname.endswith("s")
            else f"{given} {surname}"
        )
        if lang(locale) == "en" and rng.random() < 0.5:
            v = f"{surname}'s"
    elif form == "surname_comma_given":
        v = f"{surname}, {given}"
    elif form == "honorific_surname":
        v = f"{hon} {surname}"
    elif form == "honorific_full":
        v = f"{hon} {given} {surname}"
    elif form == "caps_surname_given":
        v = f"{surname.upper()} {given}"
    else:
        raise KeyError(form)
    return v, name_tokens(surname) + (
        name_tokens(given) if given in v or form in ("caps", "lower", "no_accents") else []
    )


def pt_multipart(rng: random.Random, givens: list[str], pool: list[str]) -> tuple[str, str]:
    """A Brazilian name with two given names and two surnames (from the pools)."""
    g = rng.sample(givens, 2)
    s = rng.sample([x for x in pool if " " not in x], 2)
    return f"{g[0]} {g[1]}", f"{s[0]} {s[1]}"


def make_roster(rng: random.Random, per_locale: int = 4) -> tuple[list[dict], set[str]]:
    """Members (locale, given, surname) and the folded set of their name tokens."""
    roster, tokens = [], set()
    for loc in sorted(GIVEN):
        gs, ss = given_names(loc), surnames(loc)
        picked_g = rng.sample(gs, per_locale)
        picked_s = rng.sample(ss, per_locale)
        for g, s in zip(picked_g, picked_s, strict=True):
            roster.append({"locale": loc, "given": g, "surname": s})
            tokens.update(ascii_fold(t).lower() for t in name_tokens(g) + name_tokens(s))
    return roster, tokens


def person_pool(locale: str, member_tokens: set[str]) -> tuple[list[str], list[str]]:
    """Given names and surnames of a locale that share no token with a member."""

    def free(name: str) -> bool:
        return not any(ascii_fold(t).lower() in member_tokens for t in name_tokens(name))

    return [g for g in given_names(locale) if free(g)], [s for s in surnames(locale) if free(s)]
