"""The card networks' issuer ranges (IIN, ISO/IEC 7812; the networks' published ranges), written
once: each range with the lengths its network issues in it. Three readers, each its own filter:

- ``card_schemes.scheme_card`` (a card after a product cue): every range at its lengths;
- ``cards`` (the detector: a printed card after an order word, a card opening a long run): the
  ranges marked ``detector``, at any length (it never took up BORICA, JCB's old 15-digit ranges
  or UATP);
- ``keep_veto.card_number`` (narrower on purpose: a value in a kept position): the ranges with
  ``veto`` lengths, those the big networks issue today (no 13-digit Visa, Mir at 16), Maestro by
  its own IINs rather than the wide 50, 56-58, 63, 67 that domestic schemes share.

``cards`` also screens candidates by their first digits alone (``_CARD_PREFIX``, a 12- or
13-digit number's): wider than any range here on purpose (fail closed), not an issuer list.
It depends on nothing, so ``keep_veto``, ``card_schemes`` and ``cards`` may all import it.
"""

from __future__ import annotations

from typing import NamedTuple


class CardRange(NamedTuple):
    first: str  # the range's first prefix
    last: str  # its last, of as many digits
    lengths: frozenset[int]  # the lengths its network issues in it
    veto: frozenset[int] = frozenset()  # the lengths ``keep_veto`` holds in it (none: not read)
    detector: bool = True  # one of the ranges ``cards`` reads


_15 = frozenset({15})
_16 = frozenset({16})
_14_19 = frozenset(range(14, 20))
_16_19 = frozenset(range(16, 20))
_ANY = frozenset(range(12, 20))

CARD_RANGES: tuple[CardRange, ...] = (
    # Visa (Elo's, Cartes Bancaires' co-badged too); its thirteen digits are no longer issued
    CardRange("4", "4", frozenset({13, 16, 19}), veto=frozenset({16, 19})),
    CardRange("51", "55", _16, veto=_16),  # Mastercard
    CardRange("2221", "2720", _16, veto=_16),  # Mastercard's 2-series
    CardRange("2200", "2204", _16_19, veto=_16),  # Mir
    CardRange("2205", "2205", _16, detector=False),  # BORICA
    CardRange("34", "34", _15, veto=_15),  # American Express
    CardRange("37", "37", _15, veto=_15),
    # Diners Club (Carte Blanche 14, International 16-19)
    CardRange("300", "305", _14_19, veto=_14_19),
    CardRange("36", "36", _14_19, veto=_14_19),
    CardRange("38", "39", _14_19, veto=_14_19),
    # JCB (RuPay's 353 and 356, LankaPay's 357111); its old ranges
    CardRange("3528", "3589", _16_19, veto=_16_19),
    CardRange("1800", "1800", _15, detector=False),
    CardRange("2131", "2131", _15, detector=False),
    CardRange("1", "1", _15, detector=False),  # UATP
    CardRange("6011", "6011", _16_19, veto=_16_19),  # Discover
    CardRange("644", "649", _16_19, veto=_16_19),
    CardRange("65", "65", _16_19, veto=_16_19),  # Discover, RuPay, Troy, Elo, Verve
    CardRange("62", "62", _16_19, veto=_16_19),  # UnionPay
    CardRange("81", "81", _16_19),  # UnionPay's 81, RuPay's
    CardRange("82", "82", _16),  # RuPay
    CardRange("60", "60", frozenset({16, 19})),  # RuPay, Hipercard 606282
    # Maestro's wide ranges (Dankort 5019, Verve 5060-5061, RuPay 508, InterPayment 636,
    # InstaPayment 637-639), and inside them Maestro's own IINs
    CardRange("50", "50", _ANY),
    CardRange("56", "58", _ANY),
    CardRange("63", "63", _ANY),
    CardRange("67", "67", _ANY),
    CardRange("5018", "5018", _ANY, veto=_ANY),
    CardRange("5020", "5020", _ANY, veto=_ANY),
    CardRange("5038", "5038", _ANY, veto=_ANY),
    CardRange("5893", "5893", _ANY, veto=_ANY),
    CardRange("6304", "6304", _ANY, veto=_ANY),
    CardRange("6759", "6759", _ANY, veto=_ANY),
    CardRange("6761", "6763", _ANY, veto=_ANY),
    CardRange("9792", "9792", _16),  # Troy
)


def in_range(digits: str, card_range: CardRange) -> bool:
    """``digits`` (digits only) open with a prefix of ``card_range``."""
    first, last = card_range.first, card_range.last
    return len(digits) >= len(first) and first <= digits[: len(first)] <= last
