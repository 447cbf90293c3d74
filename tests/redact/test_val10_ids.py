"""Ids and bank accounts of issue #10's sixteenth and fifteenth classes: Singapore NRIC/FIN,
Romanian CNP, Norwegian fødselsnummer, Argentine DNI and CBU, UK NINO in lower case, the ids'
own names as cues (CPR, No. KP, CNIC ...), and account numbers after an account label with
their bank codes beside them.

Every value is made up here and completed with its own check (``ids_checks``); each rule has a
same-shape negative that must stay.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_checks import aba_ok, cbu_ok, cnp_ok, fnr_ok, nric_ok

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


def _complete(check, body: str, width: int = 1) -> str:
    """``body`` plus the first check suffix of ``width`` digits that ``check`` accepts."""
    for n in range(10**width):
        value = body + f"{n:0{width}d}"
        if check(value):
            return value
    raise AssertionError(f"no check suffix for {body}")


def _nric(body: str) -> str:
    return next(body + ch for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if nric_ok(body + ch))


CNP = _complete(cnp_ok, "185031240123")  # male, 1985-03-12, county 40
FNR = _complete(fnr_ok, "150389741", 2)  # 15.03.89, individual number 741
NRIC_S = _nric("S8154302")
NRIC_F = _nric("F2046817")


def _check10(body: str, weights: tuple[int, ...]) -> str:
    """The digit that makes the weighted sum of ``body`` and it a multiple of 10."""
    return str((10 - sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 10) % 10)


def _cbu() -> str:
    """A CBU: bank 072, branch 1534, check; then a 13-digit account and its check."""
    first = "0721534"
    second = "5508217390462"
    return (
        first
        + _check10(first, (7, 1, 3, 9, 7, 1, 3))
        + second
        + _check10(second, (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3))
    )


def test_checks_follow_the_published_algorithms() -> None:
    assert nric_ok("S1234567D") and not nric_ok("S1234567A")  # ICA's documented example
    assert nric_ok(NRIC_S.lower()) and nric_ok(NRIC_F)
    assert aba_ok("011000015") and not aba_ok("011000016")  # a Federal Reserve routing no.
    assert cnp_ok(CNP) and not cnp_ok(CNP[:-1] + str((int(CNP[-1]) + 1) % 10))
    assert not cnp_ok("9" + CNP[1:])  # no sex/century digit 9
    assert fnr_ok(FNR) and not fnr_ok(FNR[:-1] + str((int(FNR[-1]) + 1) % 10))
    cbu = _cbu()
    assert cbu_ok(cbu) and not cbu_ok(cbu[:-1] + str((int(cbu[-1]) + 1) % 10))


@pytest.mark.parametrize(
    ("template", "value"),
    [
        ("For the visa letter: {} – thanks", NRIC_S),
        ("Fake recruiter wanted my {} – reported!", NRIC_F),
        ("my nric is {} ok", NRIC_S.lower()),
        ("Pe actul scrie CNP {}. Mulțumesc", CNP),
        ("îmi cere CNP-ul {} înainte", CNP),
        ("Fant en lommebok med fødselsnummer {} på et kort.", FNR),
        ("vil ha fødselsnummeret mitt ({}) før visning", FNR),
        ("Mis datos: {} – gracias", "27.318.604"),
        ("me pidió 8.416.093, ¡cuidado!", "8.416.093"),
        ("Transferencias a {} ¡gracias!", "CBU"),
        ("Transferencias a {}. Saludos", "CBU_SPLIT"),
        ("confirm NI {}. Scam!", "ce482913b"),
        ("På kortet står der CPR-nr. {}.", "1203874419"),
        ("Fundet en pung med sundhedskort, CPR {}.", "1203874419"),
        ("No. KP: {} – jumpa", "850312105523"),
        ("no. IC saya {} grab", "850312105523"),
        ("CNIC {} on the form", "3520214387653"),
    ],
)
def test_id_is_redacted(template: str, value: str) -> None:
    if value == "CBU":
        value = _cbu()
    elif value == "CBU_SPLIT":
        value = _cbu()[:8] + " " + _cbu()[8:]
    text = template.format(value)
    out = _redact(text)
    assert value not in out and ("[ID]" in out or "[IBAN]" in out)


@pytest.mark.parametrize(
    "text",
    [
        "code S1234567A on the box",  # NRIC shape, wrong check letter
        "la ciudad tiene 3.456.789 habitantes",  # dotted count with a counted noun
        "Ventas 12.000.000 este año",  # round
        "Presupuesto: $ 27.318.604",  # money
        "son 27.318.604 ARS",  # pesos
        "EAN " + CNP,  # a barcode word before thirteen digits
        "ticket qa123456b fixed",  # NINO shape with a prefix no NINO has (Q)
        "build ab12cd3 passed",
    ],
)
def test_look_alike_is_kept(text: str) -> None:
    assert _redact(text) == text


def test_cnp_with_a_wrong_check_and_no_cue_stays() -> None:
    wrong = CNP[:-1] + str((int(CNP[-1]) + 1) % 10)
    text = f"Cod produs {wrong} în stoc"
    assert wrong in _redact(text)


def test_fnr_with_a_wrong_check_and_no_cue_stays() -> None:
    wrong = FNR[:-1] + str((int(FNR[-1]) + 1) % 10)
    text = f"Referanse {wrong} på kvitteringen"
    # (eleven digits may still be a phone of some plan: only the id rule is tested here)
    assert "NATIONAL_ID" not in [s.type for s in _R.redact(text).spans]


# ---- bank accounts after a label, bank codes beside them -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "transfer the fee to acc 6203718845, branch 250655\n\nthanks",
            "transfer the fee to acc [IBAN], branch [IBAN]\n\nthanks",
        ),
        (
            "Refunds go to A/c 408217736150 IFSC ABCD0123456 early bird",
            "Refunds go to A/c [IBAN] early bird",  # the IFSC written on goes with it (dev53 I)
        ),
        # (a routing number beside the account is no account part since val12: test_val12_ids)
        ("Kontonummer: 1234 56 78901 tack", "Kontonummer: [IBAN] tack"),
        ("Bank-in ke no. akaun 5140 2209 8731 ya", "Bank-in ke no. akaun [IBAN] ya"),
        ("cuenta 0123456789 a mi nombre", "cuenta [IBAN] a mi nombre"),
    ],
)
def test_account_after_its_label_is_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order 62037188 shipped today",  # an order word is no account label
        "my account is 3 years old",  # no number
        "branch 250655 opens on Monday",  # a branch code with no account beside it
        "IFSC ABCD0123456 is on the cheque",
        "acc 2024 was a good year",  # too short to be an account
    ],
)
def test_no_account_label_no_account(text: str) -> None:
    assert _redact(text) == text


def test_routing_number_beside_an_account_needs_its_aba_check() -> None:
    text = "routing 011000016, acct 7304418826 Office"
    spans = _R.redact(text).spans
    # (nine digits may still be another checked id: only the bank-code rule is tested here)
    assert [s.type for s in spans if s.start < 20] != ["IBAN"]
    assert [(s.type, text[s.start : s.end]) for s in spans][-1] == ("IBAN", "7304418826")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BANK DETAILS: 162047730915\n\nSekian", "BANK DETAILS: [IBAN]\n\nSekian"),
        ("Sponsor transfers to\n162047730915 thanks", "Sponsor transfers to\n[IBAN] thanks"),
        ("Bank-in ke 5140220987 ya", "Bank-in ke [IBAN] ya"),
    ],
)
def test_number_where_money_is_sent_is_an_account(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "transfer to 2 people at the gate",
        "Trein IC 2218 24-12-2026",  # "IC" alone is a train, not the Malaysian card's cue
        "FIN 2218 results",
    ],
)
def test_short_numbers_and_ambiguous_abbreviations_stay(text: str) -> None:
    assert _redact(text) == text


def test_account_column_name_takes_no_value_from_the_next_row() -> None:
    text = "isbn,email,account\n978-3-16-148410-0,x,y"
    assert "978-3-16-148410-0" in _redact(text)


def test_hyphenated_isbn_after_an_account_word_stays() -> None:
    text = "the account is 978-3-16-148410-0 please"  # a valid ISBN-13
    assert _redact(text) == text
    # the same shape with a wrong check digit is an account number
    assert _redact("my account 978-3-16-148410-1 please") == "my account [IBAN] please"
