"""Look-alikes kept by their standards (dev55, helper C): coordinates and grid references,
ships' and containers' numbers, tariff codes and DOIs, each beside the PII that must still go.
Every value here is made up (check digits computed for the test)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_transport_numbers import mmsi_ok


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(["Tobias Wrenfield"], name_tagger=True)


@pytest.mark.parametrize(
    "text",
    [
        "The wreck lies at 43°17'36\"N 5°22'12\"E, twelve metres down.",
        "Summit cairn at 46°33′08″N 7°58′42″E, cold up there.",
        "We anchored at 48.8566° N, 2.3522° E for the night.",
        "Coordonnées du refuge : 45,7640° N, 4,8357° E.",
        "Survey point N 47.3769°, E 8.5417° marked in red.",
        "Trailhead position 51.5072, -0.1276 logged at noon.",
        "Lat 59.3293, Lon 18.0686 is the start of the race.",
        "Grid ref SU 12345 67890 for the trailhead.",
        "The hut is at UTM 33T 447034 5411606 on the map.",
        "Drop zone MGRS 4QFJ 12345 67890 confirmed.",
    ],
)
def test_coordinates_of_a_place_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our house is at 48.8566° N, 2.3522° E, come by!",
            "Our house is at [ADDRESS], come by!",
        ),
        (
            "GPS of my place: 51.50721, -0.12763",
            "GPS of my place: [ADDRESS]",
        ),
        (
            "Latitude 48.8566 Longitude 2.3522, that is where I live.",
            "Latitude [ADDRESS], that is where I live.",
        ),
        (
            "Mi casa está en 40°25′01″N 3°42′14″W, cerca del parque.",
            "Mi casa está en [ADDRESS], cerca del parque.",
        ),
        (  # nothing in the sentence names a place that is nobody's home (lead, fail closed)
            "Position 51.50721, -0.12763, see you there at nine.",
            "Position [ADDRESS], see you there at nine.",
        ),
        (
            "Latitude 48.8566 Longitude 2.3522",
            "Latitude [ADDRESS]",
        ),
    ],
)
def test_coordinates_of_a_home_are_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_coordinates_kept_beside_a_phone_that_goes(redactor: Redactor) -> None:
    text = "Wreck at 43°17'36\"N 5°22'12\"E. Call Tobias on 0612 345 678."
    assert redactor.redact(text).text == "Wreck at 43°17'36\"N 5°22'12\"E. Call [NAME] on [PHONE]."


def test_out_of_range_angles_are_not_coordinates(redactor: Redactor) -> None:
    # a latitude of 95 degrees is no position: the rule that redacted it still does
    text = "Our house: 95.8566° N, 2.3522° E"
    assert redactor.redact(text).text == "Our house: [ADDRESS]"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry, MMSI 235076543, called the coastguard.",
        "Coast station MMSI 002320001 answered on 16.",
        "MMSI 972123456 is the man-overboard beacon.",
        "The tanker IMO 9315484 left the anchorage.",
        "ENI-nummer 02327012 ligt aan de kade.",
        "Container TRLU 482917 3 arrived at berth 4.",
        "Container no. HLXU 730516 9 was delivered.",
        "Tariff code 8471 30 00 for laptops.",
        "HS 0402.10.19 milk powder.",
        "CN code 8703 23 19 for the car.",
        "DOI: 10.1038/nature12373 cited in the report.",
        "The paper 10.1016/j.cell.2020.01.001 explains it.",
    ],
)
def test_transport_and_standard_numbers_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the MID 123 is no country's: nine digits after MMSI are not proven an MMSI
        ("MMSI 123456789 was on the form.", "MMSI [ID] was on the form."),
        # a pleasure craft's MMSI names its owner
        ("My boat's MMSI 235076543 is on the form.", "My boat's MMSI [PHONE] is on the form."),
        # the container's check digit fails (3 is right): not a container code
        ("Container TRLU 482917 5 at the gate.", "Container TRLU 482917 5 at the gate."),
        # a bare DOI-like value with digits only stays redacted
        ("Paper 10.1000/182 cited.", "Paper [PHONE] cited."),
    ],
)
def test_transport_numbers_fail_closed(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_mmsi_layouts() -> None:
    assert mmsi_ok("235076543")  # a ship of MID 235
    assert mmsi_ok("002320001")  # a coast station
    assert mmsi_ok("111232001")  # a SAR aircraft
    assert mmsi_ok("974123456")  # an EPIRB-AIS
    assert not mmsi_ok("123456789")  # MID 123 unassigned
    assert not mmsi_ok("800123456")  # MID 800 out of range
    assert not mmsi_ok("23507654")  # eight digits


@pytest.mark.parametrize(
    "text",
    [
        "Order ORD-4418207 shipped on 14/09/2026.\nRaised PO-551902 with Hargreave Supplies.",
        "Available from 03/11/2025.\n\nListing L-830214",
        "Vi ses 17/5-2026.\nFørst til mølle.",
        "Termín 21. 4. 2027 platí.",
    ],
)
def test_dates_read_as_a_phone_or_an_address_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birth word before the date: the phone rule's hit stays (fail closed)
        ("Født 17/5-1990.\nFørst til mølle.", "Født [PHONE].\nFørst til mølle."),
        # month 34 is no date
        ("Ring 12/34-5678 nu", "Ring [PHONE] nu"),
    ],
)
def test_date_keep_fails_closed(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # RC (corporation income tax): only a corporation holds one; Luhn valid
        ("Le cabinet est immatriculé sous NE 712345677 RC0001. Merci.",
         "Le cabinet est immatriculé sous NE 712345677 RC0001. Merci."),
        # the same number with a broken Luhn digit is no BN
        ("Le cabinet est immatriculé sous NE 712345670 RC0001. Merci.",
         "Le cabinet est immatriculé sous NE [PHONE] RC0001. Merci."),
        # RT (GST/HST): a sole proprietor holds one too, kept only after a company word
        ("The supplier's BN 804129633 RT0001 is on the invoice.",
         "The supplier's BN 804129633 RT0001 is on the invoice."),
        ("My BN 804129633 RT0001 is on the invoice.", "My BN [PHONE] RT0001 is on the invoice."),
        ("Mechanic BN 804129633 RT0001.", "Mechanic BN [PHONE] RT0001."),
        # a personal word before the label keeps even a corporation's account redacted
        ("My BN 712345677 RC0001 on the contract.", "My BN [PHONE] RC0001 on the contract."),
        # Belgium's enterprise number under its German label (mod 97)
        ("Praxisdaten: Unternehmensnummer 0403.170.701. Danke.",
         "Praxisdaten: Unternehmensnummer 0403.170.701. Danke."),
    ],
)
def test_company_numbers(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'arrive par le vol AF 2284. Rendez-vous au 14 rue des Tanneurs, 69002 Lyon.",
         "J'arrive par le vol AF 2284. Rendez-vous au [ADDRESS]."),
        ("Tumbuh 40% tahun ini.\nPenerbangan QZ 7521.\nPesanan ORD-210394.",
         "Tumbuh 40% tahun ini.\nPenerbangan QZ 7521.\nPesanan ORD-210394."),
    ],
)
def test_flight_numbers_kept_beside_an_address(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_two_capitals_before_a_phone_are_no_grid_reference(redactor: Redactor) -> None:
    # "ON 21288 47885" has an OS grid reference's shape; with no grid label it is a phone
    text = "WE'RE IN HALL C | CALL ME ON 31577 40926! TY"
    assert redactor.redact(text).text == "WE'RE IN HALL C | CALL ME ON [PHONE]! TY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank code: 260095936\nPlease quote the invoice.",
         "Bank code: 260095936\nPlease quote the invoice."),
        ("Routing/branch code 260095936. Thanks.", "Routing/branch code 260095936. Thanks."),
        # the check digit fails (6 is right): no routing number
        ("Bank code: 260095937\nPlease quote the invoice.",
         "Bank code: [PHONE]\nPlease quote the invoice."),
    ],
)
def test_routing_numbers_after_a_bank_code_label(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected
