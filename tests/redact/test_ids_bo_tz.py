"""Bolivian cédulas by their department code and Tanzanian NIDA numbers by their dated 8-5-5-2
layout (``ids_bo_tz``). Made-up values, built to the layouts."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_bo_tz import nida_date_ok

_R = Redactor.from_members([], name_tagger=False)


def _ids(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _R.redact(text).spans if s.type == "NATIONAL_ID"]


def test_nida_date() -> None:
    assert nida_date_ok("19850412")
    assert not nida_date_ok("19851312") and not nida_date_ok("18850412")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Actualicen el expediente con 4567891 LP, gracias.", "4567891 LP"),
        ("Mi carnet: 6543210-SC.", "6543210"),
        ("Quedó 3216549-1A CB en la ficha.", "3216549-1A CB"),
        ("Tiene 123456 PD registrado.", "123456 PD"),
        ("Copy of ID attached, number 19850412-23456-00001-23.", "19850412-23456-00001-23"),
        ("Reference 19900101-12345-67890-12 on the form", "19900101-12345-67890-12"),
        ("Namba yangu 19850412234560000123 tafadhali", "19850412234560000123"),
    ],
)
def test_ids_go(text: str, value: str) -> None:
    assert any(value in v for v in _ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "We had 1234567 or more visitors.",  # "or" in lower case is a word
        "Order 4567891 LP shipped",  # a reference's cue
        "Ticket 18851312-12345-67890-12 closed",  # no birth date
        "Run 19850412-2345-00001-23 logged",  # not 8-5-5-2
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not _ids(text)
