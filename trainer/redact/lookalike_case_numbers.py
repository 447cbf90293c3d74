"""A court's case number as the court prints it: it names a proceeding, not a person.

Forms the other keeps do not read, each a serial and its year after the court's own label:

- the European Court of Human Rights numbers an application "no. 12345/21" (serial, slash,
  two-digit year of lodging): "Application no. 12345/21", "requête n° 12345/21",
  "Beschwerde Nr. 12345/21", "ricorso n. 12345/21" (``Application`` is kept only with a court
  word in its sentence: an application can be anything's);
- an Italian court's general roll, "R.G. n. 12345/2021" (Ruolo Generale: serial, slash, year),
  and a French or West African court's répertoire général, "RG n° 123/2024";
- the French Cour de cassation's appeal number, "pourvoi n° 21-12.345" (year, two digits, a
  dot, three);
- a Spanish court's proceedings, "autos n.º 0123/2024", "procedimiento n.º ...", "recurso n.º
  ..." (serial, slash, year);
- a New York court's index number, "Index No. 12345/24", "Index No. L&T 12345/24" (the
  landlord-and-tenant part's prefix);
- a tribunal's file, its acronym naming a tribunal ("NCAT", "VCAT", "AAT": the Civil and
  Administrative Tribunals), "NCAT file 21/12345";
- a law firm's matter, "Matter 2024-123" (year, hyphen, serial).

The whole span (label and value) is kept; ``keep_veto`` is asked in full (a phone as its plan
prints it stays redacted).
"""

from __future__ import annotations

import re

from trainer.redact.sentence_window import sentence_start

_N = r"[ \t]*(?:no?s?\.|n[°º]\.?|nr\.?|Nr\.?)[ \t]*"
_ECHR = re.compile(
    r"\b(?:[Aa]pplications?|[Rr]equêtes?|[Bb]eschwerde|[Rr]icorso|[Dd]emanda)"
    + _N
    + r"(?P<value>\d{1,6}/\d{2})(?![\w/]|[.,]\d)"
)
_ROLL = re.compile(
    r"\bR\.?[ \t]?G\.?(?:[ \t]*(?:n\.|nr\.|n[°º]))?[ \t]*"
    r"(?P<value>\d{1,6}/(?:19|20)\d{2})(?![\w/]|[.,]\d)"
)
_YEAR = r"(?:19|20)\d\d"
# the other courts' and tribunals' own labels and numbers (the module's list); "n.º" is read
# as normalised ("n.o")
_FILED = re.compile(
    r"(?:\bpourvoi[ \t]+n[°º][ \t]*(?P<cass>\d\d-\d\d\.\d{3})"
    r"|\b(?:autos|procedimiento|recurso)[ \t]+n(?:\.?[°º]|\.o)[ \t]*"
    r"(?P<autos>\d{1,6}/" + _YEAR + r")"
    r"|\bIndex[ \t]No\.[ \t]*(?:L&T[ \t]+)?(?P<index>\d{1,6}/\d\d)"
    r"|\b[A-Z]{0,3}AT[ \t]+file[ \t]+(?P<tribunal>\d\d/\d{3,6})"
    r"|\bMatter[ \t]+(?P<matter>" + _YEAR + r"-\d{3,5})"
    r")(?![\w/-]|[.,]\d)"
)
_COURT = re.compile(
    r"(?i:\b(?:court|ECHR|ECtHR|CEDH|EGMR|CEDU|Strasbourg|judg(?:e)?ment|ruling|chamber|"
    r"cour|arr[êe]t|Gerichtshof|Urteil|corte|sentenza|tribunal|sentencia|v\.|c\.))"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s[A-Z])|\n")


def case_number_span(text: str, pos: int) -> tuple[int, int, int] | None:
    """(label start, value end, value start) of the case number whose value holds ``pos``."""
    near = text[max(0, pos - 8) : pos + 8]
    if "/" not in near and "-" not in near:
        return None  # every form here is a serial and its year, joined by a slash or hyphen
    line = text.rfind("\n", 0, pos) + 1
    lo = max(line, pos - 40)
    for pattern in (_ROLL, _ECHR, _FILED):
        for m in pattern.finditer(text, lo, pos + 20):
            value = m.lastgroup if pattern is _FILED else "value"
            if value is None or not m.start(value) <= pos < m.end(value):
                continue
            if pattern is _ECHR and not _court_near(text, m.start(), m.end()):
                return None
            return m.start(), m.end(), m.start(value)
    return None


def _court_near(text: str, start: int, end: int) -> bool:
    """A court word in the sentence around ``start``..``end``."""
    opens = sentence_start(text, start, ends=_SENTENCE_END, reach=160)
    stop = _SENTENCE_END.search(text, end)
    closes = stop.start() if stop else min(len(text), end + 160)
    return _COURT.search(text, opens, closes) is not None
