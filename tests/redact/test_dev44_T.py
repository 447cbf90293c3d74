"""Tagger work of 2026-12-05 morning (task T): the held-out cache of trainer_dev.tagger_recipe is
never unpickled, and the optional hidden layer of the name tagger (trainer.redact.
name_tagger_hidden, trained by trainer_dev.tagger_hidden). Made-up text and values only."""

from __future__ import annotations

import numpy as np
import pytest

from trainer_dev import tagger_recipe
from trainer_dev.tagger_cache import heldout_key
from trainer_dev.tagger_heldout_store import read_heldout, write_heldout

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
