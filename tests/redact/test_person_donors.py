"""The person a donor label names (``person_donors``), and a lower-case given name right after
a person cue (``person_alone.cued_lower_given``). Made-up names and posts, written for these
tests (none is copied from an evaluation set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case name no list holds, after the label at a line start
        (
            "Pledge form\nDonor: Mabinty Kargbo\nThank you!",
            "Pledge form\nDonor: [NAME]\nThank you!",
        ),
        # a given name that is also a word, alone
        ("Donor: Blessing\nPhone below", "Donor: [NAME]\nPhone below"),
        # the label mid-line (one-line posts): the name stops at the first common word
        (
            "Reçu fiscal envoyé. Donateur : Afoué Kragbé. Merci pour tout.",
            "Reçu fiscal envoyé. Donateur : [NAME]. Merci pour tout.",
        ),
        # "Surname, Given": both halves
        ("Donateur : Gnaoré, Affoué\nMerci", "Donateur : [NAME]\nMerci"),
        # lower case: a listed given name first
        ("Donante: ramona peralta\nGracias", "Donante: [NAME]\nGracias"),
        ("Doador: joaquim\nObrigado", "Doador: [NAME]\nObrigado"),
        # a compound surname with particles
        ("Donante: Ramona de las Heras\nGracias", "Donante: [NAME]\nGracias"),
        # inclusive endings of the label
        ("Spender/in: Wiebke Ohlendorf", "Spender/in: [NAME]"),
        ("Donatore: Ottavio Brambati", "Donatore: [NAME]"),
    ],
)
def test_donor_label_names_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Donor: Anonymous",
        "Donor: Lions Club",
        "Donor: Hope Foundation",
        "Our donors: please bring your receipts.",
        "Every donor gets a receipt.",
        "Donor: the parish council",
    ],
)
def test_donor_label_words_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huge thanks to dorothea for the soup.", "Huge thanks to [NAME] for the soup."),
        ("In memory of leopold, who cooked here.", "In memory of [NAME], who cooked here."),
        ("Reçu établi au nom de ghislaine.", "Reçu établi au nom de [NAME]."),
        ("La familia de ximena pide ayuda.", "La familia de [NAME] pide ayuda."),
    ],
)
def test_lower_given_after_cue_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "In memory of the flood victims.",
        "Reçu établi au nom de l'association.",
        "Thanks to everyone who came.",
        "The family of volunteers keeps growing.",
    ],
)
def test_words_after_cue_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)
