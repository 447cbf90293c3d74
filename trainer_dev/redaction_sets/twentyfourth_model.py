"""Post record, leak rule and acceptance rule of the twentyfourth set."""

from __future__ import annotations

from dataclasses import dataclass, field

from .twentyfourth_core import frag_in


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in the redacted text and is absent from background."""
    return any(frag_in(f, redacted_text) and not frag_in(f, background) for f in fragments)


def masked_text(post: Post) -> str:
    text = post.text
    for _, _, value in sorted(post.items, key=lambda it: -len(it[2])):
        text = text.replace(value, " ")
    return text


def check_post(post: Post) -> bool:
    values = [v for _, _, v in post.items]
    if len(post.item_forms) != len(post.items):
        return False
    if len(post.lookalike_kinds) != len(post.lookalikes):
        return False
    for i, v in enumerate(values):
        if not v or v not in post.text:
            return False
        if any(i != j and v in w for j, w in enumerate(values)):
            return False
    masked = masked_text(post)
    for _, frags, v in post.items:
        if not frags:
            return False
        background = post.text.replace(v, " ")
        for f in frags:
            if not frag_in(f, post.text) or frag_in(f, background) or frag_in(f, masked):
                return False
    return all(lk in masked for lk in post.lookalikes)
