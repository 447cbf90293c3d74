"""Review 18 F16: numbers that are no phone or address when their key or currency says what
they are, each beside a guard that the same shape without it still goes.

- a Unix timestamp after an explicit key ("ts=", "timestamp=", "epoch"), in 2001..2100
  (``lookalike_keyed_standards``);
- an ISSN after its cue whose ISO 3297 mod-11 check holds (``lookalike_keyed_standards``);
- a four-group dotted amount beside a VND or IDR currency, which an IPv4 reading took
  (``lookalike_dotted_amounts``). All values are made up; check digits computed here.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_keyed_standards import issn_ok


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "default"])
def red(request: pytest.FixtureRequest) -> Redactor:
    return Redactor.from_members(["Jane Doe"], name_tagger=request.param)


def test_issn_check_digit_is_iso_3297() -> None:
    assert issn_ok("0612345", "7")  # 8*0+7*6+6*1+5*2+4*3+3*4+2*5 = 92; 11 - 92 % 11 = 7
    assert issn_ok("2049813", "6")
    assert not issn_ok("0612345", "6")
    assert issn_ok("0000006", "X")  # 2*6 = 12; 11 - 12 % 11 = 10, written X
    assert not issn_ok("0000006", "0")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("event ts=1767225600 ok", "event ts=1767225600 ok"),
        ("timestamp=1767225600", "timestamp=1767225600"),
        ('{"ts": 1767225600}', '{"ts": 1767225600}'),
        ("epoch 1767225600", "epoch 1767225600"),
        ("created_at=1767225600", "created_at=1767225600"),
        # guards: a valid phone without the key, after a word ending in "ts", out of the
        # epoch range, or with a contact word after it still goes
        ("call 2126843921", "call [PHONE]"),
        ("its 2126843921", "its [PHONE]"),
        ("its=2126843921", "its=[PHONE]"),
        ("ts=0612345678", "ts=[PHONE]"),
        ("ts=1767225600 call me", "ts=[PHONE] call me"),
        ("ts=2126843921, whatsapp me", "ts=[PHONE], whatsapp me"),
        ("ts=1767225600 123", "ts=[PHONE]"),  # more digits after it: no one token
    ],
)
def test_unix_timestamp_after_its_key(red: Redactor, text: str, expected: str) -> None:
    assert red.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISSN 0612-3457", "ISSN 0612-3457"),
        ("ISSN: 0423-8710", "ISSN: 0423-8710"),
        ("eISSN 2049-8136", "eISSN 2049-8136"),
        ("ISSN (online) 2049-8136", "ISSN (online) 2049-8136"),
        # guards: the check fails, or no ISSN cue: a phone of that shape still goes
        ("ISSN 0612-3456", "ISSN [PHONE]"),
        ("eISSN 2049-8130", "eISSN [PHONE]"),
        ("Tel 0612-3457", "Tel [PHONE]"),
        ("ISSN 0612-3457 call me", "ISSN [PHONE] call me"),
    ],
)
def test_issn_after_its_cue(red: Redactor, text: str, expected: str) -> None:
    assert red.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giá 2.150.000.000 đồng", "Giá 2.150.000.000 đồng"),
        ("Giá 2.150.000.000 VNĐ", "Giá 2.150.000.000 VNĐ"),
        ("₫ 1.200.000.000 tổng", "₫ 1.200.000.000 tổng"),
        ("Rp 3.200.000.000 per tahun", "Rp 3.200.000.000 per tahun"),
        ("Gaji IDR 1.200.000.000 setahun", "Gaji IDR 1.200.000.000 setahun"),
        # guards: the same quad without a currency, or no thousands groups, is an address
        ("server 2.150.000.000 down", "server [IP] down"),
        ("Rp 10.0.0.1", "Rp [IP]"),
        ("ping 192.168.100.200 now", "ping [IP] now"),
    ],
)
def test_dotted_amount_beside_its_currency(red: Redactor, text: str, expected: str) -> None:
    assert red.redact(text).text == expected
