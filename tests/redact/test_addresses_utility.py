"""Address rules that must fail open to utility: a year closing a sentence is no address line,
a clock time is no house number, a street name never runs onto the next line, and a numberless
street used as a place in prose is kept. Examples are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.addresses import find_addresses
from trainer.redact.postal import postal_blocks

REDACTOR = Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    "text",
    [
        "Our club was started in 1994.\nReceipt RCP-512340 is attached.",
        "Hi all.\nWe began in 2003. Gates open on 4 May 2027.\nOrder ORD-611200 has shipped.",
        "Since 1987.\nTicket TKT-400112 is yours.",
    ],
)
def test_year_closing_a_sentence_is_no_address_line(text):
    assert postal_blocks(text, []) == []
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Schedule:\n9:30 Opening talk – D. Ní Bhriain\n10:15 – Break",
        "Agenda\n14:00 Roundtable – C. Mac Giolla\n15:45 Wrap-up",
    ],
)
def test_clock_time_on_the_next_line_is_no_house_number(text):
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "En la calle Serrano no se habla de otra cosa.",
        "Por la avenida Libertad ya no pasa el tranvía.",
        "Na rua Augusta só se fala disso.",
        "In via Manzoni non si parla d'altro.",
    ],
)
def test_numberless_street_in_prose_is_kept(text):
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Escribid a calle Mayor 12, 28013 Madrid.", "calle Mayor 12, 28013 Madrid"),
        ("Envoyez-le à rue Lamarck", "rue Lamarck"),
        ("Moramos na Rua Augusta, 1500 - Consolação", "Rua Augusta, 1500"),
    ],
)
def test_addresses_still_found(text, street):
    assert street not in REDACTOR.redact(text).text


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        # Royal Mail and An Post codes close the address: the next sentence's first word stays
        ("Find us: 4 Elm Road, Leeds LS1 4AP Our team is here", "4 Elm Road, Leeds LS1 4AP", "Our"),
        ("Visit\n7 Harbour View\nGalway\nH91 E2K4 The talk starts at six", "H91 E2K4", "The"),
    ],
)
def test_closing_postcode_takes_no_prose_after(text, address, kept):
    out = REDACTOR.redact(text).text
    assert address not in out and f"] {kept} " in out


def test_capital_town_after_a_closing_postcode_goes():
    assert "LONDON" not in REDACTOR.redact("Send it to SW1A 2AA LONDON by Friday.").text


def test_digit_group_after_a_number_is_no_house_number():
    text = "Hotline: 086775 43231 Main Street thinking is our theme"
    assert all("Main Street" not in text[s:e] for _, s, e in find_addresses(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a house line's lines end at a closing postcode; "of" links words only whole
        (
            "Flat 2, 10 Mill Lane, Leeds LS1 4AP Our office is new",
            "Flat 2, 10 Mill Lane, Leeds LS1 4AP",
        ),
        # the tail after a street reaches an Eircode and stops there
        (
            "Find us at\nApartment 4\n22 Orchard Park\nNaas\nCo. Kildare\nW91 CD82 Our day",
            "W91 CD82",
        ),
    ],
)
def test_address_ends_at_its_closing_code(text, address):
    spans = [text[s:e] for _, s, e in find_addresses(text)]
    assert spans and all(not span.endswith(("Our", "Our of")) for span in spans)
    assert any(span.endswith(address) for span in spans)


def test_indian_house_number_after_hash_goes_but_numbered_things_stay():
    text = "We moved, now at #204, Lotus Enclave, Hill Road, Bandra!"
    assert [text[s:e] for _, s, e in find_addresses(text)] == [
        "#204, Lotus Enclave, Hill Road, Bandra"
    ]
    for text in ("Ticket #12, Room Booking, Main Hall", "Order #204, Blue Widget, Large"):
        assert find_addresses(text) == [], text
