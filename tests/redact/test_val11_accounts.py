"""Values round 11: Polish NRB and Czech "prefix-number/bank" accounts with no label, by their
checks (``ids_czpl``). All values are made up (checks computed here)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_czpl import cz_account_ok, nrb_ok

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


def _nrb(body: str) -> str:
    return next(f"{c:02d}{body}" for c in range(100) if nrb_ok(f"{c:02d}{body}"))


NRB = _nrb("109010140000071219812874")
NRB_BAD = f"{(int(NRB[:2]) + 1) % 100:02d}{NRB[2:]}"
NRB_SPACED = " ".join([NRB[:2]] + [NRB[i : i + 4] for i in range(2, 26, 4)])
CZ_NUMBER = "2000145399"  # ČNB weights 6 3 7 9 10 5 8 4 2 1: a multiple of 11
CZ_PREFIX = "19"  # weights 10 5 8 4 2 1 (padded): a multiple of 11


def test_made_up_values_have_the_intended_checks() -> None:
    assert nrb_ok(NRB) and not nrb_ok(NRB_BAD)
    assert cz_account_ok(CZ_PREFIX, CZ_NUMBER) and cz_account_ok(None, CZ_NUMBER)
    assert not cz_account_ok(None, "2000145398") and not cz_account_ok("18", CZ_NUMBER)
    assert not cz_account_ok(None, "12345")  # too short without a prefix


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Przelew na {NRB_SPACED} dzięki", "Przelew na [IBAN] dzięki"),
        (f"nr {NRB}.", "nr [IBAN]."),
        (f"nr {NRB_BAD}.", f"nr {NRB_BAD}."),
        (f"PL{NRB[:2]} {NRB_SPACED[3:]}", "[IBAN]"),
        (f"Účet {CZ_PREFIX}-{CZ_NUMBER}/0800 díky", "Účet [IBAN] díky"),
        (f"Pošlete na {CZ_NUMBER}/0100.", "Pošlete na [IBAN]."),
        ("Účet 2000145398/0800 díky", "Účet 2000145398/0800 díky"),
        (f"Účet 18-{CZ_NUMBER}/0800 díky", f"Účet 18-{CZ_NUMBER}/0800 díky"),  # bad prefix
        ("Faktura 12345/2024", "Faktura 12345/2024"),
        ("Faktura 1111111/2020", "Faktura 1111111/2020"),
    ],
)
def test_nrb_and_czech_accounts(text: str, expected: str) -> None:
    assert R.redact(text).text == expected
