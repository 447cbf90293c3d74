"""The seventh set's fragment rule: what counts as a leak of a labelled value in redacted text.

Fragments carry a prefix:
  d:NNNN   a 4-digit window of the value's digits (separators of up to two characters between digits
           are ignored on both sides, so "555 0134" and "5550134" both show "5501")
  a:XXXXXX a 6-character window of an alphanumeric id (codice fiscale, PAN, NINO), compared with all
           punctuation and spaces removed, case-insensitive
  w:Token  a name token (surname token, or the given name where the value is written that way)
  t:Token  a street-name token; p:CODE the postcode (spaces/hyphens inside it optional)
  e:local  an e-mail local part; u:slug a URL handle, slug or personal host; h:hex an IPv6 group
Words compare accent-folded and case-insensitive with word boundaries. A fragment that also occurs
in the background (the post with the value removed) never counts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEP = re.compile(r"(?<=\d)[\s\-./()]{1,2}(?=\d)")


_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    if text.isascii():
        return text.casefold()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def digit_stream(text: str) -> str:
    return _SEP.sub("", text)


def alnum_stream(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


@lru_cache(maxsize=20000)
def _word_re(token: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(fold(token)) + r"(?![\w])")


@lru_cache(maxsize=20000)
def _postcode_re(code: str) -> re.Pattern:
    chars = [re.escape(c) for c in fold(code) if c.isalnum()]
    return re.compile(r"(?<![0-9a-z])" + r"[\s\-]?".join(chars) + r"(?![0-9a-z])")


def _present(fragment: str, views: dict) -> bool:
    prefix, _, body = fragment.partition(":")
    if prefix == "d":
        return body in views["digits"]
    if prefix == "a":
        return fold(body) in views["alnum"]
    if prefix in ("w", "t", "h"):
        return _word_re(body).search(views["folded"]) is not None
    if prefix == "p":
        return _postcode_re(body).search(views["folded"]) is not None
    if prefix in ("e", "u"):
        return fold(body) in views["folded"]
    raise ValueError(f"unknown fragment {fragment!r}")


class _Views(dict):
    """The text's digit, alphanumeric and folded views, each computed on first use."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def __missing__(self, key: str) -> str:
        make = {"digits": digit_stream, "alnum": alnum_stream, "folded": fold}[key]
        value = self[key] = make(self.text)
        return value


def leaked(redacted: str, fragments, background: str) -> bool:
    """True when a fragment of the value survives in ``redacted`` and is not in ``background``."""
    out, back = _Views(redacted), _Views(background)
    return any(_present(f, out) and not _present(f, back) for f in fragments)


def digit_windows(value: str, width: int = 4) -> list[str]:
    runs = re.findall(r"\d+", digit_stream(value))
    wins: list[str] = []
    for run in runs:
        for i in range(len(run) - width + 1):
            w = run[i : i + width]
            if w not in wins:
                wins.append(w)
    return [f"d:{w}" for w in wins]


def alnum_windows(value: str, width: int = 6) -> list[str]:
    s = alnum_stream(value).upper()
    return [f"a:{s[i : i + width]}" for i in range(len(s) - width + 1)]
