"""Assembles posts for one locale from the sentence pieces and value generators."""

from __future__ import annotations

import copy
import random

from . import twentieth_values as V
from .twentieth_core import Post, check_post, digit_windows
from .twentieth_ids import LOOK_KINDS, lookalike, national_id
from .twentieth_more_a import MORE_EN, MORE_ES, MORE_PT
from .twentieth_more_b import MORE_ID, MORE_NL, MORE_PL, MORE_SV
from .twentieth_more_c import C_ES, C_ID, C_NL, C_PL, C_PT, C_SV
from .twentieth_people import fold, lang, member_mention, name_fragments, person_mention, roster
from .twentieth_places import address
from .twentieth_text_en import EN
from .twentieth_text_es import ES
from .twentieth_text_id import ID
from .twentieth_text_nl import NL
from .twentieth_text_pl import PL
from .twentieth_text_pt import PT
from .twentieth_text_sv import SV


def _merge(base, more):
    out = copy.deepcopy(base)
    for k, v in more.items():
        if isinstance(v, str):
            out.setdefault(k, []).extend(v.split("|"))
        else:
            for kk, vv in v.items():
                out[k].setdefault(kk, []).extend(vv.split("|"))
    return out


TEXT = {
    "en": _merge(EN, MORE_EN),
    "es": _merge(_merge(ES, MORE_ES), C_ES),
    "pt": _merge(_merge(PT, MORE_PT), C_PT),
    "nl": _merge(_merge(NL, MORE_NL), C_NL),
    "pl": _merge(_merge(PL, MORE_PL), C_PL),
    "sv": _merge(_merge(SV, MORE_SV), C_SV),
    "id": _merge(_merge(ID, MORE_ID), C_ID),
}
# cue words that only make sense in one locale
CUES = {
    "SSN": "en_US",
    "Aadhaar": "en_IN",
    "C.C.": "es_CO",
    "RUT": "es_CL",
    "DNI": "es_PE",
    "CCI": "es_PE",
}


def slot(c, key, v):
    pool = [t for t in c.T["slot"][key] if all(q not in t or c.loc == lc for q, lc in CUES.items())]
    body = c.r.choice(pool).replace("{v}", v)
    if c.r.random() < 0.2:
        body = lead(c, body, v)
    return body


def lead(c, body, v=None):
    ld = c.r.choice(c.T["lead"])
    if (
        (ld.endswith(",") or ld[-1].islower())
        and not (v and body.startswith(v))
        and body[1:2].islower()
    ):
        body = body[0].lower() + body[1:]
    return f"{ld} {body}"


KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["news", "newsletter", "support", "delivery", "booking", "profile"]
COMPANIES = [
    "nexora",
    "bluecrest",
    "altiva",
    "kuberta",
    "soltek",
    "marvia",
    "tranzo",
    "ondaro",
    "brightlane",
    "veltra",
    "pakora",
    "lumeo",
    "quintal",
    "rivando",
    "zentia",
    "corvia",
]


class Ctx:
    def __init__(self, r, loc, members, free):
        self.r, self.loc, self.members, self.free = r, loc, members, free
        self.T = TEXT[lang(loc)]


def _free_name(c):
    return c.r.choice(c.free[0]), c.r.choice(c.free[1])


def make_item(c, kind):
    """Return (kind, fragments, value, form, slot key)."""
    r, loc = c.r, c.loc
    if kind == "IBAN" and loc not in V.IBAN_LOCALES:
        form, v = V.bank_account(r, loc)
        return "ID", digit_windows(v), v, form, "BANK" if "BANK" in c.T["slot"] else "ID"
    if kind == "EMAIL":
        g, s = _free_name(c)
        form, v, local = V.email(r, loc, V_fold(g), V_fold(s), r.choice(COMPANIES))
        return kind, ["t:" + local], v, form, kind
    if kind == "PHONE":
        form, v = V.phone(r, loc)
        return kind, digit_windows(v), v, form, kind
    if kind == "URL":
        g, s = _free_name(c)
        form, v, key = V.url(r, loc, V_fold(g), V_fold(s))
        return kind, ["t:" + key], v, form, kind
    if kind == "IP":
        form, v, core = V.ip(r)
        return kind, ["p:" + core], v, form, kind
    if kind == "CARD":
        form, v = V.card(r)
        return kind, digit_windows(v), v, form, kind
    if kind == "IBAN":
        form, v = V.iban(r, loc)
        return kind, digit_windows(v), v, form, kind
    if kind == "ID":
        form, v = national_id(r, loc)
        return kind, digit_windows(v), v, form, kind
    if kind == "PERSON":
        g, s = _free_name(c)
        form, v = person_mention(r, loc, g, s)
        return kind, name_fragments(v), v, "person_" + form, kind
    if kind == "MEMBER":
        g, s = r.choice(c.members).split(" ", 1)
        form, v = member_mention(r, loc, g, s)
        key = "POSS" if form == "possessive" and "POSS" in c.T["slot"] else kind
        if form == "possessive" and key != "POSS":
            form = "full"
        return kind, name_fragments(v), v, "member_" + form, key
    form, v, frags = address(r, loc)
    return kind, frags, v, form, kind


def V_fold(s):
    return fold(s).replace("'", "").replace(" ", "")


def _look_sentences(c, n):
    looks, kinds, sents = [], [], []
    for k in c.r.sample(LOOK_KINDS, n):
        x = lookalike(c.r, c.loc, k)
        looks.append(x)
        kinds.append("NAMED_AFTER_PERSON" if k == "NAMED" else k)
        sents.append(c.r.choice(c.T["look"][k]).replace("{x}", x))
    return looks, kinds, sents


def labelled_post(c, first):
    r, T = c.r, c.T
    kinds = [first] + [r.choice(KINDS) for _ in range(r.choice([0, 0, 1, 1, 2]))]
    genre = r.choice(GENRES)
    made = [make_item(c, k) for k in kinds]
    looks, lkinds, lsents = _look_sentences(c, r.choice([0, 0, 1, 1, 2, 3]))
    if genre == "profile":
        lines = [r.choice(T["open"]["profile"])]
        for kind, _f, v, _form, key in made:
            if kind in T["labels"] and r.random() < 0.7:
                lines.append(f"{T['labels'][kind]} {v}")
            elif kind in ("PERSON", "MEMBER") and key != "POSS" and r.random() < 0.6:
                lines.append(
                    f"{v}\n{r.choice(T['profile_roles'])} | {r.choice(COMPANIES).capitalize()}"
                )
            else:
                lines.append(slot(c, key, v))
        lines += lsents
        if r.random() < 0.5:
            lines.append(r.choice(T["fill"]))
        text = "\n".join(lines)
    else:
        parts = [r.choice(T["open"][genre])]
        body = [slot(c, key, v) for _k, _f, v, _fm, key in made] + lsents
        r.shuffle(body)
        parts += [b if b[-1] in ".!?:/" else b + "." for b in body]
        if r.random() < 0.6:
            parts.insert(r.randint(1, len(parts)), r.choice(T["fill"]))
        if r.random() < 0.7:
            parts.append(r.choice(T["close"]))
        text = r.choice([" ", " ", "\n", "\n\n"]).join(parts)
    return Post(
        c.loc,
        text,
        [(k, f, v) for k, f, v, _fm, _ky in made],
        [m[3] for m in made],
        looks,
        lkinds,
        genre,
    )


def free_post(c, with_looks):
    r, T = c.r, c.T
    genre = r.choice(GENRES[:5])
    parts = [r.choice(T["open"][genre])]
    looks, lkinds = [], []
    if with_looks:
        looks, lkinds, lsents = _look_sentences(c, r.choice([1, 2, 3]))
        parts += lsents
    parts += [
        lead(c, f) if r.random() < 0.2 else f for f in r.sample(T["fill"], r.choice([1, 1, 2]))
    ]
    if r.random() < 0.7:
        parts.append(r.choice(T["close"]))
    text = r.choice([" ", "\n"]).join(parts)
    return Post(c.loc, text, [], [], looks, lkinds, genre)


def build_locale(seed, i, loc, n_lab=375, n_free=75):
    r = random.Random(f"{seed}:{i}:{loc}")
    members, _used, free = roster(r, loc)
    c = Ctx(r, loc, members, free)
    posts = []
    for k in range(n_lab):
        for _ in range(500):
            p = labelled_post(c, KINDS[k % len(KINDS)])
            if check_post(p):
                break
        else:
            raise RuntimeError(f"could not build post {k} for {loc}")
        posts.append(p)
    for k in range(n_free):
        for _ in range(500):
            p = free_post(c, k >= 30)
            if check_post(p):
                break
        posts.append(p)
    return members, posts
