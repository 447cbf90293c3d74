"""mem13: a declined form of a roster name written in lower case is the member when another
roster name, a declined form of one or a member hit stands right beside it (a full name in a
case ending); alone in lower case it stays (it may be a word we do not list). Made-up roster
and phrasing."""

from __future__ import annotations

from trainer.redact.engine import Redactor

_ROSTER = ["Tomaž Zupanc", "Mirjana Hribar"]


def _redact(text: str) -> str:
    return Redactor.from_members(_ROSTER, name_tagger=False).redact(text).text


def test_declined_pair_in_lower_case_is_redacted() -> None:
    # dative "tomažu hribarju" is no member's pair, but each word declines a roster name
    assert _redact("Lepa hvala tomažu zupancu za nasvet.") == "Lepa hvala [NAME] [NAME] za nasvet."
    assert _redact("Objava mirjane hribar me je prepričala.") == (
        "Objava [NAME] [NAME] me je prepričala."
    )


def test_declined_form_alone_in_lower_case_stays() -> None:
    # no word before it that governs its case: it may be a word we do not list
    text = "Objava tomažu je prepričala."
    assert _redact(text) == text
    text = "tomažu je prišel pozno."
    assert _redact(text) == text


def test_declined_form_alone_after_a_case_governing_word_goes() -> None:
    # mem16: a thanks word or a preposition governs the dative; the name has five letters
    assert _redact("Lepa hvala tomažu za nasvet.") == "Lepa hvala [NAME] za nasvet."


def test_capitalised_declined_form_alone_is_still_redacted() -> None:
    assert _redact("Lepa hvala Tomažu za nasvet.") == "Lepa hvala [NAME] za nasvet."
