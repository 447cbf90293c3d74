"""The name tagger's candidates of a whole group in numpy (``name_tagger_group``, the batch path
of ``scan_many``/``names_many``): the same tokens, candidates, feature ids and hits as the
Python path text by text, on the edge cases of the group layout (empty texts, texts of white
space only, lone surrogates, a very long post, covered spans that overrun a text, record fields,
line breaks, weak names, groups of 1, 63, 64 and 65 texts). Made-up text only."""

from __future__ import annotations

import random

import numpy as np
import pytest

from trainer.redact import Redactor, engine, name_tagger
from trainer.redact import name_tagger_features as f

EDGES = [
    "",
    " ",
    "\n",
    "   \n\t ",
    "Zed",
    "mr Quorrowin\nDr. Brannoch met #zellikove and @ferrolay\ttoday 🎉Mirabelle",
    "Guest: Tamsko Feldraine\nRoom: 12\nNote: late check-in\nName = Orla Venn",
    "id;Passagier;stoel\n7;VENNICK/ULLA;12A\n8;ORST/PIA;12B",
    "serena bianchini, ci vediamo. thanks rose\ngrace said hi to femke van der molen",
    "🙏 serena and ottavia della rosa; hi mark\n rose\n\nbenedetta, ciao",
    "lone \ud800 surrogate Ondrel\udfff Vasquine \ud83d",
    "A\u00a0Non-breaking\u2003space Ledrovic\u2028Second\x1cline Quil",
    "SHOUTING LINE WITH NAME ORLA\nquiet line with orla\nMixed Line Orla",
    "x" * 70 + " Ondrel " + "y" * 90,
    "end with title Dr.",
    "#",
    "Dr",
    ". . Dr . Zed",
]
LONG = " ".join(["Halvard met Corvanne Dusk at the café, then rose left."] * 400)


@pytest.fixture(scope="module")
def tagger() -> name_tagger.Tagger:
    return name_tagger.load_tagger()


def _covered(texts: list[str], seed: int) -> list[list[tuple[int, int]]]:
    """Random spans, some past the text's end, some touching, some empty."""
    rng = random.Random(seed)
    out = []
    for text in texts:
        n = len(text)
        spans = [(a, a + rng.randint(0, 14)) for a in (rng.randrange(n + 2) for _ in "abc")]
        out.append(spans if rng.random() < 0.6 else [])
    return out


def _same_as_one_by_one(tagger, texts, covered):
    scanned, ids = tagger.featurizer.scan_many(texts, covered)
    at = 0
    for text, spans, (tokens, order) in zip(texts, covered, scanned, strict=True):
        one_tokens, one_order, one_ids = tagger.featurizer.scan(text, spans)
        assert tokens.triples() == one_tokens.triples() and order == one_order, text
        assert np.array_equal(ids[at : at + len(order)], one_ids), text
        at += len(order)
    assert at == len(ids)
    for threshold in (0.05, 0.7, 0.99):
        many = tagger.names_many(texts, threshold, covered)
        assert many == [tagger.names(t, threshold, c) for t, c in zip(texts, covered, strict=True)]


@pytest.mark.parametrize("size", [2, 63, 64, 65])
def test_a_group_is_its_texts_one_by_one(tagger, size):
    rng = random.Random(size)
    texts = [rng.choice(EDGES) for _ in range(size)]
    _same_as_one_by_one(tagger, texts, [[] for _ in texts])
    _same_as_one_by_one(tagger, texts, _covered(texts, size))


def test_a_group_of_one_and_none(tagger):
    for text in EDGES:
        group = tagger.featurizer.group([text], [[]])
        _scanned, ids = tagger.featurizer.scan_many([text], [[]])
        assert np.array_equal(group.ids, ids)
    assert tagger.names_many([], 0.7, []) == []
    scanned, ids = tagger.featurizer.scan_many([], [])
    assert scanned == [] and ids.shape == (0, f.WIDTH)


def test_a_very_long_post_among_short_ones(tagger):
    texts = ["", LONG, "Zed Quil", LONG[:5000]]
    _same_as_one_by_one(tagger, texts, _covered(texts, 7))
    assert any(tagger.names_many(texts, 0.7, [[] for _ in texts]))


def test_random_text_in_random_groups(tagger):
    rng = random.Random(16)
    bits = [*EDGES, "van der", "Vasq", ",", ".", "\n", "grace", "Guest:", "hi", "\t", "@"]
    gaps = [" ", "", "  ", "\n"]
    texts = [
        "".join(rng.choice(bits) + rng.choice(gaps) for _ in range(rng.randint(0, 12)))
        for _ in range(300)
    ]
    for g in range(0, len(texts), 50):
        group = texts[g : g + 50]
        _same_as_one_by_one(tagger, group, _covered(group, g))


def test_redact_batch_is_redact_in_groups_of_one_to_65(monkeypatch):
    redactor = Redactor.from_members(["Halvard Emberline"], name_tagger=True)
    texts = [*EDGES, LONG[:3000], "Halvard Emberline wrote to Corvanne Dusk, call 020 7946 0321"]
    expected = [redactor.redact(text).text for text in texts]
    for size in (1, 3, 63, 64, 65):
        monkeypatch.setattr(engine, "_TAGGED_GROUP", size)
        assert redactor.redact_batch(texts)[0] == expected


def test_a_text_that_holds_the_separator_is_read_text_by_text(tagger):
    from trainer.redact.name_tagger_group import _SEPARATOR

    texts = ["Zed Quil", f"Ondrel{_SEPARATOR}Vasquine and Dr. Brannoch", _SEPARATOR, "mr Orla"]
    _same_as_one_by_one(tagger, texts, _covered(texts, 3))


def test_cache_resets_between_groups_give_the_same_ids(tagger, monkeypatch):
    texts = [*EDGES, "Zed Quil"]
    covered = _covered(texts, 5)
    expected = tagger.featurizer.scan_many(texts, covered)[1]
    small = f.Featurizer(f.Lexicon.load())
    monkeypatch.setattr(f, "_CACHE_MAX", 60)  # a reset before every group
    monkeypatch.setattr(f, "_CHUNKS_MAX", 3)
    for _ in range(3):
        assert np.array_equal(small.scan_many(texts, covered)[1], expected)
