"""Review fixes (round 10, values): wrapped values with odd line ends, the cue-less dotted DNI,
numeric character references without ";", the CNP's newer counties and longer runs, the bare
"CPR". All values are made up (check digits computed here)."""

from __future__ import annotations

import random

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_checks import cnp_ok

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


def _red(text: str) -> str:
    return R.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R2: "\r\r\n" and "\r \n" line ends no longer crash; a cut card is still found
        ("x 1234567890\r\r\n1234", "x [PHONE]\r\r\n1234"),
        ("Card 4111 1111\r \n1111 1111", "Card [CARD]"),
        ("Card: 4111 1111&#13;&#13;&#10;1111 1111", "Card: [CARD]"),
        ("Card 4111 1111\r \n1111 1112", "Card 4111 1111\r \n1111 1112"),  # fails Luhn
        # R15: the dotted DNI only after an id cue
        ("Tengo 23.456.789 seguidores", "Tengo 23.456.789 seguidores"),
        ("Das Video hat 1.234.567 Aufrufe", "Das Video hat 1.234.567 Aufrufe"),
        ("Populaţia: 1.716.961 locuitori", "Populaţia: 1.716.961 locuitori"),
        ("Score 12.345.678 points", "Score 12.345.678 points"),
        ("Mi DNI es 23.456.789", "Mi DNI es [ID]"),
        ("D.N.I. 23.456.789", "D.N.I. [ID]"),
        ("doc. 23.456.789", "doc. [ID]"),
        ("Cédula de identidad 23.456.789", "Cédula de identidad [ID]"),
        # R10: numeric references without ";" and zero-padded ones are decoded
        ("mail me: anna.nowak&#64example.com", "mail me: [EMAIL]"),
        ("mail me: anna.nowak&#00000064;example.com", "mail me: [EMAIL]"),
        ("AT&#38T and &#65&#66C", "AT&#38T and &#65&#66C"),
        # R8: CNP counties 70 and 80-83, and a CNP inside a longer run
        ("Numarul meu 1970315703450", "Numarul meu [ID]"),
        ("Numarul meu 1970315813452", "Numarul meu [ID]"),
        ("Numarul meu 1970315123458 (2019)", "Numarul meu [ID] (2019)"),
        ("Numarul meu 1970315123457 (2019)", "Numarul meu 1970315123457 (2019)"),  # bad check
        ("Numarul meu 1970315533453", "Numarul meu 1970315533453"),  # county 53
        # R21: a bare "CPR" is a cue only before the Danish layout
        ("The CPR 2024-11 course is full", "The CPR 2024-11 course is full"),
        ("CPR 010190-1234", "CPR [ID]"),
        ("CPR-nummer 010190-1234", "CPR-nummer [ID]"),
    ],
)
def test_fix10_values(text: str, expected: str) -> None:
    assert _red(text) == expected


def test_cnp_counties() -> None:
    assert cnp_ok("1970315703450") and cnp_ok("1970315813452")
    assert not cnp_ok("1970315533453")


def test_wrapped_line_ends_never_raise() -> None:
    rng = random.Random(10)
    parts = ["1234", "4111", " ", "\t", "\r", "\n", "\r\n", "&#13;", "&#10;", "&#13", "&#x0a", "x"]
    for _ in range(400):
        text = "Card " + "".join(rng.choice(parts) for _ in range(rng.randint(1, 14)))
        assert isinstance(_red(text), str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R15: with no cue, a dotted number standing alone is still an id (fail closed)
        ("me pidió 23.456.789, ¡ojo!", "me pidió [ID], ¡ojo!"),
        ("DNI 23.456.789 vence en 2030", "DNI [ID] vence en 2030"),
    ],
)
def test_fix10_dni_without_word_after(text: str, expected: str) -> None:
    assert _red(text) == expected
