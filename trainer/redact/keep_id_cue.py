"""A personal id's cue right before a value a keep would drop: the value stays redacted.

A look-alike keep reads its own cue around a value (a register slot, a thing's noun, a
standard's label); a personal id's cue ("CIN", "DNI n.º", "passport number:", "NUIT") ending
right before the same value says whose it is, and no keep's cue outweighs that (fail closed,
issue 10). The cue words are the id detectors' own (``ids_cues``); short ones that are also
words ("sin", "pan", "cf") count only in capitals, as there, and a bare "ID" only where no
word names its thing ("Order ID"). One exception: the keep read the cue itself as its own label
("RFC", "RUC", "NIP": a firm's register and a person's tax number share the acronym) and
decided on a firm's; there the value stays redacted only when the sentence asks for it ("A
seguradora pede NUIT ...", "the bank requests the TIN ...": whoever asks holds none).
"""

from __future__ import annotations

import re

from trainer.redact.ids_cues import ID_CUE, ID_LINK, UPPER_ONLY

# how far back a cue and its link words may start ("numéro de contribuable, qui est : ")
_REACH = 64
# a word right before a bare "ID" ("Order ID", "Ticket-ID", "Patient ID"): the keeps cannot
# tell a thing's word from a person's here, so only a bare "ID" counts ("ID: ...")
_WORD_BEFORE = re.compile(r"[^\W\d_][ \t-]*$")
# a hyphen, slash or dot joining the cue to a code before it
_GLUED = re.compile(r"\w[-/.]$")
# asking for the value, right before the cue: the one asking is not the one holding it
# (en, pt, es, fr, it, de, nl; an article or a possessive between)
_ASKS = re.compile(
    r"(?i:\b(?:asks?[ \t]+for|asking[ \t]+for|requests?|requires?|needs?|wants?|"
    r"pede[mn]?|piden?|solicita[mn]?|exige[mn]?|requiere[n]?|necesita[n]?|"
    r"precisa[mn]?[ \t]+d[oae]|demande(?:nt)?|r[ée]clame(?:nt)?|chiede|richiede|"
    r"verlangt|ben[öo]tigt|braucht|fordert|vraagt(?:[ \t]+(?:om|naar))?|vereist)"
    r"(?:[ \t]+(?:the|your|a|an|o|os|seu|sua|el|la|su|tu|le|votre|ton|il|lo|ihre|die|den|"
    r"het|de|uw)){0,2}[ \t]*)$"
)


def id_cue_before(text: str, start: int, *, label_start: int | None = None) -> bool:
    """A personal id's cue and its link words end right at ``start`` (the value's first
    character); ``label_start``: where the keep's own label begins, so that a cue the keep
    read as its label counts only after a request for the value."""
    for m in ID_CUE.finditer(text, max(0, start - _REACH), start):
        word = m.group()
        if len(word) <= 4 and word.lower() in UPPER_ONLY and not word.isupper():
            continue  # "sin", "pan", "cf" are words; only "SIN", "PAN", "CF" are cues
        if word == "ID" and _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if _GLUED.search(text, max(0, m.start() - 2), m.start()):
            continue  # "SKU-57151-CF": the tail of a code, no cue
        if not ID_LINK.fullmatch(text, m.end(), start):
            continue
        if label_start is not None and m.start() >= label_start:
            return _ASKS.search(text, max(0, m.start() - 48), m.start()) is not None
        return True
    return False
