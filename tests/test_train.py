"""End-to-end runs of `train(cfg)` on the demo data with the tiny model (CPU, seconds)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from trainer.batching import collate
from trainer.data.eligibility import REASONS
from trainer.errors import UserError
from trainer.manifest.verify import verify_run
from trainer.privacy.accounting import PrivacyAccountant
from trainer.train import train
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SNAPSHOT = "2026-06-30T00:00:00Z"

TINY = (
    "model=tiny",
    f"data.snapshot_at={SNAPSHOT}",
    "train.steps=4",
    "train.expected_batch_units=8",
    "train.eval_max_members=8",
    "train.progress=false",
    "privacy.target_epsilon=4",
    "privacy.accountant=rdp",
    "privacy.reproducible_noise=true",  # bit-exact runs; such runs carry no DP guarantee
)


@pytest.fixture(scope="module", autouse=True)
def demo_data():
    ensure_demo_data(DEMO)


@pytest.fixture(autouse=True)
def _pinned_clock(fixed_clock):
    """Every run here reads its data at the same instant (pinned counts)."""


def _run(compose_cfg, tmp_path: Path, *overrides: str, name: str = "run") -> dict:
    cfg = compose_cfg(*TINY, *overrides)
    return train(cfg, run_dir=tmp_path / name, overrides=list(overrides))


def test_dry_run_writes_a_consistent_data_manifest(compose_cfg, tmp_path):
    m = _run(compose_cfg, tmp_path, "dry_run=true")
    assert m["run"]["status"] == "completed"
    data = m["data"]
    assert list(data["excluded"]) == list(REASONS)
    assert data["posts_read"] == data["included_posts"]["count"] + sum(data["excluded"].values())
    ids = (tmp_path / "run" / data["included_members"]["file"]).read_text().split()
    assert ids == sorted(ids) and len(ids) == data["included_members"]["count"]
    assert m["consent"]["snapshot_at"] == "2026-06-30T00:00:00Z"
    assert m["consent"]["snapshot_source"] == "config"
    assert m["privacy"] is None and m["model"] is None
    assert sum(m["redaction"]["counts"].values()) > 0
    assert verify_run(tmp_path / "run", key=None, check_data=True).ok


def test_seeded_tiny_run_is_reproducible_and_pinned(compose_cfg, tmp_path):
    a = _run(compose_cfg, tmp_path, name="a")
    b = _run(compose_cfg, tmp_path, name="b")
    pa, pb = a["privacy"], b["privacy"]
    assert pa["steps"] == 4 and pa["planned_steps"] == 4
    assert pa["epsilon"] == pytest.approx(pb["epsilon"], rel=0, abs=0)
    assert pa["epsilon"] <= 4.0
    acc = PrivacyAccountant(kind="rdp")
    acc.step(noise_multiplier=pa["noise_multiplier"], sample_rate=pa["sample_rate"], num_steps=4)
    assert pa["epsilon"] == pytest.approx(acc.epsilon(delta=pa["delta"]), rel=1e-9)
    assert a["metrics"]["trained"]["eval_loss"] == b["metrics"]["trained"]["eval_loss"]
    # Pinned on the seeded demo network read at 2026-12-01 (1,183 eligible members, 1,069 of
    # them in training; withdrawals after the snapshot are honoured).
    assert pa["num_units"] == 1069 and a["data"]["included_members"]["count"] == 1183
    assert pa["sample_rate"] == pytest.approx(8 / 1069, rel=1e-12)
    assert pa["noise_multiplier"] == pytest.approx(0.535859798432476, rel=1e-6)
    assert a["model"]["base"]["sha256"].startswith("187c4bfc4b4169e9")
    metrics = a["metrics"]
    assert metrics["base"]["eval_loss"] == pytest.approx(5.563036870956421, abs=1e-4)
    assert metrics["trained"]["eval_loss"] == pytest.approx(5.492096069880894, abs=1e-4)  # lora.r=1
    wa = (tmp_path / "a" / "adapter" / "adapter_model.safetensors").read_bytes()
    wb = (tmp_path / "b" / "adapter" / "adapter_model.safetensors").read_bytes()
    assert wa == wb
    assert {"adapter/adapter_model.safetensors", "adapter/adapter_config.json",
            "adapter/README.md"} <= {o["path"] for o in a["outputs"]}
    assert any(o["path"].startswith("adapter/tokenizer/") for o in a["outputs"])


def test_fixed_shapes_train_the_same_model(compose_cfg, tmp_path):
    """Padding every micro-batch to one shape (and compiling it) changes speed, not the result."""
    plain = _run(compose_cfg, tmp_path, "train.fixed_shapes=false", name="plain")
    fixed = _run(compose_cfg, tmp_path, "train.fixed_shapes=true", "train.physical_batch_rows=16",
                 name="fixed")
    assert fixed["privacy"]["epsilon"] == plain["privacy"]["epsilon"]
    assert fixed["metrics"]["eval_tokens"] == plain["metrics"]["eval_tokens"]
    for split in ("base", "trained"):
        assert fixed["metrics"][split]["eval_loss"] == pytest.approx(
            plain["metrics"][split]["eval_loss"], abs=1e-5)
    _same_adapter(tmp_path / "fixed", tmp_path / "plain")


def test_packing_posts_trains_the_same_model(compose_cfg, tmp_path, monkeypatch):
    """Several posts per member in shared rows: same losses and epsilon as one post per row."""
    import trainer.train as train_module

    segments = []

    def spy(*args, **kwargs):
        batch = collate(*args, **kwargs)
        if batch.segment_ids is not None:
            segments.append(int(batch.segment_ids.max()))
        return batch

    monkeypatch.setattr(train_module, "collate", spy)
    kw = ("privacy.max_posts_per_member=3", "train.physical_batch_rows=8", "model.max_seq_len=160")
    plain = _run(compose_cfg, tmp_path, *kw, name="plain")
    packed = _run(compose_cfg, tmp_path, *kw, "train.pack_posts=true", name="packed")
    assert max(segments) >= 2  # some rows really held several posts
    assert packed["privacy"]["epsilon"] == plain["privacy"]["epsilon"]
    for split in ("base", "trained"):
        assert packed["metrics"][split]["eval_loss"] == pytest.approx(
            plain["metrics"][split]["eval_loss"], abs=1e-5)
    _same_adapter(tmp_path / "packed", tmp_path / "plain")
    assert plain["metrics"]["trained"]["eval_loss"] != plain["metrics"]["base"]["eval_loss"]


@pytest.mark.slow
def test_compiled_run_matches_the_eager_run(compose_cfg, tmp_path):
    eager = _run(compose_cfg, tmp_path, "train.fixed_shapes=true", name="eager")
    compiled = _run(compose_cfg, tmp_path, "train.fixed_shapes=true", "train.compile=true",
                    name="compiled")
    assert compiled["config"]["resolved"]["train"]["compile"] is True
    for split in ("base", "trained"):
        assert compiled["metrics"][split]["eval_loss"] == pytest.approx(
            eager["metrics"][split]["eval_loss"], abs=1e-4)


def test_max_steps_reports_epsilon_for_steps_taken(compose_cfg, tmp_path):
    m = _run(compose_cfg, tmp_path, "train.max_steps=2")
    assert m["privacy"]["steps"] == 2 and m["privacy"]["planned_steps"] == 4
    full = _run(compose_cfg, tmp_path, name="full")
    assert m["privacy"]["epsilon"] < full["privacy"]["epsilon"]


def test_resume_continues_the_same_ledger(compose_cfg, tmp_path):
    full = _run(compose_cfg, tmp_path, name="full")
    _run(compose_cfg, tmp_path, "train.max_steps=2", name="first")
    resumed = _run(compose_cfg, tmp_path, f"resume={tmp_path / 'first'}", name="second")
    assert resumed["privacy"]["steps"] == 4
    assert resumed["privacy"]["epsilon"] == pytest.approx(full["privacy"]["epsilon"], rel=1e-12)
    assert resumed["run"]["resumed_from"]["step"] == 2
    assert resumed["privacy"]["history"] == full["privacy"]["history"]
    _same_adapter(tmp_path / "second", tmp_path / "full")


def test_resume_with_other_privacy_settings_is_refused(compose_cfg, tmp_path):
    _run(compose_cfg, tmp_path, "train.max_steps=1", name="first")
    with pytest.raises(UserError, match="privacy.target_epsilon cannot change when resuming"):
        _run(compose_cfg, tmp_path, f"resume={tmp_path / 'first'}", "privacy.target_epsilon=2",
             name="second")


def _same_adapter(a: Path, b: Path) -> None:
    wa = load_file(a / "adapter" / "adapter_model.safetensors")
    wb = load_file(b / "adapter" / "adapter_model.safetensors")
    assert wa.keys() == wb.keys()
    for k in wa:
        torch.testing.assert_close(wa[k], wb[k], atol=1e-5, rtol=1e-4)


def test_failed_run_still_leaves_a_manifest(compose_cfg, tmp_path):
    with pytest.raises(UserError, match="privacy.delta"):
        _run(compose_cfg, tmp_path, "privacy.delta=0.001")
    m = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert m["run"]["status"] == "failed"
    assert "privacy.delta" in m["run"]["error"]


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("data.posts=/nonexistent/posts.jsonl", "/nonexistent/posts.jsonl"),
        ("data.snapshot_at=yesterday-ish", "data.snapshot_at"),
        ("policy.excluded_regions=[XX]", "policy.excluded_regions"),
        ("privacy.unit=household", "privacy.unit"),
    ],
)
def test_cli_user_errors_are_one_line(tmp_path, override, expected):
    proc = subprocess.run(
        [sys.executable, "-m", "trainer.train", "model=tiny", override,
         f"hydra.run.dir={tmp_path}"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 1
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    assert lines[-1].startswith("Error: ") and expected in lines[-1]
    assert "Traceback" not in proc.stderr


def test_cli_typo_in_override_fails_at_once(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "trainer.train", "privacy.target_epsilom=3",
         f"hydra.run.dir={tmp_path}"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode != 0
    assert "target_epsilom" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_interrupted_run_records_status_and_privacy_spent(compose_cfg, tmp_path, monkeypatch):
    from trainer.privacy.sampling import PoissonSampler

    real_sample = PoissonSampler.sample

    def sample_then_interrupt(self):
        if self.draws >= 2:
            raise KeyboardInterrupt
        return real_sample(self)

    monkeypatch.setattr(PoissonSampler, "sample", sample_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        _run(compose_cfg, tmp_path)
    m = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert m["run"]["status"] == "interrupted"
    assert m["privacy"]["steps"] == 2 and m["privacy"]["planned_steps"] == 4
    assert 0 < m["privacy"]["epsilon"] < 4.0
