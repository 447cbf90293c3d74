"""Personal numbers of Poland, Sweden, Finland and Turkey, the US ITIN and Troy cards, built here
from the issuers' rules (check digits computed below, never copied), and look-alikes that
share their shapes but fail the check or stand after a reference word."""

from __future__ import annotations

import pytest

from trainer.redact.checksums import luhn_ok, rvnr_ok
from trainer.redact.checksums_nordic_east import hetu_ok, personnummer_ok, pesel_ok, tckn_ok


def _pesel(first10: str) -> str:
    total = sum(w * int(d) for w, d in zip((1, 3, 7, 9) * 3, first10, strict=False))
    return first10 + str((10 - total % 10) % 10)


def _tckn(first9: str) -> str:
    d = [int(c) for c in first9]
    d.append((7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10)
    return "".join(map(str, d)) + str(sum(d) % 10)


def _hetu(ddmmyy: str, sign: str, serial: str) -> str:
    return ddmmyy + sign + serial + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + serial) % 31]


def _luhn(prefix: str) -> str:
    return next(prefix + c for c in "0123456789" if luhn_ok(prefix + c))


PESEL_1900 = _pesel("7707141234")
PESEL_2000 = _pesel("0432281357")  # month 32: December 2004
TCKN = _tckn("283746519")
HETU_1900 = _hetu("140377", "-", "218")
HETU_2000 = _hetu("030505", "A", "912")
HETU_NEW_SIGN = _hetu("211199", "Y", "047")  # the 1900s' new sign (2023)
PNR = _luhn("811204321")  # YYMMDD + serial, Luhn over the ten digits
SAMORDNING = _luhn("900871456")  # day 71: a co-ordination number (born on the 11th)
TROY = _luhn("979212345678901")


def _rvnr(area_date: str, letter: str, serial: str) -> str:
    digits = area_date + f"{ord(letter) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(w * int(d), 10)) for w, d in zip(weights, digits, strict=True))
    return f"{area_date[:2]} {area_date[2:]} {letter} {serial}{total % 10}"


RVNR = _rvnr("53010190", "K", "02")  # DRV Versicherungsnummer: area, birth date, initial, serial


def test_builders_pass_their_own_checks():
    assert pesel_ok(PESEL_1900) and pesel_ok(PESEL_2000) and tckn_ok(TCKN)
    assert hetu_ok(HETU_1900) and hetu_ok(HETU_2000) and hetu_ok(HETU_NEW_SIGN)
    assert personnummer_ok(PNR) and personnummer_ok(SAMORDNING)
    assert not pesel_ok(PESEL_1900[:-1] + str((int(PESEL_1900[-1]) + 1) % 10))
    assert not hetu_ok(HETU_1900.replace("-", "Q"))  # no such century sign
    assert rvnr_ok(RVNR) and not rvnr_ok(RVNR[:-1] + str((int(RVNR[-1]) + 1) % 10))


IDS = [
    f"Mój PESEL to {PESEL_1900}, proszę nie udostępniać.",
    f"numer {PESEL_2000} w formularzu",
    f"Kimlik numaram {TCKN}, teşekkürler.",
    f"T.C. Kimlik No: {TCKN}",
    f"Henkilötunnus on {HETU_1900}.",
    f"hetu {HETU_2000} kiitos",
    f"tunnus {HETU_NEW_SIGN} lomakkeessa",
    f"Mitt personnummer är {PNR[:6]}-{PNR[6:]}.",
    f"född 19{PNR[:6]}-{PNR[6:]} i Umeå",
    f"samordningsnummer {SAMORDNING} tack",
    "My ITIN is 912-75-4321 for the form.",
    "W-7 approved: 987 83 1234",
    "ITIN 912754321",
    f"Kartım {TROY[:4]} {TROY[4:8]} {TROY[8:12]} {TROY[12:]} ile ödedim.",
    f"Troy: {TROY}",
    f"Meine Rentenversicherungsnummer: {RVNR}",
    f"SV-Ausweis {RVNR} liegt bei",
    f"Order #{PESEL_1900} shipped today.",  # after "#" still a PESEL: its check covers a date
    f"Ticket #{HETU_1900} closed.",
]


@pytest.mark.parametrize("text", IDS)
def test_personal_numbers_are_removed(redactor, text):
    out = redactor.redact(text).text
    digits = [tok for tok in text.replace(":", " ").split() if sum(c.isdigit() for c in tok) >= 4]
    assert not [tok for tok in digits if tok.strip(".,") in out], out


KEPT = [
    f"Ticket #{TCKN} closed.",  # "#" marks a reference number; a T.C. Kimlik No has no date
    # ten solid digits without the personnummer cue, whose Luhn and ISBN-10 check both hold (an
    # ISBN keeps only what has its check digit: rev20 F18)
    "ISBN 8112040079 is a good read.",
    "Batch 120384-7731 passed QA.",  # a HETU shape with the wrong check character
    f"Order 9792{TROY[4:-1]}{(int(TROY[-1]) + 1) % 10} arrived",  # Troy range, fails Luhn
]


@pytest.mark.parametrize("text", KEPT)
def test_lookalikes_of_personal_numbers_survive(redactor, text):
    assert redactor.redact(text).text == text
