"""Mexican, Austrian, Portuguese, New Zealand and South African personal numbers
(``ids_intl``): valid check digits go in every layout their issuers print, a wrong check digit
(where only the check proves the shape) and look-alikes stay. Values are made up; each check
digit was computed with the issuer's published algorithm."""

from __future__ import annotations

import pytest

from trainer.redact.checksums_intl import (
    clabe_ok,
    curp_ok,
    ird_ok,
    nif_pt_ok,
    rfc_ok,
    sa_id_ok,
    sv_nummer_ok,
)


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        (clabe_ok, "032180000118359719", "032180000118359718"),
        (curp_ok, "GOMA850315HDFRRN02", "GOMA850315HDFRRN08"),
        (rfc_ok, "PELJ920704Q70", "PELJ920704Q71"),
        (rfc_ok, "XYZ010203AB9", "XYZ010203AB1"),  # a persona moral: 12 characters
        (sv_nummer_ok, "1237010180", "1238010180"),
        (sv_nummer_ok, "4568150376", "4568153276"),  # day 15, month 32: no birth date
        (nif_pt_ok, "232013969", "232013968"),
        (nif_pt_ok, "123456789", "523456789"),  # 5...: a company's NIPC, not a person's NIF
        (ird_ok, "49091850", "49091851"),  # Inland Revenue's published example
        (ird_ok, "136543210", "160000006"),  # above Inland Revenue's range
        (sa_id_ok, "8001015009087", "8001015009088"),
        (sa_id_ok, "9206150123085", "9213150123089"),  # month 13
    ],
)
def test_checks(check, valid, invalid):
    assert check(valid)
    assert not check(invalid)


GONE = [
    # Mexico
    ("Mi CURP es PELJ920704MJCRPN04, gracias.", "Mi CURP es [ID], gracias."),
    ("Registro: GOMA850315HDFRRN08 (copia)", "Registro: [ID] (copia)"),  # RENAPO shape
    ("curp pelj920704mjcrpn04 en minúsculas", "curp [ID] en minúsculas"),
    ("Factura a nombre de PELJ920704Q70 por favor", "Factura a nombre de [ID] por favor"),
    ("Mi RFC: PELJ920704Q71", "Mi RFC: [ID]"),  # wrong check, but after the word RFC
    ("Facturar a XYZ010203AB9.", "Facturar a [ID]."),  # a company's RFC: removed too
    ("Deposita a 032180000118359719 hoy", "Deposita a [IBAN] hoy"),
    ("CLABE 072 180 12345678901 4 (Banorte)", "CLABE [IBAN] (Banorte)"),
    # Austria
    ("Meine SV-Nummer: 1237 010180", "Meine SV-Nummer: [ID]"),
    ("Versicherungsnummer 4568150376 bitte eintragen", "Versicherungsnummer [ID] bitte eintragen"),
    ("SV-Nr. 1237010180 (Arbeitgeber)", "SV-Nr. [ID] (Arbeitgeber)"),
    # Portugal
    ("O meu NIF é 232 013 969.", "O meu NIF é [ID]."),
    ("contribuinte 232013969 na fatura", "contribuinte [ID] na fatura"),
    # New Zealand
    ("My IRD number is 49-091-850.", "My IRD number is [ID]."),
    ("IRD 136543210 for the payslip", "IRD [ID] for the payslip"),
    ("tax no. 136-543-210 attached", "tax no. [ID] attached"),
    # South Africa
    ("ID 8001015009087 on the form", "ID [ID] on the form"),
    ("My ID is 920615 0123 085.", "My ID is [ID]."),
]


@pytest.mark.parametrize(("text", "expected"), GONE)
def test_ids_go(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


KEPT = [
    "Pedido GOMA8503 enviado.",  # a short code, no CURP
    "Modelo ABCD991399XY1 agotado.",  # month 13: no date, no RFC
    "Order 4515754014 shipped.",  # 10 digits after an order cue
    "ISBN 9780306406157 in stock",  # an ISBN-13, no SA identity number (month 30)
    "The 2026 season had 1280 games.",
    "Artikel 1238010180 ist ausverkauft.",  # an article number that fails the SV check
    "Reference 160000006 closed",  # above Inland Revenue's range, no IRD number
    "Reading list: 9843210883.",  # an ISBN-10 that passes the SV check: solid needs the SV cue
    "The barcode on the box reads 8409105489178, thanks.",  # an EAN-13 that passes SA's checks
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)
