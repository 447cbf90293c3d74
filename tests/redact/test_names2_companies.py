"""Companies named after people (issue 10 look-alikes), round 2: what is said of an
organisation ("part of X", "partnership with X", "alianza firmada con X") keeps a name, and a
possessive after it ("part of Anna's team") still means a person; listed houses stay."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor(redactor_for) -> Redactor:
    return redactor_for(("Greta Solvangen",))  # shared with test_names6_classes.py


KEPT = [
    # Unlisted names in an organisation frame (made-up companies).
    "Proud to be part of Harwell Brandt for three years now.",
    "Orgullosa de formar parte de Tomás Ezquerra desde hace tres años.",
    "Orgulho de fazer parte da Otávio Brandão há três anos.",
    "¡Alianza firmada con Lucio Berrocal!",
    "Partnership avviata con Guido Ferrandelli!",
    "Partenariat signé avec Rémi Castagnac !",
    "Samenwerking gestart met Joop Haverkamp!",
    "Partnerschaft mit Volker Bramsted gestartet.",
    # Listed houses named after founders, in any frame.
    "Gran encuentro con el equipo de Emilio Moro en la feria.",
    "Bell'incontro con il team di Nino Cerruti in fiera.",
    "Encontro ótimo com o time da Alexandre Herchcovitch na feira.",
    "Tolles Gespräch mit dem Team von Heinrich Deichmann auf der Messe.",
    "Mooi gesprek met het team van Piet Zoomers op de beurs.",
]

REDACTED = [
    ("Proud to be part of Anna Lindqvist's team.", "Proud to be part of [NAME] team."),
    ("Thanks to Anna Lindqvist, part of our team.", "Thanks to [NAME], part of our team."),
    ("Great to partner with Maren Lindqvist on this.", "Great to partner with [NAME] on this."),
    ("Dear Mr Paul Bocuse, thanks.", "Dear Mr [NAME], thanks."),
]


@pytest.mark.parametrize("text", KEPT)
def test_company_kept(redactor: Redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_person_redacted(redactor: Redactor, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor, text, expected)
