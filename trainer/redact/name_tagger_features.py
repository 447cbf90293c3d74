"""Tokens, candidates and hashed features of the opt-in name tagger (``name_tagger.py``).

Tokens come from one regex (words with inner hyphens/apostrophes, digit runs, single
punctuation marks or emoji), each with its offsets. Only CANDIDATE tokens are scored
(``name_tagger_candidates``: capitalised words, listed names, words after a title or '#'/'@',
person fields' values, weak names where names stand); every other token keeps P(NAME) = 0.

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
import re
import unicodedata
import zlib
from bisect import bisect_left, bisect_right
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
    covered_test,
    cue_candidates,
    weak_names,
)
from trainer.redact.name_tagger_keys import key_class, record_keys

BITS = 19
MASK = np.uint64((1 << BITS) - 1)
TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]|_")
SENTENCE_END = {".", "!", "?", ":", ";", "\n"}
Token = tuple[str, int, int]

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


def tokenize(text: str) -> list[Token]:
    """(token, start, end) for every token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


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
class Featurizer:
    """Text -> (candidate token indices, their [n, WIDTH] hashed feature ids)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._ids: dict[str, int] = {}  # token -> row of _table and _kind
        self._table = np.zeros((1024, BASE), dtype=np.uint64)
        self._kind: list[int] = []
        self._keys: dict[str, int] = {}  # record key -> row of _key_table and _person
        self._key_table = np.zeros((64, 2), dtype=np.uint64)  # key hash, key-class hash
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
        at = self._ids[tok] = len(self._ids)
        if at == len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[at] = row
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
            at = self._keys[key] = len(self._person)
            if at == len(self._key_table):
                self._key_table = np.concatenate([self._key_table, np.zeros_like(self._key_table)])
            cls = key_class(key)
            self._key_table[at] = (h64("k:" + key), h64("kc:" + cls))
            self._person.append(cls == "NAME")
        return at

    def rows(
        self, text: str, tokens: list[Token], covered: list[tuple[int, int]] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """[len(tokens) + 4, 16] rows (two pad rows at each end) and the candidates' token
        indices (words not inside a ``covered`` span that pass the candidate test). Every token
        costs two cached look-ups; only the few that may start a candidate (a candidate word, a
        title, a weak name, '#'/'@', a person field's value) are visited in Python, and only
        candidates get the positional columns (``window`` reads them at offset 0 only)."""
        n = len(tokens)
        rows = np.zeros((n + 4, 16), dtype=np.uint64)
        rows[:2] = rows[n + 2 :] = PAD
        if not n:
            return rows, np.zeros(0, dtype=np.intp)
        ids = self._ids
        if len(ids) + n > _CACHE_MAX:  # same hashes after a reset: output unchanged
            ids.clear()
        vids = [ids[t] if t in ids else self._add(t) for t, _s, _e in tokens]
        kind_of = self._kind
        kinds = [kind_of[v] for v in vids]
        found, weak = cue_candidates(tokens, kinds)
        keys, valued = [0] * n, []
        for a, b, key in record_keys(text):
            at = self._key(key)
            lo, hi = bisect_left(tokens, a, key=_start), bisect_left(tokens, b, key=_start)
            keys[lo:hi] = [at] * (hi - lo)
            valued.append((lo, hi))
        person = self._person
        for lo, hi in valued:  # a person field's words (the last field over a token counts)
            found += [i for i in range(lo, hi) if person[keys[i]] and WORD <= kinds[i] < EMOJI]
        inside = covered_test(tokens, covered)
        cands = {i for i in found if not inside(i)}
        weak = [(i, i == 0 or "\n" in text[tokens[i - 1][2] : tokens[i][1]])
                for i in weak if not inside(i)]
        if weak:
            cands.update(weak_names(tokens, kinds, weak))
        order = sorted(cands)
        body = rows[2 : n + 2]
        body[:, :BASE] = self._table[vids]
        if order:
            body[order, B:] = self._positions(text, tokens, order)
            body[order, K:G] = self._key_table[[keys[i] for i in order]]
            glued = [i for i in order if i and tokens[i - 1][2] == tokens[i][1]]
            body[glued, G] = body[[i - 1 for i in glued], W]
        return rows, np.array(order, dtype=np.intp)

    @staticmethod
    def _positions(text: str, tokens: list[Token], order: list[int]) -> list[list[int]]:
        """[B, K, KC, G, LC] of each candidate in ``order``: whether it starts a sentence and
        the case of its line; the key columns (0) and G (no glue) are filled in by ``rows``."""
        line_starts, line_codes = _line_cases(text)
        out = []
        for i in order:
            start = tokens[i][1]
            first = i == 0 or tokens[i - 1][0] in SENTENCE_END or "\n" in text[
                tokens[i - 1][2] : start
            ]
            line = line_codes[bisect_right(line_starts, start) - 1]
            out.append([_FIRST if first else _INSIDE, 0, 0, _NO_GLUE, line])
        return out

    def features(
        self, text: str, tokens: list[Token], covered: list[tuple[int, int]] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """(candidate token indices, [n_candidates, WIDTH] bucket ids)."""
        rows, cands = self.rows(text, tokens, covered)
        return cands, window(rows, cands)


def _start(token: Token) -> int:
    return token[1]


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
