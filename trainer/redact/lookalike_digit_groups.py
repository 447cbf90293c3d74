"""The digit groups of a number as printed, and the cuts of a run that could be one number.

A standard number is printed in its standard's groups ("978-3-16-148410-0", "4 006381 333931",
"0 36000 29145 2"); a rule's hit may hold only some of them, or run on into the next number.
``printed_numbers`` walks the run of digit groups around a position (one space or hyphen
between groups, the same one throughout) and yields each run of whole groups from its first,
longest first, so a caller asks its own standard's length, layout and check of each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# digit groups joined by one space or one hyphen; an ISBN-10's check may be an X
_RUN = re.compile(r"(?<![\w.,/-])\d+(?:([ \-])\d+)*(?:-?[Xx])?(?![\w]|[.,/-]\d)")
_GROUP = re.compile(r"\d+|[Xx]")


class Printed(NamedTuple):
    """One candidate number: its span, its characters less separators, its group lengths."""

    start: int
    end: int
    compact: str
    groups: tuple[int, ...]
    sep: str  # "" (solid), " " or "-"


def _run_at(text: str, pos: int) -> re.Match[str] | None:
    line = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    for m in _RUN.finditer(text, max(line, pos - 40), min(stop, pos + 60)):
        if m.start() <= pos < m.end():
            return m
    return None


def printed_numbers(text: str, pos: int) -> Iterator[Printed]:
    """Each run of whole groups from the first group of the digit run holding ``pos`` that
    still holds ``pos``, longest first; a run mixing spaces and hyphens is not one number."""
    m = _run_at(text, pos)
    if m is None:
        return
    parts = [(g.start(), g.end()) for g in _GROUP.finditer(text, m.start(), m.end())]
    if len(parts) > 8:
        return
    gaps = [text[a[1] : b[0]] for a, b in zip(parts, parts[1:], strict=False)]
    if len({gap for gap in gaps if gap}) > 1:
        return  # spaces and hyphens mixed: no standard prints one number so
    # a number opens its run ("12 4006381333931" is no barcode's print); its end may fall short
    for j in range(len(parts), 0, -1):
        if pos >= parts[j - 1][1]:
            break
        lo, hi = parts[0][0], parts[j - 1][1]
        compact = "".join(text[a:b] for a, b in parts[:j])
        inner = [gap for gap in gaps[: j - 1] if gap]
        groups = [parts[0][1] - parts[0][0]]
        for k in range(1, j):
            if gaps[k - 1]:
                groups.append(parts[k][1] - parts[k][0])
            else:
                groups[-1] += parts[k][1] - parts[k][0]  # "030640615X": a glued check X
        yield Printed(lo, hi, compact, tuple(groups), inner[0] if inner else "")
