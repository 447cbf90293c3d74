"""Session 46's M: mending without changing output. One builder of word alternations
(``literal_alternation``), ... . /tmp/M_patterns.py compared every compiled pattern of
trainer.redact at 1dcd965 and after the change (three hash seeds): all 1,221 byte-identical."""

import re

from trainer.redact import lookalike_ratings, person_role_slots
from trainer.redact.literal_alternation import literal_alternation

# -- literal_alternation: one builder of "longest word first, escaped" ---------------------------


def test_the_longest_word_comes_first_and_equal_lengths_keep_their_order():
    assert literal_alternation(("ticket", "e-ticket", "bus", "car")) == r"e\-ticket|ticket|bus|car"
    assert literal_alternation(("car", "bus")) == "car|bus"


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
    # tuples keep their order (a set's order follows the hash seed, so it is not pinned here)
    assert lookalike_ratings._RATING.pattern == (
        r"\d{1,6}(?:[.,]\d{1,3})?[ \t\u00a0]?(?:kvar|kWh|MWh|GWh|kVA|MVA|mAh|kHz|MHz|GHz|kWp|MWp"
        r"|var|kV|mV|mA|kA|kW|MW|GW|Wh|VA|Ah|Hz|V|A|W)(?=[.,;:!?)]|[ \t]*(?:\n|$))"
    )
    assert person_role_slots._TAIL.pattern.startswith(
        r"(?:[ \t]+(?i:van\ het|of\ the|van\ de|de\ la|de\ l'|de\ l’|della|dello|dell'|del|"
    )
