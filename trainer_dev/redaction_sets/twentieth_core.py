"""Post record, normalisation, fragment matching, leak test and acceptance rule."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_SPACES = {"\n", "\r", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"}


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


def normalise(text: str) -> str:
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Nd":
            out.append(str(unicodedata.digit(ch)))
        elif cat in ("Zs", "Zl", "Zp") or ch in _SPACES:
            out.append(" ")
        elif cat == "Pd" or ch == "\u2212":
            out.append("-")
        else:
            out.append(ch)
    return "".join(out)


_CACHE: dict[str, re.Pattern] = {}


def _pattern(frag: str) -> re.Pattern:
    pat = _CACHE.get(frag)
    if pat is not None:
        return pat
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        src = r"(?<!\w)" + re.escape(body) + r"(?!\w)"
    elif kind == "p:":
        src = r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])"
    elif kind == "d:":
        src = r"\W*".join(re.escape(c) for c in body)
    elif kind == "s:":
        src = re.escape(body)
    else:
        raise ValueError(frag)
    pat = _CACHE[frag] = re.compile(src, re.IGNORECASE)
    return pat


def matches(frag: str, text: str) -> bool:
    return _pattern(frag).search(normalise(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    red, bg = normalise(redacted_text), normalise(background)
    for f in fragments:
        p = _pattern(f)
        if p.search(red) and not p.search(bg):
            return True
    return False


def digit_windows(value: str) -> list[str]:
    """d: fragments: every 4-digit window inside runs of digits joined by non-word chars."""
    out: list[str] = []
    for grp in re.findall(r"\d(?:\W*\d)*", normalise(value)):
        ds = re.sub(r"\D", "", grp)
        for j in range(len(ds) - 3):
            w = "d:" + ds[j : j + 4]
            if w not in out:
                out.append(w)
    return out


def masked_text(post: Post) -> str:
    t = post.text
    for v in sorted((it[2] for it in post.items), key=len, reverse=True):
        t = t.replace(v, " ")
    return t


def check_post(post: Post) -> bool:
    if len(post.items) != len(post.item_forms) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    vals = [it[2] for it in post.items]
    for i, v in enumerate(vals):
        if not v or v not in post.text:
            return False
        if any(i != j and v in w for j, w in enumerate(vals)):
            return False
    masked = masked_text(post)
    for _kind, frags, v in post.items:
        if not frags:
            return False
        bg = post.text.replace(v, " ")
        for f in frags:
            if not matches(f, post.text) or matches(f, bg) or matches(f, masked):
                return False
    return all(lk and lk in masked for lk in post.lookalikes)
