"""The standard numbers of things a rule's hit may reach: a book's ISBN (``lookalike_books``),
a product's GTIN (``lookalike_barcodes``), a court's case number (``lookalike_case_numbers``),
and a firm's register number after its register's label (``lookalike_org_registers``: a phone
word in the label's own phrase, "KvK onder nummer 12345678", made the value a phone).

Read only around the hits a rule already made that hold a digit (names are never asked). Each
span is (start, end, value start); a span whose value passed its own standard's check after
its label is returned in ``checked`` too, so ``keep_named_codes`` asks ``keep_veto`` as it does
of a register: only a card, an IBAN, an id with its check letter or a "+" phone vetoes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.redact.hits import Hit
from trainer.redact.lookalike_barcodes import barcode_span
from trainer.redact.lookalike_books import book_number_span
from trainer.redact.lookalike_case_numbers import case_number_span
from trainer.redact.lookalike_digit_groups import printed_numbers
from trainer.redact.lookalike_org_registers import org_register_span

_NEVER_ASKED = frozenset({"NAME", "MEMBER"})
_LENGTHS = frozenset({8, 10, 12, 13, 14})  # an ISBN's or a GTIN's


def standard_number_spans(
    text: str, hits: Sequence[Hit]
) -> tuple[list[tuple[int, int, int]], set[tuple[int, int]]]:
    """(spans, checked spans) of the standard numbers the hits reach, none overlapping."""
    spans: list[tuple[int, int, int]] = []
    checked: set[tuple[int, int]] = set()
    for kind, start, end in hits:
        if kind in _NEVER_ASKED:
            continue
        digit = next((i for i in range(start, end) if text[i].isdigit()), None)
        if digit is None or any(lo <= digit < hi for lo, hi, _ in spans):
            continue
        numbers = [n for n in printed_numbers(text, digit) if len(n.compact) in _LENGTHS]
        found = None
        if numbers:  # an ISBN's or a GTIN's length among the cuts
            found = book_number_span(text, numbers) or barcode_span(text, numbers)
        if found is not None:
            lo, hi, value, labelled = found
            if labelled:
                checked.add((lo, hi))
        elif (register := org_register_span(text, digit)) is not None:
            (lo, hi), value = register, digit
            checked.add((lo, hi))  # the register's label and check (``org_register_number``)
        elif (case := case_number_span(text, digit)) is not None:
            lo, hi, value = case
        else:
            continue
        if all(hi <= a or b <= lo for a, b, _ in spans):
            spans.append((lo, hi, value))
    return spans, checked
