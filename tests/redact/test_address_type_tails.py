"""The tail gate of ``addresses._anchored`` hides nothing.

A word before " <digit>" whose last three folded letters end no compound, Nordic or Icelandic
street type skips the compound check and calls ``nordic_anchor`` only when Iceland's postcode
line (a blank four characters on) or a full stop (Danish and Norwegian abbreviations) can still
make it an anchor. Where the gate skips, the old path must add nothing: the compound lookup
finds no group and ``nordic_anchor`` appends to no list. Made-up words from the endings' own
letters and near misses, ASCII and not.
"""

from __future__ import annotations

import random

from trainer.redact import addresses, prefilter
from trainer.redact.address_dkno import nordic_anchor

_PIECES = (
    "gatan|gata|gate|vej|vejen|gade|katu|tie|väg|vegur|vegi|stræti|braut|stígur|gotu|straße|"
    "strasse|gracht|weg|laan|plein|gt.|v.|g.|vn.|blvd.|Bogstadv.|allé|plass|a|e|o|st|ka|ve|"
    "x|Ø|é|ð|.|-|Z"
).split("|")
_AFTER = (" 12", " 101 Reykjavík", " 1234", " 12 ", " 3 x", " 2100 København", " 7.", " 45a")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4)))


def test_skipped_words_were_never_anchors() -> None:
    rng = random.Random(31)
    skipped = 0
    for _ in range(40_000):
        text = rng.choice(("", "Bor på ", "x ", "12, ")) + _word(rng) + rng.choice(_AFTER)
        space = max(p for p in range(len(text) - 1) if text[p] == " " and text[p + 1].isdigit())
        word_start = text.rfind(" ", 0, space) + 1
        folded = prefilter.folded(text)
        if folded[space - 3 : space] in addresses._TYPE_TAILS:
            continue
        if folded[space + 4 : space + 5] == " " or folded[space - 1] == ".":
            continue
        skipped += 1
        assert addresses._COMPOUND_BY_TAIL.get(folded[space - 3 : space]) is None, text
        found: tuple[list, list, list] = ([], [], [])
        nordic_anchor(folded, word_start, space, *found)
        assert found == ([], [], []), text
    assert skipped > 5_000
