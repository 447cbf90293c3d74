"""Company register numbers after their register's label, and IATA air waybill numbers after a
cargo word, survive; the same values with a personal cue (a first-person word, an id cue, a
phone word) are still redacted. Made-up examples only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_air_waybills import awb_serial_ok

RULES = Redactor.from_members([], name_tagger=False)
TAGGED = Redactor.from_members([])

KEPT = [
    # IATA air waybills: prefix, hyphen, 8-digit serial whose last digit is the first 7 mod 7
    "Our tracking says 160-12345675 is still in Leipzig.",
    "Der Luftfrachtbrief 020-76543213 liegt im Büro.",
    "Le suivi du colis 160-1234 5675 est bloqué à Roissy.",
    # trade registers and business ids after their label
    "The wholesaler is listed under RCS Nantes 532 118 904 on its letterhead.",
    "El proveedor factura con RNC 1-31-55520-7 desde mayo.",
    "A empresa tem NIF 5417789012 no contrato.",
    "Regjistruar me NIPT K81234567B në Tiranë.",
]


@pytest.mark.parametrize("text", KEPT)
def test_register_and_waybill_numbers_survive(text: str) -> None:
    assert RULES.redact(text).text == text
    assert TAGGED.redact(text).text == text


REDACTED = [
    # a valid waybill with a phone word or a first-person id cue before it
    ("Tracking: call me on 160-12345675", "Tracking: call me on [PHONE]"),
    # the check digit fails: no waybill
    (
        "Our tracking says 160-12345676 is still in Leipzig.",
        "Our tracking says [PHONE] is still in Leipzig.",
    ),
    # no cargo word on the line: a prefix 0 run is a landline
    ("Ring the office 020-76543213 today", "Ring the office [PHONE] today"),
    # a register's value with a first-person word before the label is the writer's own
    ("my CHE-104.700.835", "my [ID]"),
    ("O meu NIF 5417789012", "O meu NIF [ID]"),
    # a sole trader's EIN or NIT is a person's: never kept, label or not
    (
        "La distribuidora tiene NIT 102938475 en la factura.",
        "La distribuidora tiene NIT [PHONE] en la factura.",
    ),
    (
        "Distributor signed up with EIN 47-3920155 last spring.",
        "Distributor signed up with EIN [PHONE] last spring.",
    ),
    ("my EIN 47-3920155", "my EIN [PHONE]"),
    # a personal NIF (Portugal, opens with 2) is no firm's
    ("NIF 212345678 do cliente", "NIF [ID] do cliente"),
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_personal_values_near_register_labels_stay_redacted(text: str, expected: str) -> None:
    assert RULES.redact(text).text == expected


def test_awb_check_digit() -> None:
    assert awb_serial_ok("12345675")
    assert not awb_serial_ok("12345676")
    assert awb_serial_ok("76543213")
