"""The name tagger's tokens (``name_tagger_features``): one regex, words with inner
hyphens/apostrophes, digit runs, single punctuation marks or emoji; every character that is
not white space is in exactly one token.

``split_tokens`` is the fast form the tagger runs on: one ``findall`` of each token with the
white space before it, the token strings and end offsets taken from those pieces by C-level
``map``/``accumulate``; a start, the gap before a token or whether it is glued to the previous
one is computed only for the few tokens that need it. ``tokenize`` gives the same tokens as
(token, start, end) triples (training, tests).
"""

from __future__ import annotations

import re
from itertools import accumulate

Token = tuple[str, int, int]
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]|_"
TOKEN = re.compile(_WORD)
# a token with the white space before it; possessive, so white space is never re-read
PIECE = re.compile(r"\s*+(?:" + _WORD + ")")


class Tokens:
    """The tokens of one text: ``toks`` (strings), ``ends`` (end offsets) and ``pieces``
    (each token with the white space before it)."""

    __slots__ = ("pieces", "toks", "ends")

    def __init__(self, text: str) -> None:
        # trailing white space holds no token (and a long run of it would cost a rescan each)
        self.pieces: list[str] = PIECE.findall(text.rstrip())
        self.toks: list[str] = list(map(str.lstrip, self.pieces))
        self.ends: list[int] = list(accumulate(map(len, self.pieces)))

    def __len__(self) -> int:
        return len(self.toks)

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.toks[i])

    def starts(self) -> list[int]:
        return [e - len(t) for e, t in zip(self.ends, self.toks, strict=True)]

    def glued(self, i: int) -> bool:
        """Whether token ``i`` (> 0) follows token ``i - 1`` with nothing between."""
        return len(self.pieces[i]) == len(self.toks[i])

    def line_break_before(self, i: int) -> bool:
        """Whether a line break lies between token ``i - 1`` (or the text's start) and ``i``."""
        return "\n" in self.pieces[i]  # a token holds no white space: only its gap can

    def triples(self) -> list[Token]:
        return list(zip(self.toks, self.starts(), self.ends, strict=True))


def split_tokens(text: str) -> Tokens:
    return Tokens(text)


def tokenize(text: str) -> list[Token]:
    """(token, start, end) for every token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
