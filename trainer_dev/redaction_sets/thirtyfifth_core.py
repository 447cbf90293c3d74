"""Thirty-fifth set: the Post record, the fragment rule, ``leaked`` and ``check_post``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LOCALES = ["en_US", "en_GB", "de_DE", "fr_BE", "es_ES", "pt_BR",
           "it_IT", "nl_NL", "en_ZA", "tr_TR", "en_KE", "es_UY"]  # fmt: skip
IBAN_LOCALES = {"en_GB", "de_DE", "fr_BE", "es_ES", "pt_BR", "it_IT", "nl_NL", "tr_TR"}
LANG = {loc: loc[:2] for loc in LOCALES}


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


def _fold_char(ch: str) -> str:
    if ch.isdigit() and not ch.isascii():
        try:
            return str(unicodedata.digit(ch))
        except (TypeError, ValueError):
            return ch
    return ch


_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe"})


def normalise(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped (dotless i to i)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(_fold_char(c) for c in text).casefold().translate(_LETTERS)
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


_SEP = re.compile(r"(?<=\d)[\s\-./()+]+(?=\d)")


def collapse(norm_text: str) -> str:
    """Separators (space - . / ( ) +) between digits removed."""
    return _SEP.sub("", norm_text)


def digit_windows(value: str) -> list[str]:
    """Every 4-digit window of each digit run (separators between digits ignored)."""
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for i in range(len(run) - 3):
            w = run[i : i + 4]
            if w not in out:
                out.append(w)
    return out


def id_fragments(value: str) -> list[str]:
    wins = digit_windows(value)
    if wins:
        return ["d:" + w for w in wins]
    return ["s:" + collapse(normalise(value))]


_PAT_CACHE: dict[str, re.Pattern] = {}


def _pattern(frag: str) -> re.Pattern:
    pat = _PAT_CACHE.get(frag)
    if pat is None:
        kind, body = frag[:2], normalise(frag[2:])
        if kind == "t:":
            pat = re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
        elif kind == "p:":
            chars = [c for c in body if not c.isspace()]
            core = r"\s?".join(re.escape(c) for c in chars)
            pat = re.compile(r"(?<![0-9a-z])" + core + r"(?![0-9a-z])")
        else:  # d: and s: are plain substrings of the collapsed text
            pat = re.compile(re.escape(collapse(body)))
        _PAT_CACHE[frag] = pat
    return pat


def frag_matches(frag: str, norm_text: str, collapsed: str) -> bool:
    pat = _pattern(frag)
    target = collapsed if frag[:2] in ("d:", "s:") else norm_text
    return pat.search(target) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    red = normalise(redacted_text)
    bg = normalise(background)
    red_c, bg_c = collapse(red), collapse(bg)
    return any(frag_matches(f, red, red_c) and not frag_matches(f, bg, bg_c) for f in fragments)


def check_post(post: Post) -> bool:
    """The contract: values verbatim, none inside another, every fragment in the text but not
    in its background nor in another value, look-alikes outside every value."""
    values = [v for _, _, v in post.items]
    if len(post.item_forms) != len(post.items):
        return False
    if len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for i, v in enumerate(values):
        if not v or v not in post.text:
            return False
        if any(i != j and (v in w or w in v) for j, w in enumerate(values)):
            return False
    norm_text = normalise(post.text)
    text_c = collapse(norm_text)
    for kind, frags, v in post.items:
        if not frags:
            return False
        bg = normalise(post.text.replace(v, " "))
        bg_c = collapse(bg)
        others = [normalise(w) for w in values if w != v]
        for f in frags:
            if not frag_matches(f, norm_text, text_c):
                return False
            if frag_matches(f, bg, bg_c):
                return False
            for o in others:
                if frag_matches(f, o, collapse(o)):
                    return False
        if kind == "ADDRESS" and not any(f.startswith("t:") for f in frags):
            return False
    masked = post.text
    for v in values:
        masked = masked.replace(v, "\x00")
    for look in post.lookalikes:
        if look not in masked:
            return False
    return True
