"""The learned name tagger beside the rules: on by default (``redaction.name_tagger``, default
true; the library's ``Redactor.from_members(name_tagger=True)``), off only when set false.

A token tagger: each candidate token of a text (``name_tagger_features``: a capitalised word, a
listed given name or surname, a word after a title, in a person field or after '#'/'@', and not
already inside a span the rules redact) gets P(NAME) from a multinomial logistic regression
(classes O, NAME, ADDR) over hashed features of itself and its neighbours; every other token
keeps P(NAME) = 0. Contiguous tokens with P(NAME) >= threshold become one NAME hit, unless it
spells a listed company named after a person and positive company evidence surrounds it
(``eponyms``, ``eponym_evidence``: fail closed). It raises recall on name forms the rules were
never written for, at the cost of a few more false positives; the product's redactor calls it
unless ``redaction.name_tagger=false``. Most of a post's cost is per numpy call, not
per candidate: ``find_tagged_names_many`` scores many posts' candidates in one pass (the
redactor's ``redact_batch``), each candidate's P(NAME) computed as alone.

Weights: ``name_tagger.npz`` (float16, [2**BITS, 3]; a file may add a hidden layer over the same
ids, all or some of them, ``name_tagger_hidden``: none shipped), built by
``scripts/train_name_tagger.py``
from the synthetic development sets only (no member data, so they hold nothing about members),
with the operating point chosen leave-one-generator-out folded into the NAME bias (the default
threshold ``DEFAULT_THRESHOLD`` acts as the chosen raw one: v4 raw 0.9, v5 to v8 raw 0.7, no shift;
meta ``operating_point``).
Nothing read back is trusted unverified: the file's sha256 must equal ``WEIGHTS_SHA256`` below,
else a UserError; the bytes hashed are the bytes parsed; ``allow_pickle=False``.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import zipfile
from collections.abc import Sequence
from itertools import compress
from pathlib import Path

import numpy as np

from trainer.errors import UserError
from trainer.redact.companies import company_after
from trainer.redact.eponym_company import company_evidence
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.name_business import business_name
from trainer.redact.name_tagger_features import (
    BITS,
    WIDTH,
    Featurizer,
    Lexicon,
    Token,
    lexicon_sha256,
)
from trainer.redact.name_tagger_hidden import Hidden, as_float32, hidden_logits
from trainer.redact.person_alone import ALONE
from trainer.redact.person_compounds import german_compound
from trainer.redact.person_function_words import after_clause_word
from trainer.redact.person_greetings import GIVEN_NAME_GREETINGS, GREETINGS
from trainer.redact.person_surname_lead import surname_lead
from trainer.redact.person_tagger_drops import tagger_non_name
from trainer.redact.person_turkish import (
    turkish_inflected_word,
    turkish_institution_or_role,
    turkish_word,
)
from trainer.redact.person_vietnamese import vietnamese_non_name
from trainer.redact.person_words import GIVEN, SURNAMES, TITLES
from trainer.redact.place_keep import kept_place_name

WEIGHTS_FILE = Path(__file__).resolve().parent / "name_tagger.npz"
# Printed by scripts/train_name_tagger.py; pin the new digest whenever the weights are rebuilt.
WEIGHTS_SHA256 = "cd7649093421efffeecc06aedb9452c91eb13bac186df92528a0719cfbadac35"
# The development sets the shipped weights were trained on (recorded in config_summary).
TRAINED_ON = (
    "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
    "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
    "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth",
    "thirtyseventh", "thirtyeighth", "thirtyninth",
)
# The redactor's default ``name_tagger_threshold``: the weights fold the chosen raw operating
# point into the NAME bias so that this threshold acts as it (scripts/train_name_tagger.py).
DEFAULT_THRESHOLD = 0.7
CLASSES = ("O", "NAME", "ADDR")
# the reductions ``ndarray.sum``/``max`` call, without their Python wrappers (same results)
_SUM, _MAX = np.add.reduce, np.maximum.reduce
NAME = CLASSES.index("NAME")
_RECORD = 4  # float32 weights a bucket's record holds: the classes, padded to 16 bytes


def logits(by_class: list[np.ndarray], ids: np.ndarray) -> np.ndarray:
    """[n, classes] summed bucket weights (one np.take per class: ~10x a 2-D fancy index)."""
    return np.stack([np.take(w, ids).sum(axis=1, dtype=np.float32) for w in by_class], axis=1)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Tagger:
    """Per-token class probabilities of texts, from [2**BITS, 3] weights."""

    def __init__(
        self, weights: np.ndarray, featurizer: Featurizer | None, hidden: Hidden | None = None
    ) -> None:
        self.weights = weights
        # the optional hidden layer (name_tagger_hidden); None: the linear model alone
        self.hidden = as_float32(hidden) if hidden is not None else None
        self.by_class = [
            np.ascontiguousarray(weights[:, c], dtype=np.float32) for c in range(weights.shape[1])
        ]
        # a bucket's weights of every class in one 16-byte record (float32, one unused): one
        # gather per feature id reads all three classes from one cache line, not one per class
        self._record = max(_RECORD, weights.shape[1])
        rows = np.zeros((weights.shape[0], self._record), dtype=np.float32)
        rows[:, : weights.shape[1]] = weights
        self._rows = rows.view(f"V{self._record * 4}").ravel()
        self.featurizer = featurizer

    def logits(self, ids: np.ndarray) -> np.ndarray:
        """[n, classes] summed bucket weights: the same sums, in the same order, as
        ``logits(self.by_class, ids)`` (each class summed over a contiguous row of WIDTH)."""
        got = self._rows.take(ids.view(np.int64)).view(np.float32)  # (n, WIDTH, record)
        got = got.reshape(*ids.shape, self._record)[:, :, : len(self.by_class)]
        got = got.transpose(0, 2, 1)
        # the same contiguous (n, classes, WIDTH) floats as a gather class by class, summed by
        # ndarray.sum's own reduce along each contiguous row: bit for bit the same sums
        z = _SUM(np.ascontiguousarray(got), axis=2)
        if self.hidden is not None:
            z += hidden_logits(self.hidden, ids)
        return z

    def probs(
        self, text: str, covered: Sequence[tuple[int, int]] = ()
    ) -> tuple[list[Token], np.ndarray]:
        """(tokens, [n_tokens, 3] probabilities); a token that is no candidate, or lies inside
        a ``covered`` (already redacted) span, gets (1, 0, 0) unscored."""
        tokens, cands, ids = self.featurizer.scan(text, covered)
        out = np.zeros((len(tokens), len(CLASSES)), dtype=np.float32)
        out[:, 0] = 1.0
        if cands:
            out[cands] = softmax(self.logits(ids))
        return tokens.triples(), out

    def probs_many(self, texts: list[str]) -> list[tuple[list[Token], np.ndarray]]:
        return [self.probs(text) for text in texts]

    def names(
        self, text: str, threshold: float, covered: Sequence[tuple[int, int]] = ()
    ) -> list[Hit]:
        """NAME hits: runs of candidates with P(NAME) >= threshold joined by white space only
        (P(NAME) as ``probs`` computes it, for the candidates alone)."""
        return self.names_many([text], threshold, [covered])[0]

    def names_many(
        self, texts: Sequence[str], threshold: float,
        covered: Sequence[Sequence[tuple[int, int]]],
    ) -> list[list[Hit]]:
        """``names`` of each text, its candidates scored in one numpy pass with the others'
        (each candidate's P(NAME) is computed alone: the same hits as text by text)."""
        if len(texts) == 1:
            return [self._names_one(texts[0], threshold, covered[0])]
        group = self.featurizer.group(texts, covered)
        out: list[list[Hit]] = [[] for _ in texts]
        if not len(group.ids):
            return out
        tagged = group.cands[self._p_name(group.ids) >= threshold]
        if not len(tagged):
            return out
        # two tagged tokens are joined by white space only when they are neighbours (every
        # other character is in a token), so a hit is a run of consecutive token indices
        # (pads keep the texts apart)
        opens = np.flatnonzero(np.diff(tagged, prepend=-2) != 1)
        first, last = tagged[opens], tagged[np.append(opens[1:], len(tagged)) - 1]
        text_of = group.text_of(first)
        base = group.bases[text_of]
        starts = group.starts[first] - base
        ends = group.ends[last] - base
        for t, start, end in zip(text_of.tolist(), starts.tolist(), ends.tolist(), strict=True):
            out[t].append(("NAME", start, end))
        return out

    def _p_name(self, ids: np.ndarray) -> np.ndarray:
        """P(NAME) of each row of bucket ids."""
        z = self.logits(ids)
        z = z - _MAX(z, axis=1, keepdims=True)
        e = np.exp(z)
        return e[:, NAME] / _SUM(e, axis=1)

    def _names_one(
        self, text: str, threshold: float, covered: Sequence[tuple[int, int]]
    ) -> list[Hit]:
        """``names`` of one text, the glue in Python (``redact``'s path)."""
        [(tokens, cands)], ids = self.featurizer.scan_many([text], [covered])
        if not len(ids):
            return []
        spans: list[list] = []
        for i in compress(cands, (self._p_name(ids) >= threshold).tolist()):
            start, end = tokens.start(i), tokens.ends[i]
            if spans and not text[spans[-1][2] : start].strip():
                spans[-1][2] = end
            else:
                spans.append(["NAME", start, end])
        return [(k, s, e) for k, s, e in spans]


def name_spans(text: str, tokens: list[Token], p_name: np.ndarray, threshold: float) -> list[Hit]:
    """NAME hits: runs of tokens with P(NAME) >= threshold joined by whitespace only."""
    spans: list[list] = []
    for i in np.flatnonzero(p_name >= threshold).tolist():
        _tok, start, end = tokens[i]
        if spans and not text[spans[-1][2] : start].strip():
            spans[-1][2] = end
        else:
            spans.append(["NAME", start, end])
    return [(k, s, e) for k, s, e in spans]


def read_weights(path: Path, expected_sha256: str) -> tuple[np.ndarray, dict[str, str]]:
    """The [2**BITS, 3] weights of ``path`` and its meta data, after checking its sha256
    (UserError otherwise); a hidden layer, if the file has one, is left out (``read_model``)."""
    weights, _hidden, meta = read_model(path, expected_sha256)
    return weights, meta


_HIDDEN_KEYS = ("hidden_embed", "hidden_bias", "hidden_out")  # and "hidden_cols" if a subset


def read_model(
    path: Path, expected_sha256: str
) -> tuple[np.ndarray, Hidden | None, dict[str, str]]:
    """(linear weights, hidden layer or None, meta) of ``path``, after checking its sha256
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
        hidden = (
            Hidden(*(npz[k] for k in _HIDDEN_KEYS),
                   npz["hidden_cols"] if "hidden_cols" in npz.files else None)
            if _HIDDEN_KEYS[0] in npz.files else None
        )
    if weights.shape != (1 << BITS, len(CLASSES)):
        raise UserError(f"{path}: weights of shape {weights.shape}, not {(1 << BITS, 3)}; {redo}")
    if hidden is not None:
        size = hidden.bias.shape[0]
        if hidden.embed.shape != (1 << BITS, size) or hidden.out.shape != (size, len(CLASSES)):
            raise UserError(f"{path}: a hidden layer of inconsistent shapes; {redo}")
        cols = hidden.cols
        if cols is not None and (
            cols.ndim != 1 or cols.dtype.kind != "i" or not len(cols)
            or cols.min() < 0 or cols.max() >= WIDTH or (np.diff(cols) <= 0).any()
        ):
            raise UserError(f"{path}: a hidden layer's input columns out of range; {redo}")
    return weights, hidden, meta


def write_weights(
    path: Path, weights: np.ndarray, meta: dict[str, str], hidden: Hidden | None = None
) -> str:
    """Write a byte-reproducible .npz (fixed zip timestamps) and return its sha256; a hidden
    layer, when given, is stored beside the linear weights (float16, ``hidden_*``)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        arrays = {"weights": weights.astype(np.float16)}
        if hidden is not None:
            arrays |= {k: a.astype(np.float16)
                       for k, a in zip(_HIDDEN_KEYS, hidden[:3], strict=True)}
            if hidden.cols is not None:
                arrays["hidden_cols"] = np.asarray(hidden.cols, dtype=np.int64)
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


_SPACE = re.compile(r"\s+")
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
                weights, hidden, _META[key] = read_model(WEIGHTS_FILE, WEIGHTS_SHA256)
                tagger = _TAGGER[key] = Tagger(weights, Featurizer(Lexicon.load()), hidden)
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


def find_tagged_names(text: str, *, threshold: float, covered: Sequence[Hit] = ()) -> list[Hit]:
    """NAME hits of the tagger over ``text``: contiguous candidate tokens with P(NAME) >=
    threshold; tokens inside a ``covered`` hit (what the rules already redact) are not scored.
    A hit that spells a listed company named after a person ("Ford", "Giorgio Armani") is
    dropped only with company evidence around it ("a Paul Smith shirt", "shares of Ford":
    ``eponym_company.company_evidence``); without it the tagger's name stands (fail closed)."""
    return find_tagged_names_many([text], threshold=threshold, covered=[covered])[0]


def find_tagged_names_many(
    texts: Sequence[str], *, threshold: float, covered: Sequence[Sequence[Hit]]
) -> list[list[Hit]]:
    """``find_tagged_names`` of each text (``covered``: each text's hits), the tagger's numpy
    work done once for all of them: the redactor's batch path (the same hits as text by text)."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be in (0, 1), not {threshold!r}")
    spans = [[(s, e) for _k, s, e in hits] if hits else () for hits in covered]
    found = load_tagger().names_many(texts, threshold, spans)
    return [
        _not_kept(text, hits) if hits else hits for text, hits in zip(texts, found, strict=True)
    ]


def _not_kept(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those the rules keep (``_kept``), each less an opening greeting and grown
    over a surname written first (``person_surname_lead``); the text's language evidence read
    once for all of them."""
    evidence = LanguageEvidence(text)
    kept = [
        g
        for h in hits
        if not _kept(text, h[1], h[2], lang=evidence)
        for g in _without_greeting(text, h)
    ]
    return surname_lead(text, kept)  # "Oyelaran, [Maren]", "GENTRY [Rose]", as the rules


_FIRST_WORD = re.compile(r"([^\W\d_]+)[ \t]+")
_OPENING_GREETINGS = GREETINGS - GIVEN_NAME_GREETINGS  # once, not per hit


def _without_greeting(text: str, hit: Hit) -> list[Hit]:
    """The hit less a greeting that opens it ("Mersi Tatiana" -> "Tatiana"): the shared list's
    greetings are never part of a name (``person_greetings``)."""
    m = _FIRST_WORD.match(text, hit[1], hit[2])
    if m is None or m.group(1).lower() not in _OPENING_GREETINGS:
        return [hit]
    return [("NAME", m.end(), hit[2])]


def _kept(text: str, start: int, end: int, *, lang: LanguageEvidence) -> bool:
    """The rules' keeps of a name the tagger tagged: a listed company with company evidence
    around it, a saint's or ruler's place name (``place_keep``, the rules' own test), or
    a Vietnamese text's lower-case words or lone honorific (``person_vietnamese``: "gọi cho
    tôi", "tiếng Anh"), or Turkish words that name lists hold, in lower case ("hekim"), or the
    first words of a Turkish institution or role ("Çınar Eczanesi"), or a Turkish noun with a
    case ending glued on ("Bankoda": ``person_turkish``), or the first words of a business name
    ("Afya Care Clinic"), or a lower-case word after a bs/hr/sr clause word ("smo pola"), or a
    compound of two common words ("Schichtwechsel"). ``lang``: the text's languages, read
    once per text (``language_evidence``)."""
    return (
        (eponymous(text, start, end) and company_evidence(text, start, end))
        or kept_place_name(text, start, end)
        or vietnamese_non_name(text, start, end, evidence=lang)
        or (text[start:end].islower() and turkish_word(text, start, end, evidence=lang))
        or (text[start:end].islower() and after_clause_word(text, start))  # "smo pola dana"
        or (text[start].isupper() and turkish_institution_or_role(text, start, end, evidence=lang))
        or turkish_inflected_word(text, start, end, evidence=lang)  # "Bankoda", at the counter
        or _opens_business_name(text, start, end)  # "Afya Care Clinic"
        or business_name(text, start, end)  # "Tierklinik [Donauufer]" (name_business)
        or german_compound(text, start, end, evidence=lang)  # "Schichtwechsel"
        or tagger_non_name(text, start, end, evidence=lang)  # "Lý do" (person_tagger_drops)
    )


_VERB_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+ing[ \t]+[a-z]")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _opens_business_name(text: str, start: int, end: int) -> bool:
    """The hit opens a business or institution name that a company word closes on its line
    ("Afya Care Clinic", "Jamii Health Cover", "Gertrude's Children's Hospital"): words none of
    which is a well-attested given name (``person_alone.ALONE``), or a possessive ("X's ...
    Hospital"), as the rules read them."""
    hit = text[start:end]
    if "\n" in hit or hit.split()[0].rstrip(".") in TITLES or not company_after(text, end):
        return False  # "Mr Stanton\nPatient | Services": a title makes the run a person
    if _VERB_AFTER.match(text, end):
        return False  # "Whitfield Holding the trophy": a verb in -ing, no company (review)
    words = hit.split()
    after = _NEXT_WORD.match(text, end)
    if len(words) == 1 and after is not None:
        words.append(after.group(1))  # the tagger may tag the given name alone ("Petr")
    if len(words) > 1 and words[0] in GIVEN and words[1] in SURNAMES:
        return False  # "Petr Dvořák Holding": a listed given name and surname are a person's
    return hit.endswith(("'s", "’s")) or not any(w in ALONE for w in hit.split())


def eponymous(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]`` spells a listed company named after a person: the
    rules' test, on the hit and, when it has more words, on the hit after its first word, which
    may be the honorific or salutation that makes it a person ("Dear Ford", "Mr Ford")."""
    if not is_eponymous_company(text, start, end):
        return False
    gap = _SPACE.search(text, start, end)
    return gap is None or is_eponymous_company(text, gap.end(), end)
