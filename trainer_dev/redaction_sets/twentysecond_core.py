"""Post record, text normalisation, fragment matching, leak test and acceptance rule."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_TABLE = {ord(c): "-" for c in _DASHES}


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
    """Unicode digits -> ASCII, any space or line break -> ' ', hyphens/dashes -> '-'."""
    out = []
    for ch in text.translate(_DASH_TABLE):
        if ch.isspace():
            out.append(" ")
        elif not ch.isascii() and ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _pattern(fragment: str) -> re.Pattern[str]:
    kind, body = fragment[:2], normalise(fragment[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.I)
    if kind == "d:":
        if len(body) != 4 or not body.isdigit():
            raise ValueError(f"bad digit window {fragment!r}")
        return re.compile(r"\W*".join(body))
    raise ValueError(f"unknown fragment prefix {fragment!r}")


_CACHE: dict[str, re.Pattern[str]] = {}


def matches(fragment: str, text: str, normalised: bool = False) -> bool:
    pat = _CACHE.get(fragment)
    if pat is None:
        pat = _CACHE[fragment] = _pattern(fragment)
    return pat.search(text if normalised else normalise(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in the redacted text and is absent from background."""
    red, bg = normalise(redacted_text), normalise(background)
    return any(matches(f, red, True) and not matches(f, bg, True) for f in fragments)


def digit_windows(value: str) -> list[str]:
    """d: fragments for every 4-digit window; digits separated only by non-word chars."""
    out: list[str] = []
    for run in re.findall(r"\d(?:\W*\d)*", normalise(value)):
        digits = re.sub(r"\D", "", run)
        for i in range(len(digits) - 3):
            frag = "d:" + digits[i:i + 4]
            if frag not in out:
                out.append(frag)
    return out


def masked(text: str, values: list[str]) -> str:
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, " ")
    return text


def check_post(post: Post) -> bool:
    """Acceptance rule used while generating (see the data card)."""
    if len(post.item_forms) != len(post.items):
        return False
    if len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    values = [v for _, _, v in post.items]
    for v in values:
        if not v or v not in post.text:
            return False
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i != j and a in b:
                return False
    all_masked = normalise(masked(post.text, values))
    text = normalise(post.text)
    for _kind, frags, value in post.items:
        if not frags:
            return False
        background = normalise(post.text.replace(value, " "))
        for f in frags:
            if not matches(f, text, True):
                return False
            if matches(f, background, True) or matches(f, all_masked, True):
                return False
    raw_masked = masked(post.text, values)
    for look in post.lookalikes:
        if not look or look not in raw_masked:
            return False
        if any(look in v or v in look for v in values):
            return False
    return True
