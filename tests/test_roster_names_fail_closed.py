"""A roster display name that yields no name key stops training (trainer.train's make_redactor)
unless ``policy.acknowledge=[unkeyed_member_names]``; the acknowledgement is recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import trainer.train as train_module
from trainer.errors import UserError
from trainer.redact import Redactor
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
NO_KEY = "\U0001f642\U0001f642"  # two emoji: no letters, so no key can find this member


class _Built(Exception):
    """Stops the run right after the roster check."""


@pytest.fixture
def roster_with_an_unkeyed_name(monkeypatch):
    """The demo roster plus one display name that yields no key."""
    ensure_demo_data(REPO / "data" / "demo")
    real = Redactor.from_members

    def build(display_names, **kwargs):
        return real([*display_names, NO_KEY], **kwargs)

    monkeypatch.setattr(Redactor, "from_members", staticmethod(build))


def test_an_unkeyed_roster_name_stops_the_run(compose_cfg, tmp_path,
                                               roster_with_an_unkeyed_name):
    cfg = compose_cfg("+experiment=smoke", "dry_run=true", "train.progress=false")
    with pytest.raises(UserError, match=r"^1 display name\(s\) in .*members.* yield no name key.*"
                                        r"policy\.acknowledge=\[unkeyed_member_names\]$"):
        train_module.train(cfg, run_dir=tmp_path / "run")


def test_the_acknowledgement_lets_it_run_and_is_recorded(compose_cfg, tmp_path, monkeypatch,
                                                          roster_with_an_unkeyed_name):
    cfg = compose_cfg("+experiment=smoke", "dry_run=true", "train.progress=false",
                      "policy.acknowledge=[unkeyed_member_names]")
    recorded: dict = {}
    real_set_consent = train_module.RunRecord.set_consent

    def spy(self, **kwargs):
        recorded.update(kwargs)
        real_set_consent(self, **kwargs)
        raise _Built

    monkeypatch.setattr(train_module.RunRecord, "set_consent", spy)
    with pytest.raises(_Built):
        train_module.train(cfg, run_dir=tmp_path / "run")
    (ack,) = recorded["acknowledgements"]
    assert ack["name"] == "unkeyed_member_names"
    json.dumps(recorded["acknowledgements"])  # goes into the manifest as it is
