"""Whether the name tagger of the working tree computes exactly what the tagger of a git
revision computes, both loaded in one process over the same rules, so a speed step is judged
on the tagger alone (``tagger_identity`` compares two runs, and other workers' rule edits
between them show up as differences).

    nice -n 10 .venv/bin/python -m trainer_dev.tagger_same --rev HEAD~3 [--n 100] [--random 6000] \
        [--bench-posts 2000]

The revision's ``trainer/redact/name_tagger*.py`` and weights are copied into a private
package (their ``trainer.redact.name_tagger*`` imports pointed at it; every other module, the
word lists included, is the working tree's); it needs ``Featurizer.scan_many`` (c78262d on).
Per text of the benchmark's sets, the first ``--n`` posts of every development set and
``--random`` made-up texts of odd white space: tokens, candidates and feature ids (``scan``,
with and without covered spans), P(NAME) bytes (``probs``); per group of 64: ``scan_many``,
``names_many`` at three thresholds and ``find_tagged_names_many``. Prints where they differ
(set and index, never the text); exit 1 if anything does.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from trainer.redact import name_tagger
from trainer_dev.redaction_failures import DEVELOPMENT_SETS
from trainer_dev.redaction_identity import _bench_module

ROOT = Path(__file__).resolve().parent.parent
_IMPORT = re.compile(r"\btrainer\.redact\.(name_tagger\w*)")
# white space that the regex, str.split or neither knows, and tokens the candidate rules read
_ODD = ["\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0", "\u2003", "\u2028",
        "\u3000", "\u200b", "\ufeff", "  ", "\n\n"]
_BITS = ["Ondrel", "van der", "Vasq", "mr", "Dr.", ".", "#", "@", "rose", "🎉", "Guest:", ",",
         "x" * 70, "O'Lund-Berg", "ÉLISE", "_", "12", "hi", "A;B\n1;Zed Quil", "grace"]


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def load_at(rev: str, into: Path):
    """The ``name_tagger`` module of ``rev``, as a private package under ``into``."""
    package = into / "tagger_at_rev"
    package.mkdir()
    (package / "__init__.py").write_text("")
    names = _git("ls-tree", "--name-only", rev, "trainer/redact/").decode().split()
    for path in names:
        name = Path(path).name
        if name.startswith("name_tagger") and name.endswith(".py"):
            source = _git("show", f"{rev}:{path}").decode("utf-8")
            (package / name).write_text(_IMPORT.sub(r"tagger_at_rev.\1", source))
    (package / "name_tagger.npz").write_bytes(_git("show", f"{rev}:trainer/redact/name_tagger.npz"))
    sys.path.insert(0, str(into))
    return importlib.import_module("tagger_at_rev.name_tagger")


def texts_to_check(bench: int, n: int, n_random: int, seed: int) -> dict[str, list[str]]:
    sets = {f"bench {k}": texts for k, (_m, texts) in _bench_module().bench_sets(bench).items()}
    for name, (module_name, make_name, set_seed) in DEVELOPMENT_SETS.items():
        module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
        _members, posts = getattr(module, make_name)(seed=set_seed)
        sets[name] = [p.text for p in posts[:n]]
    rng = random.Random(seed)
    made_up = []
    for _ in range(n_random):
        parts = [rng.choice(_BITS + _ODD) for _ in range(rng.randint(0, 14))]
        made_up.append("".join(p + rng.choice([" ", " ", "", *_ODD]) for p in parts))
    sets["made-up"] = made_up + ["", " ", "\n", "a", " a ", " ".join(["Zed"] * 200)]
    return sets


def _covered(text: str, k: int) -> list[tuple[int, int]]:
    rng = random.Random(k)
    if len(text) < 3 or rng.random() < 0.5:
        return []
    return sorted((a, a + rng.randint(1, 12)) for a in (rng.randrange(len(text)) for _ in "ab"))


def differences(old, new, texts: list[str]) -> list[str]:
    """Where the two taggers differ on ``texts``: "index what" for each text or group."""
    a, b = old.load_tagger(), new.load_tagger()
    covered = [_covered(text, k) for k, text in enumerate(texts)]
    out = []
    for k, text in enumerate(texts):
        for spans in ([], covered[k]):
            ta, oa, ia = a.featurizer.scan(text, spans)
            tb, ob, ib = b.featurizer.scan(text, spans)
            if ta.triples() != tb.triples() or oa != ob or not np.array_equal(ia, ib):
                out.append(f"{k} scan")
        (pa_tokens, pa), (pb_tokens, pb) = a.probs(text, covered[k]), b.probs(text, covered[k])
        if pa_tokens != pb_tokens or pa.tobytes() != pb.tobytes():
            out.append(f"{k} probs")
    for g in range(0, len(texts), 64):
        group, spans = texts[g : g + 64], covered[g : g + 64]
        sa, ia = a.featurizer.scan_many(group, spans)
        sb, ib = b.featurizer.scan_many(group, spans)
        if [(t.triples(), o) for t, o in sa] != [(t.triples(), o) for t, o in sb] or not (
            np.array_equal(ia, ib)
        ):
            out.append(f"{g}.. scan_many")
        for threshold in (0.3, name_tagger.DEFAULT_THRESHOLD, 0.95):
            if a.names_many(group, threshold, spans) != b.names_many(group, threshold, spans):
                out.append(f"{g}.. names_many {threshold}")
        hits = [[("X", s, e) for s, e in c] for c in spans]
        threshold = name_tagger.DEFAULT_THRESHOLD
        if old.find_tagged_names_many(group, threshold=threshold, covered=hits) != (
            new.find_tagged_names_many(group, threshold=threshold, covered=hits)
        ):
            out.append(f"{g}.. find_tagged_names_many")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", required=True, help="the git revision to compare with")
    parser.add_argument("--bench-posts", type=int, default=2000, help="posts per bench set")
    parser.add_argument("--n", type=int, default=100, help="posts per development set")
    parser.add_argument("--random", type=int, default=6000, help="made-up texts")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        old = load_at(args.rev, Path(tmp))
        if not hasattr(old.Featurizer, "scan_many"):
            parser.error(f"{args.rev}: its tagger has no Featurizer.scan_many (c78262d on)")
        total = 0
        found = 0
        for name, texts in texts_to_check(args.bench_posts, args.n, args.random, args.seed).items():
            diff = differences(old, name_tagger, texts)
            total += len(texts)
            found += len(diff)
            print(f"{name:16s} {len(texts):6d} texts  {'same' if not diff else diff[:8]}")
    print(f"{total} texts, {found} differences (rev {args.rev} vs the working tree)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
