"""An opt-in learned name tagger beside the rules (``redaction.name_tagger=true``).

A token tagger: each token of a text gets P(NAME) from a multinomial logistic regression
(classes O, NAME, ADDR) over hashed features, and contiguous tokens with P(NAME) >= threshold
become one NAME hit. It raises recall on name forms the rules were never written for, at the
cost of a few more false positives; the default redactor never calls it.

Features: tokens come from one regex (words with inner hyphens/apostrophes, digit runs, single
punctuation marks). Each token has seven base features: lower-cased form, shape (case pattern,
runs collapsed), case class, membership in the redactor's own name and word lists (the shipped
``*.txt`` lists), 3-letter prefix and suffix, sentence start. A token's feature set is the base
features of itself and its neighbours at -2..+2 plus a few conjunctions, 30 in all, hashed into
2**18 buckets. Inference is numpy only.

Weights: ``name_tagger.npz`` (float16, [2**18, 3]), built by ``scripts/train_name_tagger.py``
from the synthetic development sets only (no member data, so they hold nothing about members).
Nothing read back is trusted unverified: the file's sha256 must equal ``WEIGHTS_SHA256`` below,
else a UserError; the bytes hashed are the bytes parsed.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import zipfile
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from trainer.errors import UserError
from trainer.redact.hits import Hit

WEIGHTS_FILE = Path(__file__).resolve().parent / "name_tagger.npz"
# Printed by scripts/train_name_tagger.py; pin the new digest whenever the weights are rebuilt.
WEIGHTS_SHA256 = "5b9602bba780bf53aefb6a1ae924cb951e6974d6263a2e14dfd58706b4bc40e8"
# The development sets the shipped weights were trained on (recorded in config_summary).
TRAINED_ON = ("fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
BITS = 18
MASK = np.uint64((1 << BITS) - 1)
CLASSES = ("O", "NAME", "ADDR")
NAME = CLASSES.index("NAME")
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
# the shipped lists whose membership is a feature: (flag letter, files)
LEXICON_FILES = (
    ("G", ("given_names.txt", "given_names_oceania.txt")),
    ("S", ("surnames.txt", "surnames_in.txt")),
    ("W", ("common_words.txt",)),
    ("T", ("common_words_top.txt",)),
    ("P", ("address_towns.txt",)),
    ("C", ("eponymous_companies.txt",)),
)

Token = tuple[str, int, int]


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
    if flag == "C":  # every word of an eponymous company name
        return {w for line in words for w in line.split()}
    return words


@dataclass
class Lexicon:
    """The redactor's name and word lists, lower-cased, as token-membership flags."""

    sets: tuple[tuple[str, set[str]], ...]

    @classmethod
    def load(cls) -> Lexicon:
        return cls(
            tuple(
                (flag, set().union(*(_list_words(flag, f) for f in files)))
                for flag, files in LEXICON_FILES
            )
        )

    def flags(self, lower: str) -> str:
        return "".join(flag for flag, words in self.sets if lower in words)


def lexicon_sha256() -> str:
    """One digest over the lists the features read (a model fits the lists it was trained with)."""
    h = hashlib.sha256()
    for _flag, files in LEXICON_FILES:
        for name in files:
            h.update(resources.files("trainer.redact").joinpath(name).read_bytes())
    return h.hexdigest()


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
    """Token -> hashed feature ids (base features cached per token string)."""

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


def logits(by_class: list[np.ndarray], ids: np.ndarray) -> np.ndarray:
    """[n, classes] summed bucket weights (one np.take per class: ~10x a 2-D fancy index)."""
    return np.stack([np.take(w, ids).sum(axis=1, dtype=np.float32) for w in by_class], axis=1)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Tagger:
    """Per-token class probabilities of texts, from [2**BITS, 3] weights."""

    def __init__(self, weights: np.ndarray, featurizer: Featurizer) -> None:
        self.weights = weights
        self.by_class = [
            np.ascontiguousarray(weights[:, c], dtype=np.float32) for c in range(weights.shape[1])
        ]
        self.featurizer = featurizer

    def probs(self, text: str) -> tuple[list[Token], np.ndarray]:
        return self.probs_many([text])[0]

    def probs_many(self, texts: list[str]) -> list[tuple[list[Token], np.ndarray]]:
        """(tokens, [n_tokens, 3] probabilities) per text, featurized and scored as one batch."""
        docs = [(text, tokenize(text)) for text in texts]
        ids = self.featurizer.features_many(docs).view(np.int64)
        probs = softmax(logits(self.by_class, ids)) if len(ids) else np.zeros((0, 3))
        out, pos = [], 0
        for _text, tokens in docs:
            out.append((tokens, probs[pos : pos + len(tokens)]))
            pos += len(tokens)
        return out


def name_spans(text: str, tokens: list[Token], p_name: np.ndarray, threshold: float) -> list[Hit]:
    """NAME hits: runs of tokens with P(NAME) >= threshold joined by whitespace only."""
    spans: list[list] = []
    for (_tok, start, end), p in zip(tokens, p_name.tolist(), strict=True):
        if p < threshold:
            continue
        if spans and not text[spans[-1][2] : start].strip():
            spans[-1][2] = end
        else:
            spans.append(["NAME", start, end])
    return [(k, s, e) for k, s, e in spans]


def read_weights(path: Path, expected_sha256: str) -> tuple[np.ndarray, dict[str, str]]:
    """The [2**BITS, 3] weights of ``path`` and its meta data, after checking its sha256
    (UserError otherwise)."""
    redo = "reinstall the package, or rebuild it (scripts/train_name_tagger.py) and pin the digest"
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(
            f"{path}: cannot read the name tagger weights ({err.strerror}); {redo}"
        ) from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected_sha256:
        raise UserError(
            f"{path}: sha256 {digest[:16]}... is not the pinned {expected_sha256[:16]}... "
            "(changed or corrupted weights are never used: redaction.name_tagger=true is "
            f"refused); {redo}"
        )
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        weights = npz["weights"]
        meta = {k[5:]: str(npz[k]) for k in npz.files if k.startswith("meta_")}
    if weights.shape != (1 << BITS, len(CLASSES)):
        raise UserError(f"{path}: weights of shape {weights.shape}, not {(1 << BITS, 3)}; {redo}")
    return weights, meta


def write_weights(path: Path, weights: np.ndarray, meta: dict[str, str]) -> str:
    """Write a byte-reproducible .npz (fixed zip timestamps) and return its sha256."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        arrays = {"weights": weights.astype(np.float16)}
        arrays |= {f"meta_{k}": np.array(v) for k, v in sorted(meta.items())}
        for name, arr in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, arr, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, member.getvalue())
    data = buf.getvalue()
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


_LOCK = threading.Lock()
_TAGGER: dict[tuple[str, str], Tagger] = {}
_META: dict[tuple[str, str], dict[str, str]] = {}


def load_tagger() -> Tagger:
    """The shipped tagger, verified and loaded once per process (and per weights path)."""
    key = (str(WEIGHTS_FILE), WEIGHTS_SHA256)
    tagger = _TAGGER.get(key)
    if tagger is None:
        with _LOCK:
            tagger = _TAGGER.get(key)
            if tagger is None:
                weights, _META[key] = read_weights(WEIGHTS_FILE, WEIGHTS_SHA256)
                tagger = _TAGGER[key] = Tagger(weights, Featurizer(Lexicon.load()))
    return tagger


def weights_summary() -> str:
    """``name_tagger.npz: sha256 DIGEST`` (the pinned, verified digest)."""
    return f"{WEIGHTS_FILE.name}: sha256 {WEIGHTS_SHA256}"


def lexicon_status() -> str:
    """Whether the shipped word lists (a feature) are the ones the weights were trained with."""
    load_tagger()
    trained = _META[(str(WEIGHTS_FILE), WEIGHTS_SHA256)].get("lexicon_sha256")
    if trained == lexicon_sha256():
        return "as trained"
    return "lists changed since training: rebuild (scripts/train_name_tagger.py) and re-measure"


def find_tagged_names(text: str, *, threshold: float) -> list[Hit]:
    """NAME hits of the tagger over ``text``: contiguous tokens with P(NAME) >= threshold."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be in (0, 1), not {threshold!r}")
    ((tokens, probs),) = load_tagger().probs_many([text])
    if not tokens:
        return []
    return name_spans(text, tokens, probs[:, NAME], threshold)
