"""Ghana's SSNIT number (Social Security and National Insurance Trust) by its shape.

Standard: SSNIT issues a social security number of thirteen characters, one capital letter
and twelve digits, written solid. No amount, date or common reference has that shape, so it
needs no cue; after an order, invoice or tracking cue (``gives_way``) it is that reference.
Another length, a lower-case letter, a second letter or a separator inside is no SSNIT number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_SSNIT = re.compile(r"(?<![\w./-])[A-Z]\d{12}(?![\w-]|[.,/]\d)")


def find_ssnit_numbers(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """SSNIT numbers: a capital and twelve digits, not after a reference's cue. Tried only at
    the letter-digit contacts ``prefilter`` has found (cached), not over the whole text."""
    hits: list[Hit] = []
    for start, _ in prefilter.letter_digit_contacts(text):
        m = _SSNIT.match(text, start - 1) if start else None
        if m is not None and not gives_way(text, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
