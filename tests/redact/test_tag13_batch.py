"""The name tagger read chunk by chunk and scored many texts at once (name_tagger_features
``scan_many``, name_tagger ``names_many``/``find_tagged_names_many``, the engine's
``redact_batch``): the same tokens, feature ids, probabilities and hits as text by text.
Made-up text only."""

from __future__ import annotations

import numpy as np
import pytest

from trainer.redact import Redactor, engine, name_tagger
from trainer.redact import name_tagger_features as f
from trainer.redact.name_tagger_keys import record_keys
from trainer.redact.name_tagger_tokens import Tokens, tokenize

TEXTS = [
    "Thanks Orvella Quintmarsh for the ride!",
    "  leading space, then Dr. Brannoch and #zellikove\n\nSecond line by mr quorrowin  ",
    "Guest: Tamsko Feldraine\nRoom: 12\nNote: late check-in",
    "id;Passagier;stoel\n7;VENNICK/ULLA;12A\n8;ORST/PIA;12B",
    "",
    "   \n\t ",
    "no capital here at all, just words",
    "O'Dowlane-Kirsch met (Jasperine) and @ferrolay\ttoday 🎉Mirabelle",
    "serena bianchini, ci vediamo. thanks rose",
    "A\u00a0Non-breaking\u2003space Ledrovic",
]
MEMBERS = ["Halvard Emberline", "Ysolde Penwright"]


@pytest.fixture(scope="module")
def featurizer() -> f.Featurizer:
    return f.Featurizer(f.Lexicon.load())


@pytest.mark.parametrize("text", TEXTS)
def test_chunked_tokens_are_the_regex_tokens(featurizer, text):
    tokens, _order, _ids = featurizer.scan(text)
    assert tokens.triples() == Tokens(text).triples() == tokenize(text)
    for i in range(1, len(tokens)):
        gap = text[tokens.ends[i - 1] : tokens.start(i)]
        assert tokens.glued(i) == (gap == "")
        assert tokens.line_break_before(i) == ("\n" in gap)


def test_scan_many_is_scan_text_by_text(featurizer):
    covered = [[(7, 15)] if i == 0 else [] for i in range(len(TEXTS))]
    scanned, ids = featurizer.scan_many(TEXTS, covered)
    at = 0
    for text, spans, (tokens, order) in zip(TEXTS, covered, scanned, strict=True):
        one_tokens, one_order, one_ids = featurizer.scan(text, spans)
        assert tokens.triples() == one_tokens.triples() and order == one_order
        assert np.array_equal(ids[at : at + len(order)], one_ids)
        at += len(order)
    assert at == len(ids) and ids.shape[1] == f.WIDTH
    assert featurizer.scan_many([], [])[1].shape == (0, f.WIDTH)


def test_a_cache_reset_between_texts_gives_the_same_ids(monkeypatch):
    fresh = f.Featurizer(f.Lexicon.load())
    expected = [fresh.scan(text) for text in TEXTS]
    small = f.Featurizer(f.Lexicon.load())
    monkeypatch.setattr(f, "_CACHE_MAX", 60)  # a reset before nearly every text
    monkeypatch.setattr(f, "_CHUNKS_MAX", 3)
    for text, (tokens, order, ids) in zip(TEXTS * 2, expected * 2, strict=True):
        got_tokens, got_order, got_ids = small.scan(text)
        assert got_tokens.triples() == tokens.triples() and got_order == order
        assert np.array_equal(got_ids, ids)


def test_names_many_is_names_text_by_text():
    tagger = name_tagger.load_tagger()
    covered = [[] for _ in TEXTS]
    many = tagger.names_many(TEXTS, 0.7, covered)
    assert many == [tagger.names(text, 0.7) for text in TEXTS]
    assert any(many)  # some names were found at all
    found = name_tagger.find_tagged_names_many(TEXTS, threshold=0.7, covered=[[]] * len(TEXTS))
    assert found == [name_tagger.find_tagged_names(t, threshold=0.7) for t in TEXTS]


def test_probabilities_of_a_text_do_not_depend_on_the_batch():
    tagger = name_tagger.load_tagger()
    _tokens, alone = tagger.probs(TEXTS[0])
    tagger.names_many(TEXTS, 0.7, [[] for _ in TEXTS])
    _tokens, again = tagger.probs(TEXTS[0])
    assert alone.tobytes() == again.tobytes()


@pytest.mark.parametrize("enabled", [None, ("NAME", "EMAIL", "PHONE")])
def test_redact_batch_with_the_tagger_is_redact_text_by_text(monkeypatch, enabled):
    redactor = Redactor.from_members(MEMBERS, name_tagger=True, enabled_types=enabled)
    monkeypatch.setattr(engine, "_TAGGED_GROUP", 3)  # groups of 3, the last one short
    texts = [*TEXTS, "Halvard Emberline wrote to Corvanne Dusk", "call 020 7946 0321"]
    out, counts = redactor.redact_batch(texts)
    assert out == [redactor.redact(text).text for text in texts]
    assert counts["NAME"] >= 3


def test_redact_batch_with_the_tagger_refuses_a_non_text():
    redactor = Redactor.from_members(MEMBERS, name_tagger=True)
    with pytest.raises(TypeError, match="takes a str"):
        redactor.redact_batch(["fine", b"bytes"])


def test_a_newline_without_a_delimiter_holds_no_table():
    assert record_keys("Passagier\nVENNICK ULLA\nORST PIA") == []
    assert record_keys("Passagier;stoel\nVENNICK;12A\nORST;12B") != []
