"""Assembles thread posts for one locale and checks them."""

from __future__ import annotations

import random

from . import eighteenth_ids as ids
from . import eighteenth_values as vals
from .eighteenth_core import matches
from .eighteenth_looks import lookalike
from .eighteenth_people import lang, mention, outsiders, roster
from .eighteenth_places import address
from .eighteenth_text_a import EN, ES
from .eighteenth_text_b import IT, NB
from .eighteenth_text_c import PT
from .eighteenth_text_d import ID, MS
from .eighteenth_text_e import EXTRA

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
TEXT = {"en": EN, "es": ES, "pt": PT, "it": IT, "nb": NB, "ms": MS, "id": ID}
TEXT = {
    lg: {k: (v + EXTRA[lg].get(k, []) if isinstance(v, list) else v) for k, v in t.items()}
    | {"MEMBER_more": [f for f in EXTRA[lg].get("MEMBER_more", []) if "{v2}" not in f]}
    for lg, t in TEXT.items()
}
GENRES = list(EN["genres"])
CONJ = (" but", " pero", " mas", " però", " men", " tapi", " ma")


def _cap(frame: str) -> str:
    return frame[0].upper() + frame[1:] if frame[0].islower() else frame


def make_item(rng, loc: str, kind: str):
    """Return (kind, fragments, value, form, frame key)."""
    who = rng.choice(roster(loc) + outsiders(loc)[:30])
    if kind == "EMAIL":
        v, f, fr = vals.email(rng, loc, *who)
    elif kind == "PHONE":
        v, f, fr = vals.phone(rng, loc)
    elif kind == "URL":
        v, f, fr = vals.url(rng, loc, *who)
    elif kind == "IP":
        v, f, fr = vals.ip(rng)
    elif kind == "CARD":
        v, f, fr = vals.card(rng)
    elif kind == "IBAN":
        if loc in vals.IBAN_LOCALES:
            v, f, fr = vals.iban(rng, loc)
        else:
            v, f = ids.bank_account(rng, loc)
            return "ID", ids.id_frags(v), v, f, "BANK"
    elif kind == "ID":
        v, f = ids.national_id(rng, loc, *who)
        fr = ids.id_frags(v)
    elif kind in ("PERSON", "MEMBER"):
        pool = roster(loc) if kind == "MEMBER" else outsiders(loc)
        v, f, fr = mention(rng, loc, *rng.choice(pool), member=kind == "MEMBER")
    else:
        v, f, fr = address(rng, loc)
    return kind, fr, v, f, kind


def _sentence(rng, t: dict, key: str, v: str, form: str) -> str:
    frames = t[key]
    if key == "MEMBER":
        if form == "reply_header":
            fr = rng.choice(frames[6:8])
            return fr.replace("{v}", v) + "\n> " + rng.choice(t["free"]) + "\n"
        frames = frames[8:9] if form == "quoted" else frames[:6] + frames[9:] + t["MEMBER_more"]
    fr = rng.choice(frames)
    if key == "PERSON" and form == "quoted":
        return _cap(fr).replace("{v}", "\u201c" + v + "\u201d")
    return _cap(fr).replace("{v}", v)


def _join(rng, parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        if not p:
            continue
        sep = "\n" if out.endswith("\n") else rng.choice([" ", " ", "\n", "\n\n"])
        if out.endswith(CONJ):
            sep = " "
        elif out and out[-1] not in ".!?:\n🙏👇🙋👋—" and not out.endswith(")"):
            out += rng.choice([".", ".", ".", "!", ""])
        out += sep + p
    return out.strip()


def check_post(post) -> bool:
    text = post.text
    vs = [v for _, _, v in post.items]
    if any(v not in text for v in vs):
        return False
    if any(i != j and a in b for i, a in enumerate(vs) for j, b in enumerate(vs)):
        return False
    masked = text
    for v in sorted(vs, key=len, reverse=True):
        masked = masked.replace(v, " ")
    for _, frags, v in post.items:
        if not frags:
            return False
        bg = text.replace(v, " ")
        for f in frags:
            if not matches(f, v) or not matches(f, text) or matches(f, bg) or matches(f, masked):
                return False
    return all(lk in masked for lk in post.lookalikes) and len(post.lookalikes) == len(
        post.lookalike_kinds
    )


def labelled_post(rng, loc: str, first: str, Post):
    t = TEXT[lang(loc)]
    for _ in range(80):
        genre = rng.choice(GENRES)
        n_extra = rng.choice([0, 0, 1, 1, 2])
        pool = KINDS + (
            ["MEMBER", "MEMBER", "PERSON"] if genre in ("thanks", "event", "quoted_reply") else []
        )
        kinds = [first] + [rng.choice(pool) for _ in range(n_extra)]
        made = [make_item(rng, loc, k) for k in kinds]
        sents = [_sentence(rng, t, m[4], m[2], m[3]) for m in made]
        rng.shuffle(sents)
        looks, lkinds = [], []
        if rng.random() < 0.35:
            clause, lv, lk = lookalike(rng, loc, lang(loc))
            sents.insert(
                rng.randint(0, len(sents)), _cap(rng.choice(t["look"]).replace("{x}", clause))
            )
            looks, lkinds = [lv], [lk]
        opener = rng.choice(t["genres"][genre])
        if opener.endswith(CONJ) and not any(sents[0].startswith(m[2]) for m in made):
            sents[0] = sents[0][0].lower() + sents[0][1:]
        text = _join(rng, [opener] + sents + [rng.choice(t["closers"])])
        post = Post(
            loc,
            text,
            [(m[0], m[1], m[2]) for m in made],
            [m[3] for m in made],
            looks,
            lkinds,
            genre,
        )
        if check_post(post):
            return post
    raise RuntimeError(f"could not build post for {loc} {first}")


def free_post(rng, loc: str, n_looks: int, Post):
    t = TEXT[lang(loc)]
    for _ in range(80):
        genre = rng.choice(GENRES)
        body = rng.sample(t["free"], rng.randint(1, 2))
        looks, lkinds = [], []
        for _ in range(n_looks):
            clause, lv, lk = lookalike(rng, loc, lang(loc))
            if lv in looks or any(lv in x or x in lv for x in looks):
                continue
            body.insert(
                rng.randint(0, len(body)), _cap(rng.choice(t["look"]).replace("{x}", clause))
            )
            looks.append(lv)
            lkinds.append(lk)
        opener = rng.choice(t["genres"][genre])
        if opener.endswith(CONJ):
            genre, opener = "poll", rng.choice(t["genres"]["poll"])
        text = _join(rng, [opener] + body + [rng.choice(t["closers"])])
        if n_looks == 0 and any(c.isdigit() for c in text):
            continue
        if n_looks and not looks:
            continue
        post = Post(loc, text, [], [], looks, lkinds, genre)
        if check_post(post):
            return post
    raise RuntimeError(f"could not build free post for {loc}")


def build_locale(seed: int, i: int, loc: str, Post) -> list:
    rng = random.Random(f"{seed}:{i}:{loc}")
    posts = [labelled_post(rng, loc, KINDS[j % 10], Post) for j in range(375)]
    posts += [free_post(rng, loc, 0, Post) for _ in range(30)]
    posts += [free_post(rng, loc, rng.randint(1, 3), Post) for _ in range(45)]
    return posts
