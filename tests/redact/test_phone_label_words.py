"""Phone cues of a label that a phone word opens ("Tel. del propietario:") and the Spanish
verbs of answering and calling before "al" (``phone_labels``). Made-up numbers of the
Guatemalan and Bolivian eight-digit plans."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _R.redact(text).spans if s.type == "PHONE"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("La portera contesta al 2468 1357.", "2468 1357"),
        ("Llámeme al 7123 4567 mañana.", "7123 4567"),
        ("Tel. de la dueña: 5321 7654", "5321 7654"),
        ("Mi celular por cualquier cosa: 6012 3456", "6012 3456"),
        ("Para agendar una cita: 2233 4455.", "2233 4455"),
        ("Phone of the front desk: 7654 3210", "7654 3210"),
    ],
)
def test_cued_eight_digit_numbers_go(text: str, number: str) -> None:
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "Celebramos el aniversario: 1234 5678",  # "cel" only as a word of its own
        "Telescopio del club: 2468 1357",  # "tel" likewise
        "Tel. del propietario: ver abajo",  # no number
        "Se contestó al final 1234 5678",  # "contestó al final": no "al" before the number
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not _phones(text)
