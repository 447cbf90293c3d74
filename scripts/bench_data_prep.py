"""Data preparation (eligibility + redaction) of N synthetic Parquet posts on 1 and 2 CPUs.

    .venv/bin/python scripts/bench_data_prep.py --posts 200000
    nice -n 10 .venv/bin/python scripts/bench_data_prep.py --posts 10000000 --rounds 2

Generates (once; reused while its parameters match) N posts in Parquet shards of --shard-rows
rows, N/10 members and their consent histories (one Parquet file each), in the demo network's
style (trainer_dev/demo.py: real-looking names, emails, phones, IBANs, cards, mentions, odd
regions, opt-outs, deletions, messages; a few repeated post ids). Generation holds one shard
at a time, in --gen-procs worker processes.

Then each round spawns 1 and 2 processes (order alternating by round); process r of N runs
`select_eligible(rank=r, world_size=N)` as `trainer.train` does (Parquet posts stream in record
batches) and redacts its own included posts with the product's default redactor (rules and tagger):

- `--mode train` (default): exactly train.py's per-rank steps: `select_eligible(...,
  make_redactor=...)` redacts each batch's included posts as soon as they are
  judged and keeps their redacted texts (training tokenizes them next) and ids, never the raw
  text of more than one batch.
- `--mode stream`: the bounded pipeline: each included batch is redacted as soon as eligibility
  yields it and dropped (only counts and id lists are kept): what a rank costs before it holds
  its training data.

Every process runs on one core (Arrow's pools set to 1 thread), so 2 processes use twice the
cores of 1. Reported per process: seconds (eligibility, redaction), posts read, included, peak
RSS (VmHWM); per job: posts/s and Parquet MB/s over the slowest process, and the paired
speed-up (rate at 2 / rate at 1 in the same round; median over rounds). The JSON goes to
docs/bench/data_prep_<N>.json unless --json says otherwise.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import random
import resource
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from trainer_dev import demo  # noqa: E402

SNAPSHOT = datetime(2026, 6, 30, tzinfo=UTC)
READ_AT = datetime(2026, 12, 1, tzinfo=UTC)
SETTING = demo.SETTING
KINDS = ["post", "article", "comment"]
MEMBER_CHUNK = 100_000  # members generated (and their consent) per task
POOL = 2_000  # members whose names are mentioned in texts (the first ones)
FORMAT = 2  # bump when the generated data changes


# -- generation (bounded: one shard or member chunk per task) -------------------------------------


def _members_chunk(seed: int, start: int, stop: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(f"{seed}:members:{start}")
    members, consent = [], []
    for i in range(start, stop):
        row = demo._member(rng, i)
        row["member_id"] = mid = f"m{i:08d}"
        members.append({c: row.get(c) for c in ("member_id", "display_name", "region")})
        consent.extend(demo._consent_history(rng, mid))
    for row in members:  # demo's odd regions include a number: kept as text here (one schema)
        if row["region"] is not None and not isinstance(row["region"], str):
            row["region"] = str(row["region"])
    return members, consent


def _pool(seed: int, members: int) -> list[dict]:
    return _members_chunk(seed, 0, min(POOL, members))[0]


def _posts_shard(args: tuple) -> dict:
    seed, shard, start, stop, members, folder = args
    rng = random.Random(f"{seed}:posts:{shard}")
    people = _pool(seed, members)
    rows = []
    text_bytes = 0
    end = demo._END - timedelta(days=30)
    for i in range(start, stop):
        kind = rng.choices(("post", "comment", "article", "message"), (55, 25, 10, 10))[0]
        created = demo._between(rng, demo._START, end)
        text = demo._text(rng, kind, people)
        roll = rng.random()
        deleted = None
        if roll < 0.06:
            deleted = demo._ts(created + timedelta(days=rng.randrange(1, 400)), rng)
        elif roll < 0.07:
            text = rng.choice(("", "   ", "\n\t "))
        post_id = f"p{i:010d}"
        if i % 10_007 == 9_999 and i >= 50:  # a few repeats of an earlier id (malformed)
            post_id = f"p{i - 50:010d}"
        rows.append({"post_id": post_id, "member_id": f"m{rng.randrange(members):08d}",
                     "kind": kind, "text": text, "created_at": demo._ts(created, rng),
                     "deleted_at": deleted})
        text_bytes += len(text.encode("utf-8"))
    schema = pa.schema([(c, pa.string()) for c in
                        ("post_id", "member_id", "kind", "text", "created_at", "deleted_at")])
    path = Path(folder) / f"part-{shard:05d}.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=65_536)
    return {"shard": shard, "rows": stop - start, "text_bytes": text_bytes,
            "bytes": path.stat().st_size}


def _members_task(args: tuple) -> tuple[int, list[dict], list[dict]]:
    seed, start, stop = args
    members, consent = _members_chunk(seed, start, stop)
    return start, members, consent


def generate(out: Path, *, posts: int, members: int, shard_rows: int, seed: int,
             procs: int) -> dict:
    """Write members.parquet, consent.parquet and posts/part-*.parquet under ``out``."""
    params = {"format": FORMAT, "posts": posts, "members": members, "shard_rows": shard_rows,
              "seed": seed}
    marker = out / "params.json"
    if marker.is_file():
        meta = json.loads(marker.read_text())
        if meta.get("params") == params:
            return meta
    t0 = time.perf_counter()
    (out / "posts").mkdir(parents=True, exist_ok=True)
    for old in (out / "posts").glob("*.parquet"):
        old.unlink()
    ctx = mp.get_context("spawn")
    with ctx.Pool(procs) as pool:
        mschema = pa.schema([(c, pa.string()) for c in ("member_id", "display_name", "region")])
        cschema = pa.schema([("member_id", pa.string()), ("setting", pa.string()),
                             ("value", pa.bool_()), ("at", pa.string()),
                             ("policy_version", pa.string())])
        chunks = [(seed, s, min(members, s + MEMBER_CHUNK)) for s in range(0, members,
                                                                          MEMBER_CHUNK)]
        consent_rows = 0
        with (pq.ParquetWriter(out / "members.parquet", mschema) as mw,
              pq.ParquetWriter(out / "consent.parquet", cschema) as cw):
            for _, mrows, crows in pool.imap(_members_task, chunks):  # in order
                mw.write_table(pa.Table.from_pylist(mrows, schema=mschema))
                cw.write_table(pa.Table.from_pylist(crows, schema=cschema))
                consent_rows += len(crows)
        tasks = [(seed, k, s, min(posts, s + shard_rows), members, str(out / "posts"))
                 for k, s in enumerate(range(0, posts, shard_rows))]
        shards = list(pool.imap_unordered(_posts_shard, tasks))
    meta = {"params": params, "members": members, "consent_rows": consent_rows,
            "shards": len(shards), "posts_parquet_bytes": sum(s["bytes"] for s in shards),
            "text_bytes": sum(s["text_bytes"] for s in shards),
            "generation_s": round(time.perf_counter() - t0, 1)}
    marker.write_text(json.dumps(meta, indent=2) + "\n")
    return meta


# -- one process of the job ---------------------------------------------------------------------


def _rss_mb() -> float:
    """This process's peak resident memory (MB): VmHWM, which, unlike ru_maxrss, does not
    inherit the parent's peak across fork + exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def prepare_rank(rank: int, size: int, data: str, mode: str, batch_rows: int, queue) -> None:
    pa.set_cpu_count(1)
    pa.set_io_thread_count(1)
    from trainer.config_schema import RedactionConfig
    from trainer.data import stream
    from trainer.data.prepare import _display_names, select_eligible
    from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS, resolve_excluded_regions
    from trainer.data.tables import POST_COLUMNS, read_table
    from trainer.redact import Redactor
    from trainer.redact.redacted import redact_texts

    defaults = RedactionConfig()  # the product's redaction defaults (the name tagger is on)

    def _product_redactor(names: list[str]) -> Redactor:
        return Redactor.from_members(names, name_tagger=defaults.name_tagger,
                                     name_tagger_threshold=defaults.name_tagger_threshold)

    root = Path(data)
    policy = dict(snapshot_at=SNAPSHOT, read_at=READ_AT, setting=SETTING, allowed_kinds=KINDS,
                  excluded_regions=resolve_excluded_regions(list(DEFAULT_EXCLUDED_REGIONS), []))
    queue.put(("ready", rank, _rss_mb()))
    t0, cpu0 = time.perf_counter(), _cpu_s()
    redaction_s, texts, found, rss_before_posts = 0.0, 0, 0, None
    if mode == "train":
        sel = select_eligible(members_path=root / "members.parquet",
                              consent_path=root / "consent.parquet", posts_path=root / "posts",
                              **policy, rank=rank, world_size=size, batch_rows=batch_rows,
                              make_redactor=_product_redactor)
        result, names, redaction = sel.result, sel.display_names, sel.redaction
        rss_eligibility = _rss_mb()
        kept = redaction.texts  # train.py keeps the redacted texts: it tokenizes them next
        texts, found, redaction_s = len(kept), sum(redaction.counts.values()), redaction.seconds
    else:
        members, _ = read_table("members", root / "members.parquet")
        consent, _ = read_table("consent", root / "consent.parquet")
        names = _display_names(members.column("display_name"))
        source = stream.open_parquet("posts", root / "posts", POST_COLUMNS)
        decision = stream.StreamDecision(members=members, consent=consent, **policy)
        del members, consent
        candidates = stream.repeat_candidates(source, batch_rows=batch_rows)  # pass 1 first,
        redactor = _product_redactor(names)  # as in train mode: the redactor after it
        rss_before_posts = _rss_mb()  # members, consent, roster, consent state and redactor
        for batch in stream.rank_batches(source, rank=rank, world_size=size, candidates=candidates,
                                         batch_rows=batch_rows):
            included = decision.add(batch)
            t = time.perf_counter()
            out, counts = redact_texts(redactor, included.column("text").to_pylist())
            texts += len(out)
            found += sum(counts.values())
            redaction_s += time.perf_counter() - t
            del out, included
        source.check_unchanged()
        result = decision.result()
        rss_eligibility = None
    t2 = time.perf_counter()
    queue.put(("done", rank, {
        "rank": rank, "posts_read": result.posts_read,
        "posts_included": len(result.included_post_ids), "texts_redacted": texts,
        "items_redacted": found, "seconds": round(t2 - t0, 2),
        "cpu_s": round(_cpu_s() - cpu0, 2),
        "eligibility_s": round(t2 - t0 - redaction_s, 2), "redaction_s": round(redaction_s, 2),
        "peak_rss_mb": _rss_mb(), "rss_eligibility_mb": rss_eligibility,
        "rss_before_posts_mb": rss_before_posts, "display_names": len(names),
        "excluded": result.excluded}))


def run_once(size: int, data: Path, mode: str, batch_rows: int, meta: dict) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=prepare_rank, args=(r, size, str(data), mode, batch_rows, queue))
             for r in range(size)]
    for p in procs:
        p.start()
    ranks, import_rss = [], []
    while len(ranks) < size:
        kind, rank, value = queue.get(timeout=7200)
        (ranks if kind == "done" else import_rss).append(value)
    for p in procs:
        p.join()
        if p.exitcode:
            raise SystemExit(f"a process failed with exit code {p.exitcode}")
    ranks.sort(key=lambda r: r["rank"])
    read = sum(r["posts_read"] for r in ranks)
    wall = max(r["seconds"] for r in ranks)
    return {"nproc": size, "mode": mode, "posts": read,
            "posts_included": sum(r["posts_included"] for r in ranks),
            "seconds_slowest": wall, "posts_per_s": round(read / wall),
            "parquet_mb_per_s": round(meta["posts_parquet_bytes"] / 1e6 / wall, 2),
            "text_mb_per_s": round(meta["text_bytes"] / 1e6 / wall, 2),
            "peak_rss_mb_max": max(r["peak_rss_mb"] for r in ranks),
            "rss_after_imports_mb": max(import_rss), "ranks": ranks}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=200_000)
    ap.add_argument("--members", type=int, help="members (default: posts / 10)")
    ap.add_argument("--shard-rows", type=int, default=250_000)
    ap.add_argument("--data", type=Path, help="where the synthetic tables live "
                    "(default: /tmp/bench-data-prep-<posts>)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gen-procs", type=int, default=2)
    ap.add_argument("--procs", default="1,2", help="process counts, e.g. 1,2")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--mode", choices=("train", "stream"), nargs="+", default=["train"])
    ap.add_argument("--batch-rows", type=int, default=65_536)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    data = args.data or Path(f"/tmp/bench-data-prep-{args.posts}"
                             + (f"-{args.members}" if args.members else ""))
    data.mkdir(parents=True, exist_ok=True)
    meta = generate(data, posts=args.posts, members=args.members or max(10, args.posts // 10),
                    shard_rows=args.shard_rows, seed=args.seed,
                    procs=args.gen_procs)
    print(json.dumps(meta), flush=True)
    sizes = [int(s) for s in args.procs.split(",")]
    runs, ratios, cpu_ratios = [], {}, {}
    for mode in args.mode:
        for rnd in range(args.rounds):
            got = {}
            for n in (sizes if rnd % 2 == 0 else sizes[::-1]):
                got[n] = run_once(n, data, mode, args.batch_rows, meta)
                runs.append({"round": rnd, **got[n]})
                brief = {k: v for k, v in runs[-1].items() if k != "ranks"}
                print(json.dumps(brief), flush=True)
            if 1 in got and 2 in got:
                ratios.setdefault(mode, []).append(
                    round(got[2]["posts_per_s"] / got[1]["posts_per_s"], 3))
                cpu_ratios.setdefault(mode, []).append(round(
                    got[1]["ranks"][0]["cpu_s"] / max(r["cpu_s"] for r in got[2]["ranks"]), 3))
    result = {
        "kind": "data_preparation", "posts": args.posts, "data": meta,
        "batch_rows": args.batch_rows,
        "speedup_2_vs_1_paired_median": {m: statistics.median(r) for m, r in ratios.items()},
        "speedup_2_vs_1_rounds": ratios,
        # CPU time of the 1-process job / the busier process's CPU time at 2: the speed-up on
        # 2 idle cores, robust to other jobs stealing the cores while measured
        "cpu_speedup_2_vs_1_rounds": cpu_ratios, "runs": runs,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(), "pyarrow": pa.__version__,
                    "load_avg_at_end": os.getloadavg()},
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    path = args.json or REPO / "docs" / "bench" / f"data_prep_{args.posts}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\n{'mode':<7}{'round':>6}{'procs':>6}{'posts/s':>10}{'MB/s':>8}{'slowest s':>11}"
          f"{'CPU s (per process)':>22}{'peak RSS MB (per process)':>28}")
    for r in runs:
        rss = " / ".join(f"{x['peak_rss_mb']:.0f}" for x in r["ranks"])
        cpu = " / ".join(f"{x['cpu_s']:.1f}" for x in r["ranks"])
        print(f"{r['mode']:<7}{r['round']:>6}{r['nproc']:>6}{r['posts_per_s']:>10,}"
              f"{r['parquet_mb_per_s']:>8.1f}{r['seconds_slowest']:>11.1f}{cpu:>22}{rss:>28}")
    for mode, rs in ratios.items():
        print(f"{mode}: speed-up 2 vs 1 process (paired, wall): {rs} -> median "
              f"{statistics.median(rs):.2f}; by CPU time: {cpu_ratios[mode]}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
