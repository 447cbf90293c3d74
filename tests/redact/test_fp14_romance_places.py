"""Issue #10, precision (fp14): a Romance place noun heading a name without an article
("compañeros de Estadio ...", "en aeropuerto ...", "cliente aeroporto ...") keeps the name as
the place's (lookalike_romance_places); after an article, a contraction, a bare-noun
preposition ("in ospedale", "di scuola", "de colegio") or before a single name the person is
still redacted. Made-up names.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_romance_places import romance_place

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "También vinieron compañeros de Estadio Ramón Quiroga.",
        "Todo se celebró en Fundació Ramon Vilaró.",
        "Lo compré en aeropuerto Ramón Quiroga.",
    ],
)
def test_a_bare_place_noun_before_a_full_name_names_a_place(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare-noun preposition: "in ospedale", "di scuola", "de colegio" may precede a person
        ("Ho incontrato in ospedale Marco Bellini ieri.", "in ospedale [NAME] ieri."),
        ("Sono venuti colleghi di aeroporto Ettore Bassani.", "di aeroporto [NAME]."),
        ("Mis compañeros de colegio Ramón Quiroga y yo.", "de colegio [NAME] y yo."),
        # an article or a contraction before the noun
        ("Vinieron compañeros del Hospital Ramón Quiroga.", "del Hospital [NAME]."),
        ("Trabalha no hospital Ramon Quiroga.", "no hospital [NAME]."),
        # a label, not a sentence; a relative clause about a person
        ("Dónde: hospital Ramón Quiroga", "hospital [NAME]"),
        ("Lo vi en museo Ramón Quiroga, quien lo fundó.", "museo [NAME], quien"),
        # no preposition of place before a lower-case noun: a role may stand there (review 15)
        ("Il nostro cliente aeroporto Ettore Bassani era entusiasta.", "aeroporto [NAME] era"),
    ],
)
def test_the_same_shape_without_the_pattern_stays_a_person(text: str, expected: str) -> None:
    assert expected in _redact(text)


def test_romance_place_reads_only_its_two_forms() -> None:
    def reads(noun: str, before: list[str], name: str = "Ramón Quiroga") -> bool:
        text = f"{' '.join(before)} {noun} {name}"
        return romance_place(noun, before, text, len(text) - len(name))

    assert reads("aeropuerto", ["en"])
    assert not reads("aeropuerto", ["el"])
    assert not reads("hospital", ["en"])  # also an English word
    assert reads("Hospital", ["visita", "de"])
    assert not reads("Hospital", ["de"])  # nothing before "de" says a place is named
    assert not reads("Museum", ["visita", "de"])  # a Dutch sentence's "de Museum"
    assert not reads("aeropuerto", ["en"], "Ramón")  # one name may be a person's
