"""The value right after a contact label ("Skype:", "IG", "my Steam is"): the one reader that
``messenger_ids`` and ``platform_handles`` share. Each module passes its own pattern (the words
and separators a label may be followed by) and its own test of the value."""

from __future__ import annotations

import re
from collections.abc import Callable

_TRAILING = ".!?…"


def value_after(
    text: str,
    end: int,
    pattern: re.Pattern[str],
    *,
    strict: bool,
    dash_is_weak: bool,
    accepts: Callable[[str, int, str, bool, bool], bool],
) -> tuple[int, int] | None:
    """The span of ``pattern``'s ``val`` group after a label ending at ``end``, trailing
    sentence marks left out, when ``accepts(text, end, value, strong, strict)``; None otherwise.
    A separator (``sep``) or an id word (``idw``) makes it strong; a dash does so only when not
    ``dash_is_weak``. A ``strict`` label (one that is an everyday word) needs a strong one."""
    m = pattern.match(text, end)
    if m is None:
        return None
    sep = m.group("sep")
    if dash_is_weak and sep in ("-", "–"):
        sep = None
    strong = bool(sep or (m.group("idw") or "").strip())
    if strict and not strong:
        return None
    a, b = m.span("val")
    while b > a and text[b - 1] in _TRAILING:
        b -= 1
    return (a, b) if accepts(text, end, text[a:b], strong, strict) else None
