"""Albanian street lines (Posta Shqiptare: type, name, "Nr.", block parts, four-digit code and
town; Kosovo's five digits), made-up values; a street in prose without a number stays."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dërgojeni te Rruga e Bregut, Pallati 4, Shkalla 2, Ap. 17, 3001 Elbasan. Faleminderit",
            "Dërgojeni te [ADDRESS]. Faleminderit",
        ),
        ("Zyra: Bulevardi Ali Demi Nr. 58, 1019 Tiranë.", "Zyra: [ADDRESS]."),
        ("Adresa: Rr. Hoxha Tahsim, Nr. 9, Tiranë 1001", "Adresa: [ADDRESS]"),
        ("Takimi: Rruga 17 Nëntori, nr. 3, 4001 Shkodër.", "Takimi: [ADDRESS]."),
        ("Banoj në Lagjja 11, Rruga Ulqini, Durrës 2001.", "Banoj në [ADDRESS]."),
        ("Zyra e re: Rruga Nënë Tereza 14, 10000 Prishtinë.", "Zyra e re: [ADDRESS]."),
        ("Paketa: Sheshi Mehmet Pasha, Kati 2, Ap. 6", "Paketa: [ADDRESS]"),
        (
            "Vizita te Rruga e Dibrës, Pallati 9, Ap. 2 në mesditë.",
            "Vizita te [ADDRESS] në mesditë.",
        ),
    ],
)
def test_albanian_street_lines_are_redacted(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trafiku në Rrugën e Bregut ishte i rëndë sot.",
        "Rruga e Bregut 2025 do të rinovohet.",
        "Bulevardi ishte plot me njerëz, 40 veta në shesh.",
    ],
)
def test_albanian_streets_in_prose_stay(redact, text):
    assert redact(text) == text
