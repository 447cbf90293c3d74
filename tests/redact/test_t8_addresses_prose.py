"""Session 8, addresses: an English street with no number after a residence or meeting cue
("we live on Elmwood Avenue") goes; a street in prose without such a cue, a figurative street
("Wall Street"), a company after the type and a type before a letter ("Avenue Q") stay. Made-up
examples."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we met on Larkspur Avenue near the park", "we met on [ADDRESS] near the park"),
        ("My aunt lives on Quillon Road.", "My aunt lives on [ADDRESS]."),
        ("They moved to Hazelbank Close last spring.", "They moved to [ADDRESS] last spring."),
        ("I grew up on Tamsin Hill Drive, by the mill.", "I grew up on [ADDRESS], by the mill."),
        # the cue does not widen the keep: an email beside the street still goes
        (
            "We live on Corvel Lane, write to pat.corvel@example.org",
            "We live on [ADDRESS], write to [EMAIL]",
        ),
    ],
)
def test_cued_streets_are_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traffic near Quillon Road is bad this morning.",
        "Wall Street fell sharply today.",
        "He moved to Wall Street after college.",
        "We met at Larkspur Street Bakery for coffee.",
        "Avenue Q was a great show.",
        "The parade took place on Quillon Street.",
        "She lives on The Strand Road now.",
    ],
)
def test_look_alikes_survive(redact, text):
    assert "[ADDRESS]" not in redact(text)
