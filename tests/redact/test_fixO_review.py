"""Review 17 findings 6 and 7: lower-case member forms after Icelandic "á"/"í" and after a
conjunction, Estonian voiced-stop genitives ("Mart" -> "Mardi"), and person fields written
as JSON, YAML or camelCase keys. Made-up names only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_ROSTER = [
    "Sigurður Jónsson",
    "Magnús Pálsson",
    "Kristín Einarsdóttir",
    "Mart Tamm",
    "Will Sommer",
    "Wade Baker",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(_ROSTER, name_tagger=True)


def _both(redactor: Redactor, text: str) -> str:
    single = redactor.redact(text).text
    batched = redactor.redact_batch([text])[0][0]
    assert single == batched, (text, single, batched)
    return single


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # finding 6: "á" and "í" govern a lower-case form
        ("sendi þetta á sigurð", "sigurð"),
        ("ég fór í sigurð í gær", "sigurð"),
        # finding 6: a second long name after "og" that a governing word governs too
        ("talaði við magnús og kristínu", "kristínu"),
        ("talaði við sigurð og kristínu", "kristínu"),
        # finding 6: Estonian case endings on the voiced genitive stem ("Mart" -> "Mardi")
        ("Küsige Mardilt", "Mardi"),
        ("Rääkisin eile Mardiga", "Mardi"),
        ("Saatsin kirja Mardile", "Mardi"),
        ("Rääkisin Tammega", "Tamm"),
        # finding 7: JSON, YAML and camelCase person fields
        ('{"approved_by": "Will", "status": "ok"}', "Will"),
        ("approvedBy=Will status=ok", "Will"),
        ("reviewer: Will\npriority: high", "Will"),
        ("ReviewedBy: Wade", "Wade"),
        ('{"owner":"Will"}', "Will"),
        ("assignee: 'Sommer'", "Sommer"),
        ("created_by = Will", "Will"),
    ],
)
def test_member_form_redacted(redactor: Redactor, text: str, leaked: str) -> None:
    assert leaked not in _both(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "á morgun förum við",  # no roster name after the preposition
        "Will you review this?",  # a modal, no person field
        '{"will": "yes", "status": "ok"}',  # a key that names no person
        "Subject: Will it build?",
    ],
)
def test_common_words_kept(redactor: Redactor, text: str) -> None:
    assert _both(redactor, text) == text


def test_roster_word_in_plain_prose_kept(redactor: Redactor) -> None:
    out = _both(redactor, "I will wade through the logs in summer")
    assert out == "I will wade through the logs in summer"
