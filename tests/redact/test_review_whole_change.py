"""Fail-opens found reading the whole change of 2026-12-02 (late afternoon); made-up values."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import luhn_ok
from trainer.redact.spoken_numbers import _printed_network


def _redact(text: str) -> str:
    return Redactor.from_members([], name_tagger=False).redact(text).text


@pytest.mark.parametrize("sign", ["-", "+"])
def test_a_personnummer_in_the_hetu_shape_is_an_id(sign: str) -> None:
    # 811228-9874 passes Luhn as a personnummer and fails the Finnish HETU check
    text = f"Hej, mitt nummer är 811228{sign}9874, tack"
    assert _redact(text) == "Hej, mitt nummer är [ID], tack"


@pytest.mark.parametrize("name", ["Hochhalter", "Burghalter"])
def test_a_surname_ending_like_a_job_title_stays_a_name(name: str) -> None:
    assert name not in _redact(f"Owner: {name}\nStatus: open")


def test_troy_is_a_printed_network_like_visa() -> None:
    # regrouped bare digits count as a card only in the networks' own numbering; Troy (IIN
    # 9792, 16 digits) is one of the networks cards.py reads
    troy = next(
        f"979200{n:09d}{c}" for n in range(100) for c in range(10) if luhn_ok(f"979200{n:09d}{c}")
    )
    assert _printed_network(troy) and _printed_network("4111111111111111")
    spaced = " ".join([troy[:2], troy[2:7], troy[7:11], troy[11:]])
    assert _redact(f"my card number is {spaced} thanks") == "my card number is [CARD] thanks"


@pytest.mark.parametrize(("name", "label"), [("Mina", "Minä"), ("Vard", "Värd")])
def test_a_self_label_written_without_its_marks_is_a_name(name: str, label: str) -> None:
    text = f"[10:02] {name}: hej\n[10:03] {label}: tack"
    assert _redact(text) == f"[10:02] [NAME]: hej\n[10:03] {label}: tack"
