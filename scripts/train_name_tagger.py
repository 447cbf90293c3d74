"""Rebuild trainer/redact/name_tagger.npz, the weights of the opt-in name tagger
(``redaction.name_tagger=true``), and print the sha256 to pin in trainer/redact/name_tagger.py.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python scripts/train_name_tagger.py

Training data is SYNTHETIC ONLY: the fourteen development sets' generators (fresh, fourth ...
sixteenth, each with its own seed as in scripts/eval_redaction.py), never a member's post or name,
so the weights hold nothing about members and need no DP. The scoring sets are never read. Each
post's tokens are labelled NAME where they overlap a PERSON or MEMBER item's value, ADDR for an
ADDRESS item, else O (``trainer_dev.tagger_experiment.token_labels``); only candidate tokens
(``trainer.redact.name_tagger_features``) are training rows. Up to ``--train-posts`` posts per
set are sampled and shuffled with a FIXED seed (reproducibility, not privacy noise), each with
its copy under ``--augment`` (``trainer_dev.tagger_augment``: "lower" writes some posts' names,
or whole posts, in lower case, as chat does), then a logistic regression is fitted
(``trainer_dev.tagger.train``: Adagrad, 3 epochs, numpy on one thread). The labels and features
do not read the rules' output. Operating point: the raw model's P(NAME) >= ``--operating-point``
is shifted to P(NAME) >= the redactor's default threshold (``trainer_dev.tagger.
shift_operating_point``, one bias weight), so that ``redaction.name_tagger=true`` alone gets the
precision chosen leave-one-generator-out; a lower threshold still buys recall. The .npz is
written with fixed zip timestamps, so the same inputs (sets, shipped word lists, numpy build)
give the same bytes and the same digest.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.redact import Redactor  # noqa: E402
from trainer.redact import name_tagger as nt  # noqa: E402
from trainer.redact import name_tagger_features as ntf  # noqa: E402
from trainer_dev import tagger as tg  # noqa: E402
from trainer_dev.tagger_augment import POLICIES  # noqa: E402
from trainer_dev.tagger_experiment import featurize_set  # noqa: E402

SEED = 0  # sampling and shuffling seed: fixed so the weights rebuild bit for bit
AUGMENT = "none"  # the policy of the shipped weights (leave-one-generator-out, 2026-12-02 late)
# the raw threshold the shipped default acts as (leave-one-generator-out, 2026-12-02 evening)
OPERATING_POINT = 0.9
DEFAULT = inspect.signature(Redactor.from_members).parameters["name_tagger_threshold"].default


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train-posts", type=int, default=6000, help="posts per set (max)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument(
        "--augment", choices=["none", *POLICIES], default=AUGMENT,
        help="surface-form augmentation policy of trainer_dev.tagger_augment",
    )
    parser.add_argument(
        "--operating-point", type=float, default=OPERATING_POINT,
        help=f"raw P(NAME) that the default threshold ({DEFAULT}) acts as (higher: precision)",
    )
    parser.add_argument("--out", type=Path, default=nt.WEIGHTS_FILE)
    args = parser.parse_args(argv)
    if not 0.0 < args.operating_point < 1.0:  # checked before minutes of training, not after
        parser.error(f"--operating-point must be in (0, 1), not {args.operating_point}")
    start = time.perf_counter()
    featurizer = nt.Featurizer(nt.Lexicon.load())
    policy = "" if args.augment == "none" else args.augment
    parts = [
        featurize_set(s, featurizer, args.train_posts, SEED, augmented=policy)
        for s in nt.TRAINED_ON
    ]
    feats = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    print(f"{len(labels)} candidate tokens ({int((labels == nt.NAME).sum())} NAME) "
          f"from {nt.TRAINED_ON}")
    weights = tg.train(feats, labels, epochs=args.epochs, seed=SEED)
    weights = tg.shift_operating_point(weights, raw=args.operating_point, shipped=DEFAULT)
    meta = {
        "trained_on": ",".join(nt.TRAINED_ON),
        "train_posts_per_set": str(args.train_posts),
        "epochs": str(args.epochs),
        "augment": args.augment,
        "seed": str(SEED),
        "operating_point": f"raw P(NAME) {args.operating_point} = threshold {DEFAULT}",
        "features": f"name_tagger_features: {ntf.WIDTH} ids, 2**{ntf.BITS} buckets",
        "lexicon_sha256": nt.lexicon_sha256(),
    }
    digest = nt.write_weights(args.out, weights, meta)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 2**20:.2f} MiB) in {time.perf_counter() - start:.0f} s")
    print(f'pin in trainer/redact/name_tagger.py: WEIGHTS_SHA256 = "{digest}"')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
