"""The opt-in learned name tagger (trainer/redact/name_tagger.py): off by default and then
invisible; on, it adds NAME spans for name forms the rules miss; its threshold is validated;
its weights are refused unless their sha256 is the pinned one; the manifest records them."""

from __future__ import annotations

import hashlib
import pickle
import shutil

import pytest

from trainer.errors import UserError
from trainer.redact import Redactor
from trainer.redact import name_tagger as nt

ROSTER = ["Jane Doe", "Søren Müller-Schmidt"]
# Made-up people who are no members, in forms the rules do not catch (checked below).
MISSED_BY_RULES = [
    ("en", "Lunch with Tallowby and Haverkamp."),
    ("de", "Essen mit Oosterwijk und Haverkamp."),
    ("fr", "Selon Hollstedt, il pleut."),
    ("es", "Cena con Oosterwijk y Haverkamp."),
    ("it", "Secondo Brunacci, piove."),
    ("pt", "Segundo Hollstedt, chove."),
    ("nl", "Haverkamp heeft het gebracht."),
]
NAMES = ("Tallowby", "Haverkamp", "Oosterwijk", "Hollstedt", "Brunacci")
PLAIN = [
    "Jane Doe will bring the cake; call 030 1234567 or mail jane@example.org.",
    "The meeting moved to Thursday, the agenda is in the shared folder.",
    "Søren and Ana walked to the station in the rain.",
]


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=True)


@pytest.fixture(scope="module")
def tagged_recall() -> Redactor:
    """The tagger below its default threshold: at the default (raw P(NAME) 0.7 since v5,
    train_name_tagger.py) an unlisted made-up surname in a short sentence ("Ask Tallowby about
    ...") may stay; a lower threshold buys that recall back."""
    return Redactor.from_members(ROSTER, name_tagger=True, name_tagger_threshold=0.2)


def test_off_by_default_changes_nothing(rules, monkeypatch):
    def never(*_args, **_kwargs):
        raise AssertionError("the tagger ran although it is off")

    monkeypatch.setattr(nt, "find_tagged_names", never)
    explicit = Redactor.from_members(ROSTER, name_tagger=False, name_tagger_threshold=0.5)
    for text in PLAIN + [t for _, t in MISSED_BY_RULES]:
        assert explicit.redact(text) == rules.redact(text)
    assert rules.config_summary()["name_tagger"] == {"enabled": False}
    assert explicit.config_summary() == rules.config_summary()


@pytest.mark.parametrize(("lang", "text"), MISSED_BY_RULES, ids=[x[0] for x in MISSED_BY_RULES])
def test_on_it_redacts_names_the_rules_miss(rules, tagged_recall, lang, text):
    assert rules.redact(text).text == text, "the rules catch this one now: pick another"
    out = tagged_recall.redact(text)
    assert "[NAME]" in out.text and not any(n in out.text for n in NAMES), (lang, out.text)
    assert all(s.type == "NAME" for s in out.spans)


def test_on_it_only_adds_spans(rules, tagged):
    for text in PLAIN:
        base = {(s.start, s.end) for s in rules.redact(text).spans}
        spans = tagged.redact(text).spans
        assert all(any(s.start <= a and b <= s.end for s in spans) for a, b in base), text


def test_names_off_means_no_tagger_hits():
    only_email = Redactor.from_members(ROSTER, name_tagger=True, enabled_types=["EMAIL"])
    for _, text in MISSED_BY_RULES:
        assert only_email.redact(text).text == text


@pytest.mark.parametrize("threshold", [0, 0.0, 1, 1.0, -0.2, 1.5, True, "0.7", None, float("nan")])
def test_threshold_must_be_in_the_open_unit_interval(threshold):
    with pytest.raises(UserError, match="redaction.name_tagger_threshold"):
        Redactor.from_members(ROSTER, name_tagger=True, name_tagger_threshold=threshold)


def test_switch_must_be_a_bool():
    with pytest.raises(UserError, match="redaction.name_tagger:"):
        Redactor.from_members(ROSTER, name_tagger="yes")


def test_tampered_weights_are_refused(tmp_path, monkeypatch):
    bad = tmp_path / "name_tagger.npz"
    shutil.copyfile(nt.WEIGHTS_FILE, bad)
    data = bytearray(bad.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    monkeypatch.setattr(nt, "WEIGHTS_FILE", bad)
    with pytest.raises(UserError, match=r"name_tagger\.npz: sha256 .* not the pinned") as err:
        Redactor.from_members(ROSTER, name_tagger=True)
    assert "\n" not in str(err.value) and "train_name_tagger.py" in str(err.value)
    monkeypatch.setattr(nt, "WEIGHTS_FILE", tmp_path / "missing.npz")
    with pytest.raises(UserError, match="missing.npz: cannot read"):
        Redactor.from_members(ROSTER, name_tagger=True)


def test_config_summary_records_the_verified_digest(tagged):
    summary = tagged.config_summary()["name_tagger"]
    digest = hashlib.sha256(nt.WEIGHTS_FILE.read_bytes()).hexdigest()
    assert summary == {
        "enabled": True,
        "threshold": 0.7,
        "weights": f"name_tagger.npz: sha256 {digest}",
        "trained_on": [
            "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird",
            "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth",
            "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird",
            "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth",
            "thirtyninth",
        ],
        "lexicon": nt.lexicon_status(),
    }
    assert summary["lexicon"] == "as trained" or "rebuild" in summary["lexicon"]
    assert nt.WEIGHTS_SHA256 == digest
    assert nt.WEIGHTS_FILE.stat().st_size <= 5 * 2**20


def test_deterministic_across_calls_batches_and_pickling(tagged):
    texts = PLAIN + [t for _, t in MISSED_BY_RULES]
    first = [tagged.redact(t) for t in texts]
    assert [tagged.redact(t) for t in texts] == first
    assert pickle.loads(pickle.dumps(tagged)).redact_batch(texts)[0] == [r.text for r in first]
    # one text scored alone or in a batch of others gets the same probabilities
    tagger = nt.load_tagger()
    alone = [tagger.probs(t)[1] for t in texts]
    together = [p for _, p in tagger.probs_many(texts)]
    assert all((a == b).all() for a, b in zip(alone, together, strict=True))


def test_lower_threshold_redacts_at_least_as_much():
    texts = PLAIN + [t for _, t in MISSED_BY_RULES]
    for text in texts:
        hi = {(a, b) for _, a, b in nt.find_tagged_names(text, threshold=0.9)}
        lo = nt.find_tagged_names(text, threshold=0.3)
        assert all(any(s <= a and b <= e for _, s, e in lo) for a, b in hi), text


def test_covered_tokens_are_skipped_and_the_union_is_the_same():
    text = "Lunch with Ilse Varnhagen, then Bo Lindqvist called."
    full = nt.find_tagged_names(text, threshold=0.5)
    assert full, "the tagger finds none of these names: pick others"
    first = full[0]
    rest = nt.find_tagged_names(text, threshold=0.5, covered=[first])
    assert rest == full[1:]  # nothing inside the covered hit is scored again
    tokens, probs = nt.load_tagger().probs(text, [(first[1], first[2])])
    inside = [i for i, (_t, s, e) in enumerate(tokens) if first[1] <= s and e <= first[2]]
    assert inside and all(probs[i].tolist() == [1.0, 0.0, 0.0] for i in inside)


def test_only_candidate_tokens_get_a_probability():
    text = "we met at the station at 10, and then Quorrowin Tesk arrived."
    tokens, probs = nt.load_tagger().probs(text)
    scored = [t for (t, _s, _e), p in zip(tokens, probs, strict=True) if p[0] != 1.0]
    assert scored == ["Quorrowin", "Tesk"]


def test_the_redactor_skips_rule_spans_without_changing_the_union(rules, tagged):
    from trainer.redact.engine import merge_hits

    texts = PLAIN + [t for _, t in MISSED_BY_RULES] + [
        "Jane Doe met Quorrowin Tesk at 4 Elm Road, London SW1A 1AA; mail tesk@example.org.",
        "Passenger: VARNHAGEN/ILSE MS\nGuests:\n- Bo Lindqvist\n- Ada Quillane",
    ]
    for text in texts:
        rule_hits = [(s.type, s.start, s.end) for s in rules.detect(text)]
        everything = nt.find_tagged_names(text, threshold=0.7)  # every candidate scored
        assert tagged.detect(text) == merge_hits(rule_hits + everything), text
