"""A sorted index of hit spans for the "is this position inside a hit?" tests that the member
and name rules ask once per candidate (rev16 review F15): a scan of every hit per candidate
made a post with many names cost the square of its names. Built on the first question (most
posts ask none), then each answer is one bisect; the answers equal the scans'. Callers build
one only from ``INDEX_MIN`` hits on: below that a plain scan costs less than the object."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

INDEX_MIN = 12  # fewer hits: scan them (most posts); the quadratic case has hundreds


class SpanIndex:
    """Hits ``(label, start, end)`` sorted by start, with the running maximum of their ends."""

    __slots__ = ("_hits", "_reach", "_starts")

    def __init__(self, hits: Iterable[tuple]) -> None:
        self._hits = hits
        self._starts: list[int] | None = None
        self._reach: list[int] = []

    def _build(self) -> list[int]:
        pairs = sorted((h[1], h[2]) for h in self._hits)
        self._reach = list(accumulate((e for _, e in pairs), max))
        self._starts = [s for s, _ in pairs]
        return self._starts

    def contains(self, pos: int) -> bool:
        """``any(s <= pos < e for _, s, e in hits)``."""
        starts = self._starts if self._starts is not None else self._build()
        i = bisect_right(starts, pos)
        return i > 0 and self._reach[i - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """``any(s < end and start < e for _, s, e in hits)``."""
        starts = self._starts if self._starts is not None else self._build()
        i = bisect_left(starts, end)
        return i > 0 and self._reach[i - 1] > start
