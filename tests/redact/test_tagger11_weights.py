"""Tagger v5 to v9: one named default threshold shared by the redactor, its config and the
training script; the shipped weights (v9; v8 before) record the development sets, the recipe
and the operating point chosen leave-one-generator-out, and the shift that folds it in makes
the shipped model flag, at the default threshold, exactly the tokens the raw model flags at that
point. Made-up text only."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path

import numpy as np

from trainer.config_schema import RedactionConfig
from trainer.redact import Redactor
from trainer.redact import name_tagger as nt
from trainer.redact import name_tagger_features as ntf
from trainer_dev import tagger as tg
from trainer_dev.tagger_recipe import RECIPES

ROOT = Path(__file__).resolve().parents[2]
CHOSEN_RAW = 0.75  # the raw P(NAME) the default acts as (v9: train_name_tagger.py's docstring)
CHOSEN_RECIPE = "dany_neg4"  # v8's and v9's recipe (trainer_dev.tagger_recipe, same docstring)
TWENTY_FOUR = (
    "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
    "twentyfifth", "twentysixth",
)
TEXTS = [
    "Lunch with Ilse Varnhagen, then Bo Lindqvist called.",
    "thanks rose for the help, and ask aabid about the keys",
    "Passenger: VARNHAGEN/ILSE MS\nGuests:\n- Bo Lindqvist\n- Ada Quillane",
    "hej tove, kan du ringa Sundqvist om nyckeln?",
]


def _train_script():
    spec = importlib.util.spec_from_file_location(
        "train_name_tagger", ROOT / "scripts" / "train_name_tagger.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_default_threshold_everywhere():
    signature = inspect.signature(Redactor.from_members).parameters["name_tagger_threshold"]
    assert signature.default == nt.DEFAULT_THRESHOLD == RedactionConfig().name_tagger_threshold
    script = _train_script()
    assert script.DEFAULT is nt.DEFAULT_THRESHOLD and "inspect" not in vars(script)


def test_the_shipped_weights_record_the_sets_the_recipe_and_the_chosen_point():
    _weights, meta = nt.read_weights(nt.WEIGHTS_FILE, nt.WEIGHTS_SHA256)
    # v9 trains on every development set, v8's twenty-four among them
    assert set(TWENTY_FOUR) < set(nt.TRAINED_ON) and len(nt.TRAINED_ON) == 37
    assert meta["trained_on"] == ",".join(nt.TRAINED_ON)
    script = _train_script()
    assert script.OPERATING_POINT == CHOSEN_RAW
    assert meta["operating_point"] == f"raw P(NAME) {CHOSEN_RAW} = threshold {nt.DEFAULT_THRESHOLD}"
    recipe = RECIPES[CHOSEN_RECIPE]
    assert script.RECIPE == CHOSEN_RECIPE and meta["recipe"].startswith(f"{CHOSEN_RECIPE}: ")
    assert (meta["train_posts_per_set"], meta["epochs"]) == ("6000", str(recipe.epochs))
    assert (meta["augment"], meta["declined"]) == (
        recipe.surface or "none", recipe.declined or "none")
    assert meta["lexicon_sha256"] == ntf.lexicon_sha256()


def test_the_shifted_model_flags_what_the_raw_one_flags_at_the_chosen_point():
    rng = np.random.default_rng(11)
    raw = rng.normal(0, 0.4, size=(1 << ntf.BITS, 3)).astype(np.float32)
    shipped = tg.shift_operating_point(raw, raw=CHOSEN_RAW, shipped=nt.DEFAULT_THRESHOLD)
    featurizer = ntf.Featurizer(ntf.Lexicon.load())
    flagged = scored_total = 0
    for text in TEXTS:
        _tokens, p_raw = nt.Tagger(raw, featurizer).probs(text)
        _tokens, p_new = nt.Tagger(shipped, featurizer).probs(text)
        scored = p_raw[:, 0] != 1.0
        away = np.abs(p_raw[scored, nt.NAME] - CHOSEN_RAW) > 1e-3  # float16 rounding of a tie
        raw_flags = p_raw[scored, nt.NAME] >= CHOSEN_RAW
        new_flags = p_new[scored, nt.NAME] >= nt.DEFAULT_THRESHOLD
        assert (raw_flags == new_flags)[away].all()
        flagged += int(raw_flags.sum())
        scored_total += int(scored.sum())
    assert 0 < flagged < scored_total  # the comparison saw tokens on both sides of the point
    # v5's to v8's point was the default itself (the fold moved nothing); v9's raw 0.75 differs
    # from it, so the fold must move exactly one weight, NAME's bias
    changed = int((shipped != raw).sum())
    assert changed == (0 if CHOSEN_RAW == nt.DEFAULT_THRESHOLD else 1)
