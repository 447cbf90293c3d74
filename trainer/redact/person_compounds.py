"""Compound nouns that the learned tagger reads as a name (dev35 N): German, Dutch and the
Nordic languages write a compound as one capitalised word ("Schichtwechsel", "Medizintechnik",
"Patientenservice"), which no word list holds whole, while each of its parts is a common word.
A long capitalised word that splits into two common words (with a linking "s", "n", "en", "es"
or "e" between them), and that no name list holds ("Bergmann", "Zimmermann" are surnames), is
the compound noun.
"""

from __future__ import annotations

from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.person_words import COMMON, GIVEN, GIVEN_AMBIGUOUS, SURNAMES

_MIN_LENGTH = 10  # "Schichtwechsel" 14, "Hausarzt" (8) is left to the lists
_MIN_PART = 4
_LINKS = ("", "s", "n", "en", "es", "e")


def compound_noun(word: str) -> bool:
    """``word`` is a capitalised compound of two common words, no listed name."""
    if len(word) < _MIN_LENGTH or not word.istitle() or not word.isalpha():
        return False
    if word in SURNAMES or word in GIVEN or word in GIVEN_AMBIGUOUS:
        return False
    low = word.lower()
    for cut in range(_MIN_PART, len(low) - _MIN_PART + 1):
        if low[cut:] not in COMMON:
            continue
        head = low[:cut]
        for link in _LINKS:
            if head.endswith(link) and len(head) - len(link) >= _MIN_PART:
                if head[: len(head) - len(link)] in COMMON:
                    return True
    return False


def german_compound(text: str, start: int, end: int, *, evidence: LanguageEvidence) -> bool:
    """``text[start:end]`` is a compound noun (``compound_noun``) in a German text: "I spoke
    with Longfellow" (long + fellow) in English is a name (review, dev35 N)."""
    return compound_noun(text[start:end]) and evidence.german
