"""Round-7 "Surname, Given" classes (issue 10), with made-up people:

1. a word before a hyphenated surname is no part of it ("Congrats Kettleby-Ward, Niamh");
2. a surname in capitals after "in" is the administrative "SURNAME, Given", not a place
   ("loop in HAVERKAMP, Jeroen");
3. a surname marked by its form (capitals, a particle, a Gaelic patronymic) before a sure given
   name stays one when an "and" follows ("KOVALENKO, Dimitri and ...");
4. the sure given name after a name hit and a comma goes too ("Ní Bhraonáin, Ailbhe");
5. a plain given name repeated alone after the full name goes even when the frequency list
   holds it as a word ("Jane will call back"), not an imperative before its object ("Bill me").
Enumerations of places and words stay.
"""

from __future__ import annotations

import pytest

ROSTER = ("Greta Solvangen",)

NAMES = [
    (
        "Congrats Kettleby-Ward, Niamh on the new role!",
        "Congrats [NAME] on the new role!",
    ),
    ("Looping in HAVERKAMP, Jeroen, who owns it.", "Looping in [NAME], who owns it."),
    (
        # "and Anna": a given name joined to a person by "and" goes too (person_pairs, names10)
        "Big thanks to KOVALENKO, Dimitri and Anna for the help.",
        "Big thanks to [NAME] and [NAME] for the help.",
    ),
    ("Thanks to Ó Dubhghaill, Caoimhe and Tom.", "Thanks to [NAME] and [NAME]."),
    (
        "Looping in Ní Bhraonáin, Ailbhe, who runs it.",
        "Looping in [NAME], [NAME], who runs it.",
    ),
    ("Best,\nNÍ BHRAONÁIN, Gráinne\nFounder", "Best,\n[NAME]\nFounder"),
    # 5. a plain given name repeated alone after the full name, though a word list holds it
    ("Jane Roe called. Jane will call back.", "[NAME] called. [NAME] will call back."),
    ("Ana Souza met us today. Ana will sign.", "[NAME] met us today. [NAME] will sign."),
]

KEPT = [
    "In PARIS, Anna said hi.",
    "We flew to Rome, Anna and I.",
    "We speak German, Spanish and Italian.",
    "Offices in Canada, Germany and France.",
]

# The repeated word is an imperative before its object.
REPEAT_KEPT = [
    ("Bill Gates spoke. Bill me later.", "[NAME] spoke. Bill me later."),
    ("Mark Rutte spoke. Mark the date.", "[NAME] spoke. Mark the date."),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_surname_given(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_enumerations_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)


@pytest.mark.parametrize(("text", "expected"), REPEAT_KEPT)
def test_repeated_word_given_stays(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)
