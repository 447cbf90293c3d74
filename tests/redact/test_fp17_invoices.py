"""fp17: invoice/order numbers written year-serial after an invoice word are kept; the same
shape stays redacted as a phone with a phone word near, a contact word after, or when the digits
are a phone printed in the cue's regions' layout. Made-up values only."""

from __future__ import annotations

import re

import pytest

from trainer.redact.invoice_numbers import invoice_year_serial


def _at(text: str) -> bool:
    return invoice_year_serial(text, re.search(r"\d", text).start())


@pytest.mark.parametrize(
    "text",
    [
        "Rēķins Nr. 2026-6849 sedz zāles īri.",
        "Ēdināšanas rēķins 2026-3612 ir apmaksāts.",
        "Arve nr 2026-4439 katab saali rendi.",
        "Toitlustuse arve 2026-6351 on makstud.",
        "Reikningur nr. 2026-1143 nær yfir salarleiguna.",
        "Sąskaita faktūra 2026-1234 apmokėta.",
        "Račun br. 2026-1234 je plaćen.",
        "Fattura n. 2026-1234 pagata.",
        "Rechnung Nr. 2025-0412 ist bezahlt.",
    ],
)
def test_year_serial_after_invoice_word_is_kept(text: str) -> None:
    assert _at(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rēķins 2026-6849, zvaniet man.",  # calling word after
        "Arve nr 2026-4439, telefon.",  # phone word near
        "Reikningur 2026-1143 eða sími 2026-1144",  # phone word near
        "Factura 2026-0625, llámame si hay dudas.",  # call me
        "La factura n.o 2026-0625 cubre el alquiler.",  # a 4-4 phone in Spanish-speaking regions
        "Rechnung 2026-1234 whatsapp",
        "Rēķins Nr. 3026-6849 sedz zāles īri.",  # no plausible year: not this rule's shape
        "Meine Nummer 2026-4439.",  # no invoice word
    ],
)
def test_same_shape_with_phone_evidence_is_not_kept(text: str) -> None:
    assert not _at(text)


def test_redactor_keeps_invoice_and_redacts_phone() -> None:
    from trainer.redact import Redactor

    redactor = Redactor.from_members(["Ana Kalnina"], name_tagger=False)
    kept = redactor.redact("Rēķins Nr. 2026-6849 sedz zāles īri.").text
    assert "2026-6849" in kept
    redacted = redactor.redact("Rēķins Nr. 2026-6849, zvaniet man.").text
    assert "2026-6849" not in redacted
