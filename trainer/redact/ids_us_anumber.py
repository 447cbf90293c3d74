"""The US Alien Registration Number (USCIS "A-Number"): the letter A and eight or nine digits,
printed solid ("A123456789"), in three groups of three with hyphens ("A-123-456-789") or
spaces ("A123 456 789"), or with one hyphen after the A ("A-12345678").

- After its cue ("A-Number", "alien (registration) number", "USCIS number/#") any of these
  forms, and the bare digits, are the person's number.
- With no cue, only the grouped layouts decide (the A, then three groups of three digits:
  no order, invoice or part number is printed so); a solid "A" and nine digits is an order's
  or an invoice's number as often, and stays unless cued.
An order or invoice cue right before the value keeps it (``gives_way``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_LINK

_CUE = re.compile(
    r"\b(?:[Aa]-[Nn]umber|[Aa]lien(?:[ \t]+[Rr]egistration)?[ \t]+(?:[Nn]umber|[Nn]o\.?|#)|"
    r"USCIS(?:[ \t]+(?:[Nn]umber|[Nn]o\.?|#))?)"
)
_CUED_VALUE = re.compile(r"(?:A-?)?(?:\d{3}[- ]?\d{3}[- ]?\d{3}|\d{8,9})(?![\w-]|[.,/]\d| \d)")
_GROUPED = re.compile(
    r"(?<![\w.,/+#-])A(?:-\d{3}-\d{3}-\d{3}|\d{3} \d{3} \d{3})(?![\w-]|[.,/]\d| \d)"
)


def find_a_numbers(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits: A-Numbers after their cue, and the grouped layouts bare."""
    spans: set[tuple[int, int]] = set()
    if "-Number" in text or "-number" in text or "lien" in text or "USCIS" in text:
        for m in _CUE.finditer(text):
            pos = ID_LINK.match(text, m.end()).end()
            if (v := _CUED_VALUE.match(text, pos)) is not None:
                spans.add(v.span())
    if "A" in text:
        # a grouped layout's nine digits are one digit run (``prefilter.digit_runs``) whose
        # first digit follows "A" or "A-": tried only there, not scanned over every post
        starts = [
            a - 1 if text[a - 1] == "A" else a - 2
            for a, _ in prefilter.digit_runs(text)
            if a >= 1 and (text[a - 1] == "A" or (a >= 2 and text[a - 2 : a] == "A-"))
        ]
        spans.update(m.span() for m in prefilter.finditer_at(_GROUPED, text, starts))
    return [("NATIONAL_ID", a, b) for a, b in sorted(spans) if not gives_way(text, a)]
