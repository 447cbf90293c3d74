"""Values round 11: the Swiss AHV/AVS number and the Indonesian NIK and NPWP with no cue word,
an id cue followed by its own phrase and a colon, account labels with their phrase, the new
id cues, Nordic phone phrases. All values are made up (checks computed here)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import luhn_ok
from trainer.redact.ids_ch_id import ahv_ok, nik_ok

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


def _red(text: str) -> str:
    return R.redact(text).text


def _ean(body: str) -> str:
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


AHV = _ean("756123498765")
AHV_BAD = AHV[:-1] + str((int(AHV[-1]) + 1) % 10)
AHV_DOTTED = f"{AHV[:3]}.{AHV[3:7]}.{AHV[7:11]}.{AHV[11:]}"
AHV_BAD_DOTTED = f"{AHV_BAD[:3]}.{AHV_BAD[3:7]}.{AHV_BAD[7:11]}.{AHV_BAD[11:]}"
# province 32, regency 04, district 11, a woman born 15.03.1990 (day + 40), serial 0003
NIK = "3204115503900003"
NIK_BAD_MONTH = "3204115513900003"  # month 13
NIK_BAD_REGENCY = "3250115503900003"  # regency 50: neither kabupaten nor kota


def test_made_up_values_have_the_intended_checks() -> None:
    assert ahv_ok(AHV) and not ahv_ok(AHV_BAD)
    assert nik_ok(NIK) and not nik_ok(NIK_BAD_MONTH) and not nik_ok(NIK_BAD_REGENCY)
    assert not luhn_ok(NIK)  # a NIK here, not a card


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AHV/AVS: dotted as printed, spaced, solid; no cue word needed
        (
            f"The screening firm asked for {AHV_DOTTED}.",
            "The screening firm asked for [ID].",
        ),
        (
            f"Meine Nummer {AHV[:3]} {AHV[3:7]} {AHV[7:11]} {AHV[11:]} bitte",
            "Meine Nummer [ID] bitte",
        ),
        (f"they need {AHV}.", "they need [ID]."),
        # a wrong check digit is no AHV number; a valid one stays redacted even after an order
        # cue since engine 1.30.0 (fail closed: 756 and the check pass one random number in
        # 10,000, and 756 is no GS1 prefix, so no product code is written so)
        (f"Artikel {AHV_BAD_DOTTED} im Lager", f"Artikel {AHV_BAD_DOTTED} im Lager"),
        (f"Bestellnummer {AHV} ist unterwegs", "Bestellnummer [ID] ist unterwegs"),
        # NIK: its structure, no cue word
        (f"Personalia minta {NIK} di formulir", "Personalia minta [ID] di formulir"),
        (f"NIK saya {NIK}.", "NIK saya [ID]."),
        (f"kode {NIK_BAD_MONTH} di formulir", f"kode {NIK_BAD_MONTH} di formulir"),
        (f"kode {NIK_BAD_REGENCY} di formulir", f"kode {NIK_BAD_REGENCY} di formulir"),
        (
            f"Shipment of order {NIK} left the warehouse",
            f"Shipment of order {NIK} left the warehouse",
        ),
        # NPWP: its printed layout
        ("Personalia minta 12.345.678.9-012.345 di formulir", "Personalia minta [ID] di formulir"),
        ("Total 12.345.678.901.234 di", "Total 12.345.678.901.234 di"),
    ],
)
def test_structured_ids_without_cue(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an id cue, a few words of its own phrase, a colon, the value
        ("ID number from the permit: 2109874563", "ID number from the permit: [ID]"),
        (
            "Mit CPR-nummer for arbejdsgiveren: 1503904321",
            "Mit CPR-nummer for arbejdsgiveren: [ID]",
        ),
        (
            "Tax ID for the new invoice: 48215903746 thanks",
            "Tax ID for the new invoice: [ID] thanks",
        ),
        # fewer than six digits after the phrase, or no colon: no value
        ("Passport photo requirements: 35x45mm", "Passport photo requirements: 35x45mm"),
        ("ID card for the event: 2027", "ID card for the event: 2027"),
        # the new cues
        (
            "Steuerliche Identifikationsnummer: 48215903746",
            "Steuerliche Identifikationsnummer: [ID]",
        ),
        ("Adóazonosító jel: 8123456789 köszi", "Adóazonosító jel: [ID] köszi"),
        ("OIB: 48215903746", "OIB: [ID]"),
        ("Mi cédula es 1.234.567.890", "Mi cédula es [ID]"),
        # nine solid digits are a whole id: a time after a space is not its part
        ("OIB: 48215903746 10:00", "OIB: [ID] 10:00"),
        ("OIB: 48215903746 U 10:00", "OIB: [ID] U 10:00"),
        ("DNI 12345678 Z", "DNI [ID]"),
    ],
)
def test_id_cues(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rekening untuk pembayaran: 123-45-678901-23-4 ya",
            "Rekening untuk pembayaran: [IBAN] ya",
        ),
        ("Akaun penaja: 12345678901234.", "Akaun penaja: [IBAN]."),
        ("Account for the refund: 12345678", "Account for the refund: [IBAN]"),
        # the phrase needs its colon, and the value its seven digits
        ("Account manager: Jane", "Account manager: Jane"),
        ("Akaun untuk bayaran: 12345", "Akaun untuk bayaran: 12345"),
    ],
)
def test_account_label_with_phrase(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Norwegian/Danish/Swedish "the number (mine) is", "leave a message at"
        (
            "Hei, nummeret mitt er 41234567 hvis du lurte",
            "Hei, nummeret mitt er [PHONE] hvis du lurte",
        ),
        (
            "Du kan legge igjen beskjed på 91234567 i kveld",
            "Du kan legge igjen beskjed på [PHONE] i kveld",
        ),
        ("Numret är 0701234567", "Numret är [PHONE]"),
        # no phone phrase: eight solid digits stay
        ("Beskjed 41234567", "Beskjed 41234567"),
        ("Message 12345678 was sent", "Message 12345678 was sent"),
    ],
)
def test_nordic_phone_phrases(text: str, expected: str) -> None:
    assert _red(text) == expected


def _cpf(body: str) -> str:
    d = [int(ch) for ch in body]
    for n in (10, 11):
        rest = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False)) * 10 % 11
        d.append(0 if rest == 10 else rest)
    return "".join(map(str, d))


CPF = _cpf("314159265")
CPF_BAD = CPF[:-1] + str((int(CPF[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a CPF written solid passes two check digits: an id with no cue word
        (
            f"A inscrição pede documento, o meu é {CPF}.",
            "A inscrição pede documento, o meu é [ID].",
        ),
        (f"O RH precisa do {CPF} no formulário", "O RH precisa do [ID] no formulário"),
        # a wrong check digit stays, also after an order cue (an order's number)
        (f"o meu é {CPF_BAD}.", f"o meu é {CPF_BAD}."),
        (f"Pedido nº {CPF_BAD} enviado", f"Pedido nº {CPF_BAD} enviado"),
        # a solid run that passes both CPF checks is an id after any order cue (fail closed)
        (f"Pedido nº {CPF} enviado", "Pedido nº [ID] enviado"),
        (f"Order {CPF} shipped", "Order [ID] shipped"),
    ],
)
def test_solid_cpf_without_cue(text: str, expected: str) -> None:
    assert _red(text) == expected
