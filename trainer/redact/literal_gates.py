"""Literal gates in front of case-insensitive scans: a cheap test on a lower-cased copy that a
pattern's words are there at all, so a scan tried at every position runs only where it can hit.

A gate may only skip text the pattern cannot match, so it must see every spelling the
pattern's ignore-case matches. ``str.lower`` agrees with it except for a few letters: those
``re`` folds together beyond lower-casing (dotless ı with i, long ſ with s, ...; ``re``'s own
table) and the dotted capital İ, whose lower case is two code points. A text holding one of
those that fold with a gate's words (``case_odd_for``, ``has_case_odd``) passes the gate;
otherwise a word the pattern matches is in ``text.lower()`` as ``gate_key(word)`` (the word
lower-cased, such letters as their class's first: "başlık" is looked up as "başlik").
"""

from __future__ import annotations

import re

try:  # the letters re's ignore-case folds together beyond simple lower-casing
    from re._casefix import _EXTRA_CASES

    _TABLE_READ = True
except ImportError:  # pragma: no cover - an interpreter without the table (CPython >= 3.11 has it)
    # fail closed: the known Latin classes for ``gate_key``, and every gate opens for any
    # non-ASCII text (``has_case_odd``), since this table may miss a fold re makes
    _EXTRA_CASES = {0x69: (0x131,), 0x131: (0x69,), 0x73: (0x17F,), 0x17F: (0x73,)}
    _TABLE_READ = False

# Each folded class, a letter -> the class's smallest letter ("ı" -> "i", "ſ" -> "s").
_CLASS_FIRST = {k: min(k, *v) for k, v in _EXTRA_CASES.items()}
# Letters whose presence opens every gate: each member of a folded class that is not its
# class's first, and İ (lower case "i̇", two code points; ignore-case matches it to i).
CASE_ODD = "".join(sorted({chr(k) for k, first in _CLASS_FIRST.items() if k != first} | {"İ"}))
_TO_FIRST = {k: chr(first) for k, first in _CLASS_FIRST.items() if k != first}


def case_odd_for(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """The letters of ``CASE_ODD`` that ignore-case matches to a letter of ``words`` (for
    Latin words: İ, ı, ſ), the ones a gate over these words must open for."""
    letters = "".join(sorted({c for w in words for c in w if c.isalpha()}))
    if not letters:
        return ""
    any_letter = re.compile("[" + re.escape(letters) + "]", re.IGNORECASE)
    return "".join(c for c in CASE_ODD if any_letter.fullmatch(c))


def has_case_odd(text: str, odd: str = CASE_ODD) -> bool:
    """Whether ``text`` holds one of ``odd`` (``case_odd_for`` a gate's words), letters
    ``str.lower`` does not fold as ``re``'s ignore-case does. An ASCII text never does; each
    letter here is above U+00FF, so a Latin-1 text answers each at once too. Without ``re``'s
    table, any non-ASCII text opens the gate (fail closed)."""
    if text.isascii():
        return False
    return not _TABLE_READ or any(c in text for c in odd)


def gate_key(word: str) -> str:
    """``word`` as a gate looks it up in ``text.lower()`` (module docstring)."""
    return word.lower().translate(_TO_FIRST)


def gate_keys(words: tuple[str, ...] | frozenset[str] | list[str]) -> frozenset[str]:
    """``gate_key`` of each word."""
    return frozenset(gate_key(w) for w in words)
