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
    redactor = Redactor.from_members([])
    assert redactor.redact("Here you go: 19850312").text == "Here you go: [ID]"
