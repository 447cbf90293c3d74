"""Shared fixtures: Hydra configs composed for CPU, with outputs in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import torch

REPO = Path(__file__).resolve().parent.parent

# Never reach a model hub from tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def pytest_collection_modifyitems(config, items):
    if torch.cuda.is_available():
        return
    skip_gpu = pytest.mark.skip(reason="needs a CUDA device")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip_gpu)


@pytest.fixture
def compose_cfg():
    """Compose the real `conf/` with overrides, as `python -m trainer.train a=b ...` would."""
    from hydra import compose, initialize_config_dir

    from trainer import config

    config.register_configs()

    def _compose(*overrides: str):
        with initialize_config_dir(config_dir=str(REPO / "conf"), version_base="1.3"):
            return compose(config_name="config", overrides=list(overrides))

    return _compose


READ_AT = "2026-12-01T00:00:00Z"  # the data-read time of pinned runs (the demo data runs past it)


@pytest.fixture
def fixed_clock(monkeypatch):
    """Runs start (and read their data) at READ_AT, so pinned numbers do not drift with time."""
    from datetime import datetime

    import trainer.run_record as run_record

    at = datetime.fromisoformat(READ_AT.replace("Z", "+00:00"))
    monkeypatch.setattr(run_record, "_now", lambda: at)
    return at


@pytest.fixture(autouse=True)
def _registry_in_tmp(monkeypatch, tmp_path):
    """Runs made by tests register in a per-test registry, never in the repo's outputs/."""
    monkeypatch.setenv("TRAINER_REGISTRY", str(tmp_path / "registry.sqlite"))
