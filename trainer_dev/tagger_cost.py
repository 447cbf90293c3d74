"""What the opt-in name tagger costs per post, on scripts/bench_redaction.py's realistic and
short posts: the rules alone, the rules with the tagger on (the engine's path: only candidate
tokens outside the rules' spans are scored), post by post (``redact``) and as the data
pipeline calls it (``redact_batch``: the tagger scores 64 posts in one numpy pass), the
tagger's own share, and the first tagger (v1: every token scored; zero weights of its shape,
the cost does not depend on their values). CPU time of this process, best of ``--repeats``;
MB/s of UTF-8 text on one core; ``added_us_per_post``: rules + tagger less rules alone.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python -m trainer_dev.tagger_cost \
        --json docs/bench/tagger_cost_2026-12-02.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path

import numpy as np

from trainer.redact import Redactor, name_tagger
from trainer.redact.name_tagger_features import tokenize
from trainer_dev import tagger_v1

ROOT = Path(__file__).resolve().parent.parent


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts/bench_redaction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _best(fn, posts: list[str], repeats: int) -> float:
    """Best CPU seconds of ``repeats`` passes of ``fn`` over ``posts`` (first 200 warm up)."""
    for text in posts[:200]:
        fn(text)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in posts:
            fn(text)
        best = min(best, time.process_time() - start)
    return best


def _best_batch(redact_batch, posts: list[str], repeats: int) -> float:
    """Best CPU seconds of ``repeats`` calls of ``redact_batch(posts)`` (after a warm-up)."""
    redact_batch(posts[:200])
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        redact_batch(posts)
        best = min(best, time.process_time() - start)
    return best


def measure(posts: list[str], members: list[str], *, threshold: float, repeats: int) -> dict:
    rules = Redactor.from_members(members, name_tagger=False)
    tagged = Redactor.from_members(members, name_tagger=True, name_tagger_threshold=threshold)
    shipped = name_tagger.load_tagger()
    covered = {text: [(s.start, s.end) for s in rules.detect(text)] for text in posts}
    v1 = tagger_v1.AllTokens()
    zeros = [np.zeros(1 << tagger_v1.BITS, np.float32)] * 3

    def v1_probs(text: str) -> None:
        tokens = tokenize(text)
        if tokens:
            _, ids = v1.features(text, tokens)
            name_tagger.softmax(name_tagger.logits(zeros, ids.view(np.int64)))

    size = sum(len(t.encode("utf-8")) for t in posts)
    runs = {
        "rules alone (redact)": lambda t: rules.redact(t),
        "rules + tagger (redact)": lambda t: tagged.redact(t),
        "tagger alone, rules' spans skipped": lambda t: shipped.probs(t, covered[t]),
        "tagger alone, every candidate": lambda t: shipped.probs(t),
        "tagger v1 alone (every token)": v1_probs,
    }
    batches = {
        "rules alone (redact_batch)": rules.redact_batch,
        "rules + tagger (redact_batch)": tagged.redact_batch,
    }
    seconds = {name: _best(fn, posts, repeats) for name, fn in runs.items()}
    seconds |= {name: _best_batch(fn, posts, repeats) for name, fn in batches.items()}
    out = {
        name: {
            "us_per_post": round(1e6 * s / len(posts), 1),
            "mb_per_s_one_core": round(size / 1e6 / s, 3),
        }
        for name, s in seconds.items()
    }
    added = {
        path: round(
            out[f"rules + tagger ({path})"]["us_per_post"]
            - out[f"rules alone ({path})"]["us_per_post"], 1
        )
        for path in ("redact", "redact_batch")
    }
    return {
        "posts": len(posts), "mean_bytes": round(size / len(posts)), "results": out,
        "added_us_per_post": added,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=name_tagger.DEFAULT_THRESHOLD,
                        help="the tagger's threshold (default: the shipped default)")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    bench = _bench_module()
    members, posts = bench.synthetic_posts(args.posts, args.seed)
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": f"python -m trainer_dev.tagger_cost --posts {args.posts} --seed {args.seed} "
        f"--threshold {args.threshold} --repeats {args.repeats}",
        "weights": name_tagger.weights_summary(),
        "note": "CPU time on a shared 2-core machine (~9 agents); compare rows, not runs",
        "realistic": measure(posts, members, threshold=args.threshold, repeats=args.repeats),
        "short": measure(
            bench.short_posts(posts, args.seed), members, threshold=args.threshold,
            repeats=args.repeats,
        ),
    }
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
