"""Tagger v8's recipe: declined-name copies (labels follow the rewritten name), PII-free rows
weighted, and an unweighted fit computed exactly as before row weights existed. Made-up names
and text only."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from trainer.redact import name_tagger as nt
from trainer_dev import tagger as tg
from trainer_dev.tagger_declension import ENDINGS, decline_word, declined
from trainer_dev.tagger_experiment import token_labels
from trainer_dev.tagger_recipe import RECIPES, Recipe, row_weights


@dataclass
class Post:
    text: str
    items: list
    locale: str
    pii_free: bool = False
    lookalikes: list = field(default_factory=list)


def test_words_take_their_languages_case_endings():
    rng = random.Random(3)
    assert {decline_word("Varnelis", "lt", rng) for _ in range(40)} == {
        "Varnelio", "Varneliui", "Varnelį"}
    assert {decline_word("Ulfarsson", "is", rng) for _ in range(40)} == {
        "Ulfarssyni", "Ulfarssonar"}
    assert {decline_word("Zabrowski", "pl", rng) for _ in range(40)} == {
        "Zabrowskiego", "Zabrowskiemu", "Zabrowskim"}
    assert {decline_word("QUARNEK", "cs", rng) for _ in range(40)} == {
        "QUARNEKA", "QUARNEKOVI", "QUARNEKEM"}  # a name in capitals keeps them
    assert decline_word("Bo", "lv", rng) == "Bo" and decline_word("R2-D2", "lt", rng) == "R2-D2"
    assert {"is", "lv", "lt", "et", "fi", "hu", "cs", "sk", "pl", "hr", "sl"} <= set(ENDINGS)


def test_a_declined_copy_relabels_the_new_form():
    post = Post("Dėkojame Tomas Varnelis už pagalbą.",
                [("PERSON", ["Tomas", "Varnelis"], "Tomas Varnelis")], "lt_LT")
    copies = [c for seed in range(20) for c in declined(post, random.Random(seed))]
    assert copies and all("Tomas Varnelis" not in c.text for c in copies)
    for copy in copies:
        value = copy.items[0][2]
        assert value in copy.text and value.split()[1].startswith("Varnel")
        tokens = tg.tokenize(copy.text)
        named = [t for (t, _s, _e), lab in zip(tokens, token_labels(copy, tokens), strict=True)
                 if lab == nt.NAME]
        assert named == value.split()


def test_other_languages_get_copies_only_when_asked():
    post = Post("Thanks to Mara Quillon for the keys.",
                [("PERSON", ["Mara", "Quillon"], "Mara Quillon")], "en_GB")
    assert not [c for s in range(50) for c in declined(post, random.Random(s))]
    some = [c for s in range(50) for c in declined(post, random.Random(s), any_locale=True)]
    assert 0 < len(some) < 50  # a fraction of the posts, never the original text
    assert all(c.text != post.text for c in some)


def test_pii_free_rows_weigh_more_with_mean_one():
    labels = np.array([0, 1, 0, 0, 2])
    negative = np.array([False, False, True, True, False])
    assert row_weights(Recipe(), labels, negative) is None
    weight = row_weights(Recipe(negative_weight=4.0), labels, negative)
    assert weight.dtype == np.float32 and abs(float(weight.mean()) - 1.0) < 1e-6
    assert weight[2] == weight[3] == 4 * weight[0] and weight[0] == weight[1] == weight[4]
    assert RECIPES["v7"] == Recipe()


def test_unit_row_weights_fit_exactly_the_unweighted_model():
    rng = np.random.default_rng(5)
    feats = rng.integers(0, 1 << 10, size=(300, 6), dtype=np.uint32)
    labels = rng.integers(0, 3, size=300)
    plain = tg.train(feats, labels, bits=10, epochs=2, seed=1)
    ones = tg.train(feats, labels, bits=10, epochs=2, seed=1,
                    row_weight=np.ones(300, np.float32))
    assert np.array_equal(plain, ones)
    heavy = np.where(labels == 0, 4.0, 1.0).astype(np.float32)
    weighted = tg.train(feats, labels, bits=10, epochs=2, seed=1, row_weight=heavy)
    assert not np.array_equal(plain, weighted)
