"""Review R21: a company list entry written as a person's name ("I. Surname") keeps nobody."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.eponyms import _PERSON_FORM


@pytest.mark.parametrize(
    "text",
    [
        "Ask A. Blikle about the budget.",
        "W. Kruk will present on Friday.",
        "Thanks E. Wedel for the notes!",
    ],
)
def test_an_initial_and_a_listed_surname_is_a_person(text: str) -> None:
    redacted = Redactor.from_members([], name_tagger=False).redact(text).text
    assert "[NAME]" in redacted
    assert not any(w in redacted for w in ("Blikle", "Kruk", "Wedel"))


@pytest.mark.parametrize("name", ["J.Crew", "s.Oliver", "W.KRUK S.A.", "Blikle cukiernia"])
def test_glued_brand_spellings_are_no_person_form(name: str) -> None:
    assert _PERSON_FORM.fullmatch(name) is None


@pytest.mark.parametrize("name", ["E. Wedel", "A. Blikle", "W. Kruk"])
def test_spaced_initials_are_a_person_form(name: str) -> None:
    assert _PERSON_FORM.fullmatch(name) is not None
