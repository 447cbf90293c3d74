"""Look-alikes kept by the standard that defines them, each beside a personal value of the same
shape that stays redacted (fail closed). All values are made up; check digits are computed by
the checks the keeps read, and asserted first.
"""

import pytest

from trainer.redact.checksums_registers import cuit_ok, nipc_ok, pt_nif_ok
from trainer.redact.lookalike_firm_numbers import gb_vat_ok, hu_tax_number_ok

CUIT_FIRM = "30-71234567-1"  # type 30: a legal entity
CUIL_PERSON = "20-71234567-6"  # type 20: a person
HU_TAX = "24681353-2-13"  # base check 3, VAT code 2, county 13
GB_VAT = "GB 246 8135 51"  # mod 97
NIPC = "508123453"  # opens 5: a legal person
NIF_PERSON = "238123456"  # opens 2: a person


def test_values_are_what_the_tests_say():
    assert cuit_ok(CUIT_FIRM.replace("-", "")) and cuit_ok(CUIL_PERSON.replace("-", ""))
    assert hu_tax_number_ok(HU_TAX) and not hu_tax_number_ok("24681354-2-13")
    assert not hu_tax_number_ok("24681353-7-13")  # no VAT code 7
    assert gb_vat_ok("246813551") and gb_vat_ok("246813593")  # the 55-offset form too
    assert not gb_vat_ok("246813552")
    assert nipc_ok(NIPC) and pt_nif_ok(NIF_PERSON) and not nipc_ok(NIF_PERSON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part's, article's or machine's number after its printed label
        ("Reorder P/N 4711-802 for line 2.", "Reorder P/N 4711-802 for line 2."),
        ("Bitte Art. 0815.421 nachbestellen.", "Bitte Art. 0815.421 nachbestellen."),
        ("Log the fault against SN 123-45678.", "Log the fault against SN 123-45678."),
        ("Fehler auf Ser.-Nr. AB123-45678 buchen.", "Fehler auf Ser.-Nr. AB123-45678 buchen."),
        # a phone as its plan prints it stays redacted whatever the label says
        ("Log the fault against S/N 0612-345678.", "Log the fault against S/N [PHONE]."),
        # a purchase order after "PO" as printed: no post-office box without "Box"
        ("Stores booked in PO 123456 today.", "Stores booked in PO 123456 today."),
        ("PO# 4500123456 is still open.", "PO# 4500123456 is still open."),
        ("PO 0612345678 is still open.", "PO [PHONE] is still open."),
        # lower case is running text, not the printed label
        ("Call sn 555-0142 now.", "Call sn [PHONE] now."),
    ],
)
def test_part_and_serial_numbers(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le greffe a indiqué RG n° 123/2024.", "Le greffe a indiqué RG n° 123/2024."),
        ("Voir pourvoi n° 21-12.345 au dossier.", "Voir pourvoi n° 21-12.345 au dossier."),
        ("El juzgado indicó autos n.º 0123/2024.", "El juzgado indicó autos n.º 0123/2024."),
        ("See Index No. L&T 12345/24 today.", "See Index No. L&T 12345/24 today."),
        ("See VCAT file 21/12345 in the bundle.", "See VCAT file 21/12345 in the bundle."),
        ("Check Matter 2024-123 before the hearing.", "Check Matter 2024-123 before the hearing."),
    ],
)
def test_court_and_matter_numbers(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the entity's type in a CUIT, a CIPC registration's suffix: the form says a firm's
        (f"La factura muestra {CUIT_FIRM} al pie.", f"La factura muestra {CUIT_FIRM} al pie."),
        ("Registered as 2019/123456/07 in Pretoria.", "Registered as 2019/123456/07 in Pretoria."),
        # a person's CUIL of the same shape stays redacted
        (f"La factura muestra {CUIL_PERSON} al pie.", "La factura muestra [ID] al pie."),
        # a sole trader holds these too: only beside a company word
        (f"A beszállító adószáma {HU_TAX}.", f"A beszállító adószáma {HU_TAX}."),
        (f"The supplier's VAT number is {GB_VAT}.", f"The supplier's VAT number is {GB_VAT}."),
        (f"A számla alján ez áll: {HU_TAX}.", "A számla alján ez áll: [PHONE]."),
        (f"My VAT number is {GB_VAT}.", "My VAT number is GB [PHONE]."),
    ],
)
def test_firm_numbers_by_their_form(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the firm named after the label, or before it
        (f"O NIPC do fornecedor é {NIPC}.", f"O NIPC do fornecedor é {NIPC}."),
        (f"A carta cita NIF empresa {NIPC}.", f"A carta cita NIF empresa {NIPC}."),
        (
            "The supplier's registration is 4123456789.",
            "The supplier's registration is 4123456789.",
        ),
        # a chat line's speaker after its time is the line's author, not the number's owner
        (
            f"[09:15] Associado: A carta cita NIF empresa {NIPC}.",
            f"[09:15] Associado: A carta cita NIF empresa {NIPC}.",
        ),
        # a register only firms hold: a Belizean IBC number
        ("We noted IBC No. 123456 in the file.", "We noted IBC No. 123456 in the file."),
        # a phone word before the slot: the number may be a phone, whoever's slot it is
        (
            "Telefone no cadastro do fornecedor: 41987654321.",
            "Telefone no cadastro do fornecedor: [PHONE].",
        ),
        # a client is a person: her number stays redacted
        (f"O NIF da cliente é {NIF_PERSON}.", "O NIF da cliente é [ID]."),
    ],
)
def test_register_slot_with_its_owner(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hungarian writes the number before its noun: an order's
        ("A 4512345678 megrendelés még nyitott.", "A 4512345678 megrendelés még nyitott."),
        # a Hungarian phone with its trunk 06 or its "+36" stays redacted there
        ("A 06301234567 megrendelés még nyitott.", "A [PHONE] megrendelés még nyitott."),
        ("A +36301234567 megrendelés még nyitott.", "A [PHONE] megrendelés még nyitott."),
    ],
)
def test_hungarian_number_before_its_order_noun(redactor, text, expected):
    assert redactor.redact(text).text == expected
