"""Two person cues for a roster name that is also a word (``member_titles``,
``member_lower_cues``), both ways: after a title the honorific lists lack, and in lower case
inside the thanking formula "thanks NAME for ...", the name goes; the same word without the
title or the formula stays."""

from __future__ import annotations

import pytest

ROSTER = ["Rosa Campos", "Anna Huber", "Laura Keller", "Marc Dubois", "Maja Zorman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gracias a la Cra. Campos por todo.", "Gracias a la Cra. [NAME] por todo."),
        ("Reunión con Arq. Campos mañana.", "Reunión con Arq. [NAME] mañana."),
        ("Termin bei Mag. Huber 14:00 Uhr.", "Termin bei Mag. [NAME] 14:00 Uhr."),
        ("Ačiū gerb. Campos už viską.", "Ačiū gerb. [NAME] už viską."),
        ("¡Gracias laura por el contacto!", "¡Gracias [NAME] por el contacto!"),
        ("Merci marc pour le lien.", "Merci [NAME] pour le lien."),
        ("thanks laura for the tip", "thanks [NAME] for the tip"),
    ],
)
def test_cued_word_names_are_redacted(redactor_for, assert_exact, text, expected):
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a los campos por todo.",  # the word, no title
        "Ver la pág. Campos del anexo.",  # an abbreviation that is no title
        "Termin bei Huber 14:00 Uhr.",  # no title: a word before a time
        "la laura por el camino",  # no thanks word before it
        "the marc for the espresso machine",
    ],
)
def test_the_same_words_without_the_cue_are_kept(redactor_for, assert_kept, text):
    assert_kept(redactor_for(ROSTER), text)


CLITIC_ROSTER = ["Laura Keller", "Ana Souza", "Luz Vera", "Paz Rey", "Carole Weber"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour. Laura nous a écrit hier.", "Bonjour. [NAME] nous a écrit hier."),
        ("Carole l'a envoyé ce matin.", "[NAME] l'a envoyé ce matin."),
        ("Oi. Ana não respondeu ainda.", "Oi. [NAME] não respondeu ainda."),
        ("Luz ya terminó el informe.", "[NAME] ya terminó el informe."),
    ],
)
def test_a_given_name_then_a_clitic_then_the_verb_is_the_subject(
    redactor_for, assert_exact, text, expected
):
    assert_exact(redactor_for(CLITIC_ROSTER), text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Paz y amor para todos.",  # a conjunction: the word "paz"
        "Luz en casa siempre.",  # a preposition in Spanish, left out of the class
        "Luz la verdad es que no.",  # a clitic, then a sentence word: no verb seen
    ],
)
def test_a_word_name_before_no_clitic_and_verb_is_kept(redactor_for, assert_kept, text):
    assert_kept(redactor_for(CLITIC_ROSTER), text)
