"""Review rev16 F1, F2, F9, F13: phones in a run of digit groups, after "#", in an order
number's place laid out as their country writes them, and wrapped onto the next line. Each
leak's probe must be redacted; the look-alikes beside them (tickets, hashtags, ISBNs, year
serials, prices, versions, order and customer numbers) must stay. Made-up values only; every
phone is valid in its country's plan (``phonenumbers``). ``redact`` and ``redact_batch`` agree.
"""

from __future__ import annotations

import phonenumbers
import pytest

from trainer.redact import Redactor
from trainer.redact.phone_layouts import national_layout

_R = Redactor.from_members(["Maria Santos"], name_tagger=True)


def _out(text: str) -> str:
    out = _R.redact(text).text
    batch = _R.redact_batch([text])[0][0]
    assert (batch.text if hasattr(batch, "text") else batch) == out, text
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # F1: two phones in a row, or a phone right after another number
        ("Nummern: 0151 23456789 0172 3456789", "Nummern: [PHONE] [PHONE]"),
        ("Tel 030 1234567 0151 23456789", "Tel [PHONE] [PHONE]"),
        ("call 07911 123456 07922 654321", "call [PHONE] [PHONE]"),
        ("call 212-555-0142 646-555-0199", "call [PHONE] [PHONE]"),
        ("Kundennummer 5390 0754 7034 0151 23456789", "Kundennummer 5390 0754 7034 [PHONE]"),
        ("Zimmer 12 0151 23456789", "Zimmer 12 [PHONE]"),
        # F2: "#" before the number
        ("my cell #07912345678", "my cell #[PHONE]"),
        ("Tel #0172 3456789", "Tel #[PHONE]"),
        ("Order #07912345678 is also my mobile", "Order #[PHONE] is also my mobile"),
        ("Order #876-555-0142", "Order #[PHONE]"),
        # F9: an order number laid out as a phone of its country; a call word after it
        ("Commande n° 77 123 45 67", "Commande n° [PHONE]"),
        ("Pedido 8845-1234, llámame", "Pedido [PHONE], llámame"),
        ("Pedido 8845-1234", "Pedido [PHONE]"),
        # F13: a number wrapped onto the next line after a phone word
        ("call 0151\n23456789 please", "call [PHONE]\n[PHONE] please"),
    ],
)
def test_review_phone_leaks_are_redacted(text: str, expected: str) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "RF18 5390 0754 7034 0151 23456789",  # a valid creditor reference, then a phone
        "PLZ 10115 0151 23456789",
    ],
)
def test_phone_after_a_kept_number_goes(text: str) -> None:
    out = _out(text)
    assert "23456789" not in out and "0151" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "#12345 closed",
        "Issue #4821 fixed, see PR #4830",
        "#2024 was a great year",
        "Ticket #28374651994 closed.",
        "Order #98450123 has shipped",
        "Listing #012345678 still available",  # a trunk 0 but nine digits after "#"
        "Annonce #198765432 toujours dispo",
        "Rechnung 2024-403, schreibt mir",  # "write me" is no call word
        "ISBN 978-3-16-148410-0",
        "EAN-13 4 006381 333931 on the label",
        "Order 2024-001234 shipped",
        "Commande n° 2024-118 livrée",
        "Račun št. 2021-0734 je plačan",
        "Price 1 250 000 kr",
        "Version 10.0.22631.3007",
        "Bestellnummer 5390 0754 7034",
        "RF18 5390 0754 7034",
        "Invoice 4515754014 paid",
        "Order 12 345 678 shipped",
        "Meeting on 2026-03-15 10:30 in room 4",
        "Rechnung 2025/0142 vom 03.02.2026",
        "86 095 742 718",  # short groups whose inner group opens with 0: no phone after a cut
        "card 8100 0012 3456 7890",  # no "+1 ..." inside a card-shaped run
    ],
)
def test_lookalikes_stay(text: str) -> None:
    assert _out(text) == text


def test_phones_beside_a_date_are_not_split_across_it() -> None:
    assert _out("Tel: +44 20 7946 0958  14/09/2026") == "Tel: [PHONE]  14/09/2026"
    assert _out("Call me on 0612 345 678 11/30/2026 please") == (
        "Call me on [PHONE] 11/30/2026 please"
    )


@pytest.mark.parametrize(
    ("token", "region", "expected"),
    [
        ("77 123 45 67", "SN", True),
        ("8845-1234", "CR", True),
        ("29 123 456", "LV", True),
        ("2021-0734", None, False),  # a year and a serial, the keeps' reference layout
        ("771234567", "SN", False),  # solid: no layout to match
    ],
)
def test_national_layout(token: str, region: str | None, expected: bool) -> None:
    if region:
        assert phonenumbers.is_valid_number(phonenumbers.parse(token, region))
    assert national_layout(token) is expected
