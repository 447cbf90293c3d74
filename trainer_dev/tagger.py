"""A small learned token tagger for person names (and addresses), for the experiment of
issue #10 (``trainer_dev.tagger_experiment``); not part of the redactor.

Tokens come from one regex (words with inner hyphens/apostrophes, digit runs, single
punctuation marks), each with its character offsets. Each token gets seven base features:
lower-cased form, shape (case pattern, runs collapsed), case class, membership in the
redactor's own name and word lists (read from ``trainer/redact/*.txt``, never changed), a
3-letter prefix and suffix, and whether it starts a sentence (the lists: given names,
surnames, common words, top common words, address towns, words of eponymous company names).
A token's feature set is its own base features plus those of its neighbours at -2..+2 and a
few conjunctions (case of the neighbour x case of the token, cue word before x case, list
flags x case), 30 in all, hashed into 2**18 buckets. The model is a multinomial logistic
regression over those buckets (classes O, NAME, ADDR): 2**18 x 3 float32 weights, 3 MiB.
Training: Adagrad on the summed bucket weights, mini-batches, a few epochs, numpy on one
thread. Inference is numpy only, texts featurized in batches.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
LISTS = REPO / "trainer" / "redact"
BITS = 18
MASK = np.uint64((1 << BITS) - 1)
CLASSES = ("O", "NAME", "ADDR")
TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]|_")
SENTENCE_END = {".", "!", "?", ":", ";", "\n"}
# feature types per token: index into a token's base-hash row
W, S, C, L, P, X, B = range(7)
WINDOW_TYPES = (W, S, C, L)
P1, P2, P3 = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _read_list(name: str, lower: bool = True) -> set[str]:
    out: set[str] = set()
    with open(LISTS / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(line.lower() if lower else line)
    return out


@dataclass
class Lexicon:
    """The redactor's name and word lists, lower-cased, as token-membership flags."""

    given: set[str]
    surnames: set[str]
    common: set[str]
    top: set[str]
    towns: set[str]
    companies: set[str]

    @classmethod
    def load(cls) -> Lexicon:
        given = _read_list("given_names.txt") | _read_list("given_names_oceania.txt")
        surnames = _read_list("surnames.txt") | _read_list("surnames_in.txt")
        common = _read_list("common_words.txt")
        top = _read_list("common_words_top.txt")
        # "DE Köln: 50 51" -> "köln"; every word of a multi-word town or company name
        towns = {
            w for line in _read_list("address_towns.txt") for w in line.split(":")[0].split()[1:]
        }
        companies = {w for line in _read_list("eponymous_companies.txt") for w in line.split()}
        return cls(given, surnames, common, top, towns, companies)

    def flags(self, lower: str) -> str:
        return "".join(
            c
            for c, words in (
                ("G", self.given),
                ("S", self.surnames),
                ("W", self.common),
                ("T", self.top),
                ("P", self.towns),
                ("C", self.companies),
            )
            if lower in words
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


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) | (zlib.adler32(s.encode("utf-8")) << 32)


PAD = np.array([_h(f"{k}:<pad>") for k in range(7)], dtype=np.uint64)


class Featurizer:
    """Token -> hashed feature ids (cached per token string)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[str, list[int]] = {}

    def base(self, tok: str) -> list[int]:
        row = self._cache.get(tok)
        if row is None:
            low = tok.lower()
            row = [
                _h("w:" + low),
                _h("s:" + _shape(tok)),
                _h("c:" + _case(tok)),
                _h("l:" + self.lexicon.flags(low)),
                _h("p:" + low[:3]),
                _h("x:" + low[-3:]),
                0,
            ]
            if len(self._cache) < 500_000:
                self._cache[tok] = row
        return row

    def features(self, text: str, tokens: list[tuple[str, int, int]]) -> np.ndarray:
        """[n_tokens, n_features] bucket ids (already masked)."""
        return self.features_many([(text, tokens)])

    def features_many(self, docs: list[tuple[str, list]]) -> np.ndarray:
        """Features of several (text, tokens) at once, rows in order; two pad rows separate
        the texts, so no window crosses from one text into the next."""
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
        keep_arr = np.array(keep, dtype=bool)
        feats = self._window(rows)
        return feats[keep_arr[2:-2]]

    def _window(self, rows: np.ndarray) -> np.ndarray:
        n = len(rows) - 4
        feats: list[np.ndarray] = []
        slot = 1
        for off in (-2, -1, 0, 1, 2):
            col = rows[2 + off : 2 + off + n]
            for k in WINDOW_TYPES:
                feats.append(_mix(col[:, k], np.uint64(0), slot))
                slot += 1
        c = rows[2 : 2 + n]
        cm1, cp1 = rows[1 : 1 + n], rows[3 : 3 + n]
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


def _logits(by_class, ids: np.ndarray) -> np.ndarray:
    """[n, classes] summed bucket weights (one np.take per class: ~10x a 2-D fancy index)."""
    return np.stack([np.take(w, ids).sum(axis=1) for w in by_class], axis=1)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def train(
    feats: np.ndarray, labels: np.ndarray, *, epochs: int = 3, lr: float = 0.3, seed: int = 0
) -> np.ndarray:
    """Multinomial logistic regression on summed bucket weights (Adagrad, mini-batches of
    2,048 tokens, numpy on one thread); returns [2**BITS, 3] float32 weights."""
    rng = np.random.default_rng(seed)
    ids = feats.astype(np.intp)
    size, k, width = 1 << BITS, len(CLASSES), ids.shape[1]
    weights = np.zeros((k, size), dtype=np.float32)
    accum = np.full((k, size), 1e-6, dtype=np.float32)
    onehot = np.eye(k, dtype=np.float32)[labels]
    batch = 2048
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for s in range(0, len(order), batch):
            sel = order[s : s + batch]
            rows = ids[sel]
            grad_out = (softmax(_logits(weights, rows)) - onehot[sel]) / len(sel)
            flat = rows.ravel()
            grad = np.stack(
                [np.bincount(flat, np.repeat(grad_out[:, c], width), size) for c in range(k)]
            ).astype(np.float32)
            accum += grad * grad
            weights -= lr * grad / np.sqrt(accum)
    return np.ascontiguousarray(weights.T)


class Tagger:
    """Per-token class probabilities and redaction spans for a text."""

    def __init__(self, weights: np.ndarray, featurizer: Featurizer) -> None:
        self.weights = weights
        self.by_class = [np.ascontiguousarray(weights[:, c]) for c in range(weights.shape[1])]
        self.featurizer = featurizer

    def probs(self, text: str) -> tuple[list[tuple[str, int, int]], np.ndarray]:
        return self.probs_many([text])[0]

    def probs_many(self, texts: list[str]) -> list[tuple[list, np.ndarray]]:
        """(tokens, [n_tokens, 3] probabilities) per text, featurized and scored as one batch."""
        docs = [(text, tokenize(text)) for text in texts]
        ids = self.featurizer.features_many(docs).view(np.int64)
        probs = softmax(_logits(self.by_class, ids)) if len(ids) else np.zeros((0, 3))
        out, pos = [], 0
        for _text, tokens in docs:
            out.append((tokens, probs[pos : pos + len(tokens)]))
            pos += len(tokens)
        return out


def tag_spans(
    text: str, tokens: list, probs: np.ndarray, threshold: float, classes: tuple[int, ...] = (1,)
) -> list[tuple[str, int, int]]:
    """Merged (class name, start, end) spans of tokens whose probability of any of ``classes``
    reaches ``threshold``; tokens joined by whitespace only merge."""
    spans: list[list] = []
    score = probs[:, list(classes)].sum(axis=1) if len(tokens) else probs[:, 0]
    for (_tok, start, end), p, row in zip(tokens, score, probs, strict=True):
        if p < threshold:
            continue
        kind = CLASSES[max(classes, key=lambda c: row[c])]
        if spans and not text[spans[-1][2] : start].strip():
            spans[-1][2] = end
        else:
            spans.append([kind, start, end])
    return [(k, s, e) for k, s, e in spans]
