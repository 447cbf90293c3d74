"""An IBAN printed in other groups than fours (the country and check digits, then the BBAN whole
or in its national layout) is found when its groups add up to the country's registered length
and mod 97 holds: "NL02 INGB2054918697" was left in the text. Words after a country code and
two digits never complete one, and a wrong check digit stays a plain code. Made-up IBANs with
their check digits computed here."""

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import iban_ok


def _with_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}"


NL = _with_check("NL", "INGB0123456789") + " INGB0123456789"
IT = _with_check("IT", "X0542811101000000123456") + " X0542811101000000123456"
FR = _with_check("FR", "30006000011234567890189") + " 30006 00001 12345678901 89"
DE = _with_check("DE", "370400440532013000") + " 370400440532013000"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize("iban", [NL, IT, FR, DE])
def test_checked_iban_in_national_groups_is_redacted(redactor: Redactor, iban: str) -> None:
    assert iban_ok(iban.replace(" ", ""))
    result = redactor.redact(f"Please pay to {iban} by Friday.")
    assert result.text == "Please pay to [IBAN] by Friday."
    assert [s.type for s in result.spans] == ["IBAN"]


@pytest.mark.parametrize(
    "text",
    [
        "DE12 the quick brown fox jumps over the lazy dog",  # words complete no BBAN
        "NL02 INGB2054918698 is the part code",  # one digit off: mod 97 fails
    ],
)
def test_no_checked_iban_no_redaction(redactor: Redactor, text: str) -> None:
    assert "[IBAN]" not in redactor.redact(text).text
