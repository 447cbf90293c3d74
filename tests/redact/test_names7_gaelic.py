"""Round-7 Gaelic surname class (issue 10), with made-up people: "Ó", "Mac" and the lenited
"Ní", "Nic", "Uí", "Mhic" forms are surnames alone and in a possessive; the fada-less "O" only
after a name. Apple's "Mac" products and a bare "O" elsewhere stay.
"""

from __future__ import annotations

import pytest

ROSTER = ("Greta Solvangen",)

NAMES = [
    ("Dear Ó Floinn,", "Dear [NAME],"),
    ("A note from Ní Mhaolagáin today.", "A note from [NAME] today."),
    ("We used Mac Diarmada's checklist.", "We used [NAME]'s checklist."),
    ("Ó Floinn's notes were great.", "[NAME]'s notes were great."),
    ("Thanks Niall O Floinn for the help.", "Thanks [NAME] for the help."),
    ("Report from Uí Bhraonáin arrived.", "Report from [NAME] arrived."),
]

KEPT = [
    "I upgraded to a Mac Mini and a Mac Pro.",
    "The Mac Studio is fast.",
    "Ó Deus, que dia!",
    "Mac OS updates are out.",
    "O Street is closed.",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_gaelic_surnames(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_gaelic_look_alikes_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)
