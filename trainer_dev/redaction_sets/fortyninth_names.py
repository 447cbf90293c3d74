"""How names are written in the forty-ninth set: member mentions and private persons.

Each function returns ``(written, form, fragments)``; fragments are "t:" name tokens as
written (inflected where the language inflects), never titles, particles or initials.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.fortyninth_people import name_tokens, titles_for
from trainer_dev.redaction_sets.fortyninth_values import fold

GA_VOCATIVE = {"Seán": "Sheáin", "Colm": "Choilm", "Tadhg": "Thaidhg", "Pádraig": "Phádraig",
               "Cian": "Chian", "Donncha": "Dhonncha", "Fiachra": "Fhiachra",
               "Siobhán": "Shiobhán", "Caoimhe": "Chaoimhe", "Clodagh": "Chlodagh",
               "Gráinne": "Ghráinne", "Sorcha": "Shorcha"}


def frags(written: str) -> list[str]:
    out: list[str] = []
    for t in name_tokens(written.lstrip("@")):
        f = "t:" + fold(t).lower()
        if f not in out:
            out.append(f)
    return out


def possessive(locale: str, given: str) -> str:
    if locale.startswith("en") or locale == "ga_IE":
        return given + ("'" if given.endswith("s") else "'s")
    if locale.startswith("nl"):
        if given[-1] in "sxz":
            return given + "'"
        return given + ("'s" if given[-1] in "aiouy" else "s")
    if locale in ("sv_SE", "de_CH"):
        return given + ("'" if given[-1] in "sxzß" and locale == "de_CH" else
                        "" if given[-1] in "sxz" else "s")
    return given  # Afrikaans: "X se", written apart in the frame


def fi_inflect(name: str, case: str) -> str:
    """Finnish genitive/allative/ablative of a name (no consonant gradation in this pool)."""
    back = any(v in name.lower() for v in "aou")
    if name.endswith("nen"):
        stem = name[:-3] + "se"
    elif name.endswith("as"):
        stem = name[:-1] + "kse"
    else:
        stem = name
    return stem + {"gen": "n", "all": "lle", "abl": "lta" if back else "ltä"}[case]


def member_mention(rng: random.Random, locale: str, given: str, surname: str,
                   poss_frames: list) -> tuple[str, str, list[str], str | None]:
    """A mention of a roster member; the fourth value is a frame the form needs, if any."""
    forms = ["full", "full", "given", "given", "surname", "initial", "handle", "lower"]
    if any(ord(c) > 127 for c in given + surname):
        forms.append("folded")
    if poss_frames:  # Finnish posts inflect names far more often than others mark them
        forms += ["possessive"] * (5 if locale == "fi_FI" else 2)
    elif locale.startswith("en"):
        forms.append("possessive")
    form = rng.choice(forms)
    frame = None
    full = f"{given} {surname}"
    if form == "full":
        w = full
    elif form == "given":
        w = given
    elif form == "surname":
        w = surname
    elif form == "initial":
        w = f"{given[0]}. {surname}"
    elif form == "lower":
        w = full.lower()
    elif form == "folded":
        w = fold(full) if rng.random() < 0.5 else fold(full).lower()
    elif form == "handle":
        base = fold(given).lower()
        last = fold("".join(name_tokens(surname))).lower()
        w = "@" + rng.choice([base + last, base + "." + last, base + "_" + last[:1],
                              base[:1] + last])
    else:
        if locale == "fi_FI":
            case, frame = rng.choice(poss_frames)
            base = surname if given == "Kerttu" or rng.random() < 0.4 else given
            w, form = fi_inflect(base, case), f"inflected-{case}"
        elif locale == "ga_IE":
            frame = rng.choice(poss_frames)
            w, form = GA_VOCATIVE.get(given, given), "vocative"
        else:
            w = possessive(locale, given)
            frame = rng.choice(poss_frames) if poss_frames else "{v} car is ready."
    if form == "handle":
        return w, form, ["t:" + w[1:]], frame
    return w, form, frags(w.removesuffix("'s").removesuffix("'")), frame


def person_name(rng: random.Random, locale: str, given: str, surname: str
                ) -> tuple[str, str, list[str]]:
    """A private person's name in one of the ways posts write it."""
    titles = titles_for(locale, given)
    forms = ["full", "full", "surname-first", "initial", "lower", "given"]
    if titles:
        forms += ["title-surname", "title-full"]
    if any(ord(c) > 127 for c in given + surname):
        forms.append("folded")
    form = rng.choice(forms)
    full = f"{given} {surname}"
    if form == "full":
        w = full
    elif form == "surname-first":
        w = rng.choice([f"{surname.upper()} {given}", f"{surname}, {given}"])
    elif form == "initial":
        w = f"{given[0]}. {surname}"
    elif form == "lower":
        w = full.lower()
    elif form == "given":
        w = given
    elif form == "title-surname":
        w = f"{rng.choice(titles)} {surname}"
    elif form == "title-full":
        w = f"{rng.choice(titles)} {full}"
    else:
        w = fold(full)
    name_part = w
    for t in titles:
        if w.startswith(t + " "):
            name_part = w[len(t) + 1:]
    return w, form, frags(name_part)
