"""Round 7: an ISBN-10 after a book word in the languages we redact is no phone; a phone word
before or after it still wins."""

from __future__ import annotations

import pytest

# -- ISBN-10 after a book word ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Das Buch hat die 3726705791.",
        "Meine Lektüre diese Woche: 6226919132",
        "Lecture du mois : 3509342356.",
        "El libro que recomiendo: 5381093810",
        "Il mio libro preferito è 9685207569.",
        "Mijn leeslijst: 2374498581",
        "Leitura da semana: 0496376063",
    ],
)
def test_isbn10_after_a_book_word_is_kept(redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone cue before it wins over the book word
        ("Buch gelesen. Ruf mich an unter 3726705791.", "Buch gelesen. Ruf mich an unter [PHONE]."),
        ("Livre fini, appelle-moi au 0963081918", "Livre fini, appelle-moi au [PHONE]"),
        # a phone word after it too
        ("El libro, y 5381093810 es mi móvil", "El libro, y [PHONE] es mi móvil"),
        # no book word: a valid phone
        ("Schreib an 3726705791 heute", "Schreib an [PHONE] heute"),
    ],
)
def test_isbn10_shaped_phone_without_the_context_is_redacted(
    redactor, assert_exact, text: str, expected: str
) -> None:
    assert_exact(redactor, text, expected)
