"""Rebuild trainer/redact/name_tagger.npz, the weights of the opt-in name tagger
(``redaction.name_tagger=true``), and print the sha256 to pin in trainer/redact/name_tagger.py.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python scripts/train_name_tagger.py

Training data is SYNTHETIC ONLY: the twenty-two development sets' generators (fresh, fourth ...
twentyfourth, each with its own seed as in scripts/eval_redaction.py; ``name_tagger.TRAINED_ON``, a
fixed list, nothing discovered), never a member's post or name, so the weights hold nothing about
members and need no DP. The scoring sets are never read. Each post's tokens are labelled NAME
where they overlap a PERSON or MEMBER item's value, ADDR for an ADDRESS item, else O
(``trainer_dev.tagger_experiment.token_labels``); only candidate tokens
(``trainer.redact.name_tagger_features``) are training rows. Up to ``--train-posts`` posts per
set are sampled and shuffled with a FIXED seed (reproducibility, not privacy noise), each with
its copy under ``--augment`` (``trainer_dev.tagger_augment``: "lower" writes some posts' names,
or whole posts, in lower case, as chat does), then a logistic regression is fitted
(``trainer_dev.tagger.train``: Adagrad, 3 epochs, numpy on one thread). The labels and features
do not read the rules' output. Operating point: the raw model's P(NAME) >= ``--operating-point``
is shifted to P(NAME) >= the redactor's default threshold (``name_tagger.DEFAULT_THRESHOLD``;
``trainer_dev.tagger.shift_operating_point``, one bias weight), so that
``redaction.name_tagger=true`` alone gets the point chosen leave-one-generator-out; a lower
threshold still buys recall. The .npz is written with fixed zip timestamps, so the same inputs
(sets, shipped word lists, numpy build) give the same bytes and the same digest.

Why raw 0.7 again (v7, 2026-12-03, the same features on twenty-two sets, twentyfirst ...
twentyfourth new, with Maltese, Swiss, Uruguayan, Slovene, Chilean, Belgian, Indian, Portuguese,
Swedish, Turkish, Peruvian, Kenyan, Baltic, Canadian, Austrian, Ghanaian, Ecuadorian and
Luxembourg text, Baltic declined names among it). Leave-one-generator-out
(``trainer_dev.tagger_experiment --model shipped --model v4 --train-posts 6000 --threshold 0.65
--threshold 0.7 --threshold 0.75``, the rules of the working tree at 10:40, HEAD f50a2f8), rules
OR tagger at 0.7, PERSON recall / names recall (PERSON and MEMBER) / FP per 1k words of PII-free
posts / look-alikes kept, v6 -> v7, rules alone in brackets (PERSON recall / FP). v6 is the
shipped v6 (it saw none of the four); v7 is this recipe trained on the twenty-one other sets::

    twentythird  (.756/0.82)  .833 -> .851  .908 -> .918  1.85 -> 1.59  .9914 -> .9931
    twentyfourth (.780/3.39)  .882 -> .886  .928 -> .930  4.05 -> 3.85  .9457 -> .9484
    twentyfirst  (.838/0.93)  .936 -> .946  .965 -> .970  2.21 -> 1.83  .9674 -> .9701
    twentysecond (.930/0.59)  .965 -> .966  .970 -> .972  1.34 -> 1.34  .9771 -> .9779

v7 at raw 0.7 keeps (and mostly raises: +14, +3, +9, +1 names) v6's PERSON recall on every
held-out generator at the same or fewer false positives (-0.26, -0.20, -0.38, 0.00 per 1k words)
and keeps more look-alikes, so it replaces v6 at the same point and the shift stays zero. Raw 0.75
would also keep v6's PERSON recall (.843 .882 .942 .965) for 0.04-0.20 fewer false positives than
v7 at 0.7, but gives back 2-6 names per set (names recall .914 .927 .968 .971) and the redactor
fails closed; raw 0.65 buys 1, 6, 3 and 0 more PERSON items for +0.22, +0.13, +0.18 and +0.04.
The four new sets do not cost the older generators: held out at 11:05, v6's recipe (trained on
the seventeen other sets of its eighteen: ``--exclude`` the four new ones) -> v7's (the twenty-one
other sets), same columns::

    nineteenth   (.674/1.14)  .821 -> .867  .872 -> .907  2.83 -> 2.54  .9814 -> .9836
    twentieth    (.862/1.73)  .948 -> .953  .974 -> .977  3.67 -> 2.81  .9703 -> .9779

Why raw 0.7 again (v6, 2026-12-03, the same features on eighteen sets, nineteenth and twentieth
new). Leave-one-generator-out (``trainer_dev.tagger_experiment --model v4 --train-posts 6000``,
the rules of the working tree at 03:00), rules OR tagger at 0.7, PERSON recall / names recall
(PERSON and MEMBER) / FP per 1k words of PII-free posts / look-alikes kept, v5 -> v6. v5 on
nineteenth and twentieth is the shipped v5 (it never saw them); on seventeenth and eighteenth it
is v5's recipe retrained without the held-out set (``--exclude nineteenth --exclude twentieth``);
v6 is trained on the seventeen other sets::

    nineteenth   .816 -> .821  .870 -> .872  3.58 -> 2.93  .9838 -> .9814
    twentieth    .943 -> .948  .971 -> .974  2.97 -> 2.75  .9751 -> .9763
    seventeenth  .973 -> .974  .986 -> .987  3.80 -> 3.05  .9833 -> .9838
    eighteenth   .941 -> .945  .971 -> .974  3.57 -> 3.07  .9617 -> .9652

v6 keeps v5's recall on every held-out generator with 0.2-0.75 fewer false positives per 1k
words; at raw 0.75 it would lose PERSON recall on nineteenth (.808 < .816) and twentieth (.941
< .943), so 0.7 stays the highest raw point that keeps v5's recall and the shift is still zero.
Look-alikes kept move by a few items either way (nineteenth -.0024, the others up).

Why raw 0.7 (v5, 2026-12-02 night). The redactor fails closed, so the default must keep at least
the name recall v4 had at threshold 0.38 (its raw 0.7) on the two generators it never saw
(seventeenth 0.973 at 6.9 false positives per 1,000 words, eighteenth 0.873 at 5.3), unless that
costs disproportionate false positives. Leave-one-generator-out, this recipe (6,000 posts of each
of the other fifteen sets), rules OR tagger, PERSON recall / FP per 1k words of PII-free posts
(``trainer_dev.tagger_experiment --model v4 --train-posts 6000``; rules alone in brackets)::

    raw  seventeenth   eighteenth    fifteenth     sixteenth
         (.940/4.30)   (.718/2.98)   (.818/2.69)   (.844/3.08)
    .50  .980/6.66     .911/5.97     .935/7.00     .936/8.05
    .55  .979/6.60     .903/5.88     .930/6.89     .935/7.62
    .60  .977/6.42     .895/5.80     .925/6.79     .930/7.29
    .65  .975/6.35     .887/5.34     .921/6.12     .930/5.92
    .70  .973/5.92     .878/5.21     .919/5.34     .927/5.54
    .75  .969/5.85     .872/4.96     .909/4.61     .920/4.97
    .80  .966/5.85     .860/4.75     .904/4.46     .916/4.50
    .85  .964/5.48     .846/4.62     .893/3.89     .915/4.07
    .90  .960/4.79     .825/4.37     .886/3.32     .900/3.69
    .95  .953/4.73     .800/4.29     .868/3.00     .889/3.65

0.7 is the highest raw threshold that keeps v4-at-0.38's recall on both new generators (.973 =
.973, .878 > .873; at .75 both fall below), with fewer false positives than v4 at 0.38 on both
(5.9 < 6.9, 5.2 < 5.3); going down to .65 buys 2 and 8 more names there for +0.4 / +0.1 false
positives per 1k words (+0.8 / +0.4 on fifteenth / sixteenth), below .65 the cost climbs
(sixteenth +1.4 at .60). So the default 0.7 is the raw 0.7 and the shift is zero.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.redact import name_tagger as nt  # noqa: E402
from trainer.redact import name_tagger_features as ntf  # noqa: E402
from trainer_dev import tagger as tg  # noqa: E402
from trainer_dev.tagger_augment import POLICIES  # noqa: E402
from trainer_dev.tagger_experiment import featurize_set  # noqa: E402

SEED = 0  # sampling and shuffling seed: fixed so the weights rebuild bit for bit
AUGMENT = "none"  # the policy of the shipped weights (leave-one-generator-out, 2026-12-02 late)
# the raw threshold the shipped default acts as (leave-one-generator-out, 2026-12-02 night)
OPERATING_POINT = 0.7
# the redactor's default threshold (Redactor.from_members keeps the same value: a test checks)
DEFAULT = nt.DEFAULT_THRESHOLD


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
