"""Issue #10, precision (fp18): a place named after a person keeps the person's name when the
place noun heads it after "in front of" ("devant Stade ...", "delante de Museo ..."), when the
noun is a street or square's ("près de Place ...", "devant Boulevard ..."), or after "de" and
a lower-case word that names no person ("fournisseur de Lycée ...", "à dix minutes de
Aéroport ..."); the same shapes with a role, a relation, a mate, a house number or no place
noun stay redacted (fail closed). Rules alone; made-up names.
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
        "Rendez-vous devant Stade Marcel Tiberge demain.",
        "Nos vemos delante de Museo Tomás Villalba.",
        "Parking près de Place Gaston Delorme.",
        "Rendez-vous devant Boulevard Gaston Delorme.",
        "Ancien fournisseur de Lycée Albertine Moreau.",
        "Fui proveedora de Aeropuerto Tomás Villalba.",
        "À dix minutes de Aéroport Gaston Delorme.",
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
        # a house number after the name: an address's, for the address rules
        ("Rendez-vous devant Stade Marcel Tiberge 12.", "Stade [NAME] 12."),
    ],
)
def test_the_same_shape_without_place_evidence_stays_a_person(text: str, expected: str) -> None:
    assert expected in _redact(text)


def test_the_de_route_refuses_person_words_singular_and_plural() -> None:
    def reads(before: list[str], noun: str = "Lycée", name: str = "Albertine Moreau") -> bool:
        text = f"{' '.join(before)} {noun} {name}"
        return romance_place(noun, before, text, len(text) - len(name))

    assert reads(["fournisseur", "de"])
    assert reads(["minutes", "de"])
    assert not reads(["directrice", "de"])  # a role
    assert not reads(["amigas", "de"], "Colegio")  # a relation, plural
    assert not reads(["alumno", "de"], "Colegio")  # a mate, singular
    assert not reads(["Fournisseur", "de"])  # not a lower-case word of the sentence
    assert not reads(["fournisseur", "de"], "Museum")  # a Dutch sentence's "de Museum"
