"""A research grant's or project's number after its funding label: it names a project.

Pattern: funders number grants within a year, and acknowledgements cite them after a funding
word ("Funded under grant ... 2025/12345", "Tack till anslag 2024-12345", "Financiado por el
proyecto 123-2025-ABCD", "Projektnummer 2023-12345"). The layouts read here are the two that
number within a year: the year first, then a serial of five or six digits after "-" or "/"
(four would be a landline: Costa Rica, Central America and São Paulo write eight digits as
"2xxx-xxxx", so "2012-3456" is a phone);
or a serial, the year and the funder's acronym in capitals, joined by hyphens. No phone plan
writes a number as a year, a separator and a serial, nor glues a word of capitals to it.

Fail closed: the number is kept only when a funding word stands before it on its line with
nothing between them but words (no digit, no sentence end, no phone word), it has one of the
two layouts exactly, nothing digit-like is glued to it, and no contact word follows it
("... 2024-12345 is my mobile"). A phone word between the funding word and the number makes
it a phone (``lookalike_parcels.PHONE_WORD_BEFORE``, shared with the parcel rule).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER

# How funding is acknowledged in the languages of our posts (folded: no accents, lower case).
_FUNDING_WORDS = frozenset(
    """grant grants award funded funding project projekt projektnummer projektnr proyecto
    projet progetto projeto anslag forderkennzeichen foerderkennzeichen financiado financiada
    finanziato finanziata financiamento financement finance""".split()
)
prefilter.register("grant_cue", _FUNDING_WORDS)

_REACH = 48  # a funding word ends at most this far before the number
_GRANT_NUMBER = re.compile(
    r"(?:(?:19|20)\d\d[-/]\d{5,6}|\d{1,6}-(?:19|20)\d\d-[A-Z]{2,})(?![\w+]|[.,/-]\d)"
)
_BETWEEN = re.compile(r"[^\d\n.!?]*")  # words and spaces: no digit, no sentence end


def grant_number(text: str, start: int) -> bool:
    """The number at ``start`` is a grant's or project's number after a funding word."""
    found = prefilter.keywords(text).get("grant_cue")
    lo = start - _REACH
    if not found or not any(lo <= s and e <= start for s, e in found):
        return False
    if text[start - 1 : start] in ("+", "(") or text[start - 1 : start].isdigit():
        return False
    m = _GRANT_NUMBER.match(text, start)
    if m is None:
        return False
    cue_end = max(e for s, e in found if lo <= s and e <= start)
    if _BETWEEN.fullmatch(text, cue_end, start) is None:
        return False
    if PHONE_WORD_BEFORE.search(text, cue_end, start):
        return False
    return CONTACT_WORD_AFTER.match(text, m.end()) is None
