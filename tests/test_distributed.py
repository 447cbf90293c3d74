"""Several processes, one run (trainer/distributed.py): gloo processes on the CPU.

The DP tests spawn 1-3 processes on a tiny fp64 LoRA model; the run tests spawn `train()` on 2
ranks on the demo data and compare its manifest with a one-process run's.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest
import torch
import torch.distributed as dist
from spawn_ranks import free_port, launch, ok
from tiny_lora import make_batch, tiny_lora_model

from trainer.data.prepare import owner_rank, posts_of_rank, select_eligible
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS, resolve_excluded_regions
from trainer.errors import UserError
from trainer.losses import per_sequence_loss
from trainer.privacy.dp_step import DPLoRAGradient
from trainer.privacy.randomness import StepRandomness
from trainer_dev.demo import ensure_demo_data

READ_AT = "2026-12-01T00:00:00Z"  # as tests/conftest.py pins the data-read clock

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SNAPSHOT = "2026-06-30T00:00:00Z"
SMOKE = (
    "model=tiny", "+experiment=smoke", f"data.snapshot_at={SNAPSHOT}", "train.progress=false",
    "privacy.reproducible_noise=true",  # bit-exact reruns; such runs carry no DP guarantee
)


# -- a small launcher: N spawned processes, results through files ---------------------------


# -- partitioning ------------------------------------------------------------------------------


def test_owner_rank_is_sha256_of_the_member_id():
    digest = hashlib.sha256(b"m00042").digest()
    assert owner_rank("m00042", 3) == int.from_bytes(digest[:8], "big") % 3
    assert owner_rank("m00042", 1) == 0
    assert owner_rank("m00042", 7) == 2  # pinned: the partition must not change between runs


def test_posts_of_rank_partitions_rows_and_keeps_repeated_post_ids_together():
    posts = pa.table({"post_id": ["p1", "p2", "p1", None, "p3", "p2"],
                      "member_id": ["m1", "m2", "m3", "m4", None, "m5"]})
    parts = [posts_of_rank(posts, rank=r, world_size=3) for r in range(3)]
    assert sum(p.num_rows for p in parts) == posts.num_rows
    for part in parts:  # a repeated post_id sits with its first row, in table order
        ids = part.column("post_id").to_pylist()
        for pid in ("p1", "p2"):
            if pid in ids:
                assert ids.count(pid) == 2
    assert "p3" in parts[0].column("post_id").to_pylist()  # no member id: rank 0


@pytest.mark.parametrize("size", [2, 3])
def test_partitioned_eligibility_adds_up_to_the_one_process_result(size):
    """Every rank judges its members' posts; sums and unions equal one process, exactly."""
    ensure_demo_data(DEMO)
    at = datetime.fromisoformat(SNAPSHOT.replace("Z", "+00:00"))
    read_at = datetime.fromisoformat(READ_AT.replace("Z", "+00:00"))
    kw = dict(members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl",
              posts_path=DEMO / "posts.jsonl", snapshot_at=at, read_at=read_at,
              setting="generative_ai_training", allowed_kinds=["post", "article", "comment"],
              excluded_regions=resolve_excluded_regions(list(DEFAULT_EXCLUDED_REGIONS), []))
    whole = select_eligible(**kw).result
    parts = [select_eligible(**kw, rank=r, world_size=size).result for r in range(size)]
    assert sum(p.posts_read for p in parts) == whole.posts_read
    for reason, n in whole.excluded.items():
        assert sum(p.excluded[reason] for p in parts) == n, reason
    assert sorted(i for p in parts for i in p.included_post_ids) == whole.included_post_ids
    members = [set(p.included_member_ids) for p in parts]
    assert sum(map(len, members)) == len(whole.included_member_ids)  # disjoint
    assert sorted(set().union(*members)) == whole.included_member_ids
    assert sorted({v for p in parts for v in p.policy_versions}) == whole.policy_versions
    for p in parts:  # members and consent are read whole by every rank
        assert (p.quarantined, p.near_misses) == (whole.quarantined, whole.near_misses)
        assert p.invalid_ids["members"] == whole.invalid_ids["members"]
        assert all(owner_rank(m, size) == parts.index(p) for m in p.included_member_ids)


# -- DP: one clipped sum, one noise draw ----------------------------------------------------

UNIT_OF_ROW = [0, 0, 1, 2, 3, 3, 4]  # 7 rows, 5 units; unit u lives on rank u % size
CLIP = 0.6  # between the units' norms (0.32-0.93): some clipped, some not


def _clipped_sum(rank: int, size: int) -> dict:
    """This rank's units' clipped sum, all-reduced, no noise; returns .grad and the norms."""
    if size > 1:
        dist.init_process_group("gloo")
    model, batch = tiny_lora_model(), make_batch(rows=len(UNIT_OF_ROW))
    rows = [i for i, u in enumerate(UNIT_OF_ROW) if u % size == rank]
    units = sorted({UNIT_OF_ROW[i] for i in rows})
    part = {k: v[rows] for k, v in batch.items()}
    dp = DPLoRAGradient(model, max_grad_norm=CLIP, noise_multiplier=0.0,
                        generator=torch.Generator().manual_seed(0),
                        all_reduce=dist.all_reduce if size > 1 else None, adds_noise=rank == 0)
    with dp.rows(len(rows)):
        losses = per_sequence_loss(model, **part)
    index = torch.tensor([units.index(UNIT_OF_ROW[i]) for i in rows], dtype=torch.long)
    dp.accumulate(losses=losses, unit_index=index, num_units=len(units))
    stats = dp.finalize(expected_units=2.5)
    return {"grads": [p.grad.clone() for p in dp.params], "norms": stats.norms.clone()}


@pytest.mark.slow
def test_clipped_sum_is_the_same_on_1_2_and_3_ranks(tmp_path):
    one = _clipped_sum(0, 1)
    clipped = (one["norms"] > CLIP).float().mean()
    assert 0 < clipped < 1  # some units clipped, some not: the test sees the clip factor
    for size in (2, 3):
        ranks = ok(launch(_clipped_sum, size, tmp_path))
        for r in ranks:  # every rank ends with the same .grad, equal to one process's
            for g, g1 in zip(r["grads"], one["grads"], strict=True):
                torch.testing.assert_close(g, g1, rtol=1e-12, atol=1e-15)


def test_a_rank_that_adds_no_noise_must_all_reduce():
    with pytest.raises(ValueError, match="adds_noise=False only with all_reduce"):
        DPLoRAGradient(tiny_lora_model(), max_grad_norm=1.0, noise_multiplier=1.0,
                       generator=torch.Generator(), adds_noise=False)


SIGMA, STEPS = 1.3, 24


def _noise_only(rank: int, size: int) -> torch.Tensor:
    """STEPS steps with no units: the all-reduced update is the noise alone. (STEPS, P)."""
    dist.init_process_group("gloo")
    model = tiny_lora_model()
    rnd = StepRandomness(device=torch.device("cpu"))  # OS entropy, per rank
    dp = DPLoRAGradient(model, max_grad_norm=CLIP, noise_multiplier=SIGMA,
                        generator=rnd.noise, all_reduce=dist.all_reduce, adds_noise=rank == 0)
    out = []
    for step in range(STEPS):
        rnd.begin_step(step)
        dp.finalize(expected_units=1.0)
        out.append(torch.cat([p.grad.flatten() for p in dp.params]))
    return torch.stack(out)


@pytest.mark.slow
def test_noise_std_of_the_summed_update_is_sigma_c_not_sigma_c_sqrt_n(tmp_path):
    ranks = ok(launch(_noise_only, 3, tmp_path))
    for r in ranks[1:]:
        torch.testing.assert_close(r, ranks[0], rtol=0, atol=0)  # the same update everywhere
    noise = ranks[0]  # (STEPS, P): > 20,000 draws, std estimated to ~1%
    assert noise.numel() > 20_000
    assert noise.std().item() == pytest.approx(SIGMA * CLIP, rel=0.05)  # not * sqrt(3) = 1.73x
    assert abs(noise.mean().item()) < 4 * SIGMA * CLIP / noise.numel() ** 0.5
    assert not torch.equal(noise[0], noise[1])  # fresh OS entropy every step


# -- whole runs: torchrun's environment, train() on every rank --------------------------------


def _train_rank(rank: int, size: int, run_dir: str, overrides: tuple, fail_rank: int | None,
                registry: str) -> dict:
    from hydra import compose, initialize_config_dir

    import trainer.run_record as run_record
    import trainer.train as train_module
    from trainer import config

    os.environ["TRAINER_REGISTRY"] = registry
    at = datetime.fromisoformat(READ_AT.replace("Z", "+00:00"))
    run_record._now = lambda: at  # every rank, and the one-process run, read at READ_AT
    if rank == fail_rank:
        def broken(*args, **kwargs):
            raise UserError("injected failure in evaluation")
        train_module.evaluate = broken
    config.register_configs()
    with initialize_config_dir(config_dir=str(REPO / "trainer" / "conf"), version_base="1.3"):
        cfg = compose(config_name="config", overrides=list(overrides))
    try:
        manifest = train_module.train(cfg, run_dir=Path(run_dir), overrides=list(overrides))
    except UserError as err:
        return {"error": str(err)}
    return {"manifest": manifest}


def _manifest(run_dir: Path) -> dict:
    return json.loads((run_dir / "manifest.json").read_text())


@pytest.fixture(scope="module")
def two_rank_run(tmp_path_factory):
    """A 2-rank run on the demo data that stops after 2 of its 5 planned steps."""
    ensure_demo_data(DEMO)
    tmp = tmp_path_factory.mktemp("two")
    overrides = (*SMOKE, "train.max_steps=2")
    ranks = ok(launch(_train_rank, 2, tmp, str(tmp / "run"), overrides, None,
                        str(tmp / "registry.sqlite")))
    return tmp / "run", ranks


@pytest.mark.slow
def test_two_rank_run_writes_the_one_rank_manifest_sections(two_rank_run, compose_cfg, tmp_path,
                                                              fixed_clock, monkeypatch):
    from trainer.train import train

    run_dir, ranks = two_rank_run
    monkeypatch.setenv("TRAINER_REGISTRY", str(tmp_path / "registry.sqlite"))
    overrides = [*SMOKE, "train.max_steps=2"]
    one = train(compose_cfg(*overrides), run_dir=tmp_path / "one", overrides=overrides)
    two = _manifest(run_dir)
    assert two["run"]["status"] == "completed"
    for section in ("consent", "data", "redaction"):
        assert two[section] == one[section], section
    assert two["privacy"]["epsilon"] == one["privacy"]["epsilon"]
    assert two["privacy"]["num_units"] == one["privacy"]["num_units"]
    assert two["run"]["world"]["size"] == 2 and "world" not in one["run"]
    assert two["metrics"]["base"] == pytest.approx(one["metrics"]["base"], rel=1e-9)
    assert two["metrics"]["eval_tokens"] == one["metrics"]["eval_tokens"]  # eval is sharded
    # rank 1 wrote nothing: no second manifest, and rank 0 wrote every output
    assert not any(p.name.startswith("rank") for p in run_dir.iterdir())
    assert (run_dir / "adapter").is_dir() and two["checkpoint"]["step"] == 2
    assert ranks[1]["manifest"]["run"]["id"] == two["run"]["id"]


@pytest.mark.slow
def test_resume_at_the_same_world_size_continues_and_at_another_is_refused(
        two_rank_run, compose_cfg, tmp_path, fixed_clock, monkeypatch):
    from trainer.train import train

    run_dir, _ = two_rank_run
    monkeypatch.setenv("TRAINER_REGISTRY", str(tmp_path / "registry.sqlite"))
    with pytest.raises(UserError, match=r"trained on 2 process\(es\), this one has 1; resume "
                                        r"it with torchrun --nproc_per_node=2"):
        train(compose_cfg(f"resume={run_dir}"), run_dir=tmp_path / "one",
              overrides=[f"resume={run_dir}"])
    ranks = ok(launch(_train_rank, 2, tmp_path, str(tmp_path / "resumed"),
                        (f"resume={run_dir}",), None, str(tmp_path / "registry.sqlite")))
    assert "manifest" in ranks[0], ranks[0]
    resumed = _manifest(tmp_path / "resumed")
    assert resumed["run"]["status"] == "completed"
    assert resumed["run"]["resumed_from"]["step"] == 2
    assert resumed["privacy"]["steps"] == 5


@pytest.mark.slow
def test_an_error_on_one_rank_fails_the_run_with_that_ranks_error(tmp_path):
    ensure_demo_data(DEMO)
    results = launch(_train_rank, 2, tmp_path, str(tmp_path / "run"), SMOKE, 1,
                      str(tmp_path / "registry.sqlite"), timeout=300)
    assert results[1]["ok"] == {"error": "injected failure in evaluation"}
    assert results[0]["ok"] == {"error": "rank 1: injected failure in evaluation"}  # one line
    manifest = _manifest(tmp_path / "run")
    assert manifest["run"]["status"] == "failed"
    assert manifest["run"]["error"] == "rank 1: injected failure in evaluation"
    assert not (tmp_path / "run" / "adapter").exists()


@pytest.mark.slow
def test_torchrun_cli_dry_run_matches_the_single_process_cli(tmp_path):
    """The real launcher: `torchrun --nproc_per_node=2 -m trainer.train` vs `python -m`."""
    ensure_demo_data(DEMO)
    args = ["-m", "trainer.train", *SMOKE, "dry_run=true"]
    env = {**os.environ, "TRAINER_REGISTRY": str(tmp_path / "registry.sqlite")}
    for name, launcher in (("one", [sys.executable]),
                           ("two", [sys.executable, "-m", "torch.distributed.run",
                                    "--nproc_per_node=2", f"--master_port={free_port()}"])):
        done = subprocess.run([*launcher, *args, f"hydra.run.dir={tmp_path / name}"], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    one, two = _manifest(tmp_path / "one"), _manifest(tmp_path / "two")
    for m in (one, two):
        m["consent"].pop("read_at")  # each run reads its data when it starts
    for section in ("consent", "data", "redaction"):
        assert two[section] == one[section], section
    assert two["run"]["world"]["size"] == 2
