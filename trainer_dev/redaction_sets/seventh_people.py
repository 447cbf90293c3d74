"""Written forms of members' and non-members' names in the seventh set (value, fragments).

A member may be written in full, with an initial, inverted ("Surname, Given"), surname first in
capitals (a French/Italian habit), all capitals, lower case, without accents, with a title, with a
middle initial, by surname alone after a title, or by the given name alone (greetings, sign-offs,
thread replies). Fragments are the surname tokens, or the given name where only it is written.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.seventh_contact import fold
from trainer_dev.redaction_sets.seventh_names import surname_tokens

TITLES = {  # gender-neutral titles only: the given-name pools carry no gender
    "en_US": ("Dr.", "Prof.", "Rev."),
    "en_GB": ("Dr", "Prof", "Cllr"),
    "en_IE": ("Dr", "Prof", "Cllr"),
    "en_IN": ("Dr.", "Prof.", "Adv."),
    "en_AU": ("Dr", "Prof", "Cr"),
    "en_CA": ("Dr.", "Prof.", "Hon."),
    "de_DE": ("Dr.", "Prof. Dr.", "Dipl.-Ing."),
    "fr_FR": ("Dr", "Me", "Pr"),
    "es_ES": ("Prof.", "Dr/a."),
    "it_IT": ("Ing.", "Avv.", "Arch.", "Prof."),
    "nl_NL": ("dr.", "mr.", "ir.", "prof."),
    "pt_BR": ("Prof.", "Eng.", "Dr(a)."),
}


def _cap_particle(surname: str) -> str:
    """Dutch rule: a particle is capitalised when no given name or initial precedes it."""
    return surname[0].upper() + surname[1:]


def _initials(given: str) -> str:
    return "-".join(p[0] + "." for p in given.replace(" ", "-").split("-"))


def _sur_frags(surname: str, written: str | None = None) -> list[str]:
    tokens = surname_tokens(written or surname)
    return [f"w:{t}" for t in tokens]


def member_form(rng: random.Random, locale: str, given: str, surname: str, slot: str):
    r = rng
    full = f"{given} {surname}"
    if slot == "MG":
        value = given if r.random() < 0.9 else given.lower()
        return value, [f"w:{t}" for t in value.split()]
    if slot == "MF":
        roll = r.random()
        if roll < 0.75:
            return full, _sur_frags(surname)
        if roll < 0.85:
            value = f"{r.choice(TITLES[locale])} {full}"
            return value, _sur_frags(surname)
        if roll < 0.93:
            suffix = r.choice(
                (", PhD", ", MBA", ", CPA" if locale[:2] == "en" else ", MSc", " (she/her)")
            )
            return full + suffix, _sur_frags(surname)
        value = full.upper()
        return value, _sur_frags(surname, value)
    forms = [
        "full",
        "full",
        "full",
        "initial",
        "inverted",
        "caps_sur_first",
        "upper",
        "lower",
        "fold",
        "title_sur",
        "middle",
        "given_s",
        "given",
        "sur_only",
    ]
    form = r.choice(forms)
    if form == "initial":
        return f"{_initials(given)} {surname}", _sur_frags(surname)
    if form == "inverted":
        lead = _cap_particle(surname) if locale == "nl_NL" else surname
        return f"{lead}, {given}", _sur_frags(surname)
    if form == "caps_sur_first":
        return f"{surname.upper()} {given}", _sur_frags(surname, surname.upper())
    if form == "upper":
        return full.upper(), _sur_frags(surname, surname.upper())
    if form == "lower":
        return full.lower(), _sur_frags(surname, surname.lower())
    if form == "fold":
        return fold(full), _sur_frags(surname, fold(surname))
    if form == "title_sur":
        lead = _cap_particle(surname) if locale == "nl_NL" else surname
        return f"{r.choice(TITLES[locale])} {lead}", _sur_frags(surname)
    if form == "middle":
        return f"{given} {r.choice('ABCDEFGHJKLMNPRSTW')}. {surname}", _sur_frags(surname)
    if form == "given_s":
        return f"{given} {surname_tokens(surname)[0][0]}.", [f"w:{t}" for t in given.split()]
    if form == "given":
        return given, [f"w:{t}" for t in given.split()]
    if form == "sur_only":
        lead = _cap_particle(surname) if locale == "nl_NL" else surname
        return lead, _sur_frags(surname)
    return full, _sur_frags(surname)


def person_form(rng: random.Random, locale: str, given: str, surname: str):
    r = rng
    roll = r.random()
    if roll < 0.7:
        return f"{given} {surname}", _sur_frags(surname)
    if roll < 0.85:
        lead = _cap_particle(surname) if locale == "nl_NL" else surname
        return f"{r.choice(TITLES[locale])} {lead}", _sur_frags(surname)
    if roll < 0.93:
        return f"{_initials(given)} {surname}", _sur_frags(surname)
    return f"{r.choice(TITLES[locale])} {given} {surname}", _sur_frags(surname)


def written_form(value: str, given: str, surname: str) -> str:
    """The form a name was written in (for reporting recall per form; derived from the value)."""
    full = f"{given} {surname}"
    if value in (given, given.lower()):
        return "given"
    if (
        value.startswith(given + " ")
        and value.endswith(".")
        and len(value.split()) == len(given.split()) + 1
    ):
        return "given_initial"
    if value == full:
        return "full"
    if value == full.upper():
        return "upper"
    if value == full.lower():
        return "lower"
    if value == fold(full):
        return "accents_dropped"
    if value.startswith(surname.upper() + " "):
        return "surname_first_caps"
    if value.endswith(", " + given):
        return "inverted"
    if value in (surname, _cap_particle(surname)):
        return "surname"
    if value.startswith(_initials(given) + " "):
        return "initial"
    if value.startswith(given + " ") and value.endswith(" " + surname):
        return "middle_initial"
    if full in value:
        return "full_with_title_or_suffix"
    if value.endswith(surname) or value.endswith(_cap_particle(surname)):
        return "title_surname"
    return "other"
