"""The FIRST name tagger's features (shipped until 2026-12-02 afternoon), kept only as the
baseline of the leave-one-generator-out comparison (``trainer_dev.tagger_experiment``): every
token scored; seven base features per token (form, shape, case, list flags of six lists,
3-letter prefix/suffix, sentence start), a +-2 window and nine conjunctions, 30 ids hashed into
2**18 buckets. Copied unchanged from trainer/redact/name_tagger.py at b7ee7b3; not shipped.
"""

from __future__ import annotations

import numpy as np

from trainer.redact.name_tagger_features import Lexicon, Token, h64

BITS = 18
MASK = np.uint64((1 << BITS) - 1)
SENTENCE_END = {".", "!", "?", ":", ";", "\n"}
# feature types per token: index into a token's base-hash row
W, S, C, L, P, X, B = range(7)
WINDOW_TYPES = (W, S, C, L)
P1, P2, P3 = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)
# the shipped lists whose membership is a feature: (flag letter, files)
LEXICON_FILES = (
    ("G", ("given_names.txt", "given_names_oceania.txt")),
    ("S", ("surnames.txt", "surnames_in.txt")),
    ("W", ("common_words.txt",)),
    ("T", ("common_words_top.txt",)),
    ("P", ("address_towns.txt",)),
    ("C", ("eponymous_companies.txt",)),
)



def _shape(tok: str) -> str:
    out: list[str] = []
    for ch in tok:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _case(tok: str) -> str:
    if tok.isdigit():
        return "digit"
    if not tok[0].isalpha():
        return "punct"
    if tok.isupper():
        return "upper" if len(tok) > 1 else "single"
    if tok[0].isupper():
        return "title" if tok[1:].islower() or len(tok) == 1 else "mixed"
    return "lower"


PAD = np.array([h64(f"{k}:<pad>") for k in range(7)], dtype=np.uint64)


class Featurizer:
    """Token -> hashed feature ids (base features cached per token string)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[str, list[int]] = {}

    def base(self, tok: str) -> list[int]:
        row = self._cache.get(tok)
        if row is None:
            low = tok.lower()
            row = [
                h64("w:" + low),
                h64("s:" + _shape(tok)),
                h64("c:" + _case(tok)),
                h64("l:" + self.lexicon.flags(low)),
                h64("p:" + low[:3]),
                h64("x:" + low[-3:]),
                0,
            ]
            if len(self._cache) < 500_000:
                self._cache[tok] = row
        return row

    def features(self, text: str, tokens: list[Token]) -> np.ndarray:
        return self.features_many([(text, tokens)])

    def features_many(self, docs: list[tuple[str, list[Token]]]) -> np.ndarray:
        """[n_tokens, 30] bucket ids of several (text, tokens), rows in order; two pad rows
        separate the texts, so no window crosses from one text into the next."""
        pad = PAD.tolist()
        table: list[list[int]] = [pad, pad]
        keep: list[bool] = [False, False]
        for text, tokens in docs:
            prev_end, prev_tok = 0, "\n"
            for tok, start, end in tokens:
                first = prev_tok in SENTENCE_END or "\n" in text[prev_end:start]
                table.append(self.base(tok)[:6] + [1 if first else 2])
                prev_end, prev_tok = end, tok
            keep += [True] * len(tokens) + [False, False]
            table += [pad, pad]
        rows = np.array(table, dtype=np.uint64)
        return _window(rows)[np.array(keep, dtype=bool)[2:-2]]


def _window(rows: np.ndarray) -> np.ndarray:
    n = len(rows) - 4
    feats: list[np.ndarray] = []
    slot = 1
    for off in (-2, -1, 0, 1, 2):
        col = rows[2 + off : 2 + off + n]
        for k in WINDOW_TYPES:
            feats.append(_mix(col[:, k], np.uint64(0), slot))
            slot += 1
    c, cm1, cp1 = rows[2 : 2 + n], rows[1 : 1 + n], rows[3 : 3 + n]
    for a, b in (
        (c[:, P], c[:, B]),
        (c[:, X], c[:, B]),
        (c[:, C], c[:, B]),
        (cm1[:, C], c[:, C]),
        (c[:, C], cp1[:, C]),
        (cm1[:, W], c[:, C]),
        (c[:, C], cp1[:, W]),
        (c[:, L], c[:, C]),
        (cm1[:, L], c[:, L]),
    ):
        feats.append(_mix(a, b, slot))
        slot += 1
    feats.append(np.zeros(n, dtype=np.uint64))  # bias
    return np.stack(feats, axis=1)


def _mix(a: np.ndarray, b: np.ndarray, slot: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        h = a * P1 + b * P2 + np.uint64(slot) * P3
        h ^= h >> np.uint64(29)
        h *= P1
        h ^= h >> np.uint64(32)
    return h & MASK



def load() -> Featurizer:
    return Featurizer(Lexicon.load(LEXICON_FILES))


class AllTokens:
    """The v1 featurizer behind the v2 interface: every token is a candidate."""

    bits = BITS

    def __init__(self) -> None:
        self.inner = load()

    def features(
        self, text: str, tokens: list[Token], covered: list[tuple[int, int]] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        return np.arange(len(tokens)), self.inner.features(text, tokens)
