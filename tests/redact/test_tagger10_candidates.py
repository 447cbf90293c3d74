"""Tagger v4's candidates (trainer/redact/name_tagger_features.py, name_tagger_candidates.py):
the commonest words of the languages with no dictionary here (name_tagger_words.txt, flag N)
make a lower-case listed name a weak one, vetted given names stay candidates, and a greeting
cues a vocative. Made-up text; words from frequency lists, not from any evaluation set."""

from __future__ import annotations

from importlib import resources

import pytest

from trainer.redact import name_tagger_features as f
from trainer.redact.name_tagger_candidates import GREETINGS


@pytest.fixture(scope="module")
def featurizer() -> f.Featurizer:
    return f.Featurizer(f.Lexicon.load())


def _cands(featurizer: f.Featurizer, text: str) -> list[str]:
    tokens = f.tokenize(text)
    _rows, cands = featurizer.rows(text, tokens)
    return [tokens[i][0] for i in cands]


def _words(name: str) -> set[str]:
    text = resources.files("trainer.redact").joinpath(name).read_text(encoding="utf-8")
    return {s.lower() for line in text.splitlines() if (s := line.strip()) and s[0] != "#"}


def test_the_word_list_is_lower_case_words_with_its_source():
    head = resources.files("trainer.redact").joinpath("name_tagger_words.txt").read_text(
        encoding="utf-8"
    ).splitlines()[:2]
    assert head[0].startswith("# The 2000 most frequent words") and "wordfreq" in head[1]
    words = _words("name_tagger_words.txt")
    assert 10_000 < len(words) < 18_000
    assert all(w == w.lower() and w.isalpha() for w in words)
    # words of each language; a vetted given name is never listed (fail closed)
    assert {"noc", "matka", "kolik", "hayat"} <= words
    assert not words & _words("given_names_alone.txt")


@pytest.mark.parametrize("word", ["noc", "matka", "hayat"])
def test_a_listed_surname_that_is_a_frequent_word_is_weak_in_lower_case(featurizer, word):
    # flagged as a name by the surname/given lists, and N says it is a word
    flags = featurizer.lexicon.flags(word)
    assert "N" in flags and {"G", "S"} & set(flags) and "W" not in flags
    assert _cands(featurizer, f"to byla {word} a potom nic") == []  # running text: no candidate
    # the same word where names stand is scored: beside a listed name, before a comma,
    # capitalised
    assert _cands(featurizer, f"to byla aabid {word} a potom") == ["aabid", word]
    assert _cands(featurizer, f"{word}, to byla") == [word]
    assert _cands(featurizer, f"to byla {word.title()} a potom") == [word.title()]


def test_a_vetted_given_name_stays_a_candidate_in_lower_case(featurizer):
    assert "n" not in featurizer.lexicon.flags("aabid").lower().replace("g", "").replace("s", "")
    assert _cands(featurizer, "ask aabid about it") == ["aabid"]


@pytest.mark.parametrize("greeting", ["thanks", "hi", "kiitos", "merhaba", "takk", "ahoj"])
def test_a_greeting_cues_a_lower_case_name_that_is_a_word(featurizer, greeting):
    assert greeting in GREETINGS
    assert "W" in featurizer.lexicon.flags("rose")  # a weak given name: also a word
    # (a greeting that a name list holds, "hi", "ahoj", may be scored itself)
    assert _cands(featurizer, f"{greeting} rose for the help")[-1:] == ["rose"]
    # the same word after any other word stays unscored
    assert _cands(featurizer, "the rose for the garden") == []
