"""Phone words of Estonian, Latvian, Lithuanian and Maltese, "my personal number is", and groups
joined by " - " after a phone word (issue #10). Numbers are made up in each plan's layout."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kui kontorit ei leia, helistage 5123 4567.", "Kui kontorit ei leia, helistage [PHONE]."),
        ("Olen kättesaadav numbril 612 3456.", "Olen kättesaadav numbril [PHONE]."),
        ("Kirjuta WhatsAppi: 5234 5678", "Kirjuta WhatsAppi: [PHONE]"),
        ("Ja neatrodat, zvaniet 2912 3456.", "Ja neatrodat, zvaniet [PHONE]."),
        ("Mani var sazvanīt pa tālruni 6712 3456.", "Mani var sazvanīt pa tālruni [PHONE]."),
        ("Prašom skambinkite 8 612 34567.", "Prašom skambinkite [PHONE]."),
        ("My personal number is 7912 3456 if needed.", "My personal number is [PHONE] if needed."),
        ("Ċempel 2123 4567 għal aktar.", "Ċempel [PHONE] għal aktar."),
        ("Pour me joindre au 0312-34-5678 demain.", "Pour me joindre au [PHONE] demain."),
        # after a phone word a date's shape with no month 93 is a number
        ("Si no la encuentran, llamen al 2478-93-12.", "Si no la encuentran, llamen al [PHONE]."),
    ],
)
def test_baltic_and_maltese_phone_words(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Helistage meile homme.",  # the word alone
        "Zvaniet, kad esat gatavi: 2 stundas.",  # a count, too few digits
        "Kohtume ruumis 4.60 ja kogusime 1200 eurot.",
        "Llamen al 12-05-85 para confirmar.",  # a date with a two-digit year stays a date
        "Tel. 2024-03-15",  # a calendar date after a phone word stays
    ],
)
def test_phone_words_need_a_number(redact, text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("text me on 07 - 1234 - 567 - 89 tonight", "text me on [PHONE] tonight"),
        ("helistage 00 - 37 - 25 - 1234 - 56 - 7.", "helistage [PHONE]."),
        ("Call 0612345678 - 0687654321", "Call [PHONE] - [PHONE]"),  # two phones, not one
    ],
)
def test_spaced_hyphen_groups_after_a_phone_word(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rooms 12345 - 12399 are booked.",  # a range with no phone word
        "Score 3 - 1, seasons 1990 - 2020.",
    ],
)
def test_spaced_hyphen_groups_without_a_phone_word(redact, text: str) -> None:
    assert redact(text) == text
