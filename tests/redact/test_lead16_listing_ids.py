"""A bare "ID" after a listing or ad noun of the languages we redact names the listing, as after
"listing" and "ad"; after any other word it is still an id cue (fail closed)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    "text",
    [
        "Anzeige ID 48213377 ist noch online.",
        "Advertentie ID 48213377 staat nog online.",
        "Annonce ID 48213377 toujours en ligne.",
        "Anuncio ID 48213377 sigue activo.",
        "Anúncio ID 48213377 ainda ativo.",
        "Ogłoszenie ID 48213377 jest aktywne.",
        "Oglas ID 48213377 je še aktiven.",
    ],
)
def test_an_id_after_a_listing_noun_names_the_listing(redactor, text):
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient ID 48213377 is on file.", "Patient ID [ID] is on file."),
        ("Kunden ID 48213377 bitte angeben.", "Kunden ID [ID] bitte angeben."),
        ("Mitarbeiter ID 48213377 im System.", "Mitarbeiter ID [ID] im System."),
    ],
)
def test_an_id_after_a_person_word_is_still_an_id(redactor, text, expected):
    assert redactor.redact(text).text == expected
