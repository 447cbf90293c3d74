"""Full names in one case after a person cue (issue 10, round 8), with made-up people: lower
case (chat) and capitals (shouting) carry no capitalisation, so both words must be in the name
lists and a greeting, thanks, "cc", a verb of meeting, asking or referring, or a sign-off dash
must come right before them; the reversed "surname, given" form and an initial too. Sentences
whose words merely are names ("will", "grace", "rose garden") stay.
"""

from __future__ import annotations

import pytest

ROSTER = ("Katharina Obermaier",)

NAMES = [
    ("hi ingrid halvorsen!", "hi [NAME]!"),
    ("cc maëlle rousseau - thanks", "cc [NAME] - thanks"),
    ("spoke to wiebke brandstetter this morning", "spoke to [NAME] this morning"),
    ("referred by GRACE BAILEY", "referred by [NAME]"),
    ("CC DALE WRIGHT - SEE U THERE", "CC [NAME] - SEE U THERE"),
    ("mil gracias a nuria vallverdú", "mil gracias a [NAME]"),
    ("frag mal jonas brinkmann!", "frag mal [NAME]!"),
    ("rencontré louis moreau au salon", "rencontré [NAME] au salon"),
    ("chiedi a chiara pellizzari", "chiedi a [NAME]"),
    ("bedankt sanne hoekstra", "bedankt [NAME]"),
    ("fala com joana figueiredo", "fala com [NAME]"),
    ("hi halvorsen, ingrid!", "hi [NAME]!"),
    ("welcome to the team, ROUSSEAU, MAËLLE!", "welcome to the team, [NAME]!"),
    ("spoke to b. brandstetter this morning", "spoke to [NAME] this morning"),
    ("pls reach out to m. white - thanks", "pls reach out to [NAME] - thanks"),
    ("great talk\n— ivy moran", "great talk\n— [NAME]"),
]

KEPT = [
    "hi chloe will you come",
    "go to rose garden tomorrow",
    "thanks everyone, see you soon",
    "with will power and grace",
    "hi all, new here",
    "cc the team on this",
    "met mark at the park",
    "ask bill for details",
    "by may june",
    "THANKS FOR THE GREAT NEWS",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_one_case_names_after_a_cue(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_one_case_look_alikes_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)


# Capitalised pairs whose given name is also a word, and a name's missing part next to a hit.
CAPITALISED = [
    ("ask Ivy Fraser, they know everyone", "ask [NAME], they know everyone"),
    ("ho conosciuto Carmine Ferrari al convegno", "ho conosciuto [NAME] al convegno"),
    ("Ciao Assunta Bruno! come stai", "Ciao [NAME]! come stai"),
    ("welcome to the team, Brooks, Hope!", "welcome to the team, [NAME]!"),
    ("PARABÉNS, — ROCHA, PATRÍCIA! BJS", "PARABÉNS, — [NAME]! BJS"),
    ("frag mal prof. dr. luca winter", "frag mal prof. dr. [NAME]"),
    ("chiedi a Pier Paolo Lo Russo", "chiedi a [NAME]"),
    ("finn mulder ontmoet op het congres", "[NAME] ontmoet op het congres"),
    # A particle makes a surname of the word after it, in one case too.
    ("Grazie a ludovica dal bortolotti per tutto", "Grazie a [NAME] per tutto"),
    ("hi joost van der heijden!", "hi [NAME]!"),
]

CAPITALISED_KEPT = [
    "Maria Street is closed",
    "Grace Hopper Celebration starts",
    "We met at Grace Church",
    "Hi! hope ur well",
    "Happy Friday everyone",
    "grazie a paolo della pazienza.",
]


@pytest.mark.parametrize(("text", "expected"), CAPITALISED)
def test_capitalised_and_continued_names(
    redactor_for, assert_exact, text: str, expected: str
) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", CAPITALISED_KEPT)
def test_capitalised_look_alikes_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)
