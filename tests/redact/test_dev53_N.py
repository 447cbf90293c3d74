"""dev53 N: cue phrases that name the person after them (asking for someone at a desk, a
keynote or a signature by someone, a guest, a guide, a recommendation) let a lower-case pair
whose words are also words elsewhere count as a name; credit labels of a shoot or a press kit
("Stage manager:", "Press officer:") name a person, and a photo credit of one unlisted word
("Photo: Unsplash") stays an agency. Made-up names and posts only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please ask for diego navarro at the desk.", "Please ask for [NAME] at the desk."),
        ("Keynote by natalia ortega on data quality.", "Keynote by [NAME] on data quality."),
        ("Our guest speaker is fernando castillo.", "Our guest speaker is [NAME]."),
        ("We were joined by madison foster as guest.", "We were joined by [NAME] as guest."),
        ("Delivery must be signed for by james cooper.", "Delivery must be signed for by [NAME]."),
        ("Credit where due: megan foster did it.", "Credit where due: [NAME] did it."),
        ("Contamos con ricardo villanueva como ponente.", "Contamos con [NAME] como ponente."),
        ("Recomiendo sin dudarlo a verónica solís.", "Recomiendo sin dudarlo a [NAME]."),
        ("Fui atendida por lucía serrano na loja.", "Fui atendida por [NAME] na loja."),
        ("La dichiarazione è firmata da salvatore greco.", "La dichiarazione è firmata da [NAME]."),
    ],
)
def test_cued_lower_pairs(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stage manager: diego moreno", "Stage manager: [NAME]"),
        ("Press officer: Autumn", "Press officer: [NAME]"),
        ("Photo: Rebecca Lindgren", "Photo: [NAME]"),
    ],
)
def test_credit_labels(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please ask for help at the front desk.",
        "Keynote by the board on strategy.",
        "Our guide book is out.",
        "Contamos con una sala grande.",
        "Photo: Unsplash",
        "Photo: Shutterstock",
    ],
)
def test_no_name_after_the_cue(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.fixture(scope="module")
def roster() -> Redactor:
    return Redactor.from_members(["Kiri Walker", "Hannes Egger", "Elke Braun", "Ana Valencia"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member's name alone that is also a word or a place, in a slot that names a person
        ("Handover notes came from Kiri. Thanks.", "Handover notes came from [NAME]. Thanks."),
        ("Bitte an Egger weiterleiten.", "Bitte an [NAME] weiterleiten."),
        ("Vor dem Einreichen Elke fragen.", "Vor dem Einreichen [NAME] fragen."),
        ("Incluyan a Valencia en la edición.", "Incluyan a [NAME] en la edición."),
        ("Please loop in Egger before replying.", "Please loop in [NAME] before replying."),
    ],
)
def test_member_slots(roster: Redactor, text: str, expected: str) -> None:
    assert roster.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["Bitte an Zendesk weiterleiten.", "Die Kunden fragen oft danach.", "Wir sind in Valencia."],
)
def test_no_member_slot(roster: Redactor, text: str) -> None:
    assert roster.redact(text).text == text
