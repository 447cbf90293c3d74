"""Review round 11 (fixaddr): a listed or capitalised town is no counted noun; Hungarian "u."
streets with a label or postcode, and park/udvar/átjáró/lépcső/telep types; Croatian round
codes need a listed town (or an adjectival street) and no currency or count; Croatian and
Hungarian counts after a street's number (made-up values, each with a same-shape look-alike)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.address_numbers import count_after, counted_noun


def _redact(text: str) -> str:
    return Redactor.from_members(["Anna Nowak"], name_tagger=False).redact(text).text


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # R9: a capitalised town after a preposition and its code, spelt like a counted noun
        ("Sie wohnt in 60400 Zile seit Jahren", "Sie wohnt in [ADDRESS] seit Jahren"),
        ("Il pacco va a 08020 Lei entro venerdì", "Il pacco va a [ADDRESS] entro venerdì"),
        ("Er lebt in 93047 Regensburg", "Er lebt in [ADDRESS]"),
        # R12: "u." after an English word, framed by a label or a postcode
        ("Lakcím: Hold u. 5.", "Lakcím: [ADDRESS]."),
        ("Címem: Nap u. 3., 1051 Budapest", "Címem: [ADDRESS]"),
        ("Bank u. 4., 1054 Budapest", "[ADDRESS]"),
        ("Kossuth park 3, 6000 Kecskemét", "[ADDRESS]"),
        ("Rózsa udvar 7, 9021 Győr", "[ADDRESS]"),
        # R19: an adjectival street or a listed town before a round code
        ("Pošaljite na: Kovnica 21, 52000 Pazin", "Pošaljite na: [ADDRESS]"),
        ("Lipovačka 18, 44000 Sisak", "[ADDRESS]"),
        # a listed town that is also an English word, after an adjectival or a noun street
        ("Obrazac vratite na Primorska 6, 21000 Split", "Obrazac vratite na [ADDRESS]"),
        ("Kovnica 3, 21000 Split", "[ADDRESS]"),
        # R26: the state name, a space and a line break before the code
        ("Melbourne, Victoria \n3000", "[ADDRESS]"),
    ],
)
def test_redacted(text: str, out: str) -> None:
    assert _redact(text) == out


@pytest.mark.parametrize(
    "text",
    [
        "Wir brauchen in 12000 Jahren keine Kohle mehr",
        "Thank u. 5 stars for the chef",
        # R19: sums and counts after a round number
        "Tesla Model 3, 40000 USD",
        "Golf 7, 12000 EUR",
        "Lot 12, 50000 HUF",
        "Runda 3, 10000 Kuna",
        "Verzija 2, 10000 Korisnika",
        "Tim 4, 10000 Bodova",
        # R20: a count after the number of a street-like phrase
        "Trg je 5 minuta od hotela.",
        "Ulica ima 20 kuća.",
        "Obala je 3 sati vožnje od nas.",
        "A Kék köz 4 percre van.",
        "Ötödik sor 12 szék foglalt.",
    ],
)
def test_kept(text: str) -> None:
    assert _redact(text) == text


def test_lower_case_counts_only_in_lower_case() -> None:
    assert counted_noun("zile") and not counted_noun("Zile")
    assert counted_noun("Jahren") and counted_noun("jahren")
    assert counted_noun("Ft") and counted_noun("percre") and counted_noun("kuća")
    assert count_after("Calea Moșilor 5 zile", 15) and not count_after("in 60400 Zile", 14)
