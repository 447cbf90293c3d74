"""The evaluation script meets its targets on small seeded sets (a regression guard)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_redaction.py"
STRUCTURED = ("EMAIL", "PHONE", "URL", "CARD", "IBAN", "SSN", "IP")


def _load():
    spec = importlib.util.spec_from_file_location("eval_redaction", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_eval_script_meets_targets(tmp_path):
    out = tmp_path / "eval.json"
    assert _load().main(["--n", "400", "--seed", "3", "--json", str(out)]) == 0
    report = json.loads(out.read_text())["synthetic"]
    assert report["lookalike_survival"] >= 0.98
    assert min(report["recall"][k] for k in STRUCTURED) >= 0.99


def test_heldout_set_meets_targets(tmp_path):
    """The Faker set (nine locales) the rules are not tuned on: addresses >= 0.9 included."""
    pytest.importorskip("faker")
    out = tmp_path / "eval.json"
    assert _load().main(["--n", "480", "--seed", "5", "--heldout", "--json", str(out)]) == 0
    report = json.loads(out.read_text())["heldout"]
    assert report["lookalike_survival"] >= 0.98
    assert min(report["recall"][k] for k in STRUCTURED) >= 0.99
    assert report["recall"]["ADDRESS"] >= 0.9
    assert report["recall"]["ADDRESS_FULL"] >= 0.9
    assert report["support"]["ADDRESS"] == 40


def test_standards_set_meets_targets(tmp_path):
    """The postal/numbering-standards set (ten locales, leak-based): the issue-10 targets that
    hold today, per locale. Look-alike survival is pinned lower (see docs/redaction.md for why)."""
    out = tmp_path / "eval.json"
    _load().main(["--n", "1400", "--seed", "5", "--standards", "--json", str(out)])
    report = json.loads(out.read_text())["standards"]
    for locale, recall in report["recall_by_locale"].items():
        assert recall["PHONE"] >= 0.995, locale
        assert recall["URL"] >= 0.995, locale
        assert recall["ADDRESS"] >= 0.95, locale
        assert recall["MEMBER"] >= 0.999, locale
        assert recall["PERSON"] >= 0.9, locale  # 20 names per locale at this size
    assert report["recall"]["PERSON"] >= 0.95
    assert report["lookalike_survival"] >= 0.9
    assert report["false_positives_per_1000_words"] <= 0.3



def test_tagger_options_do_not_outlive_the_run(tmp_path):
    """The options sit in eval_redaction_scoring, loaded once per process: a --name-tagger run
    must not leave the tagger on for a later caller (its JSON would claim the wrong setup)."""
    import sys

    _load().main(["--n", "4", "--seed", "3", "--name-tagger", "--json", str(tmp_path / "t.json")])
    assert sys.modules["eval_redaction_scoring"].REDACTOR_OPTIONS == {}
