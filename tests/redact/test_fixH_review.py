"""Review fixes (fixH): a CPF after Brazil's nota-fiscal cue, an Indian state's code glued to a
PIN read as a reference's prefix, and Baltic street types that are words elsewhere. Each probe
the review found kept is redacted here; each keep the fix could touch stays kept. Made-up values
only; the CPF check digits are computed below."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import cpf_ok


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(["Given Surname"], name_tagger=False)


def _both(redactor: Redactor, text: str) -> str:
    """The text redacted alone and in a batch, which must agree."""
    alone = redactor.redact(text).text
    batch, _ = redactor.redact_batch([text])
    assert batch == [alone]
    return alone


def _cpf(base: str) -> str:
    """A CPF: nine made-up digits and their two mod-11 check digits."""
    digits = [int(ch) for ch in base]
    for k in (9, 10):
        digits.append(sum(digits[i] * (k + 1 - i) for i in range(k)) * 10 % 11 % 10)
    return "".join(map(str, digits))


CPF_A = _cpf("271828182")
CPF_B = _cpf("161803398")


def test_made_up_cpfs_pass_their_check():
    assert cpf_ok(CPF_A) and cpf_ok(CPF_B)


# --- 1. a CPF after an order cue ("NF", Brazil's nota fiscal) is an id -------------------------
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"NF: {CPF_A}", CPF_A),
        (f"Segue a NF {CPF_B} do cliente.", CPF_B),
        (f"NF-e {CPF_A} emitida.", CPF_A),
        (f"Nota fiscal nº {CPF_B} do cliente.", CPF_B),
        (f"NF nº {CPF_A} emitida.", CPF_A),
    ],
)
def test_cpf_after_order_cue_redacted(redactor, text, secret):
    assert secret not in _both(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Emitida a NF 2024/000123 ontem.", "Segue a NF 123456789 do cliente."],
)
def test_nota_fiscal_numbers_kept(redactor, text):
    assert _both(redactor, text) == text


# --- 2. an Indian state's code glued to a PIN is no reference's prefix -------------------------
@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Deliver at 14 MG Road, Indore MP-452001 before noon.", "452001"),
        ("Office: 3rd Floor, Anna Salai, Chennai TN-600002", "600002"),
        ("Office: 5 Park Street, Kolkata WB-700016", "700016"),
        # a cue on the line does not make a state's code a reference's prefix
        ("Order 12 goes to 14 MG Road, Indore MP-452001 today.", "452001"),
    ],
)
def test_state_code_pin_redacted(redactor, text, pin):
    assert pin not in _both(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "order no. ORD-481516 is delayed",
        "Paid for order no. ORD-481516 already.",
        "Order ORD-611200 has shipped.",
    ],
)
def test_glued_reference_after_cue_kept(redactor, text):
    assert _both(redactor, text) == text


# --- 3. a Baltic type that is a word elsewhere needs its postcode or locality line ------------
@pytest.mark.parametrize(
    "text",
    [
        "A Windows pl. 11 alatt nem működik",
        "Az Excel pl. 365 verzióban",
        "Wersja al. 5",
        "The Golf tee 3",
        "Kapitel pr. 12",
    ],
)
def test_ambiguous_baltic_type_kept(redactor, text):
    assert _both(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gedimino pr. 9-4, LT-01103 Vilnius", "[ADDRESS]"),
        ("Pikk tn 3-12", "[ADDRESS]"),
        ("Adresas: Savanorių pr. 12, Kaunas.", "Adresas: [ADDRESS]."),
        ("Asume nüüd Männi tee 31, 48309 Jõgeva", "Asume nüüd [ADDRESS]"),
        # no locality line: a name in a Lithuanian or Estonian genitive still makes it a street
        ("Susitinkame prie Gedimino pr. 9-4 rytoj", "Susitinkame prie [ADDRESS] rytoj"),
        ("Nauja vieta: Laisvės al. 7", "Nauja vieta: [ADDRESS]"),
        ("Uus kontor: Pärnu tee 15", "Uus kontor: [ADDRESS]"),
    ],
)
def test_baltic_street_with_locality_redacted(redactor, text, expected):
    assert _both(redactor, text) == expected
