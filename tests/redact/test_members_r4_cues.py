"""Person cues for a member's given name or surname that is also a word or a place
(trainer/redact/member_given.py): a role before it, a vocative that speaks to the reader, a
list with a member's full name, an e-mail header, a signature below a mail app's line or
followed by an emoji, and a few greeting or contact verbs. Every sentence is made up here."""

from __future__ import annotations

import pytest

ROSTER = [
    "Sydney Marchbank",
    "Will Oakhampton",
    "Summer Kettleworth",
    "Jane Baker",
    "Chiara Blanco",
    "Rose Quennell",
    "Hunter Gil",
    "Jasmine Trevanion",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our treasurer Blanco reminds everyone.", "Our treasurer [NAME] reminds everyone."),
        ("La secretaria Gil manda el acta.", "La secretaria [NAME] manda el acta."),
        ("Sydney, you absolute star.", "[NAME], you absolute star."),
        ("Summer - I've sent you the file.", "[NAME] - I've sent you the file."),
        ("Rose, je t'ai envoyé le lien.", "[NAME], je t'ai envoyé le lien."),
        ("Agree with Summer and Jane Baker here.", "Agree with [NAME] and [NAME] here."),
        ("Jane Baker, Will and others came.", "[NAME], [NAME] and others came."),
        ("Fwd: from Baker <jb@example.com> - hi", "Fwd: from [NAME] <[EMAIL]> - hi"),
        ("Closing soon.\nSent from my iPhone\nRose", "Closing soon.\nSent from my iPhone\n[NAME]"),
        ("Best,\nSummer 👋", "Best,\n[NAME] 👋"),
        ("Cheers Summer, you star.", "Cheers [NAME], you star."),
        ("G'day Jasmine, please remove it.", "G'day [NAME], please remove it."),
    ],
)
def test_a_cue_makes_a_word_name_a_name(redactor_for, assert_exact, text, expected):
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Sydney, I love this city.",
        "Summer and winter are both fine.",
        "Will you come to the party?",
        "Summer is here, you know.",
        "Bought a blanco shirt.",
        "The rose garden opens in May.",
    ],
)
def test_no_cue_leaves_the_word(redactor_for, assert_kept, text):
    assert_kept(redactor_for(ROSTER), text)


ROSTER2 = ["Pilar Arrondo", "Serena Vitali", "Rose Quennell", "Fleur Dekkers", "Gil Montaner"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salut, moi c'est Rose ! Ravie.", "Salut, moi c'est [NAME] ! Ravie."),
        ("Hoi, ik ben Fleur en ik schrijf.", "Hoi, ik ben [NAME] en ik schrijf."),
        ("Fleur, ik heb je de link gestuurd.", "[NAME], ik heb je de link gestuurd."),
        ("Totalmente de acuerdo con Gil.", "Totalmente de acuerdo con [NAME]."),
        ("So grateful to Rose for the intro.", "So grateful to [NAME] for the intro."),
        ("> el lunes, Gil escribió:", "> el lunes, [NAME] escribió:"),
        ("Serena ha organizzato tutto.", "[NAME] ha organizzato tutto."),
        ("hola pilar, ¿qué tal?", "hola [NAME], ¿qué tal?"),
        ("Un abrazo,\npilar", "Un abrazo,\n[NAME]"),
    ],
)
def test_more_cues(redactor_for, assert_exact, text, expected):
    assert_exact(redactor_for(ROSTER2), text, expected)


@pytest.mark.parametrize(
    "text",
    ["El pilar de la casa es firme.", "Una rose e una fleur.", "Serena e tranquilla la sera."],
)
def test_more_words_stay(redactor_for, assert_kept, text):
    assert_kept(redactor_for(ROSTER2), text)
