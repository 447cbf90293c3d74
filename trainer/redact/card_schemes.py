"""Payment card numbers by their scheme: a Luhn-valid number in the IIN range of a network that
issues numbers of its length (ISO/IEC 7812; the networks' published ranges, as ``cards`` lists
them). A keep-rule asks here before it keeps a number after its cue: a product's serial or SKU
that is also a plausible card is a card (fail closed), save where a structure shows a barcode.

It depends only on ``checksums``, so ``references`` and ``cards`` may both import it.
"""

from __future__ import annotations

from trainer.redact.checksums import gs1_check_ok, luhn_ok

_ANY = frozenset(range(12, 20))
_16_19 = frozenset(range(16, 20))
_14_19 = frozenset(range(14, 20))
# (first prefix, last prefix, lengths issued): both prefixes have the same number of digits.
_SCHEMES: tuple[tuple[str, str, frozenset[int]], ...] = (
    ("4", "4", frozenset({13, 16, 19})),  # Visa (Elo's, Cartes Bancaires' co-badged too)
    ("51", "55", frozenset({16})),  # Mastercard
    ("2221", "2720", frozenset({16})),  # Mastercard's 2-series
    ("2200", "2204", _16_19),  # Mir
    ("2205", "2205", frozenset({16})),  # BORICA
    ("34", "34", frozenset({15})),  # American Express
    ("37", "37", frozenset({15})),
    ("300", "305", _14_19),  # Diners Club (Carte Blanche 14, International 16-19)
    ("36", "36", _14_19),
    ("38", "39", _14_19),
    ("3528", "3589", _16_19),  # JCB (RuPay's 353 and 356, LankaPay's 357111)
    ("1800", "1800", frozenset({15})),  # JCB's old ranges
    ("2131", "2131", frozenset({15})),
    ("1", "1", frozenset({15})),  # UATP
    ("6011", "6011", _16_19),  # Discover
    ("644", "649", _16_19),
    ("65", "65", _16_19),  # Discover, RuPay, Troy, Elo, Verve
    ("62", "62", _16_19),  # UnionPay
    ("81", "81", _16_19),  # UnionPay's 81, RuPay's
    ("82", "82", frozenset({16})),  # RuPay
    ("60", "60", frozenset({16, 19})),  # RuPay, Hipercard 606282
    ("50", "50", _ANY),  # Maestro (Dankort 5019, Verve 5060-5061, RuPay 508)
    ("56", "58", _ANY),
    ("63", "63", _ANY),  # Maestro 6304, InterPayment 636, InstaPayment 637-639
    ("67", "67", _ANY),  # Maestro 6759-6763
    ("9792", "9792", frozenset({16})),  # Troy
)


def scheme_card(digits: str) -> bool:
    """``digits`` (digits only) are a plausible payment card: Luhn-valid, not one repeated digit,
    and in the IIN range of a scheme that issues numbers of this length."""
    n = len(digits)
    if not 12 <= n <= 19 or len(set(digits)) == 1 or not luhn_ok(digits):
        return False
    return any(
        n in lengths and first <= digits[: len(first)] <= last for first, last, lengths in _SCHEMES
    )


# GS1's keys written as digits alone, each with its own mod-10 check digit: GTIN-8, GTIN-12
# (UPC-A), GTIN-13 (EAN-13, ISBN-13), GTIN-14, GSIN (17), SSCC (18).
_GS1_LENGTHS = frozenset({8, 12, 13, 14, 17, 18})


def gs1_key(digits: str) -> bool:
    """``digits`` have a GS1 key's length and its check digit holds: after a barcode's cue
    ("EAN", "GTIN", "UPC", "barcode", "ISBN") such a number is that barcode, whatever else it
    passes."""
    # one check for every key: weights 3, 1 from the right (GS1 General Specifications)
    return len(digits) in _GS1_LENGTHS and digits.isdigit() and gs1_check_ok(digits)
