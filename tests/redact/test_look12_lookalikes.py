"""Look-alikes kept by validators and cue grammar, each beside a same-shape value still redacted.

Values are made up; check digits are computed here (ABA 3-7-1; the year-serial order number's
nine digits pass the Dutch BSN 11-check, which ``checked_id`` reads).
"""

import pytest

from trainer.redact.lookalike_routing import aba_ok
from trainer.redact.personal_numbers import checked_id

ROUTING = "021020001"  # district 02, 3-7-1 check valid
ROUTING_BAD = "021020002"  # same shape, check digit wrong
ROUTING_BSN = "071030025"  # also passes the BSN 11-check
YEAR_SERIAL = "2024-31009"  # its digits pass a weak nine-digit id check


def test_values_are_what_the_tests_say():
    assert aba_ok(ROUTING) and aba_ok("021020014")
    assert not aba_ok(ROUTING_BAD)
    assert not aba_ok("991020001")  # no Federal Reserve district 99
    assert checked_id(YEAR_SERIAL.replace("-", ""))
    assert aba_ok(ROUTING_BSN) and checked_id(ROUTING_BSN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order cue right before its number keeps it (Spanish "orden" too) ...
        ("Order number: 2024-31009.", "Order number: 2024-31009."),
        ("Orden de compra 2024-31009 enviada.", "Orden de compra 2024-31009 enviada."),
        # ... but not across a copula: a phone written after "order ... is" was kept that way
        # (reverted in engine 1.14.0, fail closed)
        ("My order number is 2024-31009.", "My order number is [PHONE]."),
        ("Mi número de orden es 2024-31009.", "Mi número de orden es [PHONE]."),
        ("My order is 506 338 251", "My order is [PHONE]"),
        ("The order number was 9414199846", "The order number was [PHONE]"),
        ("My phone number is 2024-31009.", "My phone number is [PHONE]."),
    ],
)
def test_order_number_only_right_after_its_cue(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year and a serial is no layout of the weak-check ids: kept after an order cue
        ("Zamówienie nr 2024-31009 jest opóźnione.", "Zamówienie nr 2024-31009 jest opóźnione."),
        ("Pesanan 2024-31009 sudah dibayar.", "Pesanan 2024-31009 sudah dibayar."),
        # the same digits solid pass the id check: an id whatever the cue says
        ("Zamówienie nr 202431009 jest opóźnione.", "Zamówienie nr [ID] jest opóźnione."),
        # a Polish mobile as its plan writes it stays a phone after the same cue
        ("Numer zamówienia 601 234 567.", "Numer zamówienia [PHONE]."),
    ],
)
def test_year_serial_order_numbers(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Wire it to 552310987. (routing {ROUTING}) Thanks.",
            "Wire it to [PHONE]. (routing 021020001) Thanks.",
        ),
        ("Routing number: 021020014", "Routing number: 021020014"),
        (f"ABA {ROUTING}", f"ABA {ROUTING}"),
        (f"RTN: {ROUTING}", f"RTN: {ROUTING}"),
        # check digit wrong, a contact word after it, no routing cue, a tenth digit: redacted
        (f"routing {ROUTING_BAD}", "routing [PHONE]"),
        (f"routing {ROUTING} is my cell", "routing [PHONE] is my cell"),
        (f"Call {ROUTING}", "Call [PHONE]"),
        (f"routing {ROUTING}1", "routing [PHONE]"),
    ],
)
def test_routing_numbers(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a routing number whose digits also pass an id check: the cue and its check decide
        (
            f"Wire it to 552310987. (routing {ROUTING_BSN})",
            f"Wire it to [PHONE]. (routing {ROUTING_BSN})",
        ),
        (f"Mijn BSN is {ROUTING_BSN}.", "Mijn BSN is [ID]."),
        (f"BSN {ROUTING_BSN}", "BSN [ID]"),
    ],
)
def test_routing_number_that_passes_an_id_check(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partnership phrase before a place noun that opens a name: an institution's name
        # pin changed: redacted (place_keep, session 7 privacy decision: a place noun beside a
        # full personal name no longer keeps it)
        ("Alianza con Universidad Andrés Molina Prieto.", "Alianza con Universidad [NAME]."),
        ("In partnership with Museo Lucía Ferrán.", "In partnership with Museo [NAME]."),
        # the same phrase before a person, a bare 'with', a house number after: redacted
        ("Alianza con Andrés Molina Prieto.", "Alianza con [NAME]."),
        ("Cena con Andrés Molina.", "Cena con [NAME]."),
        ("In partnership with Hospital Andrés Molina 12", "In partnership with Hospital [NAME] 12"),
    ],
)
def test_institution_after_a_partnership_phrase(redactor, text, expected):
    assert redactor.redact(text).text == expected
