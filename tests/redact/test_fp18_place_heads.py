"""Issue #10, precision (fp18): a place named after a person keeps the person's name when the
noun is a street or square's after a place preposition ("près de Place ..."), or after "de"
and an event, a part of the place or a group of people ("reunión de Colegio ...", "entrada de
Estadio ..."); the same shapes with a role, a relation, a mate, a house number, no place noun,
a bare "in front of" or any other word before "de" stay redacted (fail closed; review 19 gave
up "devant Stade ...", "delante de Museo ...", "fournisseur de Lycée ...", "minutes de
Aéroport ..."). Rules alone; made-up names.
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
        "Parking près de Place Gaston Delorme.",
        "Fue la reunión de Colegio Tomás Villalba.",
        "Nos vemos en la entrada de Estadio Tomás Villalba.",
    ],
)
def test_a_place_noun_heading_a_full_name_is_redacted(text: str) -> None:
    # pin changed: a place noun before a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in _redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place noun: the same prepositions before a person
        ("Rendez-vous devant Marcel Tiberge demain.", "devant [NAME] demain."),
        ("Ancien fournisseur de Marcel Tiberge.", "fournisseur de [NAME]."),
        # a role, a relation or a mate before "de": the person may follow
        ("La profesora de Instituto Marta Gomez llegó.", "[NAME]"),
        ("Mi amiga de Colegio Lucía Ferrán vino.", "Colegio [NAME] vino."),
        ("Les amis de Lycée Albertine Moreau.", "Lycée [NAME]."),
        # any other word before "de" is no proof (review 19)
        ("Ancien fournisseur de Lycée Albertine Moreau.", "Lycée [NAME]."),
        ("À dix minutes de Aéroport Gaston Delorme.", "Aéroport [NAME]."),
        # a bare "in front of": a person may follow the place (review 19)
        ("Rendez-vous devant Stade Marcel Tiberge demain.", "Stade [NAME] demain."),
        ("Nos vemos delante de Museo Tomás Villalba.", "Museo [NAME]."),
    ],
)
def test_the_same_shape_without_place_evidence_stays_a_person(text: str, expected: str) -> None:
    assert expected in _redact(text)
