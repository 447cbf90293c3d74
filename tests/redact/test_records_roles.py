"""Job titles and team names in person fields name nobody; people in the same fields still go.

Examples are made up; each class is shown in several languages and record forms.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.record_keys import key_kind
from trainer.redact.record_roles import job_title

REDACTOR = Redactor.from_members([])


def _redact(text: str) -> str:
    return REDACTOR.redact(text).text


@pytest.mark.parametrize(
    "value",
    [
        "Product Designer",
        "Senior Analyst",
        "Volunteer Coordinator",
        "Team Lead, Infrastructure",
        "Engineering Manager",
        "Entwicklerin Frontend",  # German feminine of a dictionary agent noun
        "Projektleiterin",  # German compound title
        "Sachbearbeiter Einkauf",
        "Chargée de communication",
        "Développeuse web",  # French -euse for -eur
        "Sviluppatrice",  # Italian -trice for -tore
        "Desarrolladora web",  # Spanish -ora for -or
        "Analista de dados",
        "Beleidsmedewerker",
        "Communicatieadviseur",
        "Kierowniczka projektu",
        "Projektledare",
        "Myyntipäällikkö",
        "Satış Temsilcisi",
        "Customer Success",  # a team
        "Data Platform",
        "Berlin Python Meetup",
    ],
)
def test_titles_and_teams_name_nobody(value: str) -> None:
    assert job_title(value)


@pytest.mark.parametrize(
    "value",
    [
        "Anna Berg",  # a given name and a surname
        "Alex Designer",  # an unambiguous given name beside a title
        "Oyelaran Analyst",  # a word no list knows (a rare surname) beside a title
        "Baker",  # one word that is a listed surname
        "Rose",  # one word that is an ambiguous given name
        "Bunny",  # one dictionary word that is no job noun: may be a nickname
        "Main Stage",  # every word is also a listed name: could be a person
        "Mason Young",
        "Dr Analyst",  # a title
        "Jan de Vries",
        "Schmidt Entwickler",
    ],
)
def test_people_and_possible_people_stay_names(value: str) -> None:
    assert not job_title(value)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("From: Engineering Manager\nTo: Helpdesk\nSubject: Badge", "Engineering Manager"),
        ("Von: Sachbearbeiterin Einkauf\nAn: Buchhaltung\nBetreff: Rechnung", "Sachbearbeiterin"),
        ("Van: Beleidsmedewerker\nAan: Facilitair\nOnderwerp: Sleutels", "Beleidsmedewerker"),
        ("De: Desarrolladora web\nPara: Soporte\nAsunto: Acceso", "Desarrolladora web"),
        ("Contact: Customer Success", "Customer Success"),
        ("Owner: Data Platform", "Data Platform"),
        ("Organizer: Berlin Python Meetup", "Berlin Python Meetup"),
        ("[00:03:10] Senior Analyst: the numbers are in", "Senior Analyst"),
    ],
)
def test_role_values_survive(text: str, kept: str) -> None:
    assert kept in _redact(text)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("From: Anna Berg\nTo: Helpdesk\nSubject: Badge", "Berg"),
        ("Von: Jonas Wendler\nAn: Buchhaltung\nBetreff: Rechnung", "Wendler"),
        ("Contact: Priya Raman", "Raman"),
        ("Owner: Okonkwo", "Okonkwo"),
        ("Organizer: Lotte Haverkamp, Product Designer", "Haverkamp"),
        ("[00:03:10] Marit Solberg: the numbers are in", "Solberg"),
    ],
)
def test_people_in_the_same_fields_still_go(text: str, gone: str) -> None:
    assert gone not in _redact(text)


@pytest.mark.parametrize("key", ["container_name", "service_name", "jobName", "image name"])
def test_names_of_deployment_things_are_no_person_key(key: str) -> None:
    assert key_kind(key) is None


@pytest.mark.parametrize("key", ["repo owner", "Task owner", "Job applicant name", "customer_name"])
def test_person_keys_beside_thing_words_stay_personal(key: str) -> None:
    assert key_kind(key) == "NAME"


def test_compose_container_name_survives() -> None:
    text = "services:\n  cache:\n    image: redis:7\n    container_name: cache-main\n"
    assert "cache-main" in _redact(text)
