"""Australia Post writes Grove as "Gr" (AS 4590): "212 Wattlebird Gr, Karama" is a street
address; grams after a number ("500 gr of flour", "250 Gr Cheese") stay. Made-up examples."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor

R = Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    "text", ["Find us at 212 Wattlebird Gr, Karama from Monday.", "Post: 9 Myrtle Gr, Ashfield"]
)
def test_grove_abbreviation_goes(text):
    out = R.redact(text).text
    assert "[ADDRESS]" in out and "Gr" not in out, out


@pytest.mark.parametrize("text", ["Add 500 gr of flour.", "Add 500 Gr of flour."])
def test_grams_stay(text):
    assert R.redact(text).text == text
