"""``redaction.name_tagger`` / ``redaction.name_tagger_threshold`` reach the redactor that
training builds (trainer.train's make_redactor), and are off by default."""

from __future__ import annotations

from pathlib import Path

import pytest

import trainer.train as train_module
from trainer.redact import Redactor
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent


class _Built(Exception):
    """Stops the run as soon as the redactor is built."""


def test_name_tagger_is_off_by_default(compose_cfg):
    cfg = compose_cfg("+experiment=smoke")
    assert cfg.redaction.name_tagger is False and cfg.redaction.name_tagger_threshold == 0.7


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
