"""A roster name that is also a word, as the value of a staff label or as the subject of a
finite verb that opens a sentence (``member_role_labels``, ``member_subject``); the word itself
survives. Names and sentences are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(
        ["Dalia Granada", "Remy Tailleur", "Wout Molenaar", "Drita Kala", "Tomas Pastor"],
        name_tagger=False,
    )


@pytest.mark.parametrize(
    "text, want",
    [
        ("Collaboratrice: Dalia\nQuai 4", "Collaboratrice: [NAME]\nQuai 4"),
        ("Angajat: Tailleur", "Angajat: [NAME]"),
        ("Punonjësi: Kala\nTurni i natës", "Punonjësi: [NAME]\nTurni i natës"),
        ("Staff: Pastor\nShift: late", "Staff: [NAME]\nShift: late"),
        ("Tailleur a les badges du quai.", "[NAME] a les badges du quai."),
        ("Molenaar meldde het lek gisteren.", "[NAME] meldde het lek gisteren."),
        ("Kala njoftoi shoferin.", "[NAME] njoftoi shoferin."),
        ("Pastor hace el inventario hoy.", "[NAME] hace el inventario hoy."),
    ],
)
def test_a_word_name_with_a_staff_label_or_a_verb_is_redacted(
    redactor: Redactor, text: str, want: str
) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.parametrize(
    "text",
    [
        "Le tailleur a les badges du quai.",
        "De molenaar meldde het lek gisteren.",
        "El pastor hace el sermón hoy.",
        "Staff: three drivers, one loader.",
        "Costa Rica a des plages.",
    ],
)
def test_the_word_survives(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
