"""Training-time surface-form augmentation for the learned name tagger.

A generator writes names in the forms its author thought of; another writes them lower case,
in capitals, as a hashtag, surname first, in the airline ``SURNAME/GIVEN`` form, as an initial
and a surname, or as a surname alone. These are naming conventions, not any set's wording, so the
tagger is shown each of them on the training sets' own posts: a copy of a post with every
PERSON/MEMBER value rewritten in one form (labels follow the rewritten value), or the whole post
in capitals or lower case (PII-free posts too, so capitals alone stop meaning "name"). A fixed
seed picks posts and forms (reproducible weights, not privacy noise).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

NAME_ITEMS = ("PERSON", "MEMBER")
FORMS = ("lower", "upper", "hashtag", "inverted", "airline", "initial", "surname")
P_WHOLE_CASE = 0.1  # each of: whole post upper case, whole post lower case
P_NAME_FORM = 0.35  # a post with names gets a copy in one rewritten form
# policy -> (whole-post cases, name forms): every convention, or only the lower case of chat
# ("anna, are you in?"), where a name has no capital to tell it from a word
POLICIES = {"all": (("upper", "lower"), FORMS), "lower": (("lower",), ("lower",))}


@dataclass
class Variant:
    """An augmented post: what token_labels and the Score need."""

    text: str
    items: list
    pii_free: bool = False


def name_form(value: str, form: str) -> str:
    """``value`` (a person's name as written) in one of ``FORMS``."""
    words = value.split()
    first, last = words[0], words[-1]
    if form == "lower":
        return value.lower()
    if form == "upper":
        return value.upper()
    if form == "hashtag":
        return "#" + "".join(w[:1].upper() + w[1:] for w in words if w[0].isalpha())
    if len(words) < 2 or not first[0].isalpha():
        return value
    if form == "inverted":
        return f"{last}, {' '.join(words[:-1])}"
    if form == "airline":
        return f"{last.upper()}/{first.upper()}"
    if form == "initial":
        return f"{first[0]}. {last}"
    return last  # surname alone


def _rewrite(text: str, items: list, form: str) -> Variant:
    out = []
    for kind, fragments, value in items:
        if kind in NAME_ITEMS and value and value in text:
            new = name_form(value, form)
            text = text.replace(value, new)
            value = new
        out.append((kind, fragments, value))
    return Variant(text, out)


def augment(post, rng: random.Random, policy: str = "all") -> list[Variant]:
    """Zero or one augmented copy of ``post`` (a development-set post), drawn from the whole-
    post cases and name forms of ``POLICIES[policy]``."""
    cases, forms = POLICIES[policy]
    r = rng.random()
    if r < len(cases) * P_WHOLE_CASE:
        case = str.upper if cases[int(r / P_WHOLE_CASE)] == "upper" else str.lower
        items = [(k, f, case(v) if v else v) for k, f, v in post.items]
        return [Variant(case(post.text), items, post.pii_free)]
    names = [v for k, _f, v in post.items if k in NAME_ITEMS and v]
    if names and r < len(cases) * P_WHOLE_CASE + P_NAME_FORM:
        return [_rewrite(post.text, list(post.items), rng.choice(forms))]
    return []
