"""A public building or landmark named after a person: "Flughafen Franz Josef Strauß",
"Estadio Hernando Siles", "Jomo Kenyatta International Airport", "Pont Gustave-Flaubert".

Revisits the session-7 decision (``place_keep``: a place noun proves nothing about a name) for
one narrow shape, measured on the development and held-out sets: the name is written
capitalised, two to four words, and a place noun of a kind that is named after people
(airport, bridge, stadium, hospital, university, school, port) stands right before it, capital
first ("Aeropuerto", "Flughafen", "Hôpital"), or right after it ("... International Airport",
"... Stadium", "... airport").

Fail closed: not kept when a title or a person cue stands before the place noun or the name
("near Dr ...", "met ..."), a relative clause about a person or a house number follows, the
run of capitals goes on past the name, or a role word sits between noun and name. Member
names are matched by their own pass (``member_given``), whatever this keep says.
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold

# Place nouns (folded) of buildings and landmarks that are named after people, by language;
# before the name, written with a capital.
_BEFORE = frozenset(
    """aeropuerto aeroporto aeroport aeroportul flughafen luchthaven lotnisko airport
    estadio stadio stade stadion stadionul stadium
    hospital hopital ospedale krankenhaus klinikum ziekenhuis spitalul
    universidad universidade universita universite universitat universiteit universitatea
    university
    colegio liceo lycee college liceul
    puente ponte pont brucke brug podul
    puerto porto port hafen haven
    """.split()
)
# after the name ("... International Airport", "... Stadium", "... Port"), any case
_AFTER = frozenset(
    "airport stadium hospital university bridge port airfield aeropuerto stadion flughafen".split()
)
_MIDDLE = frozenset("international internacional internationale intl regional".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿß'’.-]+")
_PARTICLES = frozenset("de da do dos das del della di la le van von der den du e y".split())
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:mr|mrs|ms|miss|dr|prof|sir|dame|lady|herr|frau|sr|sra|don|do[nñ]a|m|mme|mlle|"
    r"sig|sig\.ra|signor|signora|met|meet|called|ask|told|with|by|from|dear|thanks|thank|"
    r"contact|visited|visit)\.?[ \t]+$"
)
_RELATIVE_AFTER = re.compile(
    r"[^,\n]{0,60},[ \t]+(?i:who|whom|que|quien|qui|die|der|welche|che|wie|som|care)\b"
)
_TAIL = re.compile(r"[ \t\u00a0]+(?P<word>[^\W_][\w'’.-]*)")


_TITLES = frozenset(
    "mr mrs ms miss mx dr prof sir dame lady lord herr frau sr sra don dona m mme mlle sig "
    "signor signora dott ing avv".split()
)


def _name_ok(words: list[str]) -> bool:
    if any(fold(w).rstrip(".") in _TITLES for w in words):
        return False  # "Dr Maren Oyelaran Stadium": a title makes it a person
    names = [w for w in words if w not in _PARTICLES]
    return 2 <= len(names) <= 4 and all(_NAME.fullmatch(w) for w in names)


def eponym_place(text: str, start: int, end: int) -> bool:
    """The name hit ``text[start:end]`` is a building's or landmark's name after a person."""
    words = _WORD.findall(text[start:end])
    if not words:
        return False
    line = text.rfind("\n", 0, start) + 1
    head = text[max(line, start - 40) : start]
    before = head.split()
    # the place noun inside the hit ("[Flughafen Franz Josef Strauß]") or right before it
    if fold(words[0]) in _BEFORE and words[0][:1].isupper():
        noun_at, name = start, words[1:]
    elif before and fold(before[-1]) in _BEFORE and before[-1][:1].isupper() and head[-1:] == " ":
        noun_at, name = start - len(head) + head.rstrip().rfind(before[-1]), words
    else:
        noun_at, name = None, words
    if noun_at is not None:
        if not _name_ok(name) or _RELATIVE_AFTER.match(text, end):
            return False
        tail = _TAIL.match(text, end)
        if tail and (tail.group("word")[:1].isupper() or tail.group("word")[:1].isdigit()):
            return False  # the run goes on, or a house number follows: an address or a person
        return not _CUE_BEFORE.search(text, max(line, noun_at - 24), noun_at)
    # a place noun closing the hit ("[Jawaharlal Nehru Port]") or right after it
    if len(words) > 2 and fold(words[-1]) in _AFTER:
        name = [w for w in words[:-1] if fold(w) not in _MIDDLE]
        return _name_ok(name) and not _CUE_BEFORE.search(text, max(line, start - 24), start)
    if not _name_ok(words):
        return False
    pos = end
    for _ in range(2):
        tail = _TAIL.match(text, pos)
        if tail is None:
            return False
        key = fold(tail.group("word"))
        if key in _AFTER:
            return not _CUE_BEFORE.search(text, max(line, start - 24), start)
        if key not in _MIDDLE:
            return False
        pos = tail.end()
    return False
