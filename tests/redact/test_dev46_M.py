"""Session 46's M: mending without changing output. One builder of word alternations
(``literal_alternation``; /tmp/M_patterns.py compared every compiled pattern of trainer.redact
at 1dcd965 and after it, three hash seeds: all 1,221 byte-identical), a gate in front of the
acronym-and-number-word label, no word twice in a word list, and one "governed by a person"
veto for the look-alike keeps of things' codes and register slots. Made-up values only."""

import ast
import random
import re
from collections import Counter
from pathlib import Path

import pytest

import trainer.redact as redact_package
from trainer.redact import Redactor, lookalike_ratings, person_role_slots
from trainer.redact import ids_acronym_number as acronym_number
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.lookalike_company_words import governed_by_person

# -- literal_alternation: one builder of "longest word first, escaped" ---------------------------


def test_the_longest_word_comes_first_and_equal_lengths_in_code_point_order():
    assert literal_alternation(("ticket", "e-ticket", "bus", "car")) == r"e\-ticket|ticket|bus|car"
    assert literal_alternation(("car", "bus")) == "bus|car"  # whatever order they come in


def test_each_word_comes_once():
    assert literal_alternation(("no", "nr", "no")) == "no|nr"


def test_a_longer_word_wins_over_its_own_prefix():
    pattern = re.compile("(?:" + literal_alternation(("ticket", "e-ticket")) + ")")
    assert pattern.search("your e-ticket").group() == "e-ticket"


def test_a_blank_matches_a_space_or_a_tab_unless_told_otherwise():
    assert literal_alternation(("site web",)) == r"site[ \t]web"
    assert literal_alternation(("site web",), blank=r"\s") == r"site\sweb"
    assert literal_alternation(("site web",), blank=None) == r"site\ web"


def test_a_hyphen_may_be_given_its_own_pattern():
    assert literal_alternation(("e-meter",), hyphen=r"[ \t-]?") == r"e[ \t-]?meter"
    assert literal_alternation(("e-meter",)) == r"e\-meter"


def test_apostrophes_match_each_other_when_asked():
    both = literal_alternation(("numéro d’identification",), apostrophe=True)
    assert both == r"numéro[ \t]d['’]identification"
    assert re.fullmatch(both, "numéro d'identification")
    assert re.fullmatch(both, "numéro d’identification")
    assert literal_alternation(("d’x",)) == "d’x"


def test_a_caller_may_spell_each_word_itself():
    assert literal_alternation(("ab", "c"), spell=str.upper) == "AB|C"


def test_the_patterns_built_from_tuples_are_pinned():
    # equal lengths in code-point order, whatever the order given (session 47: a set's order
    # followed the hash seed; ``test_dev47_M`` compares every pattern under two seeds)
    assert lookalike_ratings._RATING.pattern == (
        r"\d{1,6}(?:[.,]\d{1,3})?[ \t\u00a0]?(?:kvar|GHz|GWh|MHz|MVA|MWh|MWp|kHz|kVA|kWh|kWp|mAh"
        r"|var|Ah|GW|Hz|MW|VA|Wh|kA|kV|kW|mA|mV|A|V|W)(?=[.,;:!?)]|[ \t]*(?:\n|$))"
    )
    assert person_role_slots._TAIL.pattern.startswith(
        r"(?:[ \t]+(?i:van\ het|of\ the|van\ de|de\ l'|de\ la|de\ l’|dell'|della|dello|das|del|"
    )


# -- ids_acronym_number: a text without an acronym's shape skips the number words ----------------


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members(["Anna Kowalska"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My FNPF number: 123456 thanks", "My FNPF number: [ID] thanks"),
        ("número de DIP: 1234567 ok", "número de DIP: [ID] ok"),
        # no acronym: the number words are words, and no label opens
        ("no, I said no number 123456 to them", "no, I said no number 123456 to them"),
        ("Tengo no 12345678 y nada más", "Tengo no 12345678 y nada más"),
    ],
)
def test_the_acronym_beside_the_number_word_still_opens_its_label(redactor, text, expected):
    assert redactor.redact(text).text == expected


def _token_texts(seed: int, count: int = 3000):
    tokens = (
        "no", "No", "NO", "n", "n°", "nr", "Nr.", "number", "número", "de", "of the", "FNPF",
        "DIP", "AB", "A1", "Ab", "aBC", "PO", "x", "123456", ":", "-", "/", "é",
    )  # fmt: skip
    rng = random.Random(seed)
    for _ in range(count):
        parts = [rng.choice(tokens) for _ in range(rng.randint(1, 7))]
        yield "".join(p + rng.choice((" ", "  ", "\t", "", ". ")) for p in parts)


def test_the_acronym_gate_never_changes_the_labels_found(monkeypatch):
    texts = list(_token_texts(seed=46))
    gated = [acronym_number.acronym_number_ends(t) for t in texts]
    assert sum(map(bool, gated)) > 100  # the texts do hold labels
    monkeypatch.setattr(acronym_number, "_ANY_ACRONYM", re.compile(""))  # always "found"
    assert [acronym_number.acronym_number_ends(t) for t in texts] == gated


def test_the_acronym_gate_closes_on_a_text_without_two_capitals():
    assert acronym_number._ANY_ACRONYM.search("no, no and no: I n° 5 Ab") is None
    assert acronym_number.acronym_number_ends("no, no and no: I n° 5 Ab 123456") == []
    assert acronym_number.acronym_number_ends("FNPF no 123456") == [7]


# -- no word twice in one word list ------------------------------------------------------------

# Lists where a word is meant to stand twice (none today): "module.py:NAME" -> why.
_DUPLICATES_ALLOWED: dict[str, str] = {}


def _word_lists(source: str):
    """(line, words) of every tuple, list or set literal of strings and every ``"...".split()``
    at module level (inside functions and classes a list may be data of another kind)."""
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for node in ast.walk(statement):
            if isinstance(node, ast.Tuple | ast.List | ast.Set) and node.elts:
                if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                    yield node.lineno, [e.value for e in node.elts]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                yield node.lineno, node.func.value.value.split(*(a.value for a in node.args))


def test_no_word_list_of_the_redaction_engine_holds_a_word_twice():
    found = []
    for path in sorted(Path(redact_package.__file__).parent.glob("*.py")):
        for line, words in _word_lists(path.read_text(encoding="utf-8")):
            twice = sorted(w for w, n in Counter(words).items() if n > 1)
            if twice and f"{path.name}:{line}" not in _DUPLICATES_ALLOWED:
                found.append(f"{path.name}:{line} {twice}")
    assert found == []


def test_the_duplicate_scan_sees_each_kind_of_list():
    source = 'A = ("x", "y", "x")\nB = frozenset("p q p".split())\nC = "a|b|a".split("|")\n'
    source += 'def f():\n    return ["z", "z"]\n'
    assert [
        sorted(w for w, n in Counter(ws).items() if n > 1) for _, ws in _word_lists(source)
    ] == [["x"], ["p"], ["a"]]


# -- one "governed by a person" veto for the code keeps of things and of register slots --------


def test_a_possessive_or_a_personal_word_in_the_window_governs():
    assert governed_by_person("see her ear tag", 4, 8, [])
    assert not governed_by_person("see the ear tag", 4, 8, [])
    # a subject pronoun governs a verb, not the noun: a caller may leave it out
    assert governed_by_person("je compteur", 0, 3, [])
    assert not governed_by_person("je compteur", 0, 3, [], except_words=frozenset({"je"}))


def test_a_name_overlapping_the_window_governs_unless_it_must_start_inside():
    text = "Mary Anna ear tag"  # a name at 0-9, the window "Anna " at 5-10
    assert governed_by_person(text, 5, 10, [(0, 9)])
    assert not governed_by_person(text, 5, 10, [(0, 9)], names_start_inside=True)
    assert governed_by_person(text, 0, 10, [(0, 9)], names_start_inside=True)
    assert not governed_by_person(text, 10, 17, [(0, 9)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing's code: the three words before its noun
        ("The ear tag DE 0123 4567 89 was lost.", "The ear tag DE 0123 4567 89 was lost."),
        ("Her ear tag DE 0123 4567 89 was lost.", "Her ear tag DE [PHONE] was lost."),
        ("Je compteur 1234 5678 9012 ok.", "Je compteur 1234 5678 9012 ok."),
        # a name outside the three words does not govern the thing's noun (the narrower veto)
        (
            "Anna Kowalska said the new ear tag DE 0123 4567 89 was lost.",
            "[NAME] said the new ear tag DE 0123 4567 89 was lost.",
        ),
        # a register slot: the whole sentence
        ("Company registration: 12345678 (ACME).", "Company registration: 12345678 (ACME)."),
        ("My company registration: 12345678.", "My company registration: [ID]."),
        (
            "Company registration: 12345678 (Anna Kowalska).",
            "Company registration: [ID] ([NAME]).",
        ),
    ],
)
def test_the_keeps_veto_a_code_a_person_governs(redactor, text, expected):
    assert redactor.redact(text).text == expected
