"""fnames2 (second reader): object and relation slots fail closed on given names, forms of
address before a name, and perfect-tense "met". Made-up values, our own phrasing."""

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(["Anna Nowak"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ibigay mo kay Ate Rosalinda.", "Ibigay mo kay [NAME]."),
        ("besok jumpa Bu Wulandari di kantor", "besok jumpa [NAME] di kantor"),
        ("Pakisabi kay Papa Jun.", "Pakisabi kay Papa [NAME]."),
        (
            "Big thanks and credit to Jan for the sketch.",
            "Big thanks and credit to [NAME] for the sketch.",
        ),
        ("Props to Marco on this one.", "Props to [NAME] on this one."),
        ("Dinner with my friend June tonight.", "Dinner with my friend [NAME] tonight."),
        ("Tadi makan sama teman aku Julio.", "Tadi makan sama teman aku [NAME]."),
        ("Pakibigay kay Tito bukas.", "Pakibigay kay [NAME] bukas."),
        ("I've met Gurkiratpal twice now.", "I've met [NAME] twice now."),
        ("We have met Gurkiratpal before.", "We have met [NAME] before."),
        ("Already met Castellucci last week.", "Already met [NAME] last week."),
        ("She has never met Vanterpool.", "She has never met [NAME]."),
    ],
)
def test_slot_names_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "We met Tuesday at noon.",
        "Salamat kay Nanay sa lahat.",
        "Ang pasalubong ay para kay Kuya.",
        "Met vriendelijke groet",
        "Je kunt betalen met iDEAL.",
    ],
)
def test_slot_look_alikes_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lincoln called me back this morning.", "[NAME] called me back this morning."),
        ("Chelsea is coming over later.", "[NAME] is coming over later."),
        ("Lincoln is lovely in autumn.", "Lincoln is lovely in autumn."),
        ("Austin has a new arena downtown.", "Austin has a new arena downtown."),
    ],
)
def test_town_named_given_name_opening(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
