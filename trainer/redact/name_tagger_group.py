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
# Joins a group's texts into one string: a piece no text holds (checked), read (in the group
# cache of pieces only) as two pads after a text, its own length (row 0: white space), two
# pads before the next text.
_SEPARATOR = " \x00\ufdd0tag\ufdd1\x00 "
SEPARATOR_PIECE = _SEPARATOR[1:-1]
SEPARATOR_SLOTS = _PAD_SLOTS + np.array([0, len(_SEPARATOR) - 1], np.int64).tobytes() + _PAD_SLOTS
NO_CANDS = np.zeros(0, dtype=np.int64)


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
    each text's tokens), ``starts``/``ends`` (global offsets; a pad's both the offset before
    it), ``firsts``/``stops`` (the padded index of each text's first token, of the pad after
    its last), ``bases`` (each text's global offset), ``cands`` (padded indices of the
    candidates, in order) and their ``ids``."""

    padded: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    firsts: np.ndarray
    stops: np.ndarray
    bases: np.ndarray
    cands: np.ndarray
    ids: np.ndarray

    def text_of(self, at: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.firsts, at, "right") - 1


def tokens_of(featurizer, texts: Sequence[str]) -> Group:
    """The ``Group`` of ``texts`` before its candidates: each text read as a space and its
    pieces (the runs between single spaces, ``Featurizer._piece``). The texts are split as one
    string, joined by a separator piece whose slots are the pads, unless a text holds it."""
    joined = _SEPARATOR.join(texts)
    if joined.count(SEPARATOR_PIECE) == len(texts) - 1:
        get = featurizer._group_chunks.__getitem__
        blob = b"".join((_PAD_SLOTS, *map(get, joined.split(" ")), _PAD_SLOTS))
        gap = len(_SEPARATOR)
    else:
        get = featurizer._chunks.__getitem__
        parts: list[bytes] = []
        for text in texts:
            parts += (_PAD_SLOTS, *map(get, text.split(" ")), _PAD_SLOTS)
        blob = b"".join(parts)
        gap = 1
    slots = np.frombuffer(blob, dtype=np.int64).reshape(-1, 2)
    rows, lens = slots[:, 0], slots[:, 1]
    keep = (rows != 0) | (lens == 0)  # tokens and pads; not white space after a token
    padded = rows[keep]
    ends = np.cumsum(lens)[keep]
    pads = np.flatnonzero(padded == 0).reshape(-1, 4)
    bases = np.array(list(accumulate((len(t) + gap for t in texts), initial=1))[:-1], np.int64)
    starts = ends - featurizer._lens[padded]
    return Group(padded, starts, ends, pads[:, 1] + 1, pads[:, 2], bases, NO_CANDS, NO_IDS)


def scan_group(
    featurizer, texts: Sequence[str], covered: Sequence[Sequence[tuple[int, int]]]
) -> Group:
    """The candidates of every text and their bucket ids, text after text."""
    fz = featurizer
    group = tokens_of(fz, texts)
    padded, starts, ends = group.padded, group.starts, group.ends
    kinds, flags = fz._kinds[padded], fz._flags[padded]
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
        cand[glue[starts[glue] == ends[glue - 1]]] = True
    keys = _record_fields(fz, texts, group, word, cand)
    weak = np.flatnonzero((kinds == WEAK_GIVEN) | (kinds == WEAK_SURNAME))
    spans = _covered(texts, covered, group.bases)
    if spans is not None:
        found = np.flatnonzero(cand)
        cand[found[_inside(group, found, *spans)]] = False
        weak = weak[~_inside(group, weak, *spans)]
    newlines = _newlines(texts, group.bases)
    if len(weak):
        cand[weak[_weak_names(group, kinds, flags, weak, newlines)]] = True
    found = np.flatnonzero(cand)
    if len(found):
        group.cands = found
        group.ids = _ids(fz, texts, group, found, flags, keys, newlines)
    return group


def _record_fields(fz, texts, group: Group, word: np.ndarray, cand: np.ndarray):
    """(each token's record key as an index into the group's key rows, those rows of
    ``fz._key_hashes`` as a [k, 2] array), None when no text has a record field; a person
    field's words become candidates (``Featurizer._record_keys``: the last field over a
    token counts)."""
    lo: list[int] = []
    hi: list[int] = []
    local: list[int] = []
    used = {"": 0}  # a key -> its index in the group (row 0 of ``fz._key_hashes``: no key)
    hashes, person = [fz._key_hashes[0]], [False]
    for text, base in zip(texts, group.bases.tolist(), strict=True):
        if ":" in text or "=" in text or "\n" in text:
            for s, e, key in record_keys(text):
                lo.append(base + s)
                hi.append(base + e)
                if key not in used:
                    row = fz._key(key)  # read at once: a reset of the cache reuses rows
                    used[key] = len(hashes)
                    hashes.append(fz._key_hashes[row])
                    person.append(fz._person[row])
                local.append(used[key])
    if not local:
        return None
    # a field's tokens: those that start in [s, e); the pads before and after a text start
    # where the one before them ends, so the search stays within the field's text
    at = np.searchsorted(group.starts, lo + hi).tolist()
    keys = np.zeros(len(group.padded), dtype=np.int64)
    for a, b, k in zip(at[: len(local)], at[len(local) :], local, strict=True):
        keys[a:b] = k
    if any(person):
        cand |= np.array(person)[keys] & word
    return keys, np.array(hashes, dtype=np.uint64)


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


def _inside(group: Group, at: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Whether each token ``at`` lies inside one of the disjoint spans ``lo``..``hi``."""
    span = np.searchsorted(lo, group.starts[at], "right") - 1
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


def _break_before(group: Group, at: np.ndarray, newlines) -> np.ndarray:
    """Whether a line break lies between token ``at - 1`` and token ``at``."""
    if newlines is None:
        return np.zeros(len(at), dtype=bool)
    before = np.searchsorted(newlines, group.starts[at])
    return before > np.searchsorted(newlines, group.ends[at - 1])


def _weak_names(group: Group, kinds, flags, at: np.ndarray, newlines) -> np.ndarray:
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
    opens = (prev == EMOJI) | (group.padded[at - 1] == 0) | _break_before(group, at, newlines)
    lower_next = (
        ((nxt == CANDIDATE) & (q1 | ((flags[after] & LOWER) != 0)))
        | (nxt == WEAK_SURNAME) | (q1 & (nxt == WEAK_GIVEN))
    )
    cued = ((flags[at + 1] & COMMA) != 0) | ((flags[at - 1] & GREETING) != 0)
    return take | (rest & (opens | lower_next | cued))


def _ids(fz, texts, group: Group, at: np.ndarray, flags, keys, newlines) -> np.ndarray:
    """[len(at), WIDTH] bucket ids of the candidates ``at``: their five rows, their own
    positional columns [B, K, KC, G, LC] set (``name_tagger_positions.positions``)."""
    starts = group.starts[at]
    opening = group.padded[at - 1] == 0
    first = opening | ((flags[at - 1] & ENDS) != 0) | _break_before(group, at, newlines)
    glued = np.flatnonzero(~opening & (starts == group.ends[at - 1]))
    texts_of = group.text_of(at)
    codes = [c for text in texts for c in line_codes(text)]
    line = texts_of if newlines is None else texts_of + np.searchsorted(newlines, starts)
    columns = np.empty((len(at), 5), dtype=np.uint64)
    columns[:, 0] = np.where(first, _FIRST, _INSIDE)
    if keys is None:
        columns[:, 1:3] = fz._key_hashes[0]
    else:
        columns[:, 1:3] = keys[1][keys[0][at]]
    columns[:, 3] = _NO_GLUE
    columns[:, 4] = np.array(codes, dtype=np.uint64)[line]
    window5 = fz._table[group.padded[at[:, None] + _AROUND]]  # [n, 5, 16]
    window5[:, 2, 11:] = columns
    if len(glued):  # the glue column of a glued candidate: the word of the row before it
        window5[glued, 2, G] = window5[glued, 1, W]
    return window_of(window5.reshape(-1, 16))
