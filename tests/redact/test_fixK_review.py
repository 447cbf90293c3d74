"""Review rev16 fixes (fixK): people who share a brand's name (F4), a name run redacted whole
and Icelandic patronymics (F11), Cyrillic/Greek look-alike letters in a Latin name (F13), the
Icelandic eth folded for matching (F7). Each leak's probe is redacted here, with the tagger on
and off and through ``redact_batch`` alike; each brand written as a brand stays. Made-up
values only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.confusables import fold_confusables
from trainer.redact.eponym_company import company_evidence
from trainer.redact.eponym_evidence import person_evidence
from trainer.redact.folding import fold
from trainer.redact.name_runs import extend_name_runs, patronymic_hits


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "tagger"])
def either(request) -> Redactor:
    return Redactor.from_members(["Maria Santos"], name_tagger=request.param)


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members(["Maria Santos"], name_tagger=True)


def _same_in_batch(redactor: Redactor, text: str) -> str:
    out = redactor.redact(text).text
    assert redactor.redact_batch([text, "nothing here"])[0][0] == out
    return out


# --- F4: a person who shares a listed company's name -----------------------------------------
PEOPLE = [
    ("Thanks to my coach Ted Baker for the training plan!", "Ted Baker"),
    ("My daughter Kate Spade, 7, loves drawing.", "Kate Spade"),
    ("I talked to John Lewis yesterday, he's my brother-in-law.", "John Lewis"),
    ("Paul Smith lent me his ladder.", "Paul Smith"),
    ("Kate Spade is my cousin's name, she is a nurse.", "Kate Spade"),
    ("Michael Kors and his wife Sarah Kors came to dinner.", "Kors"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_person_with_a_brand_name_is_redacted(either: Redactor, text: str, name: str) -> None:
    out = _same_in_batch(either, text)
    assert name not in out and "[NAME]" in out, out


BRANDS = [
    "I bought a Paul Smith shirt.",
    "I love my new Kate Spade bag.",
    "Hugo Boss shares fell 3% today.",
    "We went shopping at John Lewis on Saturday.",
    "Ted Baker has a new collection out.",
]


@pytest.mark.parametrize("text", BRANDS)
def test_brand_in_company_context_stays(either: Redactor, text: str) -> None:
    assert _same_in_batch(either, text) == text


def test_person_evidence_beats_a_product_word_only_when_strong() -> None:
    text = "My daughter Kate Spade, 7, loves drawing."
    assert person_evidence(text, 12, 22)
    bag = "I bought a Kate Spade bag for her birthday."
    assert not person_evidence(bag, 11, 21) and company_evidence(bag, 11, 21)


# --- F11: the whole run of name words; Icelandic patronymics ---------------------------------
RUNS = [
    ("Hello, I am Okello Brian Mukasa.", "Hello, I am [NAME]."),
    ("Ég hitti Hrafnhildi Ketilsdóttur og Ólaf Þórsson í gær.", "Ég hitti [NAME] og [NAME] í gær."),
    ("Le vi en aeropuerto Pablo Ruiz, mi primo, que venía de Lima.", None),
]


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_name_run_redacted_whole(either: Redactor, text: str, expected: str | None) -> None:
    out = _same_in_batch(either, text)
    if expected is None:
        assert "Pablo" not in out and "Ruiz" not in out, out
    else:
        # the tagger may tag one word of the run on its own: adjacent tags, nothing kept
        assert out.replace("[NAME] [NAME]", "[NAME]") == expected, out


def test_sentence_initial_given_name_joins_the_tagged_surname(tagged: Redactor) -> None:
    assert _same_in_batch(tagged, "Dorin Popescu mi-a zis că vine.") == "[NAME] mi-a zis că vine."
    # an imperative that the lists also hold as a name stays a word
    assert _same_in_batch(tagged, "Meet Teodora III today") == "Meet [NAME] III today"


def test_run_extension_stops_at_titles_punctuation_and_common_words() -> None:
    text = "Yesterday Dr Anna Berg Street, Brian met us."
    hits = [("NAME", 13, 22), ("NAME", 31, 36)]  # "Anna Berg", "Brian"
    assert extend_name_runs(text, hits) == hits
    okello = "I am Okello Brian Mukasa."
    assert extend_name_runs(okello, [("NAME", 12, 24)]) == [("NAME", 5, 24)]
    # a lone given name pulls in no unlisted word; nor does a German noun ("Haus")
    assert extend_name_runs("I am Obwarezi Brian.", [("NAME", 14, 19)]) == [("NAME", 14, 19)]
    # "Okello" is a listed (Kenyan and Ugandan) name since dev35 N: the run is the whole name
    assert extend_name_runs("I am Okello Brian.", [("NAME", 12, 17)]) == [("NAME", 5, 17)]
    haus = "Abendessen im Haus Quistorp am Samstag."
    assert extend_name_runs(haus, [("NAME", 19, 27)]) == [("NAME", 19, 27)]


def test_patronymics_are_surnames_english_son_words_are_not() -> None:
    text = "Talaði við Ólaf Þórsson og Jónsdóttur. Jackson, Madison, Lesson."
    assert [text[s:e] for _k, s, e in patronymic_hits(text)] == ["Ólaf Þórsson", "Jónsdóttur"]


# --- F13: look-alike letters from other scripts ----------------------------------------------
def test_mixed_script_name_is_redacted(either: Redactor) -> None:
    text = "Hi I am L\u0430ura F\u0456scher, call me."
    assert _same_in_batch(either, text) == "Hi I am [NAME], call me."


def test_confusables_fold_one_for_one_and_only_mixed_words() -> None:
    text = "L\u0430ura F\u0456scher и Мария"
    folded = fold_confusables(text)
    assert folded == "Laura Fischer и Мария" and len(folded) == len(text)
    assert fold_confusables("plain ascii") == "plain ascii"


# --- F7: the Icelandic eth -------------------------------------------------------------------
def test_eth_folds_to_d_without_changing_length() -> None:
    assert fold("Guðrún Ð") == "gudrun d"


@pytest.mark.parametrize(
    ("member", "text"),
    [
        ("Guðrún Sigurðardóttir", "Gudrun sagði nei"),
        ("Gudrun Sigurdardottir", "Guðrún Sigurðardóttir sagði nei"),
        ("Þór Jónsson", "Thor Jonsson said hi"),
    ],
)
def test_member_matched_across_icelandic_letters(member: str, text: str) -> None:
    for tagger in (False, True):
        redactor = Redactor.from_members([member], name_tagger=tagger)
        out = _same_in_batch(redactor, text)
        assert out.startswith("[NAME]"), (tagger, out)


# The speed gates (fixK speed 2) only skip work that finds nothing: pinned against the ungated
# search on random texts made of the characters the gates read.
_GATE_CHARS = ["a", "o", "B", "Ó", "é", "ð", "Þ", "1", "²", "_", "-", "'", ".", " ", "\t", "\n"]
_GATE_PIECES = ["sson", "son", "ssyni", "syni", "dóttir", "dottur", "ar", "Jón", "Less", "Per"]


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    pool = _GATE_CHARS + _GATE_PIECES
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _patronymics_ungated(text: str) -> list:
    from trainer.redact.name_runs import _DOUBLE, _SINGLE, _patronymic_at

    icelandic = any(letter in text for letter in "ðþæÐÞÆ")
    hits: list = []
    for suffix in _DOUBLE + _SINGLE if icelandic else _DOUBLE:
        at = text.find(suffix)
        while at >= 0:
            hit = _patronymic_at(text, at, at + len(suffix))
            if hit is not None and hit not in hits:
                hits.append(hit)
            at = text.find(suffix, at + 1)
    return hits


def test_patronymic_gates_skip_no_patronymic() -> None:
    texts = _random_texts(20000, seed=11)
    assert sum(bool(patronymic_hits(t)) for t in texts) > 100  # the texts do hold some
    for text in texts:
        assert patronymic_hits(text) == _patronymics_ungated(text), text
    assert patronymic_hits("a lesson, a person, Lesson") == []


def test_capital_before_gate_never_hides_a_capitalised_word() -> None:
    from trainer.redact.name_runs import _WORD_BEFORE, _capital_before

    for text in _random_texts(5000, seed=12):
        for start in range(len(text) + 1):
            m = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if m is not None and m[1][:1].isupper():
                assert _capital_before(text, start), (text, start)


def test_repeated_name_hits_grow_alike() -> None:
    okello = "I am Okello Brian Mukasa."
    hits = [("NAME", 12, 24), ("EMAIL", 0, 1), ("NAME", 12, 24)]
    assert extend_name_runs(okello, hits) == [("EMAIL", 0, 1), ("NAME", 5, 24), ("NAME", 5, 24)]
    assert extend_name_runs("a lesson", [("EMAIL", 0, 1)]) == [("EMAIL", 0, 1)]
    # "$" in the word-before search also matches before a newline: the run grows as it did
    broken = "I am Okello \nBrian Mukasa met us."
    assert extend_name_runs(broken, [("NAME", 13, 25)]) == [("NAME", 5, 25)]


# --- review 17, finding 9: the patronymic's word before must be a given name; legal forms ----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt Andersson blir det bra.", "Enligt [NAME] blir det bra."),
        ("Fyrirtækið Magnússon ehf. opnar í dag.", "Fyrirtækið Magnússon ehf. opnar í dag."),
        ("Ráðgjafi: Jónsson & Co. sér um bókhaldið.", "Ráðgjafi: Jónsson & Co. sér um bókhaldið."),
        ("Við Anna Jónsdóttir fórum heim.", "Við [NAME] fórum heim."),
        ("Ég hitti Sigríði Jónsdóttur í gær.", "Ég hitti [NAME] í gær."),
    ],
)
def test_patronymic_takes_only_a_given_name_before_and_no_company(text: str, expected: str) -> None:
    rules = Redactor.from_members([], name_tagger=False)
    assert _same_in_batch(rules, text) == expected
