"""The shared address anchors (``address_anchors``) and the gates read from them hide nothing.

``spaced_numbers`` must equal the scan it replaces; each family that now asks the anchors (or a
cached pass) before its own scan must find nothing where the gate says no; the tail-indexed
endings must answer as ``str.endswith`` with the whole tuple. Random strings made of the
characters and words those rules look at, ASCII and not.
"""

from __future__ import annotations

import random
import re

import pytest

from trainer.redact import (
    address_dkno,
    address_ie,
    address_lower,
    address_places,
    address_town_streets,
    address_words,
    prefilter,
)
from trainer.redact.address_anchors import spaced_number_after, spaced_numbers

_PARTS = (
    "Dublin |DUBLIN |Baile Átha Cliath |BAILE ÁTHA CLIATH |Dublin\t| | |\t|\n|, |,|.|-|/|#|"
    " 8| 12|6W| 24| 2024| 49|1| 10115|٣| 12a|bis|hs|-III|Keizerswal |Nassauburg |"
    "Wilhelminamarkt |STATE |state |WAL |BURG |Koemarkt |Paardenmarkt |bus |Amsterdam|, Aalst|"
    "Hamburg |Leuven|Meir |woning |aan de |op het |op |aan |in 't |Heuvelseind |Kerkbrink|"
    "Noord-Oost |ophalen |Eircode: |eir code |EIRCODE |D02 X285|d02 x285|D6W |é|ð|Straße |"
    "gatan |vej |Ø|x|Z9|A|e|Sé"
).split("|")


# The shapes the gated patterns match, each slot with near misses: a lead word, a street or
# town word, a number, what closes it.
_SLOTS = (
    ("", "aan de ", "op ", "Aan het ", "in 't ", "x ", "-", "Eircode ", "eircode: ", "\n"),
    ("Heuvelseind", "Kerk-Brink", "Noord Oost", "kerk", "Sé", "É", "Keizerswal", "Hamburg",
     "WAL", "Dublin", "DUBLIN", "Cliath", "D02", "d6w", "Koemarkt", "a"),
    (" 71", " 0", " 12a", " 2024", "71", " ٣", "\t8", " 6W", " 49-III", " x285", "-2"),
    ("", ".", ",", " x", "\n", "a", ", Amsterdam", ", Aalst.", " bis", " hs"),
)


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    chars = "aZ xD0 1 9\t\n-,.éÉ٣"
    texts = []
    for i in range(n):
        if i % 3 == 1:
            texts.append("".join(rng.choice(_PARTS) for _ in range(rng.randint(0, 12))))
        elif i % 3 == 2:
            texts.append("".join(rng.choice(slot) for _ in range(2) for slot in _SLOTS))
        else:
            texts.append("".join(rng.choice(chars) for _ in range(rng.randint(0, 24))))
    return texts


@pytest.mark.parametrize("seed", [0, 1])
def test_spaced_numbers_equal_the_scan(seed: int) -> None:
    for text in _texts(seed, 6000):
        assert list(spaced_numbers(text)) == [m.start() for m in re.finditer(r" \d", text)], text


@pytest.mark.parametrize("seed", [0, 1])
def test_number_towns_equal_finditer(seed: int) -> None:
    pattern = address_town_streets._NUMBER_TOWN
    for text in _texts(seed, 6000):
        assert [m.span() for m in address_town_streets.number_towns(text)] == [
            m.span() for m in pattern.finditer(text)
        ], text


@pytest.mark.parametrize("seed", [0, 1])
def test_anchor_gates_never_hide_a_match(seed: int) -> None:
    for text in _texts(seed, 6000):
        if not spaced_number_after(text, address_lower._NL_ENDS):
            assert address_lower._NL_LINE.search(text) is None, text
        if not address_places._numbered_capital_word(text):
            assert address_places._DUTCH_NUMBERED.search(text) is None, text
            assert address_places._DUTCH_BARE.search(text) is None, text
        if text.isascii() and not prefilter.letter_digit_contacts(text):
            assert address_ie._LABELLED.search(text) is None, text


@pytest.mark.parametrize(
    "endings",
    [
        address_words.COMPOUND_ENDINGS,
        address_words.NORDIC_ENDINGS_FOLDED,
        address_dkno.PLAIN_FOLDED,
    ],
)
def test_endings_by_last_three_answer_as_endswith(endings: tuple[str, ...]) -> None:
    rng = random.Random(7)
    groups = address_words.by_last_three(endings)
    pieces = [*endings, "a", "str", "ga", "tan", "ve", "j", " ", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        end = rng.randint(0, len(text))
        start = rng.randint(0, end)
        ends = groups.get(text[end - 3 : end])
        grouped = ends is not None and text.endswith(ends, start, end)
        assert grouped == text.endswith(endings, start, end), (text, start, end)


def test_by_last_three_refuses_a_short_ending() -> None:
    with pytest.raises(ValueError, match="shorter"):
        address_words.by_last_three(("gate", "g."))
