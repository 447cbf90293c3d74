"""Tagger work of 2026-12-05 morning (task T): the held-out cache of trainer_dev.tagger_recipe is
never unpickled, and the optional hidden layer of the name tagger (trainer.redact.
name_tagger_hidden, trained by trainer_dev.tagger_hidden). Made-up text and values only."""

from __future__ import annotations

import numpy as np
import pytest

from trainer.errors import UserError
from trainer.redact import name_tagger as nt
from trainer.redact.name_tagger import NAME
from trainer.redact.name_tagger_features import BITS, Featurizer, Lexicon
from trainer.redact.name_tagger_hidden import Hidden, as_float32, hidden_logits
from trainer_dev import tagger as tg
from trainer_dev import tagger_recipe
from trainer_dev.tagger_cache import heldout_key
from trainer_dev.tagger_heldout_store import read_heldout, write_heldout
from trainer_dev.tagger_hidden import train_hidden

RAN: list[str] = []


class _Planted:
    """An object whose unpickling would run code (records that it ran)."""

    def __reduce__(self):
        return (RAN.append, ("planted code ran",))


def _held() -> dict:
    return {
        "rules": {"person_recall": 0.5, "fp_per_1k_words": 1.25, "by": {"x": [1, 2]}},
        "spans": [[("EMAIL", 3, 20), ("PERSON", 25, 31)], [], [("PHONE", 0, 9)]],
        "cands": [[(25, 31), (40, 44)], [(0, 5)], []],
        "ids": np.arange(3 * 46, dtype=np.uint64).reshape(3, 46),
    }


def test_the_heldout_file_round_trips_without_pickle(tmp_path):
    path = tmp_path / "heldout_x.npz"
    write_heldout(path, _held())
    back = read_heldout(path)
    assert back["rules"] == _held()["rules"]
    assert back["spans"] == _held()["spans"] and back["cands"] == _held()["cands"]
    assert back["ids"].dtype == np.uint64 and np.array_equal(back["ids"], _held()["ids"])
    assert not list(tmp_path.glob("*.part*"))  # written whole, then renamed


def test_a_planted_pickle_in_the_heldout_cache_is_refused_not_run(tmp_path):
    RAN.clear()
    # a file planted under the very name the default /tmp cache would read for a set
    path = tmp_path / f"heldout_fortysecond_{heldout_key('fortysecond')}.npz"
    np.savez(path, rules_json=np.array([_Planted()], dtype=object))  # savez pickles objects
    with pytest.raises(ValueError, match="allow_pickle"):
        tagger_recipe.heldout("fortysecond", None, tmp_path)
    assert RAN == []


def test_a_planted_pickle_in_the_row_cache_is_refused_not_run(tmp_path):
    RAN.clear()
    path = tmp_path / "fresh_base_10_0_" f"{tagger_recipe.rows_key('fresh')}.npz"
    np.savez(path, ids=np.array([_Planted()], dtype=object))
    with pytest.raises(ValueError, match="allow_pickle"):
        tagger_recipe.set_part("fresh", "base", None, 10, 0, tmp_path)
    assert RAN == []


# ---- the optional hidden layer (name_tagger_hidden, tagger_hidden)

def _xor_rows(repeat: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of three ids (a: 1 or 2, b: 3 or 4, bias 0), NAME exactly when one of a and b is
    the first: a conjunction no sum of per-id weights can express."""
    base = np.array([[1, 3, 0], [1, 4, 0], [2, 3, 0], [2, 4, 0]], dtype=np.uint32)
    labels = np.array([NAME, 0, 0, NAME])
    return np.tile(base, (repeat, 1)), np.tile(labels, repeat)


def _p_name(weights, hidden, ids) -> np.ndarray:
    z = weights[ids.astype(np.intp)].sum(axis=1)
    if hidden is not None:
        z = z + hidden_logits(as_float32(hidden), ids.astype(np.uint64))
    return tg.softmax(z)[:, NAME]


def test_the_hidden_layer_learns_a_conjunction_the_linear_model_cannot():
    ids, labels = _xor_rows(2048)  # 4 batches an epoch: 120 updates
    linear = tg.train(ids, labels, bits=3, epochs=30, lr=0.3)
    weights, hidden = train_hidden(ids, labels, size=4, bits=3, epochs=30, lr=0.3, lr_dense=0.1)
    got_linear = (_p_name(linear, None, ids[:4]) >= 0.5).tolist()
    got_hidden = (_p_name(weights, hidden, ids[:4]) >= 0.5).tolist()
    assert got_hidden == [True, False, False, True]
    assert got_linear != [True, False, False, True]


def test_hidden_training_is_deterministic_and_leaves_unseen_buckets_at_zero():
    ids, labels = _xor_rows(50)
    one = train_hidden(ids, labels, size=3, bits=3, epochs=2, seed=5)
    two = train_hidden(ids, labels, size=3, bits=3, epochs=2, seed=5)
    pairs = zip((one[0], *one[1]), (two[0], *two[1]), strict=True)
    assert all(np.array_equal(a, b) for a, b in pairs)
    assert not one[1].embed[5:].any() and not one[0][5:].any()  # ids 5-7 never seen
    with pytest.raises(ValueError, match="at least one unit"):
        train_hidden(ids, labels, size=0, bits=3)


def test_a_model_without_hidden_layer_scores_exactly_as_the_linear_tagger(tmp_path):
    rng = np.random.default_rng(1)
    weights = (rng.standard_normal((1 << BITS, 3)) * 0.1).astype(np.float16)
    featurizer = Featurizer(Lexicon.load())
    text = "Thanks to Quillon Marvaez for the keys, said Odalys Brenkett."
    _tok, linear = nt.Tagger(weights, featurizer).probs(text)
    zero = Hidden(np.zeros((1 << BITS, 2), np.float16), np.zeros(2, np.float16),
                  np.ones((2, 3), np.float16))
    _tok, with_zero = nt.Tagger(weights, featurizer, zero).probs(text)
    assert np.array_equal(linear, with_zero)  # tanh(0) = 0: a zero layer adds nothing
    assert len(linear) and (linear[:, NAME] > 0).any()


def test_weights_with_a_hidden_layer_round_trip_and_are_checked(tmp_path):
    rng = np.random.default_rng(2)
    weights = rng.standard_normal((1 << BITS, 3)).astype(np.float32)
    hidden = Hidden(rng.standard_normal((1 << BITS, 4)).astype(np.float32),
                    rng.standard_normal(4).astype(np.float32),
                    rng.standard_normal((4, 3)).astype(np.float32))
    path = tmp_path / "w.npz"
    digest = nt.write_weights(path, weights, {"recipe": "test"}, hidden)
    assert nt.write_weights(tmp_path / "again.npz", weights, {"recipe": "test"}, hidden) == digest
    got_w, got_h, meta = nt.read_model(path, digest)
    assert meta == {"recipe": "test"}
    assert np.array_equal(got_w, weights.astype(np.float16))
    assert all(np.array_equal(g, h.astype(np.float16))
               for g, h in zip(got_h[:3], hidden[:3], strict=True))
    assert got_h.cols is None  # a layer over every column stores none (task T, 2026-12-05)
    assert np.array_equal(nt.read_weights(path, digest)[0], got_w)  # linear readers still work
    linear_only = nt.write_weights(tmp_path / "lin.npz", weights, {"recipe": "test"})
    assert nt.read_model(tmp_path / "lin.npz", linear_only)[1] is None
    bad = Hidden(hidden.embed[:, :3], hidden.bias, hidden.out)
    bad_digest = nt.write_weights(tmp_path / "bad.npz", weights, {}, bad)
    with pytest.raises(UserError, match="inconsistent shapes"):
        nt.read_model(tmp_path / "bad.npz", bad_digest)


def test_a_recipe_with_hidden_units_fits_the_hidden_model_and_v9s_stays_linear():
    assert tagger_recipe.RECIPES["dany_neg4_h8"].hidden == 8
    assert tagger_recipe.RECIPES["dany_neg4"].hidden == 0  # v9's recipe: the linear model
    ids, labels = _xor_rows(4)
    weights, hidden = tagger_recipe.fit_rows(tagger_recipe.Recipe(hidden=2, epochs=1), ids,
                                             labels, None, seed=0)
    assert weights.shape == (1 << BITS, 3) and hidden.embed.shape == (1 << BITS, 2)
    linear, none = tagger_recipe.fit_rows(tagger_recipe.Recipe(epochs=1), ids, labels, None, seed=0)
    assert none is None and np.array_equal(linear, tg.train(ids, labels, epochs=1, seed=0))
