"""CSV/TSV/pipe tables, vCards, calendar entries and airline name elements: personal columns and
properties go whole; other columns, order numbers, SKUs, totals and dates stay.
All records below are made up."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "order_id,full_name,phone,total\n"
            "ORD-2026-0042,rosalind achterberg,0113 496 0123,£12.40",
            "order_id,full_name,phone,total\nORD-2026-0042,[NAME],[PHONE],£12.40",
        ),
        (
            "id;nombre;teléfono;ciudad\n"
            "1;Lucía Ferrándiz;612 34 56 78;Sevilla\n2;Óscar Pla;699 111 222;Bilbao",
            "id;nombre;teléfono;ciudad\n1;[NAME];[PHONE];Sevilla\n2;[NAME];[PHONE];Bilbao",
        ),
        (
            "Nachname\tsku\tPLZ\nBrennecke\tXK-1\t10115",
            "Nachname\tsku\tPLZ\n[NAME]\tXK-1\t[ADDRESS]",
        ),
        (
            '"ticket","customer","card_number"\n"REQ-1","Okafor, Tomasz","4111 1111 1111 1111"',
            '"ticket","customer","card_number"\n"REQ-1","[NAME]","[CARD]"',
        ),
        (
            "| Naam | E-mail | Stad |\n|---|---|---|\n"
            "| Joost Wijnbergen | joost@example.nl | Utrecht |",
            "| Naam | E-mail | Stad |\n|---|---|---|\n| [NAME] | [EMAIL] | Utrecht |",
        ),
        # an unquoted comma inside a value: the personal column takes what it may have shifted into
        (
            "total,mobile,ticket\n£4,186.57,07700 900123,INC-77",
            "total,mobile,ticket\n£4,[PHONE],INC-77",
        ),
    ],
)
def test_table_columns(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "order_id,sku,total,created_at\nORD-2026-0042,XK-2231,41.20,2026-02-03",
        "city;country;tax_rate\nLeeds;UK;0.19",
        # prose with commas is no table
        "Name, address and phone please.\nThanks, see you Tuesday, bring snacks",
    ],
)
def test_tables_without_personal_columns_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BEGIN:VCARD\nVERSION:4.0\nN:Lindqvist;Saskia;;Dr.;\nFN:saskia lindqvist\n"
            "ADR;TYPE=home:;;Keizersgracht 12;Amsterdam;;1015 CX;NL\nORG:Harbour Analytics\n"
            "BDAY:19850412\nEND:VCARD",
            "BEGIN:VCARD\nVERSION:4.0\nN:[NAME];\nFN:[NAME]\n"
            "ADR;TYPE=home:;;[ADDRESS]\nORG:Harbour Analytics\n"
            "BDAY:[ID]\nEND:VCARD",
        ),
        (
            "BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:+31 6 12345678\nNOTE:Geboortenaam: Vermeer\n"
            "NICKNAME:Joppie\nEND:VCARD",
            "BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:[PHONE]\nNOTE:Geboortenaam: [NAME]\n"
            "NICKNAME:[NAME]\nEND:VCARD",
        ),
        (
            "BEGIN:VEVENT\nSUMMARY:Budget review\n"
            'ORGANIZER;CN="Pieter de Wit":mailto:p.dewit@example.nl\n'
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Solveig:mailto:solveig@example.org\nEND:VEVENT",
            'BEGIN:VEVENT\nSUMMARY:Budget review\nORGANIZER;CN="[NAME]":mailto:[EMAIL]\n'
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=[NAME]:mailto:[EMAIL]\nEND:VEVENT",
        ),
    ],
)
def test_cards_and_calendars(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Booked for KOWALCZYK/ANNA MRS on the 9th.", "Booked for [NAME] on the 9th."),
        ("1.1VAN DER MEER/JOOST MR", "1.1[NAME]"),
        ("Ticket holder: Okafor/Tomasz Mr, seat 14C", "Ticket holder: [NAME], seat 14C"),
    ],
)
def test_airline_name_elements(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "We use TCP/IP and AC/DC adapters; FAQ/HELP is below.",
        "The ON/OFF switch and the PASS/FAIL flag.",
        "BEGIN:VCARD\nVERSION:3.0\nORG:Harbour Analytics\nTITLE:Engineer\nEND:VCARD",
    ],
)
def test_record_look_alikes_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_transcript_speakers(redactor, assert_exact):
    text = (
        "Transcript\n[00:00:59] Interviewer: Thanks.\n[00:01:59] Ottoline Quarrie: Let me know.\n"
        "[00:03:10] OQ: fine\n[00:04:00] Bewerberin: ja\n[00:05:00] Moderadora: vale\n"
        "[00:06:00] Candidata: claro"
    )
    expected = (
        "Transcript\n[00:00:59] Interviewer: Thanks.\n[00:01:59] [NAME]: Let me know.\n"
        "[00:03:10] [NAME]: fine\n[00:04:00] Bewerberin: ja\n[00:05:00] Moderadora: vale\n"
        "[00:06:00] Candidata: claro"
    )
    assert_exact(redactor, text, expected)


def test_chat_handles_and_roles_are_no_speaker_names(redactor, assert_kept):
    assert_kept(redactor, "[18:09] runner_99: hi all\n[18:10] Admin: welcome back")


@pytest.mark.parametrize(
    "text",
    [
        # technical records use "name", "host" and "contact" for things, not people
        "steps:\n  - name: Lint and format\n    run: make lint",
        '{"name": "billing-service", "version": "2.4.1"}',
        "spec:\n  name: redis-cache-primary\n  host: cache.internal",
        "name,price,qty\nTeapot,4.50,12",
        "| Key | Value |\n|---|---|\n| City | Leeds |\n| Plan | team |",
        "From: Helpdesk\nTo: Payroll\nSubject: March run",
        "Address: see the form above",
    ],
)
def test_technical_and_role_values_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_a_vertical_table_reads_keys_and_values(redactor, assert_exact):
    text = "| Field | Value |\n|---|---|\n| Name | Tarquin Blakely |\n| City | Leeds |"
    expected = "| Field | Value |\n|---|---|\n| Name | [NAME] |\n| City | Leeds |"
    assert_exact(redactor, text, expected)
