"""Design study: could one multi-pattern scan per post replace the rule families' own regexes?

    python scripts/study_multipattern_scan.py [--posts 1000] [--pylib DIR] [--json out.json]

The redaction engine runs about 1,100 module-level regexes, each family gating and scanning on
its own. A Hyperscan database (PyPI ``hyperscan``, a manylinux wheel, offline once installed)
reports every pattern that occurs in one pass. This measures, on the benchmark's realistic
posts, what such a design would start from: how many of the engine's patterns Hyperscan can
compile at all (no lookarounds, no back-references), how long one database of them takes to
compile, and the CPU time per post of one scan (with a Python callback per pattern found, as a
family would need its positions) against ``re.search`` of each of the same patterns. Nothing
here changes the engine; ``hyperscan`` is not a dependency (``--pylib`` names a folder it was
installed into with ``pip install --target``). CPU time of this thread (``time.thread_time``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(_ROOT), str(_ROOT / "scripts")]

import bench_redaction as bench  # noqa: E402

from trainer.redact import Redactor  # noqa: E402

# What keeps a pattern out of Hyperscan (checked on the pattern's text, for the report only).
_UNSUPPORTED = {"lookbehind": ("(?<=", "(?<!"), "lookahead": ("(?=", "(?!"), "backref": ("(?P=",)}


def engine_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(module.NAME, pattern) of every module-level str pattern of ``trainer.redact``."""
    seen: dict[int, tuple[str, re.Pattern[str]]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("trainer.redact"):
            continue
        for key, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                seen.setdefault(id(value), (f"{name.rsplit('.', 1)[-1]}.{key}", value))
    return list(seen.values())


def _flags(hs, pattern: re.Pattern[str]) -> int:
    flags = hs.HS_FLAG_UTF8 | hs.HS_FLAG_UCP | hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY
    if pattern.flags & re.IGNORECASE:
        flags |= hs.HS_FLAG_CASELESS
    if pattern.flags & re.MULTILINE:
        flags |= hs.HS_FLAG_MULTILINE
    if pattern.flags & re.DOTALL:
        flags |= hs.HS_FLAG_DOTALL
    return flags


def _database(hs, patterns: list[tuple[str, re.Pattern[str], int]]):
    db = hs.Database()
    db.compile(
        expressions=[p.pattern.encode() for _, p, _ in patterns],
        ids=list(range(len(patterns))),
        flags=[f for *_, f in patterns],
    )
    return db


def _collect(i: int, _start: int, _end: int, _flags: int, into: set[int]) -> None:
    into.add(i)  # Hyperscan's callback: the pattern's id, once a scan (HS_FLAG_SINGLEMATCH)


def _timings(hs, db, patterns, texts: list[str]) -> dict[str, float]:
    """CPU microseconds per post: one scan of ``db`` (a Python callback per pattern found) and
    ``re.search`` of each pattern; the best of three passes each."""
    data = [t.encode() for t in texts]
    clock = time.thread_time
    scan = search = float("inf")
    present = 0
    for _ in range(3):
        t0 = clock()
        for b in data:
            into: set[int] = set()
            db.scan(b, match_event_handler=_collect, context=into)
            present += len(into)
        t1 = clock()
        for t in texts:
            for _, p, _ in patterns:
                p.search(t)
        t2 = clock()
        scan, search = min(scan, t1 - t0), min(search, t2 - t1)
    per = 1e6 / len(texts)
    return {
        "patterns": len(patterns),
        "scan_us_per_post": round(scan * per, 1),
        "search_each_us_per_post": round(search * per, 1),
        "patterns_found_per_post": round(present / 3 / len(texts), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000, help="realistic posts timed")
    parser.add_argument("--pylib", type=Path, help="a folder holding the hyperscan package")
    parser.add_argument(
        "--max-compile",
        type=float,
        default=0.2,
        help="leave out a pattern whose database alone takes longer (s)",
    )
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    if args.pylib:
        sys.path.append(str(args.pylib))
    try:
        import hyperscan as hs
    except ImportError:
        print("hyperscan is not installed (pip install --target DIR hyperscan; --pylib DIR)")
        return 0
    members, texts = bench.bench_sets(args.posts, short=0, dense=0)["realistic"]
    Redactor.from_members(members, name_tagger=False).redact_batch(texts[:20])  # imports all
    patterns = engine_patterns()
    usable, reasons = [], {k: 0 for k in [*_UNSUPPORTED, "other"]}
    for name, p in patterns:
        one = [(name, p, _flags(hs, p))]
        t0 = time.perf_counter()
        try:
            _database(hs, one)
        except Exception:  # hyperscan.error: the pattern uses what Hyperscan lacks
            why = next(
                (k for k, marks in _UNSUPPORTED.items() if any(m in p.pattern for m in marks)),
                "other",
            )
            reasons[why] += 1
            continue
        if time.perf_counter() - t0 < args.max_compile:
            usable += one
    t0 = time.perf_counter()
    db = _database(hs, usable)
    result = {
        "engine_patterns": len(patterns),
        "not_compilable": reasons,
        "usable": len(usable),
        "compile_s": round(time.perf_counter() - t0, 1),
        "all_usable": _timings(hs, db, usable, texts),
    }
    # The rare ones (in under 5 % of posts): what a gate database would hold.
    counts = [0] * len(usable)
    for b in (t.encode() for t in texts[:200]):
        into: set[int] = set()
        db.scan(b, match_event_handler=_collect, context=into)
        for i in into:
            counts[i] += 1
    rare = [x for x, n in zip(usable, counts, strict=True) if n < 10]
    result["rare_usable"] = _timings(hs, _database(hs, rare), rare, texts)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
