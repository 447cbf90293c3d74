"""PostNL's type-first "Laan van ..." streets with a house number and its addition (made-up
values); a year after the name stays."""

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
        (
            "Sleutels ophalen: Laan van Zuidhoek 41-3. Tot dan",
            "Sleutels ophalen: [ADDRESS]. Tot dan",
        ),
        ("Nieuw adres: Laan der Hoven 8b, Zwolle", "Nieuw adres: [ADDRESS]"),
    ],
)
def test_laan_streets_are_redacted(redact, text, expected):
    assert redact(text) == expected


def test_a_year_after_the_laan_stays(redact):
    text = "Het festival op de Laan van Zuidhoek 2026 was druk."
    assert redact(text) == text
