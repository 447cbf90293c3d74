"""One alphabet for the address rules (``address_words.CAPITALS`` / ``LOWERCASE``): every letter
the national rules read (Hungarian Ő Ű, Croatian Đ, Czech and Slovak Ď Ě Ĺ Ľ Ň Ŕ Ř Ť Ů, Danish
and Norwegian Æ Ø Å) opens a name in upper case and continues it in lower case, and digits,
marks and lower-case openers do not."""

from __future__ import annotations

import re

import pytest

from trainer.redact import address_co, address_cz, address_dkno, address_hr, address_hu, address_id
from trainer.redact.address_words import CAPITALS, LOWERCASE
from trainer.redact.addresses import find_addresses

_LETTERS = "ÁÉÍÓÖŐÚÜŰČĆĐŠŽÑÄĎĚĹĽŇÔŔŘŤŮÝÆØÅĄĘŁŃŚŹŻÇĞŞ"


@pytest.mark.parametrize("letter", list(_LETTERS))
def test_every_letter_in_both_cases(letter: str) -> None:
    assert re.fullmatch(f"[{CAPITALS}]", letter)
    assert re.fullmatch(f"[{LOWERCASE}]", letter.lower())
    assert not re.fullmatch(f"[{CAPITALS}]", letter.lower())


@pytest.mark.parametrize("other", ["1", "-", "'", "÷", "×", " "])
def test_no_digit_or_mark(other: str) -> None:
    assert not re.fullmatch(f"[{CAPITALS}]", other)
    assert not re.fullmatch(f"[{LOWERCASE}]", other)


def test_the_national_rules_share_it() -> None:
    for module in (address_co, address_cz, address_dkno, address_hr, address_hu, address_id):
        assert module._UP == CAPITALS
    for module in (address_cz, address_dkno, address_hr, address_hu):
        assert module._LOW == LOWERCASE


def test_a_street_opening_with_a_new_capital() -> None:
    text = "Dostava: Đakovačka 12, 31000 Osijek."
    assert [text[s:e] for _, s, e in find_addresses(text)][:1] == ["Đakovačka 12, 31000 Osijek"]
    assert find_addresses("Dostava: đakovačka 12, 31000 osijek.") == []
