"""``redaction.name_tagger`` / ``redaction.name_tagger_threshold`` reach the redactor that
training builds (trainer.train's make_redactor); the tagger is on by default, and turning it off
needs an acknowledgement."""

from __future__ import annotations

from pathlib import Path

import pytest

import trainer.train as train_module
from trainer.redact import Redactor
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent


class _Built(Exception):
    """Stops the run as soon as the redactor is built."""


def test_name_tagger_is_on_by_default(compose_cfg):
    cfg = compose_cfg("+experiment=smoke")
    assert cfg.redaction.name_tagger is True and cfg.redaction.name_tagger_threshold == 0.7


def test_name_tagger_options_reach_the_redactor(compose_cfg, tmp_path, monkeypatch):
    ensure_demo_data(REPO / "data" / "demo")
    seen: dict = {}

    def capture(display_names, **kwargs):
        seen.update(kwargs)
        raise _Built

    monkeypatch.setattr(Redactor, "from_members", staticmethod(capture))
    cfg = compose_cfg("+experiment=smoke", "dry_run=true", "train.progress=false",
                      "redaction.name_tagger=true", "redaction.name_tagger_threshold=0.6")
    with pytest.raises(_Built):
        train_module.train(cfg, run_dir=tmp_path / "run")
    assert seen["name_tagger"] is True and seen["name_tagger_threshold"] == 0.6


def test_turning_the_tagger_off_needs_its_acknowledgement(compose_cfg, tmp_path, monkeypatch):
    from trainer.errors import UserError

    ensure_demo_data(REPO / "data" / "demo")
    seen: dict = {}

    def capture(display_names, **kwargs):
        seen.update(kwargs)
        raise _Built

    monkeypatch.setattr(Redactor, "from_members", staticmethod(capture))
    off = ("+experiment=smoke", "dry_run=true", "train.progress=false",
           "redaction.name_tagger=false")
    with pytest.raises(UserError, match=r"^redaction\.name_tagger=false: only the rules .*"
                                        r"policy\.acknowledge=\[weaker_name_redaction\]$"):
        train_module.train(compose_cfg(*off), run_dir=tmp_path / "a")
    assert not seen  # refused before any redactor was built
    with pytest.raises(_Built):
        train_module.train(compose_cfg(*off, "policy.acknowledge=[weaker_name_redaction]"),
                           run_dir=tmp_path / "b")
    assert seen["name_tagger"] is False
