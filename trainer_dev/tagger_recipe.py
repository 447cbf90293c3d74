"""Tagger v8: the training RECIPE (augmentation, row weights, epochs, learning rate) judged
leave-one-generator-out, the features fixed; features and the rules' spans cached on disk so a
recipe costs one fit and one scoring pass per fold. Each cached file's name carries a digest of
what it depends on (``trainer_dev.tagger_cache``): a cache filled under other word lists,
features, labels, generators or rules is recomputed, never reused.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python -m trainer_dev.tagger_recipe \
        --holdout twentyfifth --holdout twentysixth --recipe v7 --recipe v8 --json /tmp/logo.json

Each fold trains every recipe on up to ``--train-posts`` posts of each OTHER development set
(``tagger_experiment.SETS``; the same fixed-seed sample as ``featurize_set``), redacts the
held-out set with the rules (``Redactor.from_members``, the working tree at run time) OR the
tagger at each ``--threshold`` (eponymous companies dropped, as shipped) and scores it with the
set's own ``leaked`` rule: PERSON recall overall and per locale, names recall (PERSON and
MEMBER), false-positive spans per 1,000 words of PII-free posts, look-alikes kept. The recipes
(``RECIPES``) differ only in the rows they train on and how much each row weighs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from trainer.redact.name_tagger import (
    NAME,
    WEIGHTS_FILE,
    WEIGHTS_SHA256,
    eponymous,
    load_tagger,
    read_model,
)
from trainer.redact.name_tagger_hidden import OWN_COLS, Hidden
from trainer_dev import tagger as tg
from trainer_dev.tagger_augment import augment
from trainer_dev.tagger_cache import heldout_key, rows_key
from trainer_dev.tagger_declension import declined, novel
from trainer_dev.tagger_experiment import (
    SETS,
    Score,
    _apply,
    _merge,
    load_set,
    rules_pass,
    token_labels,
)
from trainer_dev.tagger_heldout_store import read_heldout, write_heldout
from trainer_dev.tagger_hidden import train_hidden


@dataclass(frozen=True)
class Recipe:
    """What a tagger is trained on and how: every field's default is v7's recipe."""

    surface: str = ""  # tagger_augment policy of extra copies ("", "lower", "all")
    declined: str = ""  # extra copies with declined names (tagger_declension): "own" locale
    # only, or "any" (other languages' posts too, in a declining language drawn at random)
    novel: bool = False  # extra copies whose names are made-up words (tagger_declension.novel)
    negative_weight: float = 1.0  # loss weight of a row from a PII-free post (false positives)
    name_weight: float = 1.0  # loss weight of a NAME row (recall)
    epochs: int = 3
    lr: float = 0.3
    # every set's rows (all its parts) weigh the same in total, so that no generator with many
    # or long posts dominates the loss (tagger v10's candidate for transfer to unseen ones)
    balanced: bool = False
    # units of a hidden layer beside the linear part (trainer_dev.tagger_hidden; 0: the linear
    # model alone, as v1-v9): conjunctions of the same features, for transfer to unseen generators
    hidden: int = 0
    # which feature ids feed the hidden layer: "" all WIDTH, "own" only the candidate's own
    # (name_tagger_hidden.OWN_COLS: cheaper; the linear part still reads all)
    hidden_cols: str = ""


RECIPES = {
    "v7": Recipe(),
    "decl": Recipe(declined="own"),
    "neg2": Recipe(negative_weight=2.0),
    "neg4": Recipe(negative_weight=4.0),
    "decl_neg2": Recipe(declined="own", negative_weight=2.0),
    "decl_neg4": Recipe(declined="own", negative_weight=4.0),
    "decl_neg4_e5": Recipe(declined="own", negative_weight=4.0, epochs=5),
    "decl_neg4_lr2": Recipe(declined="own", negative_weight=4.0, lr=0.2),
    "decl_low_neg4": Recipe(surface="lower", declined="own", negative_weight=4.0),
    "e5": Recipe(epochs=5),
    "dany": Recipe(declined="any"),
    "dany_neg4": Recipe(declined="any", negative_weight=4.0),
    "dany_neg8": Recipe(declined="any", negative_weight=8.0),
    "dany_neg2": Recipe(declined="any", negative_weight=2.0),
    "dany_novel": Recipe(declined="any", novel=True),
    "dany_novel_neg4": Recipe(declined="any", novel=True, negative_weight=4.0),
    # tagger v9's second candidate (dany_neg8 above, for fewer false positives, the first):
    # names no list holds (made-up-name copies) with the false positives they bring held down
    # by PII-free rows at 8x; not shipped (docs/bench/tagger_v9_logo_2026-12-03.json)
    "dany_novel_neg8": Recipe(declined="any", novel=True, negative_weight=8.0),
    "novel": Recipe(novel=True),
    "dany_low": Recipe(surface="lower", declined="any"),
    "dany_low_neg2": Recipe(surface="lower", declined="any", negative_weight=2.0),
    # tagger v10's candidate: v9's recipe with every generator's rows weighing the same in total
    "dany_neg4_bal": Recipe(declined="any", negative_weight=4.0, balanced=True),
    # tagger v10b's candidate: v9's rows and weights, a hidden layer of 8 tanh units added
    "dany_neg4_h8": Recipe(declined="any", negative_weight=4.0, hidden=8),
    # the recall model's candidates (2026-12-05): dany_neg4_h8's next steps, PII-free rows
    # weighing more (its extra false positives), and a cheaper layer (fewer units, only the
    # candidate's own ids in)
    "dany_neg8_h8": Recipe(declined="any", negative_weight=8.0, hidden=8),
    "dany_neg8_h4own": Recipe(declined="any", negative_weight=8.0, hidden=4, hidden_cols="own"),
    "dany_neg4_h4own": Recipe(declined="any", negative_weight=4.0, hidden=4, hidden_cols="own"),
}


def _rows(posts, featurizer) -> dict[str, np.ndarray]:
    """Feature ids, labels and PII-free flags of the candidate tokens of ``posts``."""
    feats, labels, negative = [], [], []
    for post in posts:
        tokens = tg.tokenize(post.text)
        if not tokens:
            continue
        cands, ids = featurizer.features(post.text, tokens)
        feats.append(ids.astype(np.uint32))
        labels.append(token_labels(post, tokens)[cands])
        negative.append(np.full(len(cands), bool(post.pii_free)))
    if not feats:  # a set with no post of a declining language has no declined copies
        return {"ids": np.zeros((0, tg.WIDTH), np.uint32), "labels": np.zeros(0, np.int64),
                "negative": np.zeros(0, bool)}
    return {"ids": np.concatenate(feats), "labels": np.concatenate(labels),
            "negative": np.concatenate(negative)}


def set_part(
    name: str, part: str, featurizer, per_set: int, seed: int, cache: Path | None
) -> dict:
    """One set's rows: ``base`` (the sample ``featurize_set`` draws, in its order), or the
    augmented copies of that sample (``declinedown`` / ``declinedany``, or a tagger_augment
    policy), cached in ``cache`` when one is given (the shipped build computes them afresh),
    in a file keyed by what the rows depend on (``tagger_cache.rows_key``: word lists,
    features, labels, generator), so a cache filled under others is not read back."""
    path = cache / f"{name}_{part}_{per_set}_{seed}_{rows_key(name)}.npz" if cache else None
    if path and path.exists():
        with np.load(path, allow_pickle=False) as npz:
            return dict(npz)
    _members, posts, _ = load_set(name)
    chosen = random.Random(f"{seed}:{name}").sample(posts, min(per_set, len(posts)))
    if part != "base":
        rng = random.Random(f"{seed}:{name}:{part}")
        if part == "novel":
            make = novel
        elif part.startswith("declined"):
            any_locale = part == "declinedany"
            make = lambda p, r: declined(p, r, any_locale=any_locale)  # noqa: E731
        else:
            make = lambda p, r: augment(p, r, part)  # noqa: E731
        chosen = [v for post in chosen for v in make(post, rng)]
    rows = _rows(chosen, featurizer)
    if path:  # written whole, then renamed: a run killed mid-write leaves no half file
        part_path = path.with_name(path.stem + ".part.npz")
        np.savez(part_path, **rows)
        part_path.replace(path)
    return rows


def training_rows(
    recipe: Recipe, sets, featurizer, *, per_set: int, seed: int, cache: Path | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(ids, labels, row weights or None) of ``sets`` under ``recipe``: each set's base rows,
    then its augmented copies, set after set (v7's recipe: exactly ``featurize_set``'s rows)."""
    parts = ["base"] + ([f"declined{recipe.declined}"] if recipe.declined else []) + (
        [recipe.surface] if recipe.surface else []) + (["novel"] if recipe.novel else [])
    got = [set_part(s, p, featurizer, per_set, seed, cache) for s in sets for p in parts]
    ids = np.concatenate([g["ids"] for g in got])
    labels = np.concatenate([g["labels"] for g in got])
    negative = np.concatenate([g["negative"] for g in got])
    group = np.repeat(np.arange(len(got)) // len(parts), [len(g["labels"]) for g in got])
    return ids, labels, row_weights(recipe, labels, negative, group)


def row_weights(
    recipe: Recipe, labels: np.ndarray, negative: np.ndarray, group: np.ndarray | None = None
) -> np.ndarray | None:
    """Each row's loss weight (mean 1): ``negative_weight`` for a row of a PII-free post,
    times ``name_weight`` for a NAME row, and (``balanced``) times 1 / its set's row count
    (``group``: each row's set) so that each set weighs the same in total; None when every
    weight is 1 (v7's recipe)."""
    if recipe.negative_weight == 1.0 and recipe.name_weight == 1.0 and not recipe.balanced:
        return None
    weight = np.where(negative, recipe.negative_weight, 1.0).astype(np.float32)
    weight[labels == NAME] *= recipe.name_weight
    if recipe.balanced:
        if group is None:
            raise ValueError("a balanced recipe needs each row's set (group)")
        _, inverse = np.unique(group, return_inverse=True)
        totals = np.bincount(inverse, weights=weight.astype(np.float64))
        weight = (weight / totals[inverse]).astype(np.float32)  # each set's rows sum to one
    return weight / np.float32(weight.mean(dtype=np.float64))


def fit(
    recipe: Recipe, sets, featurizer, *, per_set: int, seed: int, cache: Path | None
) -> tuple[np.ndarray, Hidden | None]:
    """(linear weights, hidden layer or None) of ``recipe`` trained on ``sets``."""
    ids, labels, weight = training_rows(
        recipe, sets, featurizer, per_set=per_set, seed=seed, cache=cache)
    return fit_rows(recipe, ids, labels, weight, seed=seed)


def fit_rows(
    recipe: Recipe, ids: np.ndarray, labels: np.ndarray, weight: np.ndarray | None, *, seed: int
) -> tuple[np.ndarray, Hidden | None]:
    """The model of ``recipe`` fitted to rows: linear (``tagger.train``) or with a hidden
    layer (``tagger_hidden.train_hidden``)."""
    if recipe.hidden:
        cols = {"": None, "own": OWN_COLS}[recipe.hidden_cols]
        return train_hidden(ids, labels, size=recipe.hidden, epochs=recipe.epochs,
                            lr=recipe.lr, seed=seed, row_weight=weight, cols=cols)
    weights = tg.train(ids, labels, epochs=recipe.epochs, lr=recipe.lr, seed=seed,
                       row_weight=weight)
    return weights, None


class LocaleScore(Score):
    """``Score`` plus PERSON recall per locale."""

    def __init__(self) -> None:
        super().__init__()
        self.loc_n, self.loc_hit = Counter(), Counter()
        self.look_n, self.look_kept = Counter(), Counter()

    def add(self, post, redacted: str, n_spans: int, leaked) -> None:
        super().add(post, redacted, n_spans, leaked)
        kinds = getattr(post, "lookalike_kinds", None) or []
        for value, kind in zip(post.lookalikes, kinds, strict=False):
            self.look_n[kind] += 1
            self.look_kept[kind] += value in redacted
        for kind, fragments, value in post.items:
            if kind == "PERSON":
                self.loc_n[post.locale] += 1
                self.loc_hit[post.locale] += not leaked(
                    redacted, fragments, post.text.replace(value, " "))

    def report(self) -> dict:
        out = super().report()
        out["person_by_locale"] = {
            loc: round(self.loc_hit[loc] / n, 3) for loc, n in sorted(self.loc_n.items())}
        out["lookalikes_by_kind"] = {
            k: [self.look_kept[k], n] for k, n in sorted(self.look_n.items())}
        return out


def heldout(name: str, featurizer, cache: Path) -> dict:
    """The held-out set's rules spans and report and its candidates' (span, ids), cached in a
    file keyed by the rows' key and the rules' source (``tagger_cache.heldout_key``)."""
    path = cache / f"heldout_{name}_{heldout_key(name)}.npz"
    if path.exists():  # never unpickled: a planted file can give wrong numbers, not run code
        return read_heldout(path)
    members, posts, leaked = load_set(name)
    rules, spans = rules_pass(posts, members, leaked)
    cands, ids = [], []
    for post, rule_spans in zip(posts, spans, strict=True):
        tokens, order, post_ids = featurizer.scan(post.text, [(s, e) for _k, s, e in rule_spans])
        triples = tokens.triples()
        cands.append([(triples[i][1], triples[i][2]) for i in order])
        ids.append(post_ids)
    out = {"rules": rules, "spans": spans, "cands": cands, "ids": np.concatenate(ids)}
    write_heldout(path, out)
    return out


def shipped_raw() -> tuple[np.ndarray, Hidden | None]:
    """The shipped weights with the operating point's shift undone (``tg.shift_operating_point``
    backwards, read from the weights' meta), so that its thresholds are raw P(NAME) as a freshly
    trained recipe's are."""
    weights, hidden, meta = read_model(WEIGHTS_FILE, WEIGHTS_SHA256)
    found = re.fullmatch(r"raw P\(NAME\) ([0-9.]+) = threshold ([0-9.]+)",
                         meta.get("operating_point", ""))
    if not found:
        raise SystemExit(f"error: no operating point in the shipped meta: {meta!r}")
    raw, shipped = (float(g) for g in found.groups())
    return tg.shift_operating_point(weights, raw=shipped, shipped=raw), hidden


def score(
    name: str, held: dict, weights: np.ndarray, thresholds, hidden: Hidden | None = None
) -> dict:
    """Rules OR tagger on the held-out set at each threshold."""
    _members, posts, leaked = load_set(name)
    p_name = tg.softmax(tg.Tagger(weights, None, hidden).logits(held["ids"]))[:, NAME]
    out = {}
    for t in thresholds:
        sc, at = LocaleScore(), 0
        for post, spans, cands in zip(posts, held["spans"], held["cands"], strict=True):
            tagged: list[list] = []
            for (s, e), p in zip(cands, p_name[at : at + len(cands)], strict=True):
                if p < t:
                    continue
                if tagged and not post.text[tagged[-1][2] : s].strip():
                    tagged[-1][2] = e
                else:
                    tagged.append(["NAME", s, e])
            at += len(cands)
            tagged = [h for h in tagged if not eponymous(post.text, h[1], h[2])]
            union = _merge(spans + [tuple(h) for h in tagged])
            sc.add(post, _apply(post.text, union), len(union), leaked)
        out[f"t={t}"] = sc.report()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", action="append", choices=list(SETS), required=True)
    parser.add_argument("--recipe", action="append", choices=[*RECIPES, "shipped", "shipped_raw"],
                        required=True, help="shipped: name_tagger.npz as it is, not retrained "
                        "(its thresholds are the redactor's); shipped_raw: the same with its "
                        "operating point's shift undone (raw thresholds, as a retrained recipe)")
    parser.add_argument("--threshold", action="append", type=float)
    parser.add_argument("--exclude", action="append", choices=list(SETS), default=[],
                        help="a set no fold trains on (e.g. every held-out set: then all folds "
                        "train on the same sets and share one fit per recipe)")
    parser.add_argument("--train-posts", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/tagger_v8_cache"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--save-weights", type=Path,
                        help="folder to keep each fold's raw weights in (RECIPE_without_SET.npy)")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    thresholds = tuple(sorted(set(args.threshold or (0.6, 0.7, 0.8))))
    featurizer = tg.Featurizer(tg.Lexicon.load())
    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "folds": {}}
    if args.json and args.json.exists():
        report = json.loads(args.json.read_text())
    fitted: dict[tuple[str, tuple[str, ...]], tuple[np.ndarray, Hidden | None]] = {}
    for name in args.holdout:
        held = heldout(name, featurizer, args.cache)
        fold = report["folds"].setdefault(name, {"rules": held["rules"], "recipes": {}})
        print(json.dumps({"holdout": name, "rules": held["rules"]}), flush=True)
        for label in args.recipe:
            start = time.perf_counter()
            if label in ("shipped", "shipped_raw"):
                if label == "shipped":
                    weights, hidden = load_tagger().weights, load_tagger().hidden
                else:
                    weights, hidden = shipped_raw()
                grid = score(name, held, weights, thresholds, hidden)
                fold["recipes"][label] = {"grid": grid}
            else:
                train_on = tuple(s for s in SETS if s != name and s not in args.exclude)
                if (label, train_on) not in fitted:  # folds that train on the same sets share
                    fitted[label, train_on] = fit(
                        RECIPES[label], train_on, featurizer, per_set=args.train_posts,
                        seed=args.seed, cache=args.cache)
                weights, hidden = fitted[label, train_on]
                if args.save_weights:
                    args.save_weights.mkdir(parents=True, exist_ok=True)
                    np.save(args.save_weights / f"{label}_without_{name}.npy", weights)
                    if hidden is not None:
                        for field, arr in zip(Hidden._fields, hidden, strict=True):
                            if arr is not None:
                                np.save(args.save_weights
                                        / f"{label}_without_{name}_{field}.npy", arr)
                grid = score(name, held, weights, thresholds, hidden)
                fold["recipes"][label] = {"recipe": asdict(RECIPES[label]), "grid": grid,
                                          "seconds": round(time.perf_counter() - start, 1)}
            print(" ", name, label, json.dumps(grid), flush=True)
            if args.json:
                args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
