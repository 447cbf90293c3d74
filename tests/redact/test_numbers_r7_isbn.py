"""Round 7: an ISBN-10 that is also a valid phone is kept only with an English book word near it
and no phone word after it (as before). Book words of other languages were tried and dropped
(review, fail open: "Vendo i miei libri, scrivetemi al <mobile>"). A phone word after the
number now counts in every language we redact."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a book word in another language is no proof: a valid phone stays a phone
        ("Das Buch hat die 3726705791.", "Das Buch hat die [PHONE]."),
        (
            "Vendo libri usati, scrivetemi al 3477654323 dopo cena.",
            "Vendo libri usati, scrivetemi al [PHONE] dopo cena.",
        ),
        (
            "Je vends des livres, contactez Inès 0623456788.",
            "Je vends des livres, contactez Inès [PHONE].",
        ),
        (
            "Ik verkoop boeken, bel Joost op 0623456788.",
            "Ik verkoop boeken, bel [NAME] op [PHONE].",
        ),
        # a phone cue before it wins over an English book word
        ("Book club! Call me on 3726705791.", "Book club! Call me on [PHONE]."),
        # a phone word after it, in any language, wins too
        ("The book, and 5381093810 is my mobile", "The book, and [PHONE] is my mobile"),
        ("Ein Buch: 3726705791 ist meine Handynummer", "Ein Buch: [PHONE] ist meine Handynummer"),
    ],
)
def test_isbn10_shaped_phone_is_redacted(redactor, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Reading list: 3726705791",  # an English book word, no phone word after
        "ISBN 3726705791 is out of print",
    ],
)
def test_isbn10_with_english_book_context_is_kept(redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)
