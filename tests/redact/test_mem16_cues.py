"""mem16: a lower-case declined form of a long roster name after a word that governs its case
(``member_lower_forms``), and the hand-over, escalation, pairing and review phrases before a
roster name that is also a word (``member_handover``), both ways. Made-up rosters and
phrasing."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.member_handover import handed_to

ROSTER = [
    "Þorgerður Hrafnsdóttir",
    "Valdemaras Jankūnas",
    "Ingrīda Ozoliņa",
    "Ilse Lukas",
    "Hunter Sommer",
    "Will Fairbairn",
]


def _redact(text: str) -> str:
    return Redactor.from_members(ROSTER, name_tagger=False).redact(text).text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Við skipulögðum þetta með þorgerði.", "Við skipulögðum þetta með [NAME]."),
        ("Dėkoju valdemarui už pagalbą.", "Dėkoju [NAME] už pagalbą."),
        ("Par to jautājiet ingrīdai.", "Par to jautājiet [NAME]."),
    ],
)
def test_a_lower_case_form_after_a_case_governing_word_goes(text, want):
    assert _redact(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "valdemarui patiko renginys.",  # no governing word before it
        "Ilsei ir jauka diena.",  # a short name's form: maybe a word
        "Par to jautājiet ilsei.",  # the same, after a governing word
    ],
)
def test_a_lower_case_form_without_the_guards_stays(text):
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Handing over to Hunter for the night.", "Handing over to [NAME] for the night."),
        ("Escalate to Will after the first page.", "Escalate to [NAME] after the first page."),
        ("Übergabe an Sommer für die Nacht.", "Übergabe an [NAME] für die Nacht."),
        ("Je passe la main à Hunter pour la nuit.", "Je passe la main à [NAME] pour la nuit."),
        ("Pairing with Will on the migration.", "Pairing with [NAME] on the migration."),
        ("Hats off to Hunter!", "Hats off to [NAME]!"),
    ],
)
def test_a_hand_over_phrase_makes_a_word_name_the_member(text, want):
    assert _redact(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Escalate to Security after the first page.",  # no roster name
        "The hunter went over the hill.",  # the word, no phrase before it
        "Der Sommer war lang.",  # the word, no phrase before it
        "We will hand it over to the night shift.",
        "Hats off to Security for the quick fix.",
    ],
)
def test_without_the_phrase_or_a_roster_name_the_word_stays(text):
    assert _redact(text) == text


def test_the_phrase_is_matched_whole():
    assert handed_to(["Handing", "over", "to"])
    assert handed_to(["Le", "entrego", "el", "turno", "a"])
    assert not handed_to(["Flight", "to"])
    assert not handed_to(["la", "main"])
    assert not handed_to([])


def test_a_person_field_of_a_log_line_names_the_member():
    assert _redact("INFO deploy approved_by=Will build=42") == (
        "INFO deploy approved_by=[NAME] build=42"
    )
    assert _redact('WARN job owner="Hunter" retry=3') == 'WARN job owner="[NAME]" retry=3'
    # a field that holds no person keeps the word
    assert _redact("INFO deploy mode=Hunter build=42") == "INFO deploy mode=Hunter build=42"
