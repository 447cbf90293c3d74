"""Core types of the fifteenth set: Post, fragment matching and the leak rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]

# Redaction tags such as "[NAME]" or "[PHONE_1]" are removed before matching, so that a tag can
# never count as a surviving fragment.
_TAG = re.compile(r"\[[A-Z][A-Z0-9_]*\]")


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


def _pattern(fragment: str) -> re.Pattern[str]:
    kind, _, body = fragment.partition(":")
    if kind == "t":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.IGNORECASE)
    if kind == "p":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.IGNORECASE)
    if kind == "d":
        if len(body) != 4 or not body.isdigit():
            raise ValueError(f"bad digit fragment {fragment!r}")
        return re.compile(r"\W*".join(body))
    raise ValueError(f"unknown fragment prefix in {fragment!r}")


_CACHE: dict[str, re.Pattern[str]] = {}


def matches(fragment: str, text: str) -> bool:
    """True when the fragment occurs in text.

    t:TOKEN  the token as a whole word (no word character either side), case-insensitive.
    p:SUB    the substring, not touching another letter or digit either side, case-insensitive.
    d:DDDD   four digits in a row, any non-word characters (spaces, dots, dashes, brackets,
             slashes, plus signs) allowed between them.
    """
    pat = _CACHE.get(fragment)
    if pat is None:
        pat = _CACHE[fragment] = _pattern(fragment)
    return pat.search(_TAG.sub(" ", text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    return any(matches(f, redacted_text) and not matches(f, background) for f in fragments)


def digit_windows(digits: str, spans: list[tuple[int, int]]) -> list[str]:
    out = []
    for a, b in spans:
        w = digits[a:b]
        if len(w) == 4 and f"d:{w}" not in out:
            out.append(f"d:{w}")
    return out


def tail_windows(digits: str, n: int = 2) -> list[str]:
    """The last n non-overlapping 4-digit windows of a digit string."""
    spans = [(len(digits) - 4 * (i + 1), len(digits) - 4 * i) for i in range(n)]
    return digit_windows(digits, [(a, b) for a, b in spans if a >= 0])


def words(s: str) -> list[str]:
    return re.findall(r"\w+", s)


def post_ok(post: Post) -> bool:
    """The set's own acceptance rule (see the data card)."""
    text = post.text
    values = [v for _, _, v in post.items]
    for v in values:
        if text.count(v) != 1:
            return False
    masked = text
    for v in sorted(values, key=len, reverse=True):
        masked = masked.replace(v, "[X]")
    for _, frags, v in post.items:
        if not frags:
            return False
        bg = text.replace(v, " ")
        for f in frags:
            if not matches(f, text) or matches(f, bg) or matches(f, masked):
                return False
    for la in post.lookalikes:
        if la not in masked:
            return False
    return True
