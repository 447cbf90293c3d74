"""Tokens, candidates and hashed features of the opt-in name tagger (``name_tagger.py``).

Tokens come from one regex (``name_tagger_tokens``: words with inner hyphens/apostrophes,
digit runs, single punctuation marks or emoji), offsets computed only where needed. Only
CANDIDATE tokens are scored (``name_tagger_candidates``: capitalised words, listed names, words
after a title or '#'/'@', person fields' values, weak names where names stand); every other
token keeps P(NAME) = 0.

Each token has a context-free base row (cached per token string): lower-cased form, shape (case
pattern, runs collapsed, emoji as E), case class, membership in the redactor's shipped name and
word lists, prefixes and suffixes of 2-4 letters, whether it is a title in any of our languages;
and a positional part: sentence start, the case of its line (all capitals, no capitals, mixed),
the record key it is the value of as the rules' record parsers read it (``name_tagger_keys``: a
``Key: value`` line, or the header of its column in a delimited table), that key's class (the
personal kind it names, ``record_keys.key_kind``), and the token it is glued to.
A candidate's features are the form/shape/case/lists of itself and its neighbours at -2..+2,
its affixes, key and cue features and a few conjunctions, ``WIDTH`` in all, hashed into
2**BITS buckets. A text costs two cached look-ups per token; Python visits only the few tokens
that may be or cue a candidate, and numpy gathers the candidates' windows. numpy only.
"""

from __future__ import annotations

import hashlib
import unicodedata
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

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
from trainer.redact.name_tagger_keys import key_class, record_keys
from trainer.redact.name_tagger_tokens import TOKEN, Token, Tokens, tokenize  # noqa: F401

BITS = 19
MASK = np.uint64((1 << BITS) - 1)
SENTENCE_END = {".", "!", "?", ":", ";", "\n"}
# the shipped lists whose membership is a feature: (flag letter, files)
LEXICON_FILES = (
    ("G", ("given_names.txt", "given_names_oceania.txt")),
    ("A", ("given_names_ambiguous.txt",)),
    ("S", ("surnames.txt", "surnames_in.txt")),
    ("U", ("surnames_words.txt",)),
    ("W", ("common_words.txt",)),
    ("T", ("common_words_top.txt",)),
    ("P", ("address_towns.txt",)),
    ("C", ("eponymous_companies.txt",)),
    ("N", ("name_tagger_words.txt",)),  # commonest words of pl sv fi tr cs ro da nb ms
)
# Titles and honorifics before a name, lower case without the dot (en de fr es it pt nl).
TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lady lord rev herr frau fräulein dipl ing mag m mme
    mlle mmes mm maître sr sra srta sres don doña dña dott dottssa dottoressa sig sigra
    signor signora signorina avv arch geom dhr mevr mw mevrouw meneer drs ir senhor senhora
    dona doutor doutora señor señora señorita monsieur madame mademoiselle""".split()
)


def _read_list(name: str) -> set[str]:
    text = resources.files("trainer.redact").joinpath(name).read_text(encoding="utf-8")
    return {s.lower() for line in text.splitlines() if (s := line.strip()) and s[0] != "#"}


def _list_words(flag: str, name: str) -> set[str]:
    words = _read_list(name)
    if flag == "P":  # "DE Köln: 50 51" -> "köln"; every word of a multi-word town
        return {w for line in words for w in line.split(":")[0].split()[1:]}
    if flag in "CA":  # every word of an eponymous company name; first field of a list line
        return {w for line in words for w in line.split()[:None if flag == "C" else 1]}
    return words


@dataclass
class Lexicon:
    """The redactor's name and word lists, lower-cased, as token-membership flags."""

    sets: tuple[tuple[str, set[str]], ...]

    @classmethod
    def load(cls, files: tuple = LEXICON_FILES) -> Lexicon:
        return cls(
            tuple(
                (flag, set().union(*(_list_words(flag, f) for f in names)))
                for flag, names in files
            )
        )

    def flags(self, lower: str) -> str:
        return "".join(flag for flag, words in self.sets if lower in words)


def lexicon_sha256(files: tuple = LEXICON_FILES) -> str:
    """One digest over the lists the features read (a model fits the lists it was trained with)."""
    h = hashlib.sha256()
    for _flag, names in files:
        for name in names:
            h.update(resources.files("trainer.redact").joinpath(name).read_bytes())
    return h.hexdigest()


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


def h64(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) | (zlib.adler32(s.encode("utf-8")) << 32)


# base-row columns: context-free (cached per token string), then positional
W, S, C, L, P2, P3, P4, X2, X3, X4, T, B, K, KC, G, LC = range(16)
BASE = 11
SINGLES = [(off, k) for off in (-2, -1, 0, 1, 2) for k in (W, S, C, L)] + [
    (0, k) for k in (P2, P3, P4, X2, X3, X4, K)
]
PAIRS = (  # (offset, column) x (offset, column) conjunctions
    ((0, C), (0, B)), ((0, K), (0, C)), ((0, KC), (0, L)), ((0, KC), (0, C)),
    ((-1, C), (0, C)), ((0, C), (1, C)), ((-1, W), (0, C)), ((0, C), (1, W)),
    ((0, L), (0, C)), ((-1, L), (0, L)), ((0, L), (1, L)), ((-1, T), (0, C)),
    ((-2, T), (0, C)), ((0, G), (0, S)), ((-2, W), (-1, W)), ((0, K), (0, S)),
    ((0, LC), (0, C)), ((0, LC), (0, L)),
)
WIDTH = len(SINGLES) + len(PAIRS) + 1  # + bias
_NO_IDS = np.zeros((0, WIDTH), dtype=np.uint64)
_S_OFF, _S_COL = (np.array(x) for x in zip(*SINGLES, strict=True))
_A_OFF, _A_COL = (np.array(x) for x in zip(*(a for a, _ in PAIRS), strict=True))
_B_OFF, _B_COL = (np.array(x) for x in zip(*(b for _, b in PAIRS), strict=True))
_SLOTS = np.arange(1, WIDTH + 1, dtype=np.uint64)
# flat offsets into a row-major [n + 4, 16] table, relative to a candidate's own row
_GATHER = np.concatenate([_S_OFF * 16 + _S_COL, _A_OFF * 16 + _A_COL, _B_OFF * 16 + _B_COL])
PAD = np.array([h64(f"{k}:<pad>") for k in range(16)], dtype=np.uint64)
_LINE_CASE = {"upper": 4, "lower": 5, "mixed": 6}
_NAME_FLAGS = frozenset("GS")
_GLUE = {"#", "@"}
_NO_GLUE, _FIRST, _INSIDE = 3, 1, 2
P1, P2_, P3_ = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)
_CACHE_MAX = 500_000
_M64 = (1 << 64) - 1
_NS, _NA = len(SINGLES), len(PAIRS)
# The gather of ``window_of``, relative to a candidate's first row (its own is the third):
# singles, pairs' left sides, any cell for the bias (its factor below is 0), pairs' right sides.
_GATHER5 = np.concatenate([_GATHER[: _NS + _NA] + 32, [B], _GATHER[_NS + _NA :] + 32])
# (v * P1 + slot * P3) for a single, ((a * P2 + b) * P1 + slot * P3) for a pair, mod 2**64:
# one factor per gathered value and the slot terms (the bias: v = 0)
_FACTOR = np.array(
    [int(P1)] * _NS + [int(P2_) * int(P1) & _M64] * _NA + [0] + [int(P1)] * _NA, dtype=np.uint64
)
_SLOT_TERM = np.array([int(s) * int(P3_) & _M64 for s in _SLOTS], dtype=np.uint64)

class Featurizer:
    """Text -> (candidate token indices, their [n, WIDTH] hashed feature ids)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._ids: dict[str, int] = {}  # token -> row of _table and _kind (row 0: the pad)
        self._table = np.zeros((1024, 16), dtype=np.uint64)  # BASE columns; positional ones 0
        self._table[0] = PAD
        self._kind: list[int] = [NONE]
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
        candidates are words not inside a ``covered`` span that pass the candidate test. Every
        token costs two C-level look-ups (its cached row, its kind); only the few that may be or
        cue a candidate are visited in Python, and only candidates and their neighbours are
        gathered."""
        tokens = Tokens(text)
        toks = tokens.toks
        n = len(toks)
        if not n:
            return tokens, [], _NO_IDS
        ids = self._ids
        if len(ids) + n > _CACHE_MAX:  # same hashes after a reset: output unchanged
            ids.clear()
        vids = list(map(ids.get, toks))
        if None in vids:
            vids = [
                v if v is not None else ids[t] if t in ids else self._add(t)
                for t, v in zip(toks, vids, strict=True)
            ]
        kinds = list(map(self._kind.__getitem__, vids))
        found, weak = cue_candidates(tokens, kinds)
        keys = self._record_keys(text, tokens, kinds, found)
        pieces = tokens.pieces
        if covered:
            inside = covered_tokens(tokens, covered)
            cands = set(found).difference(inside)
            weak = [i for i in weak if i not in inside]
        else:
            cands = set(found)
        weak = [(i, i == 0 or "\n" in pieces[i]) for i in weak]
        if weak:
            cands.update(weak_names(toks, kinds, weak))
        if not cands:
            return tokens, [], _NO_IDS
        order = sorted(cands)
        rows = self._table[_neighbours(vids, order)]  # [5 n_cands, 16]: -2..+2 of each
        rows[2::5, B:] = self._positions(text, tokens, vids, keys, order)
        return tokens, order, window_of(rows)

    def _record_keys(
        self, text: str, tokens: Tokens, kinds: list[int], found: list[int]
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
        self, text: str, tokens: Tokens, vids: list[int], keys: list[int] | None,
        order: list[int],
    ) -> np.ndarray:
        """[B, K, KC, G, LC] of each candidate in ``order``: whether it starts a sentence, its
        record key and the key's class, the word it is glued to, the case of its line."""
        line_starts, line_codes = _line_cases(text)
        toks, pieces, ends = tokens.toks, tokens.pieces, tokens.ends
        table, key_hashes = self._table, self._key_hashes
        out = []
        for i in order:
            tok, piece = toks[i], pieces[i]
            # the gap before a token is its piece less the token (no white space inside one)
            first = i == 0 or toks[i - 1] in SENTENCE_END or "\n" in piece
            line = line_codes[bisect_right(line_starts, ends[i] - len(tok)) - 1]
            key, key_cls = key_hashes[keys[i] if keys else 0]
            glue = int(table[vids[i - 1], W]) if i and len(piece) == len(tok) else _NO_GLUE
            out.append((_FIRST if first else _INSIDE, key, key_cls, glue, line))
        return np.array(out, dtype=np.uint64)

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


def window(rows: np.ndarray, cands: np.ndarray) -> np.ndarray:
    """[len(cands), WIDTH] bucket ids of the candidates from the padded base rows: one gather
    (single features and both sides of the conjunctions) and one hash mix."""
    got = rows.ravel()[(cands * 16 + 32)[:, None] + _GATHER]
    ns, na = len(SINGLES), len(PAIRS)
    h = np.empty((len(cands), WIDTH), dtype=np.uint64)
    h[:, :ns] = got[:, :ns]
    with np.errstate(over="ignore"):
        np.multiply(got[:, ns : ns + na], P2_, out=h[:, ns : ns + na])
        h[:, ns : ns + na] += got[:, ns + na :]
        h[:, -1] = 0  # bias
        h *= P1
        h += _SLOTS * P3_
        h ^= h >> np.uint64(29)
        h *= P1
        h ^= h >> np.uint64(32)
    return h & MASK


def window_of(rows: np.ndarray) -> np.ndarray:
    """``window`` of rows gathered five per candidate (-2..+2, its own third): the same
    bucket ids, in fewer numpy calls (the multiplications folded into ``_FACTOR``)."""
    m = len(rows) // 5
    got = rows.reshape(m, 80).take(_GATHER5, axis=1)
    got *= _FACTOR
    h = got[:, :WIDTH] + _SLOT_TERM
    h[:, _NS : _NS + _NA] += got[:, WIDTH:]
    h ^= h >> np.uint64(29)
    h *= P1
    h ^= h >> np.uint64(32)
    h &= MASK
    return h
