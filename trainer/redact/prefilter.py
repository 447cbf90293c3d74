"""Cheap per-text checks that let detectors skip their regexes when no anchor exists.

Python's regex engine tries a pattern at every position of a text, so each extra pattern costs
a full pass. Here one Aho-Corasick pass over a folded, punctuation-free copy of the text finds
every registered keyword (given names, street suffixes, honorifics, cue words ...) at once, and
one regex pass finds the regions around long digit runs, the only places where number-shaped
PII can be. Detectors run one after another on the same string, so results are cached per
text (``CACHED_TEXTS`` texts, see there); the returned containers are shared and must be treated as
read-only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain
from typing import AnyStr

import ahocorasick

from trainer.redact.folding import fold

# Texts whose results each cache keeps. The spoken-number reader runs the typed detectors on a
# short view per run it reads ("... 0791 123 4567 ..."), each a new text for every cache here;
# with 8 entries a post with eight runs pushed its own results out and every later detector
# recomputed them. A post now needs more runs than this before its own entry goes (a cost, no
# change of output: every cached function depends on its text alone).
CACHED_TEXTS = 256

_REGISTRY: dict[str, set[str]] = defaultdict(set)
_AUTOMATON: list[ahocorasick.Automaton] = []  # built on first use, after every registration


class _FoldSpaceTable(dict):
    """Code point -> folded letter or digit, else a space. Precomputed below U+2100; above it
    (emoji, symbols: "🔥Derek", "Maria🎉") ``__missing__`` keeps a letter or digit as it is and
    makes anything else a space, so a name glued to an emoji is still a whole word."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        return ch if ch.isalnum() else " "


# Letters and digits survive; every other character becomes a space (length is preserved).
# Complete below U+2100 (a lookup there never reaches ``__missing__``).
_FOLD_SPACE_TABLE = _FoldSpaceTable(
    {cp: f if (f := fold(chr(cp))).isalnum() else " " for cp in range(0x2100)}
)
_ASCII_SPACE_TABLE = bytes(c if chr(c).isalnum() else 32 for c in range(256))
# The same, A-Z lowered too: an ASCII text's ``lower()`` and the spacing in one pass
_ASCII_LOWER_SPACE_TABLE = bytes(
    c + 32 if 65 <= c <= 90 else _ASCII_SPACE_TABLE[c] for c in range(256)
)


def register(category: str, words: set[str] | frozenset[str]) -> None:
    """Add keywords under ``category`` (detector modules call this at import time)."""
    _AUTOMATON.clear()  # rebuilt on the next lookup
    keywords.cache_clear()
    for word in words:
        key = " ".join(word.translate(_FOLD_SPACE_TABLE).split())
        if key:
            _REGISTRY[category].add(key)


def _automaton() -> ahocorasick.Automaton:
    if not _AUTOMATON:
        categories: dict[str, list[str]] = defaultdict(list)
        for category, keys in _REGISTRY.items():
            for key in keys:
                categories[key].append(category)
        automaton = ahocorasick.Automaton()
        # One value object per (length, categories): 1,754 of them for 167,141 keys (most
        # are given names of a few letters), not two tuples per key (21 MB less, and a
        # faster build; the values are equal, so the matches are the same).
        shared: dict[tuple[int, tuple[str, ...]], tuple[int, tuple[str, ...]]] = {}
        for key, cats in categories.items():
            value = (len(key), tuple(cats))
            automaton.add_word(f" {key} ", shared.setdefault(value, value))
        automaton.make_automaton()
        _AUTOMATON.append(automaton)
    return _AUTOMATON[0]


@lru_cache(maxsize=CACHED_TEXTS)
def spaced(text: str) -> str:
    """``text`` as the keyword pass reads it: folded, every character that is not a letter or
    a digit a space, one space added at each end (offsets shifted by one). Keyword keys are
    written the same way (``" ".join(spaced(word).split())``), so other keyword matchers (the
    per-roster one of ``member_given``) can run over this string too."""
    # bytes.translate is many times faster than str.translate; accented Latin text usually
    # folds to ASCII (and ``folded`` is computed anyway for the member-name matcher).
    if text.isascii():  # str.lower() of ASCII text lowers A-Z only: done by the table
        return f" {text.encode().translate(_ASCII_LOWER_SPACE_TABLE).decode()} "
    if (lower := folded(text)).isascii():
        return f" {lower.encode().translate(_ASCII_SPACE_TABLE).decode()} "
    return f" {text.translate(_FOLD_SPACE_TABLE)} "


@lru_cache(maxsize=CACHED_TEXTS)
def keywords(text: str) -> dict[str, list[tuple[int, int]]]:
    """Category -> [(start, end)] of registered keywords found as whole words in ``text``."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for last, (length, cats) in _automaton().iter(spaced(text)):
        # `last` is the key's trailing space in the padded copy; one span for all categories
        span = (last - length - 1, last - 1)
        for category in cats:
            found[category].append(span)
    return found


# A tab, bar, tilde, middle dot or bullet parts a phone's groups too ("07700\t900\t123": rev20 F4)
_DIGIT_RUN = re.compile(r"\d(?:[ \-–_./()\u00a0\t|~·•]{0,3}\d){5,}")
_span = re.Match.span
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")


def windows(
    text: str, spans: Iterable[tuple[int, int]], *, before: int, after: int
) -> list[tuple[int, int]]:
    """Merged regions [start - before, end + after] around ``spans`` (sorted by start), each
    extended to the next whitespace so that no token is cut (lookaheads see a region's end)."""
    merged: list[tuple[int, int]] = []
    n = len(text)
    last_lo = last_hi = -1  # the last region (none yet: no region starts before its end)
    for start, end in spans:  # conditionals, not min()/max(): called a few times per post
        lo = start - before
        if lo < 0:
            lo = 0
        hi = end + after
        if hi > n:
            hi = n
        if lo <= last_hi >= hi:  # inside the last region, which ends at a space
            continue  # or the text's end: no search (one per anchor was quadratic in a long token)
        if hi < n and not text[hi].isspace():
            space = _SPACE.search(text, hi)
            hi = space.start() if space else n
        if lo <= last_hi:
            if hi > last_hi:
                last_hi = hi
                merged[-1] = (last_lo, hi)
        else:
            last_lo, last_hi = lo, hi
            merged.append((lo, hi))
    return merged


@lru_cache(maxsize=CACHED_TEXTS)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Runs of six or more digits, with up to three separators between two digits."""
    bounds = digit_bounds(text)
    if bounds is None:
        return ()
    if (classes := ascii_classes(text)) is not None:
        if classes.count(b"d", *bounds) < 6:  # most posts: a date, a price, no run (no scan)
            return ()
        return tuple(map(_span, _CLASS_RUN.finditer(classes, *bounds)))
    return tuple(map(_span, _DIGIT_RUN.finditer(text, *bounds)))  # starts and ends on a digit


@lru_cache(maxsize=CACHED_TEXTS)
def longest_run_digits(text: str) -> int:
    """The most digits in one ``digit_runs`` run: a card needs 12, an SSN 9 (their separators
    are run separators, so each lies inside one run)."""
    if (classes := ascii_classes(text)) is not None:
        return max((classes.count(b"d", a, b) for a, b in digit_runs(text)), default=0)
    return max((sum(map(str.isdecimal, text[a:b])) for a, b in digit_runs(text)), default=0)


_LETTER_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")


@lru_cache(maxsize=CACHED_TEXTS)
def letter_digit_contacts(text: str) -> tuple[tuple[int, int], ...]:
    """Every digit touching an ASCII letter ("AB12", "12cm"): where ids and IBANs that mix
    letters and digits can be. Empty without a digit (no scan)."""
    bounds = digit_bounds(text)
    if bounds is None:
        return ()
    # starts on a digit; its lookahead needs the character after the last digit
    if (classes := ascii_classes(text)) is not None:
        # most posts have none: one search that jumps from digit to digit (its literal "d"
        # first), cheaper than two substring tests for "ad" and "da" over every letter
        lo, hi = bounds[0], bounds[1] + 1
        if _CLASS_CONTACT.search(classes, lo, hi) is None:
            return ()
        return tuple(map(_span, _CLASS_CONTACT.finditer(classes, lo, hi)))
    return tuple(m.span() for m in _LETTER_DIGIT.finditer(text, bounds[0], bounds[1] + 1))


@lru_cache(maxsize=CACHED_TEXTS)
def run_windows(text: str) -> tuple[tuple[int, int], ...]:
    """``windows(text, digit_runs(text), before=2, after=2)``: each run with the characters that
    frame it (a sign, a letter, a bracket), where the id layouts of several ``ids_*`` modules
    are searched; computed once a text rather than once a module."""
    return tuple(windows(text, digit_runs(text), before=2, after=2))


@lru_cache(maxsize=CACHED_TEXTS)
def digit_windows(text: str) -> tuple[tuple[int, int], ...]:
    """Regions around every run of six or more digits, wide enough for any number-shaped PII
    and its cue ("IBAN DE89 ...", "ssn: ..."); digit detectors only search inside them."""
    return tuple(windows(text, digit_runs(text), before=40, after=32))


def finditer_in(
    pattern: re.Pattern[str], text: str, regions: Sequence[tuple[int, int]]
) -> Iterable[re.Match[str]]:
    """``pattern.finditer`` restricted to ``regions`` (lookbehinds still see the whole text).

    Most texts have no region or one, so those cases skip the chaining (a per-call cost)."""
    if not regions:
        return ()
    if len(regions) == 1:
        return pattern.finditer(text, *regions[0])
    return chain.from_iterable(pattern.finditer(text, lo, hi) for lo, hi in regions)


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` where every match of ``pattern`` is non-empty and starts at one
    of ``starts`` (ascending, none negative): the pattern is tried only there, with ``match``
    (lookbehinds still see the whole text), skipping starts inside the last match as the scan
    resumes at its end. For a pattern that opens with a lookbehind or a class, which ``re``
    tries at every character of the text (~10 us over a post), where its starts are few."""
    match = pattern.match
    end = 0
    for start in starts:
        if start >= end and (m := match(text, start)) is not None:
            end = m.end()
            yield m


def char_offsets(text: str, chars: str) -> list[int]:
    """Ascending offsets in ``text`` of every character of ``chars`` (substring searches in C)."""
    if len(chars) == 1:
        return substring_offsets(text, chars)
    return sorted(chain.from_iterable(substring_offsets(text, ch) for ch in chars))


def substring_offsets(text: AnyStr, needle: AnyStr) -> list[int]:
    """Ascending offsets in ``text`` of every occurrence of ``needle``, overlapping ones too."""
    found: list[int] = []
    find = text.find
    i = find(needle)
    while i != -1:
        found.append(i)
        i = find(needle, i + 1)
    return found


# A dot between two ASCII letters or digits; the literal "." first lets the engine jump from dot
# to dot, and sentence-ending dots (a space after) fail at once.
_INNER_DOT = re.compile(r"\.(?<=[A-Za-z0-9]\.)(?=[A-Za-z0-9])")


@lru_cache(maxsize=CACHED_TEXTS)
def dotted(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Offsets of "x.y" with a letter after the dot (domains), and of "1.2" (IPv4 addresses)."""
    letters: list[int] = []
    digits: list[int] = []
    for m in _INNER_DOT.finditer(text):
        pos = m.start()
        if text[pos + 1].isalpha():
            letters.append(pos - 1)
        elif text[pos - 1].isdigit():
            digits.append(pos - 1)
    return tuple(letters), tuple(digits)


@lru_cache(maxsize=CACHED_TEXTS)
def has_digit(text: str) -> bool:
    """Any decimal digit (``\\d``)."""
    return digit_bounds(text) is not None


@lru_cache(maxsize=CACHED_TEXTS)
def digit_bounds(text: str) -> tuple[int, int] | None:
    """(first digit, last digit + 1), or None without a digit. ASCII text is mapped to a
    digit mask in one ``bytes.translate`` and searched from both ends at memchr speed; other
    text may hold digits of other scripts, which the regex knows (its bound is then the text's
    end). Digit scans search only inside these bounds."""
    if (classes := ascii_classes(text)) is not None:
        first = classes.find(b"d")
        return None if first == -1 else (first, classes.rfind(b"d") + 1)
    m = _DIGIT.search(text)
    return None if m is None else (m.start(), len(text))


# ASCII text as one byte per character class: d = 0-9, a = A-Z/a-z, s = a digit-run separator
# (the ASCII ones of ``_DIGIT_RUN``), "." = anything else. Patterns over it that start with a
# literal "d" jump from digit to digit in C instead of testing a class at every character.
_SEPS = " -_./()\t|~"  # the ASCII separators of ``_DIGIT_RUN``
_CLASSES = (
    bytes(
        100 if chr(c).isdigit() else 97 if chr(c).isalpha() else 115 if chr(c) in _SEPS else 46
        for c in range(128)
    )
    + b"." * 128
)
_CLASS_RUN = re.compile(rb"d(?:s{0,3}d){5,}")  # = _DIGIT_RUN on ASCII text
_CLASS_CONTACT = re.compile(rb"d(?:(?<=ad)|(?=a))")  # = _LETTER_DIGIT on ASCII text


@lru_cache(maxsize=CACHED_TEXTS)
def ascii_classes(text: str) -> bytes | None:
    """``text``'s character classes (see ``_CLASSES``), one byte per character; None unless
    the text is ASCII."""
    return text.encode("ascii").translate(_CLASSES) if text.isascii() else None


_CLASS_TRIPLE = re.compile(rb"ddd")
_TRIPLE = re.compile(r"[0-9][0-9][0-9]")


def triples(text: str) -> Iterable[re.Match]:
    """Matches of ``[0-9][0-9][0-9]`` left to right, non-overlapping (only ``start()`` and
    ``end()`` are meaningful: on ASCII text they are matches over the class mask)."""
    bounds = digit_bounds(text)
    if bounds is None:
        return ()
    if (classes := ascii_classes(text)) is not None:
        return _CLASS_TRIPLE.finditer(classes, *bounds)
    return _TRIPLE.finditer(text, *bounds)


_ASCII_UPPER = bytes(range(65, 91))


@lru_cache(maxsize=CACHED_TEXTS)
def ascii_upper_count(text: str) -> int:
    """How many of ``text``'s characters are A-Z (one C pass over its UTF-8 bytes)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _ASCII_UPPER))


@lru_cache(maxsize=CACHED_TEXTS)
def folded(text: str) -> str:
    """``folding.fold(text)``: lower case, accents stripped, same length as ``text``."""
    return fold(text)


@lru_cache(maxsize=CACHED_TEXTS)
def lowered(text: str) -> str:
    return text.lower()


# Within this reach a line's (or a block's) start is looked up directly; further back, in the
# text's index of newlines, so that a long line (or block) is not scanned back once per word.
_NEAR_LINE = 256
_NEWLINE = re.compile(r"\n")
_BLANK_LINE = re.compile(r"\n(?=\n)")  # every "\n\n", overlapping ones too


def line_first(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts: ``text.rfind("\n", 0, pos) + 1``, in time that
    does not grow with the line (a line of 10k names read its head 10k times)."""
    near = text.rfind("\n", pos - _NEAR_LINE if pos > _NEAR_LINE else 0, pos)
    if near != -1 or pos <= _NEAR_LINE:
        return near + 1
    newlines = _newlines(text)
    i = bisect_right(newlines, pos - 1)  # newlines before pos
    return newlines[i - 1] + 1 if i else 0


def blank_line_before(text: str, pos: int) -> int:
    """``text.rfind("\n\n", 0, pos)``: the last blank line ending at or before ``pos``, or -1;
    from an index past a short reach (a text of 10k lines and no blank one was quadratic)."""
    if pos <= _NEAR_LINE:
        return text.rfind("\n\n", 0, pos)
    blanks = _blank_lines(text)
    i = bisect_right(blanks, pos - 2)  # "\n\n" at i lies in [0, pos) when i + 2 <= pos
    return blanks[i - 1] if i else -1


@lru_cache(maxsize=8)
def _newlines(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _NEWLINE.finditer(text))


@lru_cache(maxsize=8)
def _blank_lines(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _BLANK_LINE.finditer(text))
