"""Eligibility throughput: ``decide`` on N synthetic posts held in memory as Arrow tables.

    python scripts/bench_data.py --posts 1000000 --json bench/data.json

Linux only (reads ``/proc``). Runs on one core (Arrow's thread pool set to ``--threads``, 1 by
default). Reports the best of ``--repeats`` timed runs as posts per wall-clock second and per
CPU-second of this process (steadier on a busy machine), and the peak extra memory of one
untimed run: the highest resident set size (``/proc/self/statm``, sampled every millisecond by
a thread) minus the resident size just before the run. That counts Arrow and numpy buffers
alike; tracemalloc would miss Arrow's allocator, and ``ru_maxrss`` is already raised by
building the input.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.data.eligibility import decide  # noqa: E402
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS  # noqa: E402
from trainer.errors import exit_on_user_error  # noqa: E402

SNAPSHOT = datetime(2026, 6, 30, tzinfo=UTC)
READ_AT = datetime(2026, 12, 1, tzinfo=UTC)  # the run start: withdrawals up to here count
SETTING = "generative_ai_training"
REGIONS = ["US", "DE", "GB", "in", " br", "UK", "XX", None, "JP", "CA", "FR", "NG"]
KINDS = ["post", "article", "comment", "message"]


def _iso(seconds: np.ndarray) -> pa.Array:
    """Epoch seconds as ISO 8601 text as exports write it: mostly ``Z``, some with no zone or
    an explicit ``+00:00`` (the same instants)."""
    text = np.datetime_as_string(seconds.astype("datetime64[s]"), unit="s")
    row = np.arange(len(text)) % 10
    suffix = np.where(row == 8, "", np.where(row == 9, "+00:00", "Z"))
    return pa.array(np.char.add(text, suffix))


def synthetic_tables(*, posts: int, dirty: float = 0.0, seed: int = 0) -> dict[str, pa.Table]:
    """Members, consent and posts tables shaped like real exports, with every rule exercised.

    ``dirty`` is the share of rows given an impossible date (30 February), a repeated post id,
    an unknown author or an unreadable consent value; any impossible date sends a whole column
    down the slower field-by-field timestamp parser, so this is the worst case for speed.
    """
    rng = np.random.default_rng(seed)
    n_members = max(posts // 10, 1)
    member_ids = np.char.add("m", np.arange(n_members).astype(str))
    members = pa.table(
        {
            "member_id": member_ids,
            "display_name": np.char.add("Name ", np.arange(n_members).astype(str)),
            "region": pa.array([REGIONS[i] for i in rng.integers(0, len(REGIONS), n_members)]),
        }
    )
    start = int(datetime(2022, 1, 1, tzinfo=UTC).timestamp())
    span = int(datetime(2026, 12, 31, tzinfo=UTC).timestamp()) - start
    n_events = n_members * 2
    values = np.where(rng.random(n_events) < 0.7, "true", "false")
    values[rng.random(n_events) < dirty] = "maybe"  # unreadable: text values are judged as such
    consent = pa.table(
        {
            "member_id": member_ids[rng.integers(0, n_members, n_events)],
            "setting": np.where(rng.random(n_events) < 0.9, SETTING, "marketing_email"),
            "value": pa.array(values) if dirty else pc.equal(pa.array(values), "true"),
            "at": _iso(start + rng.integers(0, span, n_events)),
            "policy_version": np.where(rng.random(n_events) < 0.5, "2024-01", "2025-03"),
        }
    )
    created = start + rng.integers(0, span, posts)
    created_text = _iso(created).to_numpy(zero_copy_only=False)
    created_text[rng.random(posts) < dirty] = "2026-02-30T00:00:00Z"
    deleted = created + rng.integers(0, 10**8, posts)
    deleted_text = _iso(deleted).to_numpy(zero_copy_only=False)
    deleted_text[rng.random(posts) < 0.9] = None
    post_ids = np.char.add("p", np.arange(posts).astype(str))
    post_ids[rng.random(posts) < dirty] = "p0"
    authors = member_ids[rng.integers(0, n_members, posts)]
    authors[rng.random(posts) < dirty] = "nobody"
    table = pa.table(
        {
            "post_id": post_ids,
            "member_id": authors,
            "kind": pa.array(np.array(KINDS)[rng.integers(0, len(KINDS), posts)]),
            "text": np.where(rng.random(posts) < 0.02, " ", "Shipped v2.3 today, 40% faster."),
            "created_at": pa.array(created_text, pa.string()),
            "deleted_at": pa.array(deleted_text, pa.string()),
        }
    )
    return {"members": members, "consent": consent, "posts": table}


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measure_peak_rss(fn):
    """Run ``fn()``; return (its result, peak RSS growth in bytes while it ran)."""
    baseline, peak, done = _rss_bytes(), [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss_bytes())
            time.sleep(0.001)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = fn()
    finally:
        done.set()
        sampler.join()
    return result, max(peak[0], _rss_bytes()) - baseline


def run(*, posts: int, repeats: int, dirty: float) -> dict:
    tables = synthetic_tables(posts=posts, dirty=dirty)
    kwargs = dict(
        **tables,
        snapshot_at=SNAPSHOT,
        read_at=READ_AT,
        setting=SETTING,
        allowed_kinds=["post", "article", "comment"],
        excluded_regions=DEFAULT_EXCLUDED_REGIONS,
    )
    result, peak_bytes = measure_peak_rss(lambda: decide(**kwargs))  # memory run, untimed
    times, cpu_times = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        result = decide(**kwargs)
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
    best = min(times)
    return {
        "posts": posts,
        "repeats": repeats,
        "dirty_share": dirty,
        "best_seconds": round(best, 4),
        "median_seconds": round(float(np.median(times)), 4),
        "posts_per_second": round(posts / best),
        "best_cpu_seconds": round(min(cpu_times), 4),
        "posts_per_cpu_second": round(posts / min(cpu_times)),
        "peak_memory_mib": round(peak_bytes / 2**20, 1),
        "peak_memory_method": "peak RSS growth over one run (/proc/self/statm sampled each ms)",
        "input_memory_mib": round(sum(t.nbytes for t in tables.values()) / 2**20, 1),
        "included": len(result.included_post_ids),
        "excluded": result.excluded,
        "python": platform.python_version(),
        "pyarrow": pa.__version__,
        "threads": pa.cpu_count(),
    }


@exit_on_user_error
def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="Arrow CPU threads (1 = one core)")
    parser.add_argument(
        "--dirty", type=float, default=0.0, help="share of broken rows (worst case: 0.001)"
    )
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    args = parser.parse_args(argv)
    pa.set_cpu_count(args.threads)
    report = run(posts=args.posts, repeats=args.repeats, dirty=args.dirty)
    rows = [
        ("posts", f"{report['posts']:,}"),
        ("dirty share", f"{report['dirty_share']:g}"),
        ("best time (s)", f"{report['best_seconds']:.3f}"),
        ("median time (s)", f"{report['median_seconds']:.3f}"),
        ("posts/s (best)", f"{report['posts_per_second']:,}"),
        ("best CPU time (s)", f"{report['best_cpu_seconds']:.3f}"),
        ("posts per CPU-second", f"{report['posts_per_cpu_second']:,}"),
        ("input tables (MiB)", f"{report['input_memory_mib']:.1f}"),
        ("peak extra memory (MiB)", f"{report['peak_memory_mib']:.1f}"),
        ("included posts", f"{report['included']:,}"),
        ("Arrow threads", str(report["threads"])),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value:>14}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
