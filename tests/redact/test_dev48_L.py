"""Session 48, helper L: look-alikes kept from their standards (issue 10), and personal values in
the same places still redacted (``keep_veto`` has the last word).

Every value is made up; each look-alike passes its own standard's check (ISBN Users' Manual,
GS1 General Specifications) or has its register's or court's printed form.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_barcodes import gtin_layout
from trainer.redact.lookalike_books import isbn_layout
from trainer.redact.lookalike_case_numbers import case_number_span
from trainer.redact.lookalike_digit_groups import Printed, printed_numbers


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=True)


KEPT = [
    # ISBN-13 after its label in any spelling, even one holding a phone word ("Nummer")
    "Die ISBN-Nummer 978-3-16-148410-0 steht hinten.",
    "ISBN-nummer: 978 90 274 3964 2",
    "Numer ISBN 9788412345674",
    "ISBN-Nr. 979-10-90636-07-1",
    # ISBN-10 after a book noun: in its printed parts, or solid when no phone plan reads it
    "Das Buch 2-84412-345-7 ist vergriffen.",
    "Le livre 2844123457 est épuisé.",
    "Het boek 3201543217 is weer leverbaar.",
    "Animal Farm (Penguin, 1989, 0-306-40615-2).",
    # GTINs after a barcode label, in the GS1 layouts
    "EAN 4 006381 333931",
    "The barcode is 5 400000 123450.",
    "Código de barras: 871 2345 67890 6",
    "Strichcode 8-712345-678906 auf der Packung.",
    "UPC 7-25272-73070-6",
    "(01)12345678901231",
    "streepjescode 1234 5670",
    # the EAN-13's human-readable line with no label
    "Oat milk 1L  4 006381 333931  2,49 €",
    # court case numbers in the courts' forms
    "The Court joined Application no. 12345/21 to the case.",
    "R.G. n. 1234/2021",
    # a register's label and its own "under number" phrase
    "De vennootschap is ingeschreven bij de KvK onder nummer 12345678.",
]


@pytest.mark.parametrize("text", KEPT)
def test_lookalike_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


VETOED = [
    ("Die ISBN-Nummer +49 30 12345678 steht hinten.", "Die ISBN-Nummer [PHONE] steht hinten."),
    ("The barcode is 4539 1488 0343 6467.", "The barcode is [CARD]."),
    # a solid ISBN-10 is asked the full veto: a phone with its trunk 0 stays redacted
    ("ISBN-Nummer 0612345678", "ISBN-Nummer [PHONE]"),
    ("Das Buch 0612345678 ist da.", "Das Buch [PHONE] ist da."),
    # ten digits North America writes solid for a valid number: a book noun proves no book
    ("Le livre 4155550123 est épuisé.", "Le livre [PHONE] est épuisé."),
    (
        "The Court joined Application no. +33 6 12 34 56 78 to the case.",
        "The Court joined Application no. [PHONE] to the case.",
    ),
    (
        "ingeschreven bij de KvK onder nummer 06 12345678",
        "ingeschreven bij de KvK onder nummer [PHONE]",
    ),
    ("Oat milk 1L  +44 7700 900123  2,49 €", "Oat milk 1L  [PHONE]  2,49 €"),
    # a GS1 layout with a phone word before it on its line
    ("Call 4 006381 333931 now", "Call [PHONE] now"),
    # a UPC-A's 1-5-5-1 line with no label opens with a trunk 0: asked the full veto
    ("Peanut butter 16oz  0 36000 29145 2  $3.99", "Peanut butter 16oz  [PHONE]  $3.99"),
]


@pytest.mark.parametrize(("text", "expected"), VETOED)
def test_personal_value_stays_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_an_application_number_needs_a_court_in_its_sentence() -> None:
    text = "My visa Application no. 12345/21 was refused."
    assert case_number_span(text, text.index("12345")) is None
    text = "The Court joined Application no. 12345/21 to the case."
    assert case_number_span(text, text.index("12345")) == (17, 41, 33)


def test_printed_numbers_cut_whole_groups_from_the_first() -> None:
    text = "EAN 4 006381 333931 12 €"
    cuts = list(printed_numbers(text, text.index("4 006")))
    assert cuts[0].compact == "400638133393112"
    assert cuts[1] == Printed(4, 19, "4006381333931", (1, 6, 6), " ")


def test_printed_numbers_refuse_mixed_separators() -> None:
    text = "978-3 16-148410-0"
    assert list(printed_numbers(text, 0)) == []


def test_isbn_layouts() -> None:
    def first(text: str) -> Printed:
        return next(printed_numbers(text, 0))

    assert isbn_layout(first("978-3-16-148410-0"))
    assert isbn_layout(first("978-3161484100"))
    assert isbn_layout(first("9783161484100"))
    assert not isbn_layout(first("978-3-16-148410-1"))  # check digit
    assert not isbn_layout(first("97-83-16-148410-0"))  # no prefix group
    assert isbn_layout(first("0-306-40615-2"))
    assert isbn_layout(first("0-201-61622-X"))  # an ISBN-10's check character X
    assert not isbn_layout(first("0306-406152"))  # two groups: no ISBN-10 print


def test_gtin_layouts() -> None:
    def first(text: str) -> Printed:
        return next(printed_numbers(text, 0))

    assert gtin_layout(first("4 006381 333931"), labelled=False)
    # a catalogue's prefix-company-item-check: only after a label
    assert not gtin_layout(first("400 6381 33393 1"), labelled=False)
    assert gtin_layout(first("400 6381 33393 1"), labelled=True)
    assert not gtin_layout(first("4 006381 333932"), labelled=True)  # check digit
    assert gtin_layout(first("0 36000 29145 2"), labelled=False)
