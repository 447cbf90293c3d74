"""Rebuild trainer/redact/name_tagger.npz, the weights of the name tagger (on by default)
(``redaction.name_tagger=true``), and print the sha256 to pin in trainer/redact/name_tagger.py.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python scripts/train_name_tagger.py

Training data is SYNTHETIC ONLY: the thirty-seven development sets' generators (fresh, fourth ...
thirtyninth, each with its own seed as in scripts/eval_redaction.py; ``TRAIN_SETS`` below, a fixed
list, nothing discovered, recorded as ``name_tagger.TRAINED_ON``), never a member's post or name, so
the weights hold nothing about members and need no DP. The scoring sets are never read. Each post's
tokens are labelled NAME where they overlap a PERSON or MEMBER item's value, ADDR for an ADDRESS
item, else O (``trainer_dev.tagger_experiment.token_labels``); only candidate tokens
(``trainer.redact.name_tagger_features``) are training rows. Up to ``--train-posts`` posts per set
are sampled with a FIXED seed (reproducibility, not privacy noise); the recipe (``--recipe``,
``trainer_dev.tagger_recipe.RECIPES``) adds augmented copies and row weights, then a logistic
regression is fitted (``trainer_dev.tagger.train``: Adagrad, numpy on one thread; a recipe with
``hidden`` units fits a linear part plus a hidden layer instead, ``trainer_dev.tagger_hidden``).
v8's and v9's recipe ``dany_neg4``: v7's rows, plus a copy of half the posts of a declining language
(Icelandic, Latvian, Lithuanian, Estonian, Finnish, Hungarian, Czech, Slovak, Polish, Croatian,
Slovene) and of 15 % of the others' with every name declined in a case of that language (the others'
in a declining language drawn at random: ``trainer_dev.tagger_declension``, textbook case endings),
and every row of a PII-free post weighing 4x (weights scaled to mean 1); 3 epochs, learning rate
0.3, as v5-v7. The labels and features do not read the rules' output. Operating point: the raw
model's P(NAME) >= ``--operating-point`` is shifted to P(NAME) >= the redactor's default threshold
(``name_tagger.DEFAULT_THRESHOLD``; ``trainer_dev.tagger.shift_operating_point``, one bias weight),
so that ``redaction.name_tagger=true`` alone gets the point chosen leave-one-generator-out; a lower
threshold still buys recall. The .npz is written with fixed zip timestamps, so the same inputs
(sets, shipped word lists, numpy build) give the same bytes and the same digest (v8 built twice,
byte-identical; v9 built once afresh and once from the rows ``--cache`` kept of the leave-one-
generator-out run, byte-identical).

The recall model (2026-12-05: not shipped; v9 stays the only model, and no
``redaction.name_tagger_model`` option exists). Asked for: an OPT-IN slower model that finds more
names, shipped only if held out it finds clearly more PERSON items than v9 on both held-out sets.
The candidates follow the morning's "Next" for the hidden layer (``dany_neg4_h8``): PII-free rows
weighing 8x instead of 4x (its extra false positives: ``dany_neg8_h8``), and a cheaper layer of 4
units that reads only the candidate's own 20 ids (its form, shape, lists, affixes, record key and
the conjunctions among them: ``name_tagger_hidden.OWN_COLS``; the linear part still reads all 46)
with 8x or v9's 4x (``dany_neg8_h4own``, ``dany_neg4_h4own``); ``dany_neg4_h8`` rerun and v9's own
linear recipe ``dany_neg4`` on the same sets as controls. Held out as in the morning (trained on
the 39 other development sets; ``trainer_dev.tagger_recipe --holdout fortysecond --holdout
fortythird --exclude fortysecond --exclude fortythird --recipe ... --threshold 0.7 --threshold 0.75
--threshold 0.8``, the rules of 1dcd965; ``docs/bench/tagger_recall_logo_2026-12-05.json``), rules
OR tagger, PERSON recall (items found) / FP per 1k words of PII-free posts / look-alikes kept /
eponym look-alikes kept, rules alone in brackets (PERSON / FP / look-alikes)::

  held out     raw v9 as shipped             linear dany_neg4, 39 sets     dany_neg8_h8
  fortysecond  .7  .962 789 1.75 .9646 268   .967 793 1.69 .9648 277   .965 791 1.72 .9632 277
  (.902/1.35/  .75 .959 786 1.72 .9646 268   .965 791 1.51 .9675 277   .963 790 1.66 .9650 277
  .9723)       .8  .955 783 1.57 .9673 273   .962 789 1.51 .9684 277   .956 784 1.60 .9662 277
  fortythird   .7  .966 895 4.02 .9805 314   .967 896 4.33 .9789 305   .969 898 4.25 .9785 303
  (.931/2.30/  .75 .964 894 3.79 .9811 316   .966 895 4.17 .9796 309   .964 894 3.92 .9791 306
  .9853)       .8  .964 894 3.71 .9813 316   .964 894 3.94 .9813 315   .962 892 3.79 .9794 307

  held out     raw dany_neg8_h4own           dany_neg4_h4own               dany_neg4_h8 (control)
  fortysecond  .7  .966 792 1.63 .9655 277   .968 794 1.69 .9646 277   .968 794 1.75 .9630 277
               .75 .960 787 1.54 .9671 277   .967 793 1.60 .9662 277   .965 791 1.69 .9646 277
               .8  .954 782 1.54 .9673 277   .957 785 1.54 .9673 277   .963 790 1.60 .9657 277
  fortythird   .7  .967 896 4.20 .9789 305   .969 898 4.35 .9785 304   .969 898 4.35 .9772 300
               .75 .966 895 4.02 .9794 306   .967 896 4.15 .9791 306   .968 897 4.20 .9789 306
               .8  .962 892 3.79 .9805 310   .966 895 4.05 .9796 309   .964 894 4.02 .9793 307

(820 and 927 PERSON items; eponyms: the forty-second's "nameword" of 292, the forty-third's
"eponym" of 364.) No candidate clears the bar. The best, ``dany_neg4_h4own``, finds 5 / 7 / 2
PERSON items more than v9 on the forty-second and 3 / 2 / 1 on the forty-third at raw .7 / .75 /
.8, for +0.36 FP per 1k words and 10 eponyms fewer on the forty-third at .75; the linear v9 recipe
on the same 39 sets finds 4 / 5 / 6 and 1 / 1 / 0 more, so the hidden layer itself adds at most 2
items on either set beyond what the
two extra training sets give. Weighting PII-free rows 8x takes most of even that
away (``dany_neg8_h4own`` at .75: +1 and +1; its FP fall from the 4x version's by 0.00-0.06 on the
forty-second and 0.13-0.26 on the forty-third, still above v9's there). The morning's gain (+6 /
+13 at .75 over rules of 817c7af) has gone to the rules: alone they now find .931 of the
forty-third's PERSON items (then .831), so what is left to the tagger is the names no model reads
(forty-third at .75: sv_SE .851 with all but ``dany_neg4_h8``, .878; cs_CZ .884 with v9, .895 with
every retrained model). Cost of the tagger stage (``Tagger.names_many`` over the 1,500 realistic
posts of ``scripts/bench_redaction.py``, the models alternated in one process, CPU, best of 3,
under load 3-4): v9 97 us/post one post a call, 28 batched 64 a call; the 4-unit own-ids layer 116
/ 34 (+19 / +6); the 8-unit layer over all ids 131 / 42 (+34 / +13). So the cheaper layer halves
the cost and keeps the (small) recall of the 8-unit one, but there is no recall gain to sell. The
reusable parts ship as code: ``Hidden.cols`` (stored as ``hidden_cols``, range-checked on read),
``tagger_hidden.train_hidden(cols=...)``, the three recipes; the plumbing of an opt-in second model
(``redaction.name_tagger_model``, ``Redactor.from_members(..., name_tagger_model=)``, the
manifest's summary, ``--model recall`` here, ``eval_redaction.py --name-tagger-model``) waits,
unmerged and without weights, on branch ``wt-t-recall``. Next, for whoever takes it up: the misses
left are the rules' and the features' (the same names every model misses), so a new feature, not a
new layer, is what the data ask for.

Why no v10 (2026-12-05 morning: v9 stays; a stronger model measured held out and not shipped).
The candidate, chosen for transfer to unseen generators rather than found by a sweep: v9's rows,
features, word lists, labels and row weights (``dany_neg4``) with a hidden layer beside the
linear part (``dany_neg4_h8``: an embedding bag over the SAME 46 hashed ids, 8 tanh units, added
to the linear logits; ``trainer.redact.name_tagger_hidden``, trained in numpy by
``trainer_dev.tagger_hidden``), because the linear model stopped gaining from more sets and a
conjunction of features ("capitalised unknown word" AND "after a verb of speech" AND "not in a
table column") is what it cannot express and what should carry to new countries' names. Held
out: the forty-second (agriculture) and forty-third (energy/telecoms), both models trained on the
thirty-nine other development sets (``trainer_dev.tagger_recipe --holdout fortysecond --holdout
fortythird --exclude fortysecond --exclude fortythird --recipe shipped_raw --recipe dany_neg4_h8
--recipe dany_neg4 --threshold 0.7 --threshold 0.75 --threshold 0.8``, the rules of 817c7af;
``docs/bench/tagger_v10b_logo_2026-12-05.json``), against the shipped v9 (it saw neither), rules
OR tagger, PERSON recall / names recall / FP per 1k words of PII-free posts / look-alikes kept /
eponym look-alikes kept, rules alone in brackets (PERSON / FP / look-alikes)::

  held out          raw v9 as shipped             dany_neg4, 39 sets        dany_neg4_h8, 39 sets
  fortysecond       .7  .959 .978 4.46 .8879 268  .965 .981 4.40 .8881 277  .966 .982 4.46 .8863 277
  (.888/4.06/.8956) .75 .955 .976 4.43 .8879 268  .962 .980 4.21 .8908 277  .962 .980 4.40 .8879 277
  820 PERSON        .8  .950 .974 4.28 .8906 273  .960 .978 4.21 .8917 277  .961 .979 4.31 .8890 277
  fortythird        .7  .915 .954 4.66 .9581 314  .919 .957 4.97 .9565 305  .928 .962 4.99 .9548 300
  (.831/2.94/.9629) .75 .910 .952 4.43 .9587 316  .916 .955 4.81 .9572 309  .924 .959 4.84 .9565 306
  927 PERSON        .8  .906 .950 4.35 .9589 316  .911 .953 4.58 .9589 315  .915 .953 4.66 .9569 307

(Eponyms: the forty-second's "nameword" kind, of 292; the forty-third's "eponym", of 364. The
forty-second's "variety" look-alikes, of 291: v9 238/238/243, linear 230/241/244, hidden 222/228/232
at raw .7/.75/.8.) At raw 0.75 the hidden layer finds 6 and 13 PERSON items more than v9 as shipped
(.955 -> .962, .910 -> .924), and on the forty-third's new countries more than the linear model on
the same 39 sets (PERSON per locale, v9 -> linear 39 -> hidden: es_GQ .808 -> .821 -> .846, sv_SE
.811 -> .811 -> .838, cs_CZ .837 -> .849 -> .849, fr_BJ .844 all three, en_FJ .910 -> .940 -> .940;
forty-second pt_GW .893 -> .920 -> .920, es_ES .903 -> .917 -> .931): the one transfer gain the
linear model does not show. But it pays for them: +0.41 FP per 1k words and -.0022 of the
look-alikes on the forty-third (10 eponyms fewer), and on the forty-second the linear model on the
same sets finds as many names for 0.19 fewer FP and 13 more "variety" look-alikes. At raw 0.8 its
gain over v9 shrinks to .005 on the forty-third (4 items) for +0.23 FP. And it costs about +26
us/post on the tagger stage's per-post path (the two taggers alternated in one process over the
1,500 realistic posts of ``scripts/bench_redaction.py``, CPU time: 84 -> 111; batched, 64 posts a
call: 26 -> 36; ``bench_redaction --stages`` itself, two runs each under load 7-8: 178 / 181 -> 236
/ 184, too noisy to read), a 5.8 MB weights file instead of 2.7 MB, and 16 MB more memory per
process. With its weights in place of v9's (raw 0.75 as the default 0.7), the suite breaks three
outputs v9 gets right: "Dr. Maren Oyelaran Hospital is busy." leaks "Oyelaran"
(tests/redact/test_dev37_review.py), "Autumn said hi." leaks the name, and "Ref 12Anna Kowalska"
becomes "Ref 12[NAME] [NAME]" (tests/redact/test_dev38_review_rv2.py; the last two as v9's recipe on
39 sets, below), besides the two pins that name the weights (the digest; a linear model's logits bit
for bit). So it fails the bar on look-alikes (> .002), on speed (> +15 us/post) and on pinned cases,
and ships as reusable, tested code only (recipe ``dany_neg4_h8``; the redactor reads a hidden layer
only where the weights hold one). v9's own recipe on the same 39 sets is the better of the two on
the forty-second and finds 6 and 5 PERSON items more than v9 at raw 0.75 (FP -0.22 / +0.38,
look-alikes +.0029 / -.0015), but last session's check of that recipe on these 39 sets found three
right pinned outputs broken (below), so it does not ship either. Next, for whoever takes it up:
weigh PII-free rows more in the hidden recipe (its extra false positives), and cut its cost (fewer
units, or only the token's own ids into the hidden layer).

Why no v10 (2026-12-05 night: v9 stays, trained on thirty-seven sets; the fortieth and forty-
first are development sets but not in ``TRAIN_SETS``). Held out: the fortieth (travel) and forty-
first (media/events), the newest, each with v9's recipe ``dany_neg4`` and one variant trained on
the thirty-eight other sets (``trainer_dev.tagger_recipe --holdout fortieth --holdout fortyfirst
--recipe shipped_raw --recipe dany_neg4 --recipe dany_neg4_bal --threshold 0.7 --threshold 0.75
--threshold 0.8``, the rules of 88d4741; ``docs/bench/tagger_v10_logo_2026-12-05.json``), against
the shipped v9 (it saw neither; ``shipped_raw``: its bias shift undone, so its raw 0.75 is the
shipped default 0.7), rules OR tagger, PERSON recall / names recall (PERSON and MEMBER) / FP per
1k words of PII-free posts / look-alikes kept / eponym look-alikes kept, rules alone in brackets::

    held out            raw   v9 as shipped                 dany_neg4 on 38 sets
    fortieth            .7    .902 .945 4.83 .9131 209  ->  .907 .947 4.79 .9128 208
      (.821/4.40/.9166) .75   .902 .945 4.79 .9135 211  ->  .902 .944 4.75 .9131 209
      794 PERSON        .8    .898 .942 4.75 .9137 211  ->  .899 .943 4.63 .9145 215
    fortyfirst          .7    .952 .971 4.71 .9473 235  ->  .953 .971 4.95 .9437 228
      (.848/3.33/.9511) .75   .948 .969 4.64 .9475 236  ->  .951 .970 4.81 .9462 232
      900 PERSON        .8    .946 .967 4.41 .9491 239  ->  .948 .969 4.17 .9477 236

(Eponyms: of 284 and 303; the rules alone keep 219 and 246.) At raw 0.75 the 38-set model finds the
same names as v9 on the fortieth (one fewer, -0.04 FP) and three more PERSON items on the
forty-first for +0.17 FP and 7 look-alikes fewer; at 0.7 it finds 4 and 5 PERSON items more than v9
as shipped for 0.00 / +0.31 FP and 0.0007 / 0.0038 of the look-alikes (v9 itself at 0.7: 0 and 4
more for +0.04 / +0.07); at 0.8 it trades fewer FP for fewer names on the fortieth. No point beats
v9 on both sets, so two more generators in the training data buy nothing measurable on the two
newest ones (as v9's held-out gain did not show on them). The one variant aimed at transfer,
``dany_neg4_bal`` (every set's rows weigh the same in total: the sets give 23k-104k candidate rows
each, so a few generators' phrasing dominated the loss), is no better: .907 .947 4.79 / .904 .946
4.75 / .899 .943 4.67 on the fortieth and .953 .971 4.98 / .951 .970 4.91 / .948 .969 4.27 on the
forty-first (raw .7 / .75 / .8). PERSON recall per locale under .90, v9 -> dany_neg4 at 0.75:
fortieth Liberian .75 -> .75, US .88 -> .88, Ecuadorian .87 -> .89, Mexican .86 -> .86, Belgian
(nl) .897 -> .88, Swedish .88 -> .88; forty-first US .88 -> .89, Hungarian .89 -> .91. The row and
held-out caches these runs used are keyed by what they depend on (``trainer_dev.tagger_cache``).
The pinned cases agree: with either recipe trained on all thirty-nine sets at raw 0.75 in place of
v9, the suite (tests/redact and the set suites) breaks three outputs v9 gets right, all in
tests/redact/test_dev38_review_rv2.py: "Vincent Germain et Fils livre demain." loses "Vincent" (an
eponymous firm, a look-alike), "Autumn said hi." leaks the name, and "Ref 12Anna Kowalska" becomes
"Ref 12[NAME] [NAME]" (still redacted, not the pinned span); so neither would ship as it is even
with a held-out win.

Why ``dany_neg4`` on all thirty-seven sets at raw 0.75 (v9, 2026-12-04 evening, the same features
and word lists; thirteen sets new since v8, twentyseventh ... thirtyninth, with dozens of countries
v8 never saw). Held out: the thirty-eighth (retail) and thirty-ninth (recruitment/HR/payroll), the
newest, each with v8's recipe trained on the thirty-six other sets (``trainer_dev.tagger_recipe
--holdout thirtyeighth --holdout thirtyninth --recipe shipped --recipe dany_neg4 --recipe
dany_novel_neg8 --threshold 0.6 --threshold 0.7 --threshold 0.75 --threshold 0.8``, the rules of
af066aa), against the shipped v8 (it saw neither), rules OR tagger, PERSON recall / names recall
(PERSON and MEMBER) / FP per 1k words of PII-free posts / look-alikes kept, rules alone in
brackets (PERSON / FP / look-alikes)::

    held out            raw   v8 as shipped               dany_neg4 on 36 sets
    thirtyeighth        .6    .898 .936 2.24 .9610   ->  .915 .949 2.03 .9580
      (.808/1.31/.9765) .7    .888 .931 1.96 .9635   ->  .907 .944 1.96 .9603
                        .75   .881 .927 1.82 .9643   ->  .901 .941 1.96 .9626
                        .8    .876 .924 1.82 .9657   ->  .895 .937 1.86 .9633
    thirtyninth         .6    .894 .939 4.50 .9033   ->  .917 .951 3.67 .9117
      (.803/2.41/.9308) .7    .886 .934 4.07 .9071   ->  .900 .942 3.38 .9159
                        .75   .880 .931 3.85 .9093   ->  .892 .937 3.09 .9179
                        .8    .877 .929 3.67 .9139   ->  .891 .936 3.09 .9187

At every raw point the 36-set model finds more names than v8 on both sets (+10 to +18 PERSON
items), with fewer false positives on the thirty-ninth (-0.6 to -0.8 per 1k words) and -0.21 to
+0.14 on the thirty-eighth (+0.14: four spans). At raw 0.7 it would cost 18 look-alikes of the
thirty-eighth's 5,664 (-.0032); at raw 0.75 it keeps the thirty-eighth's look-alikes within 5
(-.0009) and still beats v8 at its 0.7 on both sets: PERSON .888 -> .901 and .886 -> .892, false
positives 1.96 -> 1.96 and 4.07 -> 3.09, look-alikes .9635 -> .9626 and .9071 -> .9179. So v9 ships
at raw 0.75 (the default 0.7 acts as it: one bias weight moves). PERSON recall per locale, v8 at
0.7 -> v9's recipe at 0.75, where either is under .90: thirtyeighth Czech .85 -> .87, Australian
.89 -> .90, Malawian .87 -> .88, US .84 -> .91, Spanish .89 -> .89, Congolese (DRC) .81 -> .81,
Dutch .91 -> .90; thirtyninth Guyanese .88 -> .88, US .89 -> .90, Argentine .84 -> .84, Cuban .77
-> .79, Italian .88 -> .84, Cape Verdean .83 -> .86, Romanian .86 -> .88. The one variant aimed at
names no list holds, ``dany_novel_neg8`` (made-up- name copies, PII-free rows 8x), is no better: at
0.75 .890 / 1.72 / .9647 and .892 / 3.35 / .9137, that is fewer names than ``dany_neg4`` on the
thirty-eighth, and on the thirty-ninth the same names for more false positives and fewer look-
alikes. The end eval on these two sets after the merge is no evidence for v9 (it trained on them);
the evidence is the table above. A probe of 150 made-up posts in the two sets' shapes with names of
countries no development set holds (Samoa, Tonga, Madagascar, Mongolia, Bhutan, Nepal, Sri Lanka,
Lesotho, Georgia, Armenia, Kazakhstan, Sierra Leone, Fiji) leaves names in 44 posts with v8 and 13
with v9 (tests/redact/test_dev38_T.py pins some); v9 loses two v8 had (a surname after "Passing
this to", a full name after "query from").

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
from trainer_dev.tagger_recipe import RECIPES, fit_rows, training_rows  # noqa: E402

SEED = 0  # sampling and shuffling seed: fixed so the weights rebuild bit for bit
# the recipe of the shipped weights (trainer_dev.tagger_recipe, leave-one-generator-out,
# 2026-12-03 afternoon for v8, kept for v9): v7's rows plus declined-name copies, PII-free rows
# weighted
RECIPE = "dany_neg4"
# the raw threshold the shipped default acts as (v9: leave-one-generator-out, 2026-12-04 evening)
OPERATING_POINT = 0.75
# the redactor's default threshold (Redactor.from_members keeps the same value: a test checks)
DEFAULT = nt.DEFAULT_THRESHOLD
# the sets a build trains on: every development set (trainer_dev.redaction_failures
# DEVELOPMENT_SETS, each generator with its own seed), written out so that a set added later
# changes the weights only when it is added here; name_tagger.TRAINED_ON records the list the
# shipped weights were built from (tests check the two agree); the fortieth and forty-first are
# development sets held out, not trained on: a 38-set model did not beat v9 on them (no v10);
# the forty-second to forty-ninth (development sets since 2026-12-05 and -06) are not trained on
# either (held out for the hidden-layer candidate, which did not ship: "Why no v10 (... morning)")
TRAIN_SETS = (
    "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
    "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
    "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth",
    "thirtyseventh", "thirtyeighth", "thirtyninth",
)


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
    parser.add_argument(
        "--cache", type=Path, default=None,
        help="reuse (and fill) trainer_dev.tagger_recipe's per-set row cache, e.g. the folder "
        "a leave-one-generator-out run filled (default: every row computed afresh); its files "
        "are keyed by the word lists, features, labels and generator (trainer_dev.tagger_cache), "
        "so rows cached under others are recomputed, never reused",
    )
    args = parser.parse_args(argv)
    if not 0.0 < args.operating_point < 1.0:  # checked before minutes of training, not after
        parser.error(f"--operating-point must be in (0, 1), not {args.operating_point}")
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    recipe = RECIPES[args.recipe]
    featurizer = nt.Featurizer(nt.Lexicon.load())
    feats, labels, row_weight = training_rows(
        recipe, TRAIN_SETS, featurizer, per_set=args.train_posts, seed=SEED, cache=args.cache
    )
    print(f"{len(labels)} candidate tokens ({int((labels == nt.NAME).sum())} NAME) "
          f"from {TRAIN_SETS}")
    weights, hidden = fit_rows(recipe, feats, labels, row_weight, seed=SEED)
    weights = tg.shift_operating_point(weights, raw=args.operating_point, shipped=DEFAULT)
    meta = {
        "trained_on": ",".join(TRAIN_SETS),
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
    if hidden is not None:  # a linear model's meta stays as v9's (its bytes rebuild as they were)
        meta["model"] = f"linear + a hidden layer of {recipe.hidden} tanh units"
    digest = nt.write_weights(args.out, weights, meta, hidden)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 2**20:.2f} MiB) in {time.perf_counter() - start:.0f} s")
    print(f'pin in trainer/redact/name_tagger.py: WEIGHTS_SHA256 = "{digest}"')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
