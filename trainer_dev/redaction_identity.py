"""Whether two trees redact identically: redact() text and spans, post by post, for speed steps.

    python -m trainer_dev.redaction_identity --out /tmp/a.json     # in tree A (or a snapshot)
    python -m trainer_dev.redaction_identity --out /tmp/b.json     # in tree B
    python -m trainer_dev.redaction_identity --compare /tmp/a.json /tmp/b.json

A speedup must change no output. ``redaction_fingerprint`` digests the redacted text of the
three tuning sets; this adds the spans (a type or offset change with the same text) and covers
the benchmark's posts (realistic, short, dense) and every development set, one hash per post,
so a comparison names the set and the posts that differ. Only the development sets that
``redaction_failures`` may open are read; the scoring sets never are.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from trainer.redact import Redactor
from trainer_dev.redaction_failures import DEVELOPMENT_SETS
from trainer_dev.redaction_fingerprint import _sets as fingerprint_sets


def _bench_module():
    """``scripts/bench_redaction.py`` of this tree (its post generators are the benchmark)."""
    path = Path(__file__).resolve().parent.parent / "scripts" / "bench_redaction.py"
    spec = importlib.util.spec_from_file_location("bench_redaction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpora(bench_posts: int) -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, member names, texts) of every corpus compared, generated on demand."""
    for name, (members, texts) in _bench_module().bench_sets(bench_posts).items():
        yield f"bench {name}", members, texts
    yield from fingerprint_sets()
    for name, (module_name, make_name, seed) in DEVELOPMENT_SETS.items():
        module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
        set_members, set_posts = getattr(module, make_name)(seed=seed)
        yield name, set_members, [p.text for p in set_posts]


def post_hashes(members: list[str], texts: list[str]) -> list[str]:
    """One short hash per text of its redacted text and its spans (type, start, end)."""
    redactor = Redactor.from_members(members, name_tagger=False)
    out = []
    for text in texts:
        result = redactor.redact(text)
        spans = ";".join(f"{s.type},{s.start},{s.end}" for s in result.spans)
        data = f"{result.text}\x00{spans}".encode("utf-8", "surrogatepass")
        out.append(hashlib.sha256(data).hexdigest()[:16])
    return out


def compare(a: dict[str, list[str]], b: dict[str, list[str]]) -> int:
    """Prints one line per set; returns how many posts differ (a missing set counts whole)."""
    differ = 0
    for name in dict.fromkeys([*a, *b]):
        left, right = a.get(name, []), b.get(name, [])
        if len(left) != len(right):
            print(f"{name:16s} post counts differ: {len(left)} vs {len(right)}")
            differ += max(len(left), len(right))
            continue
        bad = [i for i, (x, y) in enumerate(zip(left, right, strict=True)) if x != y]
        differ += len(bad)
        shown = ", ".join(map(str, bad[:10])) + (" ..." if len(bad) > 10 else "")
        print(f"{name:16s} {len(left):6d} posts  " + (f"DIFFER at {shown}" if bad else "same"))
    print(f"{differ} posts differ" if differ else "identical")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write this tree's per-post hashes here")
    group.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    parser.add_argument("--bench-posts", type=int, default=5000,
                        help="posts per benchmark corpus (bench_redaction's --posts)")
    args = parser.parse_args()
    if args.compare:
        a, b = (json.loads(p.read_text()) for p in args.compare)
        return 1 if compare(a, b) else 0
    hashes = {}
    for name, members, texts in _corpora(args.bench_posts):
        hashes[name] = post_hashes(members, texts)
        print(f"{name:16s} {len(texts):6d} posts", file=sys.stderr)
    args.out.write_text(json.dumps(hashes) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
