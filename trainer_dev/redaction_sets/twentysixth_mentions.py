"""How people are written in the twenty-sixth set: member mentions in their many
forms, non-member person names, and the scorable name-token fragments.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.twentysixth_people import fold, handle, name_tokens

TITLES = {
    "en": ["Dr.", "Mr.", "Ms.", "Eng."],
    "de": ["Frau", "Herr", "Dr."],
    "fr": ["M.", "Mme", "Dr"],
    "pt": ["Sr.", "Sra.", "Dra."],
    "nl": ["mevrouw", "meneer", "dhr.", "mw."],
    "es": ["Ing.", "Lic.", "Sr.", "Sra.", "Dra."],
}


def lang_of(loc: str) -> str:
    return loc[:2]


def frags_for(text: str) -> list[str]:
    return [f"t:{t}" for t in dict.fromkeys(name_tokens(text))]


def member_mention(rng: random.Random, loc: str, name: str) -> tuple[str, str, str, str, list[str]]:
    """Returns (prefix, value, suffix, form, fragments)."""
    toks = name.split(" ", 1)
    given, sur = toks[0], toks[1]
    lang = lang_of(loc)
    forms = [
        "full",
        "full",
        "given",
        "given",
        "surname",
        "initial",
        "handle",
        "lower",
        "title",
        "folded",
    ]
    if lang == "en":
        forms.append("possessive")
    form = rng.choice(forms)
    pre = suf = ""
    if form == "full":
        v = name
    elif form == "given":
        v = given
    elif form == "surname":
        v = sur
    elif form == "initial":
        v = f"{given[0]}. {sur}"
    elif form == "handle":
        h = handle(rng, name)
        return "@", h, "", form, [f"t:{h}"]
    elif form == "lower":
        v = rng.choice([given, name]).lower()
    elif form == "title":
        pre, v = rng.choice(TITLES[lang]) + " ", sur
    elif form == "folded":
        v = fold(name)
        if v == name:
            v, form = name.lower(), "lower"
    else:
        v, suf = given, "'s"
    return pre, v, suf, form, frags_for(v)


def person_written(rng: random.Random, loc: str, name: str) -> tuple[str, str, str, str, list[str]]:
    given, sur = name.split(" ", 1)
    lang = lang_of(loc)
    form = rng.choice(["full", "full", "full", "title", "upper_surname", "lower", "given_initial"])
    pre = ""
    if form == "full":
        v = name
    elif form == "title":
        pre, v = rng.choice(TITLES[lang]) + " ", name if rng.random() < 0.5 else sur
    elif form == "upper_surname":
        v = f"{sur.upper()} {given}"
    elif form == "lower":
        v = name.lower()
    else:
        v = f"{given} {sur[0]}."
    return pre, v, "", form, frags_for(v)
