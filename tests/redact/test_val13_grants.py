"""Issue #10, values class (val13): a grant's or project's number after its funding word is
kept (year-serial or serial-year-ACRONYM layouts); the same shapes without the funding word,
or with a phone word or contact word beside them, keep their old outcome. Made-up values.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_grants import grant_number

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Funded under grant ABCD 2025/61234.",
        "Tack till anslag XY 2025-43912.",
        "Projektnummer 2024-61276 i tackordet.",
        "Financiado por el proyecto 358-2021-ABCDE.",
        "Código de proyecto 997-2022-ABCDE en los agradecimientos.",
    ],
)
def test_grant_numbers_after_funding_words_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grant 2024-12345 is my mobile", "Grant [PHONE] is my mobile"),
        ("Project hotline: call 2024-12345", "Project hotline: call [PHONE]"),
        ("Ring 2024-12345 now", "Ring [PHONE] now"),
        ("Some news: 2024-12345 today", "Some news: [PHONE] today"),
    ],
)
def test_same_shapes_without_a_funding_label_stay_phones(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_grant_number_needs_its_layout_and_line() -> None:
    assert grant_number("grant 2024-12345", 6)
    assert not grant_number("grant 0612-345678", 6)  # a trunk 0: no year first
    assert not grant_number("grant\n2024-12345", 6)
    assert not grant_number("grant no. 7 and 2024-12345", len("grant no. 7 and "))
