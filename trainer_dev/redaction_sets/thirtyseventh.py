"""Thirty-seventh redaction scoring set: public services and government casework.

DATA CARD (filled in below)
"""

from __future__ import annotations

import random

from .thirtyseventh_build import (KINDS, LOCALES, Post, Ctx, build_locale, check_post,
                                  fold_tokens, leaked, make_roster, norm, piece_counts)

SEED = 3737

__all__ = ["KINDS", "LOCALES", "Post", "SEED", "check_post", "leaked", "make_thirtyseventh_set",
           "norm", "piece_counts"]


def make_thirtyseventh_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts); one Random per locale."""
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [make_roster(rng, loc) for rng, loc in zip(rngs, LOCALES)]
    members = [f"{g} {s}" for roster in rosters for g, _, s in roster]
    banned: set[str] = set()
    for name in members:
        banned |= fold_tokens(name)
    posts: list[Post] = []
    for rng, loc, roster in zip(rngs, LOCALES, rosters):
        posts += build_locale(Ctx(loc, rng, roster, banned))
    return members, posts
