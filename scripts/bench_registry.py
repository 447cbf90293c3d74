"""Benchmark the run registry on synthetic manifests: index, size, find-member, consent changes.

    nice -n 10 .venv/bin/python scripts/bench_registry.py                    # 1,000 x 100,000
    .venv/bin/python scripts/bench_registry.py --runs 20 --members 20000     # a quick look

Runs are written by the manifest tests' `build_run` (real `write_manifest`, real id lists), each
training `--members` ids drawn at random from a universe of `--universe` members (`--draws`
distinct draws, files hard-linked between runs sharing one), and indexed by the same code as
`python -m trainer.registry index` (every manifest and id list verified, run by run). The consent
tables hold the whole universe (one opt-in each) plus `--changed` withdrawals.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent


def _build_run():
    spec = importlib.util.spec_from_file_location("builders", REPO / "tests/manifest/conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_run


def ids(keys: np.ndarray) -> list[str]:
    return [f"m{k:07d}" for k in keys]


def generate(root: Path, *, runs: int, members: int, universe: int, draws: int,
             seed: int) -> float:
    """`runs` run dirs; run i trains member draw i % `draws`. The first `draws` runs are built
    by `build_run`; the others hard-link a template's files and get their own manifest (own
    run id and snapshot, so their own digest): indexing still reads and verifies every file."""
    from trainer.manifest.io import MANIFEST_FILE, write_manifest

    build_run = _build_run()
    rng = np.random.default_rng(seed)
    start = time.perf_counter()
    for i in range(runs):
        run_dir = root / f"run{i:04d}"
        day = f"2026-01-{1 + i % 28:02d}T00:00:00Z"
        if i < draws:
            drawn = rng.choice(universe, size=members + 1, replace=False)  # the last one: eval
        if (run_dir / MANIFEST_FILE).is_file():
            continue
        if i < draws:
            build_run(run_dir, members=ids(drawn), snapshot_at=day)
        else:
            template = root / f"run{i % draws:04d}"
            for file in template.rglob("*"):
                if file.is_file() and file.name != MANIFEST_FILE:
                    target = run_dir / file.relative_to(template)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.link(file, target)
            m = json.loads((template / MANIFEST_FILE).read_text())
            m["run"]["id"], m["consent"]["snapshot_at"] = f"run-{run_dir.name}", day
            write_manifest(run_dir, m, key="")
        if (i + 1) % 50 == 0:
            print(f"  generated {i + 1} runs ({time.perf_counter() - start:.0f} s)", flush=True)
    return time.perf_counter() - start


def write_tables(out: Path, *, universe: int, changed: int, seed: int) -> dict[str, Path]:
    rng = np.random.default_rng(seed + 1)
    everyone = ids(np.arange(universe))
    withdrawn = ids(np.sort(rng.choice(universe, size=changed, replace=False)))
    paths = {"members": out / "members.parquet", "consent": out / "consent.parquet"}
    pq.write_table(pa.table({"member_id": everyone, "display_name": ["X"] * universe,
                             "region": ["US"] * universe}), paths["members"])
    n = universe + changed
    pq.write_table(pa.table({
        "member_id": everyone + withdrawn,
        "setting": ["generative_ai_training"] * n,
        "value": [True] * universe + [False] * changed,
        "at": ["2025-01-01T00:00:00Z"] * universe + ["2026-06-01T00:00:00Z"] * changed,
        "policy_version": ["v1"] * n,
    }), paths["consent"])
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--members", type=int, default=100_000, help="trained members per run")
    ap.add_argument("--universe", type=int, default=1_000_000, help="distinct members in all")
    ap.add_argument("--draws", type=int, default=100,
                    help="distinct member draws; run i trains draw i %% draws")
    ap.add_argument("--changed", type=int, default=10_000, help="members who withdraw")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "registry")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reuse", action="store_true",
                    help="keep the registry and index figures of the last run; time the queries")
    args = ap.parse_args()

    os.environ.pop("TRAINER_MANIFEST_KEY", None)
    from trainer.registry import query
    from trainer.registry.changes import consent_changes
    from trainer.registry.db import open_registry
    from trainer.registry.index import index_roots

    root = args.out / f"runs-{args.runs}x{args.members}-of-{args.universe}"
    root.mkdir(parents=True, exist_ok=True)
    results: dict = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                     "command": " ".join([Path(sys.executable).name, *sys.argv]),
                     "host": f"{platform.node()} ({os.cpu_count()} cpus)", "args": {
                         k: str(v) for k, v in vars(args).items()}}
    registry = args.out / f"registry-{args.runs}x{args.members}.sqlite"
    path = args.out / f"results-{args.runs}x{args.members}.json"
    if args.reuse:
        last = json.loads(path.read_text())
        results.update({k: last[k] for k in ("generate_s", "index_s", "index_per_run_s",
                                             "unverifiable", "registry_bytes", "rows")})
        results["index_measured"] = last.get("index_measured", last["date"])
        db = open_registry(registry)
    else:
        print(f"generating {args.runs} runs under {root}", flush=True)
        results["generate_s"] = generate(root, runs=args.runs, members=args.members,
                                         universe=args.universe, draws=args.draws,
                                         seed=args.seed)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{registry}{suffix}").unlink(missing_ok=True)
        db = open_registry(registry)
        start = time.perf_counter()
        report = index_roots(db, [root])
        results["index_s"] = time.perf_counter() - start
        results["index_per_run_s"] = results["index_s"] / args.runs
        results["unverifiable"] = len(report.unverifiable)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        results["registry_bytes"] = registry.stat().st_size
        results["rows"] = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                           for t in ("runs", "members", "containers")}
        print(f"indexed in {results['index_s']:.0f} s; registry "
              f"{results['registry_bytes'] / 1e6:.0f} MB", flush=True)

    rng = np.random.default_rng(args.seed + 2)
    db.close()
    db = open_registry(registry)  # a fresh connection: no warm statement cache
    times, found = [], []
    for member in ids(rng.choice(args.universe, size=args.queries)) + ["nobody"] * 10:
        t = time.perf_counter()
        hits = query.find_member(db, member, {})
        times.append(time.perf_counter() - t)
        found.append(len(hits["hits"]))
    times.sort()
    results["find_member_ms"] = {"median": 1e3 * statistics.median(times),
                                 "p95": 1e3 * times[int(0.95 * len(times)) - 1],
                                 "max": 1e3 * times[-1], "queries": len(times),
                                 "mean_runs_found": statistics.mean(found[:args.queries])}
    print(f"find-member: {results['find_member_ms']}", flush=True)

    tables = write_tables(args.out, universe=args.universe, changed=args.changed,
                          seed=args.seed)
    t, cpu = time.perf_counter(), time.process_time()
    out = consent_changes(db, consent=tables["consent"], members=tables["members"], posts=None,
                          at="2026-07-01T00:00:00Z", retired={})
    results["consent_changes_s"] = time.perf_counter() - t
    results["consent_changes_cpu_s"] = time.process_time() - cpu  # less bent by a busy machine
    pairs = sum(r["no_longer_eligible"] for r in out["runs"])
    results["consent_changes"] = {"runs": len(out["runs"]), "member_run_pairs": pairs,
                                  "reasons": sorted({x for r in out["runs"]
                                                     for x in r["reasons"]})}
    # The same call's parts: reading the tables and applying the eligibility rules to the whole
    # universe (training pays these too), the rest is the registry's own work.
    from datetime import datetime as dt

    from trainer.data.tables import read_table
    from trainer.registry.changes import judge

    t = time.perf_counter()
    read = {name: read_table(name, tables[name])[0] for name in ("members", "consent")}
    results["consent_changes_read_s"] = time.perf_counter() - t
    policy = query.active_runs(db, {})[0]["policy"]
    t, cpu = time.perf_counter(), time.process_time()
    judge(read, dt.fromisoformat("2026-07-01T00:00:00+00:00"), policy)
    results["consent_changes_rules_s"] = time.perf_counter() - t
    results["consent_changes_rules_cpu_s"] = time.process_time() - cpu
    results["load_average"] = os.getloadavg()
    print(f"consent-changes: {results['consent_changes_s']:.1f} s ({pairs} (run, member) pairs;"
          f" reading {results['consent_changes_read_s']:.1f} s, eligibility rules "
          f"{results['consent_changes_rules_s']:.1f} s; cpu {results['consent_changes_cpu_s']:.1f}"
          f" s, of which rules {results['consent_changes_rules_cpu_s']:.1f} s)", flush=True)
    path.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
