"""Forty-seventh redaction scoring set: veterinary care, pet owners and animal welfare.

DATA CARD (filled in below)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fortyseventh_looks as L
from trainer_dev.redaction_sets.fortyseventh_build import (
    GENRES,
    KINDS,
    LABELLED,
    LOCALES,
    PLAIN,
    WITH_LOOKS,
    compose,
    draw_item,
    make_roster,
    person_pools,
    roster_tokens,
)
from trainer_dev.redaction_sets.fortyseventh_checks import frag_matches, leaked, normalise

SEED = 4747
__all__ = ["KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked", "make_fortyseventh_set"]


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def check_post(post: Post) -> bool:
    """Values verbatim and apart; every fragment in the text, not in its background nor in
    another value; look-alikes in the text and outside every value."""
    text = post.text
    norm = normalise(text)
    values = [v for _, _, v in post.items]
    for k, v in enumerate(values):
        if not v or v not in text:
            return False
        for j, w in enumerate(values):
            if j != k and (v in w or w in v):
                return False
    for k, (_kind, frags, value) in enumerate(post.items):
        if not frags:
            return False
        back = normalise(text.replace(value, " "))
        for f in frags:
            if not frag_matches("", f, norm) or frag_matches("", f, back):
                return False
            for j, other in enumerate(values):
                if j != k and frag_matches(other, f):
                    return False
    stripped = text
    for v in values:
        stripped = stripped.replace(v, "\x00")
    for la in post.lookalikes:
        if la not in stripped or any(la in v or v in la for v in values):
            return False
    return True


def _draw(rng, locale, kinds, look_kinds, genre, roster, pools, n_ctx) -> Post:
    for _ in range(300):
        drawn = [draw_item(rng, locale, k, roster, pools) for k in kinds]
        looks = [(k, L.DRAW[k](rng, locale)) for k in look_kinds]
        text = compose(rng, locale, genre, drawn, looks, n_ctx)
        post = Post(locale=locale, text=text,
                    items=[(d[0], list(d[2]), d[1]) for d in drawn],
                    item_forms=[d[3] for d in drawn],
                    lookalikes=[v for _, v in looks], lookalike_kinds=[k for k, _ in looks],
                    genre=genre)
        if check_post(post):
            return post
    raise RuntimeError(f"no valid post for {locale} {kinds} {look_kinds}")


def make_fortyseventh_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names, posts): 12 locales x (375 labelled + 75 PII-free)."""
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    rosters = {loc: make_roster(rngs[loc], loc) for loc in LOCALES}
    banned = roster_tokens(rosters)
    members = [m["name"] for loc in LOCALES for m in rosters[loc]]
    posts: list[Post] = []
    n_kinds = len(L.LOOK_KINDS)
    for i, loc in enumerate(LOCALES):
        rng, roster = rngs[loc], rosters[loc]
        pools = person_pools(loc, banned)
        cycle = i

        def looks(n: int) -> list[str]:
            nonlocal cycle
            out = [L.LOOK_KINDS[(cycle + k) % n_kinds] for k in range(n)]
            cycle += n
            return out

        for j in range(LABELLED):
            kinds = [KINDS[j % len(KINDS)]]
            rest = [k for k in KINDS if k != kinds[0]]
            kinds += rng.sample(rest, rng.choice((0, 1, 1, 2)))
            look_kinds = looks(rng.choice((0, 1, 1, 2)))
            genre = GENRES[rng.randrange(len(GENRES))]
            posts.append(_draw(rng, loc, kinds, look_kinds, genre, roster, pools,
                               rng.randint(1, 2)))
        for _ in range(PLAIN):
            genre = GENRES[rng.randrange(len(GENRES))]
            posts.append(_draw(rng, loc, [], [], genre, roster, pools, rng.randint(2, 4)))
        for _ in range(WITH_LOOKS):
            genre = GENRES[rng.randrange(len(GENRES))]
            posts.append(_draw(rng, loc, [], looks(rng.randint(1, 3)), genre, roster, pools,
                               rng.randint(1, 3)))
    return members, posts
