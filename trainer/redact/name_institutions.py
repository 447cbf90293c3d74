"""A person's name inside the name of an institution named after them: "the Thomas Jefferson
Building", "Daniel Patrick Moynihan Courthouse", "Martin Luther King Jr. Library" (dev37 N).

Buildings, courthouses, libraries, schools, hospitals and stadiums carry the names of people
dead long ago; the name is the institution's, and redacting it destroys a place that the text
needs and that identifies no one who writes. Kept, where the words after the name say so:

1. an article stands before the name ("the", "het", "de", "der", "im", ...) and the institution
   word closes it (English, Dutch, German): the name, perhaps its middle initials, a
   "Jr."/"Sr." or a regnal number, up to three capitalised qualifiers ("Federal",
   "Judiciary", "Memorial") and the institution word, all capitalised and on one line
   ("the [Thurgood Marshall] Federal Judiciary Building");
2. a law or a theorem named after its finder ("Boyle's law", "Pascal's triangle"); a rule, a
   principle or an effect is left out, for a colleague's rule is a person's ("Oyelaran's rule").

Fail closed: when the words after the name are no institution word ("Thomas Jefferson called"),
or no article stands before it (Hall, House and Park are surnames too: "My neighbour Maren
Oyelaran Hall is nice"; "Maria Callas Hall is closed" is redacted with it), the name is a
person's; a place noun before a name proves nothing (``place_keep``'s privacy decision:
"Museo Lucía Ferrán", "Estadio Dennis Martínez" stay redacted). Member names are matched by
the member dictionary whatever stands around them: this keep is asked by the person rules and
the tagger only.
"""

from __future__ import annotations

import re

from trainer.redact.person_words import GIVEN

# Institution words that close a name (capitalised), by language.
_HEADS = frozenset(
    """Building Courthouse Library Hall House Center Centre Museum Memorial Hospital School
    College University Institute Stadium Arena Airport Station Bridge Tower Foundation Prize
    Award Lecture Lectures Theatre Theater Auditorium Gymnasium Complex Academy Observatory
    Planetarium Park Square
    Huis Gebouw Zaal Ziekenhuis Bibliotheek Instituut Stichting Prijs Brug
    Haus Halle Schule Bibliothek Stiftung Preis Brücke Krankenhaus Klinik""".split()
)
# What may follow the head: the institution's name must close there, for a head read on into a
# lower-case noun is a common noun of the sentence ("Anna Kowalska Hall monitor", "Tom Baker
# School run", "Peter Novak House to ask"): the end, punctuation, or a verb or a linking word.
_CLOSES = re.compile(
    r"(?:[ \t]*(?:[.,;:!?)\]|\n]|$)|[ \t]+(?:is|was|are|were|has|had|will|would|opens|opened|"
    r"closes|closed|and|or|in|on|at|near|where|which|that|today|tomorrow|yesterday)\b(?!-))"
)
# Words that may stand between the name and the head: initials, suffixes, regnal numbers.
_BETWEEN = re.compile(r"(?:[A-Z]\.|Jr\.?|Sr\.?|[IVX]{1,4}|[A-Z][\w'’-]+)$")
_WORD_AFTER = re.compile(r"[ \t]+([^\s,;:!?()]+)")
# 2. A law or a theorem named after its finder: "Boyle's law", "Pascal's triangle".
_FINDINGS = re.compile(
    r"['’]s[ \t]+(?:law|laws|theorem|triangle|constant|equation|paradox|disease|syndrome|"
    r"conjecture|lemma|algorithm)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
# An institution's name is written with its article ("at the Thomas Jefferson Building", "im
# Robert Koch Institut"); a name with none before it is read as a person's, who may carry a
# surname such as Hall, House or Park ("My neighbour Maren Oyelaran Hall is nice"): fail closed.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|The|THE|het|Het|de|De|der|Der|die|Die|das|Das|dem|Dem|den|Den|des|im|Im|am|"
    r"Am|zum|zur|vom|beim)[ \t]+(?:[A-Z][\w'’-]*\.?[ \t]+){0,3}$"
)  # the hit may be the name's last words ("the Thomas [Jefferson] Building")
# A capitalised word right before a one-word hit: the hit is the end of a longer name
# ("the Thomas [Jefferson] Building"), not a lone given name.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\.?[ \t]+$")


def in_named_institution(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is part of an institution's name (docstring)."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 60), start) is not None:
        # the lone-given test only matters after an article (speed: most hits have none)
        words = _WORD.findall(text, start, end)
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
        lone_given = len(words) == 1 and words[0] in GIVEN and before is None
        if _head_after(text, end, lone_given=lone_given):
            return True
    return _finding(text, start, end)


def _finding(text: str, start: int, end: int) -> bool:
    """A finding is named after one surname ("Boyle's law", "Pascal's triangle"), closing there:
    a full name before "'s" is a person's ("Jan Novak's rule"), and so is a finding word read
    on into a noun ("Kevin's law firm", "Petra's law degree")."""
    m = _FINDINGS.match(text, end) or _FINDINGS.match(text, end - 2)  # the hit took the "'s"
    if m is None or _CLOSES.match(text, m.end()) is None:
        return False
    return len(_WORD.findall(text, start, m.start())) == 1


def _head_after(text: str, end: int, *, lone_given: bool) -> bool:
    """An institution word closes the name after it; a lone given name right before the head
    is a person's with a surname such as Hall or Park ("I saw [Anna] Hall")."""
    pos = end + 1 if text[end : end + 1] == "." else end  # "[Jacob K]. Javits Building"
    for step in range(5):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return False
        word = m.group(1)
        if word.rstrip(".") in _HEADS:
            if lone_given and step == 0:
                return False
            # the head closes the institution's name ("Hall monitor" does not)
            return _CLOSES.match(text, m.end() - (1 if word.endswith(".") else 0)) is not None
        if not _BETWEEN.match(word):
            return False
        pos = m.end()
    return False
