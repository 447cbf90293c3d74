"""Job titles and team names in person fields name nobody; people in the same fields still go.

Examples are made up; each class is shown in several languages and record forms.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.record_keys import key_kind
from trainer.redact.record_roles import job_title

REDACTOR = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return REDACTOR.redact(text).text


@pytest.mark.parametrize(
    "value",
    [
        "Release Manager",
        "Support Engineer",
        "Team Lead, Infrastructure",
        "Beraterin Vertrieb",  # German feminine of a dictionary agent noun
        "Vertriebsingenieurin",  # German compound title
        "Redakteurin",
        "Ingénieure réseau",  # French -eure for -eur
        "Rédactrice",  # French -rice for -teur
        "Direttrice tecnica",  # Italian -trice for -tore
        "Consultora",  # Spanish/Portuguese -ora for -or
        "Analista de sistemas",
        "Inkoopadviseur",  # Dutch compound title
        "Projectcoördinator",
        "Specjalistka",
        "Utvecklare",
        "Suunnittelija",
        "Tasarımcı",
        "Data Platform",  # a team
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
        "Schmidt Berater",
        # a listed surname after the title is a person (review R2)
        "Projektleiter Fischer",
        "Designer Cook",
        "Ingenjör Berg",
        "Teamleider de Smet",
        "Senior Designer Walker",
        "Ocean Gray",
    ],
)
def test_people_and_possible_people_stay_names(value: str) -> None:
    assert not job_title(value)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("From: Release Manager\nTo: Helpdesk\nSubject: Badge", "Release Manager"),
        ("Von: Beraterin Vertrieb\nAn: Buchhaltung\nBetreff: Gutschrift", "Beraterin Vertrieb"),
        ("Van: Inkoopadviseur\nAan: Facilitair\nOnderwerp: Sleutels", "Inkoopadviseur"),
        ("De: Consultora\nPara: Soporte\nAsunto: Acceso", "Consultora"),
        ("Owner: Data Platform", "Data Platform"),
        ("Organizer: Berlin Python Meetup", "Berlin Python Meetup"),
        ("[00:03:10] Support Engineer: the numbers are in", "Support Engineer"),
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
        ("Organizer: Lotte Haverkamp, Release Manager", "Haverkamp"),
        ("From: Projektleiter Fischer\nAn: Team\nBetreff: Plan", "Fischer"),
        ("[10:01] Ana: hi\n[10:02] Designer Cook: can we move the review?", "Cook"),
        ("[00:03:10] Marit Solberg: the numbers are in", "Solberg"),
    ],
)
def test_people_in_the_same_fields_still_go(text: str, gone: str) -> None:
    assert gone not in _redact(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("container_name: cache-main", "cache-main"),
        ("service_name: billing-api", "billing-api"),
        ("job_name: nightly-backup", "nightly-backup"),
    ],
)
def test_infrastructure_names_survive(text: str, kept: str) -> None:
    assert kept in _redact(text)


@pytest.mark.parametrize(
    "text, gone",
    [
        # people name machines and lists after themselves (review R8)
        ("container_name: marta-kowalczyk", "kowalczyk"),
        ("env_name: kasia-nowicka-laptop", "nowicka"),
        ("instance_name: tomek-wisniewski-dev", "tomek"),
        ("host: jolanta-laptop", "jolanta"),
        ("list_name: Hochzeit Lena & Jonas Wendtland", "Lena"),
    ],
)
def test_named_after_a_person_stays_redacted(text: str, gone: str) -> None:
    assert gone not in _redact(text)


@pytest.mark.parametrize("key", ["repo owner", "Task owner", "Job applicant name", "customer_name"])
def test_person_keys_beside_thing_words_stay_personal(key: str) -> None:
    assert key_kind(key) == "NAME"


CHAT = "[09:00] {label}: okay\n[09:01] {other}: thanks"


@pytest.mark.parametrize(
    "label",
    ["Minä", "Jag", "Ja", "Ich", "Tuki", "Wsparcie", "Gość", "Värd", "Misafir", "Deploybot"],
)
def test_self_desk_host_and_bot_labels_name_nobody(label: str) -> None:
    text = CHAT.format(label=label, other="Ik")
    assert f"{label}:" in _redact(text)


@pytest.mark.parametrize(
    "label, gone",
    [
        ("Anna Gast", "Gast"),
        ("Ben", "Ben"),
        ("Tuki Virtanen", "Virtanen"),
        # review R19: a surname ending in "bot" is no bot
        ("Talbot", "Talbot"),
        ("Cabot", "Cabot"),
        ("Abbot", "Abbot"),
    ],
)
def test_people_labels_beside_role_words_stay_names(label: str, gone: str) -> None:
    assert gone not in _redact(CHAT.format(label=label, other="Minä"))
