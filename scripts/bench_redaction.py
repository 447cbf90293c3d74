"""Benchmark redaction throughput: one core, then `datasets.Dataset.map(num_proc=...)`.

    python scripts/bench_redaction.py --posts 20000 --num-proc 1 --repeats 2 \
        --json docs/bench/redaction_bench_DATE.json [--stages]

Two kinds of posts, reported separately: realistic ones (200-1200 characters; most carry no
PII, about a third carry one item; `data/demo/posts.jsonl` instead with `--demo`) and short
PII-dense ones (the synthetic and Faker held-out tuning posts, ~110 bytes, nearly every one
with an item), where the per-post fixed cost dominates, and short one-line posts (`--short`,
~100 bytes, a third with an item). `--stages` adds microseconds per post
for each stage of the engine. MB are 10^6 bytes of UTF-8 input text; CPU time is what one
core spends (it differs from wall time on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainer.redact import Redactor, engine, name_tagger, prefilter, redact_examples  # noqa: E402
from trainer.redact.member_given import find_members  # noqa: E402
from trainer.redact.normalize import normalize  # noqa: E402
from trainer_dev.redaction_sets.heldout import make_heldout  # noqa: E402
from trainer_dev.redaction_sets.synthetic import lookalike, make_examples  # noqa: E402

_PROSE = (
    "Excited to share that our team just shipped the new analytics dashboard after months of work. "
    "Huge lesson for me: talk to users early, measure everything, and keep the scope small. "
    "We are hiring senior engineers in Berlin and remotely across Europe, reach out if curious. "
    "I spent the weekend reading about distributed systems and consensus protocols in practice. "
    "Grateful for a community that keeps sharing knowledge openly, it makes a difference. "
)


def synthetic_posts(n: int, seed: int) -> tuple[list[str], list[str]]:
    """``n`` posts of 200-1200 characters; about a third carry a labelled PII example."""
    rng = random.Random(seed)
    members, examples = make_examples(seed=seed, n=max(1, n // 3))
    sentences = [s.strip() + "." for s in _PROSE.split(".") if s.strip()]
    posts = []
    for i in range(n):
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 9)))
        body += f" {lookalike(rng)}."
        if i % 3 == 0:
            body += " " + examples[(i // 3) % len(examples)].text
        posts.append(body)
    return members, posts


def short_posts(posts: list[str], seed: int) -> list[str]:
    """One line of ~100 bytes per realistic post: its first sentence and a look-alike, where
    the per-post fixed cost dominates (a reply, a status line). Every third is a labelled
    example's first two sentences with its item instead (PII-bearing short posts)."""
    rng = random.Random(seed)
    _, examples = make_examples(seed=seed, n=max(1, len(posts) // 3))
    out = []
    for i, post in enumerate(posts):
        if i % 3 == 0:
            text = examples[(i // 3) % len(examples)].text
            cut = text.find(". ", text.find(". ") + 2)  # its second sentence holds the item
            out.append(text[: cut + 1] if cut > 0 else text)
        else:
            out.append(post[: post.find(". ") + 1] + f" {lookalike(rng)}.")
    return out


def demo_column(path: Path, field: str) -> list[str]:
    """String values of ``field`` in a JSONL file; malformed rows (the demo has some) skipped."""
    values = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and isinstance(row.get(field), str):
                values.append(row[field])
    return values


def bench_single(
    redactor: Redactor, posts: list[str], repeats: int, *, batch: bool = False
) -> tuple[float, float]:
    """Best (wall, CPU) seconds of ``repeats`` single-process passes over ``posts``: one
    ``redact()`` call per post, or with ``batch`` one ``redact_batch()`` over them all (the data
    pipeline's path: with the name tagger on it scores groups of posts in one numpy pass).

    CPU time is what one core spends; it differs from wall time when the machine is shared.
    """
    for text in posts[:200]:  # first-use costs (keyword automaton, phone metadata) excluded
        redactor.redact(text)
    best_wall = best_cpu = float("inf")
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        if batch:
            redactor.redact_batch(posts)
        else:
            for text in posts:
                redactor.redact(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def bench_datasets(redactor: Redactor, posts: list[str], num_proc: int) -> float:
    """Wall time of ``Dataset.map(batched=True, num_proc=num_proc)`` (no cache)."""
    import datasets

    datasets.disable_caching()
    datasets.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    ds = datasets.Dataset.from_dict({"text": posts})
    start = time.perf_counter()
    ds.map(
        redact_examples,
        batched=True,
        batch_size=500,
        num_proc=num_proc if num_proc > 1 else None,
        fn_kwargs={"redactor": redactor},
    )
    return time.perf_counter() - start


def dense_posts(n: int, seed: int) -> tuple[list[str], list[str]]:
    """``n`` short PII-dense posts: half from the synthetic tuning set, half from the Faker
    held-out one (never the independent scoring sets)."""
    members, examples = make_examples(seed=seed, n=n - n // 2)
    h_members, held = make_heldout(seed=seed, n=n // 2)
    return members + h_members, [e.text for e in examples] + [e.text for e in held]


def bench_sets(
    posts: int, *, short: int | None = None, dense: int | None = None, seed: int = 0
) -> dict[str, tuple[list[str], list[str]]]:
    """The benchmark's corpora, name -> (member names, texts), built here only (this script,
    ``bench_redaction_pair`` and ``trainer_dev.redaction_identity`` read them): ``posts``
    realistic posts (``seed``); ``short`` one-line posts (default ``posts``; ``seed + 1``),
    redacted with the realistic posts' members; ``dense`` PII-dense posts (default ``posts``;
    seed 7). A set of 0 posts is left out."""
    short = posts if short is None else short
    dense = posts if dense is None else dense
    members, realistic = synthetic_posts(posts, seed)
    sets = {"realistic": (members, realistic)}
    if short:
        sets["short"] = (members, short_posts(synthetic_posts(short, seed + 1)[1], seed + 1))
    if dense:
        sets["dense"] = dense_posts(dense, seed=7)
    return sets


_CACHES = (
    ("prefilter: keywords", prefilter.keywords),
    ("prefilter: folded", prefilter.folded),
    ("prefilter: dotted", prefilter.dotted),
    ("prefilter: digit signatures", prefilter.digit_windows),
)


def stage_profile(redactor: Redactor, posts: list[str]) -> dict[str, float]:
    """Microseconds per post spent in each stage of ``Redactor.redact``: normalising, the
    shared per-text caches of ``prefilter``, each detector that runs, merging. CPU time of
    this thread (less inflated by a busy machine than wall time; each reading adds ~0.5 us)."""
    clock = time.thread_time
    stages: Counter[str] = Counter()
    for text in posts:
        t0 = clock()
        norm = normalize(text).text
        stages["normalize"] += clock() - t0
        for name, fn in _CACHES:
            t = clock()
            fn(norm)
            stages[name] += clock() - t
        t = clock()
        skip = engine._skipped_detectors(norm)
        stages["prefilter: digit signatures"] += clock() - t
        hits = []
        for fn in redactor._detectors:
            if fn not in skip:
                t = clock()
                hits += fn(norm)
                stages[fn.__name__] += clock() - t
        t = clock()
        hits += engine.find_records(norm)
        stages["records"] += clock() - t
        t = clock()
        hits += engine.find_spoken(norm, claimed=hits)  # as detect() does (all types enabled here)
        stages["spoken"] += clock() - t
        t = clock()
        hits += find_members(norm, redactor._members)
        stages["member names"] += clock() - t
        if redactor._tagger_threshold is not None:
            t = clock()
            hits += name_tagger.find_tagged_names(
                norm, threshold=redactor._tagger_threshold, covered=list(hits)
            )  # as detect() does (all types enabled here)
            stages["name tagger"] += clock() - t
        t = clock()
        engine.merge_hits(hits)
        stages["merge"] += clock() - t
    return {name: seconds / len(posts) * 1e6 for name, seconds in stages.most_common()}


def hot_functions(redactor: Redactor, posts: list[str], top: int) -> list[dict]:
    """The ``top`` functions by own time (cProfile, one pass over ``posts``): where a speedup
    can come from. cProfile adds a cost per call, so small functions look heavier than they are;
    compare shares, not absolute times."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for text in posts:
        redactor.redact(text)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    rows = sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]
    total = sum(v[2] for v in stats.values())
    return [
        {
            "function": f"{Path(f[0]).name}:{f[1]}({f[2]})",
            "calls_per_post": v[1] / len(posts),
            "own_share": v[2] / total,
            "cumulative_share": v[3] / total,
        }
        for f, v in rows
    ]


def _megabytes(posts: list[str]) -> float:
    return sum(len(p.encode("utf-8")) for p in posts) / 1e6


def _row(name: str, seconds: float, posts: list[str]) -> dict:
    mb = _megabytes(posts)
    return {
        "setting": name,
        "seconds": seconds,
        "mb_per_s": mb / seconds,
        "posts_per_s": len(posts) / seconds,
        "us_per_post": seconds / len(posts) * 1e6,
    }


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "trainer/redact"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip() + (" (trainer/redact modified)" if dirty.stdout.strip() else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20000, help="number of realistic posts")
    parser.add_argument("--dense", type=int, default=6000, help="number of dense posts (0: none)")
    parser.add_argument(
        "--short", type=int, default=5000, help="number of short one-line posts (0: none)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3, help="single-core passes (best kept)")
    parser.add_argument("--num-proc", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--demo", action="store_true", help="use data/demo/posts.jsonl if present")
    parser.add_argument("--stages", action="store_true", help="also time each engine stage")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N",
        help="also list the N functions with the most own time (cProfile, realistic posts)",
    )  # fmt: skip
    parser.add_argument(
        "--name-tagger", action="store_true",
        help="redactors with the learned name tagger on (at its default threshold)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, help="write results here")
    args = parser.parse_args(argv)
    options = {"name_tagger": bool(args.name_tagger)}

    demo = REPO / "data" / "demo" / "posts.jsonl"
    corpora = bench_sets(args.posts, short=args.short, dense=args.dense, seed=args.seed)
    members, posts = corpora["realistic"]
    source = "synthetic"
    if args.demo and demo.exists():
        posts, source = demo_column(demo, "text"), str(demo.relative_to(REPO))
        members = demo_column(demo.with_name("members.jsonl"), "display_name")
    redactor = Redactor.from_members(members, **options)
    megabytes = _megabytes(posts)

    wall, cpu = bench_single(redactor, posts, args.repeats)
    rows = [("redact() loop, 1 core (wall)", wall), ("redact() loop, 1 core (CPU)", cpu)]
    rows.append(
        ("redact_batch, 1 core (CPU)", bench_single(redactor, posts, args.repeats, batch=True)[1])
    )
    rows.append(("Dataset.map, num_proc=1", bench_datasets(redactor, posts, 1)))
    if args.num_proc > 1:
        rows.append(
            (
                f"Dataset.map, num_proc={args.num_proc}",
                bench_datasets(redactor, posts, args.num_proc),
            )
        )
    sets = {
        "realistic": {
            "source": source,
            "posts": len(posts),
            "megabytes": megabytes,
            "results": [_row(name, sec, posts) for name, sec in rows],
        }
    }
    stage_sets = [("realistic", redactor, posts)]
    if args.dense:
        d_members, dense = corpora["dense"]
        d_redactor = Redactor.from_members(d_members, **options)
        d_wall, d_cpu = bench_single(d_redactor, dense, args.repeats)
        d_batch = bench_single(d_redactor, dense, args.repeats, batch=True)[1]
        sets["dense"] = {
            "source": "trainer_dev synthetic + Faker held-out tuning posts (seed 7)",
            "posts": len(dense),
            "megabytes": _megabytes(dense),
            "results": [
                _row("redact() loop, 1 core (wall)", d_wall, dense),
                _row("redact() loop, 1 core (CPU)", d_cpu, dense),
                _row("redact_batch, 1 core (CPU)", d_batch, dense),
            ],
        }
        stage_sets.append(("dense", d_redactor, dense))
    if args.short:
        short = corpora["short"][1]  # redacted with the realistic (or demo) members
        s_wall, s_cpu = bench_single(redactor, short, args.repeats)
        s_batch = bench_single(redactor, short, args.repeats, batch=True)[1]
        sets["short"] = {
            "source": "first sentence of synthetic realistic posts + a look-alike; every third "
            "a labelled example's first two sentences",
            "posts": len(short),
            "megabytes": _megabytes(short),
            "results": [
                _row("redact() loop, 1 core (wall)", s_wall, short),
                _row("redact() loop, 1 core (CPU)", s_cpu, short),
                _row("redact_batch, 1 core (CPU)", s_batch, short),
            ],
        }
        stage_sets.append(("short", redactor, short))
    if args.stages:
        for name, red, texts in stage_sets:
            sets[name]["stages_us_per_post"] = stage_profile(red, texts)

    load = os.getloadavg()
    print(
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {_commit()}, engine "
        f"{engine.ENGINE_VERSION}, name tagger {'on' if args.name_tagger else 'off'}, "
        f"{os.cpu_count()} CPUs, load average {load[0]:.2f} "
        f"{load[1]:.2f} {load[2]:.2f} (CPU time is less inflated by load than wall time)"
    )
    for name, block in sets.items():
        print(
            f"{name}: {block['posts']} posts from {block['source']}, {block['megabytes']:.2f} MB, "
            f"mean {block['megabytes'] * 1e6 / block['posts']:.0f} bytes/post"
        )
        print(f"  {'setting':<30} {'seconds':>8} {'MB/s':>8} {'posts/s':>9} {'us/post':>8}")
        for row in block["results"]:
            print(
                f"  {row['setting']:<30} {row['seconds']:>8.2f} {row['mb_per_s']:>8.2f} "
                f"{row['posts_per_s']:>9.0f} {row['us_per_post']:>8.1f}"
            )
        if "stages_us_per_post" in block:
            print(
                "  stages (us/post): "
                + ", ".join(f"{k} {v:.1f}" for k, v in block["stages_us_per_post"].items())
            )
    hot = hot_functions(redactor, posts, args.profile) if args.profile else []
    if hot:
        print("  own time share (cProfile), calls per post, function:")
        for row in hot:
            print(f"  {row['own_share']:6.1%} {row['calls_per_post']:6.2f}  {row['function']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "command": "python " + " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
            "commit": _commit(),
            "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "engine_version": engine.ENGINE_VERSION,
            "name_tagger": args.name_tagger,
            "load_average": list(os.getloadavg()),
            "cpu_count": os.cpu_count(),
            # kept for readers of earlier reports: the realistic set's numbers
            "posts": len(posts),
            "megabytes": megabytes,
            "source": source,
            "results": sets["realistic"]["results"],
            "sets": sets,
        }
        if hot:
            report["profile_realistic"] = hot
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
