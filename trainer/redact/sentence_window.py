"""The sentence around a position, cut at a caller's sentence-end pattern within a reach.

Several rules read "the sentence a value stands in" to look for a cue word near it
(``lookalike_named_codes``, ``ids_country_shapes``, ``person_lower``). Each has its own
sentence ends (a semicolon, an ellipsis, a dot before a blank or a newline), so each passes
its pattern; the walk to the nearest end on either side is written once here.
"""

from __future__ import annotations

import re


def sentence_start(text: str, pos: int, *, ends: re.Pattern[str], reach: int) -> int:
    """Where the sentence holding ``pos`` opens: the end of the last ``ends`` match between
    ``reach`` characters before ``pos`` and ``pos``, else that window's start."""
    lo = max(0, pos - reach)
    for m in ends.finditer(text, lo, pos):
        lo = m.end()
    return lo


def sentence_stop(text: str, pos: int, *, ends: re.Pattern[str], reach: int) -> int:
    """Where the sentence holding ``pos`` closes: the start of the first ``ends`` match
    within ``reach`` characters from ``pos``, else that window's end (the text's at most)."""
    m = ends.search(text, pos, pos + reach)
    return m.start() if m else min(len(text), pos + reach)
