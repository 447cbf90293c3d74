"""National ids of every locale: each by its official check where it has one, and after its cue
in the locale's language. Valid ids go; look-alikes whose check fails and that carry no cue stay.

Valid values come from the issuers' published examples (PPS 6433435F/6433435OA, SIN 046 454 286,
TFN 123 456 782, PAN ABCPE1234F) or were generated and checked against the algorithms.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import bsn_ok, luhn_ok, pps_ok, sin_ok, tfn_ok

_R = Redactor.from_members([], name_tagger=False)


def _types(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in _R.redact(text).spans]


def test_pps_check_letter_follows_revenue_algorithm() -> None:
    assert pps_ok("6433435F") and pps_ok("6433435FT") and pps_ok("6433435FW")  # pre-2013
    assert pps_ok("6433435OA") and pps_ok("6433435IH")  # 2013 format: 2nd letter weighs 9
    assert not pps_ok("6433435E") and not pps_ok("6433435VH") and not pps_ok("6433435OB")
    assert sin_ok("046454286") and not sin_ok("046454287")
    assert tfn_ok("123456782") and not tfn_ok("123456783")


VALID = [
    # (text, the id as written)
    ("PPSN: 6433435F", "6433435F"),
    ("My PPS number is 6433435OA.", "6433435OA"),
    ("6433435IH was on the letter", "6433435IH"),
    ("PPS no. 6433435 F", "6433435 F"),
    ("personal public service number 6433435OA", "6433435OA"),
    ("SIN 046 454 286", "046 454 286"),
    ("my social insurance number: 271 947 699", "271 947 699"),
    ("271 947 699", "271 947 699"),
    ("046-454-286 is my SIN", "046-454-286"),
    ("TFN 123 456 782", "123 456 782"),
    ("876 543 210 is my tax file number", "876 543 210"),
    ("Aadhaar 8982 5979 1900", "8982 5979 1900"),
    ("8982 5979 1900", "8982 5979 1900"),
    ("PAN ABCPE1234F", "ABCPE1234F"),
    ("CPF 253.660.082-39", "253.660.082-39"),
    ("253.660.082-39", "253.660.082-39"),
    ("DNI 73045210Q", "73045210Q"),
    ("NIE X9942864X", "X9942864X"),
    ("1 75 09 17 300 379 64", "1 75 09 17 300 379 64"),
    ("numéro de sécurité sociale 1 75 09 17 300 379 64", "1 75 09 17 300 379 64"),
    ("codice fiscale VRCCCL47R16G698J", "VRCCCL47R16G698J"),
    ("VRCCCL47R16G698J", "VRCCCL47R16G698J"),
    ("BSN 3827.49.066", "3827.49.066"),
    ("382749066", "382749066"),
    ("Steuer-ID 86 095 742 719", "86 095 742 719"),
    ("86 095 742 719", "86 095 742 719"),
    ("NINO AB 12 34 56 C", "AB 12 34 56 C"),
]


@pytest.mark.parametrize(("text", "value"), VALID)
def test_valid_ids_go(text: str, value: str) -> None:
    spans = _types(text)
    assert any(value in v for _, v in spans), spans
    assert not any(ch.isdigit() for ch in _R.redact(text).text.replace("[ID]", ""))


CHECK_FAILS = [
    "6433435E stays",  # PPS: wrong check letter
    "73045210R",  # DNI: wrong letter
    "1 75 09 17 300 379 65",  # NIR: wrong key
    "VRCCCL47R16G698K",  # codice fiscale: wrong check letter
    "86 095 742 718",  # Steuer-ID: wrong check digit
]


@pytest.mark.parametrize("text", CHECK_FAILS)
def test_check_failures_without_a_cue_stay(text: str) -> None:
    assert _R.redact(text).text == text


@pytest.mark.parametrize("text", ["271 947 698", "876 543 211", "382749068"])
def test_nine_digit_check_failures_are_no_national_id(text: str) -> None:
    digits = text.replace(" ", "")
    assert not (luhn_ok(digits) or tfn_ok(digits) or bsn_ok(digits))
    assert all(kind != "NATIONAL_ID" for kind, _ in _types(text))  # (a phone shape may still go)


# Issue #10, fail-open choice closed per id type: an id in its canonical separated form is an id
# even beside money or a unit where no quantity is written that way; a 3-3-3 count stays a count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Umsatz: 86 095 742 719 Euro", "Umsatz: [ID] Euro"),  # Steuer-ID's official spacing
        ("CPF 253.660.082-39 reais", "CPF [ID] reais"),
        ("253.660.082-39 reais", "[ID] reais"),  # a "-39" tail is no thousands group
        ("046-454-286 users", "[ID] users"),  # hyphens: no count is written so
        ("Bevölkerung 86.095.742.719", "Bevölkerung 86.095.742.719"),  # dotted: a quantity
        ("367 418 253 views", "367 418 253 views"),
        ("271 947 699 views", "271 947 699 views"),  # SIN-valid, but written as a count
    ],
)
def test_ids_beside_quantities_decided_per_type(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected


@pytest.mark.parametrize("text", ["1 000 000 000 served", "000 000 000", "12 123 456 782 units"])
def test_sin_tfn_shape_is_not_a_tail_of_a_longer_number(text: str) -> None:
    assert all(kind != "NATIONAL_ID" for kind, _ in _types(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Meine Sozialversicherungsnummer lautet 12 150785 M 123", "12 150785 M 123"),
        ("SV-Nummer: 12150785M123", "12150785M123"),
        ("Mi número de la Seguridad Social es 28 1234567890", "28 1234567890"),
        ("NUSS 281234567890", "281234567890"),
        ("Mon numéro d'assurance sociale est 046 454 287", "046 454 287"),  # any check
        ("numéro fiscal 1234567890123", "1234567890123"),
        ("My NI number is QQ 12 34 56 C", "QQ 12 34 56 C"),
    ],
)
def test_social_insurance_and_tax_cues_in_each_language(text: str, value: str) -> None:
    out = _R.redact(text).text
    assert value not in out and not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize(
    "text", ["social security benefits rose in 2024", "the ni no longer works", "NAS DS920+"]
)
def test_cue_words_in_prose_keep_what_follows(text: str) -> None:
    assert all(kind != "NATIONAL_ID" for kind, _ in _types(text))
