"""Head nouns that make the capitalised words around them a thing, not a person (task L).

A room word before a room code ("Sala 4.17", "Salle B413", "Room 2.05", "Raum 3.012") names a
room of the building written before it ("Hospital Ramón y Cajal, Sala 0.03"); several room words
are also given names ("Sala", "Salle", "Zaal", "Aula"), and "Surname, Given" read "Cajal, Sala"
as a person. A room word is no given name where a room code follows it: a code is one to four
letters or none, then a digit ("B414", "0.03", "3-12"), which no given name's surname is.

Fail closed: only the room word itself stops being a given name; the words before the comma are
read by every other rule as before ("Dr Ana Pérez, Sala 4" is still a person's name).
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold

# Rooms of a building, folded, in the languages we redact: en es pt it fr de nl pl cs ro hr sv.
ROOM_WORDS = frozenset(
    """room rm sala salle salon raum saal zimmer kamer zaal lokaal stanza aula auditorio
    auditorium sali sal sale salita pokoj pokój mistnost místnost soba dvorana rum lokal
    suite office bureau despacho oficina ufficio gabinete kabinet""".split()
)
# A room code right after the room word: up to four letters, an optional separator, a digit.
_ROOM_CODE = re.compile(r"[ \t]+(?:[A-Z]{1,4}[-.]?)?\d")


def room_before_code(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a room word followed by a room code ("Sala 0.03", "Salle B414")."""
    return fold(text[start:end]) in ROOM_WORDS and _ROOM_CODE.match(text, end) is not None
