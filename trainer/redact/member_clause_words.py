"""Roster given names that are clause words of Bosnian, Croatian and Serbian, in lower case.

"sam" is the auxiliary of "I have" ("Ponovo sam popunio obrazac", I filled in the form again),
"si" that of "you have", "ali" means "but": written in lower case in a text of that language
they are words, though "Sam", "Si" and "Ali" are members' given names. The member rule redacts
a lower-case given name that no list holds as a word (no dictionary ships for bs/hr/sr), so
such a word is read as a word there: only a person cue around it (``member_cues``) makes it the
member ("hvala sam", written in lower case, is still addressed). The language is told by two
other of its clause words in the text, words no other language we redact writes ("nije",
"smo", "već", "gdje", "hvala"), case aside.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The clause words of bs/hr/sr that are also given names somewhere (lower case).
NAME_LIKE = frozenset({"sam", "si", "ali", "ima", "bila", "ova"})
# Clause words of bs/hr/sr no other language we redact writes (auxiliaries, negation,
# pronouns, conjunctions, adverbs).
_EVIDENCE = frozenset(
    """su smo ste bio bilo biti nije nisu nismo nisam ili iz kod prema koji koja koje
    kojeg kojem što šta svi svima ovo ono kako kada kad gdje zašto jer ako još već vrlo
    ćemo će ću bih imao imala dobio dobila niko nikad ponovo također takođe molim hvala
    treba trebam mogu može želim moj moja moje vaš vaša vaše pozdrav""".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def clause_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a lower-case roster given name, is a bs/hr/sr clause word of a text
    in that language (see the module docstring)."""
    return text[start:end] in NAME_LIKE and _clause_language(text)


@lru_cache(maxsize=4)
def _clause_language(text: str) -> bool:
    """Two distinct evidence words stand in ``text``: read once per text, not once per hit (a
    text of many lower-case "sam" would otherwise be scanned whole for each)."""
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word in _EVIDENCE:
            seen.add(word)
            if len(seen) >= 2:
                return True
    return False
