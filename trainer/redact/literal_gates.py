"""Literal gates in front of case-insensitive scans: a cheap test on a lower-cased copy that a
pattern's words are there at all, so a scan tried at every position runs only where it can hit.

A gate may only skip text the pattern cannot match, so it must see every spelling the
pattern's ignore-case matches. ``str.lower`` agrees with it except for a few letters: those
``re`` folds together beyond lower-casing (dotless ı with i, long ſ with s, ...; ``re``'s own
table) and the dotted capital İ, whose lower case is two code points. A text holding one of
them passes every gate (``has_case_odd``); otherwise a word the pattern matches is in
``text.lower()`` as ``gate_key(word)`` (the word lower-cased, such letters as their class's
first: "başlık" is looked up as "başlik").
"""

from __future__ import annotations

import re

try:  # the letters re's ignore-case folds together beyond simple lower-casing
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - an interpreter without the table: the known classes
    _EXTRA_CASES = {0x69: (0x131,), 0x131: (0x69,), 0x73: (0x17F,), 0x17F: (0x73,)}

# Each folded class, a letter -> the class's smallest letter ("ı" -> "i", "ſ" -> "s").
_CLASS_FIRST = {k: min(k, *v) for k, v in _EXTRA_CASES.items()}
# Letters whose presence opens every gate: each member of a folded class that is not its
# class's first, and İ (lower case "i̇", two code points; ignore-case matches it to i).
CASE_ODD = "".join(sorted({chr(k) for k, first in _CLASS_FIRST.items() if k != first} | {"İ"}))
_CASE_ODD_RE = re.compile("[" + re.escape(CASE_ODD) + "]")
_TO_FIRST = {k: chr(first) for k, first in _CLASS_FIRST.items() if k != first}


def has_case_odd(text: str) -> bool:
    """Whether ``text`` holds a letter ``str.lower`` does not fold as ``re``'s ignore-case
    does (an ASCII text never does: the common case is one C pass)."""
    return not text.isascii() and _CASE_ODD_RE.search(text) is not None


def gate_key(word: str) -> str:
    """``word`` as a gate looks it up in ``text.lower()`` (module docstring)."""
    return word.lower().translate(_TO_FIRST)


def gate_keys(words: tuple[str, ...] | frozenset[str] | list[str]) -> frozenset[str]:
    """``gate_key`` of each word."""
    return frozenset(gate_key(w) for w in words)
