"""Which rule produced each false positive and each lost look-alike on a development set.

    python -m trainer_dev.redaction_attribution --set fifteenth [--locale da_DK] [--show MODULE]

For every redaction span in a PII-free post and every span covering a look-alike, the post is
detected again under a profiler that watches the values functions in ``trainer.redact`` return:
the first (innermost) function to return a hit overlapping the span is the rule that produced
it. Prints counts by module x locale (false positives, look-alikes lost), look-alikes lost by
kind x module, and with ``--show`` the spans one module produced, for reading. Development
sets only (``redaction_failures.DEVELOPMENT_SETS``): scoring sets cannot be opened here.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from collections import Counter, defaultdict

from trainer.redact import Redactor
from trainer.redact.normalize import normalize
from trainer_dev.redaction_failures import DEVELOPMENT_SETS


def _hits_in(value) -> list[tuple[str, int, int]]:
    """The (TYPE, start, end) tuples a function returned: one hit, or a list/tuple of hits."""
    if _is_hit(value):
        return [value]
    if isinstance(value, list | tuple | set | frozenset) and len(value) < 10_000:
        return [v for v in value if _is_hit(v)]
    return []


def _is_hit(value) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], str)
        and value[0].isupper()
        and type(value[1]) is int
        and type(value[2]) is int
    )


def _clear_caches() -> None:
    """Empty every lru_cache in trainer.redact, so a rerun calls the rules again."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("trainer.redact"):
            continue
        for obj in vars(module).values():
            if isinstance(obj, functools._lru_cache_wrapper):
                obj.cache_clear()


def attribute(redactor: Redactor, text: str, targets: list[tuple[int, int]]) -> list[str]:
    """For each target span (normalised offsets), ``module.function`` that produced it."""
    found: list[str | None] = [None] * len(targets)

    def profile(frame, event, arg):
        if event != "return" or arg is None:
            return
        module = frame.f_globals.get("__name__", "")
        if not module.startswith("trainer.redact") or module.endswith((".engine", ".hits")):
            return
        for _, start, end in _hits_in(arg):
            for i, (lo, hi) in enumerate(targets):
                if found[i] is None and start < hi and lo < end:
                    found[i] = f"{module.rsplit('.', 1)[-1]}.{frame.f_code.co_name}"

    _clear_caches()
    sys.setprofile(profile)
    try:
        redactor.detect(text)
    finally:
        sys.setprofile(None)
    return [_PASS_THROUGH.get(f, f) if f else "?" for f in found]


# Functions that only extend or re-type a hit they are given: the rule behind them is the
# caller's inline code (find_people builds most name hits in place, then extends each one).
_PASS_THROUGH = {
    "person_tail.with_particle_tail": "people.find_people",
    "people.bare_o_tail": "people.find_people",
}


def _lookalike_lost(text: str, value: str, spans) -> tuple[int, int] | None:
    """The span that removed the look-alike ``value``, counted once per look-alike as the scorer
    counts it (lost when no occurrence survives): the first span over its first occurrence, or
    None when some occurrence is untouched (or the value is not in the text)."""
    first, pos = None, text.find(value)
    while pos >= 0:
        over = [(s.start, s.end) for s in spans if s.start < pos + len(value) and pos < s.end]
        if not over:
            return None
        first = first or min(over)
        pos = text.find(value, pos + 1)
    return first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(DEVELOPMENT_SETS), default="fifteenth")
    parser.add_argument("--locale", help="only this locale")
    parser.add_argument("--show", help="print the spans this module (or module.function) made")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()

    module_name, make_name, seed = DEVELOPMENT_SETS[args.set]
    module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
    members, posts = getattr(module, make_name)(seed=seed)
    redactor = Redactor.from_members(members, name_tagger=False)
    fp: Counter = Counter()
    lost: Counter = Counter()
    lost_kind: Counter = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    locales: set[str] = set()
    for post in posts:
        if args.locale and post.locale != args.locale:
            continue
        norm = normalize(post.text).text
        spans = redactor.detect(norm)
        if not spans:
            continue
        rows: list[tuple[str, str, tuple[int, int]]] = []  # (what, kind, span)
        if post.pii_free:
            rows += [("fp", "", (s.start, s.end)) for s in spans]
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            lost_span = _lookalike_lost(norm, normalize(value).text, spans)
            if lost_span is not None:
                rows.append(("lost", kind, lost_span))
        if not rows:
            continue
        origins = attribute(redactor, norm, [r[2] for r in rows])
        locales.add(post.locale)
        for (what, kind, (lo, hi)), origin in zip(rows, origins, strict=True):
            mod = origin.split(".", 1)[0]
            if what == "fp":
                fp[mod, post.locale] += 1
            else:
                lost[mod, post.locale] += 1
                lost_kind[kind, mod] += 1
            if args.show and args.show in (mod, origin):
                line_lo = norm.rfind("\n", 0, lo) + 1
                line_hi = norm.find("\n", hi)
                line_hi = len(norm) if line_hi < 0 else line_hi
                shown[origin].append(
                    f"{post.locale} {what}{'/' + kind if kind else ''} {norm[lo:hi]!r}\n"
                    f"    in {norm[max(line_lo, lo - 80):min(line_hi, hi + 80)]!r}"
                )
    cols = sorted(locales)
    for title, table in (("false-positive spans", fp), ("look-alike losses", lost)):
        mods = sorted({m for m, _ in table}, key=lambda m: -sum(table[m, c] for c in cols))
        print(f"== {title} by module x locale ({sum(table.values())})")
        print(f"{'module':24}" + "".join(f"{c[:5]:>6}" for c in cols) + "   all")
        for m in mods:
            counts = [table[m, c] for c in cols]
            print(f"{m:24}" + "".join(f"{n or '.':>6}" for n in counts) + f"{sum(counts):>6}")
    print("== look-alikes lost by kind x module")
    for (kind, mod), n in lost_kind.most_common():
        print(f"  {kind:14} {mod:24} {n}")
    for origin, lines in sorted(shown.items()):
        print(f"== {origin}: {len(lines)}")
        for line in lines[: args.limit]:
            print(line)


if __name__ == "__main__":
    main()
