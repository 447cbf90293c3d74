"""`train.shard_base=true` (trainer/sharding.py): the frozen base sharded with FSDP2, gloo ranks.

The DP tests spawn 2 processes on the tiny fp64 LoRA model (tied head) and compare with one
unsharded process; the run test spawns `train()` on 2 ranks on the demo data (tiny model, untied
head) and compares its manifest with the unsharded 2-rank run's.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest
import torch
import torch.distributed as dist
from spawn_ranks import free_port, launch, ok
from tiny_lora import make_batch, tiny_lora_model

from trainer.distributed import World
from trainer.errors import UserError
from trainer.losses import per_sequence_loss
from trainer.privacy.dp_step import DPLoRAGradient
from trainer.sharding import ShardedBase, check, local_param_bytes
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
READ_AT = "2026-12-01T00:00:00Z"
SMOKE = ("model=tiny", "+experiment=smoke", "data.snapshot_at=2026-06-30T00:00:00Z",
         "train.progress=false", "privacy.reproducible_noise=true", "train.max_steps=2")


# -- a small launcher (as tests/test_distributed.py): N spawned processes, results via files ----


# -- the DP step: per-unit clipped sums with a sharded base ------------------------------------

# Three steps; unit u of a step lives on rank u % 2. Micro-batches hold at most 2 rows: in step 0
# each rank runs 2 micro-batches; in step 1 rank 1 has no unit at all (no forward), in step 2
# rank 0 has none: the catch-up's dummy passes must pair every all-gather.
STEPS = [[0, 0, 1, 2, 3, 3, 4], [0, 2, 2], [1, 1, 3]]
ROWS_PER_MICRO_BATCH = 2
CLIP = 0.6  # some units clipped, some not (as in test_distributed.py)


def _dp_steps(rank: int, size: int, shard: bool) -> dict:
    if size > 1:
        dist.init_process_group("gloo")
    model = tiny_lora_model()
    world = World(rank=rank, size=size, backend="gloo") if size > 1 else None
    sharded = ShardedBase(model, world) if shard else None
    reduce = dist.all_reduce if size > 1 else None
    if sharded:
        reduce = sharded.wrap_all_reduce(reduce)
    dp = DPLoRAGradient(model, max_grad_norm=CLIP, noise_multiplier=0.0,
                        generator=torch.Generator().manual_seed(0), all_reduce=reduce,
                        adds_noise=rank == 0)
    out: dict = {"grads": [], "norms": []}
    for step, unit_of_row in enumerate(STEPS):
        batch = make_batch(rows=len(unit_of_row), seed=3 + step)
        mine = [u for u in sorted(set(unit_of_row)) if u % size == rank]
        # micro-batches of whole units, at most ROWS_PER_MICRO_BATCH rows (a unit may exceed it)
        chunks, current = [], []
        for u in mine:
            rows_u = [i for i, v in enumerate(unit_of_row) if v == u]
            if current and len(current) + len(rows_u) > ROWS_PER_MICRO_BATCH:
                chunks.append(current)
                current = []
            current = current + rows_u
        if current:
            chunks.append(current)
        for rows in chunks:
            units = sorted({unit_of_row[i] for i in rows})
            part = {k: v[rows] for k, v in batch.items()}
            with dp.rows(len(rows)):
                losses = per_sequence_loss(model, **part)
            index = torch.tensor([units.index(unit_of_row[i]) for i in rows], dtype=torch.long)
            dp.accumulate(losses=losses, unit_index=index, num_units=len(units))
        stats = dp.finalize(expected_units=2.5)
        out["grads"].append([p.grad.clone() for p in dp.params])
        out["norms"].append(None if stats.norms is None else stats.norms.clone())
        with torch.no_grad():  # a plain SGD step, so step 1 runs on changed LoRA weights
            for p in dp.params:
                p -= 0.5 * p.grad
    out["lora_plain"] = all(type(p) is torch.nn.Parameter for p in dp.params)
    if sharded:
        from torch.distributed.tensor import DTensor

        q = model.get_base_model().model.layers[0].self_attn.q_proj.base_layer.weight
        out["q_local"] = tuple(q.to_local().shape) if isinstance(q, DTensor) else None
        out["q_full"] = tuple(q.shape)
        out["local_bytes"] = local_param_bytes(model)
        out["describe"] = sharded.describe()
        out["dummies"] = sharded.dummy_passes
    return out


@pytest.mark.slow
def test_sharded_base_gives_the_unsharded_clipped_sums_on_2_ranks(tmp_path):
    one = _dp_steps(0, 1, False)
    assert any(0 < (n > CLIP).float().mean() < 1 for n in one["norms"] if n is not None)
    ranks = ok(launch(_dp_steps, 2, tmp_path, True, timeout=240))
    for r in ranks:  # every rank's .grad, both steps, equals one unsharded process's
        assert r["lora_plain"]
        for step_grads, step_one in zip(r["grads"], one["grads"], strict=True):
            for g, g1 in zip(step_grads, step_one, strict=True):
                torch.testing.assert_close(g, g1, rtol=1e-10, atol=1e-14)
    # each rank holds half of each sharded base weight (dim 0), the LoRA weights whole
    for r in ranks:
        assert r["q_full"] == (32, 32) and r["q_local"] == (16, 32)
        assert r["describe"]["tied_head"] and r["describe"]["sharded_params"] > 0
    assert [r["dummies"] for r in ranks] == [2, 2]  # steps 2 and 1: 0 passes to the other's 2
    whole = local_param_bytes(tiny_lora_model())
    assert ranks[0]["local_bytes"] < whole


def test_shard_base_on_one_process_or_with_compile_is_refused():
    with pytest.raises(UserError, match="train.shard_base=true shards the base over several"):
        ShardedBase(tiny_lora_model(), World())
    with pytest.raises(UserError, match="with train.compile=true is not supported"):
        check(World(rank=0, size=2, backend="gloo"), compile=True)


# -- a whole run: train() on 2 ranks with train.shard_base=true ------------------------------


POSTS = 4000  # the first rows of the demo posts: enough members for a DP run, a quarter the time


def _train_rank(rank: int, size: int, tmp: str, posts: str, ports: list, registry: str) -> dict:
    """Both runs in the same processes (one spawn): unsharded, then train.shard_base=true; each
    its own rendezvous port (re-initialising on the same port can hang)."""
    from hydra import compose, initialize_config_dir

    import trainer.run_record as run_record
    import trainer.train as train_module
    from trainer import config

    os.environ["TRAINER_REGISTRY"] = registry
    at = datetime.fromisoformat(READ_AT.replace("Z", "+00:00"))
    run_record._now = lambda: at
    config.register_configs()
    out = {}
    for (name, extra), port in zip((("plain", []), ("sharded", ["train.shard_base=true"])), ports,
                                   strict=True):
        os.environ["MASTER_PORT"] = str(port)
        overrides = [*SMOKE, f"data.posts={posts}", *extra]
        with initialize_config_dir(config_dir=str(REPO / "conf"), version_base="1.3"):
            cfg = compose(config_name="config", overrides=overrides)
        try:
            train_module.train(cfg, run_dir=Path(tmp) / name, overrides=overrides)
            out[name] = "completed"
        except UserError as err:
            out[name] = str(err)
    return out


@pytest.mark.slow
def test_two_rank_run_with_a_sharded_base_writes_the_unsharded_manifest_sections(tmp_path):
    ensure_demo_data(DEMO)
    lines = (DEMO / "posts.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "posts.jsonl").write_text("".join(lines[:POSTS]), encoding="utf-8")
    ports = [free_port()]
    while len(ports) < 2:
        if (port := free_port()) not in ports:
            ports.append(port)
    ranks = ok(launch(_train_rank, 2, tmp_path, str(tmp_path), str(tmp_path / "posts.jsonl"),
                      ports, str(tmp_path / "registry.sqlite"), timeout=240))
    assert ranks[0] == {"plain": "completed", "sharded": "completed"}, ranks
    plain, sharded = (json.loads((tmp_path / n / "manifest.json").read_text())
                      for n in ("plain", "sharded"))
    assert sharded["run"]["status"] == "completed"
    for section in ("consent", "data", "redaction"):
        assert sharded[section] == plain[section], section
    for key in ("epsilon", "num_units", "steps"):
        assert sharded["privacy"][key] == plain["privacy"][key], key
    # the same training (reproducible noise): the same eval losses and the same adapter bytes
    assert sharded["metrics"] == plain["metrics"]
    adapters = [(tmp_path / n / "adapter" / "adapter_model.safetensors").read_bytes()
                for n in ("plain", "sharded")]
    assert adapters[0] == adapters[1]
    world = sharded["run"]["world"]
    assert world["size"] == 2 and world["sharded_base"]["tied_head"] is False
    assert world["sharded_base"]["sharded_params"] > world["sharded_base"]["whole_params"]
    assert "sharded_base" not in plain["run"]["world"]
    assert sharded["checkpoint"]["step"] == 2
