"""Forty-first set: the post record, matching (normalisation) and the fragment rule."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss"})
SEPARATORS = " -./()+"
_RUN = re.compile(r"\d(?:[ \-./()+]*\d)*")


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accent-stripped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    text = text.casefold().translate(_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _pattern(fragment: str):
    kind, body = fragment[:2], norm(fragment[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
    if kind in ("p:", "s:"):
        chars = [c for c in body if not c.isspace()]
        if kind == "s:":
            chars = [c for c in chars if c not in SEPARATORS]
            joiner = r"[ \-./()+]*"
        else:
            joiner = r"\s*"
        return re.compile(r"(?<![0-9a-z])" + joiner.join(re.escape(c) for c in chars)
                          + r"(?![0-9a-z])")
    raise ValueError(fragment)


@lru_cache(maxsize=8192)
def _runs(text: str) -> tuple:
    return tuple(re.sub(r"\D", "", m.group()) for m in _RUN.finditer(norm(text)))


def found(text: str, fragment: str) -> bool:
    """Whether one fragment occurs in a text under the fragment rule."""
    if fragment.startswith("d:"):
        window = fragment[2:]
        return any(window in run for run in _runs(text))
    return _pattern(fragment).search(norm(text)) is not None


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and is not in the background."""
    return any(found(redacted_text, f) and not found(background, f) for f in fragments)


def digit_windows(value: str) -> list[str]:
    """d: fragments: every 4-digit window of each digit run (separators ignored)."""
    out: list[str] = []
    for run in _runs(value):
        for i in range(len(run) - 3):
            frag = "d:" + run[i : i + 4]
            if frag not in out:
                out.append(frag)
    return out


def id_fragments(value: str) -> list[str]:
    """d: windows when the id has a 4-digit run, else s: the whole id."""
    wins = digit_windows(value)
    return wins if wins else ["s:" + value]


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], text.find(value)
    while start >= 0:
        out.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return out


def check_post(post: Post) -> bool:
    """Values verbatim and apart, fragments in the text but not in the background nor in
    another value, look-alikes present and outside every value."""
    values = [v for _, _, v in post.items]
    for i, (_, fragments, value) in enumerate(post.items):
        if value not in post.text or not fragments:
            return False
        if any(i != j and (value in other or other in value) for j, other in enumerate(values)):
            return False
        background = post.text.replace(value, " ")
        others = [v for j, v in enumerate(values) if j != i]
        for f in fragments:
            if not found(post.text, f) or found(background, f):
                return False
            if any(found(o, f) for o in others):
                return False
    value_spans = [s for v in values for s in _spans(post.text, v)]
    for look in post.lookalikes:
        spans = _spans(post.text, look)
        if not spans:
            return False
        for a, b in spans:
            if any(a < d and c < b for c, d in value_spans):
                return False
        if any(look in v or v in look for v in values):
            return False
    return True
