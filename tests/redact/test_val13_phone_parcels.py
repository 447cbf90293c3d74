"""Issue #10, values class (val13): phone cues without a phone word (a contact label before a
colon, Spanish "<verb of calling> al"), and carriers' all-digit tracking numbers after a parcel
label kept (FedEx Express 12 / Ground 15 digits). Made-up values; each rule has a same-shape
counterpart that must keep its old outcome.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import luhn_ok
from trainer.redact.lookalike_parcels import _fedex_ground_ok, parcel_number
from trainer.redact.phone_labels import label_cue

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emergency contact during the trip: 9917 6927 see you", "trip: [PHONE] see you"),
        ("Contacto de emergencia en el viaje: 2751 8790 gracias", "viaje: [PHONE] gracias"),
        ("Llamen o escriban al 2637 3272 si se pierden.", "escriban al [PHONE] si"),
        ("Durante el viaje me ubican al 2693 1427.", "ubican al [PHONE]."),
    ],
)
def test_label_cues_make_a_phone(text: str, expected: str) -> None:
    assert expected in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order reference: 2751 8790 for the chairs.",  # a colon, no contact word
        "Del 1 al 2637 3272 hay muchos.",  # "al" with no verb of calling
        "Room plan: 2693 1427 on the wall.",
    ],
)
def test_no_label_cue_keeps_the_number(text: str) -> None:
    assert _redact(text) == text


def test_label_cue_positions() -> None:
    text = "Emergency contact: 99176927"
    assert label_cue(text, text.index("9"))
    assert not label_cue("Order number: 99176927", len("Order number: "))


@pytest.mark.parametrize(
    "text",
    [
        "Número de seguimiento: 348612345670 (el paquete con libros)",
        "Transparenti so na poti, sledenje 340512345676.",
        "Tracking number 697312345678 for the book parcel. Bye",
        "Numéro de suivi du colis : 292712345676",
        "FedEx Ground tracking 612345678901235 arrives Monday.",
    ],
)
def test_carrier_numbers_after_parcel_labels_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tracking 447912345678 is my WhatsApp", "tracking [PHONE] is my WhatsApp"),
        ("Tracking: +44 7912 345678", "Tracking: [PHONE]"),
        ("Parcel tracking, or call me on 447912345678", "Parcel tracking, or call me on [PHONE]"),
        ("Tracking 07912345678 ok", "Tracking [PHONE] ok"),
    ],
)
def test_phones_and_cards_after_parcel_words_still_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_luhn_valid_fifteen_digits_are_no_parcel() -> None:
    body = "37146820953310"
    card = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
    assert not parcel_number(f"Parcel {card} ok", len("Parcel "))
    # review C: a kept number must also pass FedEx Ground's mod-10 check digit (here 4)
    ground = next(body + str(d) for d in range(10) if _fedex_ground_ok(body + str(d)))
    assert not luhn_ok(ground)
    assert parcel_number(f"Parcel {ground} ok", len("Parcel "))


def test_parcel_number_needs_its_label_on_the_line() -> None:
    assert not parcel_number("tracking\n348612345670", len("tracking\n"))
    assert not parcel_number("Call 348612345670", 5)
