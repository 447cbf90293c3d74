"""Works titled after their character ("Effi Briest", "Max Havelaar", "Madame Bovary") named in a
line about reading, books or the stage (task L).

A character's name is a person's name in form, so the title alone proves nothing ("Anna
Karenina" may be a colleague): it is kept only where both hold, the listed title spelled out
around the hit and a reading cue on its line ("Lesekreis:", "book club", "Club de lecture",
"leesclub", "we read", "novel", "Roman", "libro"). Fail closed: a title with an honorific, a
relation or an age after it, or a person's verb right after it, stays redacted
(``eponym_evidence``); member names are matched by the member dictionary whatever stands
around them. The list is general knowledge of the classics of the languages we redact.
"""

from __future__ import annotations

import re

from trainer.redact.eponym_evidence import person_evidence
from trainer.redact.folding import fold

_WORKS = (
    "effi briest", "max havelaar", "madame bovary", "anna karenina", "oliver twist",
    "david copperfield", "jane eyre", "tom sawyer", "huckleberry finn", "robinson crusoe",
    "don quijote", "don quixote", "dom casmurro", "quincas borba", "dona barbara",
    "martin fierro", "pedro paramo", "tonio kroger", "wilhelm tell", "nathan der weise",
    "peer gynt", "hedda gabler", "eugen onegin", "eugene onegin", "pippi langstrumpf",
    "nils holgersson", "gosta berling", "niels lyhne", "silas marner", "adam bede",
    "tristram shandy", "moll flanders", "lord jim", "pere goriot", "eugenie grandet",
    "therese raquin", "dona perfecta", "fortunata y jacinta", "emma bovary",
    "oblomov", "pinocchio", "hamlet", "othello", "macbeth",
    "romeo und julia", "romeo and juliet", "romeo e giulietta", "romeo y julieta",
    "jakob von gunten", "michael kohlhaas", "agnes grey", "daisy miller",
)  # fmt: skip
# (no title that is one given name: "Heidi", "Rebecca", "Tess" are anyone's)
_WORK_WORDS = frozenset(w for work in _WORKS for w in work.split())
# A line about reading, books or the stage, in the languages we redact.
_READING = re.compile(
    r"(?i:\b(?:lesekreis|lesezirkel|buchclub|leesclub|leesgroep|boekenclub|book\s?club|"
    r"reading|club\sde\slecture|club\sde\slectura|clube\sdo\slivro|club\sdel\slibro|"
    r"gruppo\sdi\slettura|bokcirkel|läsecirkel|lesesirkel|læsekreds|klub\sksiążki|lectura|"
    r"lettura|leitura|gelesen|gelezen|read|lesen|lezen|lire|leer|leggere|ler|roman|novel|"
    r"novela|romanzo|libro|livre|livro|boek|buch|book|theater|theatre|teatro|théâtre|opera|"
    r"oper|ópera)\b)"
)


def in_work_title(text: str, start: int, end: int) -> bool:
    """The hit ``text[start:end]`` lies inside a listed work's title on a line about reading."""
    words = fold(text[start:end]).split()
    if not words or not all(w.strip(".,;:!?") in _WORK_WORDS for w in words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _READING.search(text, line_start, line_end) is None:
        return False
    lo = max(line_start, start - 30)
    window = fold(text[lo : min(line_end, end + 30)])
    for work in _WORKS:
        at = window.find(work)
        while at >= 0:
            a, b = lo + at, lo + at + len(work)
            if (
                a <= start
                and b >= end
                and not text[b : b + 1].isalnum()
                and not (a and text[a - 1].isalnum())
            ):
                return not person_evidence(text, a, b)
            at = window.find(work, at + 1)
    return False
