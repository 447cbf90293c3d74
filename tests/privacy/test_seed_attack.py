"""The seed attack of the audit, as a test: it must fail on a real run, and succeed only on a run
that asked for reproducible (non-private) noise.

The attacker reads everything a run writes (manifest, config.yaml, train.log, metrics.jsonl, the
checkpoint and the adapter), collects every integer there and 0..1000 as candidate seeds,
regenerates the noise each seed would give under our code (and under the old code: one draw from
`torch.Generator().manual_seed(seed + 1)`), and subtracts it from the first AdamW moment of a
one-step run, where exp_avg = (1 - beta1) * (clipped_sum + noise) / expected_units. The clipped
sum of k sampled units has norm <= k * C; the noise has norm ~ sigma * C * sqrt(P). So a residual
below a few expected batches' worth of C means the noise was removed: the guarantee is gone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import torch
import yaml
from safetensors.torch import load_file

from trainer.privacy.dp_step import NOISE_DRAWS
from trainer.privacy.randomness import StepRandomness
from trainer.train import train

SNAPSHOT = "2026-06-30T00:00:00Z"
ONE_STEP = (
    "model=tiny", f"data.snapshot_at={SNAPSHOT}", "train.steps=1", "train.expected_batch_units=8",
    "train.eval_max_members=4", "train.progress=false", "privacy.target_epsilon=0.5", "lora.r=32",
)
BETA1 = 0.9  # AdamW's default, as the trainer uses it


def _candidate_seeds(run_dir: Path) -> set[int]:
    """Every integer an attacker finds in the run's files, plus 0..1000."""
    seeds = set(range(1001))
    for path in run_dir.rglob("*"):
        if path.is_file() and path.suffix in {".json", ".yaml", ".log", ".jsonl", ".md", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            seeds |= {int(n) for n in re.findall(r"(?<![\d.])\d{1,19}(?![\d.])", text)
                      if int(n) < 2**63}
    config = yaml.safe_load((run_dir / "config.yaml").read_text())
    seeds.add(int(config["seed"]))
    return seeds


def _noises(seed: int, numel: int) -> list[torch.Tensor]:
    """The unit-std noise vectors a seed would give: this code's and the old code's."""
    r = StepRandomness(device=torch.device("cpu"), reproducible_seed=seed)
    r.begin_step(0)
    ours = sum(torch.randn(numel, generator=r.noise) for _ in range(NOISE_DRAWS)) / NOISE_DRAWS**0.5
    old = torch.randn(numel, generator=torch.Generator().manual_seed(seed + 1))
    return [ours, old]


def _attack(run_dir: Path) -> tuple[float, float, float]:
    """(best residual norm over all seeds, the bound k*C it must beat, the noise norm)."""
    manifest = json.loads((run_dir / "manifest.json").read_text())
    p = manifest["privacy"]
    entry = next(f for f in manifest["checkpoint"]["files"] if f["path"].endswith(".safetensors"))
    tensors = load_file(run_dir / entry["path"])
    moments = sorted((k for k in tensors if k.endswith("/exp_avg")),
                     key=lambda k: int(k.split("/")[1]))
    g = torch.cat([tensors[k].reshape(-1) for k in moments]).double()  # (P,) in DP order
    expected_units = p["sample_rate"] * p["num_units"]
    noisy_sum = g / (1 - BETA1) * expected_units  # clipped_sum + sigma * C * noise
    std = p["noise_multiplier"] * p["max_grad_norm"]
    best = min(
        float(torch.linalg.vector_norm(noisy_sum - std * n.double()))
        for seed in _candidate_seeds(run_dir)
        for n in _noises(seed, g.numel())
    )
    bound = 3 * expected_units * p["max_grad_norm"]  # generous: k units of norm <= C each
    return best, bound, std * g.numel() ** 0.5


@pytest.mark.slow
def test_the_seed_attack_recovers_nothing_from_a_private_run(compose_cfg, tmp_path):
    cfg = compose_cfg(*ONE_STEP)
    train(cfg, run_dir=tmp_path / "private")
    best, bound, noise_norm = _attack(tmp_path / "private")
    assert noise_norm > 3 * bound  # the test has room to tell the two cases apart
    assert best > bound, "the noise was regenerated from a seed found in the run's files"
    assert best > 0.5 * noise_norm


@pytest.mark.slow
def test_the_same_attack_succeeds_on_reproducible_noise_so_the_test_has_power(
        compose_cfg, tmp_path):
    cfg = compose_cfg(*ONE_STEP, "privacy.reproducible_noise=true")
    m = train(cfg, run_dir=tmp_path / "repro")
    assert m["privacy"]["reproducible_noise"] is True
    assert m["privacy"]["statement"].startswith("NO DP guarantee")
    best, bound, _ = _attack(tmp_path / "repro")
    assert best <= bound  # recovered: exactly why such a run carries no guarantee


def test_no_raw_training_statistic_is_released(compose_cfg, tmp_path):
    cfg = compose_cfg(*ONE_STEP, "privacy.reproducible_noise=true", "train.steps=2")
    m = train(cfg, run_dir=tmp_path / "run")
    text = json.dumps(m)
    assert "train_loss" not in text and "loss_last" not in text
    assert set(m["metrics"]) == {"base", "trained", "eval_tokens", "covered_by_dp"}
    assert m["metrics"]["covered_by_dp"] is False
    assert any("eval loss" in x["item"] for x in m["privacy"]["not_covered"])
    state = json.loads(next((tmp_path / "run" / "checkpoint").rglob("state.json")).read_text())
    assert "rng" not in json.dumps(state).lower() and "generator" not in json.dumps(state)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "run").rglob("*")
             if p.is_file() and "adapter" not in p.parts}
    assert set(modes.values()) == {0o600}, modes  # the run record and checkpoint are private
