"""The detection type every detector returns: (TYPE, start, end) over the normalised text."""

from __future__ import annotations

Hit = tuple[str, int, int]
