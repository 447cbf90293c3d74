"""Dev53 F: non-personal text in PII-free posts is kept, people in the same places still go.

Examples are made up; each class is shown in several languages.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.record_roles import job_title

REDACTOR = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return REDACTOR.redact(text).text


# --- the legal professions as a transcript's speakers (records._speakers, record_roles) -------
@pytest.mark.parametrize(
    "role",
    [
        "Paralegal", "Associate", "Notaire", "Avocate", "Tabelião", "Estagiária", "Advogada",
        "Abogada", "Procuradora", "Notaio", "Avvocata", "Notar", "Referendar", "Rechtsanwältin",
        "Fachanwältin", "Rechtsanwaltsfachangestellter", "Advocaat", "Familieadvocaat",
        "Trainee solicitor", "Legal aid officer", "Kandidaat notaris",
    ],
)  # fmt: skip
def test_legal_role_speaker_is_kept(role: str) -> None:
    text = f"[09:14] {role}: The hearing moved to Thursday.\n[09:20] Mediator: Noted, thanks."
    assert _redact(text) == text


@pytest.mark.parametrize(
    "speaker",
    ["Tomasz Wierzbicki", "Notaire Kowalczyk", "Trainee Lawyer", "Legal Aid Officer"],
)
def test_named_speaker_still_goes(speaker: str) -> None:
    """A person, a role before a surname, and a title-cased run of listed surnames stay
    redacted (fail closed)."""
    text = f"[09:14] {speaker}: The hearing moved to Thursday.\n[09:20] Mediator: Noted."
    assert speaker not in _redact(text)


def test_lower_case_word_after_a_capital_is_no_surname() -> None:
    assert job_title("Trainee lawyer")
    assert not job_title("Trainee Lawyer")  # "Lawyer" may be a surname after a title
    assert not job_title("Anna smith")  # a given name is never a title's word


# --- a salutation as a chat line's value ("Kundin: Guten Morgen,": record_values) -------------
@pytest.mark.parametrize(
    "key, greeting",
    [
        ("Kundin", "Guten Abend"), ("Kunde", "Liebe Kolleginnen und Kollegen"),
        ("Client", "Madame, Monsieur"), ("Customer", "Evening"), ("Cliente", "Buenas tardes"),
        ("Customer", "Dear colleagues"),
    ],
)  # fmt: skip
def test_salutation_value_is_kept(key: str, greeting: str) -> None:
    text = f"{key}: {greeting},\n{key}: The meter was read on Monday.\nSupport: Thanks."
    assert greeting in _redact(text)


def test_salutation_with_a_name_still_goes() -> None:
    text = "Kundin: Guten Abend, Swantje Oberländer,\nKundin: Der Zähler.\nSupport: Danke."
    assert "Oberländer" not in _redact(text)


# --- an office's name after a thanks cue ("grazie Servizi Generali": person_cued) -------------
@pytest.mark.parametrize(
    "text", ["La stampante va, grazie Servizi Generali!", "Funciona, gracias Servicios Centrales!"]
)
def test_office_after_cue_is_kept(text: str) -> None:
    assert _redact(text) == text


def test_given_name_after_cue_still_goes() -> None:
    assert "Benedetti" not in _redact("La stampante va, grazie Ottavio Benedetti!")


# --- a weekday after a word of time (person_alone.lone_given) ---------------------------------
@pytest.mark.parametrize(
    "text",
    ["Please renew the licence before Sunday.", "The choir rehearses on Tuesday evenings now."],
)
def test_weekday_after_time_word_is_kept(text: str) -> None:
    assert _redact(text) == text


def test_weekday_after_a_person_cue_still_goes() -> None:
    assert "Sunday" not in _redact("Thanks Sunday for the lovely cake.")


# --- greetings of the Pacific as set phrases (name_set_phrases) -------------------------------
@pytest.mark.parametrize("text", ["Kia ora koutou,\nThe hall is booked.", "Talofa lava, all!"])
def test_pacific_greeting_is_kept(text: str) -> None:
    assert _redact(text) == text


def test_name_after_pacific_greeting_still_goes() -> None:
    assert "Tumataroa" not in _redact("Kia ora Aroha Tumataroa, the hall is booked.")


# --- a mention that addresses the whole group (detectors.find_mentions) -----------------------
@pytest.mark.parametrize("handle", ["@all", "@here", "@channel", "@everyone", "@iedereen"])
def test_broadcast_mention_is_kept(handle: str) -> None:
    text = f"{handle} the standup moves to 10:30"
    assert _redact(text) == text


@pytest.mark.parametrize("handle", ["@allison", "@alle", "@here_now", "@all.smith"])
def test_personal_handle_still_goes(handle: str) -> None:
    assert handle not in _redact(f"{handle} the standup moves to 10:30")
