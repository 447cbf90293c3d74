"""A member's surname written before the given name the dictionary matched: "Tan Wei Ling",
"Tan, Wei Ling", "NG Mei Ting" (East Asian order, and the "Surname, Given" of lists and
directories) where the roster writes "Wei Ling Tan". Fail closed.

The member dictionary knows the roster's orders of each name, but a roster name of two or more
given-name words is cut as given + surname from its last two words, so the family name alone
before the given names is no key, and a surname of two letters is never a key of its own. Here
a capitalised word right before a member hit (one space, or a comma and a space) that is a word
of a roster surname joins the hit, when the hit opens with a roster given name. Guard: the word
is no sentence word of any language ("Will Mei Ting come?" keeps "Will").
"""

from __future__ import annotations

import re
import weakref

from trainer.redact.hit_index import INDEX_MIN, SpanIndex
from trainer.redact.hits import Hit
from trainer.redact.names import MemberNames
from trainer.redact.person_words import TOP_FOLDED

# A capitalised word, then one space or ", ", right before the hit.
_SURNAME_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_]+)(?:,[ \t]|[ \t])$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _surname_words(members: MemberNames) -> frozenset[str]:
    if (words := _CACHE.get(members)) is None:
        words = frozenset(w for key in members.surnames for w in key.split()) - TOP_FOLDED
        _CACHE[members] = words
    return words


def surnames_before(text: str, folded: str, hits: list[Hit], members: MemberNames) -> list[Hit]:
    """NAME hits over a roster surname word written right before a member hit that opens with
    a roster given name, and that hit."""
    surnames = _surname_words(members)
    out: list[Hit] = []
    named = SpanIndex(hits) if len(hits) >= INDEX_MIN else None
    for _, start, end in hits:
        m = _SURNAME_BEFORE.search(text, max(0, start - 30), start)
        if m is None or not text[m.start(1)].isupper():
            continue
        if folded[m.start(1) : m.end(1)] not in surnames:
            continue
        at = m.start(1)
        if named.contains(at) if named else any(s <= at < e for _, s, e in hits):
            continue  # already a name: "Jane Baker, Will" lists two people
        first = _FIRST_WORD.match(folded, start)
        if first and first.group() in members.given:
            out.append(("NAME", m.start(1), end))
    return out
