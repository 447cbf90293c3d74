"""Tokens, candidates and hashed features of the opt-in name tagger (``name_tagger.py``).

Tokens come from one regex (words with inner hyphens/apostrophes, digit runs, single
punctuation marks or emoji), each with its offsets. Only CANDIDATE tokens are scored: a word
that starts with a capital, or is in the given-name or surname list and not among the most
frequent words, or follows a title, or is the value of a person field ("Guest: ...") or is glued
to a '#'/'@'; every other token keeps P(NAME) = 0 (that is most of a text, and it is why the
tagger is cheap).

Each token has a context-free base row (cached per token string): lower-cased form, shape (case
pattern, runs collapsed, emoji as E), case class, membership in the redactor's shipped name and
word lists, prefixes and suffixes of 2-4 letters, whether it is a title in any of our languages;
and a positional part: sentence start, the case of its line (all capitals, no capitals, mixed),
the record key it is the value of (the key of a
``key: value`` / ``"key": "value"`` / ``KEY;PARAM:value`` line, a bullet list under an empty
``key:``, or the header of its CSV column), that key's class, and the token it is glued to.
A candidate's features are the form/shape/case/lists of itself and its neighbours at -2..+2,
its affixes, key and cue features and a few conjunctions, ``WIDTH`` in all, hashed into
2**BITS buckets. A text is featurized with one pass of Python over its tokens (cached lookups)
and a handful of numpy gathers over the candidates. numpy only.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources

import numpy as np

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
WEAK_GIVEN, WEAK_SURNAME, EMOJI = 4, 5, 6  # token kinds (Featurizer._base)
# Lower-case particles inside surnames (nl de fr es it pt): "de vries", "della rosa", "van der".
PARTICLES = frozenset(
    "de da di do du del della dei degli delle dos das van von der den ter te zu la le".split()
)


class Featurizer:
    """Text -> (candidate token indices, their [n, WIDTH] hashed feature ids)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._ids: dict[str, tuple[int, int]] = {}  # token -> (row of _table, kind)
        self._table = np.zeros((1024, BASE), dtype=np.uint64)
        self._keys: dict[str, int] = {}  # record key -> row of _key_table and _person
        self._key_table = np.zeros((64, 2), dtype=np.uint64)  # key hash, key-class hash
        self._person: list[bool] = []
        self._key("")  # row 0: no key

    def _base(self, tok: str) -> tuple[list[int], int]:
        """(BASE context-free hashes, kind) of a token; kind 0 not a word, 1 a word that is no
        candidate by itself, 2 a candidate word, 3 a title (a candidate when capitalised), 4/5
        a lower-case given name/surname that is also a common word (a candidate beside another
        name, as a vocative or opening a line: ``weak_names``), 6 an emoji."""
        low = tok.lower()
        flags = self.lexicon.flags(low)
        title = low in TITLES
        row = [h64("w:" + low), h64("s:" + shape(tok)), h64("c:" + case(tok)), h64("l:" + flags)]
        row += [h64(f"p{n}:" + low[:n]) for n in (2, 3, 4)]
        row += [h64(f"x{n}:" + low[-n:]) for n in (2, 3, 4)]
        row.append(h64(f"t:{title}"))
        kind = EMOJI if case(tok) == "emoji" else 0
        if tok[0].isalpha():
            # nearly every lower-case word is in some surname list: a listed name counts only
            # when the common-word list does not hold it; one that it holds is a weak name
            named = bool(_NAME_FLAGS.intersection(flags)) and "W" not in flags
            given = "G" in flags or "A" in flags
            weak = WEAK_GIVEN if given else WEAK_SURNAME if "S" in flags else 1
            kind = 3 if title else 2 if tok[0].isupper() or named else 1 if "T" in flags else weak
        return row, kind

    def _lookup(self, tok: str) -> tuple[int, int]:
        got = self._ids.get(tok)
        if got is None:
            if len(self._ids) >= _CACHE_MAX:  # same hashes after a reset: output unchanged
                self._ids.clear()
            row, kind = self._base(tok)
            at = len(self._ids)
            if at == len(self._table):
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._table[at] = row
            got = self._ids[tok] = (at, kind)
        return got

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
            self._person.append(cls == "person")
        return at

    def rows(
        self, text: str, tokens: list[Token], covered: list[tuple[int, int]] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """[len(tokens) + 4, 16] base rows (two pad rows at each end) and the candidates'
        token indices (words not inside a ``covered`` span that pass the candidate test)."""
        n = len(tokens)
        keys = [0] * n
        for a, b, key in record_keys(text):
            at = self._key(key)
            for i in range(bisect_left(tokens, a, key=_start), bisect_left(tokens, b, key=_start)):
                keys[i] = at
        vids, pos, cands, kinds, weak = [0] * n, [0] * (3 * n), [], [0] * n, []
        person_key = self._person
        lines = _line_cases(text)
        li = 0
        spans = sorted(covered)
        si, prev_end, prev_tok, prev_kind, prev2_kind = 0, 0, "\n", 0, 0
        for i, (tok, start, end) in enumerate(tokens):
            vid, kind = self._lookup(tok)
            glued = i > 0 and prev_end == start
            first = prev_tok in SENTENCE_END or "\n" in text[prev_end:start]
            while li + 1 < len(lines) and lines[li + 1][0] <= start:
                li += 1
            vids[i], kinds[i] = vid, kind
            pos[3 * i : 3 * i + 3] = (_FIRST if first else _INSIDE, lines[li][1], glued)
            if 0 < kind < EMOJI:
                while si < len(spans) and spans[si][1] <= start:
                    si += 1
                inside = si < len(spans) and spans[si][0] <= start and end <= spans[si][1]
                if kind >= WEAK_GIVEN and not inside:
                    weak.append((i, "\n" in text[prev_end:start] or i == 0))
                if not inside and (
                    kind == 2
                    or (kind == 3 and tok[0].isupper())
                    or person_key[keys[i]]
                    or prev_kind == 3
                    or (prev2_kind == 3 and prev_tok == ".")
                    or (glued and prev_tok in _GLUE)
                ):
                    cands.append(i)
            prev_end, prev_tok, prev2_kind, prev_kind = end, tok, prev_kind, kind
        rows = np.empty((n + 4, 16), dtype=np.uint64)
        rows[:2] = rows[n + 2 :] = PAD
        if n:
            body = rows[2 : n + 2]
            body[:, :BASE] = self._table[vids]
            posa = np.array(pos, dtype=np.intp).reshape(n, 3)
            body[:, B] = posa[:, 0]
            body[:, K:G] = self._key_table[keys]
            body[:, LC] = posa[:, 1]
            glue = posa[:, 2].astype(bool)
            body[:, G] = np.where(glue, rows[1 : n + 1, W], np.uint64(_NO_GLUE))
        if weak:
            cands = sorted(set(cands).union(weak_names(tokens, kinds, weak)))
        return rows, np.array(cands, dtype=np.intp)

    def features(
        self, text: str, tokens: list[Token], covered: list[tuple[int, int]] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """(candidate token indices, [n_candidates, WIDTH] bucket ids)."""
        rows, cands = self.rows(text, tokens, covered)
        return cands, window(rows, cands)


def _start(token: Token) -> int:
    return token[1]


def weak_names(tokens: list[Token], kinds: list[int], weak: list[tuple[int, bool]]) -> list[int]:
    """Which lower-case names that are also common words are candidates: beside a listed
    lower-case name, or a given name then a surname ("serena bianchini"), also across name
    particles ("femke van der molen", "ottavia della rosa"); a given name before a comma (a
    vocative), opening a line or after an emoji ("benedetta, ci vediamo", "🙏 serena")."""
    out = []
    for i, line_start in weak:
        j, k = _skip_particles(tokens, i, -1), _skip_particles(tokens, i, 1)
        prev = kinds[j] if j >= 0 else 0
        nxt = kinds[k] if k < len(kinds) else 0
        # a listed name that is no word (lower case, or any case across a particle), the
        # given-name-then-surname order of two weak ones, or two weak names across a particle
        across_prev, across_next = j < i - 1, k > i + 1
        lower_prev = (prev == 2 and (across_prev or tokens[j][0][0].islower())) or (
            prev == WEAK_GIVEN and (kinds[i] == WEAK_SURNAME or across_prev)
        )
        lower_next = (
            (nxt == 2 and (across_next or tokens[k][0][0].islower()))
            or nxt == WEAK_SURNAME
            or (across_next and nxt == WEAK_GIVEN)
        )
        comma = i + 1 < len(tokens) and tokens[i + 1][0] == ","
        if lower_prev or (
            kinds[i] == WEAK_GIVEN and (lower_next or line_start or prev == EMOJI or comma)
        ):
            out.append(i)
    return out


def _skip_particles(tokens: list[Token], i: int, step: int) -> int:
    """The index of the next token from ``i`` in direction ``step`` past up to two name
    particles ("de", "van der", "della")."""
    j = i + step
    while abs(j - i) <= 2 and 0 <= j < len(tokens) and tokens[j][0].lower() in PARTICLES:
        j += step
    return j


def _line_cases(text: str) -> list[tuple[int, int]]:
    """(line start, case code) of every line: all capitals, no capitals, or mixed."""
    out, pos = [], 0
    for line in text.split("\n"):
        code = "upper" if line.isupper() else "lower" if line.islower() else "mixed"
        out.append((pos, _LINE_CASE[code]))
        pos += len(line) + 1
    return out


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
