"""Thirty-sixth set: rosters, PERSON names and the written forms of both."""

from __future__ import annotations

import re
import unicodedata

from trainer_dev.redaction_sets.thirtysixth_core import normalise
from trainer_dev.redaction_sets.thirtysixth_names import (
    GIVEN_TITLES,
    MIDDLE_VI,
    PARTICLES,
    POOLS,
    TITLES,
)

MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]
PERSON_FORMS = ["full", "title", "lower", "initial", "surname_given", "given"]


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _part(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def name_tokens(name: str) -> list[str]:
    """Name tokens without particles or initials, as written."""
    out = []
    for tok in re.split(r"[\s\-]+", name):
        if not tok or tok.lower() in PARTICLES or tok.endswith("."):
            continue
        if tok.endswith("'s"):
            tok = tok[:-2]
        tok = tok.rstrip("'")
        if tok[:2].lower() == "d'" and len(tok) > 3:
            tok = tok[2:]
        if len(normalise(tok)) < 2:
            continue
        out.append(tok)
    return out


def make_person(rng, locale: str, gender: str, given: str, surname: str) -> dict:
    middle = rng.choice(MIDDLE_VI[gender]) if locale == "vi_VN" else ""
    display = f"{surname} {middle} {given}" if middle else f"{given} {surname}"
    return {"given": given, "surname": surname, "middle": middle, "gender": gender,
            "display": display, "locale": locale}


def roster(rng, locale: str) -> list[dict]:
    pool = POOLS[locale]
    genders = ["f", "m", "f", "m", "f", "m", rng.choice("fm"), rng.choice("fm")]
    givens: list[str] = []
    surnames = rng.sample(pool["s"], 8)
    out = []
    for g, s in zip(genders, surnames, strict=True):
        given = rng.choice([n for n in pool[g] if n not in givens])
        givens.append(given)
        out.append(make_person(rng, locale, g, given, s))
    return out


def person_tokens(p: dict) -> list[str]:
    return name_tokens(p["display"])


def _attach_possessive(locale: str, name: str, gender: str) -> str:
    if locale.startswith("en"):
        return name + ("'" if name.endswith("s") else "'s")
    if locale == "de_DE":
        return "von " + name
    if locale in ("fr_FR", "fr_DZ"):
        return ("d'" if normalise(name)[0] in "aeiouyh" else "de ") + name
    if locale in ("es_ES", "es_VE"):
        return "de " + name
    if locale in ("pt_BR", "pt_PT"):
        return ("da " if gender == "f" else "do ") + name
    return "của " + name


def _handle(p: dict) -> str:
    sur = name_tokens(p["surname"])
    return "@" + _part(p["given"]) + "." + "".join(_part(t) for t in sur)


def member_form(rng, p: dict, form: str) -> tuple[str, list[str], str]:
    """(value, name tokens in it, form actually written)."""
    loc, given, sur = p["locale"], p["given"], p["surname"]
    vi = loc == "vi_VN"
    if form == "folded" and fold(p["display"]) == p["display"]:
        form = "lower"
    if form == "full":
        v = p["display"]
    elif form == "given":
        v = f"{p['middle']} {given}" if vi and rng.random() < 0.4 else given
    elif form == "surname":
        v = sur
    elif form == "initial":
        v = f"{sur[0]}. {p['middle']} {given}" if vi else f"{given[0]}. {sur}"
    elif form == "handle":
        v = _handle(p)
        toks = [_part(given)] + [_part(t) for t in name_tokens(sur)]
        return v, toks, form
    elif form == "possessive":
        base = given if vi or rng.random() < 0.5 else p["display"]
        v = _attach_possessive(loc, base, p["gender"])
    elif form == "lower":
        v = p["display"].lower()
    elif form == "folded":
        v = fold(p["display"])
    else:  # title
        t = rng.choice(TITLES[loc][0 if p["gender"] == "f" else 1])
        v = f"{t} {given}" if vi or t in GIVEN_TITLES else f"{t} {sur}"
    toks = [t for t in name_tokens(v) if normalise(t) in {normalise(x) for x in
                                                            name_tokens(p["display"])}]
    return v, toks, form


def person_form(rng, p: dict, form: str) -> tuple[str, list[str], str]:
    loc, given, sur = p["locale"], p["given"], p["surname"]
    vi = loc == "vi_VN"
    if form == "full":
        v = p["display"]
    elif form == "title":
        t = rng.choice(TITLES[loc][0 if p["gender"] == "f" else 1])
        if vi:
            v = f"{t} {p['middle']} {given}"
        elif rng.random() < 0.5:
            v = f"{t} {given} {sur}"
        else:
            v = f"{t} {given}" if t in GIVEN_TITLES else f"{t} {sur}"
    elif form == "lower":
        v = p["display"].lower()
    elif form == "initial":
        v = f"{sur[0]}. {p['middle']} {given}" if vi else f"{given[0]}. {sur}"
    elif form == "surname_given":
        if vi:
            v = f"{sur.upper()} {p['middle']} {given}"
        elif rng.random() < 0.5:
            v = f"{sur.upper()} {given}"
        else:
            v = f"{sur}, {given}"
    else:
        v = f"{p['middle']} {given}" if vi else given
    ref = {normalise(x) for x in name_tokens(p["display"])}
    toks = [t for t in name_tokens(v) if normalise(t) in ref]
    return v, toks, form
