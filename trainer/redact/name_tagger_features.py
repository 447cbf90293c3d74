"""Tokens, candidates and base rows of the opt-in name tagger (``name_tagger.py``).

Tokens come from one regex (``name_tagger_tokens``: words with inner hyphens/apostrophes,
digit runs, single punctuation marks or emoji), read piece by piece (the runs between single
spaces), each piece's tokens cached as (row, length) slots. Only CANDIDATE tokens are scored
(``name_tagger_candidates``: capitalised words, listed names, words after a title or '#'/'@',
person fields' values, weak names where names stand); every other token keeps P(NAME) = 0.

Each token has a context-free base row (cached per token string): lower-cased form, shape (case
pattern, runs collapsed, emoji as E), case class, membership in the redactor's shipped name and
word lists, prefixes and suffixes of 2-4 letters, whether it is a title in any of our languages;
and a positional part: sentence start, the case of its line (all capitals, no capitals, mixed),
the record key it is the value of as the rules' record parsers read it (``name_tagger_keys``: a
``Key: value`` line, or the header of its column in a delimited table), that key's class (the
personal kind it names, ``record_keys.key_kind``), and the token it is glued to. The rows of a
candidate and its neighbours at -2..+2 hash into its ``WIDTH`` feature ids
(``name_tagger_hashing``). A text costs one cached look-up per piece; the offsets, rows and
kinds of a whole batch's tokens come from a few numpy calls over their joined slots; Python
visits only the few tokens that may be or cue a candidate, and numpy gathers the candidates'
windows. numpy only.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Sequence
from itertools import accumulate, compress, count

import numpy as np

from trainer.redact.name_tagger_candidates import (
    CANDIDATE,
    EMOJI,
    GLUE,
    NONE,
    TITLE,
    WEAK_GIVEN,
    WEAK_SURNAME,
    WORD,
    covered_tokens,
    cue_candidates,
    weak_names,
)
from trainer.redact.name_tagger_group import (
    SEPARATOR_PIECE,
    SEPARATOR_SLOTS,
    Group,
    row_flags,
    scan_group,
)
from trainer.redact.name_tagger_hashing import (  # noqa: F401  (re-exported)
    BASE,
    BITS,
    MASK,
    NO_IDS,
    PAD,
    WIDTH,
    B,
    G,
    W,
    h64,
    window,
    window_of,
)
from trainer.redact.name_tagger_keys import key_class, record_keys
from trainer.redact.name_tagger_lexicon import LEXICON_FILES, Lexicon, lexicon_sha256  # noqa: F401
from trainer.redact.name_tagger_positions import positions, starting_before
from trainer.redact.name_tagger_tokens import (  # noqa: F401  (re-exported)
    PIECE,
    TOKEN,
    Token,
    Tokens,
    tokenize,
)

# Titles and honorifics before a name, lower case without the dot (en de fr es it pt nl).
TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lady lord rev herr frau fräulein dipl ing mag m mme
    mlle mmes mm maître sr sra srta sres don doña dña dott dottssa dottoressa sig sigra
    signor signora signorina avv arch geom dhr mevr mw mevrouw meneer drs ir senhor senhora
    dona doutor doutora señor señora señorita monsieur madame mademoiselle""".split()
)


def shape(tok: str) -> str:
    out: list[str] = []
    for ch in tok:
        c = (
            "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit()
            else "E" if unicodedata.category(ch) == "So" else ch
        )
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def case(tok: str) -> str:
    if tok.isdigit():
        return "digit"
    if not tok[0].isalpha():
        return "emoji" if unicodedata.category(tok[0]) == "So" else "punct"
    if tok.isupper():
        return "upper" if len(tok) > 1 else "single"
    if tok[0].isupper():
        return "title" if tok[1:].islower() or len(tok) == 1 else "mixed"
    return "lower"


_NAME_FLAGS = frozenset("GS")
_GLUE = {"#", "@"}
_CACHE_MAX = 500_000  # token strings (rows of the base table) and record keys kept
_CHUNKS_MAX = 200_000  # pieces kept
# longer pieces (a pasted blob, a long URL) are tokenised each time, not kept: the cache is
# bounded in characters too (at most _CHUNKS_MAX * _CHUNK_LEN_MAX of post text in memory)
_CHUNK_LEN_MAX = 64
_HOT = bytes(1 if k >= CANDIDATE else 0 for k in range(256))  # may be or cue a candidate
_AROUND = np.arange(5)  # -2..+2 of a token in the padded rows
_PAD_ROWS = bytes(16)  # two pad rows (row 0), int64


class _Chunks(dict):
    """piece -> its cached slots (``Featurizer._piece``), computed on first use; ``joins``:
    a piece read as other slots (the separator of a group's texts, ``name_tagger_group``)."""

    def __init__(self, featurizer: Featurizer, joins: tuple[str, bytes] | None = None) -> None:
        super().__init__()
        self.featurizer = featurizer
        self.joins = joins

    def __missing__(self, piece: str) -> bytes:
        if self.joins is not None and piece == self.joins[0]:
            self[piece] = self.joins[1]
            return self.joins[1]
        entry = self.featurizer._piece(piece)
        if len(piece) <= _CHUNK_LEN_MAX:
            self[piece] = entry
        return entry


class Featurizer:
    """Text -> (candidate token indices, their [n, WIDTH] hashed feature ids)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._ids: dict[str, int] = {}  # token -> row of _table, _kinds, _toks (row 0: the pad)
        self._table = np.zeros((1024, 16), dtype=np.uint64)  # BASE columns; positional ones 0
        self._table[0] = PAD
        self._kinds = np.zeros(1024, dtype=np.uint8)  # each row's token kind (row 0: NONE)
        self._toks = np.full(1024, "", dtype=object)  # each row's token string
        self._flags = np.zeros(1024, dtype=np.uint8)  # what the candidate rules read of it
        self._lens = np.zeros(1024, dtype=np.int64)  # its length (``name_tagger_group``)
        self._chunks = _Chunks(self)  # piece -> its tokens' slots (rows of _ids)
        # the same for groups of texts joined by a separator piece (never a text's: checked)
        self._group_chunks = _Chunks(self, (SEPARATOR_PIECE, SEPARATOR_SLOTS))
        self._keys: dict[str, int] = {}  # record key -> row of _key_hashes and _person
        self._key_hashes: list[tuple[int, int]] = []  # key hash, key-class hash
        self._person: list[bool] = []
        self._key("")  # row 0: no key

    def _base(self, tok: str) -> tuple[list[int], int]:
        """(BASE context-free hashes, kind) of a token (the kinds of ``name_tagger_candidates``:
        a listed name that is also a common word is a weak one)."""
        low = tok.lower()
        flags = self.lexicon.flags(low)
        title = low in TITLES
        row = [h64("w:" + low), h64("s:" + shape(tok)), h64("c:" + case(tok)), h64("l:" + flags)]
        row += [h64(f"p{n}:" + low[:n]) for n in (2, 3, 4)]
        row += [h64(f"x{n}:" + low[-n:]) for n in (2, 3, 4)]
        row.append(h64(f"t:{title}"))
        kind = EMOJI if case(tok) == "emoji" else GLUE if tok in _GLUE else NONE
        if tok[0].isalpha():
            # nearly every lower-case word is in some surname list: a listed name counts only
            # when no common-word list (W; N: languages with no dictionary here) holds it;
            # one that a list holds is a weak name
            named = bool(_NAME_FLAGS.intersection(flags)) and "W" not in flags and "N" not in flags
            given = "G" in flags or "A" in flags
            weak = WEAK_GIVEN if given else WEAK_SURNAME if "S" in flags else WORD
            kind = (
                TITLE if title else CANDIDATE if tok[0].isupper() or named
                else WORD if "T" in flags else weak
            )
        return row, kind

    def _add(self, tok: str) -> int:
        """The row of a token not seen before, its hashes and kind computed once (rows are
        reused after a reset of the cache)."""
        row, kind = self._base(tok)
        at = self._ids[tok] = len(self._ids) + 1
        if at == len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._kinds = np.concatenate([self._kinds, np.zeros_like(self._kinds)])
            self._toks = np.concatenate([self._toks, np.full(len(self._toks), "", dtype=object)])
            self._flags = np.concatenate([self._flags, np.zeros_like(self._flags)])
            self._lens = np.concatenate([self._lens, np.zeros_like(self._lens)])
        self._table[at, :BASE] = row
        self._kinds[at] = kind
        self._toks[at] = tok
        self._flags[at] = row_flags(tok)
        self._lens[at] = len(tok)
        return at

    def _piece(self, piece: str) -> bytes:
        """The slots of a piece of text (a run between single spaces) read after its space:
        (row, length with the white space before it) of each token, int64 pairs, and a slot
        (0, length) for white space after the last token (row 0, the pad, is no token)."""
        chunk = " " + piece
        # trailing white space holds no token; left in, each of its characters would rescan it
        pieces = PIECE.findall(chunk.rstrip())
        ids = self._ids
        slots = array("q")
        for p in pieces:
            tok = p.lstrip()
            slots += array("q", (ids[tok] if tok in ids else self._add(tok), len(p)))
        if rest := len(chunk) - sum(map(len, pieces)):
            slots += array("q", (0, rest))
        return slots.tobytes()

    def _key(self, key: str) -> int:
        at = self._keys.get(key)
        if at is None:
            if len(self._keys) >= _CACHE_MAX:  # row 0 (no key) stays; same hashes after
                self._keys, self._person = {"": 0}, self._person[:1]
                self._key_hashes = self._key_hashes[:1]
            at = self._keys[key] = len(self._person)
            cls = key_class(key)
            self._key_hashes.append((h64("k:" + key), h64("kc:" + cls)))
            self._person.append(cls == "NAME")
        return at

    def scan(
        self, text: str, covered: Sequence[tuple[int, int]] = ()
    ) -> tuple[Tokens, list[int], np.ndarray]:
        """(tokens, candidate token indices in order, [n_candidates, WIDTH] bucket ids): the
        candidates are words not inside a ``covered`` span that pass the candidate test."""
        [(tokens, order)], ids = self.scan_many([text], [covered])
        return tokens, order, ids

    def scan_many(
        self, texts: Sequence[str], covered: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[list[tuple[Tokens, list[int]]], np.ndarray]:
        """``scan`` of each text: its (tokens, candidate indices), and the bucket ids of all
        their candidates, text after text (the same ids row by row): one text in Python,
        more in one numpy pass (``group``)."""
        if len(texts) != 1:
            return self._scanned(texts, self.group(texts, covered))
        self._bound(texts)
        text, = texts
        padded, toks, ends, kinds = self._tokens_one(text)
        tokens = Tokens(text, toks, ends)
        order, positions, glued = self._candidates(tokens, kinds, covered[0])
        if not order:
            return [(tokens, order)], NO_IDS
        window5 = self._table[padded[np.add.outer(order, _AROUND)]]  # [n, 5, 16]
        window5[:, 2, B:] = np.array(positions, dtype=np.uint64).reshape(-1, 5)
        if glued:  # the glue column of a glued candidate: the word of the row before it
            window5[glued, 2, G] = window5[glued, 1, W]
        return [(tokens, order)], window_of(window5.reshape(-1, 16))

    def group(self, texts: Sequence[str], covered: Sequence[Sequence[tuple[int, int]]]) -> Group:
        """The tokens, candidates and bucket ids of many texts from numpy calls over all of
        them (``name_tagger_group``: the same as text by text)."""
        self._bound(texts)
        return scan_group(self, texts, covered)

    def _bound(self, texts: Sequence[str]) -> None:
        """Empty the caches before they outgrow their bounds (before any row is read)."""
        if len(self._ids) + sum(map(len, texts)) > _CACHE_MAX:
            self._ids.clear()  # same hashes after: output unchanged
            self._chunks.clear()  # their rows are reused
            self._group_chunks.clear()
        if len(self._chunks) > _CHUNKS_MAX:
            self._chunks.clear()
        if len(self._group_chunks) > _CHUNKS_MAX:
            self._group_chunks.clear()

    def _scanned(
        self, texts: Sequence[str], group: Group
    ) -> tuple[list[tuple[Tokens, list[int]]], np.ndarray]:
        """``scan_many``'s (tokens, candidate indices) of each text, read from a ``group``."""
        toks, ends = self._toks[group.padded].tolist(), group.ends.tolist()
        cands = group.cands.tolist()
        cuts = [*np.searchsorted(group.cands, group.firsts).tolist(), len(cands)]
        scanned = []
        spans = zip(group.firsts.tolist(), group.stops.tolist(), group.bases.tolist(), strict=True)
        for t, (text, (a, b, base)) in enumerate(zip(texts, spans, strict=True)):
            tokens = Tokens(text, toks[a:b], [e - base for e in ends[a:b]])
            scanned.append((tokens, [c - a for c in cands[cuts[t] : cuts[t + 1]]]))
        return scanned, group.ids

    def _tokens_one(self, text: str) -> tuple[np.ndarray, list[str], list[int], bytes]:
        """(base-table rows with two pad rows each side, token strings, end offsets, kinds)
        of one text, read as a space and its pieces (the runs between single spaces, one
        cached look-up each: ``_piece``); offsets in Python, which costs less than numpy's
        per-call overhead for one post (``redact``'s path)."""
        slots = array("q")
        slots.frombytes(b"".join(map(self._chunks.__getitem__, text.split(" "))))
        rows, lens = slots[::2], slots[1::2]
        lens[0] -= 1  # offsets count from after the text's leading space
        ends = list(accumulate(lens))
        if 0 in rows:  # white space after a piece's last token
            ends = list(compress(ends, rows))
            rows = array("q", compress(rows, rows))
        padded = np.frombuffer(b"".join((_PAD_ROWS, rows.tobytes(), _PAD_ROWS)), dtype=np.int64)
        own = padded[2:-2]
        return padded, self._toks[own].tolist(), ends, self._kinds[own].tobytes()

    def _candidates(
        self, tokens: Tokens, kinds: bytes, covered: Sequence[tuple[int, int]]
    ) -> tuple[list[int], list[int], list[int]]:
        """(candidate indices, their positional columns, which candidates are glued): only
        the few tokens that may be or cue a candidate are visited in Python."""
        found, weak = cue_candidates(tokens, kinds, list(compress(count(), kinds.translate(_HOT))))
        keys = self._record_keys(tokens.text, tokens, kinds, found)
        if covered:
            inside = covered_tokens(tokens, covered)
            cands = set(found).difference(inside)
            weak = [i for i in weak if i not in inside]
        else:
            cands = set(found)
        if weak:
            cands.update(weak_names(tokens, kinds, weak))
        if not cands:
            return [], [], []
        order = sorted(cands)
        return order, *self._positions(tokens, keys, order)

    def _record_keys(
        self, text: str, tokens: Tokens, kinds: bytes, found: list[int]
    ) -> list[int] | None:
        """The record key (row of ``_key_hashes``) each token is the value of, None when the
        text has no record field; a person field's words are added to ``found`` (the last
        field over a token counts)."""
        fields = record_keys(text)
        if not fields:
            return None
        keys, valued = [0] * len(tokens), []
        for a, b, key in fields:
            at = self._key(key)
            lo, hi = starting_before(tokens, a), starting_before(tokens, b)
            keys[lo:hi] = [at] * (hi - lo)
            valued.append((lo, hi))
        person = self._person
        for lo, hi in valued:
            found += [i for i in range(lo, hi) if person[keys[i]] and WORD <= kinds[i] < EMOJI]
        return keys

    def _positions(
        self, tokens: Tokens, keys: list[int] | None, order: list[int]
    ) -> tuple[list[int], list[int]]:
        return positions(tokens, keys, order, self._key_hashes)

    def rows(
        self, text: str, tokens: list[Token] | None = None, covered: Sequence[tuple[int, int]] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """([5 n_candidates, 16] rows: each candidate's between its two neighbours each side,
        and the candidates' token indices; ``tokens`` is ``tokenize(text)``, read again here."""
        _tokens, order, _ids = self.scan(text, covered)
        rows = self._table[_neighbours(list(map(self._ids.get, _tokens.toks)), order)]
        return rows, np.array(order, dtype=np.intp)

    def features(
        self, text: str, tokens: list[Token] | None = None,
        covered: Sequence[tuple[int, int]] = (),
    ) -> tuple[np.ndarray, np.ndarray]:
        """(candidate token indices, [n_candidates, WIDTH] bucket ids); ``tokens`` is
        ``tokenize(text)`` (the offsets are read again from ``text``)."""
        _tokens, order, ids = self.scan(text, covered)
        return np.array(order, dtype=np.intp), ids


def _neighbours(vids: list[int], order: list[int]) -> list[int]:
    """The rows of tokens -2..+2 around each candidate in ``order`` (0, the pad, outside)."""
    n = len(vids)
    out: list[int] = []
    for i in order:
        if 1 < i < n - 2:
            out += vids[i - 2 : i + 3]
        else:
            out += [vids[k] if 0 <= k < n else 0 for k in range(i - 2, i + 3)]
    return out
