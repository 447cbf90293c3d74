"""Paired speed of the redactor with the name tagger on, under two weights files (e.g. the
committed v4 and a rebuilt v5), and with it off, on scripts/bench_redaction.py's realistic,
short and dense posts.

    git show HEAD:trainer/redact/name_tagger.npz > /tmp/old.npz
    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python -m trainer_dev.tagger_pair \
        --a /tmp/old.npz --a-sha256 DIGEST [--posts 1000] [--repeats 3]

One process, one Redactor per member list with ``name_tagger=True``; which weights it uses is
switched per call (the module's pinned path and digest; both files are verified and loaded once).
Each post is timed under every arm one right after the other, the order rotating from post to
post, each time the minimum of ``--repeats`` runs with the prefilter's caches cleared (as
bench_redaction_pair.py does between two trees), so the arms see the same machine load. The
tagger's code and candidates do not depend on the weights' values: only the hits it finds (and
so the eponym check and merging) can differ.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import time
from pathlib import Path

from trainer.redact import Redactor, name_tagger, prefilter

ROOT = Path(__file__).resolve().parent.parent
SETS = ("realistic", "short", "dense")


def _bench_sets(posts: int) -> dict[str, tuple[list[str], list[str]]]:
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts/bench_redaction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.bench_sets(posts)


def _use(weights: tuple[Path, str]) -> None:
    name_tagger.WEIGHTS_FILE, name_tagger.WEIGHTS_SHA256 = weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", type=Path, required=True, help="the reference weights (.npz)")
    parser.add_argument("--a-sha256", required=True, help="its digest (verified before use)")
    parser.add_argument("--posts", type=int, default=1000, help="posts per set")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per post (min kept)")
    args = parser.parse_args(argv)
    digest = hashlib.sha256(args.a.read_bytes()).hexdigest()
    if digest != args.a_sha256:
        parser.error(f"{args.a}: sha256 {digest[:16]}... is not --a-sha256")
    arms = {"off": None, "A": (args.a, args.a_sha256),
            "B": (name_tagger.WEIGHTS_FILE, name_tagger.WEIGHTS_SHA256)}
    caches = [f for f in vars(prefilter).values() if hasattr(f, "cache_clear")]
    clock = time.perf_counter_ns
    print(f"A = {args.a} ({args.a_sha256[:16]}...), B = the pinned "
          f"{arms['B'][0].name} ({arms['B'][1][:16]}...), off = rules alone")
    for name, (members, texts) in _bench_sets(args.posts).items():
        reds = {"off": Redactor.from_members(members, name_tagger=False)}
        for arm in ("A", "B"):
            _use(arms[arm])
            reds[arm] = Redactor.from_members(members, name_tagger=True)
        for arm, red in reds.items():  # first-use costs
            if arms[arm]:
                _use(arms[arm])
            for text in texts[:200]:
                red.redact(text)
        total = dict.fromkeys(reds, 0)
        order = list(reds)
        for i, text in enumerate(texts):
            for arm in order[i % 3 :] + order[: i % 3]:
                if arms[arm]:
                    _use(arms[arm])
                best = 1 << 62
                for _ in range(args.repeats):
                    for cache in caches:
                        cache.cache_clear()
                    start = clock()
                    reds[arm].redact(text)
                    best = min(best, clock() - start)
                total[arm] += best
        us = {arm: t / len(texts) / 1e3 for arm, t in total.items()}
        print(f"{name:9s} off {us['off']:7.1f}  A {us['A']:7.1f}  B {us['B']:7.1f} us/post  "
              f"(B vs A {(us['B'] - us['A']) / us['A'] * 100:+.1f} %, tagger on A "
              f"{(us['A'] - us['off']) / us['off'] * 100:+.0f} % / B "
              f"{(us['B'] - us['off']) / us['off'] * 100:+.0f} % over off)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
