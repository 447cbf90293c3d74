"""Member mentions in role labels, after a verb of speaking, after "thanks to", and with the
Serbo-Croatian fleeting a (engine 1.17 session mem18). Made-up names; each rule with its
same-shape negative."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

ROSTER = [
    "Rusty Keller",
    "Ange Kouadio",
    "Nadine Obrist",
    "Laia Vilaró",
    "Petar Dragović",
    "Grace Moyo",
    "Will Short",
    "Aleksandar Keller",
    "Lena Young",
    "Mia Henry",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role label whose value is a roster name that is also a word
        ("Account manager: Rusty\n\nStarts soon.", "Account manager: [NAME]\n\nStarts soon."),
        ("Chargé de compte : Ange\n", "Chargé de compte : [NAME]\n"),
        ("- Mentor: Grace, with guests", "- Mentor: [NAME], with guests"),
        # a label closed by a passive's agent
        ("Referido por: Grace\n\nVence pronto.", "Referido por: [NAME]\n\nVence pronto."),
        # lower case, a verb of speaking after it
        ("As nadine said on the panel, just start.", "As [NAME] said on the panel, just start."),
        # thanks, a dative preposition, the name, the reason
        ("Gràcies a laia per revisar el portafoli.", "Gràcies a [NAME] per revisar el portafoli."),
        # the fleeting a: Petar -> Petrom, Petru
        ("Radim zajedno sa Petrom ove nedelje.", "Radim zajedno sa [NAME] ove nedelje."),
        # a roster name that is a word, opening a sentence before a modal and a verb
        ("Done.\n\nYoung will run the second half.", "Done.\n\n[NAME] will run the second half."),
        ("Henry kann das bestätigen.", "[NAME] kann das bestätigen."),
        ("Vodim zajedno sa Aleksandrom ove nedelje.", "Vodim zajedno sa [NAME] ove nedelje."),
    ],
)
def test_member_forms_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Colour: Grace\n",  # no role in the label
        "Status: Rusty\n",
        "Mentor: Grace notes are welcome\n",  # a lower-case word after the value
        "As the nadine said, the river is low.",  # an article makes the word a noun
        "Radim zajedno sa Dimitrom ove nedelje.",  # no roster name declines so
        "Young people will run it.",  # no modal right after the word
        "Young will.",  # no verb after the modal
        "The young will run it.",  # not opening the sentence
    ],
)
def test_same_shape_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_two_letter_surname_after_a_dotted_initial() -> None:
    """ "W. Li": the dotted initial and a two-letter surname are a member's name; the undotted
    forms spell words and abbreviations and stay."""
    redactor = Redactor.from_members(["Wen Qi", "Fabio Ot"], name_tagger=False)
    assert redactor.redact("Worked with W. Qi on it.").text == "Worked with [NAME] on it."
    assert redactor.redact("Hola. F. Ot puede dar fe.").text == "Hola. [NAME] puede dar fe."
    assert redactor.redact("Worked with W Qi on it.").text == "Worked with W Qi on it."
    assert redactor.redact("Plan B. Ot is not a name here.").text == (
        "Plan B. Ot is not a name here."
    )
