"""The name tagger's tokens, record keys, candidates and feature ids
(trainer/redact/name_tagger_features.py, name_tagger_keys.py). Made-up text only."""

from __future__ import annotations

import numpy as np
import pytest

from trainer.redact import name_tagger_features as f
from trainer.redact import name_tagger_keys as nk


@pytest.fixture(scope="module")
def featurizer() -> f.Featurizer:
    return f.Featurizer(f.Lexicon.load())


def _keys(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], key) for a, b, key in nk.record_keys(text)]


def test_key_value_lines_as_the_rules_read_them():
    text = "Nachname: Quellbrook\nCity: Ravensholm\nLast_Name = Tovey\nplain line"
    assert _keys(text) == [
        ("Nachname", nk.INKEY),
        ("Quellbrook", "nachname"),
        ("City", nk.INKEY),
        ("Ravensholm", "city"),
        ("Last_Name", nk.INKEY),
        ("Tovey", "last name"),
    ]


def test_table_cells_get_their_column_header():
    text = "id;Passagier;stoel\n7;ROSK/EMMA;12A\n8;LUND/PIA;12B"
    keys = _keys(text)
    assert ("ROSK/EMMA", "passagier") in keys and ("12B", "stoel") in keys
    assert ("7", "id") in keys and len(keys) == 6
    assert nk.record_keys("one, two\nno header here") == []  # a single delimited line is prose


def test_no_key_in_prose_or_urls():
    assert nk.record_keys("We met at 10 and talked.") == []
    assert _keys("see https://example.org/x") == []


@pytest.mark.parametrize(
    ("key", "cls"),
    [("", "none"), (nk.INKEY, "inkey"), ("family name", "NAME"), ("cognome", "NAME"),
     ("guests", "NAME"), ("von", "NAME"), ("phone", "PHONE"), ("total", "other"),
     ("booking reference", "other"), ("company name", "other")],
)
def test_key_class_is_the_kind_the_rules_give_the_key(key, cls):
    assert nk.key_class(key) == cls


def test_shape_and_case_of_emoji_hashtags_and_caps():
    assert f.shape("JaneDoe") == "XxXx" and f.shape("🎉") == "E" and f.shape("O'Neil") == "X'Xx"
    assert f.case("🎉") == "emoji" and f.case("#") == "punct" and f.case("ROSK") == "upper"
    assert f.case("Ilse") == "title" and f.case("ilse") == "lower" and f.case("McVey") == "mixed"


def _cands(featurizer, text, covered=()):
    tokens = f.tokenize(text)
    _rows, cands = featurizer.rows(text, tokens, list(covered))
    return [tokens[i][0] for i in cands]


def test_candidates_are_capitalised_listed_cued_or_keyed(featurizer):
    # capitalised words; a word after a title (and its dot); a person field's value; '#'/'@' tags
    assert _cands(featurizer, "the report by Quillane was late") == ["Quillane"]
    assert _cands(featurizer, "ask mr. quorrowin today") == ["quorrowin"]
    assert _cands(featurizer, "guest: quorrowin zzebly") == ["quorrowin", "zzebly"]
    assert _cands(featurizer, "love it #quorrowin and @zzebly") == ["quorrowin", "zzebly"]
    # no candidate in plain lower-case prose of frequent words, digits or punctuation
    assert _cands(featurizer, "we will meet at the station at 10, ok?") == []


def test_tokens_inside_covered_spans_are_not_candidates(featurizer):
    text = "Thanks Ilse Varn and Bo Tesk"
    assert _cands(featurizer, text) == ["Thanks", "Ilse", "Varn", "Bo", "Tesk"]
    assert _cands(featurizer, text, [(7, 16)]) == ["Thanks", "Bo", "Tesk"]
    assert _cands(featurizer, text, [(7, 12)]) == ["Thanks", "Varn", "Bo", "Tesk"]


def test_feature_ids_fit_the_table_and_depend_on_context(featurizer):
    text = "Passenger: ROSK/EMMA\nROSK is a word here"
    tokens = f.tokenize(text)
    cands, ids = featurizer.features(text, tokens)
    assert ids.shape == (len(cands), f.WIDTH) and ids.dtype == np.uint64
    assert int(ids.max()) < 2**f.BITS
    first, second = (ids[list(cands).index(i)] for i, t in enumerate(tokens) if t[0] == "ROSK")
    assert (first != second).sum() >= 10  # key, neighbours, sentence start differ
    assert (first[f.WIDTH - 1] == second[f.WIDTH - 1])  # the bias id is shared
    assert featurizer.features("", []) [1].shape == (0, f.WIDTH)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case given name that is also a word: a vocative, opening a line, after an emoji
        ("serena, ci sentiamo dopo?", ["serena"]),
        ("grazie mille 🙏 serena, a presto", ["mille", "serena"]),  # "mille" after a greeting
        ("allora mille 🙏 serena, a presto", ["serena"]),
        ("see below\ngrace can host it", ["grace"]),
        # beside another lower-case name, either may be the word-like one
        ("> grace kowalczyk joins in may.", ["grace", "kowalczyk"]),
        # across name particles
        ("dank aan femke van der vries", ["femke", "vries"]),
        ("> ottavia della rosa arriva", ["ottavia", "rosa"]),
        # the same words in running text stay unscored
        ("we had grace and a serena sky today", []),
    ],
)
def test_weak_names_are_candidates_only_where_names_stand(featurizer, text, expected):
    assert _cands(featurizer, text) == expected
