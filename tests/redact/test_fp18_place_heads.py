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
from trainer.redact.lookalike_romance_places import romance_place

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
def test_a_place_noun_heading_a_full_name_keeps_the_place(text: str) -> None:
    assert _redact(text) == text


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


def test_the_de_route_takes_events_parts_and_groups_only() -> None:
    def reads(before: list[str], noun: str = "Lycée", name: str = "Albertine Moreau") -> bool:
        text = f"{' '.join(before)} {noun} {name}"
        return romance_place(noun, before, text, len(text) - len(name))

    assert reads(["fête", "de"])  # an event
    assert reads(["entrée", "de"])  # a part of the place
    assert reads(["supporters", "de"], "Stade")  # a group, not of schoolmates
    assert not reads(["fournisseur", "de"])  # any other word (review 19)
    assert not reads(["llamada", "de"], "Hospital")
    assert not reads(["directrice", "de"])  # a role
    assert not reads(["amigas", "de"], "Colegio")  # a relation, plural
    assert not reads(["alumnos", "de"], "Colegio")  # schoolmates
    assert not reads(["Fête", "de"])  # not a lower-case word of the sentence
    assert not reads(["fête", "de"], "Museum")  # a Dutch sentence's "de Museum"
