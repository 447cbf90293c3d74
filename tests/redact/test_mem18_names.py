"""South Slavic -ić surnames in every case, with their given name (``surname_ic``); made-up
names in phrasing of our own, and the same-shape words that stay (Polish infinitives, listed
words, a lower-case word)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.surname_ic import ic_surname_hits


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Posebna zahvalnost Dejanu Vukoviću, od koga sam učila.",
            "Posebna zahvalnost [NAME], od koga sam učila.",
        ),
        ("Veliko hvala Sanji Ristić na predavanju.", "Veliko hvala [NAME] na predavanju."),
        ("Šta sam naučila od Đorđa Kostića.", "Šta sam naučila od [NAME]."),
        ("Sa Aleksandrom Petrovićem smo radili.", "Sa [NAME] smo radili."),
        ("Хвала Јелени Петровић на помоћи.", "Хвала [NAME] на помоћи."),
        # a word before it that is no given name stays outside
        ("Hvala Markoviću!", "Hvala [NAME]!"),
        # a declined noun before the name: no institution's name
        ("Direktorka škole Milena Ilić je stigla.", "Direktorka škole [NAME] je stigla."),
    ],
)
def test_ic_surnames_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mówić to nie wszystko, trzeba działać.",  # a Polish infinitive opening a sentence
        "Zdravo, pričaćemo sutra.",  # lower case
        "Nema veze, Markovićevo je.",  # -ić followed by more letters than a case ending
        "Susreti su u prostoru Biblioteka Dragan Ilić.",  # a place named after a person
    ],
)
def test_same_shape_kept(text: str) -> None:
    assert ic_surname_hits(text) == []
