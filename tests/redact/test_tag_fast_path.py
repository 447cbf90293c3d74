"""The name tagger's fast path (trainer/redact/name_tagger*.py) computes exactly what the
straightforward one did: the same tokens and offsets, the same covered tokens, the same bucket
ids, the same logits bit for bit, the same NAME hits. Made-up text and random arrays only."""

from __future__ import annotations

import random
import warnings
from bisect import bisect_right

import numpy as np
import pytest

from trainer.redact import name_tagger as nt
from trainer.redact import name_tagger_features as f
from trainer.redact.name_tagger_candidates import covered_tokens
from trainer.redact.name_tagger_tokens import Tokens, tokenize

TEXTS = [
    "",
    "   ",
    "Hi Quorra,\n\nthe keys are with Tallowby-Brenn at Vexmoor 12.   \n\t",
    "O'Dwyne’s cat_toy ² ½ café\u00a0Zéllo\u2003next\x1cline\u2028end",
    "🎉🎉 @zebbly #quorrowin!!! mr. vantaske, 2024-01-05...",
    "Name: Ilsa Brannock\nPhone: 555 0100\n\n\n   trailing" + " " * 500,
    "a\u0301b \u0301 x",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_the_regex_tokens_with_their_offsets(text):
    tokens = Tokens(text)
    assert tokens.triples() == tokenize(text)
    for i, (_tok, start, _end) in enumerate(tokenize(text)):
        assert tokens.start(i) == start
        gap = text[tokenize(text)[i - 1][2] : start] if i else text[:start]
        assert tokens.line_break_before(i) == ("\n" in gap)
        if i:
            assert tokens.glued(i) == (gap == "")


def test_tokens_match_the_regex_on_random_text():
    rng = random.Random(7)
    alphabet = list("aZé _-'’1²½.#@🎉\n\t\u00a0\u2003\u0301\x1f\r")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert Tokens(text).triples() == tokenize(text), repr(text)


def _covered_naive(text: str, covered) -> set[int]:
    merged: list[list[int]] = []
    for s, e in sorted(covered):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    ends = [e for _s, e in merged]
    out = set()
    for i, (_tok, start, end) in enumerate(tokenize(text)):
        at = bisect_right(ends, start)
        if at < len(merged) and merged[at][0] <= start and end <= merged[at][1]:
            out.add(i)
    return out


def test_covered_tokens_are_those_inside_the_union_of_the_spans():
    text = "Thanks Ilse Varn and Bo Tesk"
    assert covered_tokens(Tokens(text), [(7, 16)]) == {1, 2}
    assert covered_tokens(Tokens(text), [(7, 12), (12, 16)]) == {1, 2}  # touching spans join
    assert covered_tokens(Tokens(text), [(8, 16)]) == {2}  # "Ilse" only partly covered
    assert covered_tokens(Tokens(text), [(5, 5)]) == set()
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("ab cD\n.,1-'") for _ in range(rng.randint(0, 25)))
        spans = []
        for _ in range(rng.randint(0, 4)):
            s = rng.randint(0, len(text))
            spans.append((s, rng.randint(s, len(text))))
        assert covered_tokens(Tokens(text), spans) == _covered_naive(text, spans)


def test_window_of_gives_the_bucket_ids_of_window():
    rng = np.random.default_rng(5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # uint64 arrays wrap silently: no overflow warning
        for m in (1, 2, 9, 31):
            rows = rng.integers(0, 2**64, size=(5 * m, 16), dtype=np.uint64, endpoint=False)
            expected = f.window(rows, np.arange(0, 5 * m, 5))
            assert np.array_equal(f.window_of(rows), expected)


def test_logits_are_the_per_class_sums_bit_for_bit():
    tagger = nt.load_tagger()
    rng = np.random.default_rng(11)
    for m in (1, 3, 8, 40):
        ids = rng.integers(0, 2**f.BITS, size=(m, f.WIDTH)).astype(np.uint64)
        fast = tagger.logits(ids)
        assert fast.dtype == np.float32
        assert np.array_equal(fast, nt.logits(tagger.by_class, ids.view(np.int64)))


NAMED = [
    "Ask Tallowby about the keys, or mr. vantaske.",
    "grazie mille 🙏 serena, a presto",
    "Guest: Quorra Vell\nHost: Bram Oosterwijk\nthanks @zebbly",
    "we had grace and a serena sky today",
    "Essen mit Oosterwijk und Haverkamp. Selon Hollstedt, il pleut.",
]


@pytest.mark.parametrize("text", NAMED)
@pytest.mark.parametrize("threshold", [0.3, 0.7, 0.95])
def test_names_are_the_hits_of_the_probabilities(text, threshold):
    tagger = nt.load_tagger()
    for covered in ([], [(0, 3)], [(4, 12)]):
        tokens, probs = tagger.probs(text, covered)
        expected = nt.name_spans(text, tokens, probs[:, nt.NAME], threshold)
        assert tagger.names(text, threshold, covered) == expected


def test_candidates_and_features_agree_with_the_tokens():
    featurizer = f.Featurizer(f.Lexicon.load())
    text = "Passenger: ROSK/EMMA\nROSK is a word here, said Tallowby"
    tokens, order, ids = featurizer.scan(text)
    assert [tokens.toks[i] for i in order] == ["Passenger", "ROSK", "EMMA", "ROSK", "Tallowby"]
    cands, ids2 = featurizer.features(text, tokenize(text))
    assert cands.tolist() == order and np.array_equal(ids, ids2)
    assert ids.shape == (5, f.WIDTH)
