"""The last review round's findings (made-up values): each fail-open probe is redacted, each
same-shape look-alike is kept, and a hostile character reference cannot crash redact()."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    return Redactor.from_members([], name_tagger=False).redact


@pytest.mark.parametrize(
    "text",
    ["x &#" + "0" * 5000 + "64; y", "a&#" + "1" * 5000 + "b.com", "&#x" + "0" * 5000 + "40;"],
)
def test_a_reference_with_thousands_of_digits_does_not_raise(redact, text):
    redact(text)  # int() refuses strings over 4,300 digits; leading zeros are dropped first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anna&#x0040;example.com", "[EMAIL]"),
        ("el mío es 23.456.789 y el de mi hermana 30.111.222 gracias",
         "el mío es [ID] y el de mi hermana [ID] gracias"),
        ("my ID is 23.456.789 thanks", "my ID is [ID] thanks"),
        ("Documento:\n23.456.789\nvence 2030", "Documento:\n[ID]\nvence 2030"),
        ("Tengo 23.456.789 seguidores", "Tengo 23.456.789 seguidores"),
        ("Das Video hat 1.234.567 Aufrufe", "Das Video hat 1.234.567 Aufrufe"),
        ("Swish 0701234567 kr 300 tack", "Swish [PHONE] kr 300 tack"),
        ("Vipps 912 34 567 kr 200", "Vipps [PHONE] kr 200"),
        ("Blik na 601234567 zł 50", "Blik na [PHONE] zł 50"),
        ("Pensja 8 000–12 000 zł brutto", "Pensja 8 000–12 000 zł brutto"),
        ("Budżet 1 250 000 zł", "Budżet 1 250 000 zł"),
        ("Send den til Granvei 12 takk", "Send den til [ADDRESS] takk"),
        ("Pakken kan hentes på Skovvænget 7", "Pakken kan hentes på [ADDRESS]"),
        ("Colgate 360", "Colgate 360"),
        ("Ne vedem pe Calea Victoriei 120 luni seara.", "Ne vedem pe [ADDRESS] luni seara."),
        ("În Piața Unirii 5 oameni au protestat", "În Piața Unirii 5 oameni au protestat"),
        ("Complaint 90010112349", "Complaint [ID]"),  # a valid PESEL after a record title
    ],
)
def test_final_review_probes(redact, text, expected):
    assert redact(text).text == expected
