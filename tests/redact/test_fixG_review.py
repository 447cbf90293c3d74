"""Review 15 fixes (fixG): a Romance place noun before a full name keeps it only with positive
evidence that a place is named (a preposition of place before a lower-case noun; an event, a
part of a place or a group of people before "de" and a capitalised noun), never after a
person's role; and English "a"/"no" after a roster given name that is a word count as Romance
grammar words only before a verb. Each probe the review found kept is redacted here, each
text the guards were written for is kept, both by ``redact`` and ``redact_batch``. Made-up
names."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def plain() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members([], name_tagger=True)


def _same_in_batch(redactor: Redactor, text: str) -> str:
    out = redactor.redact(text).text
    assert redactor.redact_batch([text])[0] == [out]
    return out


# --- 1. a role before the place noun: a person's title, the name is a person's -------------
ROLE_PROBES = [
    (
        "Soy Catedrático de Universidad Juan Pérez Gómez y les escribo por el curso.",
        "Soy Catedrático de Universidad [NAME] y les escribo por el curso.",
    ),
    (
        "Ho parlato con la direttrice scuola Anna Ferri ieri sera.",
        "Ho parlato con la direttrice scuola [NAME] ieri sera.",
    ),
    (
        "Il presidente fondazione Paolo Neri mi ha chiamato.",
        "Il presidente fondazione [NAME] mi ha chiamato.",
    ),
    (
        "Escribí a la directora escuela Carmen Vidal Soto para la matrícula.",
        "Escribí a la directora escuela [NAME] para la matrícula.",
    ),
    ("Le directeur de Lycée Paul Martin m'a répondu.", "Le directeur de Lycée [NAME] m'a répondu."),
    (
        "Minha chefe de Escola Maria Silva Santos pediu o relatório.",
        "Minha chefe de Escola [NAME] pediu o relatório.",
    ),
    (
        "Mi abogado de Fundación Jorge Ruiz Pardo me llamó hoy.",
        "Mi abogado de Fundación [NAME] me llamó hoy.",
    ),
    (
        "Ieri ho incontrato il professore liceo Giorgio Neri al bar.",
        "Ieri ho incontrato il professore liceo [NAME] al bar.",
    ),
    # schoolmates: a person may follow "compañeros de Colegio"
    ("Mis compañeros de Colegio Ramón Quiroga y yo.", "Mis compañeros de Colegio [NAME] y yo."),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_PROBES)
def test_a_role_before_the_place_noun_leaves_the_person_redacted(
    plain: Redactor, tagged: Redactor, text: str, expected: str
) -> None:
    assert _same_in_batch(plain, text) == expected
    out = _same_in_batch(tagged, text)
    name = expected.split("[NAME]")[0]
    for word in text[len(name) :].split()[:2]:  # given name and surname, tagger on
        assert word not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Vinieron compañeros de Estadio Andrés Molina a ayudar.",
        "Fui a la reunión de Colegio Carmen Vidal Soto con mi hija.",
        "La entrada de Museo Ramón Quiroga está cerrada.",
        "Lo compré en aeropuerto Ramón Quiroga.",
    ],
)
def test_an_event_a_part_a_group_or_a_preposition_of_place_is_redacted(
    plain: Redactor, text: str
) -> None:
    # pin changed: a place noun before a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    out = _same_in_batch(plain, text)
    assert "[NAME]" in out and out != text


# --- 2. English "a"/"no" after a sentence-opening roster name that is a word ------------------
CLITIC_ROSTER = ["Bill Carter", "Mark Olsen", "Luz Vera", "Laura Keller", "Ana Souza"]


@pytest.fixture(scope="module")
def roster() -> Redactor:
    return Redactor.from_members(CLITIC_ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    "text",
    [
        "Bill a customer for the overtime and close the ticket.",
        "Mark a checkbox when done.",
        "Luz no enciende en el pasillo.",
        "Mark a data point.",
        "Mark no longer works here.",
    ],
)
def test_a_or_no_before_no_verb_keeps_the_word(roster: Redactor, text: str) -> None:
    assert _same_in_batch(roster, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laura a déjà réservé la salle.", "[NAME] a déjà réservé la salle."),
        ("Laura a réservé la salle.", "[NAME] a réservé la salle."),
        ("Luz no ha venido hoy.", "[NAME] no ha venido hoy."),
        ("Luz no llamó ayer.", "[NAME] no llamó ayer."),
        ("Ana a viu ontem.", "[NAME] a viu ontem."),
        ("Laura nous a écrit hier.", "[NAME] nous a écrit hier."),
    ],
)
def test_a_or_no_before_a_verb_keeps_the_subject_redacted(
    roster: Redactor, text: str, expected: str
) -> None:
    assert _same_in_batch(roster, text) == expected
