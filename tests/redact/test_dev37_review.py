"""Review of the dev37 merge (E, N, R): each defect found pinned both ways, the leak redacted
and the look-alike the change meant to keep still kept."""

from __future__ import annotations

import time

import pytest

from trainer.redact import Redactor
from trainer.redact.member_clause_words import clause_word

ROSTER = ["Vương Diễm Linh", "Tôn Hữu Hiếu", "Sam Whitlock", "Nguyễn Thị Đình"]


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


def test_clause_word_reads_the_text_once() -> None:
    """Each lower-case "sam" scanned the whole text for bs/hr/sr evidence: quadratic."""
    text = "sam " * 5000 + "nije smo"
    clause_word(text, 0, 3)
    began = time.perf_counter()
    for start in range(0, 4000, 4):
        assert clause_word(text, start, start + 3)
    assert time.perf_counter() - began < 0.05
    assert not clause_word("sam " * 50 + "see you", 0, 3)
