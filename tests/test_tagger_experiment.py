"""The learned-tagger experiment of issue #10 (trainer_dev.tagger, trainer_dev.tagger_experiment):
tokens and offsets, labels from item values, a tiny training run that learns, span merging and
the union with rule spans. Made-up text only."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pytest

from trainer_dev import tagger as tg
from trainer_dev import tagger_experiment as te


@dataclass
class FakePost:
    text: str
    items: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    pii_free: bool = False
    locale: str = "en"


@pytest.fixture(scope="module")
def featurizer():
    return tg.Featurizer(tg.Lexicon.load())


def test_tokens_keep_offsets():
    text = "Ms. O'Hara-Smith paid 12,50 €\nat 4 Elm Rd."
    for tok, start, end in tg.tokenize(text):
        assert text[start:end] == tok
    assert "O'Hara-Smith" in [t for t, _, _ in tg.tokenize(text)]


def test_labels_from_values():
    post = FakePost(
        "Ask Tilda Vormbrook at 4 Elm Rd, or @Tilda Vormbrook.",
        items=[("PERSON", ["w:Vormbrook"], "Tilda Vormbrook"), ("ADDRESS", ["t:Elm"], "4 Elm Rd")],
    )
    tokens = tg.tokenize(post.text)
    labels = dict(zip([t for t, _, _ in tokens], te.token_labels(post, tokens), strict=True))
    assert labels["Tilda"] == labels["Vormbrook"] == 1  # both occurrences
    assert labels["Elm"] == labels["4"] == labels["Rd"] == 2
    assert labels["Ask"] == labels["@"] == labels[","] == 0


def test_a_tiny_model_learns(featurizer):
    given = ["Tilda", "Oskar", "Brit", "Jorun", "Mads", "Ilse"]
    family = ["Vormbrook", "Quillane", "Ostervald", "Pellhurst", "Danvik", "Roswall"]
    posts = []
    for i in range(120):
        name = f"{given[i % 6]} {family[(i * 5) % 6]}"
        posts.append(FakePost(f"Thanks to {name} for the review.", [("PERSON", [], name)]))
        posts.append(FakePost("Thanks to the team for the review.", pii_free=True))
    docs = [(p.text, tg.tokenize(p.text)) for p in posts]
    feats = featurizer.features_many(docs)
    labels = np.concatenate([te.token_labels(p, t) for p, (_, t) in zip(posts, docs, strict=True)])
    assert feats.shape == (len(labels), 30) and feats.max() < 2**tg.BITS
    tagger = tg.Tagger(tg.train(feats, labels, epochs=3), featurizer)
    text = "Thanks to Brit Roswall for the review."
    tokens, probs = tagger.probs(text)
    spans = tg.tag_spans(text, tokens, probs, 0.5)
    assert [text[s:e] for _, s, e in spans] == ["Brit Roswall"]
    assert tagger.weights.nbytes < 5 * 2**20


def test_batch_equals_single(featurizer):
    texts = ["Hi Ana.", "", "Call Bo Li\nnow"]
    batch = featurizer.features_many([(t, tg.tokenize(t)) for t in texts])
    single = np.concatenate([featurizer.features(t, tg.tokenize(t)) for t in texts])
    assert np.array_equal(batch, single)


def test_union_merges_and_replaces():
    text = "Meet Ana Lind at noon"
    spans = te._merge([("PERSON", 5, 8), ("NAME", 9, 13), ("NAME", 17, 21)])
    assert spans == [["PERSON", 5, 8], ["NAME", 9, 13], ["NAME", 17, 21]]
    assert te._merge([("PERSON", 5, 10), ("NAME", 9, 13)]) == [["PERSON", 5, 13]]
    assert te._apply(text, spans) == "Meet [PERSON] [NAME] at [NAME]"


def test_score_uses_the_sets_leak_rule():
    score = te.Score()
    post = FakePost("Meet Ana Lind", items=[("PERSON", ["Lind"], "Ana Lind")], lookalikes=["Meet"])

    def leaked(redacted, fragments, background):
        return any(f in redacted and f not in background for f in fragments)

    score.add(post, "Meet [NAME]", 1, leaked)
    score.add(post, "Meet Ana Lind", 0, leaked)
    report = score.report()
    assert report["recall"]["PERSON"] == 0.5 and report["lookalike_survival"] == 1.0
