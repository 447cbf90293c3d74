"""Benchmark the torchrun path: DP steps at 1 and 2 ranks, data preparation at 1 and 2 processes.

    # DP-SGD steps of whole runs on the demo data (torchrun, gloo, CPU):
    .venv/bin/python scripts/bench_distributed.py steps --json docs/bench/dist_steps_tiny.json
    .venv/bin/python scripts/bench_distributed.py steps --model smollm2-135m --steps 8 \
        --batch-units 16 --rounds 2 --json docs/bench/dist_steps_smollm2.json
    # eligibility + redaction on synthetic Parquet shards (demo posts repeated --copies times):
    .venv/bin/python scripts/bench_distributed.py data --json docs/bench/dist_data.json

`steps` launches the real CLI with `torchrun --nproc_per_node=N` (N=1 is the single-process
path: torchrun sets WORLD_SIZE=1, so no process group) and reads each run's metrics.jsonl; the
first WARMUP steps are dropped. Every process gets OMP_NUM_THREADS=1 (torchrun's default), so
the 2-rank run uses twice the cores of the 1-rank run. Rounds alternate the order (1,2 then
2,1 ...) and `ratio_paired_median` is the median over rounds of rate(2) / rate(1) in the same
round: robust on a machine shared with other jobs.

`data` spawns N processes that each run `select_eligible(rank=r, world_size=N)` and redact their
own included posts, as `train` does; it reports per-process seconds, posts/s and peak RSS, and
the job's throughput (all posts / the slowest process).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SNAPSHOT = "2026-06-30T00:00:00Z"
WARMUP = 2


# -- DP steps ----------------------------------------------------------------------------------


MODELS = {"tiny": ["model=tiny", "+experiment=smoke"],  # seconds; communication-bound
          "smollm2-135m": ["model=smollm2-135m", "train.eval_max_members=8"]}  # compute-bound


def run_once(nproc: int, out: Path, *, model: str, steps: int, batch_units: int,
             port: int) -> dict:
    run_dir = out / f"run-{nproc}-{port}"
    cmd = [sys.executable, "-m", "torch.distributed.run", f"--nproc_per_node={nproc}",
           f"--master_port={port}", "-m", "trainer.train", *MODELS[model],
           f"data.snapshot_at={SNAPSHOT}", f"train.steps={steps}",
           f"train.expected_batch_units={batch_units}", "train.progress=false",
           f"hydra.run.dir={run_dir}"]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TRAINER_REGISTRY": str(out / "reg.sqlite")}
    subprocess.run(cmd, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    rows = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    rows = [r for r in rows if r["step"] > WARMUP]
    took = sum(r["step_s"] for r in rows)
    return {"nproc": nproc, "steps": len(rows), "seconds": round(took, 3),
            "steps_per_s": len(rows) / took, "tokens_per_s": sum(r["tokens"] for r in rows) / took,
            "units_per_step": statistics.mean(r["units"] for r in rows)}


def bench_steps(args) -> dict:
    out = Path(tempfile.mkdtemp(prefix="bench-dist-"))
    runs, ratios = [], {"steps_per_s": [], "tokens_per_s": []}
    port = 29700
    for rnd in range(args.rounds):
        order = (1, 2) if rnd % 2 == 0 else (2, 1)
        got = {}
        for n in order:
            port += 1
            got[n] = run_once(n, out, model=args.model, steps=args.steps,
                              batch_units=args.batch_units, port=port)
            runs.append({"round": rnd, **got[n]})
            print(json.dumps(runs[-1]), flush=True)
        for k in ratios:
            ratios[k].append(got[2][k] / got[1][k])
    med = {n: {k: statistics.median(r[k] for r in runs if r["nproc"] == n)
               for k in ("steps_per_s", "tokens_per_s")} for n in (1, 2)}
    return {"kind": "dp_steps", "model": args.model, "device": "cpu", "backend": "gloo",
            "planned_steps": args.steps, "expected_batch_units": args.batch_units,
            "warmup_steps_dropped": WARMUP, "threads_per_process": 1, "median": med,
            "ratio_paired_median": {k: statistics.median(v) for k, v in ratios.items()},
            "ratios": ratios, "runs": runs}


# -- data preparation --------------------------------------------------------------------------


def make_shards(out: Path, copies: int, shards: int) -> Path:
    """The demo posts repeated `copies` times (new post ids), as `shards` Parquet files."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from trainer.data.tables import read_table
    from trainer_dev.demo import ensure_demo_data

    ensure_demo_data(DEMO)
    posts, _ = read_table("posts", DEMO / "posts.jsonl")
    parts = []
    for c in range(copies):
        ids = pc.binary_join_element_wise(posts.column("post_id"), pa.scalar(f"c{c}"), "-")
        parts.append(posts.set_column(posts.column_names.index("post_id"), "post_id", ids))
    table = pa.concat_tables(parts)
    folder = out / "posts"
    folder.mkdir(parents=True, exist_ok=True)
    step = -(-table.num_rows // shards)
    for i in range(shards):
        pq.write_table(table.slice(i * step, step), folder / f"part-{i:04d}.parquet")
    return folder


def prepare_rank(rank: int, size: int, posts: str, queue) -> None:
    from trainer.config_schema import RedactionConfig
    from trainer.data.prepare import select_eligible
    from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS, resolve_excluded_regions
    from trainer.redact import Redactor
    from trainer.redact.redacted import redact_texts

    at = datetime.fromisoformat(SNAPSHOT.replace("Z", "+00:00"))
    queue.put(("ready", rank))
    t0 = time.perf_counter()
    sel = select_eligible(
        members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl",
        posts_path=posts, snapshot_at=at, read_at=datetime(2026, 12, 1, tzinfo=UTC),
        setting="generative_ai_training", allowed_kinds=["post", "article", "comment"],
        excluded_regions=resolve_excluded_regions(list(DEFAULT_EXCLUDED_REGIONS), []),
        rank=rank, world_size=size)
    t1 = time.perf_counter()
    defaults = RedactionConfig()  # the product's redaction defaults (tagger on)
    redactor = Redactor.from_members(sel.display_names, name_tagger=defaults.name_tagger,
                                     name_tagger_threshold=defaults.name_tagger_threshold)
    texts, _ = redact_texts(redactor, sel.result.included.column("text").to_pylist())
    t2 = time.perf_counter()
    queue.put(("done", {"rank": rank, "posts_read": sel.result.posts_read,
                        "posts_redacted": len(texts), "eligibility_s": round(t1 - t0, 3),
                        "redaction_s": round(t2 - t1, 3), "seconds": round(t2 - t0, 3),
                        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                             / 1024, 1)}))


def prepare_once(size: int, posts: Path) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=prepare_rank, args=(r, size, str(posts), queue))
             for r in range(size)]
    for p in procs:
        p.start()
    ranks = []
    while len(ranks) < size:
        kind, value = queue.get(timeout=3600)
        if kind == "done":
            ranks.append(value)
    for p in procs:
        p.join()
    ranks.sort(key=lambda r: r["rank"])
    read = sum(r["posts_read"] for r in ranks)
    wall = max(r["seconds"] for r in ranks)
    return {"nproc": size, "posts": read, "seconds_slowest": wall, "posts_per_s": read / wall,
            "posts_per_s_per_process": statistics.mean(r["posts_read"] / r["seconds"]
                                                       for r in ranks),
            "ranks": ranks}


def bench_data(args) -> dict:
    out = Path(tempfile.mkdtemp(prefix="bench-dist-data-"))
    posts = make_shards(out, args.copies, args.shards)
    runs, ratios = [], []
    for rnd in range(args.rounds):
        order = (1, 2) if rnd % 2 == 0 else (2, 1)
        got = {}
        for n in order:
            got[n] = prepare_once(n, posts)
            runs.append({"round": rnd, **got[n]})
            print(json.dumps(runs[-1]), flush=True)
        ratios.append(got[2]["posts_per_s"] / got[1]["posts_per_s"])
    return {"kind": "data_preparation", "input": f"demo posts x{args.copies} in {args.shards} "
            "Parquet shards", "posts": runs[0]["posts"], "ratio_paired_median":
            statistics.median(ratios), "ratios": ratios, "runs": runs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("steps")
    s.add_argument("--rounds", type=int, default=3)
    s.add_argument("--steps", type=int, default=24)
    s.add_argument("--batch-units", type=int, default=64)
    s.add_argument("--model", choices=sorted(MODELS), default="tiny")
    d = sub.add_parser("data")
    d.add_argument("--rounds", type=int, default=2)
    d.add_argument("--copies", type=int, default=4)
    d.add_argument("--shards", type=int, default=8)
    for p in (s, d):
        p.add_argument("--json", type=Path)
        p.add_argument("--note", default="", help="what else ran on the machine meanwhile")
    args = ap.parse_args()
    result = bench_steps(args) if args.what == "steps" else bench_data(args)
    result["machine"] = {"cpus": os.cpu_count(), "platform": platform.platform(),
                         "python": platform.python_version(),
                         "load_average_after": os.getloadavg(), "note": args.note}
    result["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
