"""A calendar date that a phone or address rule read as its own: "shipped on 18/06/2026."
taken for an address line, "Vi ses 11/4-2024." taken for a phone. A date names a day, not a
place or a line, so ``keep_dates`` drops a PHONE or ADDRESS hit lying wholly on one.

The forms, each as its locale's standard writes it, a four-digit year (19xx or 20xx) always:
ISO 8601 and the year-first forms ("2026-11-30", "2026/11/30"), day-month-year or the US
month-day-year with one separator throughout ("30/11/2026", "11/30/2026", "06.10.2026",
"25-3-2027": ``quantities.CALENDAR_DATE``), the Danish and Norwegian "11/4-2024" (day/month,
then the year after a hyphen, as Retskrivningsordbogen writes it) and the Central European
spaced form "28. 3. 2026". A two-digit year is never read ("12.03.26" is also how a French
phone is grouped).

Fail closed: only PHONE and ADDRESS hits are dropped (an id rule's date is a record's birth
date, "[ID]" by design; a card rule's date is a card's expiry), only where the whole hit lies
on the date with no digit glued to either side, and never after a birth word in the 40
characters before it ("born", "DOB", "geboren", "né le", "nacido", "født" ...).
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.quantities import calendar_date

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d\d"
_DATE = re.compile(
    r"(?<![\d/.\-])(?:"
    rf"(?P<nordic>{_DAY}/{_MONTH}-{_YEAR})"
    rf"|(?P<spaced>{_DAY}\.[ \t]{_MONTH}\.[ \t]?{_YEAR})"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d"  # checked
    r")(?!\d|[/.\-]\d)"
)
_BIRTH = re.compile(
    r"(?i)\b(?:born|birth\w*|dob|d\.o\.b|bday|geb\.?|geboren|geburt\w*|n[ée]e?|naissance|"
    r"nacid[oa]|nacimiento|nat[oa]|nascita|geboorte\w*|nascid[oa]|nascimento|urodzon\w*|"
    r"narozen\w*|ro[đd]en\w*|f[øo]dt|f[öo]dd|syntyn\w*|do[ğg]um\w*|születet\w*)\b"
)
_DROPPED = frozenset({"PHONE", "ADDRESS"})


def date_at(text: str, start: int, end: int) -> bool:
    """``[start, end)`` lies wholly on one calendar date (see the module)."""
    for m in _DATE.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if not (m.start() <= start and end <= m.end()):
            continue
        if m.group("nordic") is not None or m.group("spaced") is not None:
            return True
        return calendar_date(m.group())
    return False


def keep_dates(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the PHONE and ADDRESS hits lying wholly on a calendar date with no birth
    word before it (see the module)."""
    if not any(h[0] in _DROPPED for h in hits):
        return hits
    return [h for h in hits if not (h[0] in _DROPPED and _kept_date(text, h))]


def _kept_date(text: str, hit: Hit) -> bool:
    _, start, end = hit
    if not text[start].isdigit() or not any(c in "/.-" for c in text[start:end]):
        return False  # a date opens with a digit and has its separators
    if not date_at(text, start, end):
        return False
    return _BIRTH.search(text, max(0, start - 40), start) is None
