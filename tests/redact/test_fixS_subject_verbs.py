"""A roster surname that is also a word, opening a sentence before a finite auxiliary or verb,
is the member (``member_subject.opens_with_verb``); a slash list of roster names only is a list
of members (``member_slash_lists``). Rules alone; made-up names; each rule with its negatives."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

ROSTER = [
    "Katrin Müller",
    "Orla Smith",
    "Lucía García",
    "Bruna Costa",
    "Tadeo Pérez Quintero",
    "Rohan Varkey",
    "Priya Nambiar",
    "Léa Fontaine",
    "Ana Santos",
    "Nuria Valencia",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller hat das Budget freigegeben.", "[NAME] hat das Budget freigegeben."),
        ("Müller ist im Urlaub.", "[NAME] ist im Urlaub."),
        ("Smith approved the budget this morning.", "[NAME] approved the budget this morning."),
        ("Smith has left.", "[NAME] has left."),
        ("Smith leads our weekly sync.", "[NAME] leads our weekly sync."),
        ("García está de vacaciones.", "[NAME] está de vacaciones."),
        ("Costa ha chiuso il ticket.", "[NAME] ha chiuso il ticket."),
        ("Quintero confirmó la fecha.", "[NAME] confirmó la fecha."),
        ("Owners: Rohan/Priya/Léa", "Owners: [NAME]/[NAME]/[NAME]"),
        ("Review by Smith/Costa today.", "Review by [NAME]/[NAME] today."),
    ],
)
def test_member_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meeting at Costa Coffee near the station.",
        "Our new office in Costa Rica opens in June.",
        "We ship from the port of Santos.",
        "He trained as a smith before becoming an engineer.",
        "Costa Rica has great coffee.",
        "Smith Street is closed.",
        "Slides in team/Rohan/Priya folder.",
        "Files: /Rohan/Priya/notes.txt",
        "Owners: Rohan/Marketing",
        "Baker has left.",
        "Valencia is lovely in spring.",
    ],
)
def test_words_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
