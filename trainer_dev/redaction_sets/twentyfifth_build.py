"""Frames: combine the phrase banks, values, names and look-alikes into posts per locale."""

from __future__ import annotations

import random
import re
from types import ModuleType

from . import (
    twentyfifth_bank_de,
    twentyfifth_bank_en,
    twentyfifth_bank_es,
    twentyfifth_bank_et,
    twentyfifth_bank_fr,
    twentyfifth_bank_is,
    twentyfifth_bank_it,
    twentyfifth_bank_lt,
    twentyfifth_bank_lv,
)
from .twentyfifth_core import Post, check_post
from .twentyfifth_looks import LOOK_KINDS, lookalike
from .twentyfifth_people import Person, mention, outsider, roster
from .twentyfifth_places import address
from .twentyfifth_values import contact

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["anniversary", "promotion", "farewell", "alumni", "sports", "fundraising",
          "mentoring", "meetup"]
BANKS: dict[str, ModuleType] = {
    "en_US": twentyfifth_bank_en, "en_GB": twentyfifth_bank_en, "en_JM": twentyfifth_bank_en,
    "de_DE": twentyfifth_bank_de, "fr_FR": twentyfifth_bank_fr, "es_ES": twentyfifth_bank_es,
    "es_CR": twentyfifth_bank_es, "it_IT": twentyfifth_bank_it, "lt_LT": twentyfifth_bank_lt,
    "lv_LV": twentyfifth_bank_lv, "et_EE": twentyfifth_bank_et, "is_IS": twentyfifth_bank_is,
}
NO_IBAN = {"en_US", "en_JM"}
_SLOT = re.compile(r"\{v(?::(\w+))?\}")
_MEMBER_FORMS = ["full", "full", "given", "given", "surname", "initial", "handle", "lower",
                 "folded", "title"]
_PERSON_FORMS = ["full", "full", "full", "surname", "title", "initial", "lower", "given"]


def _forms(locale: str, base: list[str], case: str) -> list[str]:
    """Mention forms a template allows; a {v:poss} slot takes the possessive form only."""
    if case == "poss":
        return ["possessive"]
    out = list(base)
    if locale == "is_IS":
        out = [f for f in out if f not in ("surname", "initial", "title")]
    return out


def _item(rng: random.Random, locale: str, kind: str, members: list[Person],
          banned: set[str]) -> tuple[str, str, str, list[str], str]:
    """(sentence, label, value, fragments, form) for one item."""
    bank = BANKS[locale]
    slot_kind = "BANK" if kind == "IBAN" and locale in NO_IBAN else kind
    template = rng.choice(bank.SLOT[slot_kind])
    m = _SLOT.search(template)
    assert m, template
    case = m.group(1) or "nom"
    label = "ID" if slot_kind == "BANK" else kind
    if kind == "MEMBER":
        value, form, frags = mention(rng, locale, rng.choice(members), case,
                                     _forms(locale, _MEMBER_FORMS, case))
    elif kind == "PERSON":
        p = outsider(rng, locale, banned)
        value, form, frags = mention(rng, locale, p, case, _forms(locale, _PERSON_FORMS, case))
    elif kind == "ADDRESS":
        value, form, frags = address(rng, locale, case)
    else:
        value, form, frags = contact(rng, locale, slot_kind)
    return _SLOT.sub(lambda _: value, template, count=1), label, value, frags, form


def _look(rng: random.Random, locale: str, banned: set[str]) -> tuple[str, str, str]:
    for _ in range(20):
        kind = rng.choice(LOOK_KINDS)
        value = lookalike(rng, locale, kind)
        words = {w.lower() for w in re.findall(r"\w+", value)}
        if words & banned:
            continue
        carrier = rng.choice(BANKS[locale].LOOK[kind])
        return carrier.replace("{x}", value), kind, value
    raise AssertionError(locale)


def _extras(rng: random.Random, locale: str) -> list[str]:
    if locale == "en_JM" and rng.random() < 0.35:
        return [rng.choice(twentyfifth_bank_en.JM_EXTRA)]
    if locale == "es_CR" and rng.random() < 0.35:
        return [rng.choice(twentyfifth_bank_es.CR_EXTRA)]
    return []


def _assemble(rng: random.Random, locale: str, genre: str, middle: list[str]) -> str:
    bank = BANKS[locale]
    parts = _extras(rng, locale) + [rng.choice(bank.OPEN[genre])]
    rng.shuffle(middle)
    parts += middle
    if rng.random() < 0.7:
        parts.append(rng.choice(bank.CLOSE))
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    if sep == " " and any(p[-1] not in ".!?:)" for p in parts[:-1]):
        sep = "\n"
    return sep.join(parts)


def labelled_post(rng: random.Random, locale: str, first: str, members: list[Person],
                  banned: set[str]) -> Post:
    genre = rng.choice(GENRES)
    for _ in range(200):
        kinds = [first] + [rng.choice(KINDS) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
        items, forms, middle = [], [], []
        for kind in kinds:
            sentence, label, value, frags, form = _item(rng, locale, kind, members, banned)
            middle.append(sentence)
            items.append((label, frags, value))
            forms.append(form)
        looks, look_kinds = [], []
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            sentence, kind, value = _look(rng, locale, banned)
            middle.append(sentence)
            looks.append(value)
            look_kinds.append(kind)
        if rng.random() < 0.4:
            middle.append(rng.choice(BANKS[locale].MID))
        text = _assemble(rng, locale, genre, middle)
        post = Post(locale, text, items, forms, looks, look_kinds, genre)
        if check_post(post) and len(set(looks)) == len(looks):
            return post
    raise AssertionError(f"no post for {locale} {first}")


def free_post(rng: random.Random, locale: str, with_looks: bool, banned: set[str]) -> Post:
    genre = rng.choice(GENRES)
    bank = BANKS[locale]
    for _ in range(200):
        middle, looks, look_kinds = [], [], []
        if with_looks:
            for _ in range(rng.choice([1, 1, 2, 3])):
                sentence, kind, value = _look(rng, locale, banned)
                if value in looks:
                    continue
                middle.append(sentence)
                looks.append(value)
                look_kinds.append(kind)
            if rng.random() < 0.5:
                middle.append(rng.choice(bank.MID))
        else:
            middle = rng.sample(bank.MID, rng.choice([1, 2, 3]))
        text = _assemble(rng, locale, genre, middle)
        if not with_looks and any(ch.isdigit() for ch in text):
            continue
        post = Post(locale, text, [], [], looks, look_kinds, genre)
        if check_post(post):
            return post
    raise AssertionError(f"no free post for {locale}")


def phrase_counts() -> dict[str, int]:
    """Distinct sentence pieces per language bank (openers, slots, carriers, fillers, closers)."""
    out = {}
    for name, mod in (("en", twentyfifth_bank_en), ("de", twentyfifth_bank_de),
                      ("fr", twentyfifth_bank_fr), ("es", twentyfifth_bank_es),
                      ("it", twentyfifth_bank_it), ("lt", twentyfifth_bank_lt),
                      ("lv", twentyfifth_bank_lv), ("et", twentyfifth_bank_et),
                      ("is", twentyfifth_bank_is)):
        pieces = set(mod.MID) | set(mod.CLOSE)
        for group in (mod.OPEN, mod.SLOT, mod.LOOK):
            for v in group.values():
                pieces |= set(v)
        pieces |= set(getattr(mod, "JM_EXTRA", [])) | set(getattr(mod, "CR_EXTRA", []))
        out[name] = len(pieces)
    return out


def locale_roster(seed: int, i: int, locale: str) -> tuple[random.Random, list[Person]]:
    """The locale's generator (used for everything after) and its 8 roster members."""
    rng = random.Random(f"{seed}:{i}:{locale}")
    return rng, roster(rng, locale)


def locale_posts(rng: random.Random, locale: str, members: list[Person],
                 banned: set[str]) -> list[Post]:
    """375 labelled and 75 PII-free posts; banned holds every form of every roster name."""
    posts = [labelled_post(rng, locale, KINDS[k % len(KINDS)], members, banned)
             for k in range(375)]
    posts += [free_post(rng, locale, False, banned) for _ in range(30)]
    posts += [free_post(rng, locale, True, banned) for _ in range(45)]
    return posts
