"""Each structured PII type is found, whole, in several formats."""

from __future__ import annotations

import pytest

CASES = {
    "EMAIL": [
        "jane.doe@example.com",
        "JANE.DOE@EXAMPLE.CO.UK",
        "j_doe+news@mail-server.io",
        "jane [at] example [dot] com",
        "jane(at)example.org",
        "jane at example dot com",
        "jane.doe at example.com",
        "jane {at} example {dot} de",
        "jane @ example.fr",
    ],
    "PHONE": [
        "+1 (415) 555-0132",
        "(415) 555-0132",
        "415.555.0132",
        "415-555-0132 ext. 12",
        "+44 20 7946 0958",
        "020 7946 0958",
        "07700 900123",
        "+49 30 12345678",
        "030 12345678",
        "+33 1 23 45 67 89",
        "01 23 45 67 89",
        "+91 98765 43210",
        "+55 11 91234-5678",
        "(11) 91234-5678",
        "0049 89 1234567",
        "+44 (0) 20 7946 0958",
        "+61 412 345 678",
    ],
    "URL": [
        "https://example.com/path?q=1",
        "www.example.org",
        "linkedin.com/in/jane-doe-42",
        "http://sub.example.co.uk/a/b",
        "github.com/janedoe",
        "example.io",
    ],
    "IP": [
        "192.168.0.12",
        "10.0.0.1/24",
        "2001:db8::8a2e:370:7334",
        "fe80::1ff:fe23:4567:890a",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
    ],
    "CARD": [
        "4111 1111 1111 1111",
        "5500-0000-0000-0004",
        "378282246310005",
        "6011 1111 1111 1117",
        "4012888888881881",
    ],
    "IBAN": [
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "GB82 WEST 1234 5698 7654 32",
        "FR14 2004 1010 0505 0001 3M02 606",
        "NL91ABNA0417164300",
        "ES9121000418450200051332",
    ],
    "SSN": ["123-45-6789", "078 05 1120"],
    "NATIONAL_ID": ["AB 12 34 56 C", "123.456.789-09", "2341 2341 2346"],
}
TEMPLATE = "Hi all, for the form use {} and thanks again."


@pytest.mark.parametrize(
    ("kind", "value"), [(kind, value) for kind, values in CASES.items() for value in values]
)
def test_structured_value_is_redacted_whole(values, redactor, kind, value):
    text = TEMPLATE.format(value)
    assert values(text) == [(kind, value)]
    assert value not in redactor.redact(text).text


def test_ssn_without_dashes_needs_a_cue(values):
    assert values("my SSN: 123456789 ok") == [("SSN", "123456789")]
    assert "SSN" not in {kind for kind, _ in values("order 123456789 shipped")}


@pytest.mark.parametrize(
    "value",
    [
        "4111 1111 1111 1112",
        "DE89 3704 0044 0532 0130 01",
        "000-12-3456",
        "666-12-3456",
        "123-00-4567",
        "999.1.1.1",
    ],
)
def test_invalid_checksums_and_ranges_are_not_their_type(values, value):
    kinds = {kind for kind, _ in values(f"value {value} here")}
    assert not kinds & {"CARD", "IBAN", "SSN", "IP"}


def test_typed_placeholders(redactor):
    result = redactor.redact("Mail jane.doe@example.com or call +44 20 7946 0958.")
    assert result.text == "Mail [EMAIL] or call [PHONE]."
