"""Review fixes R13, R17, R18, R20, R22 (made-up values): each fail-open probe is now redacted,
each same-shape look-alike is kept."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members(["Anna Nowak"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R13: "ul."/"ulice" are type words and prefilter keys: the town goes with the line
        ("ul. Husova 12, 370 01 České Budějovice", "[ADDRESS]"),
        ("ulice Husova 12, 370 01 České Budějovice", "[ADDRESS]"),
        ("Pište na ul. Jiráskova 48, 779 00 Olomouc.", "Pište na [ADDRESS]."),
        # R22: real Czech labels, anywhere earlier in the same clause
        ("bydlím v Ostravě, Polská 25", "bydlím v Ostravě, [ADDRESS]"),
        ("Trvalý pobyt mám stále Lipová 17", "Trvalý pobyt mám stále [ADDRESS]"),
        ("Sídlo firmy: Dlouhá 38", "Sídlo firmy: [ADDRESS]"),
        # R17: framed Danish/Norwegian lines stay redacted
        ("Adresse: Kirkegate 3", "Adresse: [ADDRESS]"),
        ("Storgata 5, 0155 Oslo", "[ADDRESS]"),
        ("Vi mødes på Nørregade 12.", "Vi mødes på [ADDRESS]."),
        # R20: a Romanian street with a number, no counted noun
        ("Locuiesc pe Strada Florilor 5, București", "Locuiesc pe [ADDRESS]"),
        # R18: a lower-case line with a listed town stays redacted
        ("mieszkam przy ul. kwiatowa 3, 40-085 katowice", "[ADDRESS]"),
    ],
)
def test_redacted(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # R22: a label in an earlier sentence does not frame a room number
        "Adresa je v profilu. Sál 12 je volný.",
        # R17: compounds and English "-gate" words, no frame
        "Parkeringsplass 3",
        "Motorvej 3",
        "Motorveien 18",
        "Campingplass 12",
        "Arbejdsplads 2 dage",
        "Idrettsplass 2",
        "Colgate 360",
        "Stargate 3",
        "Watergate 2",
        "Southgate 3",
        "Highgate 4",
        "Nørregade 2 dage",
        # R18: Polish counts after a postcode-shaped number
        "wynik 3 10999 punktów",
        "po 5 12345 krokach",
        # R20: Romanian counted nouns after the number
        "În Piața Unirii 5 oameni au protestat",
        "Calea Ferată 3 ani",
    ],
)
def test_kept(redactor, text):
    assert redactor.redact(text).text == text
