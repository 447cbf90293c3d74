"""Item-by-item counts over the development sets: what leaked, what was redacted in PII-free
posts, which look-alikes were lost; and the difference between two such counts.

    python -m trainer_dev.redaction_leakcount --out /tmp/now.json [--name-tagger] \
        [--sets fortyfourth,fortyfifth]
    python -m trainer_dev.redaction_leakcount --compare /tmp/base.json /tmp/now.json

The counts the docs report per engine ("Development sets, all 43, item by item") come from this
tool with ``--name-tagger`` (the product's default path). Per set it writes three lists of
strings: leaked items ``"post:item:KIND:value"`` (any fragment of the item survives, by the set's
own ``leaked``), redacted spans in PII-free posts ``"post:start:end:text"`` and lost look-alikes
``"post:kind:value"``. ``--compare`` prints the totals by kind and every entry the second count
has that the first has not (a new leak, false positive or lost look-alike): the list a change
must keep empty or explain. Only development sets can be opened (``redaction_failures``); the
scoring sets are not listed there on purpose.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

from trainer.redact import Redactor
from trainer_dev.redaction_failures import DEVELOPMENT_SETS


def count_set(name: str, *, name_tagger: bool, limit: int | None = None) -> dict[str, list[str]]:
    """The three lists for one development set (its first ``limit`` posts if given)."""
    module_name, make_name, seed = DEVELOPMENT_SETS[name]
    module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
    members, posts = getattr(module, make_name)(seed=seed)
    redactor = Redactor.from_members(members, name_tagger=name_tagger)
    leaks: list[str] = []
    fps: list[str] = []
    lost: list[str] = []
    for i, post in enumerate(posts[:limit]):
        result = redactor.redact(post.text)
        for j, (kind, fragments, value) in enumerate(post.items):
            background = post.text.replace(value, " ")
            if any(module.leaked(result.text, [f], background) for f in fragments):
                leaks.append(f"{i}:{j}:{kind}:{value}")
        if post.pii_free:
            fps += [f"{i}:{s.start}:{s.end}:{post.text[s.start:s.end]}" for s in result.spans]
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            if value not in result.text:
                lost.append(f"{i}:{kind}:{value}")
    return {"leaks": leaks, "fps": fps, "lost": lost}


def totals(counts: dict[str, dict[str, list[str]]]) -> dict[str, Counter]:
    """Leaks by labelled kind, false-positive spans, look-alikes lost by kind."""
    return {
        "leaks": Counter(e.split(":")[2] for v in counts.values() for e in v["leaks"]),
        "fps": Counter({"spans": sum(len(v["fps"]) for v in counts.values())}),
        "lost": Counter(e.split(":")[1] for v in counts.values() for e in v["lost"]),
    }


def new_entries(
    before: dict[str, dict[str, list[str]]], after: dict[str, dict[str, list[str]]]
) -> dict[str, list[tuple[str, str]]]:
    """(set, entry) of every leak, false positive and lost look-alike ``after`` has more of
    than ``before`` (as multisets: a span redacted twice counts twice)."""
    out: dict[str, list[tuple[str, str]]] = {"leaks": [], "fps": [], "lost": []}
    for name in sorted(after):
        for field in out:
            extra = Counter(after[name][field]) - Counter(before.get(name, {}).get(field, []))
            out[field] += [(name, entry) for entry in sorted(extra.elements())]
    return out


def _compare(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    if set(before) != set(after):
        print(f"Error: the two counts cover different sets ({before_path}, {after_path})")
        return 1
    t0, t1 = totals(before), totals(after)
    for field in ("leaks", "fps", "lost"):
        print(f"{field}: {sum(t0[field].values())} -> {sum(t1[field].values())}")
        for kind in sorted(set(t0[field]) | set(t1[field])):
            if t0[field][kind] != t1[field][kind]:
                print(f"  {kind}: {t0[field][kind]} -> {t1[field][kind]}")
    for field, entries in new_entries(before, after).items():
        print(f"new {field}: {len(entries)}")
        for name, entry in entries[:50]:
            print(f"  {name} {entry}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the counts here (JSON)")
    parser.add_argument(
        "--name-tagger", action="store_true", help="the default path (rules + tagger)"
    )
    parser.add_argument("--sets", help="comma-separated development sets (default: all)")
    parser.add_argument("--limit", type=int, help="only the first N posts of each set")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return _compare(*args.compare)
    if args.out is None:
        parser.error("give --out FILE (or --compare BEFORE AFTER)")
    names = sorted(DEVELOPMENT_SETS) if not args.sets else args.sets.split(",")
    unknown = [n for n in names if n not in DEVELOPMENT_SETS]
    if unknown:
        print(f"Error: not a development set: {', '.join(unknown)} (see redaction_failures)")
        return 1
    counts = {}
    for name in names:
        counts[name] = count_set(name, name_tagger=args.name_tagger, limit=args.limit)
        v = counts[name]
        print(name, len(v["leaks"]), len(v["fps"]), len(v["lost"]), flush=True)
    args.out.write_text(json.dumps(counts, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
