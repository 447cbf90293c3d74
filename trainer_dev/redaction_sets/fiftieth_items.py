"""Items of the fiftieth set: one value of a kind, its fragments and its written form, plus
what the genre needs to write it (the text put in place of {x}, a title or article before it).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from trainer_dev.redaction_sets import fiftieth_contact as contact
from trainer_dev.redaction_sets import fiftieth_numbers as num
from trainer_dev.redaction_sets import fiftieth_places as places
from trainer_dev.redaction_sets.fiftieth_people import PARTICLES, TITLES

STREET_WORDS = {"road", "street", "avenue", "lane", "drive", "court", "boulevard", "parkway",
                "st.", "rd", "walk", "gardens", "close", "terrace", "mews", "crescent", "marg",
                "no.", "hill", "heol", "ffordd", "stryd", "lôn", "rhodfa", "teras", "cilgant"}


@dataclass
class Item:
    kind: str
    value: str
    fragments: list[str]
    form: str
    prefix: str = ""  # a title, article or cue written before the value (not part of it)
    template: str = ""  # "POSS" or "ART" when the form needs its own templates
    id_type: str = ""
    multiline: bool = False


def name_tokens(value: str) -> list[str]:
    toks = re.split(r"[\s.,_@'’\-]+", value)
    return [t for t in toks if len(t) >= 3 and t.lower() not in PARTICLES]


def digit_fragments(value: str) -> list[str]:
    runs = [re.sub(r"[^0-9]", "", m.group(0))
            for m in re.finditer(r"[0-9]+(?:[ .\-/][0-9]+)*", value)]
    frags = [f"d:{r}" for r in runs if len(r) >= 4]
    return frags or [f"w:{value}"]


def _title(rng: random.Random, lang: str, gender: str) -> str:
    options = TITLES[lang]
    male = {"Mr", "Herr", "M.", "Sr.", "Sig.", "Monsieur", "Här"}
    female = {"Ms", "Mrs", "Frau", "Mme", "Sra.", "Sig.ra", "Dra.", "Madame", "Fra", "dott.ssa"}
    fit = [t for t in options if (t in male) == (gender == "m") or t not in male | female]
    fit = [t for t in fit if not (gender == "m" and t in female)]
    return rng.choice(fit or options)


def person(rng: random.Random, lang: str, given: str, surname: str, locale: str) -> Item:
    gender = "f" if given[-1] in "aeiy" and given not in ("Andrea", "Dafydd") else "m"
    r = rng.random()
    if r < 0.5:
        value, form = f"{given} {surname}", "full"
    elif r < 0.62:
        return Item("PERSON", surname, [f"n:{t}" for t in name_tokens(surname)], "title+surname",
                    prefix=_title(rng, lang, gender) + " ")
    elif r < 0.72:
        value, form = f"{given[0]}. {surname}", "initial+surname"
    elif r < 0.82:
        value, form = f"{surname}, {given}", "surname,given"
    elif r < 0.9 and locale in ("es_AR", "pt_PT", "it_IT"):
        value, form = f"{given} {surname}", "full"
    elif r < 0.95:
        value, form = f"{surname.upper()} {given}", "SURNAME given"
    else:
        value, form = f"{given} {surname}".lower(), "lower"
    return Item("PERSON", value, [f"n:{t}" for t in name_tokens(value)], form)


def member(rng: random.Random, lang: str, roster_entry: tuple[str, str, str]) -> Item:
    given, surname, gender = roster_entry
    forms = ["full", "full", "given", "given", "surname", "initial+surname", "given+initial",
             "lower", "SURNAME given", "handle", "title+surname", "folded"]
    if lang in ("en", "de"):
        forms += ["possessive", "possessive"]
    if lang in ("lb", "it", "pt"):
        forms += ["article", "article", "article"]
    form = rng.choice(forms)
    if form == "folded" and contact.fold(given + surname) == given + surname:
        form = "lower"
    prefix, template = "", ""
    if form == "full":
        value = f"{given} {surname}"
    elif form == "given":
        value = given
    elif form == "surname":
        value = surname
    elif form == "initial+surname":
        value = f"{given[0]}. {surname}"
    elif form == "given+initial":
        value = f"{given} {surname.split()[-1][0]}."
    elif form == "lower":
        value = f"{given} {surname}".lower()
    elif form == "SURNAME given":
        value = f"{surname.upper()} {given}"
    elif form == "handle":
        g, s = contact.slugify(given), contact.slugify(surname)
        value = "@" + rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}", f"{g}{s[0]}"])
    elif form == "title+surname":
        value, prefix = surname, _title(rng, lang, gender) + " "
    elif form == "folded":
        value = contact.fold(f"{given} {surname}")
    elif form == "possessive":
        base = rng.choice([given, f"{given} {surname}", surname])
        if lang == "en":
            value = base + ("'" if base.endswith("s") else "'s")
        else:
            value = base + ("'" if base[-1] in "sxzß" else "s")
        template = "POSS"
    else:  # article
        template = "ART"
        if lang == "lb":
            value = given
            if gender == "f":
                prefix = "d'"
            else:
                prefix = "den " if given[0].lower() in "aeiouänndtzh" else "de "
        elif lang == "it":
            value = surname if rng.random() < 0.7 else given
            prefix = "la " if gender == "f" else "il "
        else:  # pt: the article goes with the given name
            value = given
            prefix = "a " if gender == "f" else "o "
    return Item("MEMBER", value, [f"n:{t}" for t in name_tokens(value)], form, prefix=prefix,
                template=template)


def address(rng: random.Random, locale: str, allow_multiline: bool) -> Item:
    street = rng.choice(places.STREETS[locale])
    town, pats, region = rng.choice(places.TOWNS[locale])
    code = places.local_postcode(rng, locale, rng.choice(pats))
    code_written = code
    if locale == "fr_CH" and rng.random() < 0.3:
        code_written = "CH-" + code
    bare_code = code.removeprefix("L-")
    street_toks = [t for t in name_tokens(street[0]) if t.lower() not in STREET_WORDS]
    if street[2] == "compound" and not street_toks:
        street_toks = [street[0]]
    frags = [f"t:{t}" for t in street_toks]
    line1 = places.street_line(rng, locale, street)
    line2 = places.town_line(locale, town, code_written, region)
    r = rng.random()
    if r < 0.12:
        box = str(rng.randint(1, 1999))
        line1 = rng.choice(places.PO_BOX[locale]).format(n=box)
        return Item("ADDRESS", f"{line1}, {line2}", [f"w:{box}", f"p:{bare_code}"], "pobox")
    if r < 0.3:
        value = f"{line1}, {town}" if locale != "en_GI" else f"{line1}, Gibraltar"
        return Item("ADDRESS", value, frags, "no-postcode")
    if r < 0.55 and allow_multiline:
        return Item("ADDRESS", f"{line1}\n{line2}", frags + [f"p:{bare_code}"], "multiline",
                    multiline=True)
    return Item("ADDRESS", f"{line1}, {line2}", frags + [f"p:{bare_code}"], "oneline")


def make_item(rng: random.Random, kind: str, locale: str, lang: str, roster: list,
              given_pool: list[str], surname_pool: list[str], allow_multiline: bool) -> Item:
    g, s = rng.choice(given_pool), rng.choice(surname_pool)
    if kind == "EMAIL":
        local = contact.email_local(rng, g, s)
        value = f"{local}@{rng.choice(contact.MAIL_DOMAINS[locale])}"
        form = rng.choice(["plain", "plain", "angle", "mailto"])
        item = Item("EMAIL", value, [f"e:{local}"], form)
        if form == "mailto":
            item.prefix = "mailto:"
        return item
    if kind == "PHONE":
        value, form = contact.phone(rng, locale)  # one run: the whole number's digits
        return Item("PHONE", value, [f"d:{num.digits(value)}"], form)
    if kind == "URL":
        value, frag, form = contact.url(rng, locale, g, s)
        return Item("URL", value, [("s:" if form == "platform" else "h:") + frag], form)
    if kind == "IP":
        value, addr, form = contact.ip(rng)
        return Item("IP", value, [f"w:{addr}"], form)
    if kind == "CARD":
        value, form = num.luhn_card(rng)
        return Item("CARD", value, digit_fragments(value), form)
    if kind == "IBAN":
        value, form = num.make_iban(rng, rng.choice(contact.IBAN_COUNTRIES[locale]))
        return Item("IBAN", value, digit_fragments(value), form)
    if kind == "ID":
        value, id_type = contact.person_id(rng, locale, g, s)
        return Item("ID", value, digit_fragments(value), "bare", id_type=id_type)
    if kind == "PERSON":
        return person(rng, lang, g, s, locale)
    if kind == "MEMBER":
        return member(rng, lang, rng.choice(roster))
    return address(rng, locale, allow_multiline)
