"""Second-reader fixes (fvaladdr2): round NN000 postcodes with unlisted towns, Czech accounts
with an unlisted bank code, "#" before Swiss/Indonesian ids, Hungarian "fő"."""

import pytest

from trainer.redact import Redactor

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Glavna 4, 26000 Pančevo", "[ADDRESS]"),
        ("Kneza Miloša 8, 14000 Valjevo", "[ADDRESS]"),
        ("Slobode 12, 81000 Podgorica", "[ADDRESS]"),
        ("Bulevar 7, 74000 Doboj", "[ADDRESS]"),
        ("Tim 4, 10000 Bodova", "Tim 4, 10000 Bodova"),
        ("Sprint 14, 10000 Points", "Sprint 14, 10000 Points"),
        ("Golf 7, 12000 EUR", "Golf 7, 12000 EUR"),
        ("číslo účtu: 2000145399/7940", "číslo účtu: [IBAN]"),
        ("Účet 2000145399/2020", "Účet [IBAN]"),
        ("Platba na 2000145399/8270", "Platba na [IBAN]"),
        ("Číslo účtu: 19-2000145399/8240", "Číslo účtu: [IBAN]"),
        ("Faktura 1234570000/2024", "Faktura 1234570000/2024"),
        ("#756.1234.5678.97", "#[ID]"),
        ("#3201231205900002", "#[ID]"),
        ("756.1234.5678.97-", "[ID]-"),
        ("Váci utca 21 fő bejárat", "[ADDRESS] fő bejárat"),
        ("hubungi 62.8.2174.4396.01", "hubungi [PHONE]"),
        ("44.7.911.123.456", "[PHONE]"),
        ("Chrome 49.0.2623.112 crashed", "Chrome 49.0.2623.112 crashed"),
        ("updated to 84.8.1206.6245 today", "updated to 84.8.1206.6245 today"),
        ("Jurassic park 3 was bad", "Jurassic park 3 was bad"),
        ("Hyde park 2 is closer", "Hyde park 2 is closer"),
        ("Disney park 2 tickets", "Disney park 2 tickets"),
        ("Kossuth park 3, 1055 Budapest", "[ADDRESS]"),
        ("Kossuth park 3 mellett lakom", "[ADDRESS] mellett lakom"),
        ("Lakcím: Central park 4.", "Lakcím: [ADDRESS]."),
    ],
)
def test_fix11b_fvaladdr2(text: str, want: str) -> None:
    assert R.redact(text).text == want
