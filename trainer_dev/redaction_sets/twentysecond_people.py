"""Roster members, non-member people, and the written forms of each mention."""

from __future__ import annotations

import random

from .twentysecond_names import POOLS, fold, tokens

TITLES = {
    # gender-neutral written titles only (no gender is recorded for the name pools)
    "en": ["Dr.", "Prof.", "Dr", "Professor"], "pt": ["Prof.", "Prof."],
    "pl": ["dr", "prof.", "dr hab.", "mgr inż."],
    "sv": ["docent", "professor", "dr"], "tr": ["Prof. Dr.", "Doç. Dr.", "Dr.", "Av."],
    "es": ["Ing.", "Lic.", "Mg."], "fr": ["Dr", "Pr", "Me"],
    "mt": ["Dr", "Prof.", "Perit", "Av."],
}


def lang(locale: str) -> str:
    return "mt" if locale == "en_MT" else locale.split("_")[0]


def make_roster(seed: int, locales: list[str]) -> list[str]:
    rng = random.Random(f"{seed}:roster")
    members: list[str] = []
    used: set[str] = set()
    for loc in locales:
        given, sur = POOLS[loc]
        got = 0
        while got < 8:
            name = f"{rng.choice(given)} {rng.choice(sur)}"
            toks = {t.lower() for t in tokens(name)}
            if toks & used or len(name.split()) > 3:
                continue
            used |= toks
            members.append(name)
            got += 1
    return members


def roster_tokens(members: list[str]) -> set[str]:
    out = set()
    for m in members:
        for t in tokens(m):
            out.add(t.lower())
            out.add(fold(t).lower())
    return out


def fresh_name(rng: random.Random, locale: str, banned: set[str]) -> tuple[str, str]:
    given, sur = POOLS[locale]
    while True:
        g, s = rng.choice(given), rng.choice(sur)
        both = tokens(f"{g} {s}")
        toks = {t.lower() for t in both} | {fold(t).lower() for t in both}
        if not toks & banned and g.split()[0] != s.split()[-1]:
            return g, s


_TITLE_WORDS = {w.lower().rstrip(".") for ts in TITLES.values() for t in ts for w in t.split()}
_TITLE_WORDS |= {"hanım", "bey", "hoca", "hab", "inż"}


def _frags(written: str) -> list[str]:
    return ["t:" + t for t in tokens(written) if t.lower().rstrip(".") not in _TITLE_WORDS]


def person(rng: random.Random, locale: str, banned: set[str]) -> tuple[str, list[str], str]:
    g, s = fresh_name(rng, locale, banned)
    lg = lang(locale)
    form = rng.choice(["full", "full", "full", "title_full", "inverted", "initial_surname",
                       "full_lower" if lg in ("en", "pl", "sv", "mt") else "full"])
    if form == "title_full":
        value = f"{rng.choice(TITLES[lg])} {g} {s}"
    elif form == "inverted":
        value = f"{s.upper() if rng.random() < 0.5 else s}, {g}"
    elif form == "initial_surname":
        value = f"{g[0]}. {s}"
    elif form == "full_lower":
        value = f"{g} {s}".lower()
    else:
        value = f"{g} {s}"
    if lg == "tr" and form == "full" and rng.random() < 0.3:
        value, form = f"{g} {rng.choice(['Hanım', 'Bey'])}", "given_honorific"
        return value, ["t:" + g], form
    return value, _frags(value), form


def _tr_suffix(word: str) -> str:
    vowels = [c for c in word.lower() if c in "aeıioöuü"]
    back = vowels and vowels[-1] in "aıou"
    if word[-1].lower() in "aeıioöuü":
        return "'" + ("ya" if back else "ye")
    return "'" + ("a" if back else "e")


def member(rng: random.Random, locale: str, name: str) -> tuple[str, list[str], str]:
    parts = name.split(" ", 1)
    g, s = parts[0], parts[1]
    lg = lang(locale)
    forms = ["full", "full", "given", "given", "surname", "initial_surname", "handle",
             "lower", "title"]
    if lg == "en" or lg == "mt":
        forms += ["possessive", "possessive"]
    if lg == "sv":
        forms += ["genitive", "genitive"]
    if lg == "tr":
        forms += ["suffix", "suffix", "honorific"]
    if fold(name) != name:
        forms += ["folded", "folded"]
    form = rng.choice(forms)
    frags: list[str] | None = None
    if form == "full":
        value = name
    elif form == "given":
        value = g
    elif form == "surname":
        value = s
    elif form == "initial_surname":
        value = f"{g[0]}. {s}"
    elif form == "handle":
        a, b = fold(g).lower(), fold(s).lower().replace(" ", "").replace("'", "")
        h = rng.choice([a + b, f"{a}.{b}", f"{a}_{b}", a[0] + b, a + b[0]])
        value, frags = "@" + h, ["t:" + h]
    elif form == "lower":
        value = rng.choice([name.lower(), g.lower()])
    elif form == "title":
        value = f"{rng.choice(TITLES[lg])} {s}"
    elif form == "possessive":
        value = rng.choice([name, g]) + rng.choice(["'s", "’s"])
    elif form == "genitive":
        base = rng.choice([name, g])
        value = base if base[-1] in "sxz" else base + "s"
        head = base.rsplit(" ", 1)
        frags = ["t:" + t for t in tokens(head[0])] if len(head) > 1 else []
        frags.append("s:" + head[-1])
    elif form == "suffix":
        base = rng.choice([name, g, s])
        value, frags = base + _tr_suffix(base), _frags(base)
    elif form == "honorific":
        value, frags = f"{g} {rng.choice(['Hanım', 'Bey', 'Hoca'])}", ["t:" + g]
    else:  # folded
        value = rng.choice([fold(name), fold(s), fold(name).lower()])
    if frags is None:
        frags = _frags(value.replace("’s", "").replace("'s", ""))
    return value, frags, form
