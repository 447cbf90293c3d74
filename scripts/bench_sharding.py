"""Memory and DP-step time of `train.shard_base=true` (FSDP2) against the unsharded base.

    torchrun --nproc_per_node=2 scripts/bench_sharding.py --model tiny \
        --json docs/bench/shard_tiny.json
    torchrun --nproc_per_node=2 scripts/bench_sharding.py --model smollm2-135m --rounds 2 --steps 4

Every rank builds the base with LoRA as `train` does (lora r=8 on q_proj,v_proj), then, in
alternating rounds (plain, sharded, plain, sharded, ...), times `--steps` DP steps of `--rows`
rows x `--seq` tokens per rank (per-row forward, one backward, clipping, all-reduce; no noise:
noise costs the same both ways). Reports the parameter bytes each rank holds (the unsharded
number is also the one-process number) and the median step time, first step of a round dropped.
gloo on CPU, 1 thread per process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402
import torch.distributed as dist  # noqa: E402

from trainer.distributed import World  # noqa: E402
from trainer.losses import per_sequence_loss  # noqa: E402
from trainer.models import load_base, wrap_lora  # noqa: E402
from trainer.privacy.dp_step import DPLoRAGradient  # noqa: E402
from trainer.sharding import ShardedBase, local_param_bytes  # noqa: E402


def build(kind: str):
    model, _, _ = load_base(kind=kind, seed=0)
    return wrap_lora(model, r=8, alpha=16, dropout=0.0, target_modules=["q_proj", "v_proj"])


def one_round(kind: str, world: World, *, shard: bool, steps: int, rows: int, seq: int) -> dict:
    model = build(kind)
    sharded = ShardedBase(model, world) if shard else None
    reduce = dist.all_reduce if not sharded else sharded.wrap_all_reduce(dist.all_reduce)
    dp = DPLoRAGradient(model, max_grad_norm=1.0, noise_multiplier=0.0,
                        generator=torch.Generator(), all_reduce=reduce, adds_noise=world.main)
    vocab = model.get_base_model().config.vocab_size
    g = torch.Generator().manual_seed(world.rank)
    ids = torch.randint(4, vocab, (rows, seq), generator=g)
    mask = torch.ones_like(ids)
    loss_mask = mask.clone()
    loss_mask[:, 0] = 0
    times = []
    for _ in range(steps):
        dist.barrier()
        began = time.perf_counter()
        with dp.rows(rows):
            losses = per_sequence_loss(model, input_ids=ids, attention_mask=mask,
                                       loss_mask=loss_mask)
        dp.accumulate(losses=losses, unit_index=torch.arange(rows), num_units=rows)
        dp.finalize(expected_units=float(rows * world.size))
        times.append(time.perf_counter() - began)
    return {"param_bytes": local_param_bytes(model), "step_s": times[1:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="tiny", choices=["tiny", "smollm2-135m"])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--rows", type=int, default=8)
    ap.add_argument("--seq", type=int, default=48)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    torch.set_num_threads(1)
    dist.init_process_group("gloo")
    world = World(rank=dist.get_rank(), size=dist.get_world_size(), backend="gloo")
    results: dict[str, list] = {"plain": [], "sharded": []}
    for _ in range(args.rounds):
        for name in ("plain", "sharded"):
            results[name].append(one_round(args.model, world, shard=name == "sharded",
                                           steps=args.steps, rows=args.rows, seq=args.seq))
    every = [None] * world.size
    dist.all_gather_object(every, results)
    if world.main:
        out = {"model": args.model, "world_size": world.size, "rows_per_rank": args.rows,
               "seq": args.seq, "steps_per_round": args.steps, "rounds": args.rounds,
               "date": time.strftime("%Y-%m-%d"), "load_average": os.getloadavg()[0]}
        for name in ("plain", "sharded"):
            out[name] = {
                "param_bytes_per_rank": [r[name][0]["param_bytes"] for r in every],
                "step_s_median_per_round": [
                    statistics.median(t for r in every for t in r[name][i]["step_s"])
                    for i in range(args.rounds)],
            }
        ratios = [s / p for s, p in zip(out["sharded"]["step_s_median_per_round"],
                                        out["plain"]["step_s_median_per_round"], strict=True)]
        out["step_time_ratio_sharded_over_plain"] = ratios
        text = json.dumps(out, indent=1)
        print(text)
        if args.json:
            args.json.write_text(text + "\n")
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
