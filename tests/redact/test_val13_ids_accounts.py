"""Issue #10, values class (val13): Maltese id card numbers, Slovenian tax numbers with the
"SI" prefix, Uruguayan cédulas with their check digit, Swiss UIDs, the possessive after an id
cue ("mine is"), account numbers after a payment's destination ("deposit goes to") or a bank
acronym, and phone cues "my number is" / "WhatsApp on".

Every value is made up here and completed with its own check; each rule has a same-shape
negative that must stay.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_ch_id import uid_ok
from trainer.redact.ids_mt_si_uy import find_mt_si_uy_ids, si_tax_number_ok, uy_ci_ok

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


def _complete(check, body: str) -> str:
    """``body`` plus the first check digit that ``check`` accepts."""
    for n in range(10):
        if check(body + str(n)):
            return body + str(n)
    raise AssertionError(f"no check digit for {body}")


def _wrong(check, body: str) -> str:
    """``body`` plus a check digit that ``check`` rejects."""
    return next(body + str(n) for n in range(10) if not check(body + str(n)))


def _never(text: str, start: int) -> bool:
    return False


def _uid(digits: str) -> str:
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"


def test_checks_by_hand() -> None:
    assert si_tax_number_ok("20481632") and not si_tax_number_ok("20481633")
    assert not si_tax_number_ok("02481632")  # no tax number opens with 0
    assert uy_ci_ok("31415921") and not uy_ci_ok("31415922")
    assert uy_ci_ok("2718283")  # six digits, padded to seven
    assert uid_ok("123456788") and not uid_ok("123456789")


@pytest.mark.parametrize("value", ["0412375M", "731246G", "0098712L", "5512340A"])
def test_maltese_id_card_redacted(value: str) -> None:
    assert _redact(f"For the volunteer check: {value}\nThanks!") == (
        "For the volunteer check: [ID]\nThanks!"
    )
    assert _redact(f"{value} is the number on my card.") == "[ID] is the number on my card."


@pytest.mark.parametrize(
    "text",
    [
        "Order 1234567M shipped today.",  # after an order cue: a reference
        "We raised 450M in the round.",  # an amount in millions
        "Part 12345K fits the old model.",  # a letter no Maltese register uses
        "Room 12345M is upstairs.",  # five digits: too short for the rule
    ],
)
def test_maltese_shape_negatives_kept(text: str) -> None:
    assert _redact(text) == text


def test_slovenian_vat_layout() -> None:
    good = _complete(si_tax_number_ok, "5821937")
    bad = _wrong(si_tax_number_ok, "5821937")
    assert _redact(f"Davčna: SI{good}.") == "Davčna: [ID]."
    assert _redact(f"Vpišite SI {good} v obrazec.") == "Vpišite [ID] v obrazec."
    assert _redact(f"Koda SI {bad} ostane.") == f"Koda SI {bad} ostane."


def test_uruguayan_cedula_with_check_digit() -> None:
    good = _complete(uy_ci_ok, "4627103")
    bad = _wrong(uy_ci_ok, "4627103")
    dotted = f"{good[0]}.{good[1:4]}.{good[4:7]}-{good[7]}"
    assert _redact(f"Lo anoté: {dotted} ayer") == "Lo anoté: [ID] ayer"
    assert _redact(f"Aquí va: {good[:7]}-{good[7]} listo") == "Aquí va: [ID] listo"
    bad_dotted = f"{bad[0]}.{bad[1:4]}.{bad[4:7]}-{bad[7]}"
    # the phone rule reads this layout too; the cédula rule itself does not claim a wrong check
    assert find_mt_si_uy_ids(f"Lo anoté: {bad_dotted} ayer", gives_way=_never) == []
    assert find_mt_si_uy_ids(f"Lo anoté: {dotted} ayer", gives_way=_never) == [
        ("NATIONAL_ID", 10, 10 + len(dotted))
    ]
    # after an order cue the same valid layout is a reference
    assert _redact(f"pedido {good[:7]}-{good[7]} ok") == f"pedido {good[:7]}-{good[7]} ok"


def test_swiss_uid() -> None:
    good = _complete(uid_ok, "60718293")
    bad = _wrong(uid_ok, "60718293")
    assert _redact(f"Mon numéro IDE : CHE-{_uid(good)}.") == "Mon numéro IDE : [ID]."
    assert _redact(f"UID CHE{good} MWST") == "UID [ID] MWST"
    assert _redact(f"Code CHE-{_uid(bad)} reste.") == f"Code CHE-{_uid(bad)} reste."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Registration needs your ID number, mine is 41275093.", "mine is [ID]."),
        ("El formulario pide DNI, el mío es 41275093.", "el mío es [ID]."),
        ("Piden la cédula, la mía es 41275093.", "la mía es [ID]."),
        ("Il faut le numéro AVS, c'est 41275093.", "c'est [ID]."),
        ("Piden mi número de identificación, es el 41275093.", "es el [ID]."),
    ],
)
def test_possessive_after_an_id_cue(text: str, expected: str) -> None:
    assert _redact(text).endswith(expected)


def test_possessive_without_an_id_cue_kept() -> None:
    text = "The venue asked for a table, mine is 41275093 on the plan."
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deposit goes to 2210457789013, same as before.", "Deposit goes to [IBAN], same"),
        ("El depósito va a 00410078736023801234, gracias.", "El depósito va a [IBAN], gracias"),
        ("El depósito a 48120579 antes del viernes.", "El depósito a [IBAN] antes"),
        ("Datos para el reembolso: 004-112-987654321098-77", "reembolso: [IBAN]"),
        ("Mi cuenta XYZB es 203948576-00002.", "Mi cuenta XYZB es [IBAN]."),
        ("Devuelvan a la cuenta XYZB 203948576-00002.", "la cuenta XYZB [IBAN]."),
        ("Transfieran a la cuenta 203948576-00002 y avisen.", "la cuenta [IBAN] y avisen"),
        ("Mi CLABE para el pago es 48120579", "para el pago es [IBAN]"),
        ("Bank details: 011000015 7720193845", "Bank details: [IBAN]"),
    ],
)
def test_accounts_after_a_destination(text: str, expected: str) -> None:
    assert expected in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "The deposit of 2500000 pesos is due Friday.",  # an amount, not an account
        "Deposit: 2500000 pesos by Friday.",
        "Deposit goes to 12345678 USD tomorrow.",
        "cuenta USD 1500000 en total",
        "Account balance is 1234567 today.",  # under eight digits after "account balance"
        "Order 203948576-00002 shipped.",  # no account word: the order rule's
    ],
)
def test_amounts_and_orders_after_money_words_kept(text: str) -> None:
    assert _redact(text) == text


def test_an_eight_digit_balance_with_no_currency_fails_closed_as_an_account() -> None:
    # an account number after "account balance" reads the same (review of engine 1.14.0)
    assert _redact("Account balance is 12345678 today.") == "Account balance is [IBAN] today."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My number is 79123456 if you'd rather talk.", "My number is [PHONE] if"),
        ("Best number is 2712 3456, leave a message.", "Best number is [PHONE], leave"),
        ("Text or WhatsApp on 9913 3911, thanks.", "WhatsApp on [PHONE], thanks"),
    ],
)
def test_phone_cues(text: str, expected: str) -> None:
    assert expected in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order number is 12345678 for the chairs.",
        "Tracking number is 12345678 for the parcel.",
        "The room number is 2712 3456 in the plan.",
    ],
)
def test_number_is_without_a_possessive_kept(text: str) -> None:
    assert _redact(text) == text
