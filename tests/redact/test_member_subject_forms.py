"""A roster name that is also a word, as the subject or after a form of address where a company
shares its name (issue 10, round mem11): after a sentence adverb that opens the sentence ("Maybe
X can help"), before a German present in -t and its article or pronoun ("X kennt die Gegend"),
before a Romance past after a clitic ("X se mudou"), and after a Catalan form of address even
where a company is so named ("senyor X"). Each has a same-shape text that keeps its word.
Names and texts are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

ROSTER = [
    "Hope Adair",  # a given name that is a word (tier 3)
    "Lena Engel",  # a surname that is a word (tier 3)
    "Rui Rocha",  # a surname that is a word (tier 3)
    "Quim Bosch",  # a surname that a company bears
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Maybe Hope can bring the van.", "Maybe [NAME] can bring the van."),
        ("- [ ] Perhaps Rocha will sign it.", "- [ ] Perhaps [NAME] will sign it."),
        ("Vielleicht Engel kann helfen.", "Vielleicht [NAME] kann helfen."),
        ("• Engel kennt die Nachbarn.", "• [NAME] kennt die Nachbarn."),
        ("Engel bringt heute den Schlüssel.", "[NAME] bringt heute den Schlüssel."),
        ("Rocha se mudou em março.", "[NAME] se mudou em março."),
        ("Ho va dir el senyor Bosch ahir.", "Ho va dir el senyor [NAME] ahir."),
    ],
)
def test_subject_or_addressed_member_is_redacted(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.parametrize(
    "text",
    [
        "Maybe hope is enough.",  # lower case: the word
        "and maybe Hope can wait",  # the adverb opens no sentence
        "Der Engel kennt die Nachbarn.",  # an article before it: the noun
        "Wir kaufen eine Bosch Bohrmaschine.",  # the company, no form of address
    ],
)
def test_same_shape_word_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
