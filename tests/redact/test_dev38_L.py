"""Task L (thirty-eighth and thirty-ninth sets): look-alikes that name a firm, a bank, a law, a
pay grade or a product survive, and the same shapes stay redacted when the text says they are
a person's. Every value is made up; the tests marked "not in any development set" use a country
or language none of the sets holds."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums_registers import (
    cuit_ok,
    ico_ok,
    lei_ok,
    register_value_ok,
    ro_cui_ok,
)
from trainer.redact.lookalike_labelled_codes import labelled_code_spans
from trainer.redact.record_card_shapes import card_value_ok

TAGGED = Redactor.from_members([])

# Company registers: a register only firms enter, a value whose own type says a legal entity,
# or a register a person can hold too beside a company word (shop, employer, legal notice).
REGISTERS_KEPT = [
    "No rodapé da loja aparece CNPJ 12.345.678/0001-95.",
    # a possessive in the sentence before ("minha encomenda") is not the register's
    "Olá, dúvida sobre a minha encomenda. No rodapé da loja aparece CNPJ 12.345.678/0001-95.",
    "Bonjour, petite question au sujet de ma commande. Les mentions légales du vendeur "
    "indiquent SIRET 732 829 320 00074.",
    "Referencia: CUIT 30-71234567-1",
    "Empleador: NIT 12345678901",
    "Quedó registrado como código REEUP 12345678901.",
    "Angajator: CUI RO18547290",
    "- Rientra in P. IVA IT12345670017.",
    "Datore di lavoro: P. IVA IT12345670017",
    "Comme convenu : n° d'entreprise 0403.170.701.",
    # Puerto Rico (not in any development set): an EIN beside a shop word
    "La tienda del vendedor muestra EIN 66-1234567.",
    # Guinea-Bissau (not in any development set): a NIF beside its employer's record key
    "Entidade empregadora: NIF 212345674",
]


@pytest.mark.parametrize("text", REGISTERS_KEPT)
def test_company_registers_survive(text: str) -> None:
    assert TAGGED.redact(text).text == text


REGISTERS_REDACTED = [
    ("Meu CNPJ de MEI é 12.345.678/0001-95.", "Meu CNPJ de MEI é [ID]."),
    ("Mon SIRET est 732 829 320 00074.", "Mon SIRET est [ID] 00074."),
    # a CUIT of a person's type (20) stays redacted even beside a company word
    ("Referencia: CUIT 20-31234567-7", "Referencia: CUIT [ID]"),
    ("Referencia: CUIT 20-31234567-7, la empresa lo pide.",
     "Referencia: CUIT [ID], la empresa lo pide."),
    ("Mi CUIT 30-71234567-1 quedó mal cargado.", "Mi CUIT [ID] quedó mal cargado."),
    # a register a person can hold, with no company word: fail closed
    ("Anotado en el legajo: NIT 12345678901.", "Anotado en el legajo: NIT [PHONE]."),
    ("Marcat ca CUI RO18547290.", "Marcat ca CUI [ID]."),
    ("Mi EIN es 66-1234567, soy trabajador por cuenta propia.",
     "Mi EIN es [PHONE], soy trabajador por cuenta propia."),
    ("A minha entidade empregadora tem o NIF 212345674.",
     "A minha entidade empregadora tem o NIF [ID]."),
]


@pytest.mark.parametrize(("text", "expected"), REGISTERS_REDACTED)
def test_personal_registers_stay_redacted(text: str, expected: str) -> None:
    assert TAGGED.redact(text).text == expected


def test_register_checks() -> None:
    assert cuit_ok("30712345671") and not cuit_ok("30712345672")
    assert cuit_ok("20312345677") and not cuit_ok("99312345677")
    assert ico_ok("25596641") and not ico_ok("25596642")
    assert ro_cui_ok("18547290") and not ro_cui_ok("18547291")
    assert lei_ok("5493001KJTIIGC8Y1R12") and not lei_ok("5493001KJTIIGC8Y1R13")
    # the shared dispatch: a scheme with a check asks it, one without passes on its shape
    assert register_value_ok("cuit", "30-71234567-1")
    assert not register_value_ok("nip", "123-456-32-19")
    assert register_value_ok("krs", "0000123456")


# Codes a closed noun names (``lookalike_labelled_codes``): a bank code, a grade, a room, a
# size, a statute or article, a ticket, an article number; every hit inside them goes.
LABELLED_KEPT = [
    ("Her bank account for payroll: 35898706332821 (IFSC SBIN0959294). Ask her.",
     "Her bank account for payroll: [IBAN] (IFSC SBIN0959294). Ask her."),
    ("- Le montant convenu est de SWIFT GEBABEBB.", None),
    ("Erfasst als Lohnband C.", None),  # Liechtenstein (not in any development set) too
    ("Marked as Boardroom B.", None),
    ("Annotato nel fascicolo: D.Lgs. 81/2015. Il rimborso va sul conto.", None),
    ("Legal basis: NIS Act Cap. 36:01", None),
    ("> Referido na carta: art. 52.º do Código Laboral.", None),
    ("The parcel was size S.", None),
    ("Agent: This is about Claim 00963723.", None),
    ("Het artikelnummer is Art.nr. 32-517-RED. Met vriendelijke groet.", None),
    ("Menționat în adresă: HG 905/2017. Corectează datele.", None),
    ("See Level 7 (7th CPC) for details.", None),  # a grade's parenthetical qualifier
    ("Referencia: F.572 SIRADIG El portal de sueldos registró el cambio.", None),
    # Monaco (not in any development set): a French pay category
    ("Noté au dossier : catégorie D. Le candidat est d'accord.", None),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_KEPT)
def test_labelled_codes_survive(text: str, expected: str | None) -> None:
    assert TAGGED.redact(text).text == (expected or text)


LABELLED_REDACTED = [
    # the account beside a bank code still goes, and so does a name after it
    ("Account 35898706332821, SWIFT GEBABEBB, for Maren Oyelaran.",
     "Account [IBAN], SWIFT GEBABEBB, for [NAME]."),
    # a ticket number with a phone word in its sentence may be the writer's number
    ("Call me about case 00963723 on my mobile.", "Call me about case [PHONE] on my mobile."),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_REDACTED)
def test_personal_values_beside_labelled_codes_stay_redacted(text: str, expected: str) -> None:
    assert TAGGED.redact(text).text == expected


def test_bic_needs_a_known_country() -> None:
    # Georgia (not in any development set): its ISO country makes a BIC; "QQ" is no region
    assert labelled_code_spans("Per the handbook, SWIFT BAGAGE22 for it.") == [(18, 32)]
    assert labelled_code_spans("Per the handbook, SWIFT BAGAQQ22 for it.") == []
    # alone, a BIC's shape is an id's as well (a Malawian national id): fail closed
    assert labelled_code_spans("Erfasst als UBSWCHZH80A.") == []
    assert TAGGED.redact("ID number: QPMKRSV9").text == "ID number: [ID]"


# A card key's value that cannot be a card ("carta" is a letter in Spanish and Portuguese)
CARD_KEY_KEPT = [
    "Figura en la carta: 24/07/2027.",
    "- Referido na carta: 17,6%.",
    "> Figura en la carta: CASE-48820.",
    "Referido na carta: 978-989-882-729-6.",
    "- Referido na carta: CVE 166 000.",
    "Referido na carta: 27/03/2027.",  # Timor-Leste (not in any development set)
]


@pytest.mark.parametrize("text", CARD_KEY_KEPT)
def test_card_key_values_that_are_no_card_survive(text: str) -> None:
    assert TAGGED.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Card: 4111 1111 1111 1111", "Card: [CARD]"),
        ("Karte: 1234", "Karte: [CARD]"),
        ("Figura en la carta: 3140 5116 0554 1571.", "Figura en la carta: [CARD]."),
    ],
)
def test_card_key_values_stay_redacted(text: str, expected: str) -> None:
    assert TAGGED.redact(text).text == expected


def test_card_value_shapes() -> None:
    assert card_value_ok("4111 1111 1111 1111") and card_value_ok("1234")
    assert not card_value_ok("24/07/2027") and not card_value_ok("40")
    assert not card_value_ok("build 1249") and not card_value_ok("9780306406157")


def test_barcode_with_its_gs1_check_survives() -> None:
    assert TAGGED.redact("The barcode on the box reads 0941234567894.").text == (
        "The barcode on the box reads 0941234567894."
    )
    # a wrong check digit is no GTIN: whatever read the number keeps it redacted
    assert TAGGED.redact("The barcode on the box reads 0941234567893.").text == (
        "The barcode on the box reads [PHONE]."
    )
    # San Marino (not in any development set): the Italian cue, a few words, the GTIN
    text = "Sulla scatola il codice a barre riporta 8001234567897."
    assert labelled_code_spans(text) == [(17, 53)]
    assert labelled_code_spans(text.replace("897.", "896.")) == []


def test_revision_letter_survives_but_a_reverend_does_not() -> None:
    text = "Tablet app updated to Rev. B. Planning reference BLD-2025-93265 covers it."
    assert TAGGED.redact(text).text == text
    assert TAGGED.redact("Rev. B. Okafor led the service.").text == "Rev. [NAME] led the service."
    # Guinea-Bissau (not in any development set): the Portuguese word, read by the keep
    assert labelled_code_spans("O desenho final está na Revisão C.") == [(24, 33)]
