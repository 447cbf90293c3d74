"""Issue #10: does a small learned name tagger, trained on some generators' sets, transfer to a
generator it never saw better than the rules do? Leave-one-generator-out.

    nice -n 15 .venv/bin/python -m trainer_dev.tagger_experiment --holdout ninth --holdout tenth \
        --json docs/bench/tagger_logo_2026-12-02.json

Method. The development sets (fresh, fourth ... tenth; each its own generator, seed as in
scripts/eval_redaction.py) give posts with labelled items. Each post is tokenized
(``trainer_dev.tagger.tokenize``); a word or number token overlapping an occurrence of a PERSON or
MEMBER item's value is labelled NAME, of an ADDRESS item's value ADDR, everything else O
(PII-free posts are all O). For each fold, a hashed-feature logistic regression
(``trainer_dev.tagger``: token, +-2 window of form/shape/case/list flags from the redactor's own
lists, prefix/suffix, sentence start; 3 MiB of weights) is trained on up to ``--train-posts``
posts of every set except the held-out one, then the held-out set is scored with that set's own
``leaked`` rule, exactly as scripts/eval_redaction.py does (an item is caught when no fragment of
it survives in the redacted text that is not also in the post without its value):
(a) rules alone (``Redactor.from_members(members)``), (b) tagger alone (tagged NAME tokens, or
NAME+ADDR, replaced by a placeholder), (c) rules OR tagger (spans merged). For (a), (b), (c):
recall per kind, false-positive spans per 1,000 words on the PII-free posts, look-alike survival
(the look-alike still in the text), at three thresholds on P(NAME) (P(NAME)+P(ADDR) for the
name+address variant), with token-level precision/recall of NAME. Speed: tokenize + featurize +
score of every held-out post on one thread (best of three), MB/s of UTF-8 text.
The tagger never sees the member list; the rules do.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import random
import subprocess
import time
from collections import Counter
from pathlib import Path

import numpy as np

from trainer_dev import tagger as tg

SETS = {
    "fresh": ("make_fresh_set", 2026),
    "fourth": ("make_fourth_set", 4242),
    "fifth": ("make_fifth_set", 5555),
    "sixth": ("make_sixth_set", 6666),
    "seventh": ("make_seventh_set", 7777),
    "eighth": ("make_eighth_set", 8888),
    "ninth": ("make_ninth_set", 9999),
    "tenth": ("make_tenth_set", 1010),
}
NAME_KINDS = {"PERSON": 1, "MEMBER": 1, "ADDRESS": 2}
THRESHOLDS = (0.3, 0.5, 0.7)
REPORT_KINDS = ("PERSON", "MEMBER", "ADDRESS")


def load_set(name: str):
    """(members, posts, leaked) of one development set."""
    make, seed = SETS[name]
    module = importlib.import_module(f"trainer_dev.redaction_sets.{name}")
    members, posts = getattr(module, make)(seed=seed)
    return members, posts, module.leaked


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


def build_training(names: list[str], featurizer, per_set: int, seed: int):
    feats, labels = [], []
    rng = random.Random(seed)
    for name in names:
        _members, posts, _ = load_set(name)
        chosen = rng.sample(posts, min(per_set, len(posts)))
        docs = [(post.text, tg.tokenize(post.text)) for post in chosen]
        feats.append(featurizer.features_many(docs))
        labels += [
            token_labels(post, tokens) for post, (_, tokens) in zip(chosen, docs, strict=True)
        ]
    return np.concatenate(feats), np.concatenate(labels)


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
            "fp_per_1000_words": round(1000 * self.fp / max(self.words, 1), 3),
            "lookalike_survival": round(self.kept / max(self.looks, 1), 4),
        }


def evaluate(holdout: str, tagger: tg.Tagger) -> dict:
    from trainer.redact import Redactor

    members, posts, leaked = load_set(holdout)
    redactor = Redactor.from_members(members)
    variants = {"names": (1,), "names_addr": (1, 2)}
    rules = Score()
    scores = {
        (v, mode, t): Score() for v in variants for mode in ("tagger", "union") for t in THRESHOLDS
    }
    tok = {t: Counter() for t in THRESHOLDS}
    tagged = tagger.probs_many([post.text for post in posts])
    for post, (tokens, probs) in zip(posts, tagged, strict=True):
        result = redactor.redact(post.text)
        rules.add(post, result.text, len(result.spans), leaked)
        rule_spans = [(s.type, s.start, s.end) for s in result.spans]
        gold = token_labels(post, tokens) == 1
        for t in THRESHOLDS:
            pred = probs[:, 1] >= t if len(tokens) else np.zeros(0, bool)
            tok[t]["tp"] += int((pred & gold).sum())
            tok[t]["fp"] += int((pred & ~gold).sum())
            tok[t]["fn"] += int((~pred & gold).sum())
            for v, classes in variants.items():
                spans = tg.tag_spans(post.text, tokens, probs, t, classes)
                scores[v, "tagger", t].add(post, _apply(post.text, spans), len(spans), leaked)
                union = _merge(rule_spans + spans)
                scores[v, "union", t].add(post, _apply(post.text, union), len(union), leaked)
    size = sum(len(p.text.encode("utf-8")) for p in posts)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for i in range(0, len(posts), 500):
            tagger.probs_many([post.text for post in posts[i : i + 500]])
        best = min(best, time.process_time() - start)
    return {
        "holdout": holdout,
        "posts": len(posts),
        "rules": rules.report(),
        "tagger": {
            f"{v} t={t}": {m: scores[v, m, t].report() for m in ("tagger", "union")}
            for v in variants
            for t in THRESHOLDS
        },
        "token_name_precision_recall": {
            f"t={t}": {
                "precision": round(c["tp"] / max(c["tp"] + c["fp"], 1), 4),
                "recall": round(c["tp"] / max(c["tp"] + c["fn"], 1), 4),
            }
            for t, c in tok.items()
        },
        "tagger_mb_per_s_one_core": round(size / 1e6 / best, 3),
    }


def run_fold(holdout: str, *, per_set: int, epochs: int, seed: int, featurizer) -> dict:
    train_sets = [s for s in SETS if s != holdout]
    start = time.perf_counter()
    feats, labels = build_training(train_sets, featurizer, per_set, seed)
    weights = tg.train(feats, labels, epochs=epochs, seed=seed)
    trained = time.perf_counter() - start
    report = evaluate(holdout, tg.Tagger(weights, featurizer))
    report.update(
        train_sets=train_sets,
        train_tokens=int(len(labels)),
        train_label_counts={c: int((labels == i).sum()) for i, c in enumerate(tg.CLASSES)},
        train_seconds=round(trained, 1),
        weights_mib=round(weights.nbytes / 2**20, 2),
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--holdout", action="append", choices=[*SETS, "all"], required=True, help="repeatable"
    )
    parser.add_argument(
        "--train-posts", type=int, default=6000, help="posts per training set (max)"
    )
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0, help="subsampling/shuffling seed")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument(
        "--note",
        default="rules: the trainer/redact working tree at run time (being edited by others)",
        help="what the rules baseline is (written into the report)",
    )
    args = parser.parse_args(argv)
    featurizer = tg.Featurizer(tg.Lexicon.load())
    gc.freeze()  # the lexicon's 600k strings: no full collection walks them again
    folds = []
    holdouts = list(SETS) if "all" in args.holdout else args.holdout
    for holdout in holdouts:
        fold = run_fold(
            holdout,
            per_set=args.train_posts,
            epochs=args.epochs,
            seed=args.seed,
            featurizer=featurizer,
        )
        folds.append(fold)
        print(json.dumps({k: fold[k] for k in ("holdout", "rules", "tagger_mb_per_s_one_core")}))
        for key, val in fold["tagger"].items():
            print(" ", key, json.dumps(val))
        print(" ", json.dumps(fold["token_name_precision_recall"]))
    from trainer.redact.engine import ENGINE_VERSION

    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "engine_version": ENGINE_VERSION,
        "git_head": head.stdout.strip(),
        "note": args.note,
        "command": "python -m trainer_dev.tagger_experiment "
        + " ".join(f"--holdout {h}" for h in args.holdout)
        + f" --train-posts {args.train_posts} --epochs {args.epochs} --seed {args.seed}",
        "method": __doc__.split("\n\n", 2)[2].strip(),
        "folds": folds,
    }
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
