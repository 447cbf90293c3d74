"""Baltic personal codes, Ghana Card, Luxembourg matricule, Ecuadorian RUC, the account layouts
of Canada, Peru and Uruguay, and numbers handed over with no name (issue #10). All values are
made up; check digits computed by the standards' own rules."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums_baltic import ee_lt_code_ok, lv_code_ok
from trainer.redact.ids_bank_layouts import find_bank_layouts
from trainer.redact.ids_gh_lu_ec import ec_cedula_ok, ec_ruc_ok, find_gh_lu_ec_ids, lu_matricule_ok
from trainer.redact.ids_handover import find_handed_over
from trainer.redact.ids_nordic_east import find_nordic_east_ids
from trainer.redact.national_ids import is_reference
from trainer.redact.prefilter import digit_runs


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


def test_checks_by_the_standards() -> None:
    assert ee_lt_code_ok("38506121233") and not ee_lt_code_ok("38506121234")
    assert ee_lt_code_ok("60309170452") and not ee_lt_code_ok("60309170453")
    assert not ee_lt_code_ok("78506121233")  # no century digit 7
    assert not ee_lt_code_ok("38513121233")  # no 13th month
    assert lv_code_ok("15089113450") and not lv_code_ok("15089113451")
    assert not lv_code_ok("15089153450")  # century digit 5 is no Latvian one
    assert lu_matricule_ok("1985071412341") and not lu_matricule_ok("1985071412342")
    assert not lu_matricule_ok("1985131412341")  # no 13th month
    assert ec_cedula_ok("1703456788") and not ec_cedula_ok("1703456789")
    assert ec_ruc_ok("1703456788001") and not ec_ruc_ok("1703456788002")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Isikukood lepingu jaoks: 38506121233.", "Isikukood lepingu jaoks: [ID]."),
        ("Asmens kodas 60309170452, prašau.", "Asmens kodas [ID], prašau."),
        ("Personas kods 150891-13450, paldies.", "Personas kods [ID], paldies."),
        ("Numurs 15089113450 formai.", "Numurs [ID] formai."),
        ("Matricule : 1985071412341 merci", "Matricule : [ID] merci"),
        ("my ID GHA-123456789-0 is on the form", "my ID [ID] is on the form"),
        ("Card GHA 123456789 0 attached", "Card [ID] attached"),
        ("RUC 1703456788001 para la factura", "RUC [ID] para la factura"),
    ],
)
def test_personal_numbers_redacted(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kood 38506121234 on vale.",  # the EE/LT check fails
        "Kods 150891-13451 neder.",  # the LV check fails
        "Kods 150891-53450 neder.",  # no Latvian century digit
    ],
)
def test_baltic_rule_needs_its_check(text: str) -> None:
    assert find_nordic_east_ids(text, gives_way=is_reference) == []


@pytest.mark.parametrize(
    "text",
    [
        "Numéro 1985071412342 merci",  # Verhoeff digit wrong
        "Numéro 1703456788002 merci",  # establishment 002 is no natural person's RUC
        "Tax invoice GHB-123456789-0 sent",  # not Ghana's prefix
        "Code GHA-12345678-0 sent",  # eight digits: not the card's layout
    ],
)
def test_gh_lu_ec_rule_needs_layout_and_check(text: str) -> None:
    assert find_gh_lu_ec_ids(text, digit_runs(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pay to 12345-004-1234567, thanks", "Pay to [IBAN], thanks"),
        ("Datos bancarios: 002-191-123456789012-34", "Datos bancarios: [IBAN]"),
        ("el bote está en 123456789-00001.", "el bote está en [IBAN]."),
        ("Donations to 021000115 123456789012 (charity).", "Donations to [IBAN] (charity)."),
        ("Pay to 1234567890123, reference your name", "Pay to [IBAN], reference your name"),
        ("banking app says: 1234567890123", "banking app says: [IBAN]"),
    ],
)
def test_account_layouts_redacted(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Código 12345-004-123456 del pedido",  # six account digits: no Canadian layout
        "Pedido 002-191-12345678901-34",  # eleven account digits: no CCI
        "Pedido 123456789-00001 enviado",  # an order cue keeps the BROU shape
        "Pay to the order of the club",
        "pay to 3 people",
    ],
)
def test_account_layouts_kept(redact, text: str) -> None:
    assert redact(text) == text
    assert find_bank_layouts(text, digit_runs(text), gives_way=is_reference) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Here you go: 40817263", "Here you go: [ID]"),
        ("ahí va: 40817263", "ahí va: [ID]"),
        ("izvolite: 40817263", "izvolite: [ID]"),
        ("the number is 40817263", "the number is [ID]"),
        ("Para la factura: 40817263", "Para la factura: [ID]"),
        ("Tax number on the invoice: 40817263", "Tax number on the invoice: [ID]"),
        ("HR needs my number for it: 40817263.", "HR needs my number for it: [ID]."),
        ("Piden mi número para el contrato: 40817263", "Piden mi número para el contrato: [ID]"),
    ],
)
def test_handed_over_numbers_redacted(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "here you go: order 40817263",  # a word names it
        "Here you go: #40817263",  # an order mark
        "Here you go: 1500000 EUR",  # an amount
        "Here you go: 2024-05-01",  # a date
        "Pago para la factura 40817263",  # no colon: the invoice's own number
        "Here you go: 408172",  # six digits: no identity number's length
        "Mi número de pedido: 40817263",  # an order word in the phrase: a reference
        "my number of guests: 12",
    ],
)
def test_handed_over_kept(redact, text: str) -> None:
    assert redact(text) == text
    assert find_handed_over(text, gives_way=is_reference) == []
