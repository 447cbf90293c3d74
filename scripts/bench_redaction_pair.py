"""Paired speed comparison of two source trees, robust to a busy machine.

    python scripts/bench_redaction_pair.py --a /tmp/base --b . [--posts 2000] [--cpu 0] \
        [--name-tagger] [--batch 128] [--json out.json]

On a shared machine a plain benchmark run drifts by +-25 % from one minute to the next, so
two runs of ``bench_redaction.py`` cannot tell a 3 % change. Here one worker process per tree
(each importing its own ``trainer``) is pinned to the same CPU, and the two time the same post
one right after the other, alternating which goes first; each time is the minimum of
``--repeats`` runs with the prefilter's caches cleared before each (cold, as in production).
Both see the same load, so the ratio holds (two runs of the same tree agree within ~1 %).
Prints microseconds per post for the realistic, short and dense posts of ``bench_redaction``;
``--corpus dev`` times varied posts instead: ``--posts`` posts drawn (seeded) from every
development set's texts, with all their sets' members on one roster. The bench's realistic posts
reuse about eight sentences, which keeps the keyword automaton and the lists' hash slots in the
CPU's caches; varied text does not.

By default each post is timed alone through ``redact()`` with the rules alone. ``--name-tagger``
builds the product's default path (rules and the learned name tagger); ``--batch N`` times
``redact_batch`` over chunks of N posts instead (the data pipeline's path: the rule stages and the
tagger run over a group of texts at a time, so the per-post cost differs from ``redact()``).
``--json`` writes the table with the options.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

SETS = ("realistic", "short", "dense")
CORPORA = {"bench": SETS, "dev": ("dev",)}


def worker(
    posts: int, repeats: int, cpu: int, *, tagger: bool, batch: int, corpus: str = "bench",
    dev_sets: str = "",
) -> None:
    """Serve "SET INDEX" lines from stdin with one time in ns each (run inside a tree): the
    post at INDEX through ``redact()``, or with ``batch`` the chunk from INDEX through
    ``redact_batch``."""
    os.sched_setaffinity(0, {cpu})
    tree = os.getcwd()
    sys.path[:0] = [tree, os.path.join(tree, "scripts")]
    import bench_redaction as bench  # the tree's own post generators

    from trainer.redact import Redactor, prefilter

    caches = [f for f in vars(prefilter).values() if hasattr(f, "cache_clear")]
    corpora = _corpora(bench, posts) if corpus == "bench" else {"dev": _dev_corpus(posts, dev_sets)}
    redactors = {}  # one per member list: short posts share the realistic posts' redactor
    sets = {}
    for name in CORPORA[corpus]:
        members, texts = corpora[name]
        if id(members) not in redactors:
            redactors[id(members)] = red = Redactor.from_members(members, name_tagger=tagger)
            red.redact_batch(texts[:200])  # first-use costs (automata, phone metadata, tagger)
            for text in texts[:200]:
                red.redact(text)
        sets[name] = (redactors[id(members)], texts)
    print("ready", flush=True)
    clock = time.perf_counter_ns
    for line in sys.stdin:
        name, index = line.split()
        red, texts = sets[name]
        i = int(index)
        chunk = texts[i : i + batch]
        best = 1 << 62
        for _ in range(repeats):
            for cache in caches:
                cache.cache_clear()
            start = clock()
            if batch:
                red.redact_batch(chunk)
            else:
                red.redact(texts[i])
            best = min(best, clock() - start)
        print(best, flush=True)


def _corpora(bench, posts: int) -> dict[str, tuple[list[str], list[str]]]:
    """``bench_redaction.bench_sets`` of the tree; a tree from before it (an older base) builds
    the same three sets the way that tree's scripts did."""
    if hasattr(bench, "bench_sets"):
        return bench.bench_sets(posts)
    members, realistic = bench.synthetic_posts(posts, 0)
    short = bench.short_posts(bench.synthetic_posts(posts, 1)[1], 1)
    return {"realistic": (members, realistic), "short": (members, short),
            "dense": bench.dense_posts(posts, seed=7)}  # fmt: skip


def _dev_corpus(posts: int, names: str = "", seed: int = 55) -> tuple[list[str], list[str]]:
    """``posts`` texts drawn from the development sets ``names`` (comma-separated; empty: every
    set ``redaction_failures`` may open; the scoring sets never), shuffled with ``seed``; the
    roster is all their members."""
    import importlib
    import random

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    members: list[str] = []
    texts: list[str] = []
    chosen = names.split(",") if names else list(DEVELOPMENT_SETS)
    for module_name, make_name, set_seed in (DEVELOPMENT_SETS[name] for name in chosen):
        module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
        set_members, set_posts = getattr(module, make_name)(seed=set_seed)
        members += set_members
        texts += [p.text for p in set_posts]
    random.Random(seed).shuffle(texts)
    return list(dict.fromkeys(members)), texts[:posts]


def _start(tree: Path, args: argparse.Namespace) -> subprocess.Popen:
    command = [
        *(sys.executable, str(Path(__file__).resolve()), "--worker"),
        *(f"--posts={args.posts}", f"--repeats={args.repeats}", f"--cpu={args.cpu}"),
        *(f"--batch={args.batch}", *(["--name-tagger"] if args.name_tagger else [])),
        f"--corpus={args.corpus}", f"--dev-sets={args.dev_sets}",
    ]
    proc = subprocess.Popen(
        command, cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"the worker in {tree} did not start (see its error above)")
    return proc


def _ask(proc: subprocess.Popen, name: str, index: int) -> int:
    proc.stdin.write(f"{name} {index}\n")
    proc.stdin.flush()
    return int(proc.stdout.readline())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, help="first tree (the reference, e.g. /tmp/base)")
    parser.add_argument("--b", type=Path, help="second tree (e.g. .)")
    parser.add_argument("--posts", type=int, default=2000, help="posts per set")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per post (min kept)")
    parser.add_argument("--cpu", type=int, default=0, help="the CPU both workers run on")
    parser.add_argument(
        "--name-tagger", action="store_true", help="the default path: rules and the name tagger"
    )
    parser.add_argument(
        "--batch", type=int, default=0, help="time redact_batch over chunks of N posts (0: redact)"
    )
    parser.add_argument(
        "--corpus", choices=sorted(CORPORA), default="bench",
        help="bench: bench_redaction's realistic, short and dense posts; dev: varied posts "
        "drawn from the development sets",
    )
    parser.add_argument(
        "--dev-sets", default="", help="with --corpus dev: comma-separated sets (default: all)"
    )
    parser.add_argument("--json", type=Path, help="also write the table here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.batch < 0:
        parser.error("--batch must be 0 (one post at a time) or a chunk size")
    if args.worker:
        worker(args.posts, args.repeats, args.cpu, tagger=args.name_tagger, batch=args.batch,
               corpus=args.corpus, dev_sets=args.dev_sets)
        return 0
    if args.a is None or args.b is None:
        parser.error("--a and --b name the two trees to compare")
    a, b = _start(args.a.resolve(), args), _start(args.b.resolve(), args)
    rows = {}
    for name in CORPORA[args.corpus]:
        total_a = total_b = 0
        for k, i in enumerate(range(0, args.posts, args.batch or 1)):
            first, second = (a, b) if k % 2 else (b, a)
            t_first, t_second = _ask(first, name, i), _ask(second, name, i)
            total_a += t_first if first is a else t_second
            total_b += t_second if first is a else t_first
        rows[name] = {
            "a_us_per_post": round(total_a / args.posts / 1e3, 2),
            "b_us_per_post": round(total_b / args.posts / 1e3, 2),
            "b_over_a": round(total_b / total_a, 4),
        }
        print(
            f"{name:9s} A {total_a / args.posts / 1e3:7.1f}  B {total_b / args.posts / 1e3:7.1f}"
            f" us/post  ({(total_b - total_a) / total_a * 100:+.1f} %)"
        )
    for proc in (a, b):
        proc.stdin.close()
        proc.wait()
    if args.json:
        options = {"a": str(args.a), "b": str(args.b), "posts": args.posts, "repeats": args.repeats,
                   "name_tagger": args.name_tagger, "batch": args.batch, "corpus": args.corpus,
                   "dev_sets": args.dev_sets or "all",
                   "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                   "load_average_1m": os.getloadavg()[0]}  # fmt: skip
        args.json.write_text(json.dumps({"options": options, "sets": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
