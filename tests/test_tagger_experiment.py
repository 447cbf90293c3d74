"""The learned-tagger experiment of issue #10 (trainer_dev.tagger, trainer_dev.tagger_experiment):
tokens and offsets, labels from item values, a tiny training run that learns, span merging and
the union with rule spans. Made-up text only."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np
import pytest

from trainer_dev import tagger as tg
from trainer_dev import tagger_augment, tagger_v1
from trainer_dev import tagger_experiment as te
from trainer_dev.tagger_augment import augment


@dataclass
class FakePost:
    text: str
    items: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    pii_free: bool = False
    locale: str = "en"


@pytest.fixture(scope="module")
def featurizer():
    return tg.Featurizer(tg.Lexicon.load())


def test_tokens_keep_offsets():
    text = "Ms. O'Hara-Smith paid 12,50 €\nat 4 Elm Rd."
    for tok, start, end in tg.tokenize(text):
        assert text[start:end] == tok
    assert "O'Hara-Smith" in [t for t, _, _ in tg.tokenize(text)]


def test_labels_from_values():
    post = FakePost(
        "Ask Tilda Vormbrook at 4 Elm Rd, or @Tilda Vormbrook.",
        items=[("PERSON", ["w:Vormbrook"], "Tilda Vormbrook"), ("ADDRESS", ["t:Elm"], "4 Elm Rd")],
    )
    tokens = tg.tokenize(post.text)
    labels = dict(zip([t for t, _, _ in tokens], te.token_labels(post, tokens), strict=True))
    assert labels["Tilda"] == labels["Vormbrook"] == 1  # both occurrences
    assert labels["Elm"] == labels["4"] == labels["Rd"] == 2
    assert labels["Ask"] == labels["@"] == labels[","] == 0


def test_a_tiny_model_learns(featurizer):
    given = ["Tilda", "Oskar", "Brit", "Jorun", "Mads", "Ilse"]
    family = ["Vormbrook", "Quillane", "Ostervald", "Pellhurst", "Danvik", "Roswall"]
    posts = []
    for i in range(120):
        name = f"{given[i % 6]} {family[(i * 5) % 6]}"
        posts.append(FakePost(f"Thanks to {name} for the Review.", [("PERSON", [], name)]))
        posts.append(FakePost("Thanks to the Team for the Review.", pii_free=True))
    feats, labels = [], []
    for post in posts:
        tokens = tg.tokenize(post.text)
        cands, ids = featurizer.features(post.text, tokens)
        feats.append(ids)
        labels.append(te.token_labels(post, tokens)[cands])
    feats, labels = np.concatenate(feats), np.concatenate(labels)
    # candidates only: the capitalised words (Thanks, the name or Team, Review): 4 + 3 a pair
    assert feats.shape == (len(labels), tg.WIDTH) == (840, tg.WIDTH)
    tagger = tg.Tagger(tg.train(feats, labels, epochs=3), featurizer)
    text = "Thanks to Brit Roswall for the Review."
    tokens, probs = tagger.probs(text)
    spans = tg.tag_spans(text, tokens, probs, 0.5)
    assert [text[s:e] for _, s, e in spans] == ["Brit Roswall"]
    assert probs[[i for i, t in enumerate(tokens) if t[0] == "to"][0]].tolist() == [1, 0, 0]
    assert tagger.weights.size * 2 <= 5 * 2**20  # float16 on disk


def test_the_v1_baseline_scores_every_token():
    v1 = tagger_v1.AllTokens()
    text = "Thanks to Brit Roswall, 12 times."
    tokens = tg.tokenize(text)
    cands, ids = v1.features(text, tokens)
    assert cands.tolist() == list(range(len(tokens))) and ids.shape == (len(tokens), 30)
    assert int(ids.max()) < 2**tagger_v1.BITS


def test_featurize_set_samples_with_a_fixed_seed(featurizer):
    a = te.featurize_set("fourth", featurizer, 40, 0)
    b = te.featurize_set("fourth", featurizer, 40, 0)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert a[0].dtype == np.uint32 and len(a[0]) == len(a[1]) and 0 < a[3] <= a[2]


def test_union_merges_and_replaces():
    text = "Meet Ana Lind at noon"
    spans = te._merge([("PERSON", 5, 8), ("NAME", 9, 13), ("NAME", 17, 21)])
    assert spans == [["PERSON", 5, 8], ["NAME", 9, 13], ["NAME", 17, 21]]
    assert te._merge([("PERSON", 5, 10), ("NAME", 9, 13)]) == [["PERSON", 5, 13]]
    assert te._apply(text, spans) == "Meet [PERSON] [NAME] at [NAME]"


def test_score_uses_the_sets_leak_rule():
    score = te.Score()
    post = FakePost("Meet Ana Lind", items=[("PERSON", ["Lind"], "Ana Lind")], lookalikes=["Meet"])

    def leaked(redacted, fragments, background):
        return any(f in redacted and f not in background for f in fragments)

    score.add(post, "Meet [NAME]", 1, leaked)
    score.add(post, "Meet Ana Lind", 0, leaked)
    report = score.report()
    assert report["recall"]["PERSON"] == 0.5 and report["lookalike_survival"] == 1.0


@pytest.mark.parametrize(
    ("form", "out"),
    [
        ("lower", "ilse van varn"),
        ("upper", "ILSE VAN VARN"),
        ("hashtag", "#IlseVanVarn"),
        ("inverted", "Varn, Ilse van"),
        ("airline", "VARN/ILSE"),
        ("initial", "I. Varn"),
        ("surname", "Varn"),
    ],
)
def test_name_forms(form, out):
    assert tagger_augment.name_form("Ilse van Varn", form) == out


def test_one_word_names_keep_the_forms_that_need_two():
    assert tagger_augment.name_form("Quorrow", "inverted") == "Quorrow"
    assert tagger_augment.name_form("Quorrow", "hashtag") == "#Quorrow"


def test_augmented_labels_follow_the_rewritten_value():
    post = FakePost(
        "Thanks Ilse Varn! Ilse Varn will host.", items=[("PERSON", ["w:Varn"], "Ilse Varn")]
    )
    variant = tagger_augment._rewrite(post.text, post.items, "airline")
    assert variant.text == "Thanks VARN/ILSE! VARN/ILSE will host."
    tokens = tg.tokenize(variant.text)
    labels = te.token_labels(variant, tokens)
    assert [t for (t, _s, _e), y in zip(tokens, labels, strict=True) if y == 1] == [
        "VARN", "ILSE", "VARN", "ILSE"
    ]


def test_augment_is_seeded_and_covers_every_kind():
    post = FakePost("Ask Ilse Varn.", items=[("PERSON", [], "Ilse Varn")])
    free = FakePost("Nothing here.", pii_free=True)

    def run(seed):
        rng = random.Random(seed)
        return [(v.text, v.pii_free) for p in [post, free] * 200 for v in augment(p, rng)]

    assert run(1) == run(1)
    texts = {t for t, _ in run(1)}
    assert {"ASK ILSE VARN.", "ask ilse varn.", "NOTHING HERE.", "nothing here."} <= texts
    assert {"Ask #IlseVarn.", "Ask Varn, Ilse.", "Ask I. Varn."} <= texts
    assert all(free for t, free in run(1) if t.lower() == "nothing here.")


def test_the_lower_policy_writes_only_the_lower_case_of_chat():
    post = FakePost("Ask Ilse Varn.", items=[("PERSON", [], "Ilse Varn")])
    free = FakePost("Nothing here.", pii_free=True)
    rng = random.Random(3)
    texts = {v.text for p in [post, free] * 200 for v in augment(p, rng, "lower")}
    assert texts == {"ask ilse varn.", "Ask ilse varn.", "nothing here."}


def test_the_baseline_featurizer_is_the_committed_one():
    """At HEAD the predecessor loaded from git is today's featurizer: same candidates and ids."""
    text = "Guest: quorrowin\nThanks Ilse Varn, see you at 10 #Tesk"
    tokens = tg.tokenize(text)
    old = te.featurizer_at("HEAD")
    new = tg.Featurizer(tg.Lexicon.load())
    for got, want in zip(old.features(text, tokens), new.features(text, tokens), strict=True):
        assert np.array_equal(got, want)


def test_a_failing_git_call_says_what_failed_and_exits_non_zero():
    """A bad revision: one line naming the git command and git's own message, exit code 1
    (SystemExit with a message), not a CalledProcessError traceback with git's words hidden."""
    with pytest.raises(SystemExit) as err:
        te.featurizer_at("no-such-rev-0000")
    message = err.value.code
    assert isinstance(message, str) and "\n" not in message
    assert message.startswith(
        "error: git show no-such-rev-0000:trainer/redact/name_tagger_keys.py failed (exit 128): "
    )
    assert "no-such-rev-0000" in message.split("failed", 1)[1]  # git's own message follows


def test_a_missing_git_or_repository_also_fails_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(te, "ROOT", tmp_path)  # no repository here
    with pytest.raises(SystemExit, match=r"^error: git rev-parse HEAD failed \(exit 128\): "):
        te._git("rev-parse", "HEAD")
    assert te._git("cat-file", "-e", "HEAD:nowhere", missing_ok=True) is None  # a probe
    monkeypatch.setenv("PATH", str(tmp_path))  # no git at all
    with pytest.raises(SystemExit, match=r"^error: git rev-parse HEAD: cannot run git \("):
        te._git("rev-parse", "HEAD")


def test_the_cli_exits_non_zero_with_the_git_error(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "trainer_dev.tagger_experiment", "--holdout", "fresh",
         "--model", "v2", "--baseline", "no-such-rev-0000"],
        capture_output=True, text=True, cwd=te.ROOT, timeout=300,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("error: git show no-such-rev-0000:") and done.stderr.count(
        "\n") == 1


def test_the_grid_is_checked_before_any_set_is_made(capsys):
    with pytest.raises(SystemExit) as err:
        te.main(["--holdout", "fresh", "--model", "shipped", "--threshold", "0.7",
                 "--threshold", "1.5"])
    assert err.value.code == 2 and "--threshold must be in (0, 1)" in capsys.readouterr().err


def test_evaluate_scores_the_given_grid(featurizer):
    post = FakePost("Thanks to Brit Roswall for the Review.",
                    items=[("PERSON", ["Roswall"], "Brit Roswall")])

    def leaked(redacted, fragments, background):
        return any(f in redacted for f in fragments)

    weights = np.zeros((1 << tg.BITS, 3), dtype=np.float32)  # P(NAME) = 1/3 for every candidate
    report = te.evaluate([post], leaked, [[]], {"fp_per_1000_words": 0.0},
                         tg.Tagger(weights, featurizer), thresholds=(0.3, 0.4))
    assert list(report["grid"]) == ["t=0.3", "t=0.4"]
    assert report["grid"]["t=0.3"]["recall"]["PERSON"] == 1.0
    assert report["grid"]["t=0.4"]["recall"]["PERSON"] == 0.0
    assert report["grid"]["t=0.3"]["names_recall"] == 1.0
