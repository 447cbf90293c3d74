"""Tokens, candidates and base rows of the opt-in name tagger (``name_tagger.py``).

Tokens come from one regex (``name_tagger_tokens``: words with inner hyphens/apostrophes,
digit runs, single punctuation marks or emoji), read chunk by chunk (white-space separated),
each chunk's tokens cached. Only CANDIDATE tokens are scored (``name_tagger_candidates``:
capitalised words, listed names, words after a title or '#'/'@', person fields' values, weak
names where names stand); every other token keeps P(NAME) = 0.

Each token has a context-free base row (cached per token string): lower-cased form, shape (case
pattern, runs collapsed, emoji as E), case class, membership in the redactor's shipped name and
word lists, prefixes and suffixes of 2-4 letters, whether it is a title in any of our languages;
and a positional part: sentence start, the case of its line (all capitals, no capitals, mixed),
the record key it is the value of as the rules' record parsers read it (``name_tagger_keys``: a
``Key: value`` line, or the header of its column in a delimited table), that key's class (the
personal kind it names, ``record_keys.key_kind``), and the token it is glued to. The rows of a
candidate and its neighbours at -2..+2 hash into its ``WIDTH`` feature ids
(``name_tagger_hashing``). A text costs one cached look-up per chunk; Python visits only the few
tokens that may be or cue a candidate, and numpy gathers the candidates' windows. numpy only.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, compress, count
from operator import itemgetter

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
from trainer.redact.name_tagger_tokens import (  # noqa: F401  (re-exported)
    CHUNK,
    PIECE,
    TOKEN,
    Token,
    Tokens,
    tokenize,
)

SENTENCE_END = {".", "!", "?", ":", ";", "\n"}
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


_LINE_CASE = {"upper": 4, "lower": 5, "mixed": 6}
_NAME_FLAGS = frozenset("GS")
_GLUE = {"#", "@"}
_NO_GLUE, _FIRST, _INSIDE = 3, 1, 2
_CACHE_MAX = 500_000  # token strings (rows of the base table) and record keys kept
_CHUNKS_MAX = 200_000  # chunks kept
# longer chunks (a pasted blob, a long URL) are tokenised each time, not kept: the cache is
# bounded in characters too (at most _CHUNKS_MAX * _CHUNK_LEN_MAX of post text in memory)
_CHUNK_LEN_MAX = 64
# a cached chunk: its token strings, their lengths with the white space before each, their
# kinds (one byte each), their base-table rows (int64 bytes)
_TOKS, _LENS, _KINDS, _ROWS = (itemgetter(k) for k in range(4))
_HOT = bytes(1 if k >= CANDIDATE else 0 for k in range(256))  # may be or cue a candidate
_PADS = (bytes(16),)  # two pad rows (row 0) before the first token and after the last
_AROUND = np.arange(5)  # -2..+2 of a token in the padded rows


class _Chunks(dict):
    """chunk -> its cached tokens (``Featurizer._chunk``), computed on first use."""

    def __init__(self, featurizer: Featurizer) -> None:
        super().__init__()
        self.featurizer = featurizer

    def __missing__(self, chunk: str) -> tuple:
        entry = self.featurizer._chunk(chunk)
        if len(chunk) <= _CHUNK_LEN_MAX:
            self[chunk] = entry
        return entry


class Featurizer:
    """Text -> (candidate token indices, their [n, WIDTH] hashed feature ids)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._ids: dict[str, int] = {}  # token -> row of _table and _kind (row 0: the pad)
        self._table = np.zeros((1024, 16), dtype=np.uint64)  # BASE columns; positional ones 0
        self._table[0] = PAD
        self._kind: list[int] = [NONE]
        self._chunks = _Chunks(self)  # chunk -> tokens, kinds and rows (rows of _ids)
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
        """The row of a token not seen before, its hashes and kind computed once."""
        row, kind = self._base(tok)
        at = self._ids[tok] = len(self._ids) + 1
        if at == len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[at, :BASE] = row
        if at == len(self._kind):
            self._kind.append(kind)
        else:  # rows are reused after a reset of the cache
            self._kind[at] = kind
        return at

    def _chunk(self, chunk: str) -> tuple[tuple[str, ...], tuple[int, ...], bytes, bytes]:
        """The tokens of a white-space separated chunk (with the white space before it): their
        strings, lengths with the white space before each, kinds and base-table rows."""
        pieces = PIECE.findall(chunk)
        toks = tuple(map(str.lstrip, pieces))
        ids = self._ids
        rows = [ids[t] if t in ids else self._add(t) for t in toks]
        kinds = bytes(map(self._kind.__getitem__, rows))
        return toks, tuple(map(len, pieces)), kinds, array("q", rows).tobytes()

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
        their candidates, text after text, from one numpy pass (the same ids row by row)."""
        if len(self._ids) + sum(map(len, texts)) > _CACHE_MAX:  # before any row is read
            self._ids.clear()  # same hashes after: output unchanged
            self._chunks.clear()  # their rows are reused
        scanned, rows, firsts, positions, glued = [], [], [], [], []
        base = 0  # rows before the text's first pad row
        for text, spans in zip(texts, covered, strict=True):
            tokens, order, text_rows, text_positions, text_glued = self._scan_text(text, spans)
            scanned.append((tokens, order))
            if order:
                glued += [len(positions) + c for c in text_glued]
                positions += text_positions
                firsts += [base + i for i in order]
                rows.append(text_rows)
                base += len(text_rows) // 8
        if not firsts:
            return scanned, NO_IDS
        table_rows = np.frombuffer(b"".join(rows), dtype=np.int64)
        window5 = self._table[table_rows[np.array(firsts)[:, None] + _AROUND]]  # [n, 5, 16]
        window5[:, 2, B:] = np.array(positions, dtype=np.uint64)
        if glued:  # the glue column of a glued candidate: the word of the row before it
            window5[glued, 2, G] = window5[glued, 1, W]
        return scanned, window_of(window5.reshape(-1, 16))

    def _scan_text(
        self, text: str, covered: Sequence[tuple[int, int]]
    ) -> tuple[Tokens, list[int], bytes, list[tuple], list[int]]:
        """(tokens, candidate indices, the base-table rows of the tokens between two pad rows
        each side, the candidates' positional columns, which candidates are glued). A text
        costs one cached look-up per chunk and a few C-level joins of the chunks' tokens, kinds
        and rows; only the few tokens that may be or cue a candidate are visited in Python."""
        chunks = CHUNK.findall(text.rstrip())  # trailing white space holds no token
        if not chunks:
            return Tokens(text, [], []), [], b"", [], []
        if len(self._chunks) > _CHUNKS_MAX:
            self._chunks.clear()
        entries = list(map(self._chunks.__getitem__, chunks))
        tokens = Tokens(
            text,
            list(chain.from_iterable(map(_TOKS, entries))),
            list(accumulate(chain.from_iterable(map(_LENS, entries)))),
        )
        kinds = b"".join(map(_KINDS, entries))
        found, weak = cue_candidates(tokens, kinds, list(compress(count(), kinds.translate(_HOT))))
        keys = self._record_keys(text, tokens, kinds, found)
        if covered:
            inside = covered_tokens(tokens, covered)
            cands = set(found).difference(inside)
            weak = [i for i in weak if i not in inside]
        else:
            cands = set(found)
        if weak:
            cands.update(weak_names(tokens, kinds, weak))
        if not cands:
            return tokens, [], b"", [], []
        order = sorted(cands)
        rows = b"".join(chain(_PADS, map(_ROWS, entries), _PADS))
        return tokens, order, rows, *self._positions(tokens, keys, order)

    def _record_keys(
        self, text: str, tokens: Tokens, kinds: bytes, found: list[int]
    ) -> list[int] | None:
        """The record key (row of ``_key_hashes``) each token is the value of, None when the
        text has no record field; a person field's words are added to ``found`` (the last
        field over a token counts)."""
        fields = record_keys(text)
        if not fields:
            return None
        starts = tokens.starts()
        keys, valued = [0] * len(starts), []
        for a, b, key in fields:
            at = self._key(key)
            lo, hi = bisect_left(starts, a), bisect_left(starts, b)
            keys[lo:hi] = [at] * (hi - lo)
            valued.append((lo, hi))
        person = self._person
        for lo, hi in valued:
            found += [i for i in range(lo, hi) if person[keys[i]] and WORD <= kinds[i] < EMOJI]
        return keys

    def _positions(
        self, tokens: Tokens, keys: list[int] | None, order: list[int]
    ) -> tuple[list[tuple], list[int]]:
        """([B, K, KC, G, LC] of each candidate in ``order``: whether it starts a sentence, its
        record key and the key's class, no glue, the case of its line; the candidates glued to
        the token before them, whose G is that token's word column)."""
        line_starts, line_codes = _line_cases(tokens.text)
        toks, ends = tokens.toks, tokens.ends
        key_hashes = self._key_hashes
        out, glued = [], []
        for c, i in enumerate(order):
            start = ends[i] - len(toks[i])
            gap = ends[i - 1] if i else 0  # the white space before a token
            first = i == 0 or toks[i - 1] in SENTENCE_END or "\n" in tokens.text[gap:start]
            line = line_codes[bisect_right(line_starts, start) - 1]
            key, key_cls = key_hashes[keys[i] if keys else 0]
            if i and gap == start:
                glued.append(c)
            out.append((_FIRST if first else _INSIDE, key, key_cls, _NO_GLUE, line))
        return out, glued

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


def _line_cases(text: str) -> tuple[list[int], list[int]]:
    """(line starts, case codes) of the lines of ``text``: all capitals, no capitals, mixed."""
    starts, codes, pos = [], [], 0
    for line in text.split("\n"):
        starts.append(pos)
        case_ = "upper" if line.isupper() else "lower" if line.islower() else "mixed"
        codes.append(_LINE_CASE[case_])
        pos += len(line) + 1
    return starts, codes
