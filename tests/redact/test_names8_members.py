"""Members written by a short form of their given name, or with a forename the roster lacks
before their surname (issue 10, round 8), with a made-up roster: the conventional short forms
of each language (Katharina -> Kathi, Francesco -> Checco, José -> Pepe, Guilherme -> Gui,
Alexander -> Alex/Sasha) are member keys, judged like a given name written alone (fail closed);
a capitalised word inside a sentence right before a member's surname is part of the name.
Short forms that are words, and sentence openers, honorifics and greetings before a surname,
stay as written.
"""

from __future__ import annotations

import pytest

from trainer.redact.member_nicknames import nicknames

ROSTER = (
    "Katharina Obermaier",
    "Francesco Lodovici",
    "José Arrabal",
    "Guilherme Tavares",
    "Alexander Pohlmann",
    "Maximilian Brenner",
)

MEMBERS = [
    ("working with Checco Lodovici was a joy", "working with [NAME] was a joy"),
    ("huge thanks to Kathi Obermaier", "huge thanks to [NAME]"),
    ("hi Kathi, welcome back", "hi [NAME], welcome back"),
    ("Danke Kathi!", "Danke [NAME]!"),
    ("chiedi a Checco", "chiedi a [NAME]"),
    ("Pepe Arrabal will host", "[NAME] will host"),
    ("Gui Tavares presenta hoje", "[NAME] presenta hoje"),
    ("meet Alex Pohlmann tomorrow", "meet [NAME] tomorrow"),
    ("Sasha, can you send the slides?", "[NAME], can you send the slides?"),
    ("hola Pepe!", "hola [NAME]!"),
    ("danke Max!", "danke [NAME]!"),
    # A forename no table holds, inside a sentence, before a member's surname.
    ("a pleasure to work with Tizzy Lodovici", "a pleasure to work with [NAME]"),
    ("chiedi a Mags Obermaier", "chiedi a [NAME]"),
    ("con Zeca Tavares hoje", "con [NAME] hoje"),
    # A namesake's surname after a member's given name goes with it.
    ("Cara katharina santangelo,", "Cara [NAME],"),
]

KEPT_WORDS = [
    ("Thanks Obermaier for the notes", "Thanks [NAME] for the notes"),
    ("Dr Obermaier will present", "Dr [NAME] will present"),
    ("Ask Obermaier about it", "Ask [NAME] about it"),
    ("The Obermaier report", "The [NAME] report"),
    # Greetings and thanks of pl sv fi tr that no name list holds are no forenames (review R20).
    ("Kiitos Obermaier!", "Kiitos [NAME]!"),
    ("Dziękuję Brenner, do jutra", "Dziękuję [NAME], do jutra"),
    ("Merhaba Pohlmann, nasılsın?", "Merhaba [NAME], nasılsın?"),
    ("Teşekkürler Arrabal!", "Teşekkürler [NAME]!"),
]

# A cue word that is also a listed given name may be a forename: it goes with the surname.
GROWN = [("Bel Obermaier hat angerufen", "[NAME] hat angerufen")]

KEPT = [
    "Max capacity is 20 people",
    "Bill me later",
    "Pat the dog gently",
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member_short_forms(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(("text", "expected"), KEPT_WORDS)
def test_words_before_a_member_surname_stay(
    redactor_for, assert_exact, text: str, expected: str
) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(("text", "expected"), GROWN)
def test_cue_words_that_are_names_grow_the_member(
    redactor_for, assert_exact, text: str, expected: str
) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_short_forms_that_are_words_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)


def test_short_form_table() -> None:
    assert {"kathi", "katja"} <= nicknames("katharina")
    assert "checco" in nicknames("francesco")
    assert "pepe" in nicknames("jose")
    assert "gui" in nicknames("guilherme")
    assert {"alex", "sasha"} <= nicknames("alexander")
    assert nicknames("ingrid") == frozenset()
