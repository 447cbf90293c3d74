"""The tagger's weights and build (since v4): the shipped file records what it was trained on and
at which operating point, fits today's word lists, and the operating-point shift moves P(NAME)
exactly; the company list the features read holds no person-shaped line. Made-up text only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from trainer.redact import name_tagger as nt
from trainer.redact import name_tagger_features as ntf
from trainer.redact.eponyms import _PERSON_FORM
from trainer.redact.names import word_list
from trainer_dev import tagger as tg

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Lunch with Ilse Varnhagen, then Bo Lindqvist called.",
    "thanks rose for the help, and ask aabid about the keys",
    "Passenger: VARNHAGEN/ILSE MS\nGuests:\n- Bo Lindqvist\n- Ada Quillane",
    "The meeting moved to Thursday, the agenda is in the shared folder.",
]


def _train_script():
    spec = importlib.util.spec_from_file_location(
        "train_name_tagger", ROOT / "scripts" / "train_name_tagger.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_record_their_training():
    _weights, meta = nt.read_weights(nt.WEIGHTS_FILE, nt.WEIGHTS_SHA256)
    assert meta["trained_on"] == ",".join(nt.TRAINED_ON)
    assert {"seventeenth", "eighteenth"} <= set(nt.TRAINED_ON) and len(nt.TRAINED_ON) == 37
    script = _train_script()
    assert meta["operating_point"] == (
        f"raw P(NAME) {script.OPERATING_POINT} = threshold {script.DEFAULT}"
    )
    assert script.DEFAULT == 0.7 and 0.5 <= script.OPERATING_POINT < 1
    # the lists the features read are pinned in the file; a later list change is reported
    assert len(meta["lexicon_sha256"]) == 64
    assert meta["lexicon_sha256"] == ntf.lexicon_sha256() and nt.lexicon_status() == "as trained"


def test_the_operating_point_shift_is_exact_and_keeps_the_ranking():
    rng = np.random.default_rng(7)
    raw = rng.normal(0, 0.3, size=(1 << ntf.BITS, 3)).astype(np.float32)
    shifted = tg.shift_operating_point(raw, raw=0.9, shipped=0.7)
    assert (shifted != raw).sum() == 1  # one weight: NAME's bias
    featurizer = ntf.Featurizer(ntf.Lexicon.load())
    for text in TEXTS:
        _tokens, p_raw = nt.Tagger(raw, featurizer).probs(text)
        _tokens, p_new = nt.Tagger(shifted, featurizer).probs(text)
        scored = p_raw[:, 0] != 1.0
        assert scored.any()
        odds = np.log(p_new[scored, 1] / (1 - p_new[scored, 1]))
        odds -= np.log(p_raw[scored, 1] / (1 - p_raw[scored, 1]))
        assert np.allclose(odds, tg.logit(0.7) - tg.logit(0.9), atol=1e-4)
        # the same tokens pass: the raw model at 0.9, the shifted one at 0.7 (away from ties)
        away = np.abs(p_raw[scored, 1] - 0.9) > 1e-4
        assert ((p_raw[scored, 1] >= 0.9) == (p_new[scored, 1] >= 0.7))[away].all()


@pytest.mark.parametrize("bad", [0.0, 1.0, -0.5, 1.5])
def test_the_shift_needs_probabilities_inside_the_unit_interval(bad):
    with pytest.raises(ValueError, match="operating points"):
        tg.shift_operating_point(np.zeros((4, 3), np.float32), raw=bad, shipped=0.7)


def test_the_company_list_holds_no_person_shaped_line():
    names = word_list("eponymous_companies.txt")
    assert not [n for n in names if _PERSON_FORM.fullmatch(n.strip())]
    assert "W.Kruk" in names  # a glued brand spelling stays listed


def test_the_shipped_default_threshold_still_adds_names_the_rules_miss():
    # the weights fold the chosen operating point into their bias; at the default 0.7 they must
    # still catch names the rules alone leave (review R11: the default was no longer tested).
    from trainer.redact import Redactor

    rules = Redactor.from_members([], name_tagger=False)
    tagged = Redactor.from_members([], name_tagger=True)
    # pin changed (t7-names): the rules now take a lower-case given name after a cue
    # ("thanks to priyanka", person_alone.cued_lower_given), so that example checks the tagger only
    lower = "thanks to priyanka for the notes"
    assert tagged.redact(lower).text == "thanks to [NAME] for the notes"
    for text, expected in (("Huge thanks, Ottoline Farquharson-Vane!", "Huge thanks, [NAME]!"),):
        assert rules.redact(text).text == text
        assert tagged.redact(text).text == expected
