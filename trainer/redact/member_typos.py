"""A member's name misspelt by one letter next to the rest of it: "Ottoline Brauckman",
"Otoline Brauckmann", "Ottolien Brauckmann", "Asad al-Brauckmnan". Fail closed.

A typo at edit distance 1 (one letter dropped, added, changed, or two neighbours swapped:
Damerau's single-edit classes, which cover most typing errors) keeps a long name readable to
anyone, so it must go too. Alone, a one-edit neighbour of a name is often a word ("Marks",
"Mariam"); next to another token of the roster written exactly, it is the member's name. So:
a capitalised word of five letters or more right next to a roster name (a member hit, or a
roster given name or surname the keyword layer found), separated by one space or joined by an
Arabic-style particle ("al-", "el-", "bin"), that is one edit from a roster name of five
letters or more, goes together with its anchor. An anchor that is also a word ("con", "Will")
anchors nothing, and a pair that is a listed company named after a person stays a company.

Edit distance 1 is tested by symmetric deletion (Garbe's SymSpell): two words are within one
edit when deleting at most one letter from each makes them equal (this also admits a few
two-edit pairs such as "abc"/"bca": fail closed). The roster's deletion variants are kept as a
sorted array of 64-bit hashes per roster, built on first use (8 bytes per variant).
"""

from __future__ import annotations

import re
import weakref
from hashlib import blake2b

import numpy as np

from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.names import MemberNames
from trainer.redact.person_words import TOP_FOLDED

_MIN_LEN = 5  # shorter names have too many one-edit neighbours among words
# The word after an anchor, past an Arabic-style particle ("al-", "bin"); the word before it.
_WORD_AFTER = re.compile(
    r"[ \t](?:(?:al|el|ul|ud|ad|as|ar|an|bin|binti|ibn|abu)[- ])?([^\W\d_][^\W\d_'’]+)"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_'’]+)[ \t]$")
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _hash(word: str) -> int:
    return int.from_bytes(blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _variants(word: str) -> list[str]:
    """The word and every word one deletion makes of it."""
    return [word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]


def _roster_index(members: MemberNames) -> tuple[frozenset[str], np.ndarray]:
    """(the roster's name words, sorted hashes of their deletion variants), cached per roster."""
    if (cached := _CACHE.get(members)) is not None:
        return cached
    words = frozenset(w for key in members.given | members.surnames for w in key.split())
    hashes = {_hash(v) for w in words if len(w) >= _MIN_LEN and w.isalpha() for v in _variants(w)}
    index = (words, np.array(sorted(hashes), dtype=np.uint64))
    _CACHE[members] = index
    return index


def _one_edit_from_roster(word: str, words: frozenset[str], table: np.ndarray) -> bool:
    """Whether ``word`` (folded) is one edit from a roster name word, not one itself."""
    if len(word) < _MIN_LEN - 1 or word in words or word in TOP_FOLDED or not len(table):
        return False
    probes = np.array([_hash(v) for v in _variants(word)], dtype=np.uint64)
    at = np.minimum(table.searchsorted(probes), len(table) - 1)
    return bool((table[at] == probes).any())




def typo_neighbours(
    text: str, folded: str, anchors: list[tuple[int, int]], members: MemberNames
) -> list[Hit]:
    """NAME hits over an anchor and the one-edit misspelling of a roster name next to it.
    ``anchors``: spans of member hits and of roster names written exactly."""
    words, table = _roster_index(members)
    if not len(table):
        return []
    hits: list[Hit] = []
    n = len(text)
    for start, end in anchors:
        # cheap gates first: a space on that side, and a capital or particle after it
        after = end + 1 < n and text[end] in " \t" and _WORD_AFTER.match(text, end)
        if after and text[after.start(1)].isupper():
            s, e = after.span(1)
            if _one_edit_from_roster(folded[s:e], words, table) and not is_eponymous_company(
                text, start, e
            ):  # a listed company named after a person stays ("Pierre Fabre")
                hits.append(("NAME", start, e))
        before = start > 1 and text[start - 1] in " \t" and _WORD_BEFORE.search(
            text, max(0, start - 40), start
        )
        if before and text[before.start(1)].isupper():
            s, e = before.span(1)
            if _one_edit_from_roster(folded[s:e], words, table) and not is_eponymous_company(
                text, s, end
            ):
                hits.append(("NAME", s, end))
    return hits
