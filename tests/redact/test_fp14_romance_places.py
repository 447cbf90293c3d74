"""Issue #10, precision (fp14): a Romance place noun heading a name without an article
("compañeros de Estadio ...", "en aeropuerto ...", "cliente aeroporto ...") keeps the name as
the place's (lookalike_romance_places); after an article, a contraction, a bare-noun
preposition ("in ospedale", "di scuola", "de colegio") or before a single name the person is
still redacted. Made-up names.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

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
def test_a_bare_place_noun_before_a_full_name_is_redacted(text: str) -> None:
    # pin changed: a place noun before a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in _redact(text)


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
