"""Fail-closed limits of the name word classes (review of round 5): a word class that stops a
token from making a name must not swallow real names. Invented names and sentences."""

import pytest

# A rare surname with an ending that common nouns also have ("-ing", "-ment", "-ness") still makes
# a name with a known given name before it.
SURNAME_ENDINGS = [
    ("Paula Wenning hat angerufen.", "[NAME] hat angerufen."),
    ("Stefan Kessling ist unser neuer Chef.", "[NAME] ist unser neuer Chef."),
    ("Lukas Bowring wrote the spec.", "[NAME] wrote the spec."),
    ("I met Sophie Kipling yesterday.", "I met [NAME] yesterday."),
    ("Merci à Claire Vauthment pour son aide.", "Merci à [NAME] pour son aide."),
    ("Thanks to Oliver Bratness for the slides.", "Thanks to [NAME] for the slides."),
]

# Months, a weekday and places that are also frequent given names stay given names.
GIVEN_CAPITALS = [
    ("Call June Okonkwo tomorrow.", "Call [NAME] tomorrow."),
    ("Sunday Adeyemi is our new lead.", "[NAME] is our new lead."),
    ("April Trevanion joined the board.", "[NAME] joined the board."),
    ("Ask India Moorcroft about it.", "Ask [NAME] about it."),
]

# What the word classes are for: derived nouns and weekdays do not make names.
KEPT = [
    "Digitalisierung und Onboarding stehen auf der Agenda.",
    "We meet every second Wednesday Evening at the club.",
    "Zwei Jahre Qualitätssicherung im Team.",
    "In June we shipped the new release.",
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_ENDINGS + GIVEN_CAPITALS)
def test_real_names_with_word_like_parts_go(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_words_the_classes_exist_for_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)
