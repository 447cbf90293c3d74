"""Round 4: German area code / number with a spaced slash, Italian mobiles with a dot
(made-up numbers)."""

import pytest

from trainer.redact.numbers import find_phones


def _found(text: str) -> list[str]:
    return [text[s:e] for _, s, e in find_phones(text)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel.: 0621 / 774512\nGruß", "0621 / 774512"),
        ("Kontakt: 0441 / 230918 · Büro", "0441 / 230918"),
        ("Ruft mich an: 040 / 6613804.", "040 / 6613804"),
        ("Unter 089 / 12345-67 erreichbar", "089 / 12345-67"),
        ("Büro 0621/774512 ab 9 Uhr", "0621/774512"),
        ("mi trovate al 347.2281904.", "347.2281904"),
        ("Contatti: 389.456123 · sito", "389.456123"),
    ],
)
def test_phone_is_found(text: str, phone: str) -> None:
    assert phone in _found(text)


def test_two_numbers_joined_by_a_spaced_slash_are_both_found() -> None:
    assert _found("Nummer 0621 123456 / 0171 1234567 ok") == ["0621 123456", "0171 1234567"]


@pytest.mark.parametrize(
    "text",
    [
        "Ausgabe 12 / 2019 und 3 / 4",
        "Saison 2019 / 2020 war gut",
        "Blutdruck 120 / 80 gemessen",
        "1.000 / 2.000 Stück",
        "pi is 314.1592653 roughly",
        "the ratio was 3.1415926",
    ],
)
def test_no_phone(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("tel. +34 912345678\nmbaker7@example.es", "+34 912345678"),  # "mb" opens a name
        ("Tel +44 20 7946 0958 kmiller@example.com", "+44 20 7946 0958"),
        ("cell +39 333 1234567\nkg note", "+39 333 1234567"),  # a unit on the next line
    ],
)
def test_unit_letters_opening_a_word_or_the_next_line_are_no_unit(text: str, phone: str) -> None:
    assert phone in _found(text)


@pytest.mark.parametrize(
    "text", ["upload 12345678 MB today", "moved 12345678 kgs of", "12345678 GB"]
)
def test_units_after_a_number_still_count(text: str) -> None:
    assert _found(text) == []
