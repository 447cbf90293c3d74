"""Form lines, YAML and JSON: the value of a personal key goes whole, typed by the key, in
every language we redact; non-personal keys, placeholders and prose keep their words.
All records below are made up."""

from __future__ import annotations

import pytest

from trainer.redact.normalize import normalize
from trainer.redact.records import find_records


def found(text: str) -> list[tuple[str, str]]:
    t = normalize(text).text
    return [(kind, t[s:e]) for kind, s, e in sorted(find_records(t), key=lambda h: h[1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone, in several languages, is a name because of its label
        ("Ticket 7\nLast name: Quarrington\nRoom 4", "Ticket 7\nLast name: [NAME]\nRoom 4"),
        ("Nachname: Brennecke\nAbteilung: Einkauf", "Nachname: [NAME]\nAbteilung: Einkauf"),
        (
            "Nom de famille : Lemarchal\nService : achats",
            "Nom de famille : [NAME]\nService : achats",
        ),
        ("Apellidos: Ferrándiz Pla\nCiudad: Sevilla", "Apellidos: [NAME]\nCiudad: Sevilla"),
        ("Cognome: Bertolazzi\nReparto: vendite", "Cognome: [NAME]\nReparto: vendite"),
        ("Achternaam: Wijnbergen\nAfdeling: inkoop", "Achternaam: [NAME]\nAfdeling: inkoop"),
        ("Apelido: Meireles\nSecção: compras", "Apelido: [NAME]\nSecção: compras"),
        # lower case and capitals
        ("served by: tomasz okafor", "served by: [NAME]"),
        ("Passenger: HALVORSEN/INGRID MS", "Passenger: [NAME]"),
        # number kinds by key, whatever their layout
        ("Handy: 0151 2345 6789 (privat)", "Handy: [PHONE] (privat)"),
        ("Steuer-ID: 12 345 678 901", "Steuer-ID: [ID]"),
        ("Geburtsdatum: 03.04.1988", "Geburtsdatum: [ID]"),
        ("Bank account (IBAN): GB33BUKB20201555555555", "Bank account (IBAN): [IBAN]"),
        # a list of people under a label with no value
        (
            "Guests:\n- TARQUIN BLAKELY\n- odile okafor\nRoom 2",
            "Guests:\n- [NAME]\n- [NAME]\nRoom 2",
        ),
        ("Invitados:\n- anselmo ibarra cuevas\n- Ana", "Invitados:\n- [NAME]\n- [NAME]"),
        ("Référent : lucien vaillancourt\nSalle B3", "Référent : [NAME]\nSalle B3"),
        # YAML
        (
            "record:\n  full_name: Rosalind Achterberg\n  city: Leeds",
            "record:\n  full_name: [NAME]\n  city: Leeds",
        ),
    ],
)
def test_personal_form_values_go(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"order_id": "A-1234", "full_name": "tomasz wiśniewski", "total": "12.50"}',
            '{"order_id": "A-1234", "full_name": "[NAME]", "total": "12.50"}',
        ),
        (
            '{\n  "customer": "Dr Quillfeather",\n  "sku": "AB-77",\n'
            '  "phone": "0151 2345 6789"\n}',
            '{\n  "customer": "Dr [NAME]",\n  "sku": "AB-77",\n  "phone": "[PHONE]"\n}',
        ),
        (
            '{"guests": ["Ana Vidal", "Rui Paz"], "room": "B12"}',
            '{"guests": ["[NAME]", "[NAME]"], "room": "B12"}',
        ),
        (
            '{"contact": {"nome": "Ginevra Coltellacci", "tax_rate": 0.22}}',
            '{"contact": {"nome": "[NAME]", "tax_rate": 0.22}}',
        ),
        (
            '{"pan": "4111 1111 1111 1111", "tax_id": "583-26-2697"}',
            '{"pan": "[CARD]", "tax_id": "[SSN]"}',
        ),
    ],
)
def test_json_values_go(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'From: "Doe, Jane" <jane.doe@example.com>\nSubject: plans',
            'From: "[NAME]" <[EMAIL]>\nSubject: plans',
        ),
        ("Von: Ortrud Hasselbeck\nBetreff: Termin", "Von: [NAME]\nBetreff: Termin"),
        ("De : Gaëlle Fournival\nObjet : réunion", "De : [NAME]\nObjet : réunion"),
        ("Para: Tom Wu <tom@example.org>, ops@example.org", "Para: [NAME] <[EMAIL]>, [EMAIL]"),
        ("To: undisclosed-recipients:;\nSubject: hi", "To: undisclosed-recipients:;\nSubject: hi"),
    ],
)
def test_mail_headers(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # non-personal keys keep their values
        "order_id: ORD-2026-5521\nsku: XK-2231\ntotal: 41.20\ncreated_at: 2026-02-03",
        "city: Leeds\ncountry: UK\ntax_rate: 0.19\nphone_count: 3",
        "Company name: Harbour Analytics\nProduct name: Cloud Sync",
        "Firmenname: Nordlicht Werke\nDateiname: bericht.pdf",
        # placeholders
        "Name: N/A\nPhone: -\nEmail: null\nSurname: ***",
        # a phone/card key over a value with no digit
        "Card: loyalty card\nPhone: ask at the desk",
        # prose that merely looks like a record
        "Candidate: best number is below, thanks",
        "Name: that is the hard part, we never agreed on one",
        "I told them my name: it is on the form somewhere.",
        "Name, address and phone please.\nThanks for everything, see you",
        "Note: the meeting moved to room 4.\nWhere: main office",
        "Customer feedback: Loved the new layout\nPhone case: silicone, blue",
    ],
)
def test_not_personal_values_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_value_ends_before_remark_and_mailbox():
    assert found("Name: Ysolde Brannagh (she/her)") == [("NAME", "Ysolde Brannagh")]
    assert found("SSN: 123-45-6789 ok") == [("SSN", "123-45-6789")]
    assert found("Contact: +44 20 7946 0958") == [("PHONE", "+44 20 7946 0958")]


def test_note_inside_a_vcard_like_line_is_read():
    assert found("NOTE:Family name: Harrowgate") == [("NAME", "Harrowgate")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several people: one name each; "Surname, Given" stays one; a title stays outside
        ("Attendees: Wicklund, Ottilie; Jarrah Brackenbury", "Attendees: [NAME]; [NAME]"),
        ("Contact: Mr Quillfeather", "Contact: Mr [NAME]"),
        # a name-part key takes its value whatever it looks like
        ("Surname: Baker", "Surname: [NAME]"),
        ("Apellidos: de la Vega Ortiz", "Apellidos: [NAME]"),
    ],
)
def test_name_lists_titles_and_name_parts(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a generic person key over a team, a project or companies
        "Contact: Support Team",
        "Contact: Sales and Marketing",
        "Participants: Bluefield Logistics, Northwind Analytics",
        "Organizer: Harbour Consulting GmbH",
        "Name: Project Kestrel",
    ],
)
def test_generic_person_keys_over_organisations_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_a_list_of_people_gives_one_hit_per_person():
    assert found("Teilnehmer: Ortrud Hasselbeck, Jannik Brause") == [
        ("NAME", "Ortrud Hasselbeck"),
        ("NAME", "Jannik Brause"),
    ]
    assert found("Invités : Gaëlle Fournival et Ysolde Brannagh") == [
        ("NAME", "Gaëlle Fournival"),
        ("NAME", "Ysolde Brannagh"),
    ]


def test_address_values_end_where_the_address_ends():
    assert found("Adres: Prinsestraat 44, 2514 GK Den Haag Referentie KL-5521") == [
        ("ADDRESS", "Prinsestraat 44, 2514 GK Den Haag")
    ]
    assert found("Adresse: 5 rue Solférino, 59000 merci beaucoup") == [
        ("ADDRESS", "5 rue Solférino, 59000")
    ]
    assert found("Lieferadresse: Lindenweg 5, 10115 Berlin 11.02.2027") == [
        ("ADDRESS", "Lindenweg 5, 10115 Berlin")
    ]
    # a town alone after the street is no personal datum (as the address detector has it)
    assert found("Adresse: Kring 4, Zwolle") == [("ADDRESS", "Kring 4")]


def test_a_mail_key_without_a_mail_address_is_left_to_the_detectors():
    assert found("Mail: 500 W 2nd St Ste 1900, Austin, TX 78701") == []
    assert found("E-mail: jane (at) example (dot) org") == [
        ("EMAIL", "jane (at) example (dot) org")
    ]


def test_a_value_ends_before_prose_on_its_line():
    assert found("address: Norwich NR3 4QT - good luck!") == [("ADDRESS", "Norwich NR3 4QT")]
    assert found("my personal email: o.quarrie@example.org! tell them I sent you") == [
        ("EMAIL", "o.quarrie@example.org")
    ]
    assert found("Contact: Ysolde Brannagh - call after five") == [("NAME", "Ysolde Brannagh")]


def test_a_number_value_is_the_number_not_what_follows_it():
    # a look-alike after the number on its line stays (ISBN, price, flight)
    assert found("Card number: 4111 1111 1111 1111 978-0-306-40615-7.") == [
        ("CARD", "4111 1111 1111 1111")
    ]
    assert found("IBAN: DE89 3704 0044 0532 0130 00 €1,250 deposit") == [
        ("IBAN", "DE89 3704 0044 0532 0130 00")
    ]
    assert found("Tel: +44 20 7946 0958 LH 6781") == [("PHONE", "+44 20 7946 0958")]
    assert found("Tel: 0151 2345 6789 10:30 Uhr") == [("PHONE", "0151 2345 6789")]
    assert found("Tel: 0151 2345 6789 LH6781") == [("PHONE", "0151 2345 6789")]
    # layouts with letters stay whole, and a birth date written with words
    assert found("Geburtsdatum: 3. März 1988") == [("NATIONAL_ID", "3. März 1988")]
    assert found("IBAN: GB82 WEST 1234 5698 7654 32") == [("IBAN", "GB82 WEST 1234 5698 7654 32")]
    assert found("NINO: AB 12 34 56 C") == [("NATIONAL_ID", "AB 12 34 56 C")]
