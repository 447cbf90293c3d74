"""Dutch addresses that leaked: a street name with no known compound ending after "aan de" /
"op de" with a house number, and a PostNL code whose letters are also an abbreviation ("AM",
"PM") opening the line after a street line. Made-up examples, both sides."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor

R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return R.redact(text).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("De borrel is aan de Heuvelseind 71.", "Heuvelseind"),
        ("Kom langs op de Hoogeind 12, we zijn er tot vijf.", "Hoogeind"),
        ("Ons kantoor zit op het Wilgenhof 3a.", "Wilgenhof"),
        ("Klopt het adres Lindeboom 42\n5211 AM  BREDA nog?", "5211"),
        ("Stuur het naar:\nBeukenrij 7\n9712 PM  GRONINGEN", "9712"),
    ],
)
def test_numbered_street_goes(text, gone):
    out = _redact(text)
    assert "[ADDRESS]" in out and gone not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "We zijn op de Veluwe 3 dagen geweest.",
        "Op de Olympische Spelen 2024.",
        "Wij staan in de Top 40.",
        "Zie je op het Perron 3?",
        "Sprint 14\n2024 AI Summit was top",
        "De borrel is aan de Heuvelseind, kom ook.",
    ],
)
def test_counts_years_and_numberless_streets_are_kept(text):
    assert _redact(text) == text
