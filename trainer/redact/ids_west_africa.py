"""Identity card numbers of Côte d'Ivoire and Senegal by their published structure.

Côte d'Ivoire (ONECI): the biometric national identity card (CNI) issued since 2019 is numbered
"CI" and nine digits, written solid; the card before it, "C" and ten digits, written solid or
grouped after the C as 2-4-4 ("C12 3456 7890"). Upper case and no letter or digit glued to it:
no amount, date or common reference has that shape, so it needs no cue.

Senegal (the ECOWAS biometric card, 2016): the national identification number (NIN) has
thirteen digits: the holder's sex (1 or 2), a three-digit registration centre, the four-digit
year of birth (19xx or 20xx) and a five-digit serial, written solid. A solid run of thirteen
digits of that structure is read as one without a cue.

Both give way to a reference's cue right before them (``gives_way``: "EAN ...", "order no.
..."), as the other shape-only ids do; a longer run, a glued letter or digit, another first
digit or no birth year stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_CI_CNI = re.compile(r"(?<![\w./-])C(?:I\d{9}|\d{10}|\d\d \d{4} \d{4})(?![\w-]|[.,/]\d)")
_SN_NIN = re.compile(r"(?<![\w./+-])[12]\d{3}(?:19|20)\d{7}(?![\w-]|[.,/]\d)")


def find_west_african_ids(
    text: str, *, longest: int, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """Ivorian CNI numbers (tried at the letter-digit contacts ``prefilter`` found, "C"/"CI"
    before a digit) and Senegalese NINs (only where a run has thirteen digits or more)."""
    hits: list[Hit] = []
    if longest >= 9 and "C" in text:
        seen = -1
        for start, _ in prefilter.letter_digit_contacts(text):
            for lead in (start - 1, start - 2):
                m = _CI_CNI.match(text, lead) if lead > seen else None
                if m is not None and not gives_way(text, m.start()):
                    hits.append(("NATIONAL_ID", m.start(), m.end()))
                    seen = m.end()
    if longest >= 13:
        for a, b in prefilter.digit_runs(text):
            if b - a != 13:
                continue
            m = _SN_NIN.match(text, a)
            if m is not None and m.end() == b and not gives_way(text, a):
                hits.append(("NATIONAL_ID", a, b))
    return hits
