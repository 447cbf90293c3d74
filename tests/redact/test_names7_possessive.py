"""Round-7 possessive classes (issue 10), with made-up people: a lone name as the owner of
something is a person in English ("'s", "s'"), in the German genitive before its noun and in
the Romance and Dutch "noun of NAME" after a noun said of what a person owns or does.
Companies named after people, places and calendar words in the same shapes stay.
"""

from __future__ import annotations

import pytest

ROSTER = ("Greta Solvangen",)

NAMES = [
    ("We read Oskar's notes on the outage.", "We read [NAME]'s notes on the outage."),
    ("Siobhán's slides were great.", "[NAME]'s slides were great."),
    ("McCall's review came back.", "[NAME]'s review came back."),
    ("Haverkamp's draft is ready.", "[NAME]'s draft is ready."),
    ("Janniks Team hat geliefert.", "[NAME] Team hat geliefert."),
    ("Het voorstel van Jansen is goed.", "Het voorstel van [NAME] is goed."),
    ("De presentatie van Sanne was top.", "De presentatie van [NAME] was top."),
    ("La presentación de Carmen fue buena.", "La presentación de [NAME] fue buena."),
    ("La famiglia di Rossi è qui.", "La famiglia di [NAME] è qui."),
    ("L'idée de Maëlle était la meilleure.", "L'idée de [NAME] était la meilleure."),
    ("A palestra de Figueiredo foi ótima.", "A palestra de [NAME] foi ótima."),
]

KEPT = [
    "We ate at McDonald's again.",
    "Kellogg's cereal is on sale.",
    "I shop at Sainsbury's weekly.",
    "Moody's downgraded the bank.",
    "St Paul's Cathedral was packed.",
    "Ireland's economy grew.",
    "London's mayor spoke.",
    "Monday's meeting is moved.",
    "Google's new phone.",
    "Wir trinken Grüners Veltliner.",
    "L'équipe de France a gagné.",
    "A palestra de Lisboa foi cancelada.",
    "Le bureau de Paris est fermé.",
    "La charla de Santander fue buena.",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_possessive_names(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_possessive_look_alikes_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)
