"""Keeps that held a checksum-valid national id (found by the session's audits, made-up values):
a French NIR written solid after a thing's noun ("Order", "Meter": ``lookalike_thing_codes``) and
a South African id after "Ticket" (read as a 13-digit e-ticket, ``lookalike_travel_codes``) now
stay redacted through ``keep_veto.strong_id``; the genuine codes in the same positions stay."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import nir_ok
from trainer.redact.checksums_intl import sa_id_ok
from trainer.redact.keep_veto import personal_value

_REDACTOR = Redactor.from_members(["Anna Kowalska"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NIRs (a man born 1985-05, a woman born 1985-12) where an order's or meter's number stands
        ("Order 185057800608491 shipped.", "Order [ID] shipped."),
        ("Meter 285127500412361 read.", "Meter [ID] read."),
        # a South African id (born 1980-01-01, citizen, Luhn) after a ticket's cue
        ("Ticket 8001015009087 confirmed.", "Ticket [ID] confirmed."),
    ],
)
def test_checked_ids_in_kept_positions_are_redacted(text: str, expected: str) -> None:
    assert _REDACTOR.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order 185057800608490 shipped.",  # the NIR's key off by one: an order number
        "Meter 385057800608491 read.",  # no NIR opens with a 3
        "Ticket 0162345678901 confirmed.",  # an airline's e-ticket (016, no birth date)
    ],
)
def test_codes_in_the_same_positions_stay(text: str) -> None:
    assert _REDACTOR.redact(text).text == text


def test_the_checks_themselves() -> None:
    assert nir_ok("185057800608491") and not nir_ok("185057800608490")
    assert not nir_ok("18505780060849")  # fourteen digits
    assert sa_id_ok("8001015009087") and not sa_id_ok("8001015009088")
    assert personal_value("185057800608491") and personal_value("8001015009087")
    assert not personal_value("185057800608490")
