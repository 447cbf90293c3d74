"""Values round 16: IBANs of the BCEAO/BEAC states and other countries outside the registry,
id cues joined by "_" (log fields) or quoted, the West African, Paraguayan, Ghanaian and
Jamaican id cues, Uganda's NIN, Brazil's Pix random key, Icelandic, Latvian and Estonian phone
words. All values are made up (checks computed here); each rule has a same-shape negative."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


def _red(text: str) -> str:
    return R.redact(text).text


def _iban(country: str, bban: str) -> str:
    """An IBAN with its ISO 13616 check digits."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


SN_IBAN = _iban("SN", "K01234567890123456789012")  # a bank code letter + 23 digits: 28
SN_BAD = SN_IBAN[:2] + f"{(int(SN_IBAN[2:4]) + 1) % 100:02d}" + SN_IBAN[4:]
CI_IBAN = _iban("CI", "CI0080111234567890123456")
CM_IBAN = _iban("CM", "10005000010123456789012")  # BEAC: 27


def _grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Virez l'acompte sur {SN_IBAN} avant lundi.", "Virez l'acompte sur [IBAN] avant lundi."),
        (f"IBAN {_grouped(SN_IBAN)} du fournisseur", "IBAN [IBAN] du fournisseur"),
        (f"Compte : {CI_IBAN}.", "Compte : [IBAN]."),
        (f"Le RIB {CM_IBAN} est à jour", "Le RIB [IBAN] est à jour"),
        # a wrong check digit stays
        (f"Code {SN_BAD} du lot", f"Code {SN_BAD} du lot"),
    ],
)
def test_iban_outside_registry(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue's words joined by "_" as in a log field, a quoted value
        (
            "WARN svc duplicate national_id=7350012345674 / next",
            "WARN svc duplicate national_id=[ID] / next",
        ),
        (
            'INFO kyc check id_number="7350012345674" result=ok',
            'INFO kyc check id_number="[ID]" result=ok',
        ),
        ("WARN duplicate national_id=KX73500123 x", "WARN duplicate national_id=[ID] x"),
        # a thing's key is no id cue, joined or not
        ("INFO job_id=KX73500123 done", "INFO job_id=KX73500123 done"),
        # Senegal's CNI, a cédula "C.I.", Ghana's SSNIT number, Jamaica's TRN after their cue
        ("Son CNI est le 1234567890123.", "Son CNI est le [ID]."),
        ("C.I.: 4325876 en el formulario", "C.I.: [ID] en el formulario"),
        ("HR needs SSNIT C123456789012.", "HR needs SSNIT [ID]."),
        ("My TRN is 123-456-789.", "My TRN is [ID]."),
        # the same letters as words, or without their dots, are no cue
        # pin changed (values tuner, issue #10): "CI" in capitals is how the cédula de identidad
        # is written in Bolivia, Paraguay, Venezuela: a value of seven digits goes (fail closed)
        ("Le CI 4325876 est passé", "Le CI [ID] est passé"),
        ("Mon cni 1234567890123", "Mon cni 1234567890123"),
    ],
)
def test_id_cues(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The form still shows CM12345678ABCD in the NIN field.",
            "The form still shows [ID] in the NIN field.",
        ),
        ("He typed CF1234567890XY into the wrong box", "He typed [ID] into the wrong box"),
        # another second letter, another length, letters first: no NIN
        ("Part CX12345678ABCD ships", "Part CX12345678ABCD ships"),
        ("Part CM1234567ABCD ships", "Part CM1234567ABCD ships"),
        ("Part CMABCD12345678 ships", "Part CMABCD12345678 ships"),
    ],
)
def test_uganda_nin(text: str, expected: str) -> None:
    assert _red(text) == expected


UUID4 = "3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d"
UUID1 = "3f2b8c1e-9d4a-1b7e-a1c2-5e6f7a8b9c0d"  # version 1: no Pix key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"O reembolso vai para chave Pix {UUID4}, confirmado.",
            "O reembolso vai para chave Pix [ID], confirmado.",
        ),
        (f"Transfiram o sinal para {UUID4} até sexta.", "Transfiram o sinal para [ID] até sexta."),
        (f"pix: {UUID4}", "pix: [ID]"),
        (f"CPF/CNPJ: {UUID4}", "CPF/CNPJ: [ID]"),
        # a UUID with no payment or id word on its line is a request or trace id
        (f"request_id={UUID4} took 30 ms", f"request_id={UUID4} took 30 ms"),
        (f"chave Pix\nTrace {UUID4}", f"chave Pix\nTrace {UUID4}"),
        # another UUID version is no Pix random key
        (f"chave Pix {UUID1}", f"chave Pix {UUID1}"),
    ],
)
def test_pix_random_key(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Icelandic: sími/síma, hringið í, SMS/skilaboð í, gsm, emergency number label
        ("Sími: 8123456\nTakk.", "Sími: [PHONE]\nTakk."),
        ("Ef þið verðið sein, hringið í 6123456.", "Ef þið verðið sein, hringið í [PHONE]."),
        ("Næst í mig í síma 812 3456.", "Næst í mig í síma [PHONE]."),
        ("Sendið SMS í 712 3456 fyrir föstudag.", "Sendið SMS í [PHONE] fyrir föstudag."),
        ("Sendið skilaboð í 7123456.", "Sendið skilaboð í [PHONE]."),
        ("Gsm 712 3456", "Gsm [PHONE]"),
        ("Neyðarnúmer á viðburðardaginn: 8123456", "Neyðarnúmer á viðburðardaginn: [PHONE]"),
        # Latvian: rakstiet uz, sazvanāms pa, īsziņu uz, emergency label
        ("Grupai rakstiet uz 22 345 678.", "Grupai rakstiet uz [PHONE]."),
        ("Būšu sazvanāms pa 25123456.", "Būšu sazvanāms pa [PHONE]."),
        ("Uzrakstiet īsziņu uz 26 123 456.", "Uzrakstiet īsziņu uz [PHONE]."),
        ("Ārkārtas numurs pasākuma dienā: 20 123 456", "Ārkārtas numurs pasākuma dienā: [PHONE]"),
        # Estonian: kirjutage, emergency label
        ("Grupiga liitumiseks kirjutage 5123 4567.", "Grupiga liitumiseks kirjutage [PHONE]."),
        ("Hädaabinumber ürituse päeval: 612 3456", "Hädaabinumber ürituse päeval: [PHONE]"),
        # the same digits with no phone word stay (a count, an order's number)
        ("Pöntun 7123456 er komin.", "Pöntun 7123456 er komin."),
        ("Iedzīvotāji: 22 345 678.", "Iedzīvotāji: 22 345 678."),
        ("Tellimus 5123 4567 on teel.", "Tellimus 5123 4567 on teel."),
    ],
)
def test_nordic_baltic_phone_words(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please verify D123456789012 before the payout.", "Please verify [ID] before the payout."),
        # after an order cue, lower case, two letters, eleven digits: no SSNIT number
        ("Order A123456789012 shipped", "Order A123456789012 shipped"),
        ("Part d123456789012 here", "Part d123456789012 here"),
        ("Part AB123456789012 here", "Part AB123456789012 here"),
        ("Part D12345678901 here", "Part D12345678901 here"),
    ],
)
def test_ghana_ssnit(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Brazil: an account with its check digit after a hyphen, the branch beside it
        (
            "O reembolso vai para conta 39512-7, confirmado.",
            "O reembolso vai para conta [IBAN], confirmado.",
        ),
        ("Dados bancários: ag. 1234 c/c 12345-6", "Dados bancários: ag. [IBAN] c/c [IBAN]"),
        (
            "A conta salário do novo contratado é 32118-4.",
            "A conta salário do novo contratado é [IBAN].",
        ),
        # the account's type after the label, a longer phrase before the copula or colon
        (
            "Va a su cuenta de ahorros 1023456789, listo.",
            "Va a su cuenta de ahorros [IBAN], listo.",
        ),
        (
            "Salary account for the new hire is 9012345678901.",
            "Salary account for the new hire is [IBAN].",
        ),
        (
            "Cuenta para el pago al proveedor: 1023456789.",
            "Cuenta para el pago al proveedor: [IBAN].",
        ),
        # the label after the value
        (
            "They sent 9012345678901 as the settlement account.",
            "They sent [IBAN] as the settlement account.",
        ),
        # an amount named by the phrase, a year and a serial, no label: kept
        (
            "The account balance for the whole team is 1250000.",
            "The account balance for the whole team is 1250000.",
        ),
        ("The account was 2024-1 migrated", "The account was 2024-1 migrated"),
        (
            "We shipped 1250000 units as the account grew.",
            "We shipped 1250000 units as the account grew.",
        ),
        ("A conta 1234-5 não bateu", "A conta 1234-5 não bateu"),
    ],
)
def test_account_phrases(text: str, expected: str) -> None:
    assert _red(text) == expected
