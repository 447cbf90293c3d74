"""One regex alternation of literal words, the longest first: the builder every word-list
pattern shares, so its rules (escaping, order, blanks) cannot drift between copies.

The longest first, because an alternation takes its first branch that leads to a match: with
"ticket" before "e-ticket", "e-ticket" could never match whole. Equal lengths in code-point
order (``longest_first``): a set's own order follows the hash seed, and a pattern must be the same
string in every process. Builders that join their words themselves (raw regex pieces, words
escaped first) order them with ``longest_first`` too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def literal_alternation(
    words: Iterable[str],
    *,
    blank: str | None = r"[ \t]",
    hyphen: str | None = None,
    apostrophe: bool = False,
    spell: Callable[[str], str] | None = None,
) -> str:
    """``words`` as one alternation (no group around it), each word once, the longest first.

    Each word is ``re.escape``d, then: a space matches ``blank`` (None: a space only); a hyphen
    matches ``hyphen`` (None: a hyphen only); with ``apostrophe``, ' and ’ match each other.
    ``spell`` replaces all of that with the caller's own pattern of a word.
    """
    return "|".join((spell or _literal(blank, hyphen, apostrophe))(w) for w in longest_first(words))


def longest_first(words: Iterable[str]) -> list[str]:
    """``words``, each once, the longest first and equal lengths in code-point order: the same
    list whatever order ``words`` come in (a set's follows the hash seed)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def _literal(blank: str | None, hyphen: str | None, apostrophe: bool) -> Callable[[str], str]:
    def one(word: str) -> str:
        if apostrophe:
            word = word.replace("’", "'")
        text = re.escape(word)
        if blank is not None:
            text = text.replace(r"\ ", blank)
        if hyphen is not None:
            text = text.replace(r"\-", hyphen)
        if apostrophe:
            text = text.replace("'", "['’]")
        return text

    return one
