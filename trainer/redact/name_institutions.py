"""A person's name inside the name of an institution named after them: "the Thomas Jefferson
Building", "Daniel Patrick Moynihan Courthouse", "Martin Luther King Jr. Library" (dev37 N).

Buildings, courthouses, libraries, schools, hospitals and stadiums carry the names of people
dead long ago; the name is the institution's, and redacting it destroys a place that the text
needs and that identifies no one who writes. Kept, where the words after the name say so:

1. the institution word closes the name (English, Dutch, German): the name, perhaps its
   middle initials, a "Jr."/"Sr." or a regnal number, up to three capitalised qualifiers
   ("Federal", "Judiciary", "Memorial") and the institution word, all capitalised and on one
   line ("[Thurgood Marshall] Federal Judiciary Building");
2. a law, a rule or a theorem named after its finder ("Boyle's law", "Lord Denning's rule").

Fail closed: when the words after the name are no institution word ("Thomas Jefferson called"),
the name is a person's; a place noun before a name proves nothing (``place_keep``'s privacy
decision: "Museo Lucía Ferrán", "Estadio Dennis Martínez" stay redacted). Member names are
matched by the member dictionary whatever stands around them: this keep is asked by the person
rules and the tagger only.
"""

from __future__ import annotations

import re

# Institution words that close a name (capitalised), by language.
_HEADS = frozenset(
    """Building Courthouse Library Hall House Center Centre Museum Memorial Hospital School
    College University Institute Stadium Arena Airport Station Bridge Tower Foundation Prize
    Award Lecture Lectures Theatre Theater Auditorium Gymnasium Complex Academy Observatory
    Planetarium Park Square
    Huis Gebouw Zaal Ziekenhuis Bibliotheek Instituut Stichting Prijs Brug
    Haus Halle Schule Bibliothek Stiftung Preis Brücke Krankenhaus Klinik Gymnasium""".split()
)
# Words that may stand between the name and the head: initials, suffixes, regnal numbers.
_BETWEEN = re.compile(r"(?:[A-Z]\.|Jr\.?|Sr\.?|[IVX]{1,4}|[A-Z][\w'’-]+)$")
_WORD_AFTER = re.compile(r"[ \t]+([^\s,;:!?()]+)")
# 2. A law, a rule or a theorem named after its finder: "Boyle's law", "Pascal's triangle".
_FINDINGS = re.compile(
    r"['’]s[ \t]+(?:law|laws|rule|principle|theorem|triangle|constant|equation|paradox|"
    r"razor|disease|syndrome|effect|conjecture|lemma|formula|number|algorithm)\b"
)


def in_named_institution(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is part of an institution's name (docstring)."""
    return (
        _head_after(text, end)
        or _FINDINGS.match(text, end) is not None
        or _FINDINGS.match(text, end - 2) is not None  # the hit took the "'s"
    )


def _head_after(text: str, end: int) -> bool:
    pos = end + 1 if text[end : end + 1] == "." else end  # "[Jacob K]. Javits Building"
    for _ in range(5):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return False
        word = m.group(1)
        if word.rstrip(".") in _HEADS:
            return True
        if not _BETWEEN.match(word):
            return False
        pos = m.end()
    return False
