"""``person_informal._word_after`` reads the word after a given name as ``_WORD_AFTER`` does,
through a plain pattern first (a speed step: the output must not change)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.person_informal import _WORD_AFTER, _word_after

CASES = [
    " lindgren",
    " \tdalla torre",
    " DE STEFANIS",
    " van der berg",
    " de",
    " de.",
    " a",
    " ab1",
    " ødegård",
    " Ó ceallaigh",
    "  x y",
    ", lindgren",
    " 42",
    " del",
    " della pazienza",
]


@pytest.mark.parametrize("tail", CASES)
def test_word_after_matches_the_particle_pattern(tail: str) -> None:
    text = "hazel" + tail
    fast, slow = _word_after(text, 5), _WORD_AFTER.match(text, 5)
    assert (fast is None) == (slow is None)
    if slow is not None:
        assert fast.span() == slow.span()
        assert fast.group("word") == slow.group("word")
        assert bool(fast.group("particles")) == bool(slow.group("particles"))


def test_informal_pairs_still_redact_and_keep() -> None:
    redactor = Redactor.from_members([], name_tagger=False)
    assert "lindgren" not in redactor.redact("hi hazel lindgren, see you").text
    assert "HOLLOWAY" not in redactor.redact("CC JOY HOLLOWAY please").text
    assert redactor.redact("hi all, rose garden opens today").text == (
        "hi all, rose garden opens today"
    )
