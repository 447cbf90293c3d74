"""Thirty-sixth set: the Post record, normalisation, fragment matching, leaked and check_post."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "æ": "ae",
                        "œ": "oe", "’": "'", "ʼ": "'"})
_SEP = re.compile(r"(?<=\d)[ \-./()+]{1,3}(?=\d)")


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
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped (đ to d, ı to i)."""
    text = unicodedata.normalize("NFKC", text).translate(_EXTRA)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                   for c in text)
    text = text.casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


def collapse(norm: str) -> str:
    """Separators (space - . / ( ) +) between digits removed, for d: windows."""
    prev = None
    while prev != norm:
        prev, norm = norm, _SEP.sub("", norm)
    return norm


def digit_windows(value: str) -> list[str]:
    """Every 4-digit window of each digit run of a value (separators ignored), in order."""
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for i in range(len(run) - 3):
            w = run[i:i + 4]
            if w not in out:
                out.append(w)
    return out


def has_digit_run(value: str) -> bool:
    return bool(digit_windows(value))


def _p_pattern(frag: str) -> re.Pattern:
    chars = [c for c in normalise(frag) if not c.isspace()]
    body = r"\s?".join(re.escape(c) for c in chars)
    return re.compile(r"(?<![0-9a-z])" + body + r"(?![0-9a-z])")


def frag_matches(norm: str, flat: str, frag: str) -> bool:
    """Does one fragment occur in a text already normalised (norm) and collapsed (flat)?"""
    kind, val = frag[:2], frag[2:]
    if kind == "t:":
        return re.search(r"(?<!\w)" + re.escape(normalise(val)) + r"(?!\w)", norm) is not None
    if kind == "p:":
        return _p_pattern(val).search(norm) is not None
    if kind == "d:":
        return val in flat
    if kind == "s:":
        pat = r"(?<![0-9a-z])" + re.escape(normalise(val)) + r"(?![0-9a-z])"
        return re.search(pat, norm) is not None
    raise ValueError(frag)


def found(text: str, frag: str) -> bool:
    norm = normalise(text)
    return frag_matches(norm, collapse(norm), frag)


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and is not in the background."""
    red = normalise(redacted_text)
    red_flat = collapse(red)
    bg = normalise(background)
    bg_flat = collapse(bg)
    return any(frag_matches(red, red_flat, f) and not frag_matches(bg, bg_flat, f)
               for f in fragments)


def check_post(post: Post) -> bool:
    """Values verbatim and apart; fragments in the text, not in the background nor in another
    value; look-alikes present and outside every value."""
    values = [v for _, _, v in post.items]
    if len(set(values)) != len(values):
        return False
    for v in values:
        if not v or v not in post.text:
            return False
        if any(v != w and v in w for w in values):
            return False
    norm = normalise(post.text)
    flat = collapse(norm)
    for _, frags, value in post.items:
        if not frags:
            return False
        bg = normalise(post.text.replace(value, " "))
        bg_flat = collapse(bg)
        others = [normalise(w) for w in values if w != value]
        for f in frags:
            if not frag_matches(norm, flat, f) or frag_matches(bg, bg_flat, f):
                return False
            if any(frag_matches(o, collapse(o), f) for o in others):
                return False
    masked = post.text
    for v in sorted(values, key=len, reverse=True):
        masked = masked.replace(v, "\x00")
    for look in post.lookalikes:
        if look not in masked or any(look in v or v in look for v in values):
            return False
    return len(post.lookalikes) == len(post.lookalike_kinds)
