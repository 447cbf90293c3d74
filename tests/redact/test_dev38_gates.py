"""The literal gates in front of two scans the review added (person_title_nicknames,
person_network_names): a gate may only skip posts the scan could not hit, so the hits are the
scan's own. Checked over 212,496 posts (bench, every development set) against the ungated
functions when the gates were added; these pin the edges."""

import re

from trainer.redact import person_network_names as net
from trainer.redact import person_title_nicknames as nick
from trainer.redact.person_words import SURNAMES, TITLES, TOP


def test_nickname_gate_holds_exactly_the_titles_the_rule_can_return():
    # the scan's word is [A-Z][a-z]+; the rule keeps it when it is a title, a surname, not top
    can_return = {
        t for t in TITLES
        if re.fullmatch(r"[A-Z][a-z]+", t) and t in SURNAMES and t.lower() not in TOP
    }
    assert nick._NICKNAMES == can_return
    assert "Doc" in can_return and "Sir" not in can_return


def test_nickname_gate_lets_the_rule_through_and_skips_posts_without_a_title():
    assert nick.title_nicknames("thanks Doc, see you Monday") == [("NAME", 7, 10)]
    assert nick.title_nicknames("thanks Docs, see you Monday") == []
    assert not nick.may_have_title("thanks Docs, see you")  # "Docs": no title written whole
    assert nick.title_nicknames("Thanks everyone, see you Monday") == []


def test_network_gate_keeps_labels_written_in_letters_that_fold_only_in_the_pattern():
    # Turkish capitals: "WİFİ".lower() is "wi̇fi̇" (no "wifi"), but the pattern's ignore-case
    # matches İ to i, so the gate must not skip it
    assert net.network_owner_names("WİFİ: Box 7590 Brandt") == [("NAME", 15, 21)]
    assert net.network_owner_names("Wi-Fi: FRITZ!Box 7590 Brandt") == [("NAME", 22, 28)]
    assert not net._may_have_label("Box 7590 Brandt is on the shelf")
    assert net.network_owner_names("Box 7590 Brandt is on the shelf") == []
