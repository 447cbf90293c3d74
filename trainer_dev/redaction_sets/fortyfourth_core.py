"""Forty-fourth set: the Post record, text normalisation, fragments, `leaked` and `check_post`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

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


def normalise(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped, dotless i to i."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                   for c in text)
    text = text.replace("ı", "i").casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


SEP = re.compile(r"(?<=\d)[ \-./()+]+(?=\d)")


def collapse(text: str) -> str:
    """Separators (space - . / ( ) +) between digits removed."""
    return SEP.sub("", text)


def digit_windows(value: str) -> list[str]:
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for i in range(len(run) - 3):
            w = run[i:i + 4]
            if w not in out:
                out.append(w)
    return out


_CACHE: dict[str, re.Pattern] = {}


def _pattern(fragment: str) -> re.Pattern:
    pat = _CACHE.get(fragment)
    if pat is None:
        prefix, body = fragment[:2], normalise(fragment[2:])
        if prefix == "p:":
            inner = r"\s?".join(re.escape(c) for c in body.replace(" ", ""))
        else:
            inner = re.escape(body)
        pat = re.compile(r"(?<![^\W_])" + inner + r"(?![^\W_])")
        _CACHE[fragment] = pat
    return pat


def frag_matches(fragment: str, text: str) -> bool:
    """Does one fragment occur in the text (both sides normalised)?"""
    norm = normalise(text)
    if fragment.startswith("d:"):
        return fragment[2:] in collapse(norm)
    return bool(_pattern(fragment).search(norm))


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background (the post
    with the value removed)."""
    return any(frag_matches(f, redacted_text) and not frag_matches(f, background)
               for f in fragments)


def check_post(post: Post) -> bool:
    """Values verbatim, none inside another, every fragment in the text but not in its
    background nor in another value, look-alikes outside every value."""
    values = [v for _, _, v in post.items]
    for i, (_kind, frags, value) in enumerate(post.items):
        if not value or value not in post.text or not frags:
            return False
        for j, other in enumerate(values):
            if i != j and (value in other or other in value):
                return False
        background = post.text.replace(value, " ")
        for f in frags:
            if not frag_matches(f, post.text) or frag_matches(f, background):
                return False
            if any(frag_matches(f, other) for j, other in enumerate(values) if j != i):
                return False
    rest = post.text
    for v in values:
        rest = rest.replace(v, "\x00")
    for look in post.lookalikes:
        if look not in rest or any(look in v or v in look for v in values):
            return False
    return len(post.item_forms) == len(post.items) and \
        len(post.lookalikes) == len(post.lookalike_kinds)
