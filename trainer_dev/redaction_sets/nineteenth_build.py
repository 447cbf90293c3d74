"""Post assembly for the nineteenth set: roster, mentions, items, look-alikes, sentences."""

from __future__ import annotations

import random

from . import nineteenth_text_a as ta
from . import nineteenth_text_b as tb
from . import nineteenth_text_c as tc
from . import nineteenth_text_d as td
from . import nineteenth_text_e as te
from .nineteenth_ids import national_id
from .nineteenth_locales import LANG, NAMES, TITLES
from .nineteenth_looks import LOOK_KINDS, look, routing
from .nineteenth_places import address
from .nineteenth_values import (
    IBAN_LOCALES,
    card,
    d_windows,
    email,
    fold,
    iban,
    ip,
    name_tokens,
    phone,
    url,
)

TEXT = {
    "en": ta.EN,
    "de": ta.DE,
    "fr": ta.FR,
    "es": tb.ES,
    "it": tb.IT,
    "nl": tb.NL,
    "hu": tc.HU,
    "hr": tc.HR,
    "sl": tc.SL,
}
for _lang, _extra in te.OPEN_EXTRA.items():
    for _g, _lines in _extra.items():
        TEXT[_lang]["open"][_g] = TEXT[_lang]["open"][_g] + _lines
GENRES = {
    "endorse": "endorsement",
    "recommend": "recommendation",
    "intro": "introduction",
    "thanks": "thank-you",
    "farewell": "farewell",
    "event": "event-logistics",
}


POSSESSIVE = [
    "{v}'s talk was the highlight of the evening.",
    "Loved {v}'s write-up of the day.",
    "All credit to {v}'s team for the logistics.",
    "Borrowing {v}'s slides for the recap.",
]


def _key(tok: str) -> str:
    return fold(tok).lower()


def pick_roster(r: random.Random, locale: str, used: set[str]) -> list[str]:
    given, sur = NAMES[locale]
    out: list[str] = []
    gs, ss = given[:], sur[:]
    r.shuffle(gs)
    r.shuffle(ss)
    for g in gs:
        if len(out) == 8:
            break
        if _key(g) in used:
            continue
        for s in ss:
            toks = [_key(t) for t in name_tokens(s)]
            if toks and not any(t in used for t in toks):
                out.append(f"{g} {s}")
                used.add(_key(g))
                used.update(toks)
                ss.remove(s)
                break
    return out


def person_pool(locale: str, roster_tokens: set[str]) -> tuple[list[str], list[str]]:
    given, sur = NAMES[locale]
    g = [x for x in given if _key(x) not in roster_tokens]
    s = [x for x in sur if not any(_key(t) in roster_tokens for t in name_tokens(x))]
    return g, s


def _name_frags(name: str) -> list[str]:
    return [f"t:{t}" for t in name_tokens(name)]


def member_mention(r: random.Random, locale: str, member: str) -> tuple[str, str, list[str]]:
    g, s = member.split(" ", 1)
    lang = LANG[locale]
    forms = [
        "full",
        "given",
        "surname",
        "initial",
        "handle",
        "lower",
        "folded",
        "title",
        "possessive",
    ]
    form = r.choice(forms)
    if form == "possessive" and lang != "en":
        form = "full"
    if form == "folded" and fold(member) == member:
        form = "lower"
    if form == "full":
        v = f"{s} {g}" if lang == "hu" else member
        form = "full-hu-order" if lang == "hu" else form
    elif form == "given":
        v = g
    elif form == "surname":
        v = s
    elif form == "initial":
        v = f"{g[0]}. {s}"
    elif form == "handle":
        v = "@" + "".join(ch for ch in fold(g + s).lower() if ch.isalnum())
        return v, form, [f"t:{v[1:]}"]
    elif form == "lower":
        v = member.lower()
    elif form == "folded":
        v = fold(member)
    elif form == "title":
        v = f"{r.choice(TITLES[lang])} {s}"
    else:
        v = member
    return v, form, _name_frags(v)


def person_mention(r: random.Random, locale: str, g: str, s: str) -> tuple[str, str, list[str]]:
    lang = LANG[locale]
    form = r.choice(["full", "full", "title", "lower", "given-initial"])
    if form == "full":
        v = f"{s} {g}" if lang == "hu" else f"{g} {s}"
    elif form == "title":
        v = f"{r.choice(TITLES[lang])} {s}"
    elif form == "lower":
        v = f"{g} {s}".lower()
    else:
        v = f"{g} {s[0]}."
    return v, form, _name_frags(v)


def make_item(
    r: random.Random, locale: str, kind: str, roster: list[str], pool: tuple[list[str], list[str]]
):
    """Returns (kind, value, form, fragments, extra sentence suffix or '')."""
    gp, sp = pool
    extra = ""
    if kind == "EMAIL":
        v, f, fr = email(r, locale, r.choice(gp), r.choice(sp))
    elif kind == "PHONE":
        v, f, fr = phone(r, locale)
    elif kind == "URL":
        v, f, fr = url(r, locale, r.choice(gp), r.choice(sp))
    elif kind == "IP":
        v, f, fr = ip(r)
    elif kind == "CARD":
        v, f, fr = card(r)
    elif kind == "IBAN":
        if locale in IBAN_LOCALES:
            v, f, fr = iban(r, locale)
        else:
            kind = "ID"
            v = "".join(r.choice("0123456789") for _ in range(r.choice([9, 10, 12])))
            f, fr = "us-bank-account", d_windows(v)
            extra = f"(routing {routing(r)})"
    elif kind == "ID":
        v, f, fr = national_id(r, locale)
    elif kind == "PERSON":
        v, f, fr = person_mention(r, locale, r.choice(gp), r.choice(sp))
    elif kind == "MEMBER":
        v, f, fr = member_mention(r, locale, r.choice(roster))
    else:
        v, f, fr = address(r, locale)
    return kind, v, f, fr, extra


def sentence(
    r: random.Random, locale: str, kind: str, value: str, form: str, item_kind: str
) -> str:
    t = TEXT[LANG[locale]]
    key = "IBAN" if item_kind == "IBAN" and form == "us-bank-account" else kind
    tpl = r.choice(t[key])
    if form == "possessive":
        tpl = r.choice(POSSESSIVE)
    return tpl.replace("{v}", value)


def look_sentences(r: random.Random, locale: str, n: int) -> tuple[list[str], list[str], list[str]]:
    t = TEXT[LANG[locale]]
    kinds = r.sample(LOOK_KINDS, n)
    sents, vals = [], []
    for k in kinds:
        v = look(r, locale, k)
        vals.append(v)
        sents.append(
            t["look"][k].replace("{l}", v).replace(v + ".", v)
            if v.endswith(".")
            else t["look"][k].replace("{l}", v)
        )
    return sents, vals, kinds


def frame(
    r: random.Random, locale: str, middle: list[str], genre: str | None = None
) -> tuple[str, str]:
    t = TEXT[LANG[locale]]
    g = genre or r.choice(list(GENRES))
    parts = [r.choice(t["open"][g])]
    if r.random() < 0.25:
        other = r.choice(list(GENRES))
        extra = r.choice(t["open"][other])
        if extra != parts[0]:
            parts.append(extra)
    lang = LANG[locale]
    middle = middle + r.sample(td.BRIDGE[lang], r.choice([0, 0, 1, 1, 2]))
    r.shuffle(middle)
    parts += middle
    if r.random() < 0.75:
        parts.append(r.choice(t["close"]))
    if r.random() < 0.3:
        parts.append(r.choice(td.SIGN[lang]))
    sep = r.choice([" ", " ", "\n", "\n\n"])
    return sep.join(parts), GENRES[g]
