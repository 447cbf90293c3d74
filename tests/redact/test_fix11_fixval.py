"""Review fixes (round 11, fixval): Polish NRB at either end of a post, Swiss/Indonesian ids
joined to another number in one digit run, labels glued with "." or "-", Czech bank codes.
All values are made up; their checks are computed here."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import gs1_ok
from trainer.redact.ids_ch_id import nik_ok
from trainer.redact.ids_czpl import cz_account_ok, nrb_ok

NRB = "07102055610000320200417733"
NRB_SPACED = "07 1020 5561 0000 3202 0041 7733"
AHV = "756.4829.1357.09"
AHV2 = "756.3057.1624.88"
NIK_M = "3374051507880003"  # Central Java, Semarang city, born 15.07.88
NIK_F = "3374055507880004"  # the same, a woman (day + 40)


def _redact(text: str) -> str:
    return Redactor.from_members(["Anna Nowak"], name_tagger=False).redact(text).text


def test_values_are_valid() -> None:
    assert nrb_ok(NRB) and not nrb_ok(NRB[:-1] + "4")
    assert gs1_ok(AHV.replace(".", "")) and gs1_ok(AHV2.replace(".", ""))
    assert nik_ok(NIK_M) and nik_ok(NIK_F)
    assert cz_account_ok(None, "1234570000")  # passes the number check; the bank decides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R1: the NRB at the start or the end of a post
        (f"{NRB_SPACED} - za czynsz", "[IBAN] - za czynsz"),
        (f"Numer rachunku: {NRB_SPACED}", "Numer rachunku: [IBAN]"),
        (f"PL {NRB_SPACED}", "PL [IBAN]"),
        (NRB, "[IBAN]"),
        (f"{NRB[:-1]}4 - za czynsz", f"{NRB[:-1]}4 - za czynsz"),  # check fails: kept
        # R2: the value joined to another number in one digit run
        (f"wpłata {NRB} - 512345678", "wpłata [IBAN] - [PHONE]"),
        (f"Zwei Versicherte: {AHV} / {AHV2} merci", "Zwei Versicherte: [ID] / [ID] merci"),
        (f"Jahrgang 03.11.1975 {AHV} gruss", "Jahrgang 03.11.1975 [ID] gruss"),
        (f"NIK {NIK_M} / {NIK_F}", "NIK [ID] / [ID]"),
        (  # month 13: no NIK, kept
            "Posten 3374051513880003 / 3374055513880004",
            "Posten 3374051513880003 / 3374055513880004",
        ),
        # R3: a label glued to the value by "." or "-"
        (f"nr.{NIK_M}", "nr.[ID]"),
        ("Nr.7564829135709", "Nr.[ID]"),
        (f"AHV-{AHV}", "AHV-[ID]"),
        (f"NIK-{NIK_M}", "NIK-[ID]"),
        ("Betrag 12.7564829135709", "Betrag 12.7564829135709"),  # a decimal: kept
        (f"x 5-{NIK_M}", f"x 5-{NIK_M}"),  # a longer dashed number: kept
        # R21: a Czech account needs a bank code ČNB publishes
        ("Faktura 1234570000/2024", "Faktura 1234570000/2024"),
        ("Účet 1234570000/0800", "Účet [IBAN]"),
    ],
)
def test_ids_and_accounts(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R5: a dotted phone led by its country code (no "+") is no build number
        ("hubungi 62.8.2174.4396.01", "hubungi [PHONE]"),
        ("joignable 33.7.45.18.92.63", "joignable [PHONE]"),
        ("ou 33.7.45.18.92.63 le soir", "ou [PHONE] le soir"),  # no cue: the country code leads
        # build numbers stay: 61 leads no valid number written "6.1.", nor 1 "10.0."
        ("Win7 6.1.7601.17514 ok", "Win7 6.1.7601.17514 ok"),
        ("Windows 10.0.22631.3296 installiert", "Windows 10.0.22631.3296 installiert"),
        ("Build 4.19.0.1234 ok", "Build 4.19.0.1234 ok"),
    ],
)
def test_dotted_phone_with_country_code(text: str, expected: str) -> None:
    assert _redact(text) == expected


_WRAPPED_IBAN = "\n".join("GB90MIDL40051522334455"[i : i + 4] for i in range(0, 22, 4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R11: "<Br>" in any case; the longer valid phone over a break wins
        ("Karte 4539 2710<Br>1836 4520 bitte", "Karte [CARD] bitte"),
        ("Karte 4539 2710<BR>1836 4527 bitte", "Karte 4539 2710<BR>1836 4527 bitte"),  # Luhn fails
        ("Ruf +49 40 2286<br>7731 an", "Ruf [PHONE] an"),
        ("+49 40 2286 7731<br>0403 9912 ok", "[PHONE]<br>0403 9912 ok"),  # two lines, two numbers
        # R27: a value after a long table is still found (clusters are capped, not cut)
        (
            "Tabelle\n"
            + "\n".join(f"Zeile {i} Wert {i * 7}" for i in range(30))
            + "\n"
            + _WRAPPED_IBAN
            + " ok",
            None,
        ),
    ],
)
def test_wrapped_values(text: str, expected: str | None) -> None:
    out = _redact(text)
    if expected is None:
        assert out.endswith("\n[IBAN] ok") and "GB90" not in out
    else:
        assert out == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R18: a date, a time or years after a cue's bridged phrase are no id or account
        ("Passport expiry date: 14.08.2031", "Passport expiry date: 14.08.2031"),
        ("ID card valid until: 14/08/2031", "ID card valid until: 14/08/2031"),
        ("Account created at: 2025-06-21 09:15", "Account created at: 2025-06-21 09:15"),
        ("Account for the year: 2025 2026", "Account for the year: 2025 2026"),
        # the same phrases with a real value
        ("ID number as printed: 48201573", "ID number as printed: [ID]"),
        ("Account for the refund: 3920 5566 1184", "Account for the refund: [IBAN]"),
    ],
)
def test_bridged_value_is_no_date(text: str, expected: str) -> None:
    assert _redact(text) == expected
