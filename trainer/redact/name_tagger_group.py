"""The name tagger's candidates of many texts at once (``Featurizer.scan_many``, the redactor's
``redact_batch``): the same candidates, positional columns and feature ids as text by text
(``name_tagger_candidates``, ``name_tagger_positions``), computed by numpy over the whole
group's tokens instead of by Python per token.

The texts' tokens lie one after another, two pad rows (row 0: kind NONE, no flag) each side of
each text's, so that a token's neighbours at -3..+3 never reach into another text; offsets are
global (text ``t`` starts at ``bases[t]``; each text is read after one space, which keeps the
texts apart). Each base-table row carries the few facts of its token string the candidate rules
read (``row_flags``: first letter's case, a name particle, a greeting, ',', '.', a sentence end)
and its length. What stays in Python per text: splitting it into pieces, its record fields (a
text with ':' or '=' or a table), merging its covered spans, its line breaks and lines' case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from trainer.redact.name_tagger_candidates import (
    CANDIDATE,
    EMOJI,
    GLUE,
    GREETINGS,
    PARTICLES,
    TITLE,
    WEAK_GIVEN,
    WEAK_SURNAME,
    WORD,
)
from trainer.redact.name_tagger_hashing import NO_IDS, G, W, window_of
from trainer.redact.name_tagger_keys import record_keys
from trainer.redact.name_tagger_positions import SENTENCE_END

# a row's flags (``row_flags``)
UPPER, LOWER, PARTICLE, GREETING, COMMA, DOT, ENDS = (1 << k for k in range(7))
_FIRST, _INSIDE, _NO_GLUE = 1, 2, 3  # B and G codes (``name_tagger_positions``)
_UPPER_LINE, _LOWER_LINE, _MIXED_LINE = 4, 5, 6  # LC codes
_AROUND = np.arange(-2, 3)
_PAD_SLOTS = bytes(32)  # two pad slots: (row 0, length 0)


def row_flags(tok: str) -> int:
    """The flags of a token string that the candidate rules read."""
    low = tok.lower()
    return (
        UPPER * tok[0].isupper() | LOWER * tok[0].islower() | PARTICLE * (low in PARTICLES)
        | GREETING * (low in GREETINGS) | COMMA * (tok == ",") | DOT * (tok == ".")
        | ENDS * (tok in SENTENCE_END)
    )


def line_codes(text: str) -> list[int]:
    """The case code of each line of ``text`` (``name_tagger_positions.line_case``)."""
    lines = text.split("\n") if "\n" in text else (text,)
    return [
        _UPPER_LINE if line.isupper() else _LOWER_LINE if line.islower() else _MIXED_LINE
        for line in lines
    ]


@dataclass
class Group:
    """Tokens and candidates of a group of texts: ``padded`` rows (two pad rows each side of
    each text's tokens), ``ends`` (global end offsets, pads' the offset before them),
    ``firsts``/``stops`` (the padded index of each text's first token, of the pad after its
    last), ``bases`` (each text's global offset), ``cands`` (padded indices of the
    candidates, in order) and their ``ids``."""

    padded: np.ndarray
    ends: np.ndarray
    firsts: np.ndarray
    stops: np.ndarray
    bases: np.ndarray
    cands: np.ndarray
    ids: np.ndarray

    def starts(self, at: np.ndarray, lens: np.ndarray) -> np.ndarray:
        return self.ends[at] - lens[self.padded[at]]

    def text_of(self, at: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.firsts, at, "right") - 1


def tokens_of(featurizer, texts: Sequence[str]) -> tuple[np.ndarray, ...]:
    """(padded rows, global end offsets, the padded index of each text's first token and of
    the pad after its last): each text read as a space and its pieces (the runs between single
    spaces, ``Featurizer._piece``)."""
    get = featurizer._chunks.__getitem__
    parts: list[bytes] = []
    for text in texts:
        parts += (_PAD_SLOTS, *map(get, text.split(" ")), _PAD_SLOTS)
    slots = np.frombuffer(b"".join(parts), dtype=np.int64).reshape(-1, 2)
    rows, lens = slots[:, 0], slots[:, 1]
    keep = (rows != 0) | (lens == 0)  # tokens and pads; not white space after a token
    padded = rows[keep]
    ends = np.cumsum(lens)[keep]
    pads = np.flatnonzero(padded == 0).reshape(-1, 4)
    return padded, ends, pads[:, 1] + 1, pads[:, 2]


def scan_group(
    featurizer, texts: Sequence[str], covered: Sequence[Sequence[tuple[int, int]]]
) -> Group:
    """The candidates of every text and their bucket ids, text after text."""
    fz = featurizer
    padded, ends, firsts, stops = tokens_of(fz, texts)
    bases = np.array(list(accumulate((len(t) + 1 for t in texts), initial=1))[:-1], np.int64)
    kinds, flags, lens = fz._kinds[padded], fz._flags[padded], fz._lens
    group = Group(padded, ends, firsts, stops, bases, np.zeros(0, np.int64), NO_IDS)
    word = (kinds >= WORD) & (kinds < EMOJI)
    cand = kinds == CANDIDATE
    titles = np.flatnonzero(kinds == TITLE)
    if len(titles):  # a capitalised title; the word after a title, or after its dot
        cand[titles[(flags[titles] & UPPER) != 0]] = True
        after = titles + 1
        cand[after[word[after]]] = True
        after = titles[(flags[after] & DOT) != 0] + 2
        cand[after[word[after]]] = True
    glue = np.flatnonzero(kinds == GLUE) + 1
    if len(glue):  # a word glued to '#'/'@'
        glue = glue[word[glue]]
        cand[glue[group.starts(glue, lens) == ends[glue - 1]]] = True
    keyrow = _record_fields(fz, texts, group, word, cand)
    spans = _covered(texts, covered, bases)
    found = np.flatnonzero(cand)
    weak = np.flatnonzero((kinds == WEAK_GIVEN) | (kinds == WEAK_SURNAME))
    newlines = _newlines(texts, bases)
    if spans is not None:
        found = found[~_inside(group, found, lens, *spans)]
        weak = weak[~_inside(group, weak, lens, *spans)]
    if len(weak):
        weak = weak[_weak_names(group, kinds, flags, weak, lens, newlines)]
        found = np.union1d(found, weak)
    if not len(found):
        return group
    group.cands = found
    group.ids = _ids(fz, texts, group, found, flags, keyrow, newlines)
    return group


def _record_fields(fz, texts, group: Group, word: np.ndarray, cand: np.ndarray):
    """Each token's record key (row of ``fz._key_hashes``; None when no text has a record
    field); a person field's words become candidates (``Featurizer._record_keys``)."""
    keyrow = None
    for t, text in enumerate(texts):
        if ":" not in text and "=" not in text and "\n" not in text:
            continue
        fields = record_keys(text)
        if not fields:
            continue
        a, b = int(group.firsts[t]), int(group.stops[t])
        at = np.arange(a, b)
        starts = group.starts(at, fz._lens) - group.bases[t]
        keys = [0] * (b - a)
        for s, e, key in fields:
            row = fz._key(key)
            lo, hi = np.searchsorted(starts, (s, e)).tolist()
            keys[lo:hi] = [row] * (hi - lo)
        if keyrow is None:
            keyrow = np.zeros(len(group.padded), dtype=np.int64)
        keyrow[a:b] = keys
        person = [row for row in set(keys) if fz._person[row]]
        if person:
            cand[a:b] |= np.isin(keyrow[a:b], person) & word[a:b]
    return keyrow


def _covered(texts, covered, bases) -> tuple[np.ndarray, np.ndarray] | None:
    """The union of each text's ``covered`` spans (touching ones joined, as
    ``covered_tokens`` joins them), clipped to the text, in global offsets: (starts, ends)."""
    lo: list[int] = []
    hi: list[int] = []
    for text, spans, base in zip(texts, covered, bases.tolist(), strict=True):
        if not spans:
            continue
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        n = len(text)
        for s, e in merged:
            s, e = min(max(s, 0), n), min(max(e, 0), n)
            if s < e:
                lo.append(base + s)
                hi.append(base + e)
    if not lo:
        return None
    return np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64)


def _inside(group: Group, at: np.ndarray, lens, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Whether each token ``at`` lies inside one of the disjoint spans ``lo``..``hi``."""
    span = np.searchsorted(lo, group.starts(at, lens), "right") - 1
    return (span >= 0) & (group.ends[at] <= hi[span])


def _newlines(texts, bases) -> np.ndarray | None:
    """The global offsets of the texts' line breaks (None: none)."""
    out: list[int] = []
    for text, base in zip(texts, bases.tolist(), strict=True):
        if "\n" in text:
            at = text.find("\n")
            while at >= 0:
                out.append(base + at)
                at = text.find("\n", at + 1)
    return np.array(out, dtype=np.int64) if out else None


def _break_before(group: Group, at: np.ndarray, lens, newlines) -> np.ndarray:
    """Whether a line break lies between token ``at - 1`` and token ``at``."""
    if newlines is None:
        return np.zeros(len(at), dtype=bool)
    starts = group.starts(at, lens)
    gap = group.ends[at - 1]
    return np.searchsorted(newlines, starts) > np.searchsorted(newlines, gap)


def _weak_names(group: Group, kinds, flags, at: np.ndarray, lens, newlines) -> np.ndarray:
    """Which weak names ``at`` are candidates (``name_tagger_candidates.weak_names``)."""
    particle = (flags & PARTICLE) != 0
    p1 = particle[at - 1]
    before = at - 1 - p1 - (p1 & particle[at - 2])  # past up to two particles
    prev = kinds[before]
    own = kinds[at]
    take = ((prev == CANDIDATE) & (p1 | ((flags[before] & LOWER) != 0))) | (
        (prev == WEAK_GIVEN) & ((own == WEAK_SURNAME) | p1)
    )
    rest = ~take & (own == WEAK_GIVEN)
    if not rest.any():
        return take
    q1 = particle[at + 1]
    after = at + 1 + q1 + (q1 & particle[at + 2])
    nxt = kinds[after]
    opens = (prev == EMOJI) | (group.padded[at - 1] == 0) | _break_before(
        group, at, lens, newlines
    )
    lower_next = (
        ((nxt == CANDIDATE) & (q1 | ((flags[after] & LOWER) != 0)))
        | (nxt == WEAK_SURNAME) | (q1 & (nxt == WEAK_GIVEN))
    )
    cued = ((flags[at + 1] & COMMA) != 0) | ((flags[at - 1] & GREETING) != 0)
    return take | (rest & (opens | lower_next | cued))


def _ids(fz, texts, group: Group, at: np.ndarray, flags, keyrow, newlines) -> np.ndarray:
    """[len(at), WIDTH] bucket ids of the candidates ``at``: their five rows, their own
    positional columns [B, K, KC, G, LC] set (``name_tagger_positions.positions``)."""
    lens = fz._lens
    starts = group.starts(at, lens)
    opening = group.padded[at - 1] == 0
    first = opening | ((flags[at - 1] & ENDS) != 0) | _break_before(group, at, lens, newlines)
    glued = np.flatnonzero(~opening & (starts == group.ends[at - 1]))
    texts_of = group.text_of(at)
    codes = [c for text in texts for c in line_codes(text)]
    line = texts_of if newlines is None else texts_of + np.searchsorted(newlines, starts)
    columns = np.empty((len(at), 5), dtype=np.uint64)
    columns[:, 0] = np.where(first, _FIRST, _INSIDE)
    columns[:, 1:3] = fz._key_hashes[0]
    if keyrow is not None:
        keyed = np.flatnonzero(keyrow[at])
        if len(keyed):
            columns[keyed, 1:3] = [fz._key_hashes[k] for k in keyrow[at[keyed]].tolist()]
    columns[:, 3] = _NO_GLUE
    columns[:, 4] = np.array(codes, dtype=np.uint64)[line]
    window5 = fz._table[group.padded[at[:, None] + _AROUND]]  # [n, 5, 16]
    window5[:, 2, 11:] = columns
    if len(glued):  # the glue column of a glued candidate: the word of the row before it
        window5[glued, 2, G] = window5[glued, 1, W]
    return window_of(window5.reshape(-1, 16))
