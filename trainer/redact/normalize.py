"""Unicode normalisation applied before detection, with a map back to the input's offsets.

Detection and replacement run on one string: the NFKC form of the input with zero-width and
bidi-control characters removed (fullwidth digits become ASCII, ``＠`` becomes ``@``, a
zero-width space inside an email no longer splits it). ``Normalized.span_in_input`` turns a
span over that string back into a span over the caller's original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible characters that can hide PII from a regex: zero-width space/joiners, word joiner,
# BOM, soft hyphen, Mongolian vowel separator and the bidi controls.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text and, when it differs from the input, where each character came from."""

    text: str
    # starts[j], ends[j]: the input range that produced normalised character j (None = identity).
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span_in_input(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span [start, end) of ``text`` to the input text."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """NFKC-normalise ``text`` and drop invisible characters, keeping an offset map."""
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text) and not _INVISIBLE_RE.search(text)
    ):
        return Normalized(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    # Normalise cluster by cluster (a base character plus its combining marks) so that every
    # output character can name the input range it came from.
    i, n = 0, len(text)
    while i < n:
        # An ASCII character is its own NFKC form and never a combining mark, so each one of a
        # run but the last (which may take marks after it) is a cluster of its own: copied as
        # it is, without a call per character.
        if text[i].isascii() and (run := _ASCII_RUN.match(text, i).end() - 1) > i:
            out.append(text[i:run])
            starts.extend(range(i, run))
            ends.extend(range(i + 1, run + 1))
            i = run
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = "".join(ch for ch in text[i:j] if ch not in INVISIBLE)
        piece = unicodedata.normalize("NFKC", cluster) if cluster else ""
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return Normalized("".join(out), tuple(starts), tuple(ends))
