"""Utility under DP: the default SmolLM2 run at epsilon 8 beats the base model on held-out members.

Slow (minutes on two CPU cores); needs the SmolLM2 cache that `make run` creates, and is skipped
without it (tests never download).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.models import default_cache_dir
from trainer.train import train
from trainer_dev.demo import DEMO_SNAPSHOT, ensure_demo_data

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.mark.skipif(
    not (default_cache_dir() / "models" / "smollm2-135m-instruct" / "config.json").is_file(),
    reason="SmolLM2 cache absent (run `make setup`)",
)
def test_dp_at_epsilon_8_lowers_held_out_loss(compose_cfg, tmp_path):
    ensure_demo_data(REPO / "data" / "demo")
    cfg = compose_cfg(
        f"data.snapshot_at={DEMO_SNAPSHOT}",
        "privacy.target_epsilon=8",
        "train.progress=false",
    )
    m = train(cfg, run_dir=tmp_path / "run")
    assert m["run"]["status"] == "completed"
    assert m["privacy"]["epsilon"] <= 8.0
    assert m["privacy"]["unit"] == "member"
    base, trained = m["metrics"]["base"]["eval_loss"], m["metrics"]["trained"]["eval_loss"]
    assert trained < base - 0.1, (base, trained)
