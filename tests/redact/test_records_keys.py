"""The key lexicon (which record keys are personal, in seven languages and every written form),
placeholder values, mail attributions and addresses over lines. All values are made up."""

from __future__ import annotations

import pytest

from trainer.redact.record_keys import is_placeholder, key_kind
from trainer.redact.records import find_records


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("full_name", "NAME"),
        ("fullName", "NAME"),
        ("contact-name", "NAME"),
        ("First name", "NAME"),
        ("Familienname", "NAME"),
        ("Nom de naissance", "NAME"),
        ("Apellidos", "NAME"),
        ("Cognome", "NAME"),
        ("Achternaam", "NAME"),
        ("Sobrenome", "NAME"),
        ("Propriétaire", "NAME"),
        ("Conductor", "NAME"),
        ("Kundenname", "NAME"),
        ("Home phone", "PHONE"),
        ("Telefonnummer", "PHONE"),
        ("numero di telefono", "PHONE"),
        ("Tél.", "PHONE"),
        ("E-Mail-Adresse", "EMAIL"),
        ("courriel", "EMAIL"),
        ("shipping_address", "ADDRESS"),
        ("address_line1", "ADDRESS"),
        ("Lieferadresse", "ADDRESS"),
        ("código postal", "ADDRESS"),
        ("street name", "ADDRESS"),
        ("Bank account (IBAN)", "IBAN"),
        ("Kontonummer", "IBAN"),
        ("card_number", "CARD"),
        ("N° de sécurité sociale", "ID"),
        ("Steuer-ID", "ID"),
        ("codice fiscale", "ID"),
        ("Passport No.", "ID"),
        ("customer_id", "ID"),
        ("ssn", "SSN"),
        ("date de naissance", "DOB"),
        ("Geburtsdatum", "DOB"),
        ("remote_addr", "IP"),
        ("pan", "CARD_OR_ID"),
        ("contact details", "NAME"),
        ("nombre completo", "NAME"),
        ("nome del cliente", "NAME"),
        ("Telefono fisso", "PHONE"),
    ],
)
def test_personal_keys(key, kind):
    assert key_kind(key) == kind


@pytest.mark.parametrize(
    "key",
    [
        "order_id",
        "sku",
        "ticket",
        "total",
        "created_at",
        "city",
        "country",
        "merchant",
        "tax_rate",
        "phone_count",
        "card_last4",
        "email_verified",
        "company name",
        "product_name",
        "Firmenname",
        "Dateiname",
        "nombre de la empresa",
        "Confirmation number",
        "Booking reference",
        "username",
        "Interviewer",
        # an English head stands last: these heads are modifiers
        "customer feedback",
        "phone case",
        "address book",
        "email subject",
        "Contact form",
    ],
)
def test_not_personal_keys(key):
    assert key_kind(key) is None


@pytest.mark.parametrize(
    "value", ["", "N/A", "n.v.t.", "-", "null", "false", "***", "[NAME]", "xxxx"]
)
def test_placeholders(value):
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["Ana", "0151 2345", "NL", "x@y.z"])
def test_values_are_not_placeholders(value):
    assert not is_placeholder(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2026-01-19, Quarrie, Ottoline wrote:\n> ok", "On 2026-01-19, [NAME] wrote:\n> ok"),
        (
            "Am 25.01.2026 um 17:00 schrieb Ortrud Hasselbeck:\n> passt",
            "Am 25.01.2026 um 17:00 schrieb [NAME]:\n> passt",
        ),
        (
            "Le 3 mars 2026 à 10:00, gaëlle fournival a écrit :\n> ok",
            "Le 3 mars 2026 à 10:00, [NAME] a écrit :\n> ok",
        ),
        (
            "Op 2 mei 2026 om 09:12 schreef Joost Wijnbergen:\n> ja",
            "Op 2 mei 2026 om 09:12 schreef [NAME]:\n> ja",
        ),
        # the reader is nobody in particular
        (
            "On 11/11/2027 at 10:30 AM, you wrote:\n> ok",
            "On 11/11/2027 at 10:30 AM, you wrote:\n> ok",
        ),
        ("El 14/06/2025, usted escribió:\n> vale", "El 14/06/2025, usted escribió:\n> vale"),
    ],
)
def test_reply_attributions(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rechnungsadresse: Annenweg 9/2\n8010 Graz\nDatum: 18.02.2027",
            ["Annenweg 9/2", "8010 Graz"],
        ),
        (
            "Address:\n12 Larkspur Row\nFlat 3\nLeeds LS2 9JT\n\nThanks, see you",
            ["12 Larkspur Row", "Flat 3", "Leeds LS2 9JT"],
        ),
        # after a value, a line without a digit (a town alone, prose) is no continuation
        ("Adresse: 4 rue des Lilas\nMerci d'avance", ["4 rue des Lilas"]),
        ("Address: 12 Larkspur Row\nLeeds\nThanks", ["12 Larkspur Row"]),
        ("Address: 4 Mill Rd\nH2X 1Y4 Montréal", ["4 Mill Rd", "H2X 1Y4 Montréal"]),
        # a reference on the next line is no part of the address, nor is anything after a mail
        ("New address: 12 Larkspur Row\nOrder #99266", ["12 Larkspur Row"]),
        ("New address: 12 Larkspur Row\nTicket 4471 closed", ["12 Larkspur Row"]),
        ("Adresse : o@example.fr\n75011 Paris", ["o@example.fr"]),
    ],
)
def test_address_over_lines(text, expected):
    hits = sorted(find_records(text), key=lambda h: h[1])
    assert [(kind, text[s:e]) for kind, s, e in hits] == [("ADDRESS", v) for v in expected]
