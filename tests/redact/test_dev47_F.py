"""Session 47's F: two false-positive classes of the development sets cut where the name rule
took a word with no evidence of a name (default path, rules and tagger). Made-up sentences.

- ``person_shapes.lower_name``: a lower-case given name before a hyphenated word made of common
  words that are not all surnames ("led cross-functional projects") is a compound adjective;
  a double-barrelled surname is made of surnames ("maria garcía-lópez").
- ``person_shapes.honorific_names``: a lower-case word after a title-shaped word that closes
  its line ("Me\\nit's the ... model": a chat's speaker label) or is written in capitals before
  a word that is no listed surname ("HR specialistka": a department). A capitalised name on
  the next line, or a listed surname after a capitalised title, is still a name.
"""

import pytest

from trainer.redact import Redactor
from trainer.redact.person_shapes import _compound_word


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([])  # the default path: rules and the name tagger
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Experience: led cross-functional projects from discovery to rollout.",
        "Summary: led cross-team reviews for two years.",
        "Me\nit's the Dyson V11 model",
        "Me\ninvoice FA-2020-3761 is attached",
        "Pozice HR specialistka. Nástup ihned.",
        "Nová pozice HR stručnjakinja u Zagrebu.",
    ],
)
def test_no_name_is_kept(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience: maren lindqvist projects from discovery.",
         "Experience: [NAME] projects from discovery."),
        ("thanks to maria garcía-lópez for the help", "thanks to [NAME] for the help"),
        ("thanks to anna rose-wood for the help", "thanks to [NAME] for the help"),
        ("Me Dupont est là", "Me [NAME] est là"),
        ("Me\nlucas dupont est là", "Me\n[NAME] est là"),
        ("Frau\nBrandvold kommt morgen.", "Frau\n[NAME] kommt morgen."),
        ("MR smith called", "MR [NAME] called"),
        ("MS BRANDVOLD called", "MS [NAME] called"),
        ("Pozice HR Nováková. Nástup ihned.", "Pozice HR [NAME]. Nástup ihned."),
        ("hr. jensen ringede", "hr. [NAME] ringede"),
    ],
)
def test_the_person_is_still_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("cross-functional", True),
        ("full-time", True),
        ("garcía-lópez", False),  # lópez is no common word
        ("rose-wood", False),  # both parts listed surnames
        ("lindqvist", False),  # no hyphen
    ],
)
def test_compound_word(word, compound):
    assert _compound_word(word) is compound
