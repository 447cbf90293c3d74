"""Round-7 lower-case name class (issue 10), with made-up people in several languages: a
lower-case given name, a lower-case surname particle (or two) and the surname. The particle
makes a surname even of a word that names something elsewhere ("van den heuvel", "von der
heide", "ó ceallaigh", "o'donovan", "dall'ongaro"); a name found by a cue takes the same tail.
The words either side may be listed only in an inflected form ("recommend"). A particle
before a sentence word, word pairs that are no names and unknown-language text stay.
"""

from __future__ import annotations

import pytest

ROSTER = ("Greta Solvangen",)

NAMES = [
    # 1. particles
    ("Ik heb met joost van den heuvel gebeld.", "Ik heb met [NAME] gebeld."),
    ("Gracias a lucía fernández de la vega por todo.", "Gracias a [NAME] por todo."),
    ("Heute mit helga von der heide gesprochen.", "Heute mit [NAME] gesprochen."),
    ("Grazie a marco di stefano per la pazienza.", "Grazie a [NAME] per la pazienza."),
    (
        "caught up with niamh ní bhraonáin and seán ó ceallaigh today.",
        "caught up with [NAME] and [NAME] today.",
    ),
    ("lunch with ciarán o'donovan was fun.", "lunch with [NAME] was fun."),
    ("pranzo con elena dall'ongaro domani.", "pranzo con [NAME] domani."),
    ("Dear anna de la cruz, welcome.", "Dear [NAME], welcome."),
    ("vandaag koffie met sanne ten brink gedronken.", "vandaag koffie met [NAME] gedronken."),
    ("Yesterday I went hiking with tobias van kernwald.", "Yesterday I went hiking with [NAME]."),
    # a neighbour word the common-word list holds only inflected ("recommended", "validar")
    ("Happy to recommend zaria feldmann to anyone.", "Happy to recommend [NAME] to anyone."),
    ("Validad con maite ibarrondo antes del lunes.", "Validad con [NAME] antes del lunes."),
]

KEPT = [
    "ho visto marco di sera al bar.",
    "met anna van school opgehaald.",
    "con giulia di nuovo in ufficio.",
    "ich war mit anna von der arbeit müde.",
    "vi laura da lontano.",
    "grazie a paolo della pazienza.",
    "Caro marco di sicuro verrai.",
    "El buen software nace de conversaciones, no de tickets.",
    "we took the train to victoria station and then walked.",
    "heading to georgia tech next fall.",
    "the jordan river is low this year.",
    "I had an amber ale and a jasmine tea.",
    "she said rosa parks inspired her.",
    "the marco polo app is great.",
    "lorem ipsum dolor sit amet maria consectetur adipiscing elit.",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_lower_case_names(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_lower_case_words_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)
