"""Addresses by postal formats from maintained data (dev55 A): postcodes that carry their
country's letters, read from Google's address metadata (``postal_formats``: "AD200 Encamp",
"St Peter BB26029", "FO 410 Kollafjørður"); post-office box numbers with their office letters
("P.O. Box CB-13022"); an unnumbered street closed by its town and a listed region
(``address_region_lines``); libpostal's type-first street types (``street_types``: "Camí");
and a short box name with the whole box line ("BP 1234, 98000 Monaco"). Every value is made
up; each class has a look-alike that must stay. The rules alone (no tagger)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.address_region_lines import region_names
from trainer.redact.postal_formats import lettered_code_at, lettered_formats
from trainer.redact.street_types import LIBPOSTAL_TYPES


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Andorra: "AD[1-7]0\d" before the town (ZC)
        ("Adreça: Carrer del Pont, 7\nAD200 Encamp", "Adreça: [ADDRESS]"),
        # Barbados: "BB\d{5}" closing the line after the parish (CZ)
        ("Lot 9, Mango Drive\nSpeightstown, St Peter BB26029", "[ADDRESS]"),
        # Faroe Islands: Posta's prefix "FO" before a three-digit code
        ("Heimavegur 3\nFO 410 Kollafjørður", "[ADDRESS]"),
        ("Bústaður: Heimavegur 3, FO-410 Kollafjørður.", "Bústaður: [ADDRESS]."),
        # BahamasPost's lettered box numbers
        ("Write to P.O. Box CB-13022, Nassau", "Write to [ADDRESS]"),
        # an unnumbered street, its town and a listed region
        ("Drop it at Shirley Street, Nassau, New Providence.", "Drop it at [ADDRESS]."),
        ("Post the forms to Palm Lane\nFreeport, Grand Bahama.", "Post the forms to [ADDRESS]."),
        # a numbered street of no type, its town and a listed country closing the clause
        (
            "Lever af op Kaya Palu di Lechi 14, Santa Rosa, Curaçao.",
            "Lever af op [ADDRESS].",
        ),
        ("Bloemweg Zuid 8\nNoord, Aruba", "[ADDRESS]"),
        # libpostal's Catalan "camí"
        ("Envieu-ho a Camí de la Creu, 14, La Massana.", "Envieu-ho a [ADDRESS]."),
        # a short box name with the whole box line
        (
            "Merci d'envoyer le dossier au BP 1234, 98000 Monaco.",
            "Merci d'envoyer le dossier au [ADDRESS].",
        ),
    ],
)
def test_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Model AD500 Pro is great.",  # a ZC code's letters after a word, not a line or comma
        "Order BB11000 shipped today.",  # a CZ code that closes nothing
        "Aixi: AD800 Ordino",  # Andorra's codes run AD100 to AD700
        "Storage Box SS-1138 arrived.",  # a box with no post-office name
        "Coral Road, Nassau, Tuesday.",  # no region closes the line
        "We walked down Abbey Road, London, and had lunch.",
        "Terminal 2, Schiphol.",  # a numbered name and a town, no region
        "Meet at Gate 12, Amsterdam, tomorrow.",
        "Portal 2 is a great game.",  # an English word libpostal lists as a Catalan type
        "BP 140, then the rest.",  # a short box name with no postcode and town
    ],
)
def test_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_lettered_code_spans() -> None:
    text = "Rīga, LV-1050"
    assert lettered_code_at(text, text.index("1050")) == (6, 13)
    text = "George Town, Grand Cayman KY1-1102"
    assert lettered_code_at(text, text.index("1102")) == (26, 34)
    text = "Seestrasse 5, CH-8002 Zürich"
    assert lettered_code_at(text, text.index("8002")) == (14, 21)
    assert lettered_code_at("Model AD500 Pro", 8) is None


def test_data_from_the_packages() -> None:
    formats = lettered_formats()
    assert {c for c, _, _ in formats["AD"]} == {"AD"}
    assert {c for c, _, _ in formats["FO"]} == {"FO"}
    assert "GB" not in {c for rows in formats.values() for c, _, _ in rows}
    assert {"new providence", "abaco", "curacao", "aruba"} <= region_names()
    assert {"cami", "jalan", "calea"} <= {w.replace("í", "i") for w in LIBPOSTAL_TYPES}
    assert not {"monte", "costa", "portal", "kaya"} & LIBPOSTAL_TYPES
