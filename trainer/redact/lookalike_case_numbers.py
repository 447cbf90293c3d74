"""A court's case number as the court prints it: it names a proceeding, not a person.

Two forms the other keeps do not read, each a serial and its year after the court's own label:

- the European Court of Human Rights numbers an application "no. 12345/21" (serial, slash,
  two-digit year of lodging): "Application no. 12345/21", "requête n° 12345/21",
  "Beschwerde Nr. 12345/21", "ricorso n. 12345/21" (``Application`` is kept only with a court
  word in its sentence: an application can be anything's);
- an Italian court's general roll, "R.G. n. 12345/2021" (Ruolo Generale: serial, slash, year).

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
    r"\bR\.[ \t]?G\.(?:[ \t]*(?:n\.|nr\.|n°))?[ \t]*"
    r"(?P<value>\d{1,6}/(?:19|20)\d{2})(?![\w/]|[.,]\d)"
)
_COURT = re.compile(
    r"(?i:\b(?:court|ECHR|ECtHR|CEDH|EGMR|CEDU|Strasbourg|judg(?:e)?ment|ruling|chamber|"
    r"cour|arr[êe]t|Gerichtshof|Urteil|corte|sentenza|tribunal|sentencia|v\.|c\.))"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s[A-Z])|\n")


def case_number_span(text: str, pos: int) -> tuple[int, int, int] | None:
    """(label start, value end, value start) of the case number whose value holds ``pos``."""
    if "/" not in text[max(0, pos - 8) : pos + 8]:
        return None  # every form here is a serial, a slash and a year
    line = text.rfind("\n", 0, pos) + 1
    lo = max(line, pos - 40)
    for pattern in (_ROLL, _ECHR):
        for m in pattern.finditer(text, lo, pos + 20):
            if not m.start("value") <= pos < m.end("value"):
                continue
            if pattern is _ECHR and not _court_near(text, m.start(), m.end()):
                return None
            return m.start(), m.end(), m.start("value")
    return None


def _court_near(text: str, start: int, end: int) -> bool:
    """A court word in the sentence around ``start``..``end``."""
    opens = sentence_start(text, start, ends=_SENTENCE_END, reach=160)
    stop = _SENTENCE_END.search(text, end)
    closes = stop.start() if stop else min(len(text), end + 160)
    return _COURT.search(text, opens, closes) is not None
