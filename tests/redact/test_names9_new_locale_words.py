"""The commonest words of pl sv fi tr are sentence words, never a lower-case name (the name
lists hold many of them: names-dataset is crowd-sourced); and a member whose given name is one
of them without its accents ("Maja" / pl "mają") is still redacted. Examples made up here."""

from __future__ import annotations

import pytest

from trainer.redact.person_words import TOP


@pytest.mark.parametrize(
    "text",
    [
        "Jag\nhar du läst protokollet än?",  # sv
        "Support\ndet var inget problem",  # sv
        "Ben\nbana da yazar mısın?",  # tr
        "Destek\nbu akşam bakarım",  # tr
        "Ja\njak się masz dzisiaj?",  # pl
        "Tuki\nniin, katson sen huomenna",  # fi
    ],
)
def test_chat_lines_of_the_new_locales_are_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_names_that_are_words_elsewhere_stay_out_of_the_top_words():
    # a name in en/de/es/nl, a frequent word in tr/fi/sv/pl: not a sentence word everywhere
    for name in ("ana", "kai", "ute", "eden", "sana", "hans"):
        assert name not in TOP
    for word in ("det", "har", "bir", "bana", "jak", "niin"):
        assert word in TOP


@pytest.mark.parametrize(
    ("roster", "text", "expected"),
    [
        (["Maja Krzemińska"], "Ja: podziękuj Maja ode mnie", "Ja: podziękuj [NAME] ode mnie"),
        (["Borja Etxeberria"], "Yo\nhola\n\nBorja\nvale, luego", "Yo\nhola\n\n[NAME]\nvale, luego"),
    ],
)
def test_members_named_like_an_unaccented_word(redactor_for, assert_exact, roster, text, expected):
    assert_exact(redactor_for(roster), text, expected)
