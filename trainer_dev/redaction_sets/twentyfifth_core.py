"""Post record, text normalisation, the leak rule and the acceptance rule of the twentyfifth set."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


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


@cache
def _char(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if ch.isspace() or cat in ("Zs", "Zl", "Zp"):
        return " "
    if cat == "Pd" or ch in _DASHES:
        return "-"
    return ch


_ASCII_SPACES = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"})


def normalise(text: str) -> str:
    """Unicode digits -> ASCII, every space or line break -> ' ', hyphens/dashes -> '-'."""
    text = text.translate(_ASCII_SPACES)
    if text.isascii():
        return text
    return "".join(ch if ch < "\x80" else _char(ch) for ch in text)


@cache
def _pattern(fragment: str) -> re.Pattern[str]:
    kind, _, body = fragment.partition(":")
    body = normalise(body)
    if kind == "t":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.IGNORECASE)
    if kind == "s":
        return re.compile(re.escape(body), re.IGNORECASE)
    if kind == "p":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.IGNORECASE)
    if kind == "d":
        if len(body) != 4 or not body.isdigit():
            raise ValueError(f"bad d: fragment {fragment!r}")
        return re.compile(r"[\W_]*".join(body))
    raise ValueError(f"unknown fragment kind {fragment!r}")


def matches(fragment: str, text: str) -> bool:
    return _pattern(fragment).search(normalise(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in the redacted text and is absent from background."""
    red = normalise(redacted_text)
    bg = normalise(background)
    for frag in fragments:
        pat = _pattern(frag)
        if pat.search(red) and not pat.search(bg):
            return True
    return False


def digit_windows(value: str) -> list[str]:
    """d: fragments for every 4-digit window of digit runs joined only by non-word characters."""
    runs, cur = [], ""
    for ch in normalise(value):
        if ch.isdigit():
            cur += ch
        elif ch.isalpha() or ch == "_":
            if cur:
                runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    out: list[str] = []
    for run in runs:
        for i in range(len(run) - 3):
            frag = "d:" + run[i : i + 4]
            if frag not in out:
                out.append(frag)
    return out


def masked(text: str, values: list[str]) -> str:
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, " ")
    return text


def check_post(post: Post) -> bool:
    """Acceptance rule used while generating (see the data card)."""
    values = [v for _, _, v in post.items]
    if len(post.item_forms) != len(post.items):
        return False
    if len(post.lookalike_kinds) != len(post.lookalikes):
        return False
    for i, a in enumerate(values):
        if not a or a not in post.text:
            return False
        for j, b in enumerate(values):
            if i != j and a in b:
                return False
    all_masked = masked(post.text, values)
    text_n, masked_n = normalise(post.text), normalise(all_masked)
    for _, frags, value in post.items:
        if not frags:
            return False
        background = normalise(post.text.replace(value, " "))
        for frag in frags:
            pat = _pattern(frag)
            if not pat.search(text_n):
                return False
            if pat.search(background) or pat.search(masked_n):
                return False
    for look in post.lookalikes:
        if look not in all_masked:
            return False
    return True


def lines(block: str) -> list[str]:
    """Phrase-bank helper: one sentence piece per non-empty line."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
