"""Round 7: a number right after its own order/invoice cue is kept only when it is no phone as
its plan writes it, no card and no checked id (fail closed); a product's own identifier cue still
keeps its number. Made-up values, several locales."""

from __future__ import annotations

import pytest

from trainer.redact.personal_numbers import personal_number, written_phone

# -- references after their own cue: fail closed ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purchase order of the 45... range: valid only in Germany's open plan without its
        # trunk 0, which nobody writes: kept, with or without a hyphen after the cue
        ("Raised PO 4567698421 today.", "Raised PO 4567698421 today."),
        ("Approved PO- 4516624565 for laptops.", "Approved PO- 4516624565 for laptops."),
        ("Bestellung 4511764224 ist unterwegs.", "Bestellung 4511764224 ist unterwegs."),
        ("Warte auf Bestellnr. 2091-7702-15.", "Warte auf Bestellnr. 2091-7702-15."),
        # ... an Italian mobile in its own 3-3-4 layout after the same cue is a phone
        ("Warte auf Bestellnr. 331 077 4219.", "Warte auf Bestellnr. [PHONE]."),
        # ... but a number its plan writes this way is a phone after any cue
        ("Order 0612345678 shipped", "Order [PHONE] shipped"),
        ("Pedido 11987654321 enviado", "Pedido [ID] enviado"),  # a BR mobile, also a valid CPF
        ("Pedido 21987654322 enviado", "Pedido [PHONE] enviado"),  # a BR mobile (Rio)
        ("Order 479-551-2346 confirmed", "Order [PHONE] confirmed"),  # a NANP layout
        # trade-off (measured): a solid run of 7-10 digits without a trunk 0 stays after an
        # order cue (four in ten 10-digit purchase orders are a NANP/BR landline)
        ("Raised PO 4795512346 today.", "Raised PO 4795512346 today."),
        ("Ordine 3471234567 spedito", "Ordine 3471234567 spedito"),
        ("Commande n° 0145678923 expédiée", "Commande n° [PHONE] expédiée"),
        # a checked id after an order word is an id (BSN 11-proef, DNI letter)
        ("Bestellnummer 123456782 fehlt", "Bestellnummer [ID] fehlt"),
        ("Pedido 12345678Z recibido", "Pedido [ID] recibido"),
        # a Luhn-valid card in a network's range, solid, after an order word
        ("Order 4111111111111111 refunded", "Order [CARD] refunded"),
        # a spaced dash is a sentence dash, not part of the cue; a contact word after the
        # number overrides any cue (review, fail open)
        ("About the order - 2125551233 is my cell", "About the order - [PHONE] is my cell"),
        ("Booking – 2125551233 (Dana, evenings)", "Booking – [PHONE] (Dana, evenings)"),
        ("Order 4567698421 is my WhatsApp", "Order [PHONE] is my WhatsApp"),
        ("Seriennummer 4567698421, ruf an", "Seriennummer [PHONE], ruf an"),
        ("Pedido 4567698421\nMi WhatsApp: 0612345678", "Pedido 4567698421\nMi WhatsApp: [PHONE]"),
        # a layout no plan writes (a last group of two digits) stays after the cue
        ("Bestellung 1474-2640-35 ist unterwegs", "Bestellung 1474-2640-35 ist unterwegs"),
        ("Pedido 612 34 56 78 enviado", "Pedido [PHONE] enviado"),  # ES 3-2-2-2
        # no phone, card or checked id: kept
        ("Order #112-3456789-1234567 arrived", "Order #112-3456789-1234567 arrived"),
        ("Bestellnummer 123456789 fehlt", "Bestellnummer 123456789 fehlt"),
    ],
)
def test_reference_cue_keeps_only_what_is_no_phone_card_or_id(
    redactor, assert_exact, text: str, expected: str
) -> None:
    assert_exact(redactor, text, expected)


def test_written_phone_follows_each_plans_trunk_prefix() -> None:
    assert not written_phone("4567698421", solid=False)  # DE-valid only without its trunk 0
    assert written_phone("04567698421", solid=True)  # ... and with it
    assert written_phone("2125550143", solid=False)  # NANP, laid out
    assert written_phone("612345678", solid=False)  # Spain
    assert written_phone("3471234567", solid=False)  # an Italian mobile
    assert written_phone("11987654321", solid=True)  # a Brazilian mobile (9 after the area)
    # trade-off (measured): solid 7-10 digits without a trunk 0 look like order numbers
    assert not written_phone("2125550143", solid=True)
    assert not written_phone("9876543210", solid=True)
    assert not written_phone("612345678", solid=True)


def test_as_written_drops_only_the_trunkless_phones() -> None:
    assert personal_number("4567698421") and not personal_number("4567698421", as_written=True)
    assert personal_number("0612345678", as_written=True)
    assert personal_number("4111111111111111", as_written=True)
