"""Session 49, helper I: national ids that leaked on the development sets, closed from their
published layouts (Rwanda's NID, Mali's NINA, the PhilSys card number), the UK NINO after a
bare "Reference", and the CNIB and IFU cues; look-alikes of the same shapes stay.

Every value is made up.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_rw_ml_ph import find_rw_ml_ph_ids


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


REDACTED = [
    # Rwanda's NID: category, year of birth, sex (7/8), serial, issue count, control digits
    ("Indangamuntu number: 1 1990 8 0123450 1 12.", "1 1990 8 0123450 1 12"),
    ("Filed under 1198580001234019 last week.", "1198580001234019"),
    ("Her number is 2200570012345011, thanks.", "2200570012345011"),
    # Mali's NINA: fourteen digits and a key letter, no cue
    ("Pour les papiers : 12345678901234 K puis la suite.", "12345678901234 K"),
    ("Noté 98765432109876 B sur la feuille.", "98765432109876 B"),
    # PhilSys card number: four hyphenated groups of four that fail Luhn
    ("The bank asked for 1234-5678-9012-3456 to verify.", "1234-5678-9012-3456"),
    # UK NINO after a bare "Reference" (HMRC prefix rules, suffix A-D)
    ("Reference no.: JG103759A", "JG103759A"),
    ("Reference TE720551D on the form.", "TE720551D"),
    # Burkina Faso's CNIB and the IFU of Benin and Burkina Faso after their cues
    ("Sa CNIB porte le numéro B12345678.", "B12345678"),
    ("Pour la demande, IFU : 3201234567890.", "3201234567890"),
    ("Ils ont redemandé le IFU, c'est 1201987654321.", "1201987654321"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert value not in redactor.redact(text).text


KEPT = [
    # an order's sixteen digits, whatever their shape
    "Order 1199012345678901 shipped today.",
    "Order reference AB123456C shipped.",
    "your booking reference AB123456C is confirmed",
    "Invoice AB123456C is attached.",
    # ISBN-13 and a hyphenated ISBN stay
    "ISBN 978-3-16-148410-0 is the book.",
    # a year in the wrong century, a sex digit other than 7/8: no Rwandan NID
    "Batch 1 1850 8 0123450 1 12 was logged.",
    # fourteen digits and a lower-case word: no NINA
    "Run 12345678901234 a second time.",
    # "porte" outside an id cue is a door
    "La porte 12 est ouverte.",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_layouts_exact() -> None:
    never = lambda text, start: False  # noqa: E731
    assert find_rw_ml_ph_ids("x 1 2005 7 1579054 2 84 y", gives_way=never) == [
        ("NATIONAL_ID", 2, 23)
    ]
    # the year 2031 is past the century's issued years; the category 4 is none
    assert find_rw_ml_ph_ids("x 1 2031 7 1579054 2 84 y", gives_way=never) == []
    assert find_rw_ml_ph_ids("x 4199570015790542 y", gives_way=never) == []
    # a NINA's letter must end the token; a longer run is no NINA
    assert find_rw_ml_ph_ids("12345678901234 KX", gives_way=never) == []
    assert find_rw_ml_ph_ids("123456789012345 K", gives_way=never) == []
    # a PCN's groups are exactly four; a fifth group makes a longer number
    assert find_rw_ml_ph_ids("1234-5678-9012-3456-7890", gives_way=never) == []
    # a reference cue keeps it
    assert find_rw_ml_ph_ids("1234-5678-9012-3456", gives_way=lambda t, s: True) == []


def test_luhn_valid_grouping_is_left_to_the_card_detector() -> None:
    # 4111-1111-1111-1111 passes Luhn: a card's layout, which ``cards`` judges, not a PCN
    assert find_rw_ml_ph_ids("Order 4111-1111-1111-1111", gives_way=lambda t, s: False) == []


def test_solid_checked_ids_are_vetoed_from_keeps(redactor: Redactor) -> None:
    from trainer.redact.checksums_solid_ids import solid_checked_id

    # Luxembourg matricule 1985-07-14, serial 123, Luhn 4, Verhoeff 1 (made up)
    assert solid_checked_id(digits="1985071412341")
    assert not solid_checked_id(digits="1985071412342")  # a wrong Verhoeff digit
    assert not solid_checked_id(digits="1985133112341")  # no thirteenth month
    # Swiss AHV: 756, nine digits, the EAN-13 check digit (7)
    assert solid_checked_id(digits="7561234567897")
    assert not solid_checked_id(digits="7561234567898")
    assert not solid_checked_id(digits="7612345678900")  # a Swiss GTIN (GS1 760-769)
    # after a hand-over word a keep would hold, the veto has the last word
    assert "1985071412341" not in redactor.redact("Vérifiez 1985071412341 avant").text
    assert "7561234567897" not in redactor.redact("Pour la vérification : 7561234567897").text
    # a GTIN after its cue stays
    assert redactor.redact("EAN 7612345678900").text == "EAN 7612345678900"
