"""Tagger v9: the shipped weights are v8's recipe (``dany_neg4``) trained on every development
set, at raw 0.75 (leave-one-generator-out on the thirty-eighth and thirty-ninth:
scripts/train_name_tagger.py's docstring). The record is checked, then exact outputs of the
default path (rules + tagger) that v8 got wrong: a lone given name opening a bullet, a surname in
a hand-over slot, a possessive, and the single letters and greetings v8 read as names. Every
name and value here is made up; the names are in the shapes of countries no development set
holds (Bhutan, Madagascar, Samoa, Mongolia, Lesotho), beside the development sets' shapes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from trainer.redact import Redactor
from trainer.redact import name_tagger as nt
from trainer.redact import name_tagger_features as ntf
from trainer_dev.redaction_failures import DEVELOPMENT_SETS
from trainer_dev.tagger_recipe import RECIPES

ROOT = Path(__file__).resolve().parents[2]


def _train_script():
    spec = importlib.util.spec_from_file_location(
        "train_name_tagger", ROOT / "scripts" / "train_name_tagger.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_v9_is_trained_on_every_development_set_at_raw_0_75():
    script = _train_script()
    # an explicit list, equal to the development sets in their order (a new set must be added)
    # but the fortieth and forty-first: held out by the v10 decision (2026-12-05), which kept v9
    # (a model trained on them too did not beat v9 on them: scripts/train_name_tagger.py), and the
    # forty-second and forty-third, development sets since 2026-12-05 02:20 that v9 never saw, and
    # the forty-fourth and forty-fifth (since 2026-12-05 20:37), which it never saw either, nor the
    # forty-sixth and forty-seventh (since 2026-12-06 02:12), nor the forty-eighth and forty-ninth
    # (since 2026-12-06 05:35)
    held_out = ("fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth",
                "fortysixth", "fortyseventh", "fortyeighth", "fortyninth")
    assert script.TRAIN_SETS == tuple(s for s in DEVELOPMENT_SETS if s not in held_out)
    assert len(script.TRAIN_SETS) == 37 and set(held_out) <= set(DEVELOPMENT_SETS)
    assert nt.TRAINED_ON == script.TRAIN_SETS
    _weights, meta = nt.read_weights(nt.WEIGHTS_FILE, nt.WEIGHTS_SHA256)
    assert meta["trained_on"] == ",".join(script.TRAIN_SETS)
    assert script.RECIPE == "dany_neg4" and meta["recipe"].startswith("dany_neg4: ")
    assert meta["declined"] == RECIPES["dany_neg4"].declined == "any"
    assert script.OPERATING_POINT == 0.75
    assert meta["operating_point"] == f"raw P(NAME) 0.75 = threshold {nt.DEFAULT_THRESHOLD}"
    assert meta["lexicon_sha256"] == ntf.lexicon_sha256() and nt.lexicon_status() == "as trained"


@pytest.fixture(scope="module")
def redact():
    red = Redactor.from_members([], name_tagger=True)
    return lambda text: red.redact(text).text


CASES = [
    # a lone given name opening a bullet (HR shortlist); v8 left both. Dorji: Bhutanese shape
    ("Shortlist for the warehouse supervisor post\n- Dorji accepted the offer this morning.\n"
     "- Marked as Boardroom B.\n- The induction covers health and safety.",
     "Shortlist for the warehouse supervisor post\n- [NAME] accepted the offer this morning.\n"
     "- Marked as Boardroom B.\n- The induction covers health and safety."),
    ("Shortlist for the warehouse supervisor post\n- Kelsey accepted the offer this morning.\n"
     "- The induction covers health and safety.",
     "Shortlist for the warehouse supervisor post\n- [NAME] accepted the offer this morning.\n"
     "- The induction covers health and safety."),
    # the same in a store hand-over; Tsiresy: Malagasy shape. The SKU survives
    ("Store note:\n- The item code is SKU RED-208.\n- Tsiresy covers the marketplace inbox "
     "this week.",
     "Store note:\n- The item code is SKU RED-208.\n- [NAME] covers the marketplace inbox "
     "this week."),
    # a surname in a hand-over slot; Motlanthe: Basotho shape (Lesotho). The code survives
    ("Review ★★\nFollowing up on my return. Passing this to Motlanthe on the service team. "
     "I tried the code SPRING15.",
     "Review ★★\nFollowing up on my return. Passing this to [NAME] on the service team. "
     "I tried the code SPRING15."),
    # a given name as the object of 'add ... as'; Batbayar: Mongolian shape
    ("Customer: Please add Batbayar as a second collector.\nAgent: Done, thanks.",
     "Customer: Please add [NAME] as a second collector.\nAgent: Done, thanks."),
    # a possessive; Tsiresy again (v8 left it)
    ("Please check Tsiresy's leave balance before the payroll cut-off.",
     "Please check [NAME] leave balance before the payroll cut-off."),
    # a full name before a verb; Sefo Leiataua: Samoan shape (v8 took only the given name)
    ("Handover:\n- The seller is happy to cover return postage.\n- Sefo Leiataua signed for the "
     "parcel at the door.\n- The code gave 10%.",
     "Handover:\n- The seller is happy to cover return postage.\n- [NAME] signed for the "
     "parcel at the door.\n- The code gave 10%."),
    # look-alikes v8 redacted as names and v9 keeps: a room or schedule letter, a size, a
    # greeting, a possessive material word
    ("Change of bank details for payroll\n- Marked as Schedule C.\n"
     "- The job advert goes live on the internal board first.",
     "Change of bank details for payroll\n- Marked as Schedule C.\n"
     "- The job advert goes live on the internal board first."),
    ("Customer: Hi, I want to swap the jacket for a bigger size.\n"
     "Customer: The parcel was size S.",
     "Customer: Hi, I want to swap the jacket for a bigger size.\n"
     "Customer: The parcel was size S."),
    ("Customer: Hello, can someone confirm when the refund will land?\n"
     "Agent: Points should post within a couple of days of purchase.",
     "Customer: Hello, can someone confirm when the refund will land?\n"
     "Agent: Points should post within a couple of days of purchase."),
    ("Handover:\n- The courier app shows the van two streets away all day.\n"
     "- The listing headline reads a Lamb's wool scarf.",
     "Handover:\n- The courier app shows the van two streets away all day.\n"
     "- The listing headline reads a Lamb's wool scarf."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_v9_default_path_exact_output(redact, text, expected):
    assert redact(text) == expected
