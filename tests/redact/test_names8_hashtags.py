"""Names written as hashtags (issue 10, round 8), with made-up people: camel case, snake case,
one glued run in lower case or capitals, and a thanks or greeting word glued before a given
name, in several languages; members by any roster name inside the tag. Hashtags that are
words, places, events, a product or a listed company named after a person stay.
"""

from __future__ import annotations

import pytest

from trainer.redact.person_hashtags import hashtag_parts

ROSTER = ("Katharina Obermaier", "Francesco Lodovici")

NAMES = [
    ("Great panel with #IngridHalvorsen today", "Great panel with #[NAME] today"),
    ("Loved the keynote by #ingrid_halvorsen!", "Loved the keynote by #[NAME]!"),
    ("SHOUTOUT TO #INGRIDHALVORSEN", "SHOUTOUT TO #[NAME]"),
    ("big thanks #wiebkebrandstetter for the help", "big thanks #[NAME] for the help"),
    ("#JörgBrinkmann hat moderiert", "#[NAME] hat moderiert"),
    ("Merci à #MarieClaireBeauchêne pour tout", "Merci à #[NAME] pour tout"),
    ("#núriavallverdú nos ha ayudado", "#[NAME] nos ha ayudado"),
    ("Grazie #OttaviaDalPozzo per la serata", "Grazie #[NAME] per la serata"),
    ("Bedankt #SanneVanDerLinden voor de hulp", "Bedankt #[NAME] voor de hulp"),
    ("Parabéns #JoãoPedroFigueiredo pelo prêmio", "Parabéns #[NAME] pelo prêmio"),
    ("congrats #GraceOMalley on the launch", "congrats #[NAME] on the launch"),
    # A thanks or greeting word before a given name: the name goes, the word may stay.
    ("#ThanksIngrid for hosting", "#Thanks[NAME] for hosting"),
    ("#DankeWiebke fürs Organisieren", "#Danke[NAME] fürs Organisieren"),
    ("#thankszoe for the cake", "#[NAME] for the cake"),
]

MEMBERS = [
    ("Welcome aboard #Obermaier", "Welcome aboard #[NAME]"),
    ("#KatharinaObermaier leads the session", "#[NAME] leads the session"),
    ("#katharinaobermaier leads the session", "#[NAME] leads the session"),
    ("#ThanksKatharina for the slides", "#Thanks[NAME] for the slides"),
    ("#teamlodovici wins again", "#[NAME] wins again"),
    ("Nuovo record per #FRANCESCO_LODOVICI", "Nuovo record per #[NAME]"),
]

KEPT = [
    "#ThanksGiving dinner plans",
    "#HappyFriday everyone",
    "#JohnLewis sale starts today",
    "#meetup #networking #hiring #opentowork",
    "#SanFrancisco bound",
    "#BlackFriday deals",
    "#IndiaVsAustralia tonight",
    "#JoyOfCoding is back",
    "#machinelearning #datascience #werkstudent #emprego #vagas",
    "#MondayMotivation #throwbackthursday #WomenInTech",
    "Quote &#8217;Nina&#8217; here",
    "Issue #4521 fixed",
    # One word, accents aside, whatever names it can be cut into ("Lider" + "Anca").
    "Boa semana! #lideranca #carreira",
    "Schönen Wochenstart! #Führung #Karriere",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_hashtag_names(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member_hashtags(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_hashtag_look_alikes_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("MarieClaireDubois", ["Marie", "Claire", "Dubois"]),
        ("maria_costa", ["maria", "costa"]),
        ("AoifeOConnor", ["Aoife", "OConnor"]),
        ("AoifeMcGrath", ["Aoife", "McGrath"]),
        ("NASAJobs", ["NASA", "Jobs"]),
        ("zoemellor", ["zoemellor"]),
    ],
)
def test_hashtag_parts(body: str, words: list[str]) -> None:
    assert [body[s:e] for s, e in hashtag_parts(body)] == words
