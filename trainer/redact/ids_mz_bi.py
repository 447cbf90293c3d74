"""Mozambique's identity card number (Bilhete de Identidade, BI): twelve digits and a capital
letter ("110100123456A"), printed solid.

No check is published, but the layout (twelve digits glued to one capital, nothing word- or
digit-like around it) is no amount's, date's, phone's or product code's as people write them,
so it is redacted with no cue; an order, invoice, product or tracking cue right before it
keeps it (``gives_way``, ``references.ORDER_BEFORE``, ``PRODUCT_BEFORE``). Its cue words
("bilhete de identidade", "BI") are ``ids_cues``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.references import ORDER_BEFORE, PRODUCT_BEFORE

_BI = re.compile(r"(?<![\w.,/+#-])\d{12}[A-Z](?![\w-]|[.,/]\d)")


def find_mz_bi(
    text: str, mixed: tuple[tuple[int, int], ...], *, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID hits: BI numbers, searched around the letter-digit contacts ``mixed`` (the
    letter closes the value, twelve digits before it)."""
    hits: list[Hit] = []
    if prefilter.longest_run_digits(text) < 12:
        return hits  # a BI's twelve solid digits are a digit run of twelve at least
    for m in prefilter.finditer_in(_BI, text, prefilter.windows(text, mixed, before=12, after=1)):
        lo = max(0, m.start() - 32)
        if gives_way(text, m.start()) or ORDER_BEFORE.search(text, lo, m.start()):
            continue  # "Pedido 071204583916K": an order's code
        if not PRODUCT_BEFORE.search(text, lo, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
