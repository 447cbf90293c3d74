"""A surname written before the given name of a hit, as forms, rosters and credit lines do
(dev52 D): "Fröhlich, [Bernd] tritt als Zeuge auf", "Partie adverse: Mallet, [Mathis]",
"GENTRY [Rose] will host the panel", and the given name after a surname in capitals that a
hit holds alone ("[KÜHNE] Nele").

The order "Surname, Given" (or "SURNAME Given") opens its clause: the surname starts a line,
a table cell, a label's value or a sentence, so "Thanks, Anna" (a sentence word), "Hi Tom,
Anna here" (not at a clause start) and "Lyon, Anna" (a town) stay. The surname is a listed
one or no word at all, never a frequent word; in capitals it has a vowel and three letters
or more, four in capitals (no acronym such as "ICU" or "CEO").
"""

from __future__ import annotations

import re

from trainer.redact.address_towns import postal_towns
from trainer.redact.companies import is_company_token, is_legal_form
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PARTICLE_SET,
    SURNAMES,
    TITLES,
    TOP,
)

_WORD = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?"
# The surname (one or two words: "De Sanctis", "Bio Tchané") and its comma right before a hit.
_LEAD = re.compile(
    rf"(?:^|(?<=[\n|:(>.!?;]))[ \t]*(?:[-*•][ \t]+)?(?P<sur>{_WORD}(?: {_WORD})?)"
    r"(?P<comma>,)?[ \t]+$"
)
_CAPS_GIVEN = re.compile(rf" (?P<given>{_WORD})(?![\w'’-])")
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ýaeiouyà-öø-ý]")
_GIVEN = GIVEN | GIVEN_AMBIGUOUS


def _surname_word(word: str, *, caps: bool) -> bool:
    """A surname, cased as the order requires: listed or no word, no town, title or company."""
    title = word.title() if word.isupper() else word
    if caps and not (word.isupper() and len(word) >= 4 and _VOWEL.search(word)):
        return False
    if not caps and not word[:1].isupper():
        return False
    low = word.lower()
    if low in TOP or title in TITLES or is_company_token(title) or is_legal_form(word):
        return False
    if low in postal_towns():
        return False
    return title in SURNAMES or low not in COMMON


def _lead(text: str, start: int) -> int:
    """Where the surname before a hit at ``start`` begins, or ``start`` when there is none."""
    m = _LEAD.search(text, max(0, start - 40), start)
    if m is None:
        return start
    words = m["sur"].split()
    caps = m["comma"] is None  # "SURNAME Given" has no comma; "Surname, Given" may be any case
    if caps and len(words) > 1:
        return start
    if not all(_surname_word(w, caps=caps) for w in words):
        return start
    if len(words) > 1 and any(w.lower() in COMMON and w not in PARTICLE_SET for w in words):
        return start  # "Hi Tom, Anna here"; "De Sanctis, Carmela" and "Bio Tchané, Sèna" grow
    return m.start("sur")


def surname_lead(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits grown over a surname written before the given name (module docstring), and a hit
    on a surname in capitals grown over the listed given name after it."""
    grown: list[Hit] = []
    for kind, start, end in hits:
        if kind != "NAME":
            grown.append((kind, start, end))
            continue
        words = text[start:end].split()
        if len(words) == 1 and words[0].title() in _GIVEN:
            start = _lead(text, start)
        elif len(words) == 1 and _surname_word(words[0], caps=True):
            m = _CAPS_GIVEN.match(text, end)
            if m is not None and m["given"] in _GIVEN and m["given"].lower() not in TOP:
                end = m.end("given")
        grown.append((kind, start, end))
    return grown
