"""The name tagger's hidden layer over some feature columns (task T, 2026-12-05): a layer that reads
only the candidate's own ids (``name_tagger_hidden.OWN_COLS``), trained by
``trainer_dev.tagger_hidden`` and stored in the weights file; the recall model's recipes
(``trainer_dev.tagger_recipe``), measured held out and NOT shipped (scripts/train_name_tagger.py,
"The recall model (2026-12-05)"); the default model left as it was. Made-up text and values
only."""

from __future__ import annotations

import numpy as np
import pytest

from trainer.errors import UserError
from trainer.redact import Redactor
from trainer.redact import name_tagger as nt
from trainer.redact.name_tagger_features import BITS, WIDTH
from trainer.redact.name_tagger_hidden import OWN_COLS, Hidden, hidden_logits
from trainer_dev import tagger_recipe
from trainer_dev.tagger_hidden import train_hidden


def test_the_default_model_is_v9_linear_and_redacts_as_before():
    _weights, hidden, meta = nt.read_model(nt.WEIGHTS_FILE, nt.WEIGHTS_SHA256)
    assert hidden is None and "model" not in meta  # v9: the linear model alone
    redactor = Redactor.from_members(["Anna Kowalska"])
    assert redactor.redact("Thanks to Tevita Fifita for the ride.").text == (
        "Thanks to [NAME] for the ride.")
    assert redactor.redact("Order 4471-22 shipped to Apia on 3 May.").text == (
        "Order 4471-22 shipped to Apia on 3 May.")
    assert redactor.config_summary()["name_tagger"]["weights"] == (
        f"name_tagger.npz: sha256 {nt.WEIGHTS_SHA256}")

def test_own_columns_are_the_candidates_own_singles_and_conjunctions():
    assert OWN_COLS.tolist() == [8, 9, 10, 11, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 35,
                                 40, 42, 43, 44]
    assert WIDTH - 1 not in OWN_COLS  # not the bias


def test_a_layer_over_own_columns_ignores_the_other_ids_and_round_trips(tmp_path):
    rng = np.random.default_rng(4)
    hidden = Hidden(rng.standard_normal((1 << BITS, 2)).astype(np.float32),
                    rng.standard_normal(2).astype(np.float32),
                    rng.standard_normal((2, 3)).astype(np.float32), OWN_COLS)
    ids = rng.integers(0, 1 << BITS, size=(5, WIDTH)).astype(np.uint64)
    other = ids.copy()
    other[:, [c for c in range(WIDTH) if c not in OWN_COLS]] = 7  # neighbours' ids changed
    assert np.array_equal(hidden_logits(hidden, ids), hidden_logits(hidden, other))
    other[:, OWN_COLS[0]] = 7
    assert not np.array_equal(hidden_logits(hidden, ids), hidden_logits(hidden, other))
    weights = np.zeros((1 << BITS, 3), np.float32)
    digest = nt.write_weights(tmp_path / "own.npz", weights, {}, hidden)
    got = nt.read_model(tmp_path / "own.npz", digest)[1]
    assert got.cols.dtype == np.int64 and np.array_equal(got.cols, OWN_COLS)
    bad = Hidden(*hidden[:3], np.array([3, WIDTH]))
    bad_digest = nt.write_weights(tmp_path / "bad.npz", weights, {}, bad)
    with pytest.raises(UserError, match="input columns out of range"):
        nt.read_model(tmp_path / "bad.npz", bad_digest)


def test_training_over_own_columns_is_deterministic_and_leaves_other_ids_embeddings_zero():
    rng = np.random.default_rng(1)
    feats = rng.integers(0, 8, size=(300, WIDTH))
    labels = rng.integers(0, 3, size=300)
    cols = np.array([0, 1])
    feats[:, 2:] += 8  # the other columns' ids live in buckets 8..15
    one = train_hidden(feats, labels, size=3, bits=4, epochs=2, seed=5, cols=cols)
    two = train_hidden(feats, labels, size=3, bits=4, epochs=2, seed=5, cols=cols)
    assert np.array_equal(one[0], two[0]) and all(
        np.array_equal(a, b) for a, b in zip(one[1], two[1], strict=True))
    assert np.array_equal(one[1].cols, cols)
    assert not one[1].embed[8:].any() and one[1].embed[:8].any()  # E only where cols' ids fall
    assert one[0][8:].any()  # the linear part reads every column


def test_the_recall_candidates_are_v9s_rows_with_a_hidden_layer_and_v9s_recipe_stays_linear():
    got = {name: (r.declined, r.negative_weight, r.hidden, r.hidden_cols)
           for name, r in tagger_recipe.RECIPES.items() if name.startswith("dany_neg") and r.hidden}
    assert got == {
        "dany_neg4_h8": ("any", 4.0, 8, ""),
        "dany_neg8_h8": ("any", 8.0, 8, ""),
        "dany_neg8_h4own": ("any", 8.0, 4, "own"),
        "dany_neg4_h4own": ("any", 4.0, 4, "own"),
    }
    assert tagger_recipe.RECIPES["dany_neg4"].hidden == 0  # v9's recipe stays linear


def test_a_recipe_over_own_columns_fits_a_layer_that_reads_only_them():
    rng = np.random.default_rng(3)
    ids = rng.integers(0, 1 << BITS, size=(64, WIDTH)).astype(np.uint32)
    labels = rng.integers(0, 3, size=64)
    recipe = tagger_recipe.Recipe(hidden=2, hidden_cols="own", epochs=1)
    weights, hidden = tagger_recipe.fit_rows(recipe, ids, labels, None, seed=0)
    assert weights.shape == (1 << BITS, 3) and hidden.embed.shape == (1 << BITS, 2)
    assert np.array_equal(hidden.cols, OWN_COLS)
    others = np.setdiff1d(ids[:, [c for c in range(WIDTH) if c not in OWN_COLS]],
                          ids[:, OWN_COLS])
    assert not hidden.embed[others].any() and hidden.embed[ids[:, OWN_COLS].ravel()].any()
