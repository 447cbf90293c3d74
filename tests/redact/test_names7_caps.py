"""Round-7 "SURNAME Given" class (issue 10), with made-up people: the capitals surname before a
given name may open with particles or an elided "O'"/"D'", in capitals too ("VAN DER BERG
Sanne", "O'DONNELL Siobhán", "MAC GIOLLA Eoin", "Ó BRAONÁIN Cian"); a particle makes a surname
even of a word. Headings and acronyms before a given name stay.
"""

from __future__ import annotations

import pytest

ROSTER = ("Greta Solvangen",)

NAMES = [
    ("Signed, O'DONNELL Siobhán", "Signed, [NAME]"),
    ("— MAC GIOLLA Eoin", "— [NAME]"),
    ("Report by VAN DER BERG Sanne today.", "Report by [NAME] today."),
    ("We thank MCCARTHY Aoife and Ó BRAONÁIN Cian.", "We thank [NAME] and [NAME]."),
    ("Grazie a DE LUCA Giovanni per il supporto.", "Grazie a [NAME] per il supporto."),
    ("Rapport de D'ALMEIDA Inès reçu.", "Rapport de [NAME] reçu."),
]

KEPT = [
    "NEW YORK Anna is here.",
    "THE END Maria",
    "O'NEILL Sport opens today.",
    "DE LA SOUL Anna",
    "TEAM Anna",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_caps_surname_first(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_caps_headings_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)
