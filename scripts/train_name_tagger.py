"""Rebuild trainer/redact/name_tagger.npz, the weights of the name tagger (on by default)
(``redaction.name_tagger=true``), and print the sha256 to pin in trainer/redact/name_tagger.py.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python scripts/train_name_tagger.py

Training data is SYNTHETIC ONLY: the twenty-four development sets' generators (fresh, fourth ...
twentysixth, each with its own seed as in scripts/eval_redaction.py; ``name_tagger.TRAINED_ON``, a
fixed list, nothing discovered), never a member's post or name, so the weights hold nothing about
members and need no DP. The scoring sets are never read. Each post's tokens are labelled NAME
where they overlap a PERSON or MEMBER item's value, ADDR for an ADDRESS item, else O
(``trainer_dev.tagger_experiment.token_labels``); only candidate tokens
(``trainer.redact.name_tagger_features``) are training rows. Up to ``--train-posts`` posts per
set are sampled with a FIXED seed (reproducibility, not privacy noise); the recipe
(``--recipe``, ``trainer_dev.tagger_recipe.RECIPES``) adds augmented copies and row weights, then
a logistic regression is fitted (``trainer_dev.tagger.train``: Adagrad, numpy on one thread).
v8's recipe ``dany_neg4``: v7's rows, plus a copy of half the posts of a declining language
(Icelandic, Latvian, Lithuanian, Estonian, Finnish, Hungarian, Czech, Slovak, Polish, Croatian,
Slovene) and of 15 % of the others' with every name declined in a case of that language (the
others' in a declining language drawn at random: ``trainer_dev.tagger_declension``, textbook
case endings), and every row of a PII-free post weighing 4x (weights scaled to mean 1); 3 epochs,
learning rate 0.3, as v5-v7. The labels and features do not read the rules' output. Operating
point: the raw model's P(NAME) >= ``--operating-point`` is shifted to P(NAME) >= the redactor's
default threshold (``name_tagger.DEFAULT_THRESHOLD``; ``trainer_dev.tagger.shift_operating_point``,
one bias weight), so that ``redaction.name_tagger=true`` alone gets the point chosen
leave-one-generator-out; a lower threshold still buys recall. The .npz is written with fixed zip
timestamps, so the same inputs (sets, shipped word lists, numpy build) give the same bytes and
the same digest (v8 built twice, byte-identical).

Why ``dany_neg4`` at raw 0.7 (v8, 2026-12-03 afternoon, the same features on twenty-four sets,
twentyfifth and twentysixth new, with Icelandic, Costa Rican, Senegalese, Paraguayan and Ugandan
text). Leave-one-generator-out (``trainer_dev.tagger_recipe --holdout H --recipe shipped --recipe
v7 --recipe dany_neg4``, thresholds 0.6 0.7 0.8, the rules of 9171bc9; both recipes trained on
the twenty-three other sets; ``docs/bench/tagger_v8_logo_2026-12-03.json``), rules OR tagger,
PERSON recall / names recall (PERSON and MEMBER) / FP per 1k words of PII-free posts, v7's
recipe -> v8's, rules alone in brackets (PERSON recall / FP)::

    held out           raw   v7's recipe          v8's recipe
    twentyfifth         .6   .865 .909 5.78  ->  .880 .918 6.33
      (.658/3.35)       .7   .858 .905 5.03  ->  .866 .909 5.45
                        .8   .837 .892 4.36  ->  .843 .895 4.44
    twentysixth         .6   .927 .949 1.55  ->  .928 .948 1.52
      (.855/0.81)       .7   .922 .946 1.49  ->  .923 .944 1.46
                        .8   .918 .943 1.40  ->  .919 .941 1.40
    twentythird         .6   .864 .926 0.99  ->  .902 .944 1.25
      (.755/0.65)       .7   .855 .920 0.90  ->  .888 .937 1.16
                        .8   .851 .918 0.86  ->  .870 .928 0.95
    twentyfourth        .6   .894 .938 1.46  ->  .897 .940 1.26
      (.780/0.93)       .7   .888 .935 1.20  ->  .888 .935 1.20
                        .8   .879 .929 1.13  ->  .881 .931 1.06

PERSON recall per locale at 0.7, v7's recipe -> v8's, where either is under .90: twentyfifth
Icelandic .66 -> .67, Latvian .71 -> .74, Lithuanian .76 -> .86, Estonian .77 -> .79, Italian .87
-> .85, Costa Rican .88 -> .88, Spanish .90 -> .88; twentysixth Ugandan .61 -> .69; twentythird
Lithuanian .57 -> .75, Latvian .56 -> .69, Estonian .72 -> .75, Maltese English .86 -> .90;
twentyfourth Kenyan .64 -> .67, Ghanaian .88 -> .88, Slovene .84 -> .84. The shipped v7 (it saw
neither set) at 0.7: .864 .908 5.20 and .922 .946 1.52. v8 buys 6, 1, 26 and 0 PERSON items at 0.7
(twentyfifth, twentysixth, twentythird, twentyfourth) for +0.42, -0.03, +0.26 and 0.00 false
positives per 1k words (look-alikes kept -.0046, -.0002, -.0024, -.0013); on the twentyfifth its
curve lies a little above v7's (v7 between raw .6 and .7 reaches about .862 at 5.45), on the
twentysixth it is better at every point, on the twentythird far above. Neither set meets the
targets (names >= .90 in every locale, false positives <= 0.3): most of the false positives are the
rules' (3.35 / 0.81 alone), and the Icelandic, Baltic and Ugandan misses left are declined or
lower-case names and names no list holds in contexts the features do not tell from a word. Recipes
tried on the twentyfifth at 0.7 (PERSON / FP): declined copies for the declining languages' own
posts only .858 / 5.07 (no Icelandic training post: Icelandic is the twentyfifth's alone); PII-free
rows x4 alone .850 / 4.48; declined copies in every language (``dany``) .871 / 5.95 (twentysixth
.925 / 1.80); with PII-free rows x2 .869 / 5.78; plus lower-case copies (``tagger_augment``
"lower") .878 / 7.42; plus copies whose names are made-up words .874 / 8.00. The threshold: no
point of 0.6 / 0.8 is better on both recall and false positives than 0.7 on any held-out set, so
the default stays 0.7 = raw 0.7 (no shift).

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
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.redact import name_tagger as nt  # noqa: E402
from trainer.redact import name_tagger_features as ntf  # noqa: E402
from trainer_dev import tagger as tg  # noqa: E402
from trainer_dev.tagger_recipe import RECIPES, training_rows  # noqa: E402

SEED = 0  # sampling and shuffling seed: fixed so the weights rebuild bit for bit
# the recipe of the shipped weights (trainer_dev.tagger_recipe, leave-one-generator-out,
# 2026-12-03 afternoon): v7's rows plus declined-name copies, PII-free rows weighted
RECIPE = "dany_neg4"
# the raw threshold the shipped default acts as (leave-one-generator-out, 2026-12-03 afternoon)
OPERATING_POINT = 0.7
# the redactor's default threshold (Redactor.from_members keeps the same value: a test checks)
DEFAULT = nt.DEFAULT_THRESHOLD


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train-posts", type=int, default=6000, help="posts per set (max)")
    parser.add_argument(
        "--recipe", choices=list(RECIPES), default=RECIPE,
        help="rows and loss weights of trainer_dev.tagger_recipe (v7: the v5-v7 recipe)",
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
    recipe = RECIPES[args.recipe]
    featurizer = nt.Featurizer(nt.Lexicon.load())
    feats, labels, row_weight = training_rows(
        recipe, nt.TRAINED_ON, featurizer, per_set=args.train_posts, seed=SEED, cache=None
    )
    print(f"{len(labels)} candidate tokens ({int((labels == nt.NAME).sum())} NAME) "
          f"from {nt.TRAINED_ON}")
    weights = tg.train(feats, labels, epochs=recipe.epochs, lr=recipe.lr, seed=SEED,
                       row_weight=row_weight)
    weights = tg.shift_operating_point(weights, raw=args.operating_point, shipped=DEFAULT)
    meta = {
        "trained_on": ",".join(nt.TRAINED_ON),
        "train_posts_per_set": str(args.train_posts),
        "recipe": f"{args.recipe}: " + ", ".join(f"{k}={v!r}" for k, v in asdict(recipe).items()),
        "epochs": str(recipe.epochs),
        "augment": recipe.surface or "none",
        "declined": recipe.declined or "none",
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
