"""Payment card numbers by their scheme: a Luhn-valid number in the IIN range of a network that
issues numbers of its length (ISO/IEC 7812; every range of ``card_ranges`` at its lengths). A
keep-rule asks here before it keeps a number after its cue: a product's serial or SKU that is
also a plausible card is a card (fail closed), save where a structure shows a barcode.

It depends only on ``card_ranges`` and ``checksums``, so ``references`` and ``cards`` may both
import it.
"""

from __future__ import annotations

from trainer.redact.card_ranges import CARD_RANGES, in_range
from trainer.redact.checksums import gs1_check_ok, luhn_ok


def scheme_card(digits: str) -> bool:
    """``digits`` (digits only) are a plausible payment card: Luhn-valid, not one repeated digit,
    and in the IIN range of a scheme that issues numbers of this length."""
    n = len(digits)
    if not 12 <= n <= 19 or len(set(digits)) == 1 or not luhn_ok(digits):
        return False
    return any(n in r.lengths and in_range(digits, r) for r in CARD_RANGES)


# GS1's keys written as digits alone, each with its own mod-10 check digit: GTIN-8, GTIN-12
# (UPC-A), GTIN-13 (EAN-13, ISBN-13), GTIN-14, GSIN (17), SSCC (18).
_GS1_LENGTHS = frozenset({8, 12, 13, 14, 17, 18})


def gs1_key(digits: str) -> bool:
    """``digits`` have a GS1 key's length and its check digit holds: after a barcode's cue
    ("EAN", "GTIN", "UPC", "barcode", "ISBN") such a number is that barcode, whatever else it
    passes."""
    # one check for every key: weights 3, 1 from the right (GS1 General Specifications)
    return len(digits) in _GS1_LENGTHS and digits.isdigit() and gs1_check_ok(digits)
