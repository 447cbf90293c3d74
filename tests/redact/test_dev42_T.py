"""The tagger's on-disk row and held-out caches (trainer_dev.tagger_recipe, reused by
scripts/train_name_tagger.py --cache) are keyed by what they depend on: a file written under
another word-list digest, other features, another generator or other rules is not read back.
And tagger v10's balanced recipe: every set weighs the same in total. Made-up text only."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pytest

from trainer.redact import name_tagger_features as ntf
from trainer_dev import tagger as tg
from trainer_dev import tagger_cache as tc
from trainer_dev import tagger_recipe as tr
from trainer_dev.tagger_heldout_store import write_heldout


@dataclass
class Post:
    text: str
    items: list
    locale: str = "en_GB"
    pii_free: bool = False
    lookalikes: list = field(default_factory=list)


POSTS = [
    Post("Thanks to Mara Quillon for the keys.",
         [("PERSON", ["Mara", "Quillon"], "Mara Quillon")]),
    Post("Ask Tevo Brandlin about the van.", [("PERSON", ["Tevo", "Brandlin"], "Tevo Brandlin")]),
    Post("The van is back at the depot.", [], pii_free=True),
]


@pytest.fixture
def fake_set(monkeypatch):
    monkeypatch.setattr(tr, "load_set", lambda name: ([], POSTS, lambda *a: False))


@pytest.fixture(scope="module")
def featurizer():
    return tg.Featurizer(tg.Lexicon.load())


def _clear():
    for fn in (tc.features_version, tc.labels_digest, tc.generator_digest, tc.rules_digest):
        fn.cache_clear()


def test_a_row_file_written_under_another_key_is_not_reused(fake_set, featurizer, monkeypatch,
                                                            tmp_path):
    monkeypatch.setattr(tr, "rows_key", lambda name: "a" * 16)
    fresh = tr.set_part("made", "base", featurizer, 10, 0, tmp_path)
    (path,) = tmp_path.iterdir()
    assert path.name == f"made_base_10_0_{'a' * 16}.npz"
    stale = {k: v[:1] for k, v in fresh.items()}  # what another lexicon might have left
    np.savez(path, **stale)
    assert len(tr.set_part("made", "base", featurizer, 10, 0, tmp_path)["labels"]) == 1  # same key
    monkeypatch.setattr(tr, "rows_key", lambda name: "b" * 16)
    again = tr.set_part("made", "base", featurizer, 10, 0, tmp_path)
    assert len(again["labels"]) == len(fresh["labels"]) > 1
    assert np.array_equal(again["ids"], fresh["ids"])


def test_a_heldout_file_written_under_other_rules_is_not_reused(fake_set, featurizer,
                                                                monkeypatch, tmp_path):
    monkeypatch.setattr(tr, "rules_pass", lambda posts, members, leaked: (
        {"rules": "today"}, [[] for _ in posts]))
    monkeypatch.setattr(tr, "heldout_key", lambda name: "c" * 16)
    stale = {"rules": "yesterday", "spans": [], "cands": [], "ids": np.zeros((0, 1))}
    write_heldout(tmp_path / f"heldout_made_{'c' * 16}.npz", stale)  # no pickle (test_dev44_T)
    assert tr.heldout("made", featurizer, tmp_path)["rules"] == "yesterday"  # same key: reused
    monkeypatch.setattr(tr, "heldout_key", lambda name: "d" * 16)
    assert tr.heldout("made", featurizer, tmp_path)["rules"] == {"rules": "today"}
    assert (tmp_path / f"heldout_made_{'d' * 16}.npz").exists()


def test_the_keys_move_with_the_lexicon_the_features_and_the_rules(monkeypatch):
    _clear()
    rows, held = tc.rows_key("fourth"), tc.heldout_key("fourth")
    assert rows != tc.rows_key("fifth") and len(rows) == tc.KEY_LEN
    monkeypatch.setattr(ntf, "lexicon_sha256", lambda: "0" * 64)
    assert tc.rows_key("fourth") != rows and tc.heldout_key("fourth") != held
    monkeypatch.undo()
    assert tc.rows_key("fourth") == rows
    monkeypatch.setattr(ntf, "BITS", ntf.BITS + 1)
    _clear()
    assert tc.rows_key("fourth") != rows
    monkeypatch.undo()
    _clear()
    monkeypatch.setattr(tc, "rules_digest", lambda: "1" * 64)
    assert tc.rows_key("fourth") == rows and tc.heldout_key("fourth") != held
    monkeypatch.undo()
    _clear()


def test_the_digests_cover_the_sources_that_make_a_row():
    features = {p.name for p in tc.source_closure(
        ("trainer.redact.name_tagger_features",), "trainer.redact")}
    assert {"name_tagger_features.py", "name_tagger_candidates.py", "name_tagger_keys.py",
            "names.py", "person_greetings.py", "record_keys.py"} <= features
    assert "phones.py" not in features  # the rules' other modules key the held-out file only
    generator = {p.name for p in tc.source_closure(
        ("trainer_dev.redaction_sets.fortyfirst",), "trainer_dev.redaction_sets")}
    assert {"fortyfirst.py", "fortyfirst_checks.py", "fortyfirst_people.py"} <= generator
    assert not any(n.startswith("fortieth") for n in generator)
    labels = {p.name for p in tc.source_closure(tc.LABEL_MODULES, "trainer_dev.tagger")}
    assert {"tagger_experiment.py", "tagger_augment.py", "tagger_declension.py"} <= labels


def test_a_balanced_recipe_gives_every_set_the_same_total_weight():
    labels = np.array([0, 1, 0, 0, 1, 0, 0, 0])
    negative = np.array([1, 0, 0, 0, 0, 1, 1, 0], bool)
    group = np.array([0, 0, 0, 1, 1, 1, 1, 1])
    w = tr.row_weights(tr.RECIPES["dany_neg4_bal"], labels, negative, group)
    assert w.mean() == pytest.approx(1.0)
    assert w[:3].sum() == pytest.approx(w[3:].sum())
    assert w[0] / w[1] == pytest.approx(4.0) and w[5] / w[4] == pytest.approx(4.0)
    plain = tr.row_weights(tr.RECIPES["dany_neg4"], labels, negative, group)
    assert plain[0] / plain[1] == pytest.approx(4.0) and plain[:3].sum() != plain[3:].sum()
    with pytest.raises(ValueError, match="group"):
        tr.row_weights(tr.RECIPES["dany_neg4_bal"], labels, negative)
