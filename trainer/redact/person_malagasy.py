"""Malagasy names, known by the shape of the surname (dev52 D): "Rakotomalala",
"Andrianjafy", "RAZAFINDRAKOTO Hery", "Razanajatovo, Tiana", "lova randriamampionona".

Malagasy family names are long compounds that open with the honorific "Ra-" or the noble
"Andria-"/"Andri-" ("Rakoto", "Randria-", "Razafindra-", "Andriamana-") and keep the
language's syllable shape: a consonant (or one of the clusters mb mp nd ndr nt ntr nj nts ng
nk ts tr dr) before each vowel, no c q u w x, a final "y" for the "i" sound, and a vowel at
the end (a colonial "-son" now and then: "Rajaonarison"). Words of the other languages we
redact seldom keep that shape for nine letters or more after "Ra"; those that do are common
words ("ragionamento" ends in "o" but the word lists hold it), so the surname must be no
common word. Next to it, a given name of the same shape ("Tiana", "Hery", "Lova") joins it
before or after (the order on forms is surname first); in lower case only the pair is read
(alone, an Italian participle such as "razionata" has the same shape).

Gate: a substring search for " ra" and " andri" on the keyword pass's folded copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_words import COMMON, GIVEN, TOP

_CANDIDATE = re.compile(r"(?<![^\W\d_])(?i:ra[a-z]{7,}|andri[a-z]{4,})(?![^\W\d_])")
# One syllable: an onset (a cluster first) and one to three vowels ("ao", "ia", "oa").
_ONSET = r"(?:ndr|ntr|nts|mb|mp|nd|nt|nj|ng|nk|ts|tr|dr|[bdfghjklmnprstvz])"
_SYLLABLES = re.compile(rf"(?:{_ONSET}?[aeio]{{1,3}})+(?:{_ONSET}?y|son)?")
_SURNAME_OPENS = ("ra", "andria", "andri")
_GIVEN_SHAPE = re.compile(r"[^\W\d_]{3,10}")
_NEXT = re.compile(r"(?:,[ \t]*|[ \t]+)(?P<word>[^\W\d_]+)(?![^\W\d_])")
_BEFORE = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)[ \t]+$")


def malagasy_surname(word: str) -> bool:
    """``word`` is spelt as a Malagasy family name and is no common word (module docstring)."""
    low = word.lower()
    if len(low) < 9 or not low.startswith(_SURNAME_OPENS) or low in COMMON:
        return False
    if not (word.islower() or word.isupper() or word[0].isupper() and word[1:].islower()):
        return False
    return low[-1] in "aoy" or low.endswith("son") if _SYLLABLES.fullmatch(low) else False


def _given_shape(word: str, case_of: str) -> bool:
    """A given name next to a Malagasy surname: a listed one, or a word of Malagasy shape that
    is no sentence word, written in the surname's case (lower with lower)."""
    if _GIVEN_SHAPE.fullmatch(word) is None or word.lower() in TOP:
        return False
    if case_of.islower() != word.islower() or (not word.islower() and not word[0].isupper()):
        return False
    if word.title() in GIVEN:
        return True
    low = word.lower()
    return low not in COMMON and low[-1] in "aoy" and _SYLLABLES.fullmatch(low) is not None


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The words that open with "ra"/"andri" and run nine letters or more, found on the
    keyword pass's cached folded copy (``prefilter.spaced``: offsets one on), where a word
    starts after a space: two substring searches on most posts (speed)."""
    spaced = prefilter.spaced(text)
    for key in (" ra", " andri"):
        at = spaced.find(key)
        while at != -1:
            if spaced[at + 1 : at + 10].isalpha() and (m := _CANDIDATE.match(text, at)):
                yield m
            at = spaced.find(key, at + 3)


def malagasy_names(text: str) -> list[Hit]:
    """NAME hits for Malagasy surnames and the given name next to them."""
    hits: list[Hit] = []
    for m in _candidates(text):
        word = m.group()
        if not malagasy_surname(word):
            continue
        start, end = m.span()
        nxt = _NEXT.match(text, end)
        if nxt is not None and _given_shape(nxt["word"], word):
            end = nxt.end()
        elif (before := _BEFORE.search(text, max(0, start - 12), start)) is not None and (
            _given_shape(before["word"], word)
        ):
            start = before.start("word")
        elif word.islower():
            continue  # alone in lower case it is as often an inflected word ("razionata")
        hits.append(("NAME", start, end))
    return hits
