"""Issue #10: does a small learned name tagger, trained on some generators' sets, transfer to a
generator it never saw? Leave-one-generator-out, the shipped tagger's predecessor against it.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python -m trainer_dev.tagger_experiment \
        --holdout all --model v3 --model v4 --train-posts 2000 --json /tmp/tagger_logo.json

Method. The development sets (``redaction_failures.DEVELOPMENT_SETS``: fresh, fourth ...
eighteenth; each its own generator, seed as in scripts/eval_redaction.py) give posts with labelled
items. Each post is tokenized; a word or
number token overlapping an occurrence of a PERSON or MEMBER item's value is labelled NAME, of
an ADDRESS item's value ADDR, everything else O. For each held-out set, each model is trained
on up to ``--train-posts`` posts of every OTHER set, then the held-out set is redacted by the
rules (``Redactor.from_members(members)``, the working tree at run time) and by rules OR tagger
(the tagger's NAME spans merged with the rules', less a span that spells a listed company named
after a person, as shipped; v2 on scores only candidate tokens outside the rules' spans) at a
grid of thresholds, and scored with that set's own ``leaked`` rule as scripts/eval_redaction.py
does: recall of non-member names (PERSON) and members, false-
positive spans per 1,000 words of the PII-free posts, look-alike survival. Per model, the
threshold reported is the lowest of the grid whose false positives stay within ``+1.0`` (and
``+0.3``) per 1,000 words of the rules alone ON THE HELD-OUT SET, and the fixed threshold 0.7.
Cost: the tagger's time per held-out post (tokenize, features, scoring; one thread, process
time, best of two), and MB/s of UTF-8 text.
v1 = the first tagger (``trainer_dev.tagger_v1``: all tokens, 30 features, 2**18 buckets); v2 =
the candidate features as committed at ``--baseline`` (own record-key lexicon and parsers); v3 =
the features as committed at ``--v3`` (records read by the rules' parsers); v4 =
``trainer.redact.name_tagger_features`` of the working tree (v3 + the commonest words of the
languages with no dictionary here, flag N, and greetings as a vocative's cue); v3aug / v3low /
v4low = trained with the surface-form augmentation of ``trainer_dev.tagger_augment``, every form
/ only the lower-case ones (chat style); shipped = name_tagger.npz as it is, not retrained (its
thresholds are the redactor's, the operating point folded in). ``--threshold`` (repeatable)
replaces the grid. All models of a fold train on the same posts with today's word lists. The
tagger never sees the member list. A failing git call ends the run with one line saying which
command failed and git's message (exit 1).
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import random
import subprocess
import sys
import time
import types
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from trainer.redact.name_tagger import eponymous, load_tagger
from trainer_dev import tagger as tg
from trainer_dev import tagger_v1
from trainer_dev.redaction_failures import DEVELOPMENT_SETS
from trainer_dev.tagger_augment import augment

# name -> (make_* function, seed): the development sets, as redaction_failures lists them
SETS = {name: (make, seed) for name, (_module, make, seed) in DEVELOPMENT_SETS.items()}
ROOT = Path(__file__).resolve().parent.parent
# model -> trainer_dev.tagger_augment policy
AUGMENTED = {"v3aug": "all", "v3low": "lower", "v4low": "lower"}
BASELINE = "057d888"  # tagger v2 as shipped at the start of the 2026-12-02 late-afternoon session
V3 = "2322f73"  # tagger v3's features (57ba1a3) as shipped at the start of the evening session
NAME_KINDS = {"PERSON": 1, "MEMBER": 1, "ADDRESS": 2}
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99)
BUDGETS = (1.0, 0.3)
REPORT_KINDS = ("PERSON", "MEMBER", "ADDRESS")


@functools.cache
def load_set(name: str):
    """(members, posts, leaked) of one development set (made once per process)."""
    make, seed = SETS[name]
    module = importlib.import_module(f"trainer_dev.redaction_sets.{name}")
    members, posts = getattr(module, make)(seed=seed)
    return members, posts, module.leaked


def featurizer_at(rev: str):
    """The tagger's features as committed at git revision ``rev`` (its name_tagger_keys.py,
    name_tagger_candidates.py where it has one, and name_tagger_features.py, loaded as private
    modules beside today's), so that a predecessor is trained on the same folds, with today's
    word lists, and compared like for like."""
    loaded: dict[str, str] = {}
    for name in ("name_tagger_keys", "name_tagger_candidates", "name_tagger_features"):
        path = f"trainer/redact/{name}.py"
        if name == "name_tagger_candidates" and not _exists(rev, path):
            continue  # before 57ba1a3 the candidates lived inside the features
        source = _git("show", f"{rev}:{path}") or ""
        alias = f"_tagger_at_{rev}_{name}"
        for dep, dep_alias in loaded.items():  # its own helpers, not today's
            source = source.replace(f"trainer.redact.{dep}", dep_alias)
        module = sys.modules[alias] = types.ModuleType(alias)
        exec(compile(source, f"{rev}:trainer/redact/{name}.py", "exec"), module.__dict__)
        loaded[name] = alias
    features = sys.modules[loaded["name_tagger_features"]]
    featurizer = features.Featurizer(features.Lexicon.load())
    featurizer.bits = features.BITS
    return featurizer


def _exists(rev: str, path: str) -> bool:
    return _git("cat-file", "-e", f"{rev}:{path}", missing_ok=True) is not None


def _git(*args: str, missing_ok: bool = False) -> str | None:
    """stdout of ``git ARGS`` in the repository; a failure exits non-zero with one line naming
    the command and git's own message (``missing_ok``: None instead, for a probe)."""
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
    except OSError as err:
        raise SystemExit(f"error: git {' '.join(args)}: cannot run git ({err.strerror})") from None
    if done.returncode:
        if missing_ok:
            return None
        said = " ".join(done.stderr.split()) or "no message"
        raise SystemExit(f"error: git {' '.join(args)} failed (exit {done.returncode}): {said}")
    return done.stdout


def token_labels(post, tokens) -> np.ndarray:
    """0/1/2 (O/NAME/ADDR) per token, from every occurrence of each item's value."""
    text = post.text
    char = np.zeros(len(text) + 1, dtype=np.int8)
    for kind, _fragments, value in post.items:
        cls = NAME_KINDS.get(kind)
        if not cls or not value:
            continue
        start = text.find(value)
        while start >= 0:
            seg = char[start : start + len(value)]
            seg[seg != 1] = cls  # NAME wins over ADDR
            start = text.find(value, start + 1)
    out = np.zeros(len(tokens), dtype=np.int64)
    for i, (tok, s, e) in enumerate(tokens):
        if tok[0].isalnum():
            span = char[s:e]
            out[i] = 1 if (span == 1).any() else 2 if (span == 2).any() else 0
    return out


def featurize_set(name: str, featurizer, per_set: int, seed: int, *, augmented: str = ""):
    """(uint32 feature ids of the candidates, their labels, NAME tokens, NAME candidates) of
    up to ``per_set`` posts of one set, sampled with a fixed seed, each with its augmented copy
    (``trainer_dev.tagger_augment``, that policy) when ``augmented`` names one."""
    _members, posts, _ = load_set(name)
    rng = random.Random(f"{seed}:{name}")
    chosen = rng.sample(posts, min(per_set, len(posts)))
    if augmented:
        chosen = [v for post in chosen for v in [post, *augment(post, rng, augmented)]]
    feats, labels, names, covered = [], [], 0, 0
    for post in chosen:
        tokens = tg.tokenize(post.text)
        if not tokens:
            continue
        cands, ids = featurizer.features(post.text, tokens)
        gold = token_labels(post, tokens)
        feats.append(ids.astype(np.uint32))
        labels.append(gold[cands])
        names += int((gold == 1).sum())
        covered += int((gold[cands] == 1).sum())
    return np.concatenate(feats), np.concatenate(labels), names, covered


def _apply(text: str, spans) -> str:
    """``text`` with the merged (kind, start, end) spans replaced by [KIND]."""
    out, pos = [], 0
    for kind, s, e in _merge(spans):
        out += [text[pos:s], f"[{kind}]"]
        pos = e
    return "".join(out) + text[pos:]


def _merge(spans):
    merged: list[list] = []
    for kind, s, e in sorted(spans, key=lambda t: (t[1], -t[2])):
        if merged and s <= merged[-1][2]:
            merged[-1][2] = max(merged[-1][2], e)
        else:
            merged.append([kind, s, e])
    return merged


class Score:
    """Recall per kind, FP spans per 1,000 PII-free words, look-alike survival."""

    def __init__(self) -> None:
        self.n, self.hit = Counter(), Counter()
        self.fp = self.words = self.looks = self.kept = 0

    def add(self, post, redacted: str, n_spans: int, leaked) -> None:
        for kind, fragments, value in post.items:
            self.n[kind] += 1
            self.hit[kind] += not leaked(redacted, fragments, post.text.replace(value, " "))
        for value in post.lookalikes:
            self.looks += 1
            self.kept += value in redacted
        if post.pii_free:
            self.fp += n_spans
            self.words += len(post.text.split())

    def report(self) -> dict:
        return {
            "recall": {k: round(self.hit[k] / self.n[k], 4) for k in REPORT_KINDS if self.n[k]},
            "support": {k: self.n[k] for k in REPORT_KINDS if self.n[k]},
            "names_recall": round(  # PERSON and MEMBER items together
                (self.hit["PERSON"] + self.hit["MEMBER"])
                / max(self.n["PERSON"] + self.n["MEMBER"], 1), 4),
            "fp_per_1000_words": round(1000 * self.fp / max(self.words, 1), 3),
            "lookalike_survival": round(self.kept / max(self.looks, 1), 4),
        }


def rules_pass(posts, members, leaked):
    """The rules' spans per post and their score."""
    from trainer.redact import Redactor

    redactor = Redactor.from_members(members, name_tagger=False)
    score, spans = Score(), []
    for post in posts:
        result = redactor.redact(post.text)
        score.add(post, result.text, len(result.spans), leaked)
        spans.append([(s.type, s.start, s.end) for s in result.spans])
    return score.report(), spans


def _shipped_spans(text: str, tokens, probs, threshold: float):
    """The tagger's NAME spans as ``name_tagger.find_tagged_names`` ships them: a span that
    spells a listed company named after a person is dropped (``eponyms``)."""
    return [
        h for h in tg.tag_spans(text, tokens, probs, threshold)
        if not eponymous(text, h[1], h[2])
    ]


def _dump(path: Path, posts, leaked, rule_spans, tagger, threshold: float = 0.9) -> None:
    """Failure examples of rules OR tagger for error analysis (synthetic development-set text;
    written only where --dump points, never into the report)."""
    lines = []
    for post, spans in zip(posts, rule_spans, strict=True):
        tokens, probs = tagger.probs(post.text, [(s, e) for _k, s, e in spans])
        tagged = _shipped_spans(post.text, tokens, probs, threshold)
        redacted = _apply(post.text, _merge(spans + tagged))
        for kind, fragments, value in post.items:
            if kind == "PERSON" and leaked(redacted, fragments, post.text.replace(value, " ")):
                lines.append(f"MISS {value!r} IN {redacted!r}")
        lines += [f"LOST {v!r} IN {redacted!r}" for v in post.lookalikes if v not in redacted]
        if post.pii_free:
            lines += [f"FP {post.text[s:e]!r} IN {post.text!r}" for _k, s, e in tagged]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def evaluate(
    posts, leaked, rule_spans, rules: dict, tagger: tg.Tagger, dump=None,
    thresholds: tuple[float, ...] = THRESHOLDS,
) -> dict:
    """Rules OR tagger on the held-out posts at every threshold; the budget picks; cost."""
    scores = {t: Score() for t in thresholds}
    for post, spans in zip(posts, rule_spans, strict=True):
        tokens, probs = tagger.probs(post.text, [(s, e) for _k, s, e in spans])
        for t in thresholds:
            union = _merge(spans + _shipped_spans(post.text, tokens, probs, t))
            scores[t].add(post, _apply(post.text, union), len(union), leaked)
    grid = {f"t={t}": s.report() for t, s in scores.items()}
    if dump:
        _dump(dump, posts, leaked, rule_spans, tagger)
    picks = {}
    for budget in BUDGETS:
        ok = [t for t in thresholds if grid[f"t={t}"]["fp_per_1000_words"]
              <= rules["fp_per_1000_words"] + budget + 1e-9]
        picks[f"fp_budget_+{budget}"] = (
            {"threshold": ok[0], **grid[f"t={ok[0]}"]} if ok else {"threshold": None}
        )
    size = sum(len(p.text.encode("utf-8")) for p in posts)
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for post, spans in zip(posts, rule_spans, strict=True):
            tagger.probs(post.text, [(s, e) for _k, s, e in spans])
        best = min(best, time.process_time() - start)
    return {
        "picks": picks,
        "grid": grid,
        "us_per_post_one_core": round(1e6 * best / len(posts), 1),
        "mb_per_s_one_core": round(size / 1e6 / best, 3),
    }


def run_folds(
    holdouts, models, *, per_set: int, epochs: int, seed: int, dump: Path | None = None,
    thresholds: tuple[float, ...] = THRESHOLDS, exclude: tuple[str, ...] = (),
) -> Iterator[dict]:
    """Each held-out set's fold report, as soon as it is done."""
    cache: dict[tuple[str, str], tuple] = {}
    for holdout in holdouts:
        members, posts, leaked = load_set(holdout)
        start = time.perf_counter()
        rules, rule_spans = rules_pass(posts, members, leaked)
        fold = {"holdout": holdout, "posts": len(posts), "rules": rules,
                "rules_seconds": round(time.perf_counter() - start, 1), "models": {}}
        print(json.dumps({"holdout": holdout, "rules": rules}), flush=True)
        for label, featurizer in models.items():
            out = dump / f"{holdout}_{label}.txt" if dump else None
            if label == "shipped":  # the weights as shipped, thresholds as the redactor's
                report = evaluate(posts, leaked, rule_spans, rules, load_tagger(), out, thresholds)
                fold["models"][label] = report
                print(" ", label, json.dumps(report["grid"]), flush=True)
                continue
            train_sets = [s for s in SETS if s != holdout and s not in exclude]
            start = time.perf_counter()
            for s in train_sets:
                if (label, s) not in cache:
                    cache[label, s] = featurize_set(
                        s, featurizer, per_set, seed, augmented=AUGMENTED.get(label, "")
                    )
            parts = [cache[label, s] for s in train_sets]
            labels = np.concatenate([p[1] for p in parts])
            weights = tg.train(np.concatenate([p[0] for p in parts]), labels,
                               bits=featurizer.bits, epochs=epochs, seed=seed)
            trained = time.perf_counter() - start
            tagger = tg.Tagger(weights, featurizer)
            report = evaluate(posts, leaked, rule_spans, rules, tagger, out, thresholds)
            report.update(
                train_rows=int(len(labels)),
                train_name_rows=int((labels == 1).sum()),
                name_tokens_that_are_candidates=round(
                    sum(p[3] for p in parts) / max(sum(p[2] for p in parts), 1), 4),
                train_seconds=round(trained, 1),
                weights_mib_float16=round(weights.size * 2 / 2**20, 2),
            )
            fold["models"][label] = report
            print(" ", label, json.dumps({k: report[k] for k in
                  ("picks", "grid", "us_per_post_one_core", "mb_per_s_one_core")}), flush=True)
        yield fold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", action="append", choices=[*SETS, "all"], required=True)
    parser.add_argument(
        "--model", action="append",
        choices=["v1", "v2", "v3", "v3aug", "v3low", "v4", "v4low", "shipped"],
        help="v1: the first tagger; v2: the features at --baseline; v3: the features at --v3; "
        "v4: the working tree's; v3aug / v3low / v4low: trained with every augmentation / the "
        "lower-case ones; shipped: name_tagger.npz as it is, not retrained, its thresholds the "
        "redactor's (default: v3 and v4)",
    )
    parser.add_argument(
        "--threshold", action="append", type=float,
        help=f"a threshold of the grid, repeatable (default: {' '.join(map(str, THRESHOLDS))})",
    )
    parser.add_argument(
        "--baseline", default=BASELINE, help="git revision whose tagger features are v2"
    )
    parser.add_argument("--v3", default=V3, help="git revision whose tagger features are v3")
    parser.add_argument("--train-posts", type=int, default=6000, help="posts per training set")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0, help="subsampling/shuffling seed")
    parser.add_argument(
        "--exclude", action="append", choices=list(SETS), default=[],
        help="a set no fold trains on, repeatable (an older recipe: v5 never saw nineteenth or "
        "twentieth)",
    )
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--dump", type=Path, help="folder for failure examples (analysis only)")
    parser.add_argument(
        "--note",
        default="rules: the trainer/redact working tree at run time (being edited by others)",
    )
    args = parser.parse_args(argv)
    v4 = tg.Featurizer(tg.Lexicon.load())
    v4.bits = tg.BITS
    v3 = functools.cache(lambda: featurizer_at(args.v3))
    makers = {
        "v1": tagger_v1.AllTokens,
        "v2": lambda: featurizer_at(args.baseline),
        "v3": v3,
        "v3aug": v3,
        "v3low": v3,
        "v4": lambda: v4,
        "v4low": lambda: v4,
        "shipped": lambda: None,
    }
    models = {m: makers[m]() for m in (args.model or ["v3", "v4"])}
    gc.freeze()  # the lexicons' strings: no full collection walks them again
    holdouts = list(SETS) if "all" in args.holdout else args.holdout
    from trainer.redact.engine import ENGINE_VERSION

    head = _git("rev-parse", "--short", "HEAD") or ""
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "engine_version": ENGINE_VERSION,
        "git_head": head.strip(),
        "note": args.note,
        "command": "python -m trainer_dev.tagger_experiment "
        + " ".join(f"--holdout {h}" for h in args.holdout)
        + "".join(f" --model {m}" for m in models)
        + f" --baseline {args.baseline} --v3 {args.v3}"
        + "".join(f" --threshold {t}" for t in args.threshold or ())
        + "".join(f" --exclude {x}" for x in args.exclude)
        + f" --train-posts {args.train_posts} --epochs {args.epochs} --seed {args.seed}",
        "method": __doc__.split("\n\n", 2)[2].strip(),
        "folds": [],
    }
    thresholds = tuple(sorted(set(args.threshold))) if args.threshold else THRESHOLDS
    if not all(0.0 < t < 1.0 for t in thresholds):
        parser.error(f"--threshold must be in (0, 1), not {thresholds}")
    for fold in run_folds(holdouts, models, per_set=args.train_posts, epochs=args.epochs,
                          seed=args.seed, dump=args.dump, thresholds=thresholds,
                          exclude=tuple(args.exclude)):
        report["folds"].append(fold)
        report["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        if args.json:  # after every fold, so a long run keeps what it measured
            args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
