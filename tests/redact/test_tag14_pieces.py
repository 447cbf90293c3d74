"""The name tagger reads texts piece by piece (runs between single spaces, ``_piece`` slots)
and a whole batch's offsets, rows and kinds in one numpy pass (``_tokens_many``): the same
tokens, candidates and feature ids as the regex over each text alone. Made-up text only."""

from __future__ import annotations

import random
from bisect import bisect_left

import numpy as np
import pytest

from trainer.redact import name_tagger_features as f
from trainer.redact import name_tagger_positions as pos
from trainer.redact.name_tagger_tokens import Tokens, tokenize

# every white space the regex or str.split knows, and a few that are neither
ODD = ["\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0", "\u2003", "\u2028",
       "\u3000", "\u200b", "\ufeff", "  ", "   ", "\n\n"]
TEXTS = [
    "", " ", "   ", "\n", "\t\n ", "a", " a", "a ", "  Ondrel  Vasquine  ",
    "line one\nLine Two\n\nThird by Tamsko\n",
    "Name:\tQuellbrook\r\nCity: Ravensholm",
    "x" * 70 + " Brannoch " + "y" * 80,  # pieces longer than the cache keeps
    "Dr.Ferrolay and #zellikove@Mirabelle,Orst.",
    "\u00a0Jasperine\u00a0Dusk\u2003said hi\u2028Corvanne",
]


@pytest.fixture(scope="module")
def featurizer() -> f.Featurizer:
    return f.Featurizer(f.Lexicon.load())


def _random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    words = ["Ondrel", "rose", "van der", "Berg", "mr", ".", "#", "@", "🎉", "Guest:", ",", "12",
             "O'Vasq-Lund", "ÉLISE", "_", "z" * 66]
    out = []
    for _ in range(n):
        parts = [rng.choice(words + ODD) for _ in range(rng.randint(0, 12))]
        out.append("".join(p + rng.choice([" ", " ", "", *ODD]) for p in parts))
    return out


@pytest.mark.parametrize("text", TEXTS + _random_texts(14, 40))
def test_piece_tokens_are_the_regex_tokens(featurizer, text):
    tokens, _order, _ids = featurizer.scan(text)
    assert tokens.triples() == Tokens(text).triples() == tokenize(text)


def test_exact_offsets_across_white_space(featurizer):
    tokens, order, _ids = featurizer.scan("  Ondrel\u00a0 Vasquine\n\tx ")
    assert tokens.triples() == [("Ondrel", 2, 8), ("Vasquine", 10, 18), ("x", 20, 21)]
    assert order == [0, 1]


def test_a_batch_is_each_text_alone(featurizer):
    texts = ["", *TEXTS, "", *_random_texts(15, 60), " "]
    covered = [[(2, 9)] if k % 3 == 0 else [] for k in range(len(texts))]
    scanned, ids = featurizer.scan_many(texts, covered)
    at = 0
    for text, spans, (tokens, order) in zip(texts, covered, scanned, strict=True):
        one_tokens, one_order, one_ids = featurizer.scan(text, spans)
        assert tokens.triples() == one_tokens.triples() and order == one_order
        assert np.array_equal(ids[at : at + len(order)], one_ids)
        at += len(order)
    assert at == len(ids) > 0


def test_a_piece_is_its_token_rows_and_lengths(featurizer):
    slots = np.frombuffer(featurizer._piece("\tOndrel,"), dtype=np.int64).reshape(-1, 2)
    rows = [featurizer._ids["Ondrel"], featurizer._ids[","]]
    assert slots.tolist() == [[rows[0], 8], [rows[1], 1]]  # " \tOndrel", ","
    slots = np.frombuffer(featurizer._piece("x\n"), dtype=np.int64).reshape(-1, 2)
    assert slots.tolist() == [[featurizer._ids["x"], 2], [0, 1]]  # white space after: row 0
    assert np.frombuffer(featurizer._piece(""), dtype=np.int64).tolist() == [0, 1]


def test_sentence_start_and_line_case_columns(featurizer):
    text = "ok then\nONDREL VASQUINE\nsaw Corvanne. Tamsko too"
    tokens, order, _ids = featurizer.scan(text)
    positions, glued = featurizer._positions(tokens, None, order)
    cols = [positions[5 * c : 5 * c + 5] for c in range(len(order))]
    words = [tokens.toks[i] for i in order]
    # "ok" and "saw" open a line: weak given names there
    assert words == ["ok", "ONDREL", "VASQUINE", "saw", "Corvanne", "Tamsko"]
    first, inside = pos._FIRST, pos._INSIDE
    assert [c[0] for c in cols] == [first, first, inside, first, inside, first]
    upper, lower, mixed = (pos._LINE_CASE[k] for k in ("upper", "lower", "mixed"))
    assert [c[4] for c in cols] == [lower, upper, upper, mixed, mixed, mixed]
    assert glued == []
    _tokens, order, _ids = featurizer.scan("see @Ondrel")
    assert featurizer._positions(_tokens, None, order)[1] == [0]  # glued to the "@"


@pytest.mark.parametrize("text", ["Ab cd.Ef  gh\ni", "", " x", "x ", "a\u00a0b c"])
def test_starting_before_is_bisect_of_the_starts(text):
    tokens = Tokens(text)
    starts = tokens.starts()
    for at in range(len(text) + 2):
        assert pos.starting_before(tokens, at) == bisect_left(starts, at)
