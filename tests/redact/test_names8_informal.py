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
    ("referred by JOY CALLAGHAN", "referred by [NAME]"),
    ("CC JOY HOLLOWAY - SEE YOU", "CC [NAME] - SEE YOU"),
    ("mil gracias a nuria vallverdú", "mil gracias a [NAME]"),
    ("frag mal jonas brinkmann!", "frag mal [NAME]!"),
    ("rencontré gaston lefranc au forum", "rencontré [NAME] au forum"),
    ("chiedi a chiara pellizzari", "chiedi a [NAME]"),
    ("bedankt anouk veldkamp", "bedankt [NAME]"),
    ("fala com joana figueiredo", "fala com [NAME]"),
    ("hi halvorsen, ingrid!", "hi [NAME]!"),
    ("welcome to the team, ROUSSEAU, MAËLLE!", "welcome to the team, [NAME]!"),
    ("spoke to b. brandstetter this morning", "spoke to [NAME] this morning"),
    ("please ping t. green - thanks", "please ping [NAME] - thanks"),
    ("great talk\n— hazel quinlan", "great talk\n— [NAME]"),
]

KEPT = [
    "hi maeve will you come",
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
    ("ask Hazel Lindqvist about the venue", "ask [NAME] about the venue"),
    ("ho conosciuto Rosa Bellandi alla fiera", "ho conosciuto [NAME] alla fiera"),
    ("Ciao Rosalba Ferraro! come stai", "Ciao [NAME]! come stai"),
    ("welcome aboard, Okafor, Faith!", "welcome aboard, [NAME]!"),
    ("PARABÉNS, — TEIXEIRA, LUCIANA! ABS", "PARABÉNS, — [NAME]! ABS"),
    ("frag doch prof. dr. elio sommer", "frag doch prof. dr. [NAME]"),
    ("chiedi a Gian Marco Lo Presti", "chiedi a [NAME]"),
    ("bram dijkhuis ontmoet op de beurs", "[NAME] ontmoet op de beurs"),
    # A particle makes a surname of the word after it, in one case too.
    ("Grazie a ludovica dal bortolotti per tutto", "Grazie a [NAME] per tutto"),
    ("hi joost van der heijden!", "hi [NAME]!"),
]

CAPITALISED_KEPT = [
    "Maria Street is closed",
    "Grace Hopper Celebration starts",
    "We met at Grace Church",
    "Hi! hope ya like it",
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
