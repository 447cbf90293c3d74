"""The name tagger's tokens (``name_tagger_features``): one regex, words with inner
hyphens/apostrophes, digit runs, single punctuation marks or emoji; every character that is
not white space is in exactly one token.

A token never holds white space, so the tokens of a text are those of its pieces one after
another (the runs between single spaces, each read after its space). The tagger reads a text
piece by piece and caches each piece's tokens (``name_tagger_features._Chunks``);
``Tokens`` holds the token strings and end offsets, a start, the gap before a token or whether
it is glued to the previous one computed only for the few tokens that need it. ``Tokens(text)``
computes the same from the text alone (one ``findall`` of each token with the white space
before it); ``tokenize`` gives them as (token, start, end) triples (training, tests).
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
    """The tokens of one text: ``toks`` (strings) and ``ends`` (end offsets)."""

    __slots__ = ("text", "toks", "ends")

    def __init__(
        self, text: str, toks: list[str] | None = None, ends: list[int] | None = None
    ) -> None:
        self.text = text
        if toks is None or ends is None:
            # trailing white space holds no token (and a long run of it would cost a rescan each)
            pieces = PIECE.findall(text.rstrip())
            toks, ends = list(map(str.lstrip, pieces)), list(accumulate(map(len, pieces)))
        self.toks: list[str] = toks
        self.ends: list[int] = ends

    def __len__(self) -> int:
        return len(self.toks)

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.toks[i])

    def starts(self) -> list[int]:
        return [e - len(t) for e, t in zip(self.ends, self.toks, strict=True)]

    def _gap_start(self, i: int) -> int:
        return self.ends[i - 1] if i else 0

    def glued(self, i: int) -> bool:
        """Whether token ``i`` (> 0) follows token ``i - 1`` with nothing between."""
        return self.start(i) == self._gap_start(i)

    def line_break_before(self, i: int) -> bool:
        """Whether a line break lies between token ``i - 1`` (or the text's start) and ``i``."""
        return "\n" in self.text[self._gap_start(i) : self.start(i)]

    def triples(self) -> list[Token]:
        return list(zip(self.toks, self.starts(), self.ends, strict=True))


def split_tokens(text: str) -> Tokens:
    return Tokens(text)


def tokenize(text: str) -> list[Token]:
    """(token, start, end) for every token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
