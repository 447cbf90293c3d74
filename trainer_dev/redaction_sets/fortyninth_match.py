"""The forty-ninth set's fragment rule: normalisation and matching of t:, p:, d: and s: pieces.

Text is normalised by NFKC, case-folding, stripping accents and turning every Unicode digit
into its ASCII digit. "d:" pieces match inside digit runs whose separators (spaces, dots,
dashes, slashes, brackets; at most two in a row) are ignored.
"""

from __future__ import annotations

import functools
import re
import unicodedata

DIGIT_RUN = re.compile(r"\d(?:[ \u00a0.\-/()]{0,2}\d)*")
SEPARATORS = re.compile(r"[^0-9]")


def norm(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                   for c in text)


@functools.lru_cache(maxsize=4096)
def _runs(normed: str) -> tuple[str, ...]:
    return tuple(SEPARATORS.sub("", m.group()) for m in DIGIT_RUN.finditer(normed))


def digit_runs(text: str) -> tuple[str, ...]:
    return _runs(norm(text))


def digit_windows(value: str) -> list[str]:
    """"d:" pieces: every 4-digit window of the value's digit runs, separators ignored."""
    out: list[str] = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            piece = "d:" + run[i:i + 4]
            if piece not in out:
                out.append(piece)
    return out


def fragment_in(normed: str, fragment: str) -> bool:
    """Whether a fragment occurs in already-normalised text."""
    prefix, body = fragment[:2], norm(fragment[2:])
    if prefix == "d:":
        return any(body in run for run in _runs(normed))
    if prefix == "t:":
        return re.search(rf"(?<!\w){re.escape(body)}(?!\w)", normed) is not None
    if prefix == "p:":
        chars = [re.escape(c) for c in body if not c.isspace()]
        pattern = r"\s?".join(chars)
        return re.search(rf"(?<![0-9a-z]){pattern}(?![0-9a-z])", normed) is not None
    if prefix == "s:":
        return re.search(rf"(?<![0-9a-z]){re.escape(body)}(?![0-9a-z])", normed) is not None
    raise ValueError(f"unknown fragment prefix in {fragment!r}")
