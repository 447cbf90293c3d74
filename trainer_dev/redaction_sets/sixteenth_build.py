"""Sixteenth set: assembling posts for one locale (items, sentences, look-alikes, noise)."""

from __future__ import annotations

import random
import re

from .sixteenth_ids import (
    IBAN_LOCALES,
    make_bank_id,
    make_card,
    make_iban,
    make_id,
)
from .sixteenth_names import (
    NAME_FORMS,
    NICKNAMES,
    fold,
    name_form,
    roster_and_pool,
    roster_string,
    value_name_fragments,
)
from .sixteenth_phones import make_phone
from .sixteenth_places import make_address, make_email, make_ip, make_url
from .sixteenth_templates import (
    CLOSE,
    FILLER,
    GENRES,
    LANG,
    MIXED,
    OPEN,
    QUOTE_HEAD,
    SENT,
    SIGNOFF,
)
from .sixteenth_text import frame, lookalike, noise

N_LABELLED, N_FREE_PLAIN, N_FREE_LA = 375, 30, 45


def digit_windows(value: str) -> list[str]:
    """d: fragments: 4-digit windows inside runs of digits separated only by non-word chars."""
    folded = "".join(str(int(c)) if c.isdecimal() else c for c in value)
    out: dict[str, None] = {}
    for run in re.split(r"[^\W\d]+", folded):
        ds = "".join(c for c in run if c.isdigit())
        for i in range(len(ds) - 3):
            out["d:" + ds[i:i + 4]] = None
    return list(out)


def make_item(rng: random.Random, loc: str, kind: str, roster: list, pool: list):
    """(kind, fragments, value, form, suffix)."""
    suffix = ""
    if kind in ("PERSON", "MEMBER"):
        src = roster if kind == "MEMBER" else pool
        form = rng.choice(NAME_FORMS)
        fits = [p for p in src if (form == "folded" and fold(p[0] + p[1]) != p[0] + p[1])
                or (form == "nickname" and p[0] in NICKNAMES)]
        person = rng.choice(fits or src)
        v, form, suffix = name_form(rng, person, form, loc)
        return kind, value_name_fragments(v, form, person), v, form, suffix
    if kind in ("EMAIL", "URL"):
        g, s, _ = rng.choice(pool)
        v, form, frags = make_email(rng, loc, g, s) if kind == "EMAIL" else make_url(rng, g, s)
        return kind, frags, v, form, ""
    if kind == "IP":
        v, form, frags = make_ip(rng)
        return kind, frags, v, form, ""
    if kind == "ADDRESS":
        v, form, frags = make_address(rng, loc)
        return kind, frags, v, form, ""
    if kind == "PHONE":
        v, form = make_phone(rng, loc)
    elif kind == "CARD":
        v, form = make_card(rng, loc)
    elif kind == "IBAN":
        if loc in IBAN_LOCALES:
            v, form = make_iban(rng, loc)
        else:
            kind = "ID"
            v, form = make_bank_id(rng, loc)
    else:
        v, form = make_id(rng, loc)
    return kind, digit_windows(v), v, form, ""


def _sentence(rng: random.Random, lang: str, kind: str, possessive: bool) -> str:
    if possessive:
        return rng.choice(SENT["en"]["POSS"])
    use = lang if rng.random() < 0.75 else "en"
    return rng.choice(SENT[use][kind])


def _compose(rng: random.Random, loc: str, genre: str, parts: list[str], free: bool) -> str:
    lang = LANG[loc]
    head_lang = lang if rng.random() < 0.8 else "en"
    head = rng.choice(OPEN[head_lang][genre])
    body = list(parts)
    if rng.random() < 0.45:
        body.append(rng.choice(MIXED[loc]))
    if free or rng.random() < 0.3:
        body.insert(rng.randrange(len(body) + 1), rng.choice(FILLER[lang]))
    rng.shuffle(body)
    closer = rng.choice(CLOSE[lang if rng.random() < 0.8 else "en"])
    segs = [head] + body + [closer]
    text = segs[0]
    for s in segs[1:]:
        text += rng.choice([" ", " ", "\n", "\n\n", " – ", ". "]) + s
    if genre == "repost" or rng.random() < 0.1:
        text = rng.choice(QUOTE_HEAD) + "\n" + text
    if rng.random() < 0.15:
        text += "\n" + rng.choice(SIGNOFF)
    return text


def _fill(text: str, values: list[str], las: list[str]) -> str:
    for i, v in enumerate(values):
        text = text.replace(f"\x00{i}\x01", v)
    for j, la in enumerate(las):
        text = text.replace(f"\x02{j}\x03", la)
    return text


def _lookalikes(rng: random.Random, loc: str, n: int, digits: bool):
    las, kinds, parts = [], [], []
    for j in range(n):
        x, k = lookalike(rng, loc, LANG[loc], digits)
        if x in las:
            continue
        las.append(x)
        kinds.append(k)
        parts.append(frame(rng, "named" if k == "named" else k).replace("{x}", f"\x02{j}\x03"))
    return las, kinds, parts


def labelled_post(rng, loc, first_kind, roster, pool, kinds, post_cls):
    n = rng.choice([1, 1, 2, 2, 2, 3])
    chosen = [first_kind] + [rng.choice(kinds) for _ in range(n - 1)]
    items, forms, values, parts = [], [], [], []
    lang = LANG[loc]
    for i, k in enumerate(chosen):
        kind, frags, v, form, suf = make_item(rng, loc, k, roster, pool)
        items.append((kind, frags, v))
        forms.append(form)
        values.append(v)
        tmpl = _sentence(rng, lang, "IBAN" if k == "IBAN" else kind, form == "possessive")
        parts.append(tmpl.replace("{v}", f"\x00{i}\x01{suf}"))
    n_la = rng.choice([0, 1, 1, 2, 2, 3])
    las, la_kinds, la_parts = _lookalikes(rng, loc, n_la, True)
    genre = rng.choice(GENRES)
    raw = _compose(rng, loc, genre, parts + la_parts, False)
    text, _ = noise(rng, raw, True)
    return post_cls(loc, _fill(text, values, las), items, forms, las, la_kinds, genre)


def free_post(rng, loc, with_la: bool, post_cls):
    las, la_kinds, la_parts = _lookalikes(rng, loc, rng.randint(1, 3) if with_la else 0, True)
    genre = rng.choice(GENRES)
    raw = _compose(rng, loc, genre, la_parts, True)
    text, _ = noise(rng, raw, with_la)
    return post_cls(loc, _fill(text, [], las), [], [], las, la_kinds, genre)


def build_locale(rng: random.Random, loc: str, kinds: list[str], check, post_cls):
    roster, pool = roster_and_pool(rng, loc)
    posts = []
    for i in range(N_LABELLED):
        for _ in range(500):
            p = labelled_post(rng, loc, kinds[i % len(kinds)], roster, pool, kinds, post_cls)
            if check(p):
                break
        else:
            raise RuntimeError(f"could not build labelled post {i} for {loc}")
        posts.append(p)
    for i in range(N_FREE_PLAIN + N_FREE_LA):
        with_la = i >= N_FREE_PLAIN
        for _ in range(500):
            p = free_post(rng, loc, with_la, post_cls)
            ok = check(p) and (with_la or not any(c.isdecimal() for c in p.text))
            if ok and (not with_la or p.lookalikes):
                break
        else:
            raise RuntimeError(f"could not build PII-free post {i} for {loc}")
        posts.append(p)
    return [roster_string(*p) for p in roster], posts
