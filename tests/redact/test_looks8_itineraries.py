"""Itineraries and meeting invites (issue 10, look-alikes): a calendar date beside a flight or
train number is no group of a phone or a card, and a meeting id in its service's layout after
its label is no phone. Negative tests: phones and cards beside dates, a meeting label with a
contact word after the number, a personal meeting id and dial-in numbers still go. Made-up
values throughout; the phones are valid in their country's plan."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.quantities import calendar_date
from trainer.redact.references import meeting_id

_R = Redactor.from_members(["Maren Lindqvist"], name_tagger=False)


def _out(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # every date layout of our locales, one or two spaces after the number
        "Flight BA 217  14/09/2026  07:55 -> 10:40",  # en_GB day-month-year
        "Train Amtrak 671  11/30/2026  6:15 PM",  # en_US month-day-year
        "Flug LH 4021  03.11.2026  18:20",  # de day.month.year
        "Vol AF 1380 17/02/2027 à 09h15",  # fr
        "Vuelo IB 3407  2026-08-09  22:05",  # ISO 8601
        "Voo TP 1352  9-4-2027  12:00",  # day-month-year with hyphens (nl/pt)
        "Trein IC 2218 24-12-2026",
        "Treno FR 9547  2027/01/05",  # year first (en_ZA)
        "Flight 6E 2119  05/06/2027  06:40",
        # digits that pass the Luhn check with the date and the hour beside them: no card
        "Zug ICE 2007  2026-11-03  17:45 -> 19:20",
        "Train TGV 2002  14.06.2026  08:12",
    ],
)
def test_number_beside_a_date_survives(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone beside a date is still a phone, the date stays
        ("Call me on 0612 345 678 11/30/2026 please", "Call me on [PHONE] 11/30/2026 please"),
        ("Tel: +44 20 7946 0958  14/09/2026", "Tel: [PHONE]  14/09/2026"),
        ("Handy 0151 2345 6789 am 03.11.2026", "Handy [PHONE] am 03.11.2026"),
        ("móvil 699 111 222, 2026-08-09", "móvil [PHONE], 2026-08-09"),
        ("Flight UA 88  11/30/2026 call 07700 900123", "Flight UA 88  11/30/2026 call [PHONE]"),
        # a trunk 0, a "+" or a phone word before it: the run is read whole (review R2)
        ("Tel. +49 30 12.03.2026", "Tel. [PHONE]"),
        ("Ruf mich an: 0171 12.05.1985", "Ruf mich an: [PHONE]"),
        ("Tel 06 12.05.2020 42", "Tel [PHONE]"),
        ("Whatsapp: 612 12/05/2026", "Whatsapp: [PHONE]"),
        # French phones are grouped in pairs: never read as a date ("06.12.24.80.31")
        ("Appelez le 06.12.24.80.31", "Appelez le [PHONE]"),
        # a card beside a date is still a card
        ("Visa 4111 1111 1111 1111  2026-11-03", "Visa [CARD]  2026-11-03"),
    ],
)
def test_phone_beside_a_date_still_goes(text: str, expected: str) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    ("token", "is_date"),
    [
        ("11/30/2026", True),
        ("30/11/2026", True),
        ("2026-11-30", True),
        ("06.10.2026", True),
        ("13/13/2027", False),  # no month 13 on either side
        ("32/01/2026", False),
        ("12.03.26", False),  # two-digit year: also a French phone's pairs
        ("2027-13-01", False),
        ("0612/34/2024", False),
    ],
)
def test_calendar_date(token: str, is_date: bool) -> None:
    assert calendar_date(token) is is_date


@pytest.mark.parametrize(
    "text",
    [
        # Zoom's 11-digit ids, 3-4-4: no plan we redact writes a phone so without a trunk 0 or +
        "Meeting ID: 845 2231 9087",
        "Meeting-ID 845 2231 9087",
        "Besprechungs-ID: 845 2231 9087",
        "ID de réunion : 845 2231 9087",
        "ID de reunión: 845 2231 9087",
        "ID della riunione: 845 2231 9087",
        "ID da reunião: 845 2231 9087",
        "Vergader-ID: 845 2231 9087",
    ],
)
def test_meeting_id_after_its_label_survives(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contact word after it on its line: someone's phone
        ("Meeting ID: 845 2231 9087 is my cell", "Meeting ID: [PHONE] is my cell"),
        ("Meeting-ID 0151 234 5678 (Handy)", "Meeting-ID [PHONE] (Handy)"),
        # a trunk 0 or a country code: no service writes an id so
        ("Meeting ID: 0612 345 678", "Meeting ID: [PHONE]"),
        ("Meeting ID: +1 212 555 0123", "Meeting ID: [PHONE]"),
        # a personal or possessive word before the label on its line (Zoom's PMI)
        ("Personal Meeting ID: 845 2231 9087", "Personal Meeting ID: [PHONE]"),
        ("My personal Zoom meeting ID: 845 2231 9087", "My personal Zoom meeting ID: [PHONE]"),
        ("Meine Meeting-ID: 845 2231 9087", "Meine Meeting-ID: [PHONE]"),
        ("mijn vergader-ID: 845 2231 9087", "mijn vergader-ID: [PHONE]"),
        ("Meeting ID: 845 2231 9087 (my personal room)", "Meeting ID: [PHONE] (my personal room)"),
        ("Meeting-ID: 845 2231 9087 (PMI)", "Meeting-ID: [PHONE] (PMI)"),
        # other service layouts whose digits are a valid phone somewhere we redact
        ("Meeting ID 812 456 7031", "Meeting ID [PHONE]"),
        ("Webinar ID: 6125550143", "Webinar ID: [PHONE]"),
        ("ID riunione: 347 123 4567", "ID riunione: [PHONE]"),
        # a conference number is the dial-in phone
        ("Conference number: 415 555 0132", "Conference number: [PHONE]"),
        ("Dial-in: +1 646 555 0175", "Dial-in: [PHONE]"),
        # no meeting label right before it
        ("Meeting moved, call 212 555 0123", "Meeting moved, call [PHONE]"),
        ("Meeting ID below. 212-555-0123", "Meeting ID below. [PHONE]"),
        ("Meeting ID: 212-555-0123", "Meeting ID: [PHONE]"),
    ],
)
def test_phone_after_a_meeting_label_still_goes(text: str, expected: str) -> None:
    assert _out(text) == expected


def test_meeting_id_predicate_is_positional() -> None:
    text = "Meeting ID: 845 2231 9087"
    assert meeting_id(text, text.index("845"))
    assert not meeting_id(text, text.index("2231"))


def test_meeting_link_is_still_redacted() -> None:
    """A private meeting link is an access secret (whoever holds it can join or knock): kept
    redacted on purpose."""
    assert _out("Join: https://meet.example.com/abc-defg-hij") == "Join: [URL]"
