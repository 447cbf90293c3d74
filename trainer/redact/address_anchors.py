"""The blanks before a text's numbers, found once per text and shared by the address families.

A house number or a postcode mostly follows its street or town after one blank ("Hauptstraße
12", "Koemarkt 30, Amsterdam", "Keizerswal 49", "aan de Heuvelseind 71"). Several families used
to find those leads each on its own, with a scan of the whole text: ``addresses`` for its
anchors, ``address_town_streets`` for its pattern, ``address_lower`` with eight substring gates
("wal " in text ...) and ``address_places`` with four and a regex, each one more pass over the
text. Here one pass finds every " <digit>" (few in a post), and a family reads only the words
that end at them. (A post dense with numbers has many; a family whose own gate is a few short
scans, as Dublin's districts, is cheaper without them.)
Cached per text like ``prefilter``'s passes (the address families run one after another on the
same text); the returned tuple is shared and read-only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact import prefilter

_SPACE_DIGIT = re.compile(r" \d")  # a literal lead: the scan jumps from blank to blank
_start = re.Match.start


@lru_cache(maxsize=prefilter.CACHED_TEXTS)  # a post's spoken-number views are texts too
def spaced_numbers(text: str) -> tuple[int, ...]:
    """Offsets of every blank " " right before a digit (``\\d``): the matches of ``" \\d"``, in
    order (the scan runs only as far as the digits do)."""
    bounds = prefilter.digit_bounds(text)
    if bounds is None:
        return ()
    return tuple(map(_start, _SPACE_DIGIT.finditer(text, max(0, bounds[0] - 1), bounds[1])))


def spaced_number_after(text: str, leads: tuple[str, ...]) -> bool:
    """Whether one of ``leads`` comes right before a blank and a digit ("wal" in "Keizerswal
    49"): a pattern that writes a lead, one blank and a digit cannot match without one."""
    return any(text.endswith(leads, 0, space) for space in spaced_numbers(text))
