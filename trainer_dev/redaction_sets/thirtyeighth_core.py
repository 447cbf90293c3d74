"""Post, leaked and check_post of the thirty-eighth set (re-exported by thirtyeighth)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .thirtyeighth_checks import found, norm

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]


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


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    return any(found(f, redacted_text) and not found(f, background) for f in fragments)


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], text.find(value)
    while start >= 0:
        out.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return out


def check_post(post: Post) -> bool:
    """Values verbatim, none inside another, every fragment in the text but not in its
    background nor in another value, look-alikes present and outside every value."""
    text = post.text
    values = [v for _, _, v in post.items]
    for i, (_, fragments, value) in enumerate(post.items):
        if not value or value not in text or not fragments:
            return False
        others = [v for j, v in enumerate(values) if j != i]
        if any(value in o or o in value for o in others):
            return False
        background = text.replace(value, " ")
        for f in fragments:
            if not found(f, value) or not found(f, text) or found(f, background):
                return False
            if any(found(f, o) for o in others):
                return False
    spans = [s for v in values for s in _spans(text, v)]
    for look in post.lookalikes:
        hits = _spans(text, look)
        if not hits:
            return False
        if any(a < e and s < b for a, b in hits for s, e in spans):
            return False
        if any(norm(look) in norm(v) for v in values):
            return False
    return len(post.item_forms) == len(post.items) and \
        len(post.lookalike_kinds) == len(post.lookalikes)
