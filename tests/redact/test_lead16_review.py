"""The second review of this session (engine 1.16.0), lead's part: a lone surrogate must not
crash the tagger (now on by default), and a date handed over bare stays redacted (fail closed)."""

from __future__ import annotations

import zlib

import pytest

from trainer.redact import Redactor
from trainer.redact.name_tagger_hashing import h64


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members(["Ana Ruiz"], name_tagger=True)


def test_a_lone_surrogate_does_not_crash_the_tagger(tagged):
    text = "Thanks \ud800 Ana, call +44 20 7946 0958."
    out = tagged.redact(text).text
    assert out == "Thanks \ud800 [NAME], call [PHONE]."
    assert tagged.redact_batch([text, "Hello Ana"])[0] == [out, "Hello [NAME]"]


def test_valid_text_hashes_as_before():
    data = "Oyelaran é".encode()
    assert h64("Oyelaran é") == zlib.crc32(data) | (zlib.adler32(data) << 32)


def test_a_date_handed_over_bare_is_redacted():
    redactor = Redactor.from_members([], name_tagger=False)
    assert redactor.redact("Here you go: 19850312").text == "Here you go: [ID]"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Escribí a la directora Escuela Carmen Vidal Soto ayer.", "Vidal"),
        ("Ho scritto alla direttrice di Scuola Anna Ferri ieri.", "Ferri"),
        ("Soy catedrático en Universidad Juan Pérez Gómez y les escribo.", "Pérez"),
    ],
)
def test_a_role_before_a_capitalised_institution_noun_makes_a_person(text, kept):
    redactor = Redactor.from_members([], name_tagger=False)
    out = redactor.redact(text).text
    assert "[NAME]" in out and kept not in out
    assert redactor.redact_batch([text])[0] == [out]


@pytest.mark.parametrize(
    "text",
    [
        "Trabajé seis años en Hospital Luis Ferreyra Montalvo.",
        "La beca la financia Universidad Tomás Ferreyra de Salta.",
    ],
)
def test_an_institution_named_after_a_person_with_no_role_before_it_stays(text):
    # pin changed: a place noun beside a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in Redactor.from_members([], name_tagger=False).redact(text).text
