"""A surname written before the given name of a hit, as forms, rosters and credit lines do
(dev52 D): "Kpotogbe, [Dela] tritt als Zeuge auf", "GENTRY [Rose] will host the panel", and
the given name after a surname in capitals that a hit holds alone ("[KÜHNE] Nele").

The order "Surname, Given" (or "SURNAME Given") opens its clause: the surname starts a line,
a table cell, a label's value or a sentence, so "Thanks, Anna" and "Obrigado, João" (thanks
and greetings), "Hi Tom, Anna here" (not at a clause start), "Lyon, Anna" (a town) and
"Proprietara, [Moraru], Victor" (the hit is a surname itself) stay. Before a comma the
surname is no word of any list ("Morgen, Sanne, begint ..." stays); in capitals it may be a
listed surname that is a word ("GENTRY"), but no frequent word and four letters or more with
a vowel (no acronym such as "ICU" or "CEO"). No elided article ("L'autista, Sig. X").
"""

from __future__ import annotations

import re

from trainer.redact.address_towns import postal_towns
from trainer.redact.companies import is_company_token, is_legal_form
from trainer.redact.hits import Hit
from trainer.redact.member_cue_words import CUE_WORDS
from trainer.redact.person_cues import BEFORE_PHRASES
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    GREETING_WORDS,
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
_BEFORE_CUES = frozenset(p for p in BEFORE_PHRASES if " " not in p)  # "obrigado", "danke"
_COMMA_NAME = re.compile(r",[ \t]+[^\W\d_a-z]")  # the hit is the surname of "X, Given"


def _surname_word(word: str, *, caps: bool) -> bool:
    """A surname, cased as the order requires: listed or no word, no town, title or company."""
    if "'" in word[1:] or "’" in word[1:]:
        return False  # an elided article ("L'autista, Sig. X"), not a surname
    title = word.title() if word.isupper() else word
    if caps and not (word.isupper() and len(word) >= 4 and _VOWEL.search(word)):
        return False
    if not caps and not word[:1].isupper():
        return False
    low = word.lower()
    if low in CUE_WORDS or low in GREETING_WORDS or low in _BEFORE_CUES:
        return False  # "Obrigado, João!", "Merci, Anna": a greeting or thanks, no surname
    if low in TOP or title in TITLES or is_company_token(title) or is_legal_form(word):
        return False
    if low in postal_towns():
        return False
    if not caps:  # "Morgen, Sanne, begint ...": a listed surname that is a word stays out
        return low not in COMMON
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
        if len(words) == 1 and _surname_word(words[0], caps=True):
            m = _CAPS_GIVEN.match(text, end)
            if m is not None and m["given"] in _GIVEN and m["given"].lower() not in TOP:
                end = m.end("given")
        elif len(words) == 1 and words[0].title() in _GIVEN and not _COMMA_NAME.match(text, end):
            start = _lead(text, start)  # not "Proprietara, [Moraru], Victor": a role before
        grown.append((kind, start, end))
    return grown
